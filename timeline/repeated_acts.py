"""The act told once and told again: "…, and the CMA followed on 20 June", "entered Kidal on
30 March, Gao the next day", "left Tessalit on 21 October and Aguelhok on 23 October", "those of 6
July", "revolted in 1963, in 1990 and in 2006". Each adds triggers of the kind told before to a
sentence's triggers, where the text names another subject, place or date for it."""

from __future__ import annotations

import re
from functools import cache

from timeline.dates import lexicon
from timeline.event_lexicon import event_types, event_words, is_saying, named_place, phrase_pattern
from timeline.names import NameMatch
from timeline.regex_gate import GatedPattern, alternation
from timeline.trigger_context import VIOLENT


@cache
def _ellipsis_re(language: str) -> GatedPattern | None:
    """A verb that tells the act before again ("followed suit", "did the same"), behind a prefix gate."""
    rule = event_words(language).get("ellipsis")
    if not rule:
        return None
    verbs = "|".join(map(phrase_pattern, sorted(rule["verbs"], key=len, reverse=True)))
    followers = "|".join(map(phrase_pattern, sorted(rule["followers"], key=len, reverse=True)))
    another = "|".join(map(phrase_pattern, sorted(rule.get("another_verbs", []), key=len, reverse=True)))
    again = rf"|(?<![\w-])another\s+(?:one\s+)?({another})(?![\w-])" if another else ""
    one = rf"|(?<![\w-])(?:by|and|then)\s+((?:a\s+(?:second|third|fourth|fifth|new|further)|another)\s+one)(?=\s+(?:{followers})\b)"  # "a coup in August 2020 that was followed by a second one in May 2021"
    agent = r"((?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:\s+\((?-i:[A-Z])[\w’'.-]*\))?)"
    by_whom = rf"|(?<![\w-])(?:followed\s+by|and\s+by)\s+{agent}(?=\s+(?:(?:only|finally|eventually|later)\s+)?(?:on|in)\s+(?:\d|(?-i:[A-Z])))"  # "signed the peace deal on May 15, 2015, followed by the CMA on June 20"; "and by the rebel Coordination of Azawad Movements (CMA) on June 20"
    dated_by = rf"|(?<![\w-])and,\s+(?:(?:late|early)\s+)?(?:on|in)\s+[^,.;]{{2,30}}?,\s+by\s+(?=(?:the\s+)?(?-i:[A-Z])){agent}(?=\s*[.,;]|$)"  # "has been claimed by Al-Mourabitoune and, on Sunday, by the Macina Liberation Front"
    return GatedPattern(re.compile(rf"(?<![\w-])({verbs})(?=\s*[.,;:]|\s+[—–]\s|\s+(?:{followers})\b){again}{one}{by_whom}{dated_by}", re.IGNORECASE))  # also "Niger did the same: its spokesman said …"


@cache
def _dated_before(language: str) -> re.Pattern:
    """A day told for the act before "and by X on …": digits, or a month or weekday name of the
    date lexicon (capitalised, so not the modal "may")."""
    lex = lexicon(language)
    names = sorted({w.capitalize() for w in [*lex.months, *lex.weekdays]}, key=len, reverse=True)
    return re.compile(rf"\d|(?<![\w-])(?:{'|'.join(map(re.escape, names))}|yesterday|today)(?![\w-])")


LISTED_ITEM = re.compile(r"^\W*[-–•*]\s+(?P<np>(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:camp|camps|base|bases|post|posts|garrison|airport|airfield|platform)(?:\s+(?:of|at|in)\s+(?-i:[A-Z])[\w’'-]+)?)(?=\s+(?:on|in|between|by)\s+[^.;:]{2,40}[;.]?\s*$)", re.IGNORECASE)  # a list item that names only a camp and its day
DECIDED = re.compile(r"(?<![\w-])(?:step|decision|move)(?![\w-])", re.IGNORECASE)


@cache
def _claimed_by(language: str) -> re.Pattern:
    """A passive claim before a repeated "by" ("has been claimed by X and, on Sunday, by Y"):
    events_<language>.toml ``ellipsis.claim_participles``."""
    participles = event_words(language).get("ellipsis", {}).get("claim_participles", [])
    if not participles:
        return re.compile(r"(?!)")
    words = alternation(participles)
    return re.compile(rf"(?<![\w-])(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:{words})\s+by\s", re.IGNORECASE)


def elliptic_triggers(text: str, triggers: list[tuple[int, int, str]], previous: str | None, language: str) -> list[tuple[int, int, str]]:
    """"…, and the CMA followed on 20 June", "signed … on May 15, 2015, followed by the CMA on June
    20": the event told just before (in this sentence, else ``previous``, the last one of the
    sentence before), told again for another subject (a signature, a decision; not violence)."""

    item = LISTED_ITEM.match(text) if not triggers and previous and not is_saying(previous) and event_types()[previous].acled_event_type not in VIOLENT else None
    if item is not None:
        return [(item.start("np"), item.end("np"), previous)]  # "- the camps of Kidal … were transferred to the FAMa …;" / "- the Ménaka camp on 13 June 2022;": the act of the item before
    pattern = _ellipsis_re(language)
    if pattern is None:
        return triggers
    added = []
    for m in pattern.finditer(text):
        before = [t for t in triggers if t[1] <= m.start() and not is_saying(t[2])]
        kind = before[-1][2] if before else previous
        said = [t for t in triggers if before and t[1] <= before[-1][0] and is_saying(t[2])]
        if said and not re.search(r"[,;:.]", text[said[-1][1] : before[-1][0]]):
            kind = said[-1][2]  # "The Secretary-General condemned the attack …, and the Council did the same": the condemnation again, not the attack
        group = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
        told = [t for t in triggers if t[1] <= m.start()]
        if group == 5 and told and is_saying(told[-1][2]):
            kind = told[-1][2]  # "… said by X and, on Sunday, by Y": the saying again
        elif group == 5 and told and _claimed_by(language).search(text, told[-1][1], m.start()):
            kind = "responsibility_claim"  # "The attack has been claimed by Al-Mourabitoune and, on Sunday, by the Macina Liberation Front": the claim again, for the second group
        if kind and DECIDED.search(m.group(group)) and event_types()[kind].acled_event_type in VIOLENT:
            continue  # "Niger took the same decision" repeats a decision, never the attack told last
        if kind and group in (4, 5) and (event_types()[kind].acled_event_type in VIOLENT or not before):
            continue  # "an attack, followed by the army's response on Monday": another event, not the same told again
        if group == 4 and before and m.group().casefold().startswith("and") and not _dated_before(language).search(text, before[-1][1], m.start()):
            continue  # "adopted by the council and by the Assembly (CNT) on 12 June": two agents of one act on one day
        if kind and not any(m.start(group) < e and s < m.end(group) for s, e, _ in triggers):
            added.append((m.start(group), m.end(group), kind))
    return sorted([*triggers, *added]) if added else triggers


@cache
def _repeated_place_re(language: str) -> re.Pattern | None:
    prepositions = event_words(language).get("ellipsis", {}).get("repeated_prepositions")
    if not prepositions:
        return None
    return re.compile(rf",?\s+and\s+((?:(?:its|their|the)\s+(?-i:[a-z])[\w’'-]+\s+)?(?:{alternation(prepositions)})\s+(?:the\s+(?:regions?|towns?|cities|city|circles?|communes?)\s+of\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]+){{0,2}})(?=\s+(?:on|in)\s)", re.IGNORECASE)  # also "… and its base at Goundam on Aug. 17", "and in the regions of Gao and Ménaka on 2 March"


def repeated_place_triggers(text: str, triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]], language: str, places: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """"the mission's exit from Tessalit on 21 October and from Aguelhok on 23 October": the
    event before, again at another place on another day (its preposition repeated, no verb; the
    first place has its own date, unlike "deployed in Gao and in Kidal in 2013": one event)."""
    pattern = _repeated_place_re(language)
    added: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text) if pattern is not None else ():
        before = [t for t in triggers if t[1] <= m.start() and not is_saying(t[2])]
        if not before or re.search(r"[;:]|\.(?!\s*\d)", text[before[-1][1] : m.start()]) or any(m.start(1) < e and s < m.end(1) for s, e, _ in triggers):  # an abbreviation's dot ("on Aug. 13") ends nothing
            continue
        if places is not None and " of " in m.group(1) and not any(m.start(1) <= a and b <= m.end(1) for a, b in places):  # "and in the circle of Macina on 2 March": a district the registry lacks would take the place before it
            continue
        own_date = next(((a, b) for a, b in dates if a >= m.end(1)), None)
        closes = own_date is not None and re.match(r"\s*(?:[,.;:]|and\b|$)", text[own_date[1] :]) is not None  # not "… and in Gao on Monday hundreds of people protested": a clause of its own
        if closes and any(before[-1][1] <= a and b <= m.start() for a, b in dates):
            added.append((m.start(1), m.end(1), before[-1][2]))
    return sorted([*triggers, *added]) if added else triggers


DEMONSTRATIVE_OF = re.compile(r"(?<![\w-])(that|those)\s+of\s+$|,?\s+and\s+(of)\s+$", re.IGNORECASE)


def demonstrative_triggers(text: str, triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """"This aggression follows those of 6 July near Aguelhok and of 11 July at Anefis": a
    pronoun for the event just told, with a day of its own, is that kind of event again (a day
    only: "more than those of 2019" compares years, it tells no event)."""
    added: list[tuple[int, int, str]] = []
    for a, b in sorted(dates):
        m = DEMONSTRATIVE_OF.search(text, max(0, a - 12), a)
        if m is None or not re.search(r"(?<!\d)\d{1,2}(?!\d)", text[a:b]):
            continue
        group = 1 if m.group(1) else 2
        before = [t for t in sorted([*triggers, *added]) if t[1] <= m.start(group) and not is_saying(t[2])]
        if not before or re.search(r"[.;:]", text[before[-1][1] : m.start(group)]):
            continue
        if group == 1 and not re.fullmatch(r"\s+(?:[\w’'-]+\s+){1,2}", text[before[-1][1] : m.start(group)]):
            continue  # the pronoun stands for the event noun right before its verb ("This aggression follows those of …"), not "its dead were buried next to those of 3 May"
        chained = group == 1 or re.fullmatch(r"\s+of\s+[^.;]{1,60}?", text[before[-1][1] : m.start()]) is not None  # "… and of 11 July": only after "those of …" or "the attacks of …"
        if chained and not any(m.start(group) < e and s < m.end(group) for s, e, _ in triggers):
            added.append((m.start(group), m.end(group), before[-1][2]))
    return sorted([*triggers, *added]) if added else triggers


LIST_JOINER = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
LIST_AFTER_ASIDE = re.compile(r"[^.;:\d]{1,120}?;\s*(?:and\s+)?")  # "Ber was handed over on August 13 amid fighting …; Tessalit on October 21": a semicolon closes the first item's words
DATE_GAP = re.compile(r"(?:\s*,\s*(?:the|a|an)\s+[^,.;:()\d]{1,90}?,)?(?:\s*,(?=\s*on\s))?\s*(?:on\s+|in\s+)?")  # also "Gao, the largest town in the north, on Saturday", "the camps of Aklaz, on 26 April, and Awakassa, on 27 April"
LIST_PREPOSITION = r"(?:(?:from|in|into|at|near|of|on|against)\s+)?"  # "departure from Tessalit on 21 October and from Aguelhok on 23 October", "the fall of Gao on Saturday and of Kidal on Friday"
LIST_PREPOSITION_RE = re.compile(LIST_PREPOSITION, re.IGNORECASE)
LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)]|and\s|or\s|by\s|(?:were|are)\s|$)")  # also "… and of Timbuktu on 1 April by armed groups": the agent of them all; "… and at Dioura on 28 September were acts of self-defence": a list that is the plural subject of a copula (not "Douentza on Tuesday was the scene of a market day")


@cache
def _object_gap(language: str) -> re.Pattern:
    return re.compile(rf"\s+(?:of\s+(?-i:[A-Z])[\w’'-]+\s+(?=from\s))?{LIST_PREPOSITION}(?:(?:the|its|their)\s+(?:{alternation(event_words(language)['listed_place_nouns'])})s?\s+(?:of|at|in)\s+)?", re.IGNORECASE)  # also "the attacks on the camps of Aklaz, on 26 April, and Awakassa, on 27 April", "the departure of MINUSMA from its bases at Tessalit on 21 October, Aguelhok on 23 October …"


@cache
def _listed_noun(language: str) -> re.Pattern:
    """"…, and the garrison town of Gao on Saturday": the words that may name the next listed place."""
    named = named_place(language, r"the\s+", 1)
    return re.compile(rf"(?:{named}|the\s+(?:(?-i:[a-z])[\w-]+\s+){{0,2}}(?=(?-i:[A-Z])))?", re.IGNORECASE)  # also "the main Timbuktu camp"


@cache
def _listed_tail(language: str) -> re.Pattern:
    """"…, and the main Timbuktu camp in late December": the settlement word after the place."""
    return re.compile(rf"(?:\s+(?:{alternation(event_words(language)['listed_place_nouns'])})s?)?", re.IGNORECASE)


COLON_LIST = re.compile(r"\s*:\s*")


def listed_place_triggers(text: str, names: list[NameMatch], triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]], language: str = "en") -> list[tuple[int, int, str]]:
    """"We entered Kidal on 30 March, Gao the next day and Timbuktu on 1 April": places listed
    after a trigger's dated object (or its subject: "Kidal fell on 30 March, Gao …"), each with a
    date of its own, are the same act again (the place is the trigger). ``dates``: where the
    sentence's dates are."""
    places = sorted((n for n in names if n.kind == "place"), key=lambda n: n.start)
    starts = {s: e for s, e in dates}
    added: list[tuple[int, int, str]] = []
    for start, end, event_type in triggers:
        if is_saying(event_type):
            continue
        subject = next((n for n in places if n.start == start and n.end < end), None)  # "Kidal fell on 30 March, Gao the next day …"
        first = subject or next((n for n in places if n.start >= end), None)
        if first is None or (subject is None and not _object_gap(language).fullmatch(text, end, first.start) and not COLON_LIST.fullmatch(text, end, first.start)):  # also "hands its bases to the army: Kidal in October, Tessalit on 13 November …"
            continue
        cursor = _dated_after(text, end if subject else first.end, starts)
        while cursor is not None:
            joiner = LIST_JOINER.match(text, cursor) or LIST_AFTER_ASIDE.match(text, cursor)
            at = _listed_noun(language).match(text, LIST_PREPOSITION_RE.match(text, joiner.end()).end()).end() if joiner else None
            following = next((n for n in places if joiner and n.start == at), None)
            after = _dated_after(text, _listed_tail(language).match(text, following.end).end(), starts) if following else None
            if after is None or not LIST_GOES_ON.match(text, after):
                break  # not "…, and Algiers on Wednesday summoned Mali's ambassador": a subject with a verb of its own
            if not any(following.start < e and s < following.end for s, e, _ in [*triggers, *added]):
                added.append((following.start, following.end, event_type))
            cursor = after
    return sorted([*triggers, *added]) if added else triggers


REPEATED_DATE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)((?:again\s+)?(?:on|in))\s+", re.IGNORECASE)
REPEATED_DATE_TRIGGER = re.compile(r"(?:again\s+)?(?:on|in)", re.IGNORECASE)  # what repeated_date_triggers makes a trigger of
BEFORE_FIRST_DATE = re.compile(r"[^.;:,()\d]{0,80}?(?:,\s+(?-i:[a-z])[\w-]*ed(?=\s)[^.;:,()\d]{0,30}?)?(?:\s(?:on|in)\s+)", re.IGNORECASE)  # the act's own clause, or the participle after its noun ("the Agreement …, signed on 15 May 2015 and on 20 June 2015"); not "attacked the camp, which was built in 2015, on Sunday"


def repeated_date_triggers(text: str, triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """"The north revolted in 1963, in 1990 and again in 2006": the act told with its first date,
    told again on each date listed after it, its preposition repeated and nothing else (not "in
    January, and in March the army came back": a clause of its own)."""
    starts = {s: e for s, e in dates}
    added: list[tuple[int, int, str]] = []
    for start, end, event_type in triggers:
        gap = BEFORE_FIRST_DATE.match(text, end)
        cursor = starts.get(gap.end()) if gap and not is_saying(event_type) else None
        if cursor is None or any(end <= s < gap.end() for s, _, _ in triggers):
            continue
        items = []
        while (m := REPEATED_DATE.match(text, cursor)) and m.end() in starts and LIST_GOES_ON.match(text, starts[m.end()]):
            items.append(m)
            cursor = starts[m.end()]
        if len(items) == 1 and not re.search(r"(?<![\w-])(?:and|again)(?![\w-])", items[0].group(), re.IGNORECASE):
            continue  # "attacked Dioura on Sunday, on 17 March": the day restated, not the act repeated
        for m in items:
            if not any(m.start(1) < e and s < m.end(1) for s, e, _ in [*triggers, *added]):
                added.append((m.start(1), m.end(1), event_type))
    return sorted([*triggers, *added]) if added else triggers


def _dated_after(text: str, pos: int, starts: dict[int, int]) -> int | None:
    """The end of a date written right after ``pos`` ("Gao the next day", "Kidal on 30 March")."""
    gap = DATE_GAP.match(text, pos)
    for at in (gap.end(), pos):
        if at in starts:
            return starts[at]
    return None
