"""A roundup whose title names the week it covers: its bare weekdays are that week's days.

Why: "Mali security roundup: week of 9-15 April 2018", published on Monday 16 April, tells "on
Monday" of the 9th, not of its publication day; read from the publication date, every weekday of
the roundup would land a week late (docs/dates.md).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from timeline.dates import Timex, names_weekday_only
from timeline.periods import edtf_point
from timeline.regex_gate import alternation


def covered_week(found: list[Timex], text: str, published: date) -> tuple[date, date] | None:
    """The days a roundup's title says it covers: a title with a roundup word and a range of two
    to seven days, over by its publication ("Mali security roundup: week of 9-15 April 2018")."""
    if not _roundup_title().search(text):
        return None
    for t in found:
        if t.kind == "range" and t.precision == "day" and t.start is not None and t.end <= published and 1 <= (t.end - t.start).days <= 6:
            return t.start, t.end
    return None


@cache
def _roundup_title() -> re.Pattern:
    path = resources.files("timeline").joinpath("resources/dates_en.toml")
    words = tomllib.loads(path.read_text(encoding="utf-8"))["roundup_titles"]["words"]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


def bare_weekday(t: Timex) -> bool:
    """A day named only by its weekday ("on Monday", "Tuesday evening"), read from the publication date."""
    if t.anchor != "publication" or t.kind != "date" or t.precision != "day" or t.start is None:
        return False
    return names_weekday_only(t) and not re.search(r"(?<![\w-])next(?![\w-])", t.text, re.IGNORECASE)


def into_week(t: Timex, week: tuple[date, date]) -> Timex:
    """The same weekday inside the covered week."""
    day = week[0] + timedelta(days=(t.start.weekday() - week[0].weekday()) % 7)
    if day > week[1]:
        return t
    return replace(t, start=day, end=day, edtf=edtf_point(day, "day", t.approximate), anchor="other")
