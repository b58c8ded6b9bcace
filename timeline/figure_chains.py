"""How a figure relates to the figure told just before it in its sentence, when its own words
say no fate: "killed 14 mercenaries and 20 soldiers" (joined), "22 people killed, 19 of them
civilians" (apposed), "along with three hostages", "14 dead according to the UN, 23 according to
the opposition" (a rival count), "the government said 38" (the same count recounted), "600 more,
taking Barkhane to about 5,100" (a force grown), "1,700 households, or about 9,800 people"
(restated); and the same number written twice ("six (06)", "4,630 people (812 households)",
a toll that "rose from 25 to 38"). Split from timeline/claim_quantities.py, which finds the figures."""

from __future__ import annotations

import re

from timeline.claim_figures import FATES, figure_patterns
from timeline.strength_cues import STRENGTH_AGAIN

# Words that open a breakdown of the figure before ("21 civilians, among them 11 children")
BREAKDOWN_OPENERS = r"among\s+(?:them|whom|the\s+(?:dead|victims|wounded|injured))|including|of\s+whom"
RIVAL_BEFORE = re.compile(r"\s*(?:[\w’'-]+\s+)?(?:according\s+to|says?|said|by)\s+[^,;\d]{1,60},\s*(?:and\s+|but\s+|while\s+)?", re.IGNORECASE)
RIVAL_SAID = re.compile(r"(?<![\w-])(?:said|says|claimed|claims|reported|counted|counts|acknowledged|acknowledges|admitted|admits|conceded|concedes|recognised|recognized|put\s+it\s+at|puts\s+it\s+at|spoke\s+of|speaks\s+of|gave)\s+(?:(?:about|around|some|at\s+least|more\s+than|nearly|over|almost)\s+)?$", re.IGNORECASE)
RIVAL_AFTER = re.compile(r"\s*,?\s*(?:according\s+to|says?|said|by)(?![\w-])", re.IGNORECASE)
RESTATED_AS = re.compile(r"\s+(?:households|families|homes|tents)\s*,?\s+(?:or|i\.e\.|that\s+is|totall?ing|comprising)\s+", re.IGNORECASE)
COUNTED_AGAIN = re.compile(r"(?<![\w-])(?:count|counts|counted|counting|tallied|listed)\s+$", re.IGNORECASE)  # a second toll counted by someone else, its fate the first's
PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|those|these)(?![\w-])", re.IGNORECASE)
NEXT_VERB_OBJECT = re.compile(r"[^,;.\d]{0,40}?\s+and\s+[a-z]+ed\s+(?:[\w’'-]+\s+){0,2}?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|dozens)\b", re.IGNORECASE)  # "… and captured three vehicles": a verb with its own object


def quantity_from_before(text: str, m: re.Match, number_start: int, head: tuple, quantity: str | None, found: list[tuple[re.Match, str]], participle: str | None, language: str) -> str | None:
    """The quantity a figure counts, given the figures already found before it in the sentence:
    its own when its words say one, else the one before it when the sentence ties them.
    ``participle``: the fate a participle right after the figure's people says ("16 assailants
    "neutralised""), if any."""
    pats = figure_patterns(language)
    between = text[found[-1][0].end() : m.start()] if found else ""
    elliptic = head[0] == "none" and re.match(r"\s+in\s+[A-Z]", text[m.end() :]) is not None  # "…, 4,300 in Niger and 2,100 in Burkina Faso"
    joined = found and (re.fullmatch(r"[\w\s’'\"“”-]*?\s(?:and|as well as)\s+", between) or ((head[0] == "person" or elliptic) and re.fullmatch(r"(?:\s*[^\W\d][^\d,;]{0,40},){1,3}\s*", between)))  # "five soldiers, two hotel employees and three foreigners"
    own_fate = re.match(r"\s+(?:[\w’'-]+\s+){0,2}?(?:wounded|injured|dead|killed|missing|died)(?![\w-])", text[m.end() :], re.IGNORECASE) or (head[0] in ("person", "name") and participle)
    if joined and quantity is not None and found and quantity != found[-1][1] and not own_fate and NEXT_VERB_OBJECT.match(text, m.end()) and re.fullmatch(r"[\w\s’'\"“”-]*?\s(?:and|as well as)\s+", between):
        quantity = found[-1][1]  # "had killed 14 mercenaries and 20 soldiers and captured three vehicles": the 20 were killed
    apposed = found and (
        re.fullmatch(rf"[^,;]*,\s*(?:{BREAKDOWN_OPENERS}|mostly|mainly|most\s+of\s+them)\s+", text[found[-1][0].end() : m.start()])
        or (re.fullmatch(r"[^;]*,\s*", text[found[-1][0].end() : m.start()]) and PARTITIVE.match(text, m.end()))
    )  # "at least 22 people were killed, 19 of them civilians"
    along = found and head[0] in ("person", "name") and pats["accompanying"].search(text[found[-1][0].end() : number_start]) and ";" not in text[found[-1][0].end() : m.start()]
    along = along and not re.match(r"\s+(?:wounded|injured|dead|missing)(?![\w-])", text[m.end() :], re.IGNORECASE) and not participle  # "nine bodies … along with 11 wounded people": their own state
    rival = found and quantity is None and RIVAL_BEFORE.fullmatch(between) and RIVAL_AFTER.match(text, m.end()) and found[-1][1] != "equipment_lost"
    recounted = bool(found) and quantity is None and found[-1][1] in FATES and (COUNTED_AGAIN.search(text, max(0, m.start() - 30), m.start()) is not None
                                                                               or (head[0] in ("person", "name") and RIVAL_SAID.search(text, max(0, m.start() - 40), m.start()) is not None and re.search(r"[;,]\s+(?:and|but|while|whereas)\s", between) is not None))  # "The government put the number at 82, and an army spokesman later spoke of 97 soldiers"
    elided = bool(found) and quantity is None and head[0] == "none" and found[-1][1] in FATES and RIVAL_SAID.search(text, max(0, m.start() - 40), m.start()) is not None and re.match(r"\s*(?:[.;,)]|$)", text[m.end() :]) is not None and re.search(r"[;,]|(?<![\w-])(?:while|whereas|but)(?![\w-])", text[found[-1][0].end() : m.start()]) is not None
    grown = bool(found) and quantity is None and found[-1][1] == "strength" and (head[0] == "none" or (head[0] == "unknown" and head[2].casefold() == "more")) and not any(pats[f"q:{q}"].search(text, found[-1][0].end(), m.start()) for q in FATES) and STRENGTH_AGAIN.search(text, max(0, m.start() - 30), m.start()) is not None
    if grown:
        quantity = "strength"  # "promises 220 extra soldiers, and … announces 600 more, taking Barkhane to about 5,100": the same force counted again
    if rival or recounted or elided:  # also "the government counted 11 dead; the movement said 23": the same count, another claimant
        quantity = found[-1][1]  # "14 dead according to the UN, 23 according to the opposition"; "the army admits two soldiers dead, while local officials count seven drivers": the same count, another claimant
    parted = OF_THE_DEAD.match(text) if quantity is None and head[0] == "none" and re.match(r"\s+(?:were|was|are|is)\s+(?!(?:still|back|being|in|at|on|not)\b|[a-z]+ed\b)", text[m.end() :]) else None  # "19 were civilians", not "30 were discharged"
    if parted is not None and parted.end() <= m.start():
        quantity = "wounded" if parted.group("fate").casefold() in ("wounded", "injured") else "killed"  # "Of the 22 dead, 19 were civilians and three were presumed members of the katiba"
    restated = bool(found) and quantity is None and RESTATED_AS.fullmatch(text, found[-1][0].end(), m.start()) is not None  # "1,700 households, or about 9,800 people": the same people counted again
    restated = restated or (bool(found) and quantity is None and head[0] == "none" and CHANGED_FROM.search(text, max(0, found[-1][0].start() - 60), found[-1][0].start()) is not None and CHANGED_TO.fullmatch(text, found[-1][0].end(), m.start()) is not None)  # "has risen from 2,100 people in January 2018 to nearly 66,000": the same people, counted later
    if (quantity is None and (joined or apposed or restated) or along) and head[0] in ("person", "name", "none") and found[-1][1] != "equipment_lost":
        quantity = found[-1][1]  # also "…had been killed in the siege, along with three hostages"  # "killed at least 84 Wagner mercenaries and 47 Malian soldiers"; "21 civilians, among them 11 children"
    return quantity


def revisions_apart(text: str, pats: dict) -> list[re.Match]:
    """The sentence's figures, with a toll that changed "from 25 to 38" read as two figures (the
    first toll and the last), not one range."""
    out = []
    for m in pats["figure"].finditer(text):
        if m.group("a") is not None and m.group("qual") is None and CHANGED_FROM.search(text, max(0, m.start() - 60), m.start()) and text[m.end("a") :].lstrip().startswith("to") and not UNIT_AFTER.match(text, m.end()) and not MULTIPLIED.search(m.group("b")):
            out += [pats["figure_alone"].match(text, m.start("a")), pats["figure_alone"].match(text, m.start("b"))]
        else:
            out.append(m)
    return [m for m in out if m is not None]


OF_THE_DEAD = re.compile(r"\W*(?:of|among)\s+(?:the|those)\s+(?:(?:\d[\d,]*|about\s+\d[\d,]*)\s+)?(?:people\s+)?(?P<fate>dead|killed|victims|wounded|injured|fatalities)\s*,", re.IGNORECASE)  # not "Of the victims of the pension scam,", "Among the injured players,"
MULTIPLIED = re.compile(r"(?<![\w-])(?:million|billion|thousand|hundred)(?![\w-])", re.IGNORECASE)
UNIT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|percentage|million|billion|thousand|bn|CFA|francs|dollars|euros|tonnes|tons|km|kilometres|kilometers)(?![\w-])", re.IGNORECASE)  # "from 10 to 15 percent", "from 2 to 5 million": one measure, not two tolls
CHANGED_TO = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?to\s+", re.IGNORECASE)  # "from 2,100 people in January 2018 to ": the later count of the same people
CHANGED_FROM = re.compile(r"(?<![\w-])(?:rose|risen|rising|rises|went|gone|going|climbed|climbing|increased|increasing|jumped|grew|grown|raised|raising|revised|revising|upped|lowered|lowering|fell|fallen|dropped|cut|reduced|moved|changed|corrected)\s+(?:[\w’'-]+\s+){0,4}?from\s+$", re.IGNORECASE)


NUMERAL_ASIDE = re.compile(r"\(\s*\d[\d,.]*\s*\)")


def numeral_aside(text: str, m: re.Match) -> bool:
    """A bracket that only repeats a number in digits, as communiqués write "six (06)", or counts
    the same people in households, as humanitarian updates write "4,630 people (812 households)"."""
    if m.group() == "(":
        return NUMERAL_ASIDE.match(text, m.start()) is not None or UNIT_ASIDE.match(text, m.start()) is not None
    if m.group() == ")":
        return re.search(r"\(\s*\d[\d,.]*\s*$", text[: m.start()]) is not None or UNIT_ASIDE_END.search(text, 0, m.end()) is not None
    return False


UNIT_ASIDE = re.compile(r"\(\s*(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,.]*\s+(?:households|families|family\s+units|individuals|persons)\s*\)")
UNIT_ASIDE_END = re.compile(UNIT_ASIDE.pattern + r"$")
MEANS_ASIDE = re.compile(r",\s+(?:which|that)\s+(?:has|have|had)\s+(?=(?:only\s+|about\s+|some\s+|around\s+|nearly\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))[^,;:.]{1,80}(?:,\s+[^,;:.]{1,40})?,", re.IGNORECASE)  # "the hospital, which has 120 beds and five surgeons, received 94 wounded": what it has, not what befell it




def digits_over_words(text: str, found: list[tuple[re.Match, str]], language: str) -> list[tuple[re.Match, str]]:
    """"thirty-two (32) terrorists", "one thousand two hundred (1,200) people": a communiqué
    writes the number twice; the digits in brackets are the figure, the words before them go."""
    out = list(found)
    for m, quantity in found:
        if not re.search(r"\(\s*$", text[: m.start()]) or not re.match(r"\s*\)", text[m.end() :]):
            continue
        words = [(w, q) for w, q in out if w is not m and w.end() <= m.start() and re.fullmatch(r"[\sa-zA-Z-]*\(\s*", text[w.end() : m.start()]) and m.start() - w.end() < 40]
        out = [(w, q) for w, q in out if (w, q) not in words]
    return out
