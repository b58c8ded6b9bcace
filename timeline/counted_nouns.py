"""What a number counts: the head noun after it ("two pickup trucks", "12 soldiers", "the 45
killed") and whether it is a count at all (not a year, an age, a population, "one of the worst").

Why: a figure is a count of what its noun counts (issue P6 §7); persons for killed or wounded,
vehicles for equipment lost. The noun kinds are data (resources/claims_<language>.toml);
which fate befalls the counted (timeline/claim_quantities.py) comes after.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.claim_figures import FATES, figure_patterns, folded, folded_words, number_words, words
from timeline.names import NameMatch
from timeline.regex_gate import alternation
from timeline.strength_cues import FORCE_MOVED, STRONG, STRONG_WORD


@cache
def _noun_kinds(language: str = "en") -> dict[str, frozenset[str]]:
    w = words(language)
    return {"equipment": folded(w["equipment"]["nouns"]), "thing": folded(w["heads"]["things"]), "person": folded(w["heads"]["persons"])}


def _noun_kind(token: str, language: str) -> str | None:
    low = token.casefold().strip("'’")
    for kind, nouns in _noun_kinds(language).items():
        if low in nouns or low + "s" in nouns or (low.endswith("s") and low[:-1] in nouns):
            return kind
    return None


@cache
def _stops(language: str) -> frozenset[str]:
    return folded_words(language, "heads", "stops") | folded(number_words(language))


COMPOUND_MODIFIER = re.compile(r"-(?:led|backed|linked|allied|aligned|affiliated|dominated|based|run|controlled|speaking|majority|owned)$", re.IGNORECASE)
MODEL_CODE = re.compile(r"(?-i:[A-Z][A-Za-z]{0,3})-?\d{1,3}(?-i:[A-Z]{0,2})(?:s|['’]s)?")  # TB2s, Mi-24s, Su-25, BMP-2s, T-72s, L-39s


def count_head(text: str, end: int, names: list[NameMatch], language: str) -> tuple[str, int, str]:
    """What the noun phrase right after a figure counts, by its last known noun ("two Russian
    helicopters" count helicopters), and where it ends: person, equipment, thing, name (a
    capitalised word no list knows), unknown (a lower-case one) or none ("killed 12 in Gao")."""
    stops = _stops(language)
    lead = re.match(rf"(?:{STRONG_WORD}\s+)?[\s\"“”'‘’]*(?:\(\s*\d[\d,.]*\s*\)\s*|\)\s*)?(?:of\s+(?:(?:the|its|their|his|her|our|those|these)\s+)?(?:own\s+)?)?", text[end:])  # "six (06) soldiers", "a 5,100-strong force"
    pos = np_end = end + lead.end()
    kind, unknown, noun, capitalised, demonym = None, None, "", False, False
    for i, word in enumerate(re.finditer(r"[\"“”'‘’]*([A-Za-z][\w’'-]*)|(\S)", text[pos : pos + 80])):
        if word.group(2) or i >= 6:
            break
        token, at = word.group(1), pos + word.start(1)
        if i == 0 and lead.group().rstrip().endswith("of") and token.casefold() in ("us", "them"):
            return "person", pos + word.end(1), token.casefold()  # "They took about 30 of us", "killed four of them"
        if i == 0 and (_elided_noun(token, text[pos + word.end(1) : pos + word.end(1) + 30], language) or _fate_phrase_at(text, at, language)):
            return "none", end, ""  # "seven were neutralised and eight arrested", "two lost their lives": people, their noun left out
        if token.casefold() in stops or (token.casefold() in ("and", "or") and (kind or i == 0)):
            break  # "two soldiers and three trucks": the first phrase is the figure's
        if kind and token.casefold().endswith("ing") and token.islower():
            break  # "49 soldiers carrying weapons": a participle after the noun starts its own phrase
        if kind and token.islower() and not _noun_kind(token, language) and any(figure_patterns(language)[f"q:{q}"].fullmatch(token) for q in FATES):
            break  # "1,500 people fled villages north of Ansongo": the verb ends the noun phrase
        if token.casefold() in ("and", "or"):
            continue  # "Malian and Russian soldiers"
        if kind and token.casefold() in folded_words(language, "heads", "service_modifiers") and (after := re.match(r"\s+([A-Za-z][\w’'-]*)", text[pos + word.end(1) :])) and _noun_kind(after.group(1), language) == "equipment":
            continue  # "two French army helicopters": the service names whose helicopters
        if kind and token.islower() and not _noun_kind(token, language) and not token.endswith("ly") and not (demonym and i < 4):
            break  # "about 100 foreign soldiers took part alongside Malian units": a word no noun ends the phrase (not "two others seriously wounded", "1,500 Russian military personnel")
        if COMPOUND_MODIFIER.search(token):
            continue  # "Two Tuareg-led armed groups": a modifier naming someone, not what is counted
        actor = [n for n in names if n.kind == "actor" and n.start <= at < n.end]
        word_kind = "person" if actor else ("equipment" if MODEL_CODE.fullmatch(token) else _noun_kind(token, language))  # "the first two TB2s", "three Mi-24s": machines by their model
        if word_kind or kind is None:
            np_end = max([pos + word.end(1)] + [n.end for n in actor])
        if word_kind:
            kind, unknown, noun = word_kind, None, (re.findall(r"[A-Za-z][\w’'-]*", text[at : max(n.end for n in actor)])[-1] if actor else token).casefold()  # "13,000 U.N. peacekeepers": peacekeepers
            demonym = token[0].isupper() and not actor and token.casefold() not in _noun_kinds(language)["person"]  # "Russian" as in "Russian military personnel"
        elif kind is None:
            unknown, capitalised = token, capitalised or token[0].isupper()
    if kind:
        return kind, np_end, noun
    if unknown is None:
        return "none", end, ""
    if capitalised:  # "seven Algerian diplomats": a people's name before an unknown noun
        return "name", np_end, unknown.casefold()
    return ("person" if unknown.casefold().endswith(tuple(words(language)["heads"]["person_endings"])) else "unknown"), np_end, unknown.casefold()


@cache
def _verb_number(language: str) -> re.Pattern:
    """"Number" as a verb ("the force would number about 3,300"), not a label ("number 12")."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['not_counts']['before_verb_number'])})\s+number\s*$", re.IGNORECASE)


def _fate_phrase_at(text: str, at: int, language: str) -> bool:
    """A phrase of several words telling that people died or were hurt, right at ``at`` ("lost
    their lives", "fell in combat"; not "two taken away", which may be vehicles)."""
    pats = figure_patterns(language)
    return any((m := pats[f"q:{q}"].match(text, at)) is not None and " " in m.group().strip() and (q != "captured_after" or m.group().casefold().startswith("held by")) for q in ("killed", "wounded", "captured_after"))  # also "about 100 held by the jihadists"


def _elided_noun(token: str, after: str, language: str) -> bool:
    """A participle of what befell people right after a figure, with no noun of its own after it
    ("eight arrested"), not one that qualifies a noun ("captured soldiers") nor a noun of
    captives ("19 hostages")."""
    if not token.casefold().endswith(("ed", "en")):
        return False
    following = re.match(r"\s*([A-Za-z][\w’'-]*)", after)
    if following and _noun_kind(following.group(1), language) == "person":
        return False
    pats = figure_patterns(language)
    return any(pats[f"q:{q}"].fullmatch(token) for q in FATES)


SUPERLATIVE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+|[A-Z][\w’'-]*['’]s\s+)(?:most\s|worst|best|\w+est\b)", re.IGNORECASE)  # also "one of Africa's largest gold producers"
POPULATION = re.compile(r"[\w’'-]+['’]s\s+(?:(?:roughly|about|some|around|nearly|approximately|estimated|an\s+estimated)\s+)?$", re.IGNORECASE)  # "the town's roughly 15,000 residents"


AMONG_THE = re.compile(r"(?<![\w-])among\s+the\s+#", re.IGNORECASE)  # "19 civilians were among the 22 people killed": the whole the part is told of
NOUN_WORDS = re.compile(r"\s+(?:[A-Za-z][\w’'-]*\s+){1,2}")  # the noun after the figure ("22 people ")


RELATIVE_FATE = re.compile(r"\s+(?:who|that)\s+(?:(?P<killed>died|fell|perished|lost\s+their\s+lives|(?:have\s+|had\s+)?(?:gave|given)\s+their\s+lives|paid\s+with\s+their\s+lives|(?:were|had\s+been|have\s+been)\s+(?:killed|executed|massacred|slain))|(?P<wounded>(?:were|had\s+been|have\s+been)\s+(?:wounded|injured))|(?P<captured>(?:are|remain|have\s+been)\s+(?:still\s+)?(?:held|detained|in\s+detention|in\s+captivity|being\s+held)))(?![\w-])", re.IGNORECASE)  # also "the 58 French soldiers who gave their lives", "the 46 soldiers who are still held"  # "the 13 French soldiers who died in the collision"


FATE_AFTER_NOUN = re.compile(r"\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*" + RELATIVE_FATE.pattern, re.IGNORECASE)


FATE_AS_NOUN = re.compile(r"\s+(?:wounded|injured|dead|missing)(?![\w-])", re.IGNORECASE)


def _fate_in_phrase(after: str, pats: dict) -> bool:
    """The people a definite figure counts, with their fate right after them ("… among the 22
    people killed"; not "were among the 42."): claims_<language>.toml quantities."""
    noun = NOUN_WORDS.match(after)
    starts = [m.end() for m in re.finditer(r"\s+", after[: noun.end()])][1:] if noun else []
    return any(pats[f"q:{q}"].match(after, at) for at in starts for q in ("killed", "wounded", "captured", "captured_after")) or FATE_AFTER_NOUN.match(after) is not None or FATE_AS_NOUN.match(after) is not None  # also "the 49 soldiers held in Bamako", "the 89 soldiers who fell at Chinégodar", "to the eight wounded"




FEW = frozenset(["one", "two", "three", "four", "1", "2", "3", "4"])


def _few(m: re.Match) -> bool:
    """A figure of a few people: told with "the", they are people already met ("the two men
    were freed"); a larger definite figure with its fate ("the 49 soldiers detained at the
    airport") is news in its own right."""
    token = next((m.group(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None), "")
    return token.casefold() in FEW


def _possessed_force(before: str, after: str, head: str, m: re.Match, language: str) -> bool:
    """"the withdrawal of its 2,400 troops": a force counted with its owner, a strength the
    clause may tell (not "its two soldiers", people already met)."""
    noun = re.match(r"\s+([\w’'-]+)", after)
    return head == "person" and not _few(m) and FORCE_MOVED.search(before) is not None and noun is not None and noun.group(1).casefold() in folded_words(language, "heads", "armed")


def is_count(text: str, m: re.Match, head: str, language: str) -> bool:
    """Not an age, a label, money, a phone number, an id or a year; not negated ("no one was
    killed"); not "the two operations" (a definite number names things already known); not a
    speaker ("One resident said …"); not a footnote marker ("[3]") nor a thread's "3/"."""
    pats = figure_patterns(language)
    before = text[max(0, m.start() - 25) : m.start()]
    after = text[m.end() : m.end() + 40]
    if before.endswith("[") and after.startswith("]"):
        return False  # a footnote marker ("about 100.[3]")
    if after.startswith("/") or before.endswith("/"):
        return False  # a post's number in a thread ("3/ Security ministry toll: …"), a fraction, a date
    if re.search(r"(?<![\w-])(?:one|1)\s+(?:in|out\s+of)\s+$", before, re.IGNORECASE):
        return False  # a ratio ("nearly one in three new arrivals is sleeping in the open")
    labelled = pats["not_before"].search(before) and not _verb_number(language).search(before)  # "would number about 3,300" counts
    if labelled or re.match(r"\s*(?:-year-old|years?\s+old|-years?-old)", after, re.IGNORECASE):
        return False
    if m.group("qual") is None and (pats["negated"].search(before) or (pats["determined"].search(before) and not STRONG.match(after) and not (_fate_in_phrase(after, pats) and (AMONG_THE.search(before + "#") or ((head in ("person", "name") or FATE_AS_NOUN.match(after)) and not _few(m)))) and not _possessed_force(before, after, head, m, language))):
        return False  # (but "its 5,100-strong force" is counted: a strength; so is "were among the 22 people killed")
    if (m.group("n") or "").casefold() == "one" and m.group("qual") is None and pats["pronoun_one"].search(before):
        return False  # "the first one struck a pharmacy": a pronoun for a strike, a vehicle, a post
    if (m.group("n") or "").casefold() == "one" and m.group("qual") is None and re.search(r"(?<![\w-])(?:at|in|on|from)\s+$", before, re.IGNORECASE) and re.match(r"\s*[,;:]", after):
        return False  # "At one, roughly 400 motorbikes were waiting": one station, a pronoun
    if (m.group("n") or "").casefold() in ("one", "1") and (pats["partitive_pick"].search(before) and re.match(r"\s+of\s", after) or SUPERLATIVE_OF.match(after)):
        return False  # "employed by one of its contractors", "one of the bloodiest assaults"
    if re.search(r"(?<![\w-])aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:and|or|to|-|–)\s*$", before, re.IGNORECASE) or (
        re.search(r"(?<![\w-])aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,\s*$", before, re.IGNORECASE) and re.match(r"\s*(?:,|and|or)\s*\d", after)
    ):
        return False  # "two brothers aged 9 and 12", "three technicians, aged 29, 35 and 47": the other ages (not "aged 35, and 12 others")
    if re.search(r"(?<![\w-])(?:she|he|i|who)\s+(?:is|was|is\s+now|was\s+then)\s+$", before, re.IGNORECASE) and not re.match(r"\s+(?!and\b|but\b|when\b|now\b|years?\b)[a-z]", after):
        return False  # "She is 58 and has lost her shelter twice": an age
    if re.match(r"-[a-z]", after) and not STRONG.match(after):
        return False  # "known as 'the one-eyed'", "a two-thirds majority": a word, not a count
    if pats["breakdown_state"].match(after):
        return False  # "…, two of them in a serious condition": the same people again
    if POPULATION.search(before) and re.match(r"\s+(?:residents|inhabitants|people|souls)(?![\w-])", after, re.IGNORECASE):
        return False  # "Of Ber's roughly 15,000 residents, about 11,000 had fled": a town's population
    token = next(m.group(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None)
    if re.fullmatch(r"\d+", token):
        if len(token) > 6 or (token.startswith("0") and len(token) > 2):
            return False  # "20120120" is a date or an id, never twenty million dead ("07 terrorists" of army communiqués is 7)
        at = next(m.start(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None)
        if re.search(r"\d[\s.-]?$", text[max(0, at - 3) : at]) or re.match(r"[\s.-]?\d", after):
            return False  # a group of a phone number or a code (not "In 2024 more than 70 miners died")
        yearlike = len(token) == 4 and 1900 <= int(token) <= 2099
        if (len(token) >= 5 or yearlike) and head != "person":
            return False
        if re.search(r"[A-Z][\w’'-]*,\s*$", before) and re.match(r"\s*,", after) and int(token) < 120:
            return False  # "Goita, 41, first seized power": an age
        if re.search(r"(?-i:[A-Z])[\w’'-]*,\s*(?:now|then|aged)\s+$", before, re.IGNORECASE) and re.match(r"\s*(?:,|and\s)", after) and int(token) < 120:
            return False  # "Sergeant Moussa, now 38 and stationed near Mopti, said": an age
    cited = _cited_sources(language).match(after)
    if cited and re.search(rf"(?<![\w-])(?:{alternation(words(language)['not_counts']['source_before'])})\s*$", before, re.IGNORECASE):
        return False  # "the toll from three local officials": who speaks
    if cited and re.match(rf"(?:\s*,\s*(?:however|though|meanwhile|instead|for\s+their\s+part)\s*,)?\s+(?:{alternation(words(language)['not_counts']['source_verbs'])})(?![\w-])", after[cited.end() :], re.IGNORECASE):
        return False  # "Two security sources quoted by other news organizations put the number at …": who speaks
    wide = text[m.end() : m.end() + 90]  # "Two residents of Kobou-Tire reached by phone said": a longer speaker's phrase
    said = pats["speaker"].match(wide)
    fate_noun = _fate_noun_next(language)
    return said is None or fate_noun.match(wide, said.end()) is not None or fate_noun.match(after) is not None  # "238 reported fatalities": an adjective; "604 deaths attributed to terrorism": a count


@cache
def _fate_noun_next(language: str) -> re.Pattern:
    nouns = [n for q, ns in words(language).get("fate_nouns", {}).items() if q != "modifiers" for n in ns] + ["casualties"]
    modifiers = words(language).get("fate_nouns", {}).get("modifiers", [])
    return re.compile(rf"\s+(?:(?:{alternation(modifiers)})\s+)?(?:{alternation(nouns)})(?![\w-])", re.IGNORECASE)  # also "44 extrajudicial executions attributed to …"


@cache
def _cited_sources(language: str) -> re.Pattern:
    return re.compile(rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(words(language)['not_counts']['source_nouns'])})(?![\w-])", re.IGNORECASE)
