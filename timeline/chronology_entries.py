"""Chronology entries ("18 August 2020 - Mutiny at Kati; Keita arrested, resigns around
midnight"): which events the date heading a line dates.

Why: a chronology's line is one day's; the heading date belongs to the first event of the main
clause and to events told after it in other clauses, not to one in an opening "after …" phrase,
a plan, an account of it or a phrase inside another's object. Words: events_<language>.toml
("chronology_lines", "subordinate_openers")."""

from __future__ import annotations

import re
from functools import cache

from timeline.dated_together import entry_separator
from timeline.dates import Timex
from timeline.event_lexicon import event_words, is_saying
from timeline.regex_gate import alternation
from timeline.sayings import cues
from timeline.sentence_clauses import clause_of, clauses
from timeline.trigger_context import intended, referred


@cache
def subordinate_re(language: str) -> re.Pattern:
    return re.compile(rf"^\W*(?:{alternation(event_words(language)['subordinate_openers'])})(?![\w-])", re.IGNORECASE)


OWN_DAY_BEFORE = re.compile(r"(?<![\w-])(?:on|during|overnight)\s+(?:the\s+(?:night|evening|morning)\s+of\s+)?$", re.IGNORECASE)  # "… a coup attempt … on the night of May 11-12": the act's own day


def entry_main(text: str, triggers: list[tuple[int, int, str]], spans: list[tuple[int, int]], t: Timex, language: str, timexes: list[Timex] = ()) -> int | None:  # -1: the line's date is no trigger's
    """A chronology's entry ("April 6, 2012 - After seizing Kidal, Gao and Timbuktu, the MNLA
    declares …"): the date that heads the line dates the first event of its main clause, not one
    in an opening "after …" phrase, nor one told with a date of its own ("May 16 - The junta says
    it foiled a coup attempt on the night of May 11-12": the day it was told)."""
    if (sep := entry_separator(text, t)) is None:
        return None
    saying = None  # the line's saying, told first ("The junta says …"; not "…, the army says")
    for k, (start, end, event_type) in enumerate(triggers):
        if start < sep.end():
            continue
        if is_saying(event_type):
            first = not re.search(r"[,;:\"“”]", text[sep.end() : start]) and not any(sep.end() <= trig[0] < start for trig in triggers)
            saying = k if first else saying
            told = next((trig for trig in triggers if trig[0] > start and not is_saying(trig[2])), None)
            if first and told and intended(text, told[0], language, told[2]):
                return k  # "Feb 17 - France and its allies announce they will withdraw": a decision's announcement (not "say Wagner fighters are deploying": the deployment's month)
            continue
        if any(sep.end() <= c.start and c.end <= start for c in cues(text, language)) and any(o.char_start > end and o.kind != "duration" and o.precision == "day" and OWN_DAY_BEFORE.search(text, max(end, o.char_start - 40), o.char_start) and not any(end <= trig[0] < o.char_start for trig in triggers) for o in timexes):
            return saying if saying is not None else -1  # the day it was told; what is told has its own
        if re.search(r"\b(?:who|which|that)\b[^,;]*$|\b(?<!tens\s)(?<!dozens\s)(?<!scores\s)(?<!hundreds\s)(?<!thousands\s)(?:of|over|against|for|about|at|with)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$", text[sep.end() : start], re.IGNORECASE):
            continue  # "May 2 - Soldiers who attacked the post …", "… the fight against the group …": inside the subject, not its verb
        lo, hi = spans[clause_of(spans, start)]
        if subordinate_re(language).match(text[max(lo, sep.end()) : hi]) is None:
            return k
    return None


def entry_date(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], language: str) -> int | None:
    """The date heading a chronology's entry, for an event told in another clause after the
    entry's main one ("18 August 2020 - Mutiny at Kati; Keita arrested, resigns around midnight"):
    the whole line is that day's. Not for a saying, nor an event with a date of its own, told in
    the main event's own clause, in an account of it, later or as a plan (``chronology_lines``),
    in a subordinate phrase, referred to or inside a phrase ("… opens the way to elections")."""
    start, _, event_type = triggers[k]
    if is_saying(event_type):
        return None
    for i, t in enumerate(timexes):
        main = owner.get(i, -1)
        if main < 0 or main >= k or entry_separator(text, t) is None:
            continue
        if any(o.char_start > t.char_end and o.char_end <= start and o.kind != "duration" for o in timexes):
            return None  # a date of its own came between
        spans = clauses(text, language, timexes)
        lo = spans[clause_of(spans, start)][0]
        if clause_of(spans, start) == clause_of(spans, triggers[main][0]) or _chronology_words(language).search(text, triggers[main][1], start):
            return None  # "A truck bomb … kills 77": the main event's own clause; "…; separatists say 4 civilians killed", "…; ECOWAS later imposes sanctions"
        if subordinate(text, spans, start, language) or referred(text, start, language) or INSIDE_PHRASE.search(text[lo:start]):
            return None  # "… opens the way to elections", "… lifts the sanctions it imposed after the coup"
        return i
    return None


@cache
def _chronology_words(language: str) -> re.Pattern:
    conf = event_words(language)["chronology_lines"]
    return re.compile(rf"(?<![\w-])(?:{alternation(conf['account_words'] + conf['later_words'] + conf['plan_words'])})(?![\w-])", re.IGNORECASE)


INSIDE_PHRASE = re.compile(r"\b(?:who|which|that|it|they)\b[^,;]*$|\b(?:of|over|against|for|about|at|with|to|after|before|since|following|the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def subordinate(text: str, spans: list[tuple[int, int]], position: int, language: str) -> bool:
    """A trigger inside a comma-set phrase that opens with "with", "amid", "weeks after"…
    (``subordinate_openers``): a circumstance of the main clause, not what an opening date dates."""
    lo, hi = spans[clause_of(spans, position)]
    return subordinate_re(language).match(text[lo:hi]) is not None
