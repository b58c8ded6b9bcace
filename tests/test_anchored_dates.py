"""Dates counted from another date of the text: "the same day", "the previous day", "two days later"."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.anchored_dates import anchored
from timeline.dates import tag


def resolve(text: str, published: str, anchor: date | None = None) -> dict[str, date]:
    found = tag(text, published)
    return {t.text: t.start for t in anchored(text, found, anchor, date.fromisoformat(published))}


def test_the_previous_day_counts_back_from_the_date_told_before_it():
    assert resolve("The army said on Aug. 12 that six soldiers had been killed the previous day.", "2023-09-01") == {"the previous day": date(2023, 8, 11)}


@pytest.mark.parametrize("phrase, expected", [("The same day", date(2012, 4, 12)), ("The next day", date(2012, 4, 13)), ("Two days later", date(2012, 4, 14))])
def test_a_sentence_with_no_date_counts_from_the_day_told_last_in_the_article(phrase, expected):
    assert resolve(f"{phrase}, coup leader Sanogo agreed to hand power back.", "2012-04-20", anchor=date(2012, 4, 12)) == {phrase: expected}


def test_the_day_after_a_named_event_is_not_resolved():
    assert resolve("He was killed the day after the attack.", "2012-04-20", anchor=date(2012, 4, 12)) == {}


def test_without_an_anchor_nothing_is_resolved():
    assert resolve("The same day, rebels seized a town.", "2012-04-20") == {}


def test_a_day_after_publication_is_dropped():
    assert resolve("Talks are to resume the next day.", "2012-04-20", anchor=date(2012, 4, 20)) == {}


def test_the_pipeline_dates_an_event_told_the_same_day(tmp_path):
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    text = "Title of the story\n\nGunmen attacked a gendarmerie school in Bamako on Tuesday. The same day, JNIM claimed the attack in a statement.\n"
    article = Article("x", "x.txt", date(2024, 9, 19), "en", {}, "0" * 64, text)
    records = process_article(article)
    assert {(t["text"], t["start"], t["anchor"]) for t in records["timexes"]} >= {("The same day", "2024-09-17", "other")}


def test_a_day_after_an_event_dates_that_event_a_day_before_the_sentences_date():
    text = "The government sent soldiers towards Kidal on Sunday, a day after separatist fighters attacked the town."
    assert resolve(text, "2014-05-18") == {"a day after": date(2014, 5, 17)}


def test_a_day_after_with_no_date_before_it_in_the_sentence_is_not_resolved():
    text = "The offensive came four days after the prime minister's visit to the town on Saturday."
    assert resolve(text, "2014-05-22", anchor=date(2014, 5, 21)) == {}


def test_coordinated_dates_of_a_singular_trigger_stay_apart():
    from conftest import mentions_in

    found = mentions_in("France intervened in January 2013, and in April 2013 the Security Council created MINUSMA.", "2024-09-24")
    assert {(m.event_type, m.start_date) for m in found} == {("intervention", date(2013, 1, 1)), ("mission_created", date(2013, 4, 1))}


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("A day after Tuesday's attack, gunmen ambushed a convoy near Douentza.", "A day after", date(2023, 10, 4)),
        ("Gunmen ambushed a convoy near Douentza two days after the July 5 vote.", "two days after", date(2023, 7, 7)),
        ("Two days before Sunday's vote, rebels attacked Kidal.", "Two days before", date(2023, 9, 29)),
    ],
)
def test_a_day_counted_from_a_day_of_the_sentence_dates_the_clause_it_opens(text, phrase, expected):
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    resolved = resolve(text, "2023-10-06")
    assert resolved[phrase] == expected
    assert sum(t == expected for t in resolved.values()) == 1  # the day it counts from keeps its own date
    records = process_article(Article("x", "x.txt", date(2023, 10, 6), "en", {}, "0" * 64, f"Headline\n\n{text}\n"))
    events = [m for m in records["mentions"] if m.event_type in ("ambush", "attack") and m.trigger != "attack"]
    assert [m.start_date for m in events] == [expected]


def test_the_same_morning_counts_from_the_day_of_what_happened_not_of_the_statement():
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    text = (
        "Title of the story\n\n"
        "The toll of Saturday's attack on Ogossagou has risen to 134, the government said on Sunday.\n\n"
        "The same morning, gunmen also attacked the nearby hamlet of Welingara, residents said.\n"
    )
    records = process_article(Article("x", "x.txt", date(2019, 3, 25), "en", {}, "0" * 64, text))
    assert ("The same morning", "2019-03-23") in {(t["text"], t["start"]) for t in records["timexes"]}


def test_the_day_after_opening_a_clause_dates_that_clause_from_the_day_before_it():
    text = "Its main army camp was attacked on 2 June, the day after jihadists overran the base of Boulkessi."
    assert resolve(text, "2025-08-09") == {"the day after": date(2025, 6, 1)}


def test_the_day_after_with_nothing_after_it_counts_on_from_the_last_day():
    assert resolve("Fighting resumed the day after.", "2025-08-09", anchor=date(2025, 6, 2)) == {"the day after": date(2025, 6, 3)}
