"""Dates shared along a sentence's main line: a subject and the verb it does, and main clauses
joined under one opening date.

Why: "Drone strikes on Tinzaouaten … killed at least 21 civilians on Sunday" (the strikes happened
that Sunday), "The attack of 12 March killed 20 soldiers" (the killing happened then), "On Sunday,
gunmen attacked a base in Dioura and jihadists took the town of Djibo" (both on Sunday). Words:
events_<language>.toml ``coordinated_under_opening``.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dates import Timex
from timeline.event_lexicon import adopts_instrument, event_types, event_words, instrument_act, is_saying
from timeline.regex_gate import alternation
from timeline.sentence_clauses import clause_of, clauses, opening_frame, trigger_reach


SUBJECT_LEAD = re.compile(r"\W*(?:(?:the|a|an|new|fresh|further|more|two|three|several|overnight|night-time)\s+|(?-i:[A-Z])[\w’'-]*\s+){0,3}$", re.IGNORECASE)


OWN_VERB = re.compile(r"(?<![\w-])(?:has|have|had|is|are|was|were|will|would)(?![\w-])", re.IGNORECASE)


def subject_of_predicate(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], language: str) -> int | None:
    """"Drone strikes on Tinzaouaten, a remote town near the border, killed at least 21 civilians
    on Sunday": an event that opens its sentence as the subject of a past verb that is itself a
    trigger, after the subject's asides, happened when what it caused did. Returns that trigger."""
    if is_saying(triggers[k][2]):
        return None
    spans = clauses(text, language, timexes)
    first = clause_of(spans, triggers[k][0])
    if first != 0 or not SUBJECT_LEAD.fullmatch(text, spans[0][0], triggers[k][0]):
        return None
    hi = trigger_reach(text, spans, triggers[k], timexes, language)[1]
    j = next((j for j, t in enumerate(triggers) if j > k and t[0] >= hi), None)
    if j is None or is_saying(triggers[j][2]) or not re.fullmatch(r"\s*,?\s*", text[hi : triggers[j][0]]) or OWN_VERB.search(text, triggers[k][1], triggers[j][0]):
        return None  # not "Fighting has surged as the mission, ordered out by the junta in June, …": the subject has its own verb
    return j if coordination(language)["past"].match(text, triggers[j][0]) else None


def instrument_of(text: str, triggers: list[tuple[int, int, str]], k: int, language: str) -> int | None:
    """"By resolution 2690, adopted on 30 June 2023, the Security Council ended the mandate":
    the adopted instrument that makes act ``k`` (its date is the act's). Returns its trigger."""
    if not instrument_act(triggers[k][2], language):
        return None
    return next((j for j, (a, b, kind) in enumerate(triggers) if adopts_instrument(kind, text[a:b], language)), None)


def dated_subject(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], language: str) -> int | None:
    """The date of an event noun dated by "of" right before trigger ``k``, its verb ("The attack of
    12 March killed 20 soldiers"): what the event did, it did then."""
    if k == 0 or is_saying(triggers[k][2]) or not coordination(language)["past"].match(text, triggers[k][0]):
        return None
    before = triggers[k - 1]
    return next((i for i, t in enumerate(timexes) if t.kind != "duration" and re.fullmatch(r"\s+of\s+", text[before[1] : t.char_start]) and re.fullmatch(r"\s+", text[t.char_end : triggers[k][0]])), None)


def sitting_subject(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], language: str) -> int | None:
    """"The Council of Ministers, meeting in extraordinary session this Thursday, appointed …":
    the date of a sitting told in the subject's aside dates the past verb right after it (what
    the body did at that sitting). Words: ``coordinated_under_opening.sitting_words``."""
    if is_saying(triggers[k][2]) or not coordination(language)["past"].match(text, triggers[k][0]):
        return None
    aside = _sitting_re(language).search(text, 0, triggers[k][0])
    if aside is None:
        return None
    inside = [i for i, t in enumerate(timexes) if t.kind != "duration" and aside.start() <= t.char_start and t.char_end <= aside.end()]
    return inside[0] if len(inside) == 1 else None


@cache
def _sitting_re(language: str) -> re.Pattern:
    words = alternation(event_words(language)["coordinated_under_opening"]["sitting_words"])
    return re.compile(rf",\s*(?:{words})(?![\w-])[^,;:.()]*(?:,[^,;:.()]*)?,\s*$", re.IGNORECASE)


@cache
def coordination(language: str) -> dict[str, re.Pattern]:
    """The words of ``coordinated_under_opening`` (events_<language>.toml) as patterns."""
    w = event_words(language)["coordinated_under_opening"]
    blockers, joiners, places = (alternation(w[key]) for key in ("blockers", "joiners", "place_openers"))
    past = alternation(w["irregular_past"])
    return {
        "main": re.compile(
            rf"(?!.*(?<![\w-])(?:{blockers})(?![\w-]))[^.;:()\"“”]*(?<![\w-])(?:{joiners})\s+(?:(?:{places})\s+[^,]{{1,40}},?\s+)?"
            rf"(?P<subject>(?:(?!(?:{joiners})\s)[\w’'-]+\s+){{1,4}})",
            re.IGNORECASE,
        ),
        "past": re.compile(rf"(?:[a-z]+ed|{past})(?![\w-])"),  # a regular past, or one of the irregular ones
        "complement": re.compile(rf"(?<![\w-])(?:{alternation(w['complement_joiners'])})(?![\w-])", re.IGNORECASE),
    }


def coordinated_under_opening(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], language: str) -> int | None:
    """"On Sunday, gunmen attacked a base in Dioura and jihadists took the town of Djibo";
    "Last month its fighters attacked a base …, and in Burkina Faso they took Djibo": a date
    opening the sentence dates a main clause joined by "and", with a subject and a past verb of
    its own, that gives no date of its own (not "stormed a factory and took hostages", one act).
    Returns the earlier trigger whose date to share (None when the sentence does not read so)."""
    if not timexes or timexes[0].kind == "duration" or not opening_frame(language).match(text[: timexes[0].char_start]) or is_saying(triggers[k][2]):
        return None
    words = coordination(language)
    earlier = [j for j, trig in enumerate(triggers[:k]) if trig[0] >= timexes[0].char_end and not is_saying(trig[2])]
    if not earlier or any(is_saying(trig[2]) for trig in triggers[:k]) or not words["past"].match(text, triggers[k][0]):
        return None
    between = text[triggers[earlier[-1]][1] : triggers[k][0]]
    if any(t.char_start >= timexes[0].char_end for t in timexes[1:]):
        return None
    decided = [j for j in earlier if _decisions(language, triggers[j][2], triggers[k][2])]
    if decided and re.search(r"(?<![\w-])and\s+(?:also\s+|then\s+)?$", text[: triggers[k][0]], re.IGNORECASE):
        return decided[-1]  # "On Sunday, the government dissolved the militia …, and sacked the chief of staff": two decisions of that day
    joined = words["main"].fullmatch(between)
    if joined is None or words["past"].match(joined["subject"].casefold()):
        return None
    return earlier[-1]


def _decisions(language: str, *event_types_: str) -> bool:
    """Decisions an authority takes (dissolutions, dismissals, appointments, sanctions …), not
    acts of violence: two of them joined under one opening date are both of that day."""
    types, groups = event_types(), event_words(language)["coordinated_under_opening"]["decision_groups"]
    return all(types[t].merge_group in groups for t in event_types_)
