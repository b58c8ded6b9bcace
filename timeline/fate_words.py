"""Patterns built from the word lists of claims_<language>.toml that tell what befell the people
a figure counts: freed, unharmed, only present, among the dead, buried, or a force named whole.

Why: "abducted 20 passengers … freed two" and "about 2,000 people were buying" must not become
counts of the abducted or the killed; the words are data, the patterns are built once per
language. Split from timeline/claim_quantities.py, which decides each figure's quantity.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.claim_figures import folded_words, words
from timeline.regex_gate import alternation
from timeline.verb_shapes import AUXILIARY, PERFECT_OR_PAST


@cache
def fate_nouns(language: str) -> dict[str, str]:
    """Nouns that say a fate ("129 killings"), also after a modifier ("238 reported fatalities")."""
    table = words(language).get("fate_nouns", {})
    plain = {" ".join(n.casefold().split()): q for q, nouns in table.items() if q != "modifiers" for n in nouns}
    return plain | {f"{m} {n}": q for m in table.get("modifiers", []) for n, q in plain.items() if " " not in n}


@cache
def released_after(language: str) -> re.Pattern:
    """A release told right after the people ("were freed", "freed", ", all foreign nationals, were freed")."""
    aux = r"(?:were|was|had\s+been|have\s+been|are|being)\s+"
    held = r"(?:\s+(?:held|kidnapped|abducted|taken|detained)\s+by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"  # "some 40 hostages held by the militants had been freed"
    relative = r"(?:\s+(?:whom|of\s+those)\s+[^,;:.]{1,60}?\s+)"  # "two apprentice drivers whom the gunmen had taken away were freed", "About 450 of those detained … were freed"
    return re.compile(rf"(?:(?:\s+and\s+[^,;:.]{{1,40}}?)?\s*,[^,;:]{{1,120}},\s+{aux}|{relative}{aux}|{held}\s+(?:{aux})?)(?:\w+ly\s+)?{released(language).pattern}", re.IGNORECASE)  # after an aside, only a passive: not "abducted 20 passengers, most of them traders, freed two"; also "Two Emiratis and an Iranian, kidnapped …, were freed"


@cache
def fate_after_res(language: str) -> tuple[re.Pattern, re.Pattern]:
    table = words(language)["not_counts"]
    among = rf"(?:\s+and\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?\s+(?:(?:were|was|are|is)\s+(?:also\s+)?)?among\s+(?:(?P<killed>{alternation(table['among_killed'])})|(?P<wounded>{alternation(table['among_wounded'])}))(?![\w-])"
    remains = rf"(?<![\w-])(?:{alternation(table['remains_before'])})\s+$"
    return re.compile(among, re.IGNORECASE), re.compile(remains, re.IGNORECASE)


TOLL_LIST = re.compile(r"(?<![\w-])(dead|killed|wounded|injured|missing)(?:\s+(?:on|in|at|near|during)\s+[^.;:,]{1,30}?)?\s*:\s*(?:(?:(?!(?<![\w-])(?:were|was|had|have|are|is|been)(?![\w-]))[^.;:])*?(?:,|(?<![\w-])and)\s*)?$", re.IGNORECASE)  # a toll's breakdown listed after a colon, no verb of its own between
OWN_FATE = re.compile(r"[^.;:,]{0,30}?(?<![\w-])(?:dead|killed|wounded|injured|hurt|missing|died)(?![\w-])", re.IGNORECASE)  # "…, and 22 wounded": the figure's own fate
OF_THE_DEAD = re.compile(r"(?:^|[.;]\s+|\n)\s*of\s+(?:the|these|those)\s+(dead|killed|wounded|injured)\s*,\s*(?:(?:at\s+least|about|some|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)  # "Of the dead, 46 were children"
OWN_VERB_NEXT = re.compile(r"(?:\s+(?!according\b)[\w’'-]+){0,3}?\s+(?:were|was|are|is|had|have|has|(?!according\b)[a-z]{3,}ed)(?![\w-])", re.IGNORECASE)  # an item of the list has no verb of its own ("…: 40 others were taken prisoner" is another clause)
LIST_FATES = {"dead": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded", "missing": "missing"}


def fate_told_after(text: str, figure_start: int, np_end: int, language: str, fate_before: bool) -> str | None:
    """"were among the dead" after the people, "the bodies of" before them, or a toll's list after
    its colon ("13 dead: four soldiers, …"): their fate (the
    first not when a fate is told before them: "wounded 14 soldiers and two civilians were among the dead")."""
    among, remains = fate_after_res(language)
    if remains.search(text[max(0, figure_start - 30) : figure_start]):
        return "killed"
    if (of := OF_THE_DEAD.search(text, max(0, figure_start - 60), figure_start)) is not None:
        return LIST_FATES[of.group(1).casefold()]  # "Of the dead, 46 were children"
    if (toll := TOLL_LIST.search(text, max(0, figure_start - 160), figure_start)) is not None and not OWN_FATE.match(text, figure_start, np_end + 12) and not OWN_VERB_NEXT.match(text, np_end):
        return LIST_FATES[toll.group(1).casefold()]  # "put the final toll at 13 dead: four soldiers, five civilians … and four attackers"
    if KILLED_THEM.match(text, np_end):
        return "killed"  # "abducted two French radio journalists in Kidal and killed them": their last fate
    m = None if fate_before else among.match(text, np_end)
    return None if m is None else ("killed" if m.group("killed") else "wounded")


KILLED_THEM = re.compile(r"(?:\s+(?:in|near|at|outside|from)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?,?\s+(?:and|before|then)\s+(?:later\s+|then\s+)?(?:killed|kill|kills|executed|execute|executes|murdered|beheaded)\s+(?:them|both|all\s+of\s+them)(?![\w-])", re.IGNORECASE)


@cache
def funeral_of(language: str) -> re.Pattern:
    """The funeral or burial phrases of the ``killed`` words (claims_<language>.toml) right before
    a figure: the verb that follows is the funeral's, not its people's."""
    phrases = [w for w in words(language)["quantities"]["killed"] if w.startswith(("funeral", "burial"))]
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def force_object(language: str) -> re.Pattern:
    """Armed people or a force named as a whole (claims_<language>.toml ``heads.armed`` and
    ``heads.force_words``): the object of an estimate "put at" a strength."""
    heads = words(language)["heads"]
    return re.compile(rf"(?<![\w-])(?:{alternation([*heads['armed'], *heads['force_words']])})(?![\w-])", re.IGNORECASE)


@cache
def present_after(language: str) -> re.Pattern:
    """The people just counted were only there, told with a verb of their own ("about 2,000
    people were buying"; not "killed 22 people, 19 of them civilians gathered for a wedding")."""
    words_after = alternation(words(language)["not_counts"]["present_after"])
    return re.compile(rf"\s+(?:{AUXILIARY}|{PERFECT_OR_PAST})\s+(?:(?:all|still|already|then)\s+)?(?:{words_after})(?![\w-])", re.IGNORECASE)


@cache
def unharmed_after(language: str) -> re.Pattern:
    """The people just counted came to no harm (claims_<language>.toml ``not_counts.unharmed_after``)."""
    words_after = alternation(words(language)["not_counts"]["unharmed_after"])
    said_he = r"(?:,\s+[^,;:.]{3,60},)?\s+(?:said|says|told\s+\w+|recalled|recounted|explained)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:only\s+)?"  # "One of them, a 23-year-old corporal, said he survived"
    return re.compile(rf"(?:\s+of\s+(?:them|those|the\s+\w+))?(?:{said_he}|\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+)?)(?:\w+ly\s+)?(?:{words_after})(?![\w-])", re.IGNORECASE)


@cache
def released(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['not_counts']['released'])})(?![\w-])", re.IGNORECASE)


@cache
def _demanded(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['not_counts']['demanded'])})\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:immediate\s+|unconditional\s+|swift\s+|prompt\s+|speedy\s+)*$", re.IGNORECASE)


def freed_between(text: str, lo: int, hi: int, language: str) -> bool:
    """A release told between ``lo`` and ``hi`` ("50 detainees were freed", "the release of"),
    not one asked for ("calls for the immediate release of the 49 soldiers detained": still held)."""
    return any(not _demanded(language).search(text, max(0, m.start() - 40), m.start()) and not _released_thing(language).match(text, m.end()) and not MEDIA_RELEASED.search(text, max(0, m.start() - 40), m.start()) for m in released(language).finditer(text, lo, hi))


MEDIA_RELEASED = re.compile(r"(?<![\w-])(?:videos?|statements?|communiqu[eé]s?|messages?|recordings?|audio|footage|reports?|photos?|photographs?|images?|list|figures|data|results)\s+(?:(?:was|were|had\s+been|has\s+been|first|later|newly|recently)\s+)*$", re.IGNORECASE)  # "a video released by JNIM shows six hostages": a video put out, no one set free


@cache
def illness(language: str) -> re.Pattern:
    """An illness named in a sentence (claims_<language>.toml not_counts.illnesses): its patients are no wounded."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['not_counts']['illnesses'])})(?![\w-])", re.IGNORECASE)


@cache
def _released_thing(language: str) -> re.Pattern:
    """A thing right after a verb of release ("handed over its weapons"): no one set free."""
    return re.compile(rf"\s+(?:(?:its|their|his|her|the|all|some|our)\s+)?(?:heavy\s+|own\s+)?(?:{alternation(words(language)['not_counts']['released_things'])})(?![\w-])(?!\s+(?:and|as\s+well\s+as|with)\s+(?:(?:about|some|at\s+least|more\s+than)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores)\b|the\s+(?:prisoners|hostages|captives|soldiers|detainees)\b))", re.IGNORECASE)  # not "handed over the town and 30 prisoners"


FOR_BEFORE = re.compile(r"(?<![\w-])for\s+(?:the\s+|some\s+|about\s+|at\s+least\s+)?$", re.IGNORECASE)  # a funeral "held … for 11 soldiers": its dead


@cache
def held_occasion(language: str) -> re.Pattern:
    """An occasion that "was held" ("A meeting was held with 30 village chiefs", "A funeral
    ceremony was held on Tuesday … for 11 soldiers"): held is the occasion's verb, not a
    captivity of the people counted after it (claims_<language>.toml ``held_occasions``).
    Group ``funeral``: a funeral's, whose people are the dead."""
    table = words(language)["held_occasions"]
    return re.compile(
        rf"(?<![\w-])(?:(?P<funeral>{alternation(table['funerals'])})|(?:{alternation(table['nouns'])}))(?![\w-])(?:\s+[\w’'-]+){{0,3}}?\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being)\s+held$",
        re.IGNORECASE,
    )


# "still holds", "says it holds": a holding told before a figure (claims_<language>.toml [holds]
# says who it can make captives of).
HOLDS_BEFORE = re.compile(r"(?<![\w-])(?:still\s+(?:holds?|holding)|says?\s+(?:it|they)\s+holds?|(?:is|are)\s+(?:still\s+)?holding)\s+(?:[\w’'-]+\s+){0,3}?$", re.IGNORECASE)


HANDED = re.compile(r"(?<![\w-])(?:handed|hands|handing)\s+(?:over\s+)?$", re.IGNORECASE)


def freed_before(text: str, lo: int, start: int, noun: str, language: str) -> bool:
    """A release told before the people in their clause: "let some 200 prisoners go", "Freed on
    8 October with … two Italians", "handed 28 hostages over to MINUSMA" (not "handed 12 captured
    jihadists to the gendarmerie")."""
    return bool(freed_between(text, lo, start, language) or (HANDED.search(text, lo, start) and noun.casefold() in folded_words(language, "not_counts", "handed_over")))


@cache
def they_told(language: str) -> re.Pattern:
    """The people counted tell something (claims_<language>.toml not_counts.told_by_counted)."""
    rule = words(language)["not_counts"]["told_by_counted"]
    return re.compile(rf"(?:\s+(?:{alternation(rule['interviewed'])})(?![\w-])[^,;.\d]{{0,60}}?)?\s+(?:{alternation(rule['verbs'])})(?![\w-])", re.IGNORECASE)
