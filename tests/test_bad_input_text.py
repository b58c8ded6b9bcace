"""Text and dates that must never break a build: counts that leave the calendar, empty periods,
publication dates at its ends, invisible characters inside names and a byte-order mark."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import cli
from timeline.anchored_dates import anchored, last_day
from timeline.corpus import load_corpus
from timeline.dates import tag
from timeline.ingest import ingest
from timeline.names import matcher
from timeline.periods import period
from timeline.pipeline import assemble
from timeline.validate import check_tables

from conftest import RAW

# Date-ish words the property mixes into random text: every rule of the tagger, counts that
# leave the calendar, empty periods and the combinations (ranges, shared years, anchors).
DATEISH = [
    "200 decades ago", "300 decades ago", "999 years ago", "two years ago", "the past 0 days", "the past 999 weeks",
    "the past three months", "tomorrow", "the day after tomorrow", "yesterday", "last night", "this weekend",
    "last weekend", "next year", "this week", "last week", "later this month", "the coming year", "early next year",
    "late last year", "on Saturday", "next Monday", "this Friday", "last Sunday", "in July", "last July", "late July",
    "mid-December", "July 28", "28 July 2024", "December 31, 2099", "29 February", "February 29", "on 8 and 9 March",
    "between 5 and 6 March", "from March to May 2023", "from December to January 1900", "between 2020 and 2021",
    "since 2012", "since December", "2012-2014", "1999-00", "the 1990s", "early 2000s", "late 1900s", "in 1900",
    "in 2099", "mid-2024", "2024-07-28", "9999-12-31", "in December and on December 31, 2024", "in July and on July 28, 2024",
    "on March 22, 2012, and by April", "the previous day", "the same day", "two days later", "the next day",
    "two days of fighting", "$70 billion", "between 20 and 80 fighters", " and ", " to ", ", ", ". ", " ",
]
PUBLISHED = st.one_of(
    st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([date(1900, 1, 1), date(1900, 12, 31), date(9999, 12, 31), date(9999, 12, 25), date(2024, 7, 28)]),
)
TEXT = st.lists(st.one_of(st.sampled_from(DATEISH), st.text(max_size=12)), max_size=12).map("".join)


def _seed_articles_published(day: date):
    return [dataclasses.replace(a, published=day) for a in load_corpus(RAW)]


# --- the date tagger -------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=TEXT, published=PUBLISHED)
def test_the_date_tagger_never_raises_and_gives_only_ordered_intervals_never_past_ones_after_publication(text, published):
    found = tag(text, published)
    found += anchored(text, found, last_day(found), published)
    for t in found:
        if t.kind == "duration":
            continue
        assert t.start <= t.end, t
        if t.tense == "past":
            assert t.end <= published, t


def test_decades_ago_before_year_one_are_dropped_not_raised():
    assert tag("That was 200 decades ago.", date(1990, 7, 28)) == []


def test_the_past_zero_days_gives_no_interval():
    assert [t for t in tag("Fighting raged in the past 0 days.", date(2024, 7, 28)) if t.kind != "duration"] == []


def test_an_article_saying_the_past_zero_days_builds_valid_tables(tmp_path):
    articles = load_corpus(RAW)
    articles[0] = dataclasses.replace(articles[0], text=articles[0].text + "\n\nFighting has raged near Kidal in the past 0 days.\n")
    frames = assemble(articles)
    check_tables(frames, report=tmp_path / "failures.csv")  # raised ValidationFailed before
    timexes = frames["timexes"]
    assert (timexes["start"].isna() | (timexes["start"] <= timexes["end"])).all()
    assert "0 days" in set(timexes["text"])  # read as a duration, with no interval


def test_tomorrow_after_the_last_day_of_the_calendar_is_dropped():
    assert tag("The talks resume tomorrow.", date(9999, 12, 31)) == []


def test_cli_dates_tomorrow_published_9999_12_31_exits_0_without_output(capsys):
    assert cli.main(["dates", "tomorrow", "--published", "9999-12-31"]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("", "")


def test_this_week_in_the_last_week_of_the_calendar_ends_on_31_december_9999():
    assert period(date(9999, 12, 31), "week") == (date(9999, 12, 27), date(9999, 12, 31))


def test_the_previous_day_of_1_january_of_year_1_is_dropped():
    assert anchored("Six soldiers were killed the previous day.", [], date(1, 1, 1), date(1, 1, 1)) == []


# --- linking at the ends of the calendar -----------------------------------------------------


def test_articles_published_in_year_1_link_without_overflow():
    frames = assemble(_seed_articles_published(date(1, 1, 1)))  # raised OverflowError in linking before
    assert len(frames["sources"]) == len(load_corpus(RAW))


def test_articles_published_on_31_december_9999_link_without_overflow():
    frames = assemble(_seed_articles_published(date(9999, 12, 31)))  # raised OverflowError in the tagger before
    assert len(frames["events"]) > 0


# --- invisible characters inside names -------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_a_zero_width_character_inside_a_name_keeps_the_match_and_its_raw_span(mark):
    text = f"Fighters of Wag{mark}ner attacked."
    assert [(m.start, m.end, m.id) for m in matcher().find(text)] == [(12, 19, "wagner")]


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_a_bidirectional_control_inside_a_name_keeps_the_match_and_its_raw_span(mark):
    text = f"Fighting near Ki{mark}dal went on."
    assert [(m.start, m.end, m.kind, m.id) for m in matcher().find(text)] == [(14, 20, "place", "kidal")]


def test_invisible_characters_around_a_name_stay_outside_its_span():
    text = "\u2066Wagner\u2069 said"
    assert [(m.start, m.end, text[m.start : m.end]) for m in matcher().find(text)] == [(1, 7, "Wagner")]


# --- a byte-order mark -----------------------------------------------------------------------


def test_a_byte_order_mark_is_not_part_of_the_first_sentence():
    raw = "\ufeffFighting broke out near Kidal on Saturday. The army said so.\n"
    first = ingest("t", raw).sentences[0]
    assert (first.char_start, first.text) == (1, "Fighting broke out near Kidal on Saturday.")
    assert raw[first.char_start : first.char_end] == first.text
