"""A sentence's subject, roughly: the noun phrase it opens with, past a leading adverbial.

Why: a saying with no speaker of its own is often its sentence's subject's ("JNIM claimed the
attack, saying …", "JNIM claimed the attack and said it killed 12 soldiers"), or the subject of
a clause that contrasts with the saying before ("Two sources told the AP …, while the army spoke
of losses and said …"). Finding that noun phrase means stepping past what opens a sentence
without naming anyone ("In a communiqué read on Tuesday on the regional radio, …", "Late on
Monday", an aside in commas) and stopping at its verb; claimants.py resolves the phrase to a
speaker. Word lists: resources/claimants_en.toml (``subjects``, ``subject_end``, ``contrast``).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.names import NameMatch
from timeline.regex_gate import alternation
from timeline.sayings import words as sayings_words
from timeline.speaker_clauses import is_aside
from timeline.speaker_nouns import members_of
from timeline.speaker_phrases import USEFUL, Phrase, name_phrase


@cache
def _contrast(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(sayings_words(language)['contrast']['words'])})\s+", re.IGNORECASE)


def contrast_subject(text: str, lo: int, hi: int, names, masks, language: str):
    """The subject of a contrasting clause between two sayings ("…, while the army …"), when it
    names someone."""
    last = None
    for last in _contrast(language).finditer(text, lo, hi):
        pass
    if last is None:
        return None
    start, end = subject_span(text[last.end() : hi], language)
    phrase = name_phrase(text, last.end() + start, last.end() + end, names, masks, language)
    return phrase if phrase is not None and phrase.kind in USEFUL and phrase.kind != "anaphor" else None


@cache
def _prepositional_lead(language: str) -> re.Pattern:
    """A long opening phrase before the subject ("In a communiqué read on Tuesday on the regional
    radio, the governor …"): claimants_<language>.toml, subjects.lead_words."""
    return re.compile(rf"(?:{alternation(sayings_words(language)['subjects']['lead_words'])})\s[^,;\"“”]{{0,90}},\s+", re.IGNORECASE)


TIME_LEAD = re.compile(r"(?:late|early|later|earlier)(?:\s+on)?\s+(?:[A-Z]\w+day|this\s+\w+|last\s+\w+|that\s+\w+)\s+", re.IGNORECASE)


SUBJECT_END = re.compile(r"[\s,](?:has|have|had|is|are|was|were|will|would|could|can|may|on|in|at|gave|took|made|said|says|told|spoke|put|kept|held|sent|gave|struck|fought|lost|won|led|left|found|claimed|claims|blamed|" + alternation(sayings_words("en")["subject_end"]["irregular_verbs"]) + r"|(?!(?:" + alternation(sayings_words("en")["subject_end"]["adjectival_participles"]) + r")\s)(?=[a-z])\w+ed|\w+ing)\s")  # not "A local elected official", "armed men": a participle before its noun (claimants_en.toml subject_end); nor "the Malian Armed Forces", "the United Nations": a name


def subject_phrase(text: str, names: list[NameMatch], masks, language: str) -> Phrase | None:
    """The sentence's subject; an actor opening the sentence before an appositive ("JNIM, the
    alliance formed in March by …, claimed the attack, saying …") is the subject, not the appositive."""
    phrase = name_phrase(text, *subject_span(text, language), names, masks, language)
    if phrase is not None and phrase.kind == "actor":
        return phrase
    opening = next((n for n in names if n.kind == "actor" and (not re.search(r"[^\W\d_]", text[: n.start]) or members_of(language).fullmatch(text[: n.start]))), None)
    if opening is not None and re.match(r"\s*,\s*(?:the|a|an|[\w-]+['’]s)\s", text[opening.end :], re.IGNORECASE):
        return Phrase("actor", text[opening.start : opening.end], opening.id)
    return phrase


def subject_span(text: str, language: str = "en") -> tuple[int, int]:
    """The opening noun phrase of a sentence (after a leading adverbial): its subject, roughly."""
    lead = re.match(r"(?:[^,]{0,40},\s+)?", text)
    relative = lead is not None and lead.group() and re.match(r"(?:who|which|whose|whom)(?![\w-])", text[lead.end() :], re.IGNORECASE) and not SUBJECT_END.search(" " + lead.group())  # "The association, which represents herders, …": its subject (not "HRW blamed JNIM …, which …")
    clause = lead is not None and re.match(r"[a-z]+ing(?![\w-])", text[lead.end() :]) is not None  # "JNIM claimed the attack, saying …": a clause, not a lead
    lo = lead.end() if lead and not relative and not clause and not re.search(r"\w+\s+\w+\s+\w+\s+\w+\s+\w+\s+\w+", lead.group()) else 0
    when = TIME_LEAD.match(text)
    lo = when.end() if not lo and when else lo  # "Late on Monday it revised its toll": it
    framed = _prepositional_lead(language).match(text, len(text) - len(text.lstrip())) or (_prepositional_lead(language).match(text, lo) if lo else None)  # "In a communiqué read on Tuesday on the regional radio, the governor …"; also after a dateline ("GAO, Mali — At the bus station …, Hamadou Touré …")
    if framed and re.search(r"(?<![\w-])(?:it|they|he|she|we)\s+\w+(?:ed|s)(?![\w-])", framed.group(), re.IGNORECASE):
        framed = None  # "Late on Monday it revised its toll, saying …": a clause with its own subject, no frame
    lo = framed.end() if framed and (not lo or framed.start() >= lo) else lo
    aside = lead is not None and lead.group() and (nxt := re.match(r"[^,;]{1,60},", text[lead.end() :])) is not None and is_aside(nxt.group()[:-1], language)
    if relative or aside:
        return 0, lead.group().rstrip().rfind(",")  # the noun before the relative clause; "An MNLA spokesman, reached by telephone, …": the spokesman
    m = SUBJECT_END.search(text, lo)
    return lo, m.start() if m else min(len(text), lo + 60)
