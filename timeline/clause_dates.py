"""Dates a trigger takes from the clause beside its own, when its own clause gives none.

Why: news sets a day off by commas from the verb it dates: "Gunmen stormed the resort, about
15 km east of Bamako, late Sunday afternoon while families …" (the next clause opens with it),
"Mali's junta hit back late on Sunday, recalling its ambassadors" (the clause a participle
elaborates), "dissolved every party, in a presidential decree read out on Tuesday evening" (the
document that did it); "reports that on the night of 23 to 24 January, units repelled attacks"
(a date fronted in a complement); "took place at Moura in March 2022, where … troops killed"
(a "where" clause); "shot dead the imam of Kouakourou, a village south of Mopti, as he left the
mosque on Sunday" (the clause telling its occasion). Each rule reads only free dates (owned by no other trigger) and steps
aside when the neighbouring clause tells an event of its own. Words: events_<language>.toml.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dated_together import PLURAL_TRIGGER
from timeline.dates import Timex
from timeline.event_lexicon import event_types, event_words, is_saying
from timeline.regex_gate import alternation
from timeline.sentence_clauses import clauses, trigger_reach
from timeline.trigger_context import VIOLENT


def neighbouring_clause_date(text: str, spans: list[tuple[int, int]], reach: tuple[int, int], triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], free: list[int], language: str) -> list[int]:
    """The free date trigger ``k`` takes from a neighbouring clause ([] when none), ``reach``
    being the span its own clause reaches over."""
    lo, hi = reach
    return (
        _opening_the_next_clause(text, spans, hi, triggers, timexes, free, k, language)
        or _date_of_the_clause_it_elaborates(text, spans, lo, triggers, timexes, free, k)
        or _date_of_the_document_that_does_it(text, spans, hi, triggers, timexes, free, k, language)
    )


def _opening_the_next_clause(text: str, spans: list[tuple[int, int]], hi: int, triggers: list[tuple[int, int, str]], timexes: list[Timex], free: list[int], k: int, language: str) -> list[int]:
    """"Gunmen stormed the resort, about 15 km east of Bamako, late Sunday afternoon while
    families were relaxing": a free date opening the clause right after the trigger's reach,
    where no event of its own is told, is the trigger's (the last trigger before it)."""
    if text[hi : hi + 1] == ";":
        return []  # "began arriving at Bamako airport; on 23 December, fifteen governments condemned …": a sentence of its own
    following = [s for s in spans if s[0] >= hi]
    while len(following) > 1 and _appositive(text, following[0], timexes, language):
        following = following[1:]  # "pulled out of Gao, the largest town in the north, on Saturday"
    if not following:
        return []
    lo2, hi2 = following[0]
    if _occasion(language).match(text, lo2) and not any(lo2 <= t[0] < hi2 for j, t in enumerate(triggers) if j != k):
        return [i for i in free if lo2 <= timexes[i].char_start < hi2 and timexes[i].precision == "day"][:1]  # "shot dead the imam of Kouakourou, a village south of Mopti, as he left the mosque on Sunday" (a day: not "as the 1992 constitution provides")
    found = [
        i for i in free
        if lo2 <= timexes[i].char_start < hi2 and (_adjunct(language)["opens"].fullmatch(text[lo2 : timexes[i].char_start]) or AGENT_THEN_DATE.fullmatch(text, lo2, timexes[i].char_start))
        and _adjunct(language)["after"].match(text[timexes[i].char_end : hi2])  # "late Sunday afternoon while …", not "by Tuesday 2,000 had fled"
    ][:1]
    # another event told after it, or in that clause, may own the date; not one in the phrase
    # the date's follower opens ("on Monday after several hours of fighting")
    end = timexes[found[0]].char_end if found and _adjunct(language)["after"].match(text[timexes[found[0]].char_end : hi2]).group().strip() else hi2
    if any(triggers[k][1] <= t[0] < end for j, t in enumerate(triggers) if j != k):
        return []
    return found


AGENT_THEN_DATE = re.compile(r"\s*by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+(?:on|in)\s+", re.IGNORECASE)  # "was signed in two stages, by the government on May 15, 2015 and …"


def _appositive(text: str, span: tuple[int, int], timexes: list[Timex], language: str) -> bool:
    """A short noun phrase set off by commas after a name ("the largest town in the north"), with
    no date of its own."""
    w = event_words(language)["date_adjuncts"]
    words = re.findall(r"[\w’'-]+", text[span[0] : span[1]])
    dated = any(span[0] <= t.char_start < span[1] for t in timexes)
    distance = len(words) > 2 and (words[0][:1].isdigit() or words[1][:1].isdigit()) and words[2 if not words[0][:1].isdigit() else 1].casefold() in w["distance_units"]
    longest = w["appositive_max_words"] + (w["distance_extra_words"] if distance else 0)  # "about 70 kilometres east of the Malian capital Bamako"
    titled = len(words) > 2 and words[1].casefold() in w["appositive_links"] and words[0].islower() and not words[0].endswith(("ing", "ed")) and _after_name(text, span[0])
    names = words[0][:1].isupper() and all(x[:1].isupper() or x.casefold() in ("and", "of") for x in words)  # "met the ambassadors of the AES partners, Burkina Faso and Niger, on Friday"
    return not dated and 0 < len(words) <= longest and (words[0].casefold() in w["appositive_openers"] or words[0][:1].isdigit() or titled or names)


def _after_name(text: str, position: int) -> bool:
    """Whether a capitalised name ends right before the comma at ``position`` ("Boukary Daou,
    editor of the daily Le Républicain,": a title set off after a person's name)."""
    return bool(re.search(r"(?-i:[A-Z])[\w’'.-]*[\s,]*$", text[max(0, position - 40) : position]))


def _date_of_the_clause_it_elaborates(text: str, spans: list[tuple[int, int]], lo: int, triggers: list[tuple[int, int, str]], timexes: list[Timex], free: list[int], k: int) -> list[int]:
    """"Mali's junta hit back late on Sunday, recalling its ambassadors …", "stepped off a plane
    at Niamey airport on Monday, freed after years in captivity": a trigger opening a
    participle clause shares the free date of the clause before it, when that clause tells no
    event of its own."""
    if not re.match(r"\s*[a-z]+(?:ing|ed)\b", text[lo:]) or not re.fullmatch(r"\s*", text[lo : triggers[k][0]]):
        return []
    before = [s for s in spans if s[1] <= lo]
    if not before:
        return []
    p_lo, p_hi = before[-1]
    if any(p_lo <= t[0] < p_hi for t in triggers):
        return []
    return [i for i in free if p_lo <= timexes[i].char_start and timexes[i].char_end <= p_hi][-1:]


def _date_of_the_document_that_does_it(text: str, spans: list[tuple[int, int]], hi: int, triggers: list[tuple[int, int, str]], timexes: list[Timex], free: list[int], k: int, language: str) -> list[int]:
    """"have dissolved every political party, in a presidential decree read out on Tuesday
    evening": an act done by a document takes the document's date (only for acts a report
    dates: dissolutions, decrees, ties cut)."""
    if not event_types()[triggers[k][2]].dated_by_report:
        return []
    for lo2, hi2 in (s for s in spans if s[0] >= hi):  # past asides ("appointed X, a leader of Y, as prime minister, according to a decree read out …")
        if any(lo2 <= t[0] < hi2 for j, t in enumerate(triggers) if j != k):
            return []
        if _act_document(language).match(text, lo2):
            return [i for i in free if lo2 <= timexes[i].char_start < hi2][:1]
    return []


@cache
def _act_document(language: str) -> re.Pattern:
    """The opening of a phrase naming the document an act was done by ("in a presidential decree")."""
    nouns = alternation(event_words(language)["act_documents"])
    return re.compile(rf"\s*(?:in|by|through|with|according\s+to)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}(?:{nouns})(?![\w-])", re.IGNORECASE)


@cache
def _occasion(language: str) -> re.Pattern:
    """A clause that tells the occasion of the event before it ("as he left the mosque", "when
    the convoy struck a mine"): events_<language>.toml [occasions] conjunctions, not the fixed
    phrases that only start with one ("as well as", "as part of")."""
    w = event_words(language)["occasions"]
    return re.compile(rf"\s*(?:{alternation(w['conjunctions'])})\s+(?!(?:{alternation(w['not_occasions'])})(?![\w-]))", re.IGNORECASE)


@cache
def _adjunct(language: str) -> dict[str, re.Pattern]:
    """A date that is an adjunct of the clause before it: the words that may open it and those
    that may follow it (events_<language>.toml [date_adjuncts])."""
    w = event_words(language)["date_adjuncts"]
    return {
        "opens": re.compile(rf"\s*(?:(?:{alternation(w['openers'])})\s+)*", re.IGNORECASE),
        "after": re.compile(rf"\s*(?:[.;:]|$|(?:{alternation(w['followers'])})(?![\w-]))", re.IGNORECASE),
    }


FRONTED_AFTER_THAT = re.compile(r"(?<![\w-])that\s+(?:(?:on|in|during|late|early|overnight|at)\s+)?(?:the\s+)?(?:(?:night|evening|morning|afternoon)\s+of\s+)?$", re.IGNORECASE)


def fronted_in_complement(text: str, spans: list[tuple[int, int]], lo: int, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex]) -> list[int]:
    """"The general staff reports that on the night of 23 to 24 January, units repelled attacks on
    the camps": a date fronted in a complement clause, closing the clause right before the
    trigger's, dates the first event of the complement."""
    before = next((i for i, span in enumerate(spans) if span[1] <= lo and not text[span[1] : lo].strip(" ,")), None)
    if before is None:
        return []
    s, e = spans[before]
    last = [i for i, x in enumerate(timexes) if s <= x.char_start and x.char_end <= e and not text[x.char_end : e].strip(" ,")]
    if not last or not FRONTED_AFTER_THAT.search(text, s, timexes[last[-1]].char_start) or timexes[last[-1]].kind == "duration":
        return []
    if any(timexes[last[-1]].char_end <= t[0] < triggers[k][0] for t in triggers):
        return []  # another event told first in the complement owns it
    return last[-1:]


@cache
def _where_aside(language: str) -> re.Pattern:
    """A clause that only attributes ("according to a UN report", "residents said") or is "where"
    alone (events_<language>.toml, where_clause)."""
    w = event_words(language)["where_clause"]
    return re.compile(rf"\s*(?:where|(?:{alternation(w['sources'])})\s+[^,;]{{1,60}}|[^,;]{{1,40}}\s+(?:{alternation(w['sayings'])}))\s*$", re.IGNORECASE)


def where_clause(text: str, spans: list[tuple[int, int]], index: int, language: str) -> int:
    """The clause that opens with "where" before the trigger's ("took place at Moura in March 2022,
    where, according to a UN report, troops killed …": the place and the date of the clause
    before are the event's), with only attributions between; 0 when there is none."""
    for j in range(index, max(0, index - 3), -1):
        if re.match(r"\s*where\b", text[spans[j][0] : spans[j][1]], re.IGNORECASE):
            return j if all(_where_aside(language).fullmatch(text, *spans[i]) for i in range(j + 1, index)) else 0
    return 0


@cache
def _instance_opener(language: str) -> re.Pattern:
    return re.compile(rf",\s*(?:{alternation(event_words(language)['instance_openers'])})(?![\w-])", re.IGNORECASE)


LISTED_ITEM = re.compile(r"\s*(?:,|and|,\s*and)?\s*(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s+)?(?:(?:on|in|from|during)\s+(?:the\s+(?:night|evening|morning)\s+of\s+)?)?")
REPEATED = re.compile(r"\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+times|repeatedly)(?![\w-])", re.IGNORECASE)  # "have rebelled several times since independence, notably in 1963, …"


def instance_dates(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], language: str) -> list[int]:
    """"Armed groups have attacked convoys …, including on the road to Sikasso on October 13 and
    near Kolondieba on October 17": the free dates of an "including" clause right after the
    trigger's reach, which tells no event of its own, are each an instance of the trigger's event;
    after a plural or "several times" the list may run past its first clause, one name and its
    day at a time."""
    spans = clauses(text, language, timexes)
    hi = trigger_reach(text, spans, triggers[k], timexes, language)[1]
    free = [i for i in range(len(timexes)) if i not in owner]
    plural = PLURAL_TRIGGER.search(text, *triggers[k][:2]) is not None or REPEATED.match(text, triggers[k][1]) is not None
    opener = _instance_opener(language).match(text, hi)
    searched = opener is None and plural
    opener = opener or (_instance_opener(language).search(text, triggers[k][1], hi) if plural else None)
    if opener is None:
        return []
    end = first_end = next((e for s, e in spans if s <= opener.end() < e), len(text))
    if any(opener.end() <= t[0] < end for t in triggers):
        return []
    if plural:  # "attacks on villages, including Koulogon on 1 January 2019, Ogossagou on 23 March 2019 and Sobane Da …": the list runs on past its commas
        stop = text.find(";", end)
        end = min([t[0] for t in triggers if t[0] >= end] + [stop if stop >= 0 else len(text)])
    found = [i for i in free if opener.end() <= timexes[i].char_start and timexes[i].char_end <= end and (timexes[i].kind == "date" or plural and timexes[i].kind == "range" and not timexes[i].text.casefold().startswith("since"))]
    return [i for n, i in enumerate(found) if timexes[i].char_end <= first_end and not searched or LISTED_ITEM.fullmatch(text, timexes[found[n - 1]].char_end if n else opener.end(), timexes[i].char_start)]  # past its first clause, only "…, Ogossagou on 23 March 2019 and …": a name and its day (not "a teacher born on 3 May 1980")


def opens_own_clause(text: str, triggers: list[tuple[int, int, str]], t: Timex) -> bool:
    """"dissolved parties in May, and in July he was granted a term": a date that an act after
    it, in the same clause, takes for its own; it is no second instance of the act before it."""
    if not OWN_OPENER_BEFORE.search(text, max(0, t.char_start - 24), t.char_start):
        return False  # "coups in 2020 and 2021 have made retaking …": a bare conjunct of the date before
    return any(trig[0] >= t.char_end and not is_saying(trig[2]) and not re.search(r"[.;,]", text[t.char_end : trig[0]]) and re.search(r"[^\W\d_]", text[t.char_end : trig[0]]) for trig in triggers)  # a subject of its own between ("in July he was granted"; not "Attacks in May and in June killed")


SECOND_VERB = re.compile(r"(?<![\w-])(?:and|but|then)\s+(?:(?:later|then|finally|eventually|only|quickly)\s+)?(?-i:[a-z])+(?:ed|ew|ook|ent|ung|ade|eld|ought)\s+(?:them|it|him|her|the|its|their)\b", re.IGNORECASE)


def another_predicate(text: str, trigger: tuple[int, int], t: Timex) -> bool:
    """"imposed sanctions on Mali in January and lifted them on July 3": a date after a second
    verb with its own object, which is that verb's."""
    return t.char_start >= trigger[1] and SECOND_VERB.search(text, trigger[1], t.char_start) is not None


OWN_OPENER_BEFORE = re.compile(r"(?<![\w-])(?:and|but|then|while)\s+(?:(?:later|again)\s+)?(?:in|on|by|during|last|this)\s+$", re.IGNORECASE)


RELATIVE_AFTER_DATE = re.compile(r"\s+(?:that|which)\s+(?:also\s+|reportedly\s+)?$", re.IGNORECASE)


def relative_of_dated(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int]) -> int | None:
    """"an attack on the army camp at Nampala on 19 July that killed 17 soldiers": the relative
    clause right after a date a violent event owns tells that event's toll, on its day (not "said
    on Monday that air strikes …": a saying's complement, no relative clause)."""
    start = triggers[k][0]
    for i, t in enumerate(timexes):
        if t.char_end <= start and RELATIVE_AFTER_DATE.fullmatch(text, t.char_end, start) and owner.get(i, -1) not in (-1, k) and event_types()[triggers[owner[i]][2]].acled_event_type in VIOLENT:
            return i
    return None
