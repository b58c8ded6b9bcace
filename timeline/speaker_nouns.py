"""The nouns a speaker's phrase is read by: claim nouns ("the army's revised toll"), documents
("said in a statement read on television", "the four-page statement"), institutions ("the
ministry") and members ("fighters of").

Why: whether a phrase names someone turns on these words, kept as data in
claimants_<language>.toml; speaker_phrases.py, sentence_subjects.py and the claimant rules read
them from one place."""

from __future__ import annotations

import re
from functools import cache

from timeline.dates import lexicon
from timeline.regex_gate import alternation
from timeline.sayings import norm, normed_words, words


@cache
def possessed_claim(language: str) -> re.Pattern:
    """"'s revised toll" closing a speaker's phrase: the possessor is the speaker."""
    nouns = alternation(words(language)["claim_nouns"]["words"])
    topic = alternation(words(language)["noun_then_verb"]["topic_prepositions"])
    return re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})(?:\s+(?:{topic})(?:\s+[\w’'-]+){{0,4}})?\s*$", re.IGNORECASE)  # also "The army's own statement about that clash said"


def bare_claim_noun(phrase: str, language: str) -> bool:
    """A claim noun with only generic words before it ("a provisional toll", "the latest
    figures"): it names no one (claimants_<language>.toml, ``claim_nouns``). A bare plural
    ("Estimates suggest …") stays the claimant's label, as it was."""
    found = norm(phrase).split()
    return len(found) > 1 and found[-1] in normed_words("claim_nouns", "words", language) and all(w in normed_words("claim_nouns", "generic_modifiers", language) for w in found[:-1])


@cache
def members_of(language: str) -> re.Pattern:
    """"Fighters of " right before an actor: the actor's people (claimants_<language>.toml
    ``subjects.member_heads``), who speak for it."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['subjects']['member_heads'])})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def own_document(language: str) -> re.Pattern:
    """A saying's own document right after it ("said in a statement read on public television"),
    which a following ", which put …" continues (not "rejects the statement broadcast by …")."""
    nouns = alternation(words(language)["documents"]["words"])
    return re.compile(rf"\s+(?:[\w’'-]+\s+){{0,3}}?(?:in|through|via)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns})(?![\w-])[^,;:.]{{0,60}}$", re.IGNORECASE)


def institution_types(phrase: str, language: str) -> list[str]:
    return [kind for kind, pattern in institution_res(language) if pattern.search(phrase)]


@cache
def institution_res(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    table = words(language)["institutions"]
    return tuple((kind, re.compile(rf"(?<![\w-])(?:{alternation(nouns)})$", re.IGNORECASE)) for kind, nouns in table.items())


@cache
def described_document(language: str) -> re.Pattern:
    """"the short text", "the four-page statement" (claimants_<language>.toml, documents)."""
    w = words(language)["documents"]
    return re.compile(rf"the\s+(?:(?:{'|'.join(w['described_adjectives'])})\s+){{1,2}}(?:{alternation(w['described_nouns'])})")


@cache
def _toll_givers(language: str) -> tuple[re.Pattern, re.Pattern]:
    """A toll someone gave, as the antecedent of a relative that speaks (claimants_<language>.toml,
    ``given_tolls``): "the one the army gave late on Monday, which listed …" and "the army gave a
    first toll on Monday, which listed …"."""
    w = words(language)["given_tolls"]
    verbs, nouns = alternation(w["verbs"]), alternation(w["nouns"])
    tail = r"(?:\s+(?:had|has|have)(?:\s+(?:first|earlier|initially|already))?)?\s+(?:" + verbs + r")(?![\w-])"
    calendar = alternation([*lexicon(language).weekdays, *lexicon(language).months])
    after = rf"(?:\s+(?:late|early|on|in|last|this|yesterday|overnight|the|night|morning|evening|afternoon|of|(?:{calendar})\.?|\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}))*\s*$"  # only when it was given ("late on Monday"): not "… was lower than the UN's"
    named = rf"(?P<who>(?:the|a|an|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){{0,3}})"
    return (
        re.compile(rf"(?<![\w-])(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns}|one)\s+(?:that\s+|which\s+)?{named}{tail}{after}", re.IGNORECASE),
        re.compile(rf"(?:^|[,;:]\s*|(?<![\w-])(?:and|but)\s+){named}{tail}\s+(?:a|an|its|their|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns})(?![\w-]){after}", re.IGNORECASE),
    )


def toll_giver(text: str, end: int, language: str) -> tuple[int, int] | None:
    """Who gave the toll that a ", which listed …" right after ``end`` continues: the subject of
    the clause that gave it (its speaker), or None."""
    for pattern in _toll_givers(language):
        m = pattern.search(text, 0, end)
        if m is not None:
            return m.span("who")
    return None
