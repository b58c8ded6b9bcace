"""An act done in stages, each on its own day: "the Algiers agreement was signed in two stages, on
15 May and 20 June 2015"; "signed first by the government on May 15, then by the CMA on June 20";
"signed by the government on 15 May 2015 and by the CMA on 20 June 2015".

Why: a careful coder records each stage as its own event on its own day, not one signing dated by
the first. The words (events_<language>.toml ``stages``) are a cue that opens the stages, a word
that joins the next one, and the only verbs allowed between the trigger and its dates: the act's
own, so that "the ceasefire was violated twice, on 3 and 10 May" splits nothing.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dated_together import conjoined
from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.regex_gate import alternation


@cache
def _stage_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The cue that opens stages, the word that joins the next one, and the verbs of the act
    itself (events_en.toml ``stages``)."""
    conf = event_words("en")["stages"]
    cue = re.compile(rf"(?<![\w-])(?:{alternation(conf['cues'])})(?![\w-])", re.IGNORECASE)
    nxt = re.compile(rf"\s*(?:(?:in|at|near)\s+(?-i:[A-Z])[\w’'-]+\s*)?,?\s*(?:{alternation(conf['next'])})(?![\w-])[^.;:]{{0,140}}?(?<![\w-])(?:on|in)\s+", re.IGNORECASE)
    own = re.compile(rf"(?<![\w-])(?:{alternation(conf['own_verbs'])})(?![\w-])", re.IGNORECASE)
    return cue, nxt, own


@cache
def _agent_stages() -> tuple[re.Pattern, re.Pattern]:
    """The agent that opens a stage right after the trigger ("signed by the government in Bamako
    on"), and the next agent's stage ("and by the CMA on")."""
    agent = alternation(event_words("en")["stages"]["agent"])
    own = alternation(event_words("en")["stages"]["own_verbs"])
    first = re.compile(rf"\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:{own})\s+)?(?:{agent})\s+[^.;:,]{{1,80}}?\s+(?:on|in)\s+", re.IGNORECASE)  # also "The Algiers peace accord was signed by …"
    nxt = re.compile(rf"\s*,?\s+and\s+(?:then\s+|later\s+)?(?:{agent})\s+[^.;:]{{1,80}}?\s+(?:on|in)\s+", re.IGNORECASE)
    return first, nxt


@cache
def past_participle() -> re.Pattern:
    """A word in -ed that is a verb, not an adjective ("armed groups", "suspected jihadists")."""
    adjectives = event_words("en")["stages"]["adjective_participles"]
    return re.compile(rf"(?<![\w-])(?!(?:{alternation(adjectives)})(?![\w-]))[a-z]{{3,}}ed(?![\w-])", re.IGNORECASE)


def _only_own_verbs(text: str, lo: int, hi: int) -> bool:
    """No verb between ``lo`` and ``hi`` but the act's own ("was negotiated … and signed in Bamako
    in 2015: first by …"), not "was violated twice", "were first buried"."""
    own = _stage_words()[2]
    return all(own.fullmatch(m.group()) for m in past_participle().finditer(text, lo, hi))


def opens_stages(text: str, trigger_end: int, t: Timex) -> bool:
    """Whether a date after the trigger is the first of stages ("in two stages, on …", "first … on …",
    "by the government on …")."""
    if t.char_start < trigger_end or not _only_own_verbs(text, trigger_end, t.char_start):
        return False
    return _stage_words()[0].search(text, trigger_end, t.char_start) is not None or _agent_stages()[0].fullmatch(text, trigger_end, t.char_start) is not None


def in_stages(text: str, trigger_end: int, timexes: list[Timex]) -> bool:
    """One act done in stages, each on its own day: "signed in two stages, on 15 May and 20 June
    2015"; "signed first by the government on May 15, then by the rebels on June 20"."""
    if len(timexes) < 2 or not opens_stages(text, trigger_end, timexes[0]):
        return False
    if _agent_stages()[0].fullmatch(text, trigger_end, timexes[0].char_start):  # "by the government on 15 May and by the CMA on 20 June"
        nxt = _agent_stages()[1]
        return all(nxt.fullmatch(text, a.char_end, b.char_start) and _only_own_verbs(text, a.char_end, b.char_start) for a, b in zip(timexes, timexes[1:]))
    nxt = _stage_words()[1]
    return all((conjoined(text, [a, b]) or nxt.fullmatch(text, a.char_end, b.char_start) or _agent_stages()[1].fullmatch(text, a.char_end, b.char_start)) and _only_own_verbs(text, a.char_end, b.char_start) for a, b in zip(timexes, timexes[1:]))  # also "in two stages, by the government on May 15 and by the CMA on June 20"
