"""Places and days listed in parallel in one clause: "the attacks of 30 September and 1 October
2019 against the posts of Boulkessi and Mondoro" are an attack on Boulkessi on 30 September and
one on Mondoro on 1 October.

Why: a trigger dated by a list of days gives one mention per day (event_dates.date_for); without
this each of them took the clause's first place, and one of the two attacks was placed in a town
where nothing happened that day. The pairing is read only when both lists are plain coordinations
of the same length, and the dates are days ("in Gao and Kidal in 2013 and 2014" pairs
nothing); anything else keeps the clause's one place.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.event_lexicon import event_words
from timeline.names import NameMatch
from timeline.regex_gate import alternation
from timeline.timex import Timex


@cache
def _joined(language: str) -> re.Pattern:
    """What may stand between two members of a list: a comma, or a joiner after an optional comma."""
    joiners = alternation(event_words(language)["parallel_lists"]["joiners"])
    return re.compile(rf"\s*(?:,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)(?:(?:on|in|at)\s+)?", re.IGNORECASE)


def _coordinated(text: str, spans: list[tuple[int, int]], language: str) -> bool:
    return all(_joined(language).fullmatch(text, a_end, b_start) for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def paired_places(text: str, places: list[NameMatch], dates: list[Timex | None], language: str) -> list[str] | None:
    """The place of each of ``dates`` (in order), when the clause lists as many places as days,
    both as plain coordinations ("A and B", "A, B and C"); else None."""
    if len(dates) < 2 or any(d is None or d.precision != "day" for d in dates):
        return None  # "in Gao and Kidal in 2013 and 2014" does not say which year was whose
    named = sorted({(p.start, p.end): p for p in places}.values(), key=lambda p: p.start)
    if len(named) != len(dates) or len({p.id for p in named}) != len(named):
        return None
    days = sorted(dates, key=lambda d: d.char_start)  # type: ignore[union-attr]
    if not _coordinated(text, [(p.start, p.end) for p in named], language) or not _coordinated(text, [(d.char_start, d.char_end) for d in days], language):  # type: ignore[union-attr]
        return None
    order = {id(d): i for i, d in enumerate(days)}
    return [named[order[id(d)]].id for d in dates]


PLACE_THEN_DAY = re.compile(r"\s+(?:on|in|at|during)\s+(?:the\s+(?:night|evening|morning)\s+of\s+|the\s+)?")


def interleaved_places(text: str, places: list[NameMatch], dates: list[Timex | None]) -> list[str] | None:
    """"including Koulogon on 1 January 2019, Ogossagou on 23 March 2019 and Sobane Da during the
    night of 9 to 10 June": each day's place is the name written right before it."""
    if len(dates) < 2 or any(d is None for d in dates):
        return None
    out = []
    for d in dates:
        before = [p for p in places if p.end <= d.char_start and PLACE_THEN_DAY.fullmatch(text, p.end, d.char_start)]  # type: ignore[union-attr]
        if not before:
            return None
        out.append(before[-1].id)
    return out if len(set(out)) == len(out) else None
