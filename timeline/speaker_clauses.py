"""Clauses beside a speaker's phrase that name no one: relative clauses, asides, sources cited.

Why: the words right before a saying often describe its speaker or name the speaker's source
rather than speak ("A Malian army officer, who spoke on condition of anonymity because he was not
authorized to brief reporters, said"; "a blogger, citing "people who came back", said"; "a
security document cited by several media"); speaker_phrases.py steps past them to the phrase
that speaks. These tests of a clause are kept here so that module stays small; the shapes they
read are in speaker_shapes.py. Word lists: resources/claimants_en.toml (``relative_heads``,
``asides``, ``sources_cited``).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.regex_gate import alternation
from timeline.sayings import Cue, norm, words
from timeline.speaker_shapes import AGED, APPOSED_RELATIVE, BRACKETED, RELATIVE_THEN_AUX, UNMARKED_RELATIVE


def in_relative(text: str, cue: Cue) -> bool:
    """"the herders who found the site had counted 35 bodies": a verb of a relative clause that
    reports nothing (no "that" after it) describes the speaker; it is not an earlier saying."""
    return not cue.relay and re.search(r"(?<![\w-])who\s+$", text[: cue.start], re.IGNORECASE) is not None and re.match(r"\s+(?:that|how|what)(?![\w-])|\s*[,\"“]", text[cue.end :]) is None


@cache
def _asides(language: str) -> re.Pattern:
    return re.compile(rf"^\W*(?:{'|'.join(words(language)['asides']['patterns'])})\W*$", re.IGNORECASE)


def is_aside(chunk: str, language: str) -> bool:
    """", speaking on condition of anonymity,": how the speaker spoke, not who."""
    return _asides(language).match(chunk) is not None


@cache
def _organisation_relative(language: str) -> tuple[re.Pattern, re.Pattern]:
    """An organisation's noun right before "that"/"which", and a listener told something "that"
    (claimants_<language>.toml ``relative_heads``)."""
    w = words(language)["relative_heads"]
    return (
        re.compile(rf"(?<![\w-])(?:{alternation(w['nouns'])})\s+(?:that|which)\s*$", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{alternation(w['listener_verbs'])})\s+(?:(?:the|a|an|this|that)\s+(?:[\w-]+\s+){{0,3}}[\w-]+|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){{0,3}})\s+that\s*$", re.IGNORECASE),  # also "told Test Agency that"
    )


def relative_body(text: str, lo: int, hi: int, language: str = "en") -> bool:
    """"A farmer who hid in a granary said": the clause after "who" is what he did; its speaker
    is the noun before "who" ("which the rebels said" keeps its own subject)."""
    return bool(text[lo:hi].strip()) and (
        re.search(r"(?<![\w-])who\s*$", text[:lo], re.IGNORECASE) is not None
        or re.match(r"\s*(?:that|which)\s+(?!said|says)[a-z]+ed\b", text[lo:hi]) is not None  # "an armed group that signed the 2015 accord"
        or (_organisation_relative(language)[0].search(text[:lo]) is not None
            and not _organisation_relative(language)[1].search(text[:lo])  # "told the agency that comrades …": the listener, then what was said
            and re.match(r"\s*(?!(?:said|says|his|hers|its|this|thus|was|has|is|as|us)\b)[a-z]+(?:s|ed)\s", text[lo:hi]) is not None)  # "A regional monitoring group that tracks incidents in the area put the number at …" (not "told the group that his neighbour had counted")
        or (re.search(r",\s*(?:an?|the)\s+(?![^,]*(?<![\w-])(?:told|tells|telling|said|says|informed)(?![\w-]))[\w-]+(?:\s+[\w-]+){0,3}\s+(?:that|which)\s*$", text[:lo]) is not None and re.match(r"\s*(?!said\b|says\b)[a-z]+(?:s|ed)\s", text[lo:hi]) is not None)  # "X, an association that defends the interests of …, said", "X, a Tuareg armed group that has fought …, gave" (not "In Niger, a local official told AFP that residents had reported …")
    )


def before_relative(text: str, floor: int, pos: int, language: str) -> int:
    """"A Malian army officer, who spoke on condition of anonymity because he was not
    authorized to brief reporters, said", "a blogger, citing "people who came back", said": the
    speaker stands before the relative clause or the source it cites."""
    for _ in range(3):  # "JNIM (a branch of Al-Qaeda, banned in Russia), which says …, has spoken of": before both
        m = RELATIVE_THEN_AUX.search(text, floor, pos) or _citing_clause(language).search(text, floor, pos) or BRACKETED.search(text, floor, pos) or UNMARKED_RELATIVE.search(text, floor, pos) or AGED.search(text, floor, pos) or APPOSED_RELATIVE.search(text, floor, pos)
        if m is None or m.start() >= pos:
            break
        pos = m.start()
    return pos


@cache
def _citing_clause(language: str) -> re.Pattern:
    return re.compile(rf",\s*(?:{alternation(words(language)['sources_cited']['participles'])})(?![\w-])[^;:]*?,\s*$", re.IGNORECASE)


@cache
def sourced_by(language: str) -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(words(language)['sources_cited']['passive'])})\s+by\s+", re.IGNORECASE)


@cache
def published_by(language: str) -> re.Pattern:
    """"a report that the UN human rights office published", "a statement the CMA issued": the
    document's noun, then its publisher (group ``who``) in a relative clause of its own (not "an
    internal UN report that Reuters published": a report whose author is named before it)."""
    nouns = alternation(words(language)["claim_nouns"]["sourced"])
    verbs = alternation(words(language)["sources_cited"]["publishing"])
    return re.compile(rf"\W*(?:(?:a|an|the|its|their)\s+)?(?:(?-i:[a-z])[\w’'-]*\s+){{0,3}}?(?:{nouns})\s+(?:(?:that|which)\s+(?!(?:was|were|is|are|been|has\s+been|had\s+been|have\s+been)\s)(?P<who>[^,.;:\"“”]{{2,80}}?)|(?P<named>(?:the\s+[a-z]|(?-i:[A-Z]))[^,.;:\"“”]{{1,80}}?))\s+(?:had\s+|has\s+|have\s+)?(?:{verbs})(?![\w-])", re.IGNORECASE)


def citing(text: str, cue: Cue, language: str) -> bool:
    """"citing X", "quoting X", "a document cited by X" (resources/claimants_<language>.toml,
    ``sources_cited``): names a speaker's source, inside the speaker's own phrase."""
    word = norm(text[cue.start : cue.end]).split()[0]
    cited = words(language)["sources_cited"]
    return word in cited["participles"] or (word in cited["passive"] and re.match(r"\s+by\s", text[cue.end :]) is not None)
