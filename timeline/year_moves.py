"""Moving a year-less day or month by whole years, to the year another date of the text told.

Why: "July 10-12", read in 2025, resolves to 2025 or 2024 from the publication date; the narrative
frames (timeline/narrative_years.py) and anniversaries (timeline/anniversary_years.py) know the
year the text meant and move it there, never past publication.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.dates import Timex, lexicon
from timeline.periods import edtf_interval, edtf_point, period, shift


def names_month(t: Timex) -> bool:
    """A date written with its month's name ("26 January"), not a weekday moved into a roundup's week."""
    return not {w.casefold() for w in re.findall(r"[^\W\d_]+", t.text)}.isdisjoint(lexicon().months)


def named_without_year(t: Timex) -> bool:
    """A day or month named by its month ("July 10-12", "late April"), resolved against the
    publication date because the text gave no year."""
    if t.anchor != "publication" or t.start is None or t.precision not in ("day", "month") or t.kind == "duration":
        return False
    return names_month(t) and not re.search(r"(?<![\w-])year(?![\w-])", t.text, re.IGNORECASE) and not re.search(r"\d{4}", t.text)  # not "in late July last year", "since December 2021"


def in_frame(t: Timex, frame_start: date, published: date) -> Timex:
    """``t`` moved by whole years to the first of its days on or after the frame's start (never
    after publication; the publication's reading is kept then)."""
    years = frame_start.year - t.start.year
    if shift(t.start, "year", years) < frame_start:
        years += 1
    if years == 0:
        return t
    return moved_by_years(t, years, published)


def moved_by_years(t: Timex, years: int, published: date) -> Timex:
    """``t`` moved by whole years, counted from another date of the text (its end restored to
    the whole period when publication had cut it: "March", read in March, ends on the 31st).
    Kept as it is if the move would end after publication."""
    start, end = shift(t.start, "year", years), shift(t.end, "year", years)
    if t.kind == "date" and (t.end == published or (t.precision == "month" and t.end == period(t.start, "month")[1])):
        end = period(start, t.precision)[1]  # also a whole month moved into a leap year: February ends on the 29th
    if end > published:
        return t
    edtf = edtf_point(start, t.precision, t.approximate) if t.kind == "date" else edtf_interval(start, t.precision, end, t.precision)
    return replace(t, start=start, end=end, edtf=edtf, anchor="other")


def back_from(t: Timex, told: date, published: date) -> Timex:
    """``t`` moved by whole years to the last of its days on or before ``told``: what happened
    before the narrative's time. Kept as it is when that is its own reading already."""
    years = told.year - t.start.year
    if shift(t.end, "year", years) > told:
        years -= 1
    return t if years >= 0 else moved_by_years(t, years, published)
