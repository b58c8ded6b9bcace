"""Dates shared across "when": "were abducted when gunmen stormed a factory on Tuesday" (the
when-clause's day dates the act before it) and "On 2 January, two soldiers were killed when their
vehicle struck an explosive device" (the main clause's day dates the act in the when-clause).

Why: wire copy tells an act and how it happened in one sentence joined by "when"; both happened
at once, so a date written in either half is the other's too, unless a date of its own is told.
"""

from __future__ import annotations

import re

from timeline.dates import Timex
from timeline.event_lexicon import is_saying

WHEN_CLAUSE = re.compile(r",?\s+when\s+", re.IGNORECASE)
WHEN_OUTCOMES = frozenset({"casualties", "mass_killing", "death"})
WHEN_CLAUSE_END = re.compile(r"[,;.:]")
TOLL_THEN_WHEN = re.compile(r"(?:\s+(?:on|late|early|last|this|in|at|near)\s+[^,;.]{1,40}?)?,?\s+when\s+", re.IGNORECASE)  # "were killed on Sunday when their vehicle hit a mine"
TOLLS_OF_ACTS = frozenset({"casualties", "death"})  # deaths that are the toll of the act told with "when" (a massacre keeps its own type)


def dated_when_clause(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], dated: list[int], owner: dict[int, int]) -> int | None:
    """The date an act told in the "when" clause right after an undated trigger is given ("were
    abducted when gunmen stormed a factory … on Tuesday"): both happened then."""
    end = triggers[k][1]
    when = WHEN_CLAUSE.match(text, end)
    if when is None or is_saying(triggers[k][2]) or triggers[k][2] in WHEN_OUTCOMES:
        return None  # "civilians were killed when gunmen attacked …" tells the attack's toll, not a second event
    acts = [j for j, trig in enumerate(triggers) if trig[0] >= when.end() and not is_saying(trig[2])]
    if not acts or WHEN_CLAUSE_END.search(text, when.end(), triggers[acts[0]][0]):
        return None
    stop = WHEN_CLAUSE_END.search(text, triggers[acts[0]][1])  # the when-clause ends at its first comma ("…, a week after a similar ambush on 3 May" is another clause's)
    inside = [i for i in dated if triggers[acts[0]][0] < timexes[i].char_start < (stop.start() if stop else len(text)) and owner.get(i, acts[0]) in acts]
    return inside[0] if inside else None


def main_before_when(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], dated: list[int], owner: dict[int, int]) -> int | None:
    """The date of the deaths right before ", when" for the first act of the when-clause that has
    no date of its own ("were killed when their armoured vehicle struck an explosive device"): the
    deaths' own date (not a saying's, nor a "since" clause's: see date_for)."""
    start = triggers[k][0]
    before = [j for j, trig in enumerate(triggers) if trig[1] <= start and not is_saying(trig[2])]
    if not before or is_saying(triggers[k][2]) or triggers[before[-1]][2] not in WHEN_OUTCOMES:
        return None  # only deaths told with how they came ("were killed when their vehicle struck a mine"); "set fire to tankers when they ambushed a convoy" is one act told twice
    when = WHEN_CLAUSE.search(text, triggers[before[-1]][1], start)
    if when is None or WHEN_CLAUSE_END.search(text, when.end(), start) or WHEN_CLAUSE_END.search(text, triggers[before[-1]][1], when.start()):
        return None  # the when-clause must follow the act at once and reach this trigger unbroken
    if any(when.end() <= trig[0] < start for trig in triggers) or any(start <= timexes[i].char_start for i in dated):
        return None  # the clause's first act only, and none with a date of its own after it
    own = [i for i in dated if owner.get(i) == before[-1] and timexes[i].char_end <= when.start()]
    return own[-1] if own else None
