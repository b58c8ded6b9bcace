"""Sayings: the verbs and phrases of reporting in a sentence, and the status each gives.

Why: a figure's claimant is found through the saying that governs it, so the sayings come
first: "X said", "told AFP", "according to X", "X's claim that", "confirmed by X". Words that
look like a saying and are not ("an attack claimed by JNIM", "claimed the lives of", "the
reported toll") are none. Word lists: resources/claimants_en.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from timeline.regex_gate import GatedPattern, alternation


@dataclass(frozen=True)
class Cue:
    """A saying in a sentence: its words, the status it gives, and where its speaker stands."""

    start: int
    end: int
    status: str
    speaker_after: bool = False  # "according to X", "confirmed by X"
    participle: bool = False  # ", saying …": the speaker is the one who spoke before
    possessive: bool = False  # "X's claim that …"
    relay: bool = False  # "told", "said on": may name who passed the words on


def norm(text: str) -> str:
    """A word as its lists are compared: case-folded, one kind of apostrophe, single-spaced."""
    return " ".join(text.casefold().replace("’", "'").split())


@cache
def words(language: str = "en") -> dict:
    text = resources.files("timeline").joinpath(f"resources/claimants_{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _word_pattern(items) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(items)})(?![\w-])", re.IGNORECASE)


DAY_ADJUNCT = r"(?:\s+(?:on\s+)?(?:(?:late|early)\s+)?(?:[A-Za-z]+day|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?"


def _after_pattern(items: list[str]) -> re.Pattern:
    """Cues whose speaker follows; a passive one may carry its day before "by" ("the first toll
    was given Tuesday by the town hall", "confirmed on Monday by the ministry") and its listener
    ("a figure given to a local NGO by the drivers' families")."""
    by = sorted((i[: -len(" by")] for i in items if i.endswith(" by")), key=len, reverse=True)
    rest = [i for i in items if not i.endswith(" by")]
    return re.compile(rf"(?<![\w-])(?:{alternation(rest)}|(?:{alternation(by)}){DAY_ADJUNCT}(?:\s+to\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?\s+by)(?![\w-])", re.IGNORECASE)  # "a figure given to a local NGO by the families"


def _possessed_modifiers(w: dict) -> list[str]:
    """Words between a possessor and its claim noun ("the government's provisional toll",
    "JNIM's own figures"): the generic modifiers that are no determiner, and "own", "official"."""
    determiners = {"a", "an", "the", "this", "that", "these", "those"}
    return [m for m in w["claim_nouns"]["generic_modifiers"] if m not in determiners] + ["own", "official"]


OPENING_POSSESSOR = re.compile(r"\W*(?:the\s+)?\S+\s+", re.IGNORECASE)  # the body's noun alone before the toll, at the sentence's start


def _noun_possessor(w: dict) -> re.Pattern:
    """A toll after a body named as a noun ("the government figure", "the army toll"): the body
    claims it, as "the government's figure" would (claimants_en.toml claim_nouns). Every possessor
    ends in a space, so a look-behind for one space comes first: most places of a sentence fail it
    at once, before the long list of possessors is tried."""
    after = "|".join(rf"(?<=(?<![\w-]){re.escape(p)}\s)" for p in w["claim_nouns"]["noun_possessors"])
    modifiers = alternation(_possessed_modifiers(w))
    return re.compile(rf"(?<=\s)(?:{after})(?:(?:{modifiers})\s+){{0,2}}(?:{alternation(w['claim_nouns']['noun_tolls'])})(?![\w-])", re.IGNORECASE)


@cache
def saying_patterns(language: str = "en") -> dict[str, re.Pattern]:
    w = words(language)
    affiliation = w["affiliation"]
    return {
        "verb": _word_pattern(v for vs in w["verbs"].values() for v in vs),
        "after": _after_pattern([v for vs in w["speaker_after"].values() for v in vs]),
        "by_time": re.compile(rf"\s*(?:{alternation(w['by_times']['words'])})(?![\w-])", re.IGNORECASE),
        "possessive": re.compile(rf"(?:['’]s|(?<=s)['’])\s+(?:(?:{alternation(_possessed_modifiers(w))})\s+){{0,2}}(?:{alternation(w['claim_nouns']['words'])})(?![\w-])", re.IGNORECASE),
        "noun_possessor": _noun_possessor(w),  # "The government figure, read on television on Monday, is 42 dead"
        "bracket": re.compile(rf"\((?=\s*(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(w['bracket_sources']['nouns'])})['’]?\s*[;)])|\[(?=(?:(?-i:[A-Z])[^\[\]\n\d]{{0,39}}|\s*(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(w['bracket_sources']['nouns'])})['’]?\s*)\])", re.IGNORECASE),  # "[UN]", "[hospital sources]"; not a gloss of the original wording ("neutralised [neutralisés]")
        "toll_from": re.compile(rf"(?<![\w-])(?:toll|tally|count|figures?)\s+(?:from|by)\s+(?=(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(w['bracket_sources']['nouns'])})(?![\w-]))", re.IGNORECASE),
        "participle_after": re.compile(rf"\s+(?:{alternation(w['claim_nouns']['participles'] + w['claim_nouns']['after_noun'])})(?![\w-])", re.IGNORECASE),
        "claim_noun_before": re.compile(rf"(?<![\w-])(?:{alternation(w['claim_nouns']['words'])})\s+$", re.IGNORECASE),
        "own_count": re.compile(rf"(?<![\w-])by\s+(?=(?:his|her|its|their)\s+(?:own\s+)?(?:{alternation(w['claim_nouns']['words'])})(?![\w-]))", re.IGNORECASE),  # "22 soldiers have died, by his count"
        "noun_by": re.compile(rf"(?<![\w-])(?:{alternation(w['claim_nouns']['sourced'])})\s+(?:by|from)\s+(?=[A-Za-z])", re.IGNORECASE),
        "not_after": re.compile(rf"\s+(?:{alternation(w['not_saying']['after'])}|(?:an?|twin|two|three|several|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(w['not_saying']['events'])}))(?![\w-])", re.IGNORECASE),  # "claimed an attack on a post": responsibility
        "passive": re.compile(rf"(?<![\w-])(?:{alternation(w['not_saying']['before'])})\s+(?:\w+ly\s+)?$|(?:['’]s|s['’])\s+$", re.IGNORECASE),
        "label": _word_pattern(w["labels"]["heads"]),
        "evidence": re.compile(rf"(?<![\w-])(?:{alternation(w['evidence']['nouns'])})\s+$", re.IGNORECASE),
        "rep": _word_pattern(w["representatives"]["words"]),
        "relay": _word_pattern(w["relays"]["words"]),
        "affiliated_before": re.compile(rf"(?:{alternation(affiliation['before'])})\s*(?:the\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$", re.IGNORECASE),  # also "allied to Mali's government"
        "affiliated_after": re.compile(rf"^(?:{alternation(affiliation['after'])})", re.IGNORECASE),
        "lead": re.compile(rf"^(?:\s|,)*(?:(?:{alternation(w['trim']['lead'])}|{'|'.join(w['trim']['lead_patterns'])})(?![\w-])[\s,]*)+", re.IGNORECASE),
        "event_claimed": re.compile(
            rf"(?<![\w-])(?:{alternation(w['not_saying']['events'])})(?:\s*,?\s+(?:which|that)\s+(?:was|were|has\s+been|had\s+been|is|are))?(?:\s*,)?(?:\s+(?:later|quickly|swiftly|since|also|jointly|both|subsequently|\w+ly))?\s+$"  # also "These two attacks, claimed by JNIM, have caused …"
            # "an ambush on a patrol near Tabankort, also claimed by IS, killed …": the place, then the aside
            rf"|(?<![\w-])(?:{alternation(w['not_saying']['events'])})\s+(?:on|at|near|in|against|targeting|outside)\s+[^,.;:]{{1,80}}?(?:,\s*|\s+)(?:(?:later|since|also|jointly|both|subsequently|\w+ly)\s+)?$",  # also "killed in an attack near Aguelhok claimed by JNIM"
            re.IGNORECASE,
        ),
        "event_before": re.compile(rf"(?<![\w-])(?:{alternation(w['not_saying']['events'])})\s+$", re.IGNORECASE),
        "receiver": re.compile(w["receivers"]["pattern"], re.IGNORECASE),
        "held_figure": re.compile(w["held_figures"]["pattern"], re.IGNORECASE),
        "tail": re.compile(rf"(?:(?<![\w-])(?:{alternation(w['trim']['tail'])})[\s,]*)+$", re.IGNORECASE),
    }


@cache
def _statuses(table: str, language: str) -> dict[str, str]:
    return {norm(o): status for status, options in words(language)[table].items() for o in options}


def _status_of(token: str, table: str, language: str) -> str:
    return _statuses(table, language).get(norm(token), "claimed")


@cache
def normed_words(table: str, key: str, language: str) -> frozenset[str]:
    """A word list of claimants_<language>.toml as ``norm`` gives its words."""
    return frozenset(norm(w) for w in words(language)[table][key])


@cache
def _verb_pattern_res(language: str) -> tuple[tuple[str, GatedPattern], ...]:
    """The hand-written saying patterns of each status, behind a prefix gate."""
    return tuple((status, GatedPattern(re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)})", re.IGNORECASE))) for status, patterns in words(language)["verb_patterns"].items())


@cache
def _followed_by(language: str) -> dict[str, re.Pattern]:
    return {norm(v): re.compile(rf"\s+(?:{alternation(after)})(?![\w-])", re.IGNORECASE) for v, after in words(language)["not_saying"].get("followed_by", {}).items()}


def _other_verb(token: str, rest: str, language: str) -> bool:
    pattern = _followed_by(language).get(token)
    if token in normed_words("not_saying", "followed_by_number", language) and (COUNT_NEXT.match(rest) or _admitted_to(language).match(rest)):
        return True  # "his service had admitted 31 wounded passengers", "the wounded admitted to the referral health centre": a hospital's intake, not an avowal
    return pattern is not None and pattern.match(rest) is not None


@cache
def _noun_before(language: str) -> tuple[frozenset[str], re.Pattern]:
    rule = words(language)["not_saying"]["noun_forms"]
    return frozenset(norm(w) for w in rule["words"]), re.compile(rf"(?<![\w-])(?:{alternation(rule['after'])})\s+$", re.IGNORECASE)


def _noun_form(token: str, text: str, start: int, end: int, language: str) -> bool:
    """"hospital records", "police reports", "its counts": a plural noun, not a saying, when no
    number and no "that" follows."""
    nouns, before = _noun_before(language)
    return token in nouns and (before.search(text, max(0, start - 30), start) is not None or COMMA_NEXT.match(text, end) is not None) and not COUNT_NEXT_ANY.match(text, end) and not THAT_NEXT.match(text, end)


COMMA_NEXT = re.compile(r"\s*,")  # "compiled from local media and partner reports, record …": a noun closing an aside


THAT_NEXT = re.compile(r"\s+that(?![\w-])", re.IGNORECASE)  # "Western media reports that about 1,500 …": the verb


COUNT_NEXT_ANY = re.compile(r"\s+(?:(?:at\s+least|about|some|more\s+than|nearly|over|around|almost|up\s+to)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)(?![\w-]))", re.IGNORECASE)


@cache
def _admitted_to(language: str) -> re.Pattern:
    return re.compile(rf"\s+(?:to|at|in|into)\s+(?:[\w’'()-]+\s+){{0,4}}?(?:{alternation(words(language)['not_saying'].get('admitted_to', []))})(?![\w-])", re.IGNORECASE)


COUNT_NEXT = re.compile(r"\s+(?:(?:at\s+least|about|some|more\s+than|nearly|over|around|almost|up\s+to)\s+)?\d[\d,]*\s+(?:[\w’'-]+\s+){0,2}?(?:wounded|injured|patients|casualties|victims|bodies|burns\s+victims)(?![\w-])(?!\s+(?:were|was|had|have|died|dead)\b)", re.IGNORECASE)  # a hospital's intake, not "admitted 42 soldiers were killed"


@cache
def no_one(language: str) -> re.Pattern:
    """A speaker that is no one ("Nobody wrote …"), at the start of a phrase or a quotation."""
    return re.compile(rf"[\"“‘'\s]*(?:{alternation(words(language)['not_saying']['no_speakers'])})(?![\w-])", re.IGNORECASE)


@cache
def _discovery_re(language: str) -> re.Pattern:
    d = words(language)["not_saying"]["discoveries"]
    return re.compile(rf"(?:{alternation(d['verbs'])})\s+(?:(?:the|some|at\s+least|more\s+than|about|nearly|around|over)\s+)*(?:[\d,]+|\w+)?\s*(?:(?:more|other|further)\s+)?(?:{alternation(d['objects'])})(?![\w-])", re.IGNORECASE)


def _discovery_told(text: str, cue: Cue, kept: list[Cue], language: str) -> bool:
    """"wrote on Twitter that reinforcements had found 54 bodies": a finding of bodies inside an
    earlier saying's "that" clause is what the earlier speaker tells, not a saying of its own."""
    if cue.speaker_after or not _discovery_re(language).match(text, cue.start):
        return False
    told_after = any(c.start >= cue.end and not c.speaker_after and TOLD_AFTER.fullmatch(text, cue.end, c.start) for c in kept)  # "a patrol found 13 more bodies, local officials … said"
    return told_after or any(c.end <= cue.start and not c.speaker_after and (re.search(r"(?<![\w-])that\s", text[c.end : cue.start]) or TOLD_LISTENER_CLAUSE.fullmatch(text, c.end, cue.start))
               and not re.search(r"[;:]|,\s*(?:while|but|whereas|and)(?![\w-])", text[c.end : cue.start]) for c in kept)  # not "…, while residents found 12 bodies"


TOLD_AFTER = re.compile(r"[^.;:\"“”]{1,80}?,\s+(?!(?:while|but|whereas|and|as|although|though|after|before|when)(?![\w-]))(?:[\w’'-]+\s+){1,8}?", re.IGNORECASE)  # the discovery, then a comma and the speaker of the saying that tells it


TOLD_LISTENER_CLAUSE = re.compile(r"\s+(?:me|us|him|her|them|reporters|journalists|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+(?:his|her|their|its|our|the)\s+(?:[\w’'-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?")  # "told me his men had counted …": the clause told, "that" left out
CONTACT_RELATIVE = re.compile(r"\s+(?:they|he|she|we)\s+(?:(?:were|was|are|is|had|have|has)\s+)?(?:(?:work|works|worked|working|belong|belongs|belonged|serve|serves|served|serving|answer|answers|answered|report|reports|reported|write|writes|wrote|writing)\s+(?:for|to|with|in|at)|(?:run|runs|ran|lead|leads|led|head|heads|headed|represent|represents|joined|founded|command|commands|commanded))\s*$")  # a relative clause without "that" ("the aid group they work for said", "the newspaper she writes for"): the group speaks
REDUCED_NOT = re.compile(r"\s+(?:that\b|\d|(?:a|an|the|its|their|some|at\s+least|more\s+than|about|nearly)\s)", re.IGNORECASE)  # a saying with its object or clause
NAME_BEFORE = re.compile(r"(?<![\w’'-])(?-i:[A-Z])[\w’'-]*\s+$")
QUANTITY_PARTICIPLE = re.compile(r"(?<![\w-])(?:average|averages|level|levels|rate|rates|number|numbers|total|totals|peak|high|low|record|figure|figures|(?<![\d,.])\d{1,3}(?:,\d{3})*)\s+$", re.IGNORECASE)  # also "up from 33,100 reported in Flash Update No. 1" (not a year: "published in May 2023 said")


@cache
def _reported_state(language: str) -> re.Pattern:
    """A fate right after a verb of reporting (claimants_<language>.toml ``reported_state``)."""
    w = words(language)["reported_state"]
    return re.compile(rf"\s+(?:as\s+)?(?:{alternation(w['fates'])})(?![\w-])(?!\s+(?:\d|(?:{alternation(w['not_before'])})\s))", re.IGNORECASE)


GAPPED_AT = re.compile(r"(?<=,\s)(?:(?:the|its|their)\s+|(?-i:[A-Z]))[\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?P<at>at)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+|over\s+)?\d)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\s|;")


@cache
def _between_noun_and_verb(language: str, topic: bool = False) -> re.Pattern:
    """What may stand between a saying noun and the verb it is the subject of: an aside in commas
    and auxiliaries ("the government's first count, issued on Tuesday, had put the losses at"),
    and after a possessed noun what it tells about ("The army's own statement about that clash said")."""
    w = words(language)["noun_then_verb"]
    aside = rf",\s*(?:[\w’'-]+ed|{alternation(w['aside_openers'])})(?![\w-])(?![^,]*\d)[^,;:.\"“”]{{0,{w['aside_max_chars']}}},\s*"  # ", issued on Tuesday,": not ", nine dead and around 20 wounded,"
    about = rf"\s+(?:{alternation(w['topic_prepositions'])})\s+(?:that|the|this|those|these|its|their)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?[a-z][\w’'-]*(?=\s|,)" if topic else "(?!)"
    return re.compile(rf"(?:{about})?\s*(?:{aside})?(?:(?:{alternation(w['between'])})\s+)*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def cues(text: str, language: str = "en") -> tuple[Cue, ...]:
    """Every saying in a sentence, in order; an adjective or a passive without agent is none."""
    pats = saying_patterns(language)
    claim_verbs = normed_words("not_saying", "verbs", language)
    found: list[Cue] = []
    for m in pats["after"].finditer(text):
        if norm(m.group()).startswith("claimed") and pats["event_claimed"].search(text[: m.start()]):
            continue  # "an attack claimed by JNIM": responsibility, not a saying
        if pats["by_time"].match(text, m.end()):
            continue  # "had been admitted by midday": a time, not a speaker
        found.append(Cue(m.start(), m.end(), _status_of(m.group(), "speaker_after", language), speaker_after=True))
    for m in pats["noun_by"].finditer(text):
        found.append(Cue(m.start(), m.end(), "claimed", speaker_after=True))
    for m in pats["own_count"].finditer(text):  # "by his count": the speaker just named
        found.append(Cue(m.start(), m.end(), "claimed", speaker_after=True))
    for m in pats["toll_from"].finditer(text):  # "the toll from three local officials rose to 20"
        found.append(Cue(m.start(), m.end(), "claimed", speaker_after=True))
    for m in pats["bracket"].finditer(text):  # "3 soldiers killed (security source)"
        found.append(Cue(m.start(), m.end(), "claimed", speaker_after=True))
    opening = [m for m in pats["noun_possessor"].finditer(text) if OPENING_POSSESSOR.fullmatch(text, 0, m.start())]  # "The army toll rose to 20", not "said the army toll of 10 was a lie"
    for m in [*pats["possessive"].finditer(text), *opening]:
        found.append(Cue(m.start(), m.end(), "claimed", possessive=True))
    for status, pattern in _verb_pattern_res(language):
        for m in pattern.finditer(text):
            found.append(Cue(m.start(), m.end(), status))
    for m in pats["verb"].finditer(text):
        token, status = norm(m.group()), _status_of(m.group(), "verbs", language)
        reduced = (token.endswith("ed") and token not in claim_verbs and pats["event_before"].search(text[: m.start()]) is not None
                   and not REDUCED_NOT.match(text, m.end()))  # "the deadliest attack documented took place", not "officials briefed on the attack confirmed that …"
        if reduced or (pats["passive"].search(text[: m.start()]) and not CONTACT_RELATIVE.search(text[: m.start()])):
            by = re.match(rf"{DAY_ADJUNCT}\s+by\s+", text[m.end() :])
            if by and not pats["by_time"].match(text, m.end() + by.end()):  # "a toll confirmed by the ministry", not "admitted by midday"
                found.append(Cue(m.start(), m.end() + by.end(), status, speaker_after=True))
            continue
        if token in claim_verbs and (pats["not_after"].match(text[m.end() :]) or pats["event_claimed"].search(text[: m.start()])):
            continue  # "claimed responsibility", "claimed the lives of", "an assault claimed both by"
        if _other_verb(token, text[m.end() :], language) or _noun_form(token, text, m.start(), m.end(), language):
            continue  # "the displacement adds to the consequences"; "hospital records"
        if QUANTITY_PARTICIPLE.search(text, 0, m.start()) and re.match(r"\s+(?:since|so\s+far|over|during|in|last|this|at|by)\b", text[m.end() :]):
            continue  # "almost twice the monthly average recorded since January": a participle of the average, not a saying
        if token.endswith("s") and not text[: m.start()].strip(" \"“‘'("):
            continue  # "Reports in September said …": a sentence does not open with a verb of its own
        if token == "states" and m.group()[:1].isupper() and NAME_BEFORE.search(text, 0, m.start()):
            continue  # "the Alliance of Sahel States partners", "the United States": part of a name
        if token in normed_words("claim_nouns", "participles", language) and pats["claim_noun_before"].search(text[: m.start()]) and not REDUCED_NOT.match(text[m.end() :]):
            continue  # "A Ukrainian intelligence estimate published in February put …": the estimate speaks
        if token.endswith("ed") and token not in ("boasted", "bragged") and re.match(r"\s+of\s", text[m.end() :]) and text[: m.start()].strip():
            continue  # "a village accused of backing a militia": a participle, no one speaks ("accused by X of" is the passive above; "a video boasted of" speaks)
        if token in words(language)["reported_state"]["verbs"] and _reported_state(language).match(text, m.end()) and text[: m.start()].strip():
            continue  # "Of the soldiers reported missing, 27 are still missing": a state, no one speaks
        if token in normed_words("claim_nouns", "words", language) and pats["participle_after"].match(text, m.end()):
            continue  # "an estimate published in February", "a report by …": a noun, not a saying
        participle = token.endswith("ing") and (re.search(r",[\"”’']?\s*$", text[: m.start()]) is not None or pats["evidence"].search(text[: m.start()]) is not None)
        relay = token.startswith(("told", "tell", "said", "says", "say"))
        found.append(Cue(m.start(), m.end(), status, participle=participle, relay=relay))
    for m in pats["held_figure"].finditer(text):  # "has kept to its own figure of 21 dead"
        found.append(Cue(m.start(), m.end(), "claimed"))
    for m in pats["receiver"].finditer(text):
        if all(c.start > m.end() and CLAUSE_BREAK.search(text, m.end(), c.start) and not re.search(r"[\"“”]", text[m.end() : c.start]) for c in found):
            found.append(Cue(m.start(), m.end(), "claimed"))  # "the health centre received 17 wounded", not "a nurse said the morgue had received 21 bodies" nor "staff had received four bodies, he said"
    for m in GAPPED_AT.finditer(text):  # "The government put the death toll at 11, the M5-RFP at 23": the second "put" is left out
        if any(c.end <= m.start() and norm(text[c.start : c.end]).startswith(("put ", "puts ", "putting ", "placed ", "places ")) for c in found):
            found.append(Cue(m.start("at"), m.end("at"), "claimed"))
    kept: list[Cue] = []
    for c in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and c.start < kept[-1].end:
            continue  # "claimed by" is one cue, not a verb and a cue
        kept.append(c)
    # Two sayings side by side (perhaps with an auxiliary between: "the government's first count
    # had put the losses at") are a noun and a verb: "estimates suggest", "reports say" (the
    # first is the subject), "denied reports that …", "rejected claims that …" (the second is the object).
    kept = [c for c in kept if not _discovery_told(text, c, kept, language)]
    nouns = normed_words("claim_nouns", "words", language) | {"reports"}
    adjacent = {i for i in range(len(kept) - 1) if not kept[i].speaker_after and _between_noun_and_verb(language, kept[i].possessive).fullmatch(text, kept[i].end, kept[i + 1].start)}
    noun = {i + 1 if norm(text[kept[i + 1].start : kept[i + 1].end]) in nouns and not norm(text[kept[i].start : kept[i].end]).endswith("s") else i for i in adjacent}
    return tuple(c for i, c in enumerate(kept) if i not in noun)


@cache
def release_kind(language: str) -> re.Pattern:
    """A line that opens with a kind of release ("PRESS RELEASE", "Communiqué No. 047"):
    claimants_<language>.toml ``headed_release.kinds``."""
    return re.compile(rf"^\W*(?:{alternation(words(language)['headed_release']['kinds'])})(?![\w-])", re.IGNORECASE)
