"""A day told later in a clause that a wider period opened: the day dates the clause's event.

Why: "Earlier this month, militants attacked a passenger boat near Timbuktu and an army camp at
Bamba on the same day, Sept. 7." The opening period dates the attack, but the clause goes on to
name its day; a careful coder records 7 September, not "early September". The day must lie
inside the period, come after the trigger in its clause with no other event told between them,
and date nothing else of the sentence (timeline/date_owners.py gave it no owner).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.regex_gate import alternation

CLAUSE_BREAK = re.compile(r"[;:]|\.\s|,\s*(?:but|while|whereas)\s", re.IGNORECASE)


@cache
def _another_predicate(language: str) -> re.Pattern:
    """Words that open another predicate between the trigger and the day: a saying ("… last
    week, two sources told Test Wire on Friday"), a verb of its own ("…, announced in January
    2024, becomes effective on 29 January"), a clause of time ("… in July after arresting …")
    (events_<language>.toml ``finer_days`` and ``reporting_words``)."""
    w = event_words(language)
    return re.compile(rf"(?<![\w-])(?:{alternation([*w['finer_days']['blockers'], *w['reporting_words']])})(?![\w-])", re.IGNORECASE)


@cache
def _adverbial(language: str) -> re.Pattern:
    """What stands right before the day when it is the clause's own time ("on Sept. 7", "on the
    same day, Sept. 7"), not a noun's ("the events of July 20", "the Dec. 31 deadline")."""
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words(language)['finer_days']['before_day'])})\s*,?\s*$", re.IGNORECASE)


PARTICIPLE = re.compile(r"(?<![\w’'-])[a-z]+(?:ed|ing)(?![\w’'-])", re.IGNORECASE)


def _participle_between(text: str, lo: int, hi: int, language: str) -> bool:
    """A participle of another verb between the trigger and the day ("citing remarks by the
    minister on Jan. 27", "an accord reached in Niamey on Sept. 3"): the day is that verb's."""
    exceptions = {w.casefold() for w in event_words(language)["finer_days"]["not_participles"]}
    return any(m.group().casefold() not in exceptions for m in PARTICIPLE.finditer(text, lo, hi))


def _wide(t: Timex) -> bool:
    """A period a day can refine: a month, a week, or several days."""
    if t.start is None or t.end is None:
        return False
    return t.precision in ("month", "week") or (t.precision == "day" and t.end > t.start)


def finer_day(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], chosen: int, language: str) -> int | None:
    """The position of the one unowned day inside the chosen period, later in trigger ``k``'s clause."""
    t, end = timexes[chosen], triggers[k][1]
    if not _wide(t) or t.kind == "duration":
        return None
    later_triggers = [s for s, _, _ in triggers if s >= end]
    days = [
        i for i, u in enumerate(timexes)
        if i != chosen and owner.get(i) is None and u.kind == "date" and u.precision == "day" and u.start is not None
        and t.start <= u.start and u.end <= t.end and u.char_start >= end
        and not CLAUSE_BREAK.search(text, end, u.char_start) and not any(s < u.char_start for s in later_triggers)
        and not _another_predicate(language).search(text, end, u.char_start)
        and _adverbial(language).search(text, end, u.char_start) is not None and not _participle_between(text, end, u.char_start, language)
    ]
    return days[0] if len(days) == 1 else None
