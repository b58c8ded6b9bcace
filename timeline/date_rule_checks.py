"""Checks and resolvers the date rules share (timeline/date_rules.py): the unit of a period,
whether a number is a count or a label rather than a year, a full date's year, a day range.

Why apart: the rules table is one closure over a language's patterns; these are plain functions
of the lexicon and a match, testable and reused by several rules.
"""

from __future__ import annotations

import re
from functools import cache
from datetime import date
from typing import TYPE_CHECKING

from timeline.date_parts import Context, Resolved, capitalised, day_of, month_of, moved_date, safe_date, year_for

if TYPE_CHECKING:
    from timeline.dates import Lexicon


def unit_of(lex: Lexicon, token: str) -> str | None:
    token = token.casefold()
    if token in lex.units:
        return token
    if token.endswith("s") and token[:-1] in lex.units:
        return token[:-1]
    return None


def norm(token: str) -> str:
    return " ".join(token.casefold().split())


def part_span(m: re.Match) -> tuple[int, int]:
    """Leave a leading "the" out of "the end of July"."""
    start = m.start()
    lead = re.match(r"the\s+", m.group(0), re.IGNORECASE)
    return (start + lead.end() if lead else start, m.end())


def weekday_span(m: re.Match) -> tuple[int, int]:
    end = m.end()
    if m["dp"] is None:
        end = m.end("wd")
    return (m.start(), end)


def day_resolved(d: date, future: bool = False, span=None) -> Resolved:
    return Resolved("date", d, d, "day", anchor="publication", future=future, span=span)


def opened_as_duration(lex: Lexicon, m: re.Match, ctx: Context) -> bool:
    before_words = re.findall(r"[\w']+", ctx.text[max(0, m.start() - 30) : m.start()].casefold())
    hedges = {h for h in lex.hedges if " " not in h}
    before_words = [w for w in before_words if w not in hedges]
    return bool(before_words) and before_words[-1] in lex.duration_openers


def is_count(lex: Lexicon, m: re.Match, ctx: Context) -> bool:
    """A four-digit number that counts something ("some 1500 soldiers", "1,900 inhabitants")."""
    text = ctx.text
    prev_words = re.findall(r"[\w’']+", text[max(0, m.start() - 40) : m.start()].casefold())
    prev = prev_words[-1] if prev_words else ""
    prev2 = " ".join(prev_words[-2:])
    after = text[m.end() :]
    nxt_match = re.match(r"\s*([\w%’']+)", after)
    nxt = nxt_match.group(1) if nxt_match else ""
    rest = re.sub(r"^\s*(?:and|to|or|-|–)\s*\d[\d,.]*", "", after)
    clause = re.match(r"[^.,;:!?()\"“”]*", rest).group()
    following = []
    for w in re.findall(r"[\w%’']+", clause)[:3]:  # the noun phrase after it, up to a function word
        if w.casefold() in lex.year_followers:
            break
        following.append(w.casefold())
    if nxt.casefold() in lex.quantity_units:
        return True
    if re.search(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:to|and|-|–)\s*$", text[max(0, m.start() - 20) : m.start()]):
        return True  # "from 800 to 1990 in a year": the second of two counts
    if prev in lex.strong_openers:
        return False
    if any(w in lex.counted_nouns for w in following):
        return True
    if (prev in lex.quantity_words or prev2 in lex.quantity_words) and nxt and nxt.casefold() not in lex.year_followers:
        return True
    return bool(re.fullmatch(r"[a-z]{3,}[^s]s", nxt))


def is_label(lex: Lexicon, m: re.Match, ctx: Context) -> bool:
    prev = re.search(r"([\w.°º]+)[\s#]*$", ctx.text[max(0, m.start() - 30) : m.start()])
    return bool(prev) and prev.group(1).casefold() in lex.label_words


def full_date(lex: Lexicon, m: re.Match, ctx: Context) -> Resolved | None:
    mo = month_of(m["m"], lex)
    if mo is None or not capitalised(m["m"]):
        return None
    d = day_of(m["d"])
    if not m["y"] and (after := re.match(r"\s+([\w-]+)", ctx.text[m.end() :])) and after.group(1) in lex.named_by_date:
        return None  # "the June 5 Movement": a name
    if m["y"]:
        day_ = safe_date(int(m["y"]), mo, d)
        return day_ and Resolved("date", day_, day_, "day")
    shift = {"this": 0, "last": -1, "next": 1}.get((m.groupdict().get("rel") or "").casefold())
    if shift is not None:  # "January 29 of this year", "March 3 of last year": the year is told
        day_ = safe_date(ctx.published.year + shift, mo, d)
        return day_ and Resolved("date", day_, day_, "day", anchor="publication", future=day_ > ctx.published)
    year_ = year_for(mo, d, ctx)
    day_ = safe_date(year_, mo, d)
    step = 1 if ctx.future else -1
    for _ in range(8):  # 29 February: the nearest leap year in the right direction
        if day_ is not None or not (mo == 2 and d == 29):
            break
        year_ += step
        day_ = safe_date(year_, mo, d)
    day_ = weekday_year(lex, day_, m["wd"], ctx) if m["wd"] and day_ is not None else day_
    return day_ and Resolved("date", day_, day_, "day", anchor="publication")


def weekday_year(lex: Lexicon, day_: date, weekday: str, ctx: Context) -> date:
    """"This Wednesday 9 February", written on Tuesday 8 February 2022: the year in which the
    day falls on the weekday the text names (the next one, if that one is near), not the last
    9 February before publication, a Tuesday."""
    wd = lex.weekdays.get(weekday.rstrip(".").casefold())
    if wd is None or day_.weekday() == wd:
        return day_
    for year_ in (day_.year + 1, day_.year - 1):
        other = safe_date(year_, day_.month, day_.day)
        if other is not None and other.weekday() == wd and abs((other - ctx.published).days) <= 200:
            return other
    return day_


def _running(lex: Lexicon, before: str) -> bool:
    """Whether the words before a range tell a measure that may still run (dates_<language>.toml running_cues)."""
    return _running_re(lex.running_cues).search(before) is not None


@cache
def _running_re(cues: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, cues))})(?![\w-])", re.IGNORECASE)


RUNNING_DAYS = 3  # a "from … to …" range that began this many days before publication at most is told while it runs


def day_range(lex: Lexicon, m: re.Match, ctx: Context, m1: str, m2: str) -> Resolved | None:
    mo1, mo2 = month_of(m1, lex), month_of(m2, lex)
    if mo1 is None or mo2 is None or not (capitalised(m1) and capitalised(m2)):
        return None
    pre, conj = (m["pre"] or "").casefold(), (m["conj"] or "").casefold()
    if pre == "from" and m1 != m2 and moved_date(lex.moved_date_verbs).search(ctx.text[max(0, m.start() - 40) : m.start("d1")]):
        return None  # "slipped from 19 March to 18 June": two dates (each month written, each date found alone)
    d1, d2 = day_of(m["d1"]), day_of(m["d2"])
    between = [int(d) for d in re.findall(r"\d+", m.string[m.end("d1") : m.start("d2")])]
    listed = conj == "and" and pre != "between" and m1 == m2 and [d1, *between, d2] == list(range(d1, d2 + 1))  # "on 8 and 9 March", "on 10, 11 and 12 July": every day
    across = conj == "and" and pre != "between" and m1 != m2 and not between and d2 == 1  # "on 30 September and 1 October": two days in a row over a month's end
    if (conj == "and") != (pre == "between") and not (listed or across):
        return None
    if m["y"]:
        y2 = int(m["y"])
        anchor = "absolute"
    else:
        y2 = year_for(mo2, d2, ctx)
        anchor = "publication"
        y_start = year_for(mo1, d1, ctx)
        started = safe_date(y_start, mo1, d1)
        if not ctx.future and pre == "from" and started is not None and 0 <= (ctx.published - started).days <= RUNNING_DAYS and _running(lex, ctx.text[max(0, m.start() - 80) : m.start()]):
            y2 = y_start + (0 if (mo1, d1) <= (mo2, d2) else 1)  # a measure "from October 27 to November 9", told on 28 October, is running: this year's
    y1 = y2 if (mo1, d1) <= (mo2, d2) else y2 - 1
    start, end = safe_date(y1, mo1, d1), safe_date(y2, mo2, d2)
    if start is None or end is None or start >= end or (across and (end - start).days != 1):
        return None
    return Resolved("range", start, end, "day", anchor=anchor)
