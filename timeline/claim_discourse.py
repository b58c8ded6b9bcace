"""Who was spoken of last: the speakers of a paragraph, what "it said" and "the ministry said"
stand for.

Why: a claimant told by a pronoun or an anaphor ("the group said") is found through the speakers
named before it; keeping that memory apart from the reading of one sentence's reporting
structure (claimants.py) keeps each small. Word lists: resources/claimants_en.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from timeline.names import actors
from timeline.regex_gate import alternation
from timeline.sayings import saying_patterns, Cue, norm, normed_words
from timeline.sayings import words as sayings_words


@cache
def owned_count(language: str) -> re.Pattern:
    """"his count", "its own figures": a claim noun owned by whoever was named before (claimants_<language>.toml ``claim_nouns``)."""
    return re.compile(rf"(?:his|her|its|their)\s+(?:own\s+)?(?:{alternation(sayings_words(language)['claim_nouns']['words'])})$")


@dataclass(frozen=True)
class Speaker:
    """Who says a figure: a registry actor or the text's words; how it was found; the relay."""

    actor_id: str | None
    label: str | None
    basis: str  # sentence | paragraph | article
    cue: Cue | None
    via: str | None = None
    kind: str = ""  # what named it: actor, label, institution, name, anaphor, representative, other
    named_as: str | None = None  # the words that named it ("the Defense Ministry"), for "the ministry said"
    document: str | None = None  # what it spoke in ("said in a statement"), for "according to the statement"


ARTICLE = Speaker(None, None, "article", None)


@dataclass
class Discourse:
    """Who was spoken of last, so that "it said" and "the group said" find their speaker: the
    speakers and opening actors of this paragraph, or of the one before when this one has none."""

    article_actors: set[str]
    paragraph: int = -1
    current: list[Speaker] = field(default_factory=list)
    before: list[Speaker] = field(default_factory=list)
    language: str = "en"
    history: list[Speaker] = field(default_factory=list)  # every speaker so far, for "the ministry"
    named_before: list[Speaker] = field(default_factory=list)  # the names of the sentence before, for "the latter"
    abroad: bool = False  # the sentence opens in another country ("In Niger, …"): its "defence ministry" is not the home one

    def enter(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.before = self.current or self.before if self.paragraph >= 0 else []
            self.current, self.paragraph = [], paragraph

    def antecedent(self, pronoun: str = "") -> Speaker | None:
        """The latest one, or for "it" the latest actor (an organisation, not "witnesses"); for
        "the ministry" or "the organisation", the latest speaker the article named with that noun
        ("the Defense Ministry said …" two paragraphs before), however far back."""
        recent = [s for s in reversed(self.current or self.before) if fits_anaphor(s, pronoun, self.language)]  # "the ministry" after "residents said": not the residents
        issued = [s for s in recent if s.document is not None and norm(pronoun).split()[-1:] == [s.document]]
        if issued and len(norm(pronoun).split()) == 2:
            return issued[0]  # "According to the statement, …" after "the general staff said in a statement …, after … the CMA claim to have won"
        named = self._named_with(pronoun)
        if named is not None and (named in self.current or not any(s in self.current and _kind_fits(s, pronoun, self.language) for s in recent)):
            return named  # unless this paragraph named one that fits: "JNIM also claimed a role. …, the group said" after "the Wagner Group" two paragraphs up
        if norm(pronoun) in ("it", "its"):  # the latest organisation or singular speaker, not "witnesses" nor "a doctor"
            people = normed_words("person_heads", "words", self.language)
            head = lambda label: re.split(r"\s+(?:close\s+to|linked\s+to|allied\s+to|loyal\s+to|for|of|with|in|at|from|on)\s+", label)[0]  # "the Rally of Patriotic Forces": a rally; "A Telegram channel close to the Africa Corps": a channel
            recent = [s for s in recent if (s.actor_id and actors()[s.actor_id].fields.get("type") != "person") or (not s.actor_id and not (head(s.label or "").endswith("s") or norm(head(s.label or "x").split()[-1]) in people))]  # nor a person ("It further recalls …" after "… announced the death of Abou Zeid")
        elif norm(pronoun) in ("we", "us", "i", "me"):  # the one who last spoke, not the subject of a sentence ("…, most of them young shepherds. We have recorded …": the statement's own voice)
            recent = [s for s in recent if s.cue is not None]
        elif owned_count(self.language).match(norm(pronoun)) and norm(pronoun).startswith(("his ", "her ")):  # "by his count": a person spoke, never an organisation
            people = normed_words("person_heads", "words", self.language)
            recent = [s for s in recent if (s.actor_id and actors()[s.actor_id].fields.get("type") == "person") or (not s.actor_id and any(w in people for w in norm((s.label or "").split(" of ")[0]).split()))]
        elif norm(pronoun) in ("he", "him", "she", "her"):  # a person: a label or a person, not an organisation or an outlet
            recent = [s for s in recent if not s.actor_id or actors()[s.actor_id].fields.get("type") == "person" or _speaks_for(s, self.language)] or recent  # also "A CMA spokesman, Mossa Ag Elmehdi, …. He said": the CMA's man
            recent = [s for s in recent if _one_of_sex(s, norm(pronoun) in ("she", "her"), self.language)] or recent  # not "the fighters", nor "a woman" for "he"
        return recent[0] if recent else None

    def remember(self, speaker: Speaker | None, text: str = "") -> None:
        if speaker is not None and (speaker.actor_id or speaker.label):
            if speaker.cue is not None and (document := issued_document(text, speaker.cue.end, self.language)):
                speaker = replace(speaker, document=document)
            self.current = [*self.current[-3:], speaker]
            self.history.append(speaker)

    def _named_with(self, phrase: str) -> Speaker | None:
        words = norm(phrase).split()
        if len(words) != 2 or words[0] not in ("the", "this", "that"):
            return None
        head = words[1]
        for s in reversed(self.history):
            said = norm(s.named_as or s.label or "")
            if re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", said) and said != norm(phrase):
                return _conjunct_named(s, head)
        return None


def _conjunct_named(s: Speaker, head: str) -> Speaker:
    """The one of two joint speakers that "the ministry" names ("the defence ministry and a
    security source said" before "the ministry said … it said"): that one alone, not the pair."""
    label = s.label or ""
    if s.actor_id or not re.search(r"\s(?:and|&)\s", label):
        return s
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:and|&)\s+", label) if p.strip()]
    fits = [p for p in parts if re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", norm(p))]
    return replace(s, label=fits[0], named_as=fits[0]) if len(fits) == 1 else s


def issued_document(text: str, after: int, language: str) -> str | None:
    """The document a saying was made in: right after its verb ("said in a statement released on
    Sunday evening"), or the saying itself ("issued a statement … claiming"):
    claimants_<language>.toml ``claim_nouns.issued``."""
    nouns = alternation([*sayings_words(language)["claim_nouns"]["issued"], "report"])
    m = re.match(rf"\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their)\s+(?:[\w’'-]+\s+)?({nouns})(?![\w-])", text[after:], re.IGNORECASE)
    opener = re.match(rf"\W*in\s+(?:a|an|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?({nouns})\s*,", text, re.IGNORECASE)  # "In a 48-page report, the network documents …"
    m = m or (opener if opener and not re.search(r"[,;]\s*(?:while|whereas|and|but)\s|;", text[opener.end() : after]) else None)  # the opener's saying, not one after "while the army said"
    own = rf"(?<![\w-])(?:issued|issues|released|releases|published|publishes|posted|posts|put\s+out|puts\s+out)\s+(?:a|an|its|their)\s+(?:[\w’'-]+\s+)?({nouns})(?![\w-])"
    m = m or next((d for d in re.finditer(own, text, re.IGNORECASE) if d.start() < after <= d.end()), None)  # the saying is the document: "JNIM issued a statement … claiming", "az-Zallaqa posted a statement … claiming"
    return norm(m.group(1)) if m else None


def _speaks_for(s: Speaker, language: str) -> bool:
    """A body's man: a spokesman or an official named with the body ("A CMA spokesman")."""
    return bool(s.named_as) and saying_patterns(language)["rep"].search(s.named_as) is not None


def _one_of_sex(s: Speaker, female: bool, language: str) -> bool:
    """Whether a speaker named by a label may be one person of the pronoun's sex: not a plural
    ("the fighters", "witnesses"), not a word of the other sex ("a woman" for "he")."""
    if s.actor_id or not s.label:
        return True
    words = norm(re.split(r"\s+(?:for|of|with|in|at|from|on)\s+", s.label)[0]).split()  # "a spokesman for the rebels": the spokesman
    if not words or (words[-1].endswith("s") and not words[-1].endswith("ss")):
        return False
    other = set(normed_words("pronoun_gender", "male" if female else "female", language))
    return not other & set(words)


ARMED_KINDS = frozenset(["jihadist", "separatist", "militia", "pmc"])


def _kind_fits(s: Speaker, phrase: str, language: str) -> bool:
    """Whether a speaker is an armed group of the kind an anaphor names ("the group" after
    "JNIM also claimed a role"); not for "the ministry", which names one body among the government's."""
    kinds = sayings_words(language)["anaphor_kinds"].get(norm(phrase))
    return bool(kinds) and set(kinds) <= ARMED_KINDS and bool(s.actor_id) and actors()[s.actor_id].fields.get("type") in kinds


def fits_anaphor(s: Speaker, phrase: str, language: str) -> bool:
    """Whether a speaker may be what an anaphor of a kind stands for: "the ministry" a speaker
    named with "ministry" or of the government, "the group" a group; any speaker for a pronoun,
    "the statement" or "the spokesman" (claimants_<language>.toml, anaphor_kinds)."""
    kinds = sayings_words(language)["anaphor_kinds"].get(norm(phrase))
    if not kinds:
        return True
    if norm(phrase).split()[-1] in norm(s.named_as or s.label or "").split():
        return True
    return bool(s.actor_id) and actors()[s.actor_id].fields.get("type") in kinds
