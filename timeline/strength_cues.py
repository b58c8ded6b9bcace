"""The words around a figure that make it a force's strength, not a loss: "its 5,100-strong
force", "put the Africa Corps at about 2,500 men", "believe there are about 1,000 Russians in
Mali", "Western officials put their number at around 1,000", "the attackers numbered between 60
and 80", troops "now serving in Mali".

Why: strength figures are told in many shapes; keeping their patterns here (and the test of a
strength word right before a figure) leaves timeline/claim_quantities.py to decide what a
figure counts.
"""

from __future__ import annotations

import re

SERVING = re.compile(r"\s+(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:now\s+|currently\s+|still\s+)?(?:serving|deployed|stationed|based)\s+(?:in|at|across)(?![\w-])|\s+(?:(?:are|were|is|was|remain|remained)\s+)?(?:now|currently|still)\s+(?:serving\s+)?in\s+(?:the\s+country|Mali)(?![\w-])", re.IGNORECASE)  # people of any noun serving somewhere now are a force (not "were in the hotel")
DEPLOYED = re.compile(r"(?:deployed|stationed|based|flown\s+in|airlifted)(?![\w-])", re.IGNORECASE)  # people of any noun sent somewhere are a force
SECOND_FIGURE = re.compile(r"\s+and\s+(?:(?:some|about|around|nearly|roughly|more\s+than|at\s+least|over)\s+)?\d[\d,]*\s+[A-Za-z]", re.IGNORECASE)  # a second figure of people sharing the verb
STRONG_WORD = r"-strong(?![\w-])"  # "its 5,100-strong force": the one place this suffix is spelled
STRONG = re.compile(STRONG_WORD, re.IGNORECASE)
PUT_NUMBER = re.compile(r"(?<![\w-])(?:put|puts|putting|estimated|estimate|estimates)\s+(?:the\s+number\s+of\s+(?:(?!(?:dead|killed|wounded|injured|missing|captured|slain)\s)[\w’'-]+\s+){0,2}?(?:Russians|troops|soldiers|fighters|mercenaries|instructors|personnel|militants|jihadists|rebels)(?:\s+in\s+(?:the\s+)?[\w’'-]+)?|(?:their|its|his|her)\s+(?:number|numbers|strength|total\s+strength)|the\s+(?:strength|total\s+strength)|(?:the|their|its)\s+(?:[\w’'-]+\s+){0,2}(?:presence|contingent|deployment|militants|jihadists|fighters|rebels|insurgents|ranks)(?:\s+in\s+[\w’'-]+)?)\s+at\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|between\s+)?$", re.IGNORECASE)  # "Western officials put their number at around 1,000", "put the militants at between 3,000 and 5,000"
THERE_ARE = re.compile(r"(?<![\w-])there\s+(?:are|were|was|is)\s+(?:now\s+|still\s+)?(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|between\s+|more\s+than\s+|at\s+least\s+)?$", re.IGNORECASE)
IN_PLACE = re.compile(r"(?:\s+of\s+them)?\s+(?:now\s+|still\s+)?in\s+(?:the\s+country|(?-i:[A-Z]))", re.IGNORECASE)  # "… of them in Mali"
GENERAL_PUT = re.compile(r"(?<![\w-])(?:put|puts|putting|estimated|estimate|estimates|estimating)\s+(?:(?!(?:toll|tolls|dead|death|deaths|killed|executed|slain|missing|captured|arrested|detained|displaced|refugees|fled|number|numbers|casualties|losses|wounded|injured|victims|bodies|damage|cost|costs|price|value|budget|amount|bill|figure)\b)[\w’'.-]+\s+){1,9}?(?:at|around)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|between\s+|more\s+than\s+)?$"
    r"|(?<![\w-])(?:which|whom|that)\s+(?:[\w’'.-]+\s+){1,3}(?:put|puts|estimated|estimate|estimates)\s+at\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|between\s+|more\s+than\s+)?$", re.IGNORECASE)  # "the Africa Corps, which diplomats put at about 2,000 men"
THEIR_NUMBER = re.compile(r"(?<![\w-])(?:their|its)\s+(?:number|numbers|strength)\s+(?:was|is|were|are|stood\s+at|stands\s+at)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|between\s+)?$", re.IGNORECASE)  # "their number was between 400 and 500"
FORCE_MOVED = re.compile(r"(?<![\w-])(?:(?:withdrawal|departure|pull-?out|drawdown|redeployment|deployment|repatriation|presence)\s+of|withdrew|withdrawing|withdraws|pulled\s+out|pulling\s+out|deployed|deploying|deploys|sent|sending|stationed|keeps|kept|maintains|maintained|repatriated)\s+(?:all\s+)?(?:its|their)\s+$", re.IGNORECASE)  # "completed the withdrawal of its 2,400 troops": a force moved with its owner
WHOSE_NUMBER = re.compile(r"(?P<noun>[\w’'-]+),\s+whose\s+(?:number|numbers|strength)(?:\s+in\s+[\w’'-]+)?\s+(?:(?:is|was|are|were)\s+(?:estimated|put)\s+at|(?:[\w’'.-]+\s+){1,3}(?:put|puts|estimated|estimates|estimate)\s+at|was|is|were|are|stood\s+at|stands\s+at)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|between\s+)?$", re.IGNORECASE)


def whose_force(text: str, figure_start: int, language: str) -> bool:
    """"the Africa Corps, whose strength in Mali is estimated at about 2,500": a force's number
    (a name or an armed noun before "whose"; not "the displaced, whose number is put at 400,000")."""
    from timeline.claim_figures import folded_words

    m = WHOSE_NUMBER.search(text, max(0, figure_start - 100), figure_start)
    return m is not None and (m.group("noun")[:1].isupper() or m.group("noun").casefold() in folded_words(language, "heads", "armed"))


NUMBERED = re.compile(r"(?<![\w-])(?:numbered|numbering)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+)?$", re.IGNORECASE)


SECOND_PREDICATE = re.compile(r"\s+and\s+(?:(?:has|have|had)\s+(?!been\b)|(?:lost|suffered|saw|counted|recorded|buried|mourned)(?![\w-]))", re.IGNORECASE)  # a verb of its own for the same subject ("has 3,000 troops in the north and lost 12 in an ambush")
STRENGTH_AGAIN = re.compile(r"(?<![\w-])(?:announces|announced|announcing|promises|promised|adds|added|adding|sends|sent|sending|deploys|deployed|taking|took|takes|bringing|brought|brings|raising|raised|to|against|from)\s+(?:[\w’'-]+\s+){0,3}?(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$", re.IGNORECASE)  # a force's number told again: "… 600 more", "taking Barkhane to about 5,100"


GAP_WORDS = re.compile(r"(?<![\w-])(?:had|have|has|been|were|was|are|is|being|who|which|that|reportedly|also|then|all|later|now|since|either)(?![\w-])|[\s,\"”’']", re.IGNORECASE)


def gap(between: str) -> int:
    """How far a word is from a noun phrase, not counting auxiliaries ("soldiers had been killed")."""
    return len(GAP_WORDS.sub("", between))


SAYING_BETWEEN = re.compile(r"(?<![\w-])(?:said|says|told|tells|reported|reports|stated|states|added|adds|claimed|claims|wrote|writes)(?![\w-])", re.IGNORECASE)


def strength_before(text: str, lo: int, start: int, language: str) -> bool:
    """A strength word just before the figure that governs it ("had 1,000 men", "deployed
    some 300"), not an auxiliary of another verb ("had eliminated dozens of militants")."""
    from timeline.claim_figures import figure_patterns, words  # claim_figures reads STRONG_WORD from here

    qualifiers = {q for qs in words(language)["qualifiers"].values() for q in qs}
    for m in figure_patterns(language)["q:strength"].finditer(text, max(lo, start - 45), start):
        between = text[m.end() : start]
        verbs = [v for v in re.findall(r"[A-Za-z]+ed\b", between) if v.casefold() not in qualifiers]
        if gap(between) <= 30 and not verbs and not SAYING_BETWEEN.search(between):
            return True  # not "Human Rights Watch has said about 300 men … were executed"
    return False
