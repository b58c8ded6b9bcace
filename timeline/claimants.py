"""Claimants: who says a figure, read from the reporting structure of its sentence.

Why: the name nearest a figure is often not its source ("a local politician told AFP" is not
the army; in "which the rebels said killed 50 civilians" the rebels speak). The claimant is the
subject of the saying that governs the figure ("X said", "X told AFP", "according to X",
'"…," said X', "X's claim that"); a pronoun is the previous speaker of its paragraph; a figure
no one is said to give belongs to the article. Word lists: resources/claimants_en.toml.

The sayings of a sentence are found by sayings.py and the phrases naming their speakers by
speaker_phrases.py; this module picks the saying that governs a figure and resolves its speaker
through the paragraph (Discourse). How sure the text is: claim_status.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from timeline.names import NameMatch, actors, places, unmatched_capitalised
from timeline.regex_gate import alternation
from timeline.sayings import Cue, cues, norm, normed_words
from timeline.sayings import words as sayings_words
from timeline.speaker_phrases import USEFUL, Phrase, institution_types, name_phrase, relayed_by, speaker_phrase


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


ARTICLE = Speaker(None, None, "article", None)


# A contrast ends the reach of a saying ("X said it held, but 12 soldiers died"); "but that …"
# and "while …" go on telling what the speaker said ("two dead, while 13 attackers were slain").
HARD_BREAK = re.compile(r";|\s[—–]\s|(?<![\w-])(?:but(?!\s+that\b)|although|though)(?!\s+\w+ing\b)(?![\w-])", re.IGNORECASE)


def governing(text: str, found: tuple[Cue, ...], start: int, end: int) -> tuple[Cue | None, Cue | None]:
    """The saying that governs a figure, and the saying that relays it if there is one: the
    nearest saying before it in its clause ("X said …", "X told AFP that Y said …"), else a
    reporting clause after it ('…, the army said', '…," said X', '…, according to X')."""
    quote = quote_around(text, start, end)
    if quote is not None:  # '"I counted 60 bodies before the soldiers told us to move," said a trader': the trader's
        found = tuple(c for c in found if c.end <= quote[0] or c.start >= quote[1])
        start, end = quote
    before = [c for c in found if c.end <= start and (not HARD_BREAK.search(text[c.end : start]) or _toll_goes_on(text[c.end : start]))]
    after = [c for c in found if c.start >= end and not HARD_BREAK.search(text[end : c.start])]
    if quote is not None:  # '…," the source said' / '…," said the trader': the words after the quote
        trailing = next((c for c in after[:1] if len(text[end : c.start].split()) <= 8 and not re.search(r"[.;:!?]", text[end : c.start])), None)
    else:
        trailing = next((c for c in after[:1] if _is_trailing(text, c, end)), None)
    if before:
        cue = before[-1]
        outer = before[-2] if len(before) > 1 and _embeds(text, before[-2], cue) else trailing
        return cue, outer
    return trailing, None


def _toll_goes_on(between: str) -> bool:
    """A saying that gave a figure before a semicolon goes on past it when nothing else breaks:
    "Relatives say 23 men were taken away; the bodies of 13 of them were found" (not after "but",
    nor past a second semicolon)."""
    head, sep, tail = between.partition(";")
    return bool(sep) and COUNTED.search(head) is not None and not HARD_BREAK.search(head) and not HARD_BREAK.search(tail)


QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation (its marks included) a span lies in: what is said inside it, sayings
    included, is the words of whoever the sentence says spoke them."""
    for m in QUOTED.finditer(text):
        if m.start() < start and end <= m.end() and m.end() - m.start() > end - start + 2:
            return m.start(), m.end()
    return None


def _is_trailing(text: str, cue: Cue, end: int) -> bool:
    """A reporting clause after the figure: '…, the army said', '…," X said', '…, according to X'."""
    if cue.speaker_after:
        return True
    between = text[end : cue.start]
    cut = max(between.rfind(","), between.rfind('"'), between.rfind("”"), between.rfind("’"))
    if cut < 0:
        return False
    subject = between[cut + 1 :]
    if re.match(r"\s*(?:and|but|or|while|as|so|yet)(?![\w-])", subject, re.IGNORECASE):
        return False  # "…, and the United States said …" is a clause of its own
    if re.match(r"[^,;.]*?(?<![\w-])that(?![\w-])", text[cue.end :]):
        return False  # the saying has its own "that …"
    return len(subject.split()) <= 8 and not re.search(r"(?<![\w-])(?:which|that|who|whom|when|where)(?![\w-])", subject, re.IGNORECASE)


def _embeds(text: str, outer: Cue, inner: Cue) -> bool:
    """"X told AFP that Y said …": Y's saying is told by X."""
    between = text[outer.end : inner.start]
    return bool(re.match(r"^[^,;.\d]{0,60}?(?<![\w-])that\s+[^,;\d]{0,80}$", between))


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
        named = self._named_with(pronoun)
        if named is not None:
            return named
        recent = list(reversed(self.current or self.before))
        if norm(pronoun) in ("it", "its"):  # the latest organisation or singular speaker, not "witnesses" nor "a doctor"
            people = normed_words("person_heads", "words", self.language)
            recent = [s for s in recent if s.actor_id or not ((s.label or "").endswith("s") or norm((s.label or "x").split()[-1]) in people)]
        elif norm(pronoun) in ("he", "him", "she", "her"):  # a person: a label or a person, not an organisation or an outlet
            recent = [s for s in recent if not s.actor_id or actors()[s.actor_id].fields.get("type") == "person"] or recent
        return recent[0] if recent else None

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None and (speaker.actor_id or speaker.label):
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
                return s
        return None


def speaker_of(
    text: str, start: int, end: int, names: list[NameMatch], discourse: Discourse,
    masks: list[tuple[int, int]] = (), found: tuple[Cue, ...] | None = None,
) -> Speaker:
    """The speaker of the figure at [start, end) of a sentence, or the article's when none is named."""
    found = cues(text, discourse.language) if found is None else found
    cue, outer = governing(text, found, start, end)
    if cue is None:
        return ARTICLE
    speaker = _speaker(text, cue, names, discourse, masks)
    via = relayed_by(text, cue, names, discourse.language)
    if outer is not None and not outer.speaker_after:
        relayed = _speaker(text, outer, names, discourse, masks)
        if (relayed.actor_id, relayed.label) != (speaker.actor_id, speaker.label) and relayed.kind != "other":
            via = relayed.label or (actors()[relayed.actor_id].fields["name"] if relayed.actor_id else via)
    return Speaker(speaker.actor_id, speaker.label, speaker.basis, cue, via, speaker.kind)


def subject_actor(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """The actor a sentence opens with ("Mali's army gave a different account."): what "its
    statement" or "the group" in the next sentence refers to, when no one spoke in between."""
    p = name_phrase(text, *_subject_span(text, discourse.language), names, masks, discourse.language)
    if p is None or p.kind not in ("actor", "institution", "label"):
        return None
    resolved = _resolved(p, None, discourse)  # "The army gave a very different version."
    if resolved.actor_id:
        return Speaker(resolved.actor_id, None, "sentence", None, named_as=p.text)
    return Speaker(None, p.text, "sentence", None, kind="label", named_as=p.text) if p.kind == "label" else None


def last_speaker(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """The speaker of a sentence's last saying: the antecedent of the next "it said"."""
    found = cues(text, discourse.language)
    for cue in reversed(found):
        if cue.possessive and any(c.end <= cue.start and re.fullmatch(r"(?:\s+[\w’'-]+){1,4}", text[c.end : cue.start]) for c in found):
            continue  # "rejected the army's account": what is denied, not who spoke last
        s = _speaker(text, cue, names, discourse, masks)
        if (s.actor_id or s.label) and s.kind != "other":  # not "the deadliest atrocity reported since"
            return s
    return None


COUNTED = re.compile(r"\d|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?)(?![\w-])", re.IGNORECASE)


def _speaker(text: str, cue: Cue, names: list[NameMatch], discourse: Discourse, masks) -> Speaker:
    language = discourse.language
    earlier = [c for c in cues(text, language) if c.end <= cue.start and not c.participle]
    if cue.participle:  # "…, saying …": whoever spoke before in the sentence, or its subject
        if earlier:
            return _speaker(text, earlier[-1], names, discourse, masks)
        return _resolved(name_phrase(text, *_subject_span(text, language), names, masks, language), cue, discourse)
    phrase = speaker_phrase(text, cue, names, masks, language)
    coordinated = re.search(r"(?:,|(?<![\w-])and|(?<![\w-])but|(?<![\w-])then|(?<![\w-])later)\s*$", text[: cue.start]) is not None
    if coordinated and not cue.speaker_after and earlier and phrase is not None and COUNTED.search(phrase.text):
        phrase = None  # "The army first announced five soldiers killed, then said …": no speaker is counted
    if coordinated and not earlier and (phrase is None or phrase.kind not in USEFUL):
        subject = name_phrase(text, *_subject_span(text, language), names, masks, language)
        if subject is not None and subject.kind in USEFUL:
            return _resolved(subject, cue, discourse)  # "JNIM claimed the attack and said it killed 12 soldiers"
    if earlier and coordinated and (phrase is None or phrase.kind not in USEFUL):
        contrast = _contrast_subject(text, earlier[-1].end, cue.start, names, masks, language)
        if contrast is not None:  # "Two sources told the AP …, while the army spoke of losses and said …": the army
            return _resolved(contrast, cue, discourse)
    if earlier and ((coordinated and (phrase is None or phrase.kind not in USEFUL)) or (phrase and phrase.kind == "anaphor")):
        # "X estimated …, and reported …"; "X said he had counted"; "X acknowledged losses without giving a figure and said …"
        spoken = (_speaker(text, c, names, discourse, masks) for c in reversed(earlier))
        before = next((s for s in spoken if (s.actor_id or s.label) and s.kind != "other"), None) or _speaker(text, earlier[-1], names, discourse, masks)
        if before.actor_id or before.label or phrase is None or phrase.kind != "anaphor":
            return before
    named = _named_in_sentence(text, phrase, cue, names, language) if phrase is not None and phrase.kind == "anaphor" else None
    if named is not None:  # '"… PMC Wagner is going home," the group said': Wagner
        return Speaker(named, None, "sentence", cue, kind="actor", named_as=phrase.text)
    return _resolved(phrase, cue, discourse)  # "In a statement posted online, the group said": the group


@cache
def _contrast(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(sayings_words(language)['contrast']['words'])})\s+", re.IGNORECASE)


def _contrast_subject(text: str, lo: int, hi: int, names, masks, language: str):
    """The subject of a contrasting clause between two sayings ("…, while the army …"), when it
    names someone."""
    last = None
    for last in _contrast(language).finditer(text, lo, hi):
        pass
    if last is None:
        return None
    start, end = _subject_span(text[last.end() : hi], language)
    phrase = name_phrase(text, last.end() + start, last.end() + end, names, masks, language)
    return phrase if phrase is not None and phrase.kind in USEFUL and phrase.kind != "anaphor" else None


@cache
def _prepositional_lead(language: str) -> re.Pattern:
    """A long opening phrase before the subject ("In a communiqué read on Tuesday on the regional
    radio, the governor …"): claimants_<language>.toml, subjects.lead_words."""
    return re.compile(rf"(?:{alternation(sayings_words(language)['subjects']['lead_words'])})\s[^,;\"“”]{{0,90}},\s+", re.IGNORECASE)


TIME_LEAD = re.compile(r"(?:late|early|later|earlier)(?:\s+on)?\s+(?:[A-Z]\w+day|this\s+\w+|last\s+\w+|that\s+\w+)\s+", re.IGNORECASE)


def _subject_span(text: str, language: str = "en") -> tuple[int, int]:
    """The opening noun phrase of a sentence (after a leading adverbial): its subject, roughly."""
    lead = re.match(r"(?:[^,]{0,40},\s+)?", text)
    lo = lead.end() if lead and not re.search(r"\w+\s+\w+\s+\w+\s+\w+\s+\w+\s+\w+", lead.group()) else 0
    when = TIME_LEAD.match(text)
    lo = when.end() if not lo and when else lo  # "Late on Monday it revised its toll": it
    framed = _prepositional_lead(language).match(text)  # "In a communiqué read on Tuesday on the regional radio, the governor …"
    if framed and re.search(r"(?<![\w-])(?:it|they|he|she|we)\s+\w+(?:ed|s)(?![\w-])", framed.group(), re.IGNORECASE):
        framed = None  # "Late on Monday it revised its toll, saying …": a clause with its own subject, no frame
    lo = framed.end() if framed and not lo else lo
    m = re.compile(r"[\s,](?:has|have|had|is|are|was|were|will|would|could|can|may|on|in|at|gave|took|made|said|says|told|spoke|put|kept|held|sent|gave|struck|fought|lost|won|led|left|found|claimed|claims|\w+ed|\w+ing)\s").search(text, lo)
    return lo, m.start() if m else min(len(text), lo + 60)


def _resolved(p: Phrase | None, cue: Cue | None, discourse: Discourse) -> Speaker:
    registry = actors()
    if p is None:
        return Speaker(None, None, "article", cue)
    if norm(p.text) in ("the latter", "the former") and discourse.named_before:
        named = discourse.named_before[-1 if norm(p.text) == "the latter" else 0]
        return Speaker(named.actor_id, named.label, "paragraph", cue, kind=named.kind)
    prior = discourse.antecedent(p.text)
    if p.kind == "representative" and prior is not None and prior.actor_id and _bare(p.text):
        return Speaker(prior.actor_id, None, "paragraph", cue, kind=p.kind)  # "The MNLA … A spokesman told AP …"
    if p.kind == "anaphor":
        if prior is not None:
            return Speaker(prior.actor_id, prior.label, "paragraph", cue, kind=prior.kind)
        pronoun = norm(p.text) in {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "me"}
        return Speaker(None, None, "article", cue) if pronoun else Speaker(None, p.text, "sentence", cue, kind="label")
    actor_id = p.actor_id
    if p.kind == "institution":
        foreign = _foreign_owner(p.text, discourse.language)  # "India's foreign ministry" is not Mali's (nor is Gao's mayor foreign)
        actor_id = _institution_actor(institution_types(p.text, discourse.language), discourse.article_actors, discourse.language, discourse.abroad or bool(foreign))
    if actor_id is None:
        return Speaker(None, p.text, "sentence", cue, kind=p.kind, named_as=p.text)
    actor_id = _resolve_generic(actor_id, discourse.article_actors)
    if registry[actor_id].fields.get("type") == "person":
        organisation = [a for a in registry[actor_id].parents if a in discourse.article_actors]
        actor_id = organisation[0] if organisation else actor_id
    return Speaker(actor_id, None, "sentence", cue, kind="actor", named_as=p.text)


@cache
def _relay_patterns(language: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in sayings_words(language)["relayed_document"]["patterns"]), re.IGNORECASE)


@cache
def _issuer_openings(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in sayings_words(language)["relayed_document"]["issuer_openings"])


def relayed_document(text: str, names: list[NameMatch], discourse: Discourse) -> Speaker | None:
    """The issuer of a document the article says it reproduces, named in ``text`` ("the full
    text of the communiqué issued by the Government of the Transition"): the claimant of the
    figures no one else is said to give."""
    m = _relay_patterns(discourse.language).search(text)
    opening = None if m is not None else next((found for p in _issuer_openings(discourse.language) if (found := p.match(text))), None)
    if m is None and opening is None:
        return None
    if opening is not None:  # "The Government of the Republic of Mali informs national and international opinion that …"
        start, end = opening.span("issuer")
    else:
        start, end = m.end(), m.end() + len(re.match(r"[^.;:(,]*", text[m.end() :]).group())  # ", translated from French"
    p = name_phrase(text, start, end, names, (), discourse.language)
    if opening is not None and p is not None and p.kind == "other" and _has_own_name(p.text):
        return Speaker(None, p.text, "document", None, kind="label")  # "The Government of the Republic of Mali", named by itself
    if p is None or p.kind not in USEFUL or p.kind == "anaphor":
        return None
    issuer = _resolved(p, None, discourse)
    return Speaker(issuer.actor_id, issuer.label, "document", None, kind=issuer.kind) if (issuer.actor_id or issuer.label) else None


def _named_in_sentence(text: str, phrase: Phrase, cue: Cue, names: list[NameMatch], language: str) -> str | None:
    """The nearest actor of the anaphor's kinds named before it in the same sentence; for a
    possessive ("France, which has 5,100 troops according to its defense ministry"), the nearest
    actor of any kind."""
    kinds = sayings_words(language)["anaphor_kinds"].get(norm(phrase.text))
    at = text.rfind(phrase.text, 0, cue.end + len(phrase.text) + 40)
    if at >= 0 and re.match(r"(?:its|their)\s+\w", phrase.text, re.IGNORECASE):
        before = [n for n in names if n.kind == "actor" and n.end <= at]
        return before[-1].id if before else None
    if not kinds or at < 0:
        return None
    before = [n for n in names if n.kind == "actor" and n.end <= at and actors()[n.id].fields.get("type") in kinds]
    return before[-1].id if before else None


def names_in_order(text: str, names: list[NameMatch]) -> list[Speaker]:
    """The actors and the unregistered capitalised names of a sentence, in text order: what
    "the latter" and "the former" of the next sentence point back to."""
    found = [(n.start, Speaker(n.id, None, "sentence", None)) for n in names if n.kind == "actor"]
    found += [(a, Speaker(None, text[a:b], "sentence", None, kind="label")) for a, b in unmatched_capitalised(text, names, frozenset())]
    return [s for _, s in sorted(found, key=lambda x: x[0])]


def _bare(phrase: str) -> bool:
    """"A spokesman", "its senior commander": a voice of whoever was named before; not "A
    community leader" or "The Grey Zone Telegram channel", which name whom they speak for."""
    *modifiers, _head = norm(phrase).split() or [""]  # "the village chief": a village's, not the group's
    kept = [w for w in modifiers if w not in ("a", "an", "the", "its", "their", "his", "her", "one", "senior", "top", "deputy", "chief", "main", "official")]
    return not kept and not _has_own_name(phrase)


def _has_own_name(phrase: str) -> bool:
    """"The Grey Zone Telegram channel": a capitalised word after the first names the outlet
    itself, which then speaks for no one named before it (unlike "a spokesman")."""
    return any(w[:1].isupper() for w in phrase.split()[1:])


def _unique_of_types(types: list[str], article_actors: set[str]) -> str | None:
    registry = actors()
    of_type = [a for a in article_actors if registry[a].fields.get("type") in types and registry[a].fields.get("generic") != "true"]
    return of_type[0] if len(of_type) == 1 else None


def _institution_actor(types: list[str], article_actors: set[str], language: str, abroad: bool = False) -> str | None:
    """The one actor of an institution's kinds the article names; for a national kind ("the
    army"), the one of the home country, whatever foreign forces the article names too, unless
    the sentence is set in another country ("In Niger, … the defence ministry said")."""
    national = sayings_words(language)["national_institutions"]
    if not set(types) & set(national["types"]):
        return _unique_of_types(types, article_actors)
    if abroad:
        return None
    home = {a for a in article_actors if actors()[a].fields.get("country") == national["country"]}
    return _unique_of_types(types, home)


OWNER = re.compile(r"(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s?\s")  # "India's foreign ministry"


@cache
def _home_places(language: str) -> frozenset[str]:
    """Folded names and aliases of the registry's places in the home country (and the country)."""
    home = sayings_words(language)["national_institutions"]["country"]
    out = set()
    for p in places().values():
        if p.fields.get("country") == home:
            out |= {norm(n) for n in [p.fields.get("name", ""), *p.fields.get("aliases", "").split("|")] if n}
    return frozenset(out)


def _foreign_owner(phrase: str, language: str) -> bool:
    """A possessive naming somewhere outside the home country's places ("India's", not "Gao's")."""
    m = OWNER.match(phrase)
    return m is not None and norm(m.group(1)) not in _home_places(language)


ABROAD_OPENER = re.compile(r"\W*(?:(?:meanwhile|elsewhere|separately|also)\s*,?\s+)?in\s+$", re.IGNORECASE)


def opens_abroad(text: str, names: list[NameMatch], language: str) -> bool:
    """A sentence that opens in a country other than the home one ("In Niger, 23 soldiers …")."""
    home = sayings_words(language)["national_institutions"]["country"]
    first = next((n for n in names if n.kind == "place"), None)
    if first is None or not ABROAD_OPENER.fullmatch(text[: first.start]):
        return False
    fields = places()[first.id].fields
    return fields.get("precision") == "country" and fields.get("country") not in ("", None, home)


def _resolve_generic(actor_id: str, article_actors: set[str]) -> str:
    """An umbrella label ("Tuareg rebels") is the one specific actor of its kind the article
    names (the CSP), when there is exactly one; otherwise it stays the label."""
    registry = actors()
    if registry[actor_id].fields.get("generic") != "true":
        return actor_id
    return _unique_of_types([registry[actor_id].fields.get("type")], article_actors) or actor_id
