"""Dates counted from another date of the text: "the same day", "the previous day", "two days later".

Why: news often dates a second event by the first ("The army said on Aug. 12 that six soldiers
had been killed the previous day"). The date tagger reads one sentence against the publication
date; these expressions need the date the text told last before them, in the same sentence or an
earlier one of the article, so they are resolved here, in text order, after the tagger. Offsets
are data (``[anchored_days]`` in resources/dates_<language>.toml); the anchor is a day-precise
date; a result after publication is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from timeline.anchored_periods import NOT_HEDGED, anchored_periods, folded_phrases, last_month, last_year
from timeline.dates import Timex, lexicon
from timeline.regex_gate import alternation


CLAUSE_FOLLOWS = re.compile(r"\s+(?!(?:and|or|but|in|at|on|near|when|as|while|with|to|from|after|before|of|for|by)\b)[A-Za-z]", re.IGNORECASE)
# "a convoy that had left Tessalit the day before struck a mine": the phrase closes the clause
# before it (a verb follows, no comma before), so it counts back as "the previous day" does
CLOSES_CLAUSE_BEFORE = re.compile(r"\s+(?:\w+ed(?=\s+(?:the|a|an|its|their|his|her|on|in|at|near|by|to|from|off|out|up|down|\d))|was|were|had|has|struck|hit|came|went|took|fell|left|began|met|ran|saw)\b", re.IGNORECASE)  # "suspected jihadists" is no verb
OPENS_AFTER = re.compile(r"(?:^|[,;:(—–]|\bon)\s*$", re.IGNORECASE)
TIME_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _offsets_pattern(offsets: dict[str, int], after: str, before: str = "") -> tuple[re.Pattern, dict[str, int]]:
    """The phrases of an offset table as one pattern (spaces match any white space), and the table
    keyed by their folded text; ``after`` says what must (or must not) follow a phrase, ``before``
    what must not come before it."""
    folded = folded_phrases(offsets)
    return re.compile(rf"{NOT_HEDGED}{before}(?:{alternation(folded)})\b{after}", re.IGNORECASE), folded


@cache
def _pattern(language: str) -> tuple[re.Pattern, dict[str, int]]:
    # not "the day after the attack" (nor "the day after he was kidnapped"): a noun phrase or a clause after "after" or "before" names the anchor,
    # which is not a date; after "the same day" or "the next day" it is the subject ("The same day
    # the junta signed …")
    return _offsets_pattern(lexicon(language).anchored_days, r"(?!(?<=after)\s+(?:the|a|an|its|his|her|their|this|that|he|she|it|they|we|i)\b)(?!(?<=before)\s+(?:the|a|an|its|his|her|their|this|that|he|she|it|they|we|i)\b)")  # nor "the day after he was kidnapped": a clause names the anchor


@cache
def _event_pattern(language: str) -> tuple[re.Pattern, dict[str, int]]:
    return _offsets_pattern(lexicon(language).anchored_before_event, r"(?=\s+\w)", r"(?<!\sto\s)")  # not "two months to the day after he was kidnapped": months, not a day, before


def after_phrase(language: str) -> re.Pattern:
    """"a day after", "two days before": the phrases that count a day from another."""
    return _event_pattern(language)[0]


@dataclass(frozen=True)
class Anchor:
    """The day told last, and the day told last that was not a saying's ("the government said on
    Sunday"): "the same morning", "that night" count from the second, the day of what happened."""

    day: date | None = None
    event_day: date | None = None
    month: date | None = None  # the single month told last, for "three months later"
    year: int | None = None  # the single year told last, for "the following year"


def next_anchor(text: str, found: list[Timex], anchor: Anchor, language: str = "en", published: date | None = None) -> Anchor:
    """The anchor the sentences after this one count from. A day after publication is a plan or
    a deadline ("elections by July 31. … on the same day, donors pledged"): it anchors nothing."""
    from timeline.event_lexicon import reporting_re  # the saying words of the event lexicon

    if published is not None:
        found = [t for t in found if t.start is None or t.start <= published]
    told = reporting_re(language)
    events = [t for t in found if not told.search(text[max(0, t.char_start - 40) : t.char_start])]
    return Anchor(last_day(found) or anchor.day, last_day(events) or anchor.event_day, last_month(found) or anchor.month, last_year(found) or anchor.year)


def last_day(timexes: list[Timex], before: int | None = None) -> date | None:
    """The day-precise date told last (before character ``before``), the anchor of what follows."""
    days = [t for t in timexes if t.kind != "duration" and t.precision == "day" and t.start == t.end and (before is None or t.char_end <= before)]
    return max(days, key=lambda t: t.char_start).start if days else None


def anchored(text: str, found: list[Timex], anchor: Anchor | date | None, published: date, language: str = "en") -> list[Timex]:
    """The anchored dates of one sentence, given what the tagger found in it and the anchor the
    sentences before it leave; none that overlaps a date already found or lies after publication."""
    pattern, offsets = _pattern(language)
    anchor = anchor if isinstance(anchor, Anchor) else Anchor(anchor, anchor, anchor.replace(day=1) if anchor else None, anchor.year if anchor else None)
    out = []
    before_event = _event_pattern(language)[1]
    for m in pattern.finditer(text):
        if any(t.char_start < m.end() and m.start() < t.char_end for t in found):
            continue
        if any(t.char_start >= m.end() and (re.fullmatch(r"\s*(?:on|,)?\s*", text[m.end() : t.char_start]) or (re.fullmatch(r"\s*,\s*(?:on\s+)?", text[m.end() : t.char_start]) and re.search(r"\d", t.text))) for t in found):
            continue  # "shortly before midnight on Tuesday", "a week earlier, on 17 January 2012": the day is told
        counts_to_event = " ".join(m.group().casefold().split()) in before_event
        if counts_to_event and _opens_clause(text, m):
            continue  # "on 2 June, the day after jihadists overran …": it dates the clause it opens
        earlier = anchor.event_day if TIME_OF_DAY.search(m.group()) else anchor.day
        if counts_to_event and _closes_clause(text, m) and last_day(found, before=m.start()) is None:
            continue  # "Soldiers who had arrived the day before were ambushed": the day before what this sentence does not say
        base = last_day(found, before=m.start()) or earlier
        if base is None:
            continue
        try:
            day = base + timedelta(days=offsets[" ".join(m.group().casefold().split())])
        except OverflowError:  # "the previous day" of 1 January of year 1: no day to name
            continue
        if day > published:
            continue
        out.append(Timex(m.start(), m.end(), m.group(), "date", day, day, "day", False, day.isoformat(), None, "other", "past"))
    out += anchored_periods(text, [*found, *out], anchor.month, anchor.year, published, language)
    out += _before_events(text, [*found, *out], published, language)
    return out + _after_dates(text, [*found, *out], published, language)


SAID_ON = re.compile(r"(?<![\w-])(?:said|says|told|announced|reported|added|wrote|stated)\s+on\s+$", re.IGNORECASE)


def _own_day_after(text: str, at: int, found: list[Timex]) -> bool:
    """A day the rest of the clause gives itself ("… on Dec. 28"), not a saying's ("said on Monday")
    nor another clause's; a day with its number (not a weekday that restates it)."""
    return any(t.char_start >= at and t.kind != "duration" and t.precision == "day" and re.search(r"\d", t.text) and re.search(r"\son\s+$", text[at : t.char_start])
               and not re.search(r"[,;.:]", text[at : t.char_start]) and not SAID_ON.search(text, at, t.char_start) for t in found)


def _closes_clause(text: str, m: re.Match) -> bool:
    """"a convoy that had left Tessalit the day before struck a mine": the phrase closes the
    clause before it (a verb follows it, and no comma stands before it)."""
    return bool(CLOSES_CLAUSE_BEFORE.match(text, m.end())) and not OPENS_AFTER.search(text, 0, m.start())


def _opens_clause(text: str, m: re.Match) -> bool:
    """"on 2 June, the day before jihadists overran …": the phrase opens the clause it dates."""
    return bool(CLAUSE_FOLLOWS.match(text, m.end())) and not _closes_clause(text, m)


def _before_events(text: str, found: list[Timex], published: date, language: str) -> list[Timex]:
    """"… on Sunday, a day after fighters attacked the town": the phrase dates what follows it,
    counted from the day the sentence gave just before it (never from an earlier sentence)."""
    pattern, offsets = _event_pattern(language)
    out = []
    for m in pattern.finditer(text):
        base = last_day(found, before=m.start())
        if base is None or any(t.char_start < m.end() and m.start() < t.char_end for t in found):
            continue
        if _own_day_after(text, m.end(), found) or _closes_clause(text, m):
            continue  # "six days after three others died near Hombori on Dec. 28": the clause has its own date
        try:
            day = base + timedelta(days=offsets[" ".join(m.group().casefold().split())])
        except OverflowError:
            continue
        if day <= published:
            out.append(Timex(m.start(), m.end(), m.group(), "date", day, day, "day", False, day.isoformat(), None, "other", "past"))
    return out


def _after_dates(text: str, found: list[Timex], published: date, language: str) -> list[Timex]:
    """"A day after Tuesday's attack, gunmen ambushed …": the phrase right before a day of the
    sentence (perhaps after "the": "two days after the July 5 vote") dates the clause it opens,
    that many days from that day. The day itself keeps its own date (the attack's)."""
    pattern, offsets = _event_pattern(language)
    out = []
    for m in pattern.finditer(text):
        if any(t.char_start < m.end() and m.start() < t.char_end for t in found):
            continue
        follow = re.match(r"\s+(?:the\s+)?", text[m.end() :])
        at = m.end() + (follow.end() if follow else 0)
        base = next((t for t in found if t.char_start == at and t.kind == "date" and t.precision == "day" and t.start == t.end), None)
        if base is None:
            continue
        try:
            day = base.start - timedelta(days=offsets[" ".join(m.group().casefold().split())])
        except OverflowError:
            continue
        if day <= published:
            out.append(Timex(m.start(), m.end(), m.group(), "date", day, day, "day", False, day.isoformat(), None, "other", "past"))
    return out
