"""A year written before its day, as chronologies head their lines: "2012, 17 January — …".

Why: a timeline or a chronology writes the year first and the day after a comma; read apart,
the year would date the line's event by the year alone and the day (resolved against the
publication date) would stand as a second expression, often in another year. Read together
they are one date, the day's, in that year: "2012, 30 March-1 April", "2012, late June",
"2021, December".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from timeline.periods import edtf_interval, edtf_point, shift
from timeline.timex import Timex

if TYPE_CHECKING:
    from timeline.dates import Lexicon

YEAR_THEN_DAY = re.compile(r"\s*,\s*")


def year_headed(text: str, timexes: list[Timex], lex: Lexicon) -> list[Timex]:
    """Each bare year followed by ", " and a day, a range or a month written without a year, as
    one expression in that year."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if _bare_year(a) and b is not None and b.kind in ("date", "range") and b.precision in ("day", "month", "week") and b.start is not None \
                and not re.search(r"\d{4}", b.text) and YEAR_THEN_DAY.fullmatch(text, a.char_end, b.char_start):
            out.append(_in_year(replace(b, char_start=a.char_start, text=text[a.char_start : b.char_end], anchor="absolute"), a.start.year))
            i += 2
            continue
        month = _bare_month_after(text, a, lex) if _bare_year(a) else None
        out.append(month or a)
        i += 1
    return out


def _bare_year(t: Timex) -> bool:
    return t.kind == "date" and t.precision == "year" and t.start is not None and re.fullmatch(r"\d{4}", t.text.strip()) is not None


def _in_year(t: Timex, year: int) -> Timex:
    """``t`` moved by whole years so that it starts in ``year`` (a range keeps its length)."""
    years = year - t.start.year
    if not years:
        return t
    start, end = shift(t.start, "year", years), shift(t.end, "year", years)
    edtf = edtf_interval(start, t.precision, end, t.precision) if t.kind == "range" else edtf_point(start, t.precision, t.approximate)
    return replace(t, start=start, end=end, edtf=edtf)


def _bare_month_after(text: str, year: Timex, lex: Lexicon) -> Timex | None:
    """"2021, December — …": a month name alone after the year, which no rule reads alone."""
    m = re.match(r"\s*,\s*([A-Za-z]+)\b(?!\s+\d)", text[year.char_end :])
    number = lex.months.get(m.group(1).casefold()) if m else None
    if number is None or m.group(1).casefold() in lex.ambiguous_months:
        return None
    start = date(year.start.year, number, 1)
    end = date(year.start.year, number, calendar.monthrange(year.start.year, number)[1])
    stop = year.char_end + m.end(1)
    return replace(year, char_end=stop, text=text[year.char_start : stop], start=start, end=end, precision="month", edtf=edtf_point(start, "month", False))


ENTRY_MONTH = re.compile(r"^[\W\s]{0,3}([A-Za-z]+)\.?(?=\s*[-–—:]\s+(?-i:[A-Z\d]))")


def month_headed(text: str, timexes: list[Timex], published: date, lex: Lexicon) -> list[Timex]:
    """A chronology's entry headed by a month name alone ("June - Islamists drive the MNLA out of
    Gao"), which no rule reads alone: that month, the last one by publication (a chronology's
    year-less entries then follow the entry before, timeline/narrative_years.py)."""
    m = ENTRY_MONTH.match(text)
    number = lex.months.get(m.group(1).casefold()) if m else None
    if number is None or any(t.char_start < m.end(1) and m.start(1) < t.char_end for t in timexes):
        return timexes
    year = published.year if number <= published.month else published.year - 1
    start, end = date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])
    head = Timex(m.start(1), m.end(1), m.group(1), "date", start, end, "month", False, edtf_point(start, "month", False), None, "publication", "past")
    return sorted([head, *timexes], key=lambda t: t.char_start)
