"""Months and years counted from another date of the text: "three months later", "the following
year", "the following January", "that August" (the August of the year told last).

Why: background pieces walk through a conflict by counting from the date they told last ("Rebels
rose in January 2012. Two months later, soldiers overthrew the president"; "a French-led operation
the following year drove them out"). The tagger reads one sentence alone; these need the month or
year told before, so they are resolved here, in text order, like the anchored days
(anchored_dates.py). Offsets are data (``[anchored_months]``, ``[anchored_years]`` in
resources/dates_<language>.toml). The result has the precision of its unit, never finer.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache

from timeline.dates import Timex, lexicon
from timeline.regex_gate import alternation

# "more than a week after", "nearly two days after": a bound, not a count of days from a date (after
# a word boundary, which fails fast where most places of a sentence fail)
NOT_HEDGED = r"\b(?<!more\sthan\s)(?<!less\sthan\s)(?<!over\s)(?<!nearly\s)(?<!almost\s)(?<!about\s)(?<!some\s)(?<!roughly\s)"
OWN_DATE_NEXT = re.compile(r"\s*,?\s*(?:on|in)?\s*$", re.IGNORECASE)  # "Two months later, on March 22, 2012"


def folded_phrases(table: dict[str, int]) -> dict[str, int]:
    """A table of phrases keyed by their case-folded text, each run of white space one space."""
    return {" ".join(k.casefold().split()): v for k, v in table.items()}


@cache
def _patterns(language: str) -> tuple[re.Pattern, dict[str, tuple[str, int]]]:
    """One pattern for every phrase, and each folded phrase's unit and offset."""
    lex = lexicon(language)
    table = {**{k: ("month", v) for k, v in folded_phrases(lex.anchored_months).items()}, **{k: ("year", v) for k, v in folded_phrases(lex.anchored_years).items()}}
    months = "|".join(sorted((m for m in lex.months if len(m) > 3), key=len, reverse=True))
    cap_months = "|".join(sorted((m.capitalize() for m in lex.months if len(m) > 3), key=len, reverse=True))  # "that August", not "that august body" nor "that August was"
    pattern = re.compile(rf"{NOT_HEDGED}(?:(?P<offset>{alternation(table)})|the\s+(?:following|next)\s+(?P<month>{months})|(?<=\s)that\s+(?:same\s+)?(?-i:(?P<that_month>{cap_months}))(?=\s*(?:[.,;:)]|$)|\s+(?:and|when|as)\s))\b(?!-)(?!\s+(?:the|a|an|its|his|her|their|of)\b)", re.IGNORECASE)  # not "that month-long operation"
    return pattern, table


def last_month(timexes: list[Timex], before: int | None = None) -> date | None:
    """The first day of the single month told last (a day or a month)."""
    months = [t for t in timexes if t.kind == "date" and t.start and t.end and t.precision in ("day", "month") and (t.start.year, t.start.month) == (t.end.year, t.end.month) and (before is None or t.char_end <= before)]
    return max(months, key=lambda t: t.char_start).start.replace(day=1) if months else None


def last_year(timexes: list[Timex], before: int | None = None) -> int | None:
    """The single year told last (a day, a month, a season or a year)."""
    years = [t for t in timexes if t.kind == "date" and t.start and t.end and t.start.year == t.end.year and (before is None or t.char_end <= before)]
    return max(years, key=lambda t: t.char_start).start.year if years else None


def _shift(month: date, offset: int) -> date:
    index = month.year * 12 + month.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def _timex(m: re.Match, start: date, end: date, precision: str) -> Timex:
    edtf = f"{start.year}" if precision == "year" else f"{start.year}-{start.month:02d}"
    return Timex(m.start(), m.end(), m.group(), "date", start, end, precision, False, edtf, None, "other", "past")


def anchored_periods(text: str, found: list[Timex], month: date | None, year: int | None, published: date, language: str = "en") -> list[Timex]:
    """The counted months and years of one sentence, from the month and year told last (in this
    sentence before the phrase, else in the sentences before); none that overlaps a date already
    found, is followed at once by a date of its own, or lies after publication."""
    pattern, table = _patterns(language)
    months = lexicon(language).months
    out = []
    for m in pattern.finditer(text):
        if any(t.char_start < m.end() and m.start() < t.char_end for t in found):
            continue
        if any(t.char_start >= m.end() and OWN_DATE_NEXT.match(text[m.end() : t.char_start]) for t in found):
            continue
        base_month = last_month(found, before=m.start()) or month
        base_year = last_year(found, before=m.start()) or year
        if m.group("that_month"):
            if base_year is None:
                continue
            start, unit = date(base_year, months[m.group("that_month").casefold()], 1), "month"
        elif m.group("month"):
            target = months[m.group("month").casefold()]
            if base_month is None and base_year is None:
                continue
            start = date((base_month.year if base_month else base_year) + (1 if base_month is None or target <= base_month.month else 0), target, 1)
            unit = "month"
        else:
            unit, offset = table[" ".join(m.group("offset").casefold().split())]
            if unit == "month":
                if base_month is None:
                    continue
                start = _shift(base_month, offset)
            else:
                if base_year is None:
                    continue
                start = date(base_year + offset, 1, 1)
        end = date(start.year, 12, 31) if unit == "year" else start.replace(day=calendar.monthrange(start.year, start.month)[1])
        if start > published:
            continue
        out.append(_timex(m, start, min(end, published), unit))  # like "this year": up to publication
    return out
