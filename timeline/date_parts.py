"""The date tagger's building blocks: what a rule is, what it resolves to, the context it reads,
and the small calendar helpers every rule shares.

Why apart from the rules (timeline/date_rules.py): the rules change often and are many; these
do not, and each of them is one piece of calendar logic the rules must agree on.
"""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from timeline.periods import month_end

if TYPE_CHECKING:
    from timeline.dates import Lexicon

# Words before a month named alone that make it a date ("in July"), not a name ("May Day").
MONTH_OPENERS = frozenset(["in", "since", "by", "until", "during", "of", "from", "between", "and", "to", "through", "the", "early", "mid", "late", "last"])
PART_BOUNDS_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "end": (21, 31)}
PART_BOUNDS_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
PART_BOUNDS_DECADE = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "end": (7, 9)}


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, "Context"], "Resolved | None"]
    requires: frozenset[str]  # features a text must have for the rule to be worth running


@dataclass(frozen=True)
class Resolved:
    """What a rule found, before the span, tense and hedges are settled."""

    kind: str
    start: date | None = None
    end: date | None = None
    precision: str | None = None
    end_precision: str | None = None
    approximate: bool = False
    duration: str | None = None
    anchor: str = "absolute"
    future: bool = False  # the words themselves point after the publication date
    span: tuple[int, int] | None = None  # a narrower span than the whole match


@dataclass(frozen=True)
class Context:
    text: str
    published: date
    future: bool
    lex: Lexicon


# ---------------------------------------------------------------------------------------------
# Resolution helpers


def month_of(token: str, lex: Lexicon) -> int | None:
    return lex.months.get(token.rstrip(".").casefold())


def named_night_end(m: re.Match, ctx, lex, weekday: int) -> date | None:
    """The second day of "the night of Sunday 14 to Monday 15 September [2025]", when its
    weekday agrees with its date (years back from publication when no year is given)."""
    mo = month_of(m["m"], lex)
    years = [int(m["y"])] if m["y"] else range(ctx.published.year, ctx.published.year - 8, -1)
    for year in years:
        try:
            end = date(year, mo, int(m["d2"]))
        except (TypeError, ValueError):
            return None
        if end <= ctx.published and end.weekday() == weekday:
            return end
    return None


def capitalised(token: str) -> bool:
    return token[:1].isupper()


def day_of(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def year_for(month: int, day: int | None, ctx: Context) -> int:
    """The year that puts a month (and day) nearest before publication, or after in future tense."""
    pub = ctx.published
    year = pub.year
    key = (month, day or 1)
    pub_key = (pub.month, pub.day if day else 1)
    if ctx.future:
        return year + 1 if key < pub_key else year
    return year - 1 if key > pub_key else year


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def number_of(token: str, lex: Lexicon) -> int | None:
    token = " ".join(token.casefold().split())
    if token.isdigit():
        return int(token)
    return lex.numbers.get(token)


def part_of_year(part: str, year: int) -> tuple[date, date, str]:
    """A share of a year: its months for "early"/"mid"/"late" ("late 2021" is September to
    December); its last days for "the end of" ("the end of 2023" is 21–31 December)."""
    if part == "end":
        return date(year, 12, 21), date(year, 12, 31), "day"
    lo, hi = PART_BOUNDS_YEAR[part]
    return date(year, lo, 1), month_end(year, hi), "month"


def part_of_month(part: str, year: int, month: int) -> tuple[date, date]:
    first, last = PART_BOUNDS_MONTH[part]
    end = month_end(year, month)
    return date(year, month, first), min(date(year, month, min(last, end.day)), end)


@cache
def moved_date(verbs: tuple[str, ...]) -> re.Pattern:
    """A verb that moves a date right before "from" ("slipped from 19 March to 18 June",
    "postponed from … to …"): the old date and the new, no range. Verbs: ``moved_dates`` in
    dates_<language>.toml."""
    if not verbs:
        return re.compile(r"(?!)")  # a language without such verbs moves no date
    words = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?:\s+[\w’'-]+){{0,3}}\s+from\s+$", re.IGNORECASE)
