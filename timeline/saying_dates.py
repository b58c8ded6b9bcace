"""The shapes that give a date to a saying or a document rather than to what it tells: "said on
Thursday", "in a statement issued late Monday", "announced the closure on the public broadcaster
ORTM on Sunday evening", "The video was posted on 4 June".

Why: date_owners.py decides which trigger each date of a sentence belongs to; the many ways a
date attaches to the telling (not to the event told) are kept here, in one place, so that the
owner rules read as a list of cases and each shape has a name and a test.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.event_lexicon import event_words, is_saying
from timeline.regex_gate import alternation
from timeline.sentence_clauses import clause_of

SPEAKING_OPENS = re.compile(r"^\W*(?:speaking|talking|addressing|in\s+remarks|in\s+an\s+interview|in\s+a\s+speech)\b[^.;:]{0,80}?(?:\s(?:on|late\s+on|early\s+on|in))?\s+$", re.IGNORECASE)  # "Speaking to journalists in New York on September 25, Lavrov said"
ISSUED = r"(?:issued|released|published|read\s+out|broadcast|posted|given|sent|dated)"  # what a document is, on its day
DOCUMENT_ISSUED = re.compile(
    r"^\W*(?:in|according\s+to)\s+(?:a|an|its|their|the|his|her)\s+(?:(?:first|latest|new|initial|last|earlier)\s+)?(?:statement|communiqu[eé]|account|report|bulletin|update|toll)\b"
    rf"[^.;]{{0,80}}?,\s*{ISSUED}\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
DECREE_OPENS = re.compile(  # a decision that opens the sentence, then its day: what it decides was decided that day
    r"^\W*(?:\[[^\]]{1,30}\]\s*)?(?:in|by|under|through|with)\s+(?:a|an|the|its|his|her|their)\s+(?:(?:new|presidential|ministerial|joint)\s+)?(?:decree|ordinance|order|decision|resolution)(?:\s+No\.?\s*[\w./-]+)?"
    r"\s+(?:signed|issued|dated|published|read(?:\s+out)?|released|adopted|taken|broadcast)\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


@cache
def media_published(language: str) -> re.Pattern:
    """"The video was posted on …" (events_<language>.toml ``media_published``)."""
    w = event_words(language)["media_published"]
    return re.compile(rf"(?<![\w-])(?:{alternation(w['nouns'])})(?:,[^,;.]{{1,40}},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:first\s+)?(?:{alternation(w['verbs'])})\s+(?:(?:online|late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)


ASIDE_BEFORE_SAYING = re.compile(r"(?<=\w)(?<![\s,]and)(?<![\s,]but)(?<![\s,]or)(?<![\s,]then),\s*(?:(?:in|via|through)\s+(?:a|an|its|their|the)\s+[^,;:.\"“”]{0,60}?\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
DOCUMENT_TRAILING = re.compile(
    r"(?:,\s*|\s+)(?:in|via|through)\s+(?:a|an|its|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|communiqu[eé]|release|letter|message|post|recording|video)\s+"
    rf"{ISSUED}\s+(?:(?:to|via)\s+(?:(?!on\s)[\w’'-]+\s+){{1,5}}?)?(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)  # a document named after what it said, with its own day
ISSUER_THEN_DATE = re.compile(r"\s+(?:the\s+)?(?:[\w’'()-]+\s+){1,9}?(?:(?:late|early)\s+)?(?:on\s+|in\s+)?")
LONGER_OBJECT = re.compile(r"\s+(?:(?!(?:that|had|has|have|was|were|been|is|are|be|would|will)\b)[\w’'-]+\s+){5,6}(?:on|in)\s+")  # "announced its first two cases of coronavirus on Wednesday": an object of six words with no clause of its own
DOCUMENT_OPENER = re.compile(r"^\W*(?:in|through|via)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def document_openers(text: str, triggers: list[tuple[int, int, str]], spans: list[tuple[int, int]], out: dict[int, int]) -> dict[int, int]:
    """"In a statement issued late Monday, the army said …": the day of the document that opens
    the sentence is the saying's told after it (the document names no speaker of its own)."""
    for i, k in list(out.items()):
        if k < 0 or not is_saying(triggers[k][2]):
            continue
        lo, hi = spans[clause_of(spans, triggers[k][0])]
        if lo == 0 and DOCUMENT_OPENER.match(text[lo : triggers[k][0]]):
            later = next((j for j, trig in enumerate(triggers) if trig[0] >= hi and is_saying(trig[2])), None)
            out[i] = later if later is not None else k
    return out


@cache
def accounts_re(language: str) -> re.Pattern:
    """Accounts of an event given on a day ("gave rival accounts on Wednesday of the fighting"):
    the day dates the telling, which is no event (events_<language>.toml account_nouns)."""
    nouns = alternation(event_words(language)["account_nouns"])
    return re.compile(rf"(?<![\w-])(?:gave|give|gives|giving|offered|published|issued)\s+(?:[\w’'-]+\s+){{0,3}}(?:{nouns})\s+(?:on|late\s+on|early\s+on|late|early)?\s*$", re.IGNORECASE)


@cache
def adverbs_only(language: str) -> re.Pattern:
    """Nothing, or only adverbs, between a date and the saying it dates ("officials on Thursday
    again denied"; events_<language>.toml, saying_adverbs)."""
    return re.compile(rf"\s*(?:(?:{alternation(event_words(language)['saying_adverbs'])})\s+)*", re.IGNORECASE)


def medium(language: str) -> str:
    """The medium a saying was made on ("on Twitter", "in a video", "on the public broadcaster
    ORTM"): events_<language>.toml, referring_nouns.claim_media."""
    media = alternation(event_words(language)["referring_nouns"]["claim_media"])
    return rf"(?:on|in|via)\s+(?:its\s+|his\s+|her\s+|their\s+|the\s+|an?\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{media})s?(?:\s+(?-i:[A-Z][\w’'-]*))?\s+"


@cache
def object_medium_then_date(language: str) -> re.Pattern:
    """"announced the closure on the public broadcaster ORTM on Sunday evening": an object, then
    the medium it was said on, then the saying's date."""
    return re.compile(rf"\s+(?:the|a|an|its|their|his|her)\s+(?!that\b)[\w’'-]+(?:\s+(?!that\b)[\w’'-]+){{0,2}}?\s+{medium(language)}(?:on|in|at)?\s*(?:(?:late|early)\s+(?:on\s+)?)?", re.IGNORECASE)


@cache
def saying_then_date(language: str) -> re.Pattern:
    """What may stand between a saying and its own date: "said on Thursday", "issued on Monday",
    "said on Twitter late Saturday", "said in messages posted over the weekend", "claimed it in an
    audio message broadcast by Al Jazeera late on Friday"."""
    issued = r"(?:released|issued|published|read|broadcast|aired|posted|dated|made)"
    return re.compile(
        rf",?\s+(?:of(?:\s+[\w’'-]+){{1,4}}\s+(?={issued}\b))?(?:(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:released|issued|published|read(?: out)?|broadcast|aired|posted|dated|made)(?:\s+(?:by|on)(?:\s+[\w’'-]+){{1,3}})?\s+)?"
        rf"(?:{medium(language)}(?:(?:posted|published|released|issued|shared|sent|broadcast|aired|carried|relayed)(?:\s+(?:by|on)(?:\s+(?![\w’'-]+ed\b)[\w’'-]+){{1,3}}?)?\s+)?)?"
        rf"(?:on|in|at|over)?\s*(?:(?:late|early)\s+(?:on\s+)?)?",
        re.IGNORECASE,
    )
