"""Year-less dates told inside a narrative frame take the frame's year, not the publication's.

Why: background paragraphs and explainers set a year and then drop it: "In June 2020, a
coalition began protests. The protests turned deadly on July 10-12 … On August 18, soldiers
arrested Keita." Resolved against a 2025 publication date, "July 10-12" and "August 18" would
land in 2024; a reader, and a careful coder, reads them in 2020. A *frame* is a date that names
its year and opens its sentence ("In June 2020, …", "On March 31, 2024, …"), or a year in a
heading ("Protests and a first coup (2020)"). A day or month told by name without a year
("July 10-12", "late April", "on May 3") after a frame in the same paragraph, or anywhere in the
section a heading frames, is resolved forward from the frame: the first such day on or after
the frame's start. A frame in the middle of a sentence ("the junta, which seized power in
August 2020, said on May 3 …") frames nothing, except a day of the very month it names ("… in
January 2013, France launched Operation Serval on 11 January"), and weekdays and "last week" keep the
publication date, except in a roundup whose title names the week it covers ("week of 9-15
April 2018", published Monday 16 April): there "on Monday" is the Monday of that week. Rules in
docs/dates.md.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from dataclasses import dataclass, replace
from datetime import date, timedelta

from timeline.dates import Timex, lexicon, names_weekday_only
from timeline.regex_gate import alternation
from timeline.periods import edtf_interval, edtf_point, shift

OPENING = re.compile(r"^\W*(?:(?:in|on|by|during|from|since|as\s+of|at\s+the\s+(?:start|end)\s+of)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    """The year-setting date in force, and where it holds: its paragraph, or (from a heading)
    until the next heading."""

    start: date
    paragraph: int
    from_heading: bool
    week: tuple[date, date] | None = None  # the week a roundup's title covers ("week of 9-15 April 2018")


def reframe(found: list[Timex], text: str, kind: str, paragraph: int, frame: Frame | None, published: date) -> tuple[list[Timex], Frame | None]:
    """A sentence's dates with year-less named days moved into the frame's year, and the frame
    for what follows."""
    week = frame.week if frame is not None else None
    if kind == "title":
        covered = _covered_week(found, text, published)
        return found, Frame(covered[0], paragraph, True, covered) if covered else frame
    if kind == "heading":
        years = [t for t in found if t.anchor == "absolute" and t.start is not None and t.precision in ("year", "month", "day")]
        return found, Frame(years[0].start, paragraph, True, week) if years else frame
    if kind != "body":
        return found, frame
    if frame is not None and not frame.from_heading and frame.paragraph != paragraph:
        frame = Frame(week[0], -1, True, week) if week else None  # back to the title's week
    out = []
    for t in found:
        if week is not None and _bare_weekday(t) and t.tense != "future" and not (week[0] <= t.start <= week[1]):
            t = _into_week(t, week)  # a roundup of 9-15 April published on Monday 16: "on Monday" is the 9th
            out.append(t)
            continue
        same_month = _same_month_named(t, found)
        if same_month is not None:  # "… in January 2013, France launched Operation Serval on 11 January"
            t = _in_frame(t, same_month, published)
        elif frame is not None and _named_without_year(t):
            t = _in_frame(t, frame.start, published)
        elif _opens_sentence(t, text):
            frame = Frame(t.start, paragraph, False, week)
        out.append(t)
    return out, frame


def _covered_week(found: list[Timex], text: str, published: date) -> tuple[date, date] | None:
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


def _bare_weekday(t: Timex) -> bool:
    """A day named only by its weekday ("on Monday", "Tuesday evening"), read from the publication date."""
    if t.anchor != "publication" or t.kind != "date" or t.precision != "day" or t.start is None:
        return False
    return names_weekday_only(t) and not re.search(r"(?<![\w-])next(?![\w-])", t.text, re.IGNORECASE)


def _into_week(t: Timex, week: tuple[date, date]) -> Timex:
    """The same weekday inside the covered week."""
    day = week[0] + timedelta(days=(t.start.weekday() - week[0].weekday()) % 7)
    if day > week[1]:
        return t
    return replace(t, start=day, end=day, edtf=edtf_point(day, "day", t.approximate), anchor="other")


def _same_month_named(t: Timex, found: list[Timex]) -> date | None:
    """The start of the month a sentence names with its year, when ``t`` names the same month
    without one: the sentence has told which year that month is in."""
    if not _named_without_year(t):
        return None
    for other in found:
        if other.char_end <= t.char_start and other.anchor == "absolute" and other.start is not None and other.precision == "month" and other.kind == "date" and other.start.month == t.start.month:
            return other.start  # told before it: "in January 2013 … on 11 January", not "on 11 January … January 2013"
    return None


def _opens_sentence(t: Timex, text: str) -> bool:
    """A date naming its year at the head of its sentence, before any other word."""
    return (
        t.anchor == "absolute" and t.start is not None and t.precision in ("day", "month") and t.kind in ("date", "range")
        and OPENING.match(text[: t.char_start]) is not None
    )


def _named_without_year(t: Timex) -> bool:
    """A day or month named by its month ("July 10-12", "late April"), resolved against the
    publication date because the text gave no year."""
    if t.anchor != "publication" or t.start is None or t.precision not in ("day", "month") or t.kind == "duration":
        return False
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", t.text)}
    return not words.isdisjoint(lexicon().months)


def _in_frame(t: Timex, frame_start: date, published: date) -> Timex:
    """``t`` moved by whole years to the first of its days on or after the frame's start (never
    after publication; the publication's reading is kept then)."""
    years = frame_start.year - t.start.year
    if shift(t.start, "year", years) < frame_start:
        years += 1
    start, end = shift(t.start, "year", years), shift(t.end, "year", years)
    if years == 0 or end > published:
        return t
    edtf = edtf_point(start, t.precision, t.approximate) if t.kind == "date" else edtf_interval(start, t.precision, end, t.precision)
    return replace(t, start=start, end=end, edtf=edtf, anchor="other")  # counted from another date of the text
