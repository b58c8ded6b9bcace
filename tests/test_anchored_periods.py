"""Months and years counted from the month or year told last: "two months later", "the following
year", "the following January" (timeline/anchored_periods.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.anchored_periods import anchored_periods
from timeline.corpus import Article
from timeline.dates import tag
from timeline.pipeline import process_article


def resolve(text: str, published: str, month: date | None = None, year: int | None = None) -> dict[str, tuple[date, date, str]]:
    found = tag(text, published)
    return {t.text: (t.start, t.end, t.precision) for t in anchored_periods(text, found, month, year, date.fromisoformat(published))}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels rose in January 2012, and two months later soldiers overthrew the president.", {"two months later": (date(2012, 3, 1), date(2012, 3, 31), "month")}),
        ("The uprising began in 2012 and a French operation the following year drove them out.", {"the following year": (date(2013, 1, 1), date(2013, 12, 31), "year")}),
        ("The council authorised a force in December 2012, but the push south the following January brought French troops in.", {"the following January": (date(2013, 1, 1), date(2013, 1, 31), "month")}),
        ("Talks opened in March 2015 and the accord was signed a month later.", {"a month later": (date(2015, 4, 1), date(2015, 4, 30), "month")}),
    ],
)
def test_a_period_counted_from_a_date_of_its_sentence(text, expected):
    assert resolve(text, "2024-03-05") == expected


def test_a_sentence_with_no_date_counts_from_the_month_told_before():
    assert resolve("Three months later, reports surfaced that the junta was talking to Wagner.", "2022-01-10", month=date(2021, 5, 1), year=2021) == {"Three months later": (date(2021, 8, 1), date(2021, 8, 31), "month")}


def test_a_date_of_its_own_right_after_wins():
    assert resolve("Two months later, on March 22, 2012, soldiers overthrew the president.", "2024-03-05", month=date(2012, 1, 1), year=2012) == {}


def test_nothing_without_an_anchor_nor_after_publication():
    assert resolve("A year later the mission ended.", "2024-03-05") == {}
    assert resolve("The following year elections are due.", "2024-03-05", year=2024) == {}


def test_the_pipeline_dates_an_event_the_following_year():
    text = "Headline\n\nTuareg rebels rose in 2012. A French-led military operation the following year drove the jihadists out.\n"
    records = process_article(Article("t", "t.txt", date(2022, 3, 22), "en", {}, "0" * 64, text))
    assert [(m.event_type, m.start_date, m.date_precision) for m in records["mentions"] if m.event_type == "offensive"] == [("offensive", date(2013, 1, 1), "year")]


COUNTED = {-3: "three months earlier", -2: "two months earlier", -1: "a month earlier", 1: "a month later", 2: "two months later", 3: "three months later", 4: "four months later", 5: "five months later", 6: "six months later"}


@given(st.integers(1990, 2030), st.integers(1, 12), st.sampled_from(sorted(COUNTED)))
def test_a_counted_month_is_one_whole_month_that_many_months_away(year, month, offset):
    start, end, precision = resolve(f"The talks failed {COUNTED[offset]}.", "2040-01-01", month=date(year, month, 1), year=year)[COUNTED[offset]]
    assert precision == "month" and start.day == 1 and (end + timedelta(days=1)).day == 1 and (start.year, start.month) == (end.year, end.month)
    assert (start.year * 12 + start.month) - (year * 12 + month) == offset
