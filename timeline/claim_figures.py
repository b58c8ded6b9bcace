"""Claim figures: how a figure is written, and the range of numbers its words allow.

Why: "at least 20", "between 20 and 80", "two dozen" and "one of two" are how news copy gives a
toll; each is read by the documented mapping of resources/claims_en.toml (a vague word is a
range, "not fewer than" turns a bound round), never averaged or invented. This module holds the
patterns and the arithmetic; what a figure counts is timeline/counted_nouns.py and timeline/claim_quantities.py.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from timeline.dates import lexicon
from timeline.regex_gate import GatedPattern, alternation
from timeline.sayings import words as saying_words
from timeline.strength_cues import STRONG_WORD


FATES = ("killed", "wounded", "captured", "missing", "displaced")  # what befell people, nearest word first


@cache
def words(language: str = "en") -> dict:
    text = resources.files("timeline").joinpath(f"resources/claims_{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def folded(items) -> frozenset[str]:
    """A word list as the text is compared with it: case-folded, single-spaced."""
    return frozenset(" ".join(i.casefold().split()) for i in items)


@cache
def folded_words(language: str, table: str, key: str) -> frozenset[str]:
    """A word list of claims_<language>.toml, folded once (hot paths ask for it per figure)."""
    return folded(words(language)[table][key])


@cache
def number_words(language: str = "en") -> dict[str, int]:
    """Number words: the shared ones (dates_en.toml) that count on their own, and the tens."""
    w = words(language)["numbers"]
    shared = {k: v for k, v in lexicon(language).numbers.items() if k not in w["not_numbers"]}
    return {**shared, **w["tens"]}


def _number_pattern(language: str) -> str:
    w = words(language)["numbers"]
    units = number_words(language)
    ones = alternation(k for k, v in units.items() if 0 < v < 10 and " " not in k)
    word = rf"(?:(?:{alternation(w['tens'])})[-\s](?:{ones})|{alternation(units)})(?![\w-])"
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+|{word})(?:\s+(?:{alternation(w['multipliers'])})(?![\w-]))?"


@cache
def figure_patterns(language: str = "en") -> dict[str, re.Pattern | GatedPattern]:
    w = words(language)
    number = _number_pattern(language)
    qualifier = alternation([q for qs in w["qualifiers"].values() for q in qs])
    negation = alternation(w["qualifiers_negated"]["words"])
    figure = (
        rf"(?<![\w$€£.,:/+-])(?:(?:(?P<neg>{negation})\s+(?=(?:{qualifier})\s))?(?P<qual>{qualifier})\s+)?"
        rf"(?:(?:anywhere\s+)?between\s+(?P<lo>{number})\s+and\s+(?P<hi>{number})"
        rf"|(?P<part>{number})\s+of\s+(?:their|its|the|his|her)?\s*(?P<whole>{number})"
        rf"|(?P<a>{number})(?:\s*(?:-|–|to)\s*|\s+or\s+)(?P<b>{number})(?!\s*[-–]\s*\w)"  # also "four or five men": one range
        rf"|(?P<vague>{alternation(w['vague'])})(?!\w)"
        rf"|(?P<n>{number})(?![\w%]|[.,:/]\d|(?!{STRONG_WORD})-\w)(?!\s+of\s+(?:its|their|the|his|her|our)\s+(?:units?|positions?|bases?|camps?|convoys?|columns?)(?![\w-])))"  # not "two of his campaign activists"
    )
    nc = w["not_counts"]
    ranged = rf"|(?P<a>{number})(?:\s*(?:-|–|to)\s*|\s+or\s+)(?P<b>{number})(?!\s*[-–]\s*\w)"
    assert ranged in figure
    return {
        "figure": re.compile(figure, re.IGNORECASE),
        "figure_alone": re.compile(figure.replace(ranged, "|(?P<a>(?!))(?P<b>)"), re.IGNORECASE),  # one number of "rose from 25 to 38"
        **{f"q:{q}": re.compile(rf"(?<![\w-])(?:{alternation(ws)})(?![\w-])(?!['’]s(?![\w-]))(?!\s+(?:{alternation(nc['not_fates'] + nc['not_fates_of'].get(q, []))})(?![\w-]))", re.IGNORECASE) for q, ws in w["quantities"].items()},  # not "reached the town's health centre": a possessor; not "lost their homes" for the dead
        "single": _single_pattern(language),
        "ranked": _ranked_pattern(language),
        "pair": _pair_pattern(language),
        "object_single": _object_single_pattern(language),
        "not_count": re.compile(rf"^\s*(?:{alternation(nc['after'])})(?![\w-])(?!\s+(?:days|weeks|months|years|hours|nights)(?![\w-]))", re.IGNORECASE),  # "one in three new arrivals", not "23 in three days of fighting"
        "not_before": re.compile(rf"(?:^|[^\w])(?:{alternation(nc['before'])})\s*$", re.IGNORECASE),
        "pronoun_one": re.compile(rf"(?<![\w-])(?:{alternation(nc['pronoun_one_before'])})\s+$", re.IGNORECASE),
        "negated": re.compile(rf"(?<![\w-])(?:{alternation(w['negation']['words'])})\s+$", re.IGNORECASE),
        "partitive_pick": re.compile(rf"(?<![\w-])(?:{alternation(nc['partitive_after'])})\s+$", re.IGNORECASE),
        "breakdown_state": re.compile(rf"\s+of\s+(?:them|whom|those|these)\s+(?:(?:{alternation(w['breakdowns']['states'])})(?![\w-])|in\s+(?:the\s+)?(?-i:[A-Z])|in\s+the\s+(?:country|north|south|centre|center|east|west|region|capital|city|town)(?![\w-]))", re.IGNORECASE),  # "…, two of them in a serious condition", "several hundred of them in Timbuktu": the same people again
        "accompanying": re.compile(rf"(?<![\w-])(?:{alternation(w['breakdowns']['accompanying'])})\s+$", re.IGNORECASE),
        "determined": re.compile(rf"(?<![\w-])(?:{alternation(nc['determiners'])})\s+$", re.IGNORECASE),
        "speaker": re.compile(rf"\s+(?:of\s+(?:the|his|her|their|its|our|my|those)\s+)?(?:(?!(?:and|or|but|then|were|was|had\s+been|have\s+been|are|is|being|it|they|he|she|we|whom|that|which)\s)[\w’'-]+\s+){{0,2}}?(?:(?:of|from|in)\s+(?-i:[A-Z])[\w’'-]+\s+(?:(?-i:[A-Z])[\w’'-]+\s+)?)?(?:(?:reached|contacted|interviewed|questioned)\s+by\s+(?:phone|telephone|[\w’'-]+)\s+)?(?:{alternation(saying_words(language)['verbs']['claimed'])})\b(?!\s+(?:missing|killed|dead|wounded|injured|captured|abducted|kidnapped|arrested|detained|to\s+have|to\s+be)(?![\w-]))", re.IGNORECASE),
        "qualitative": GatedPattern(re.compile("|".join(w["qualitative"]["patterns"]), re.IGNORECASE)),  # "heavy losses": tried only where one of its words begins
        "q:captured_after": re.compile(rf"(?<![\w-])(?:{alternation(w['quantities']['captured_after'])})(?![\w-])(?!\s+(?:reserve|high|regard|esteem|contempt|check|place|position|readiness)(?![\w-]))", re.IGNORECASE),  # not "held in reserve", "held in high regard"
        "toll": _toll_pattern(language),
        "preposition_over": re.compile(
            rf"(?<![\w-])(?:{alternation(w['qualifiers_preposition']['over'])})(?:\s+(?:with|between|among|against|within|in)\s+[^,;:.\d]{{1,40}}?)?\s+$", re.IGNORECASE
        ),
    }


def _toll_pattern(language: str) -> re.Pattern:
    """The words before a figure that make it a toll told far from its noun: "the death toll
    from the bombing has risen to", "raising the toll to", "put the number of dead at"."""
    t = words(language)["tolls"]
    verb = alternation(t["verbs"])
    noun = alternation(t["nouns"]) + r"|number\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:killed|dead|deaths|victims|casualties)"  # "the number of Malian soldiers killed"
    noun += r"|(?<=raised\s)it|(?<=revised\s)it"  # "the first toll … spoke of 15 dead. The army raised it to 35"
    noun += "".join(rf"|(?<={verb}\s)(?:that|the|this|its)\s+figure" for verb in ("raised", "raising", "revised", "revising", "lowered", "lowering", "cut", "cutting"))  # "raised that figure to 68", "lowering the figure to 35"
    return re.compile(
        rf"(?:(?<![\w-])(?P<noun>{noun})(?![\w-])[^;:.]{{0,150}}?(?<![\w-])(?:{verb})\s+(?:\w+\s+){{0,2}}?"
        rf"|(?<![\w-])(?:{verb})\s+(?:[\w’'-]+\s+){{0,3}}?(?P<object>{noun})(?![\w-])[^;:.]{{0,60}}?\s)(?:to|at)\s+[\x22“‘']?$"
        r"|(?<![\w-])(?:death\s+)?toll(?:\s+[^;:.]{0,40}?)?:\s*[\x22“‘']?$"
        r"|(?<![\w-])(?:provisional|official|final|first|latest|new|death)\s+toll(?:\s+(?:for|of|from|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?,\s*$",  # "The government's provisional toll for the day, 15 soldiers and 49 civilians, covers …"  # "The government's toll has never changed: 49 civilians and 15 soldiers"  # also 'put the losses at "more than 80"', "put the total Russian losses at 80"
        re.IGNORECASE,
    )


def _single_pattern(language: str) -> re.Pattern:
    """"A French helicopter pilot was killed": one person, named by an indefinite article, as
    the subject of a loss (resources/claims_en.toml [singles])."""
    persons = words(language)["heads"]["persons"]
    singular = {p[:-1] for p in persons if p.endswith("s") and not p.endswith("ss")} | {p for p in persons if not p.endswith("s")}
    verbs = alternation(words(language)["singles"]["verbs"])
    units = alternation(words(language)["singles"]["units"])
    possessed = alternation(words(language)["singles"]["possessed"])
    return re.compile(
        rf"(?<![\w-])(?:(?P<single>an?|(?<!no\s)one)\s+|(?P<owner>his|her|their|its)\s+(?=(?:[\w’'-]+\s+){{0,2}}?(?:{possessed})\s))(?P<np>(?:(?!(?:that|which|who|whose|no|not|whether|if|of|own)\s)[\w’'-]+\s+){{0,3}}?(?:{alternation(singular)})(?:\s+of\s+(?:(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})(?:\s+(?:{units}))?|the\s+(?:escort|convoy|patrol|garrison|post|camp|base|unit|crew|team|delegation|village|family)))?)\s+(?:{verbs})(?![\w-])",
        re.IGNORECASE,  # "a French soldier of Operation Barkhane was killed", "of the Barkhane force", "of the 1st Spahi Regiment", "a soldier of the escort", "his assistant was wounded"
    )


def _pair_pattern(language: str) -> re.Pattern:
    """"both had been shot dead", "both were killed": two people, told by "both" as the subject
    of a loss (the plural of the [singles] verbs); a bare "both" never by "died" ("two initiatives
    were launched; both died in committee")."""
    plural = {v.replace("was ", "were ").replace("is ", "are ").replace("has been ", "have been ") for v in words(language)["singles"]["verbs"] if " his " not in v and " her " not in v}
    people = alternation(w for w in words(language)["heads"]["persons"] if w.endswith(("s", "men", "ren")))  # "both Russian pilots", "both men"
    return re.compile(rf"(?<![\w-])(?P<np>both(?:\s+of\s+them|\s+(?:[\w’'-]+\s+)?(?:{people})|(?!\s+(?:died|has\s+died|had\s+died|have\s+died)(?![\w-]))))(?P<pair>)\s+(?:{alternation(sorted(plural, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


OBJECT_LOSS_BEFORE = re.compile(r"(?<![\w-])(killing|killed|wounding|wounded|injuring|injured)\s+(?:(?![a-z]+(?:ed|ing)\b|took\b|shot\b|hit\b)[^,;.\s]+\s+){1,8}?and\s+$", re.IGNORECASE)  # "killing a Togolese peacekeeper and …", "killing two soldiers and a civilian"; not "killed a man and abducted a woman and a child": the nearest verb's


def _object_single_pattern(language: str) -> re.Pattern:
    """"killing a Togolese peacekeeper and a Malian soldier": one person, named by an indefinite
    article, as the object of a loss (or after "and", the object of the loss before: OBJECT_LOSS_BEFORE)."""
    persons = words(language)["heads"]["persons"]
    singular = {p[:-1] for p in persons if p.endswith("s") and not p.endswith("ss")} | {p for p in persons if not p.endswith("s")}
    nouns = alternation(sorted(singular, key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w-])(?P<verb>killing|killed|wounding|wounded|injuring|injured)\s+|(?<=\sand\s))(?P<single>an?)\s+(?P<owner>)(?P<np>(?:(?!(?:number|few|couple|dozen|total|handful)\s)[\w’'-]+\s+){{0,2}}?(?:{nouns}))(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|near|on|at|as|while|during|when|after|outside|inside|before)\b)",
        re.IGNORECASE,
    )


def _ranked_pattern(language: str) -> re.Pattern:
    """"Sergeant Harold Vormezeele was killed": one person, named by rank and name."""
    rule = words(language)["singles"]
    ranks = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(rule["ranks"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<np>(?-i:{ranks})\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){{0,3}})(?P<single>)\s+(?:{alternation(rule['verbs'])})(?![\w-])")


def _value(token: str | None, language: str) -> int | None:
    """The number a figure's words say ("1,000", "twenty-five", "two dozen" = 24)."""
    if token is None:
        return None
    parts = token.casefold().replace("-", " ").split()
    multipliers = words(language)["numbers"]["multipliers"]
    factor = multipliers[parts.pop()] if len(parts) > 1 and parts[-1] in multipliers else 1
    numbers = number_words(language)
    if len(parts) == 1 and re.fullmatch(r"[\d,]+", parts[0]):
        return int(parts[0].replace(",", "")) * factor
    if " ".join(parts) in numbers:
        return numbers[" ".join(parts)] * factor
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return (numbers[parts[0]] + numbers[parts[1]]) * factor  # "twenty-five"
    return None


def _qualifier_kind(qual: str | None, language: str) -> str | None:
    if not qual:
        return None
    qual = " ".join(qual.casefold().split())
    for kind, options in words(language)["qualifiers"].items():
        if qual in options:
            return kind
    return None


def figure_values(m: re.Match, quantity: str, language: str) -> tuple[int | None, int | None, str]:
    """Low, high and qualifier of a figure, by the documented mapping."""
    if "pair" in m.re.groupindex:
        return 2, 2, "exact"  # "both were killed"
    if "qual" not in m.re.groupindex and "single" not in m.re.groupindex:
        return None, None, "qualitative"  # "heavy losses"
    if "single" in m.re.groupindex:
        return 1, 1, "exact"
    if m.group("lo") is not None or m.group("a") is not None:
        low, high = (_value(m.group(g), language) for g in (("lo", "hi") if m.group("lo") is not None else ("a", "b")))
        return (low, high, "range") if low is not None and high is not None and low < high else (None, None, "range")
    if m.group("vague") is not None:
        spec = words(language)["vague"][" ".join(m.group("vague").casefold().split())]
        if "low" not in spec:  # "several", "a handful": a loss the text names without a count
            return None, None, "vague"
        if spec["low"] != spec["high"]:
            return spec["low"], spec["high"] or None, "vague"
        n = spec["low"]  # "a dozen" is twelve: "more than a dozen" is at least twelve
    elif m.group("part") is not None and _value(m.group("part"), language) == 1 and ONE_OF_MANY.search(m.string, 0, m.start()):
        n = _value(m.group("whole"), language)  # "he was one of three drivers killed": three killed, not one
    else:
        n = _value(m.group("part") if m.group("part") is not None else m.group("n"), language)
    kind = _qualifier_kind(m.group("qual"), language)
    if kind is None and n is not None and quantity in ("captured", "missing") and m.group("part") is None and _led_by_one(m, language):
        n += 1  # "President Cissé and six members of his delegation": seven people
    if m.group("neg") and kind in ("at_least", "up_to"):
        kind = "up_to" if kind == "at_least" else "at_least"  # "not fewer than 80", "no more than 300"
    if kind == "at_least":
        return n, None, "at_least"
    if kind == "up_to":
        return None, n, "up_to"
    if kind == "about":
        return n, n, "about"
    return n, n, "exact"


@cache
def _companions(language: str) -> tuple[re.Pattern, re.Pattern]:
    w = words(language)["companions"]
    calendar = alternation([*lexicon(language).weekdays, *lexicon(language).months])  # "on Wednesday and two others": no one
    leader = re.compile(rf"(?<![\w-])(?:(?!(?:{calendar})\s)(?-i:[A-Z])[\w’'-]*(?<![sS])|(?:he|she)|(?:the|its|his|her|their)\s+(?:{alternation(w['roles'])}))\s+and\s+$", re.IGNORECASE)
    nouns = re.compile(rf"\s+(?:(?:other|more|further)\s+)?(?:of\s+(?:his|her|their)\s+)?(?:{alternation(w['nouns'])})(?![\w-])", re.IGNORECASE)
    return leader, nouns


def _led_by_one(m: re.Match, language: str) -> bool:
    """Whether an exact figure counts the companions of one person named right before it
    ("Mr Cissé and six of his companions are still held"): claims_<language>.toml [companions]."""
    leader, nouns = _companions(language)
    return leader.search(m.string, max(0, m.start() - 60), m.start()) is not None and nouns.match(m.string, m.end()) is not None


ONE_OF_MANY = re.compile(r"(?:(?<![\w-])(?:was|is|were|been|as)|,|(?<![\w-])(?:was|is)\s+[^.;]{1,80}?,\s+and)\s+$", re.IGNORECASE)  # a person told as one of a counted group ("was one of 20 people killed, and one of six Malians among the dead"; "is the only French journalist held, and one of 65 journalists held hostage")


def without_preposition(text: str, m: re.Match, language: str) -> re.Match:
    """"A row with Ivory Coast over 49 soldiers": after a noun of dispute, "over" is a
    preposition and the figure is the number alone."""
    if m.group("qual") and m.group("qual").casefold() == "over" and figure_patterns(language)["preposition_over"].search(text[: m.start()]):
        number = m.end("qual") + len(text[m.end("qual") :]) - len(text[m.end("qual") :].lstrip())
        return figure_patterns(language)["figure"].match(text, number) or m
    return m


SAME_AS_BEFORE = "same_as_before"  # a bare number's quantity: the one its paragraph counted last
BARE_NUMBER = re.compile(r"(?<![\w-])(?:(?:put|puts|putting|set|sets|placed|places|revised|raised|lowered|brought|rose|risen|climbed|stood|stands)\s+(?:the|that|this|its|their|his|her)\s+(?:number|figure|total|count|tally)\s+(?:[\w’'-]+\s+)?(?:at|to)|(?:the|that|this|its|their)\s+(?:real|true|actual|final|overall|death)\s+(?:number|figure|toll|total|count|tally)\s+(?:is|was|stands\s+at|stood\s+at|could\s+be|may\s+be|might\s+be|would\s+be|is\s+likely|was\s+likely))\s+$", re.IGNORECASE)  # also "Local officials told me the real figure is closer to 160"


def bare_number(text: str, figure_start: int, language: str) -> bool:
    """"A third source put the number at about 55": a number whose sentence names no fate; it
    counts what its paragraph counted last (arrests, the dead), or nothing when it counted none."""
    pats = figure_patterns(language)
    return BARE_NUMBER.search(text, max(0, figure_start - 60), figure_start) is not None and not any(pats[f"q:{q}"].search(text) for q in FATES)


SAID_BARE = re.compile(r"(?<![\w-])(?:said|say|says|saying|counted|count|counts|reported|report|reports|claimed|claim|claims|boasted\s+of|boasts\s+of|spoke\s+of|speak\s+of|speaks\s+of|cited|cite|cites|put\s+it\s+at|puts\s+it\s+at)\s+$", re.IGNORECASE)
SAID_BARE_END = re.compile(r"\s*(?:[.;)]|,\s+(?:while|but|and|whereas)\b|$|\s*at\s+first\b|\s*initially\b)", re.IGNORECASE)


def said_bare(text: str, m: re.Match) -> bool:
    """"The mayor counted 41 dead; the government said 38", "boasted of more than 30": a number
    alone after a saying, its clause closing on it, counts what was counted before."""
    return SAID_BARE.search(text, max(0, m.start() - 30), m.start()) is not None and SAID_BARE_END.match(text, m.end()) is not None and not re.search(r"(?<![\w-])how\s+many(?![\w-])", text[: m.start()], re.IGNORECASE)  # not "Asked how many troops were in the camp, the minister said 150"


def same_order(value: int | None, before: int | None) -> bool:
    """Whether a bare number can count again what was counted before: within ten times of it
    ("40 arrested … the number at about 55", not "… at about 50,000")."""
    return value is not None and before is not None and before > 0 and before / 10 <= value <= before * 10
