"""Dates two events share: an event noun joined by "and" to the event an opening date dates,
and a date written between two events ("attacked on Thursday 7 September, on the day a boat was
targeted").

Why: the date owners (timeline/date_owners.py) give each date one trigger; in these shapes a
careful coder dates both events. Split from timeline/event_dates.py, which picks each trigger's
dates.
"""

from __future__ import annotations

import re

from timeline.conjunct_dates import RELATIVE_BEFORE
from timeline.dated_together import adjacent
from timeline.dates import Timex
from timeline.event_lexicon import is_saying

COORDINATED_SUBJECT = re.compile(r"(?:[^.;:,]|,(?=\s+and\s)){0,80}?\s(?:and|as\s+well\s+as)\s+(?:an?|the|another)\s+(?:[\w’'-]+\s+){0,5}", re.IGNORECASE)


def coordinated_with_opening(text: str, triggers: list[tuple[int, int, str]], k: int, t: Timex, owner: int | None) -> bool:
    """An event noun joined by "and" to the event an opening date dates ("Last Thursday, rockets
    fired at a boat and an assault on an army post killed 49") happened that day too."""
    if owner is None or owner < 0 or owner >= k or is_saying(triggers[owner][2]) or t.char_end > triggers[owner][0]:
        return False
    return COORDINATED_SUBJECT.fullmatch(text[triggers[owner][1] : triggers[k][0]]) is not None


COORDINATED_PREDICATE = re.compile(r"[^.;:\"“”]{0,80}?,?\s+and\s+(?:(?:also|then|later|subsequently|immediately|promptly)\s+)?", re.IGNORECASE)
VERB_START = re.compile(r"(?-i:[a-z])[\w’'-]*(?:ed|ook|ew|ent|ade|ave|ut|old|ound|ot|ught)(?![\w-])")


def coordinated_predicate(text: str, triggers: list[tuple[int, int, str]], k: int, t: Timex, owner: int | None) -> bool:
    """"dissolved a Dogon militia on Sunday and replaced its top military commanders": a second
    verb of the same subject, joined by "and" after the first one's date, happened that day too
    (not a noun: "the attack on Sunday and the ambush", nor a saying's day, nor a relative
    clause's date past its closing comma, nor a release: "arrested on Monday and released on
    bail" says nothing of the day he walked free)."""
    if owner is None or owner < 0 or owner >= k or is_saying(triggers[owner][2]):
        return False
    first, second = triggers[owner], triggers[k]
    if second[2] == "release" or not (first[1] <= t.char_start and t.char_end <= second[0]) or not VERB_START.match(text, first[0]) or not VERB_START.match(text, second[0]):
        return False
    if RELATIVE_BEFORE.search(text, max(0, first[0] - 20), first[0]) and "," in text[first[1] : second[0]]:
        return False  # "pushed out the French, who completed their withdrawal in August 2022, and asked the UN to leave": the relative clause's date
    if re.match(r"\s+(?:[\w’'-]+\s+){0,4}?(?:after|later|within|following|until)(?![\w-])", text[second[1] :], re.IGNORECASE):
        return False  # "arrested in June and released after four months": a time of its own
    return COORDINATED_PREDICATE.fullmatch(text, first[1], second[0]) is not None


def shared_adjacent(text: str, triggers: list[tuple[int, int, str]], k: int, t: Timex, owner: int | None) -> bool:
    """"attacked on Thursday 7 September, on the day a boat was targeted": the date written right
    after one event and before "the day" of another dates both."""
    return owner is not None and owner >= 0 and owner != k and not is_saying(triggers[owner][2]) and adjacent(text, triggers[k], t) and adjacent(text, triggers[owner], t)
