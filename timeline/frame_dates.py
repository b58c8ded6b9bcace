"""Dates an act takes from the brief fighting it happened during.

Why: news often dates the frame rather than the act: "were killed on Sept. 4 during clashes near
Koumbri" (the day told before "during" dates the clashes too), "had been abducted by armed men
during Tuesday's attacks" (the act took the frame's day, not the day the ministry said so). Only
brief frames count (events_<language>.toml ``brief_frames``): an operation lasts longer than a day.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.regex_gate import alternation

DURING_AFTER_DATE = re.compile(r"\s+during\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
DURING_BEFORE_DATE = re.compile(r"[^.;:,]{0,80}?(?<![\w-])during\s+(?:the\s+|last\s+)?$", re.IGNORECASE)


def date_before_during(text: str, trigger: tuple[int, int, str], timexes: list[Timex], language: str) -> int | None:
    """A day told right before "during" + the trigger ("killed on Sept. 4 during clashes"): the
    frame happened that day too."""
    if trigger[2] not in event_words(language)["brief_frames"]["types"]:
        return None  # "collided on Nov. 25 during an operation in the Liptako": an operation lasts longer than the day
    before = [i for i, t in enumerate(timexes) if t.char_end <= trigger[0] and t.precision == "day" and DURING_AFTER_DATE.fullmatch(text, t.char_end, trigger[0])]
    return before[-1] if before else None


@cache
def _possessive_then(language: str) -> re.Pattern:
    """"Tuesday's (deadly) attacks": the possessive and the words before the frame's noun."""
    return re.compile(rf"(?:['’]s)?\s+(?:(?:{alternation(event_words(language)['brief_frames']['adjectives'])})\s+)?", re.IGNORECASE)


def during_dated_frame(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], language: str) -> int | None:
    """The day of a brief frame the act is told "during", given as a possessive ("abducted during
    Tuesday's attacks"): the act's day."""
    frames = event_words(language)["brief_frames"]["types"]
    end = triggers[k][1]
    for i, t in enumerate(timexes):
        owned = _possessive_then(language).match(text, t.char_end)
        if t.char_start < end or t.precision != "day" or not owned or not DURING_BEFORE_DATE.fullmatch(text, end, t.char_start):
            continue
        after = owned.end()
        if any(start == after and event_type in frames for start, _, event_type in triggers):
            return i
    return _during_frame_dated_after(text, triggers, k, timexes, frames, event_words(language)["brief_frames"]["occasioned"])


DURING_THE = re.compile(r"[^.;:]{0,200}?(?<![\w-])during\s+the\s+(?:[\w’'-]+\s+){0,6}?$", re.IGNORECASE)
FRAME_THEN_DAY = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+(?:on\s+)?$", re.IGNORECASE)


def _during_frame_dated_after(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], frames: list[str], occasioned: list[str]) -> int | None:
    """"burned ballot boxes … during the first round of the presidential election on Sunday": the
    day the brief frame is given right after it; so for an act done in a frame told right after
    it ("were picked up in a raid on a house … on Sunday night", events_<language>.toml
    ``brief_frames.occasioned``)."""
    end = triggers[k][1]
    for f_start, f_end, f_type in triggers[k + 1 :]:
        if triggers[k][2] in occasioned and f_type in frames and IN_A.fullmatch(text, end, f_start):  # "were picked up in a raid on a house in Magnambougou on Sunday night"
            return next((i for i, t in enumerate(timexes) if t.char_start >= f_end and t.precision == "day" and OCCASION_THEN_DAY.fullmatch(text, f_end, t.char_start)), None)
        if f_type not in frames or not DURING_THE.fullmatch(text, end, f_start):
            continue
        return next((i for i, t in enumerate(timexes) if t.char_start >= f_end and t.precision == "day" and FRAME_THEN_DAY.fullmatch(text, f_end, t.char_start)), None)
    return None


IN_A = re.compile(r"\s+(?:in|during)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?", re.IGNORECASE)  # the occasion told right after the act
OCCASION_THEN_DAY = re.compile(r"(?:\s+(?:on|of|in|at|near|against)\s+[^,;.:()\"“”]{0,60}?)?\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
