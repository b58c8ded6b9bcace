"""Speaker phrases: the noun phrase that names a saying's speaker, and what it names.

Why: the words before "said" are not always its speaker ("A Malian army officer, who spoke on
condition of anonymity …, said"; "a local politician told AFP"). This module finds the phrase
around a saying (before it, after it, or its possessor) and says whether it names a registry
actor, a kind of source ("local sources"), an institution, a name or a pronoun, and who relayed
the words; claimants.py resolves it to a speaker. The clauses it steps past (relative clauses,
asides, a source cited) are read by speaker_clauses.py; speaker_chunks.py cuts the phrase out.
Word lists: resources/claimants_en.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from timeline.names import NameMatch, actors, places
from timeline.regex_gate import alternation
from timeline.sayings import CONTACT_RELATIVE, Cue, cues, norm, normed_words, saying_patterns, words
from timeline.speaker_nouns import bare_claim_noun, described_document, institution_types, members_of, own_document, possessed_claim, toll_giver
from timeline.speaker_chunks import chunk_after, chunks_before
from timeline.speaker_clauses import before_relative, citing, in_relative, is_aside, relative_body, published_by, sourced_by
from timeline.speaker_shapes import (
    AND_BEFORE, APPOSED_REDUCED, APPOSITIVE_WITH_AND, BARE_RELATIVE, CLAUSE_VERB, COMPARED, COORDINATED_VERB, COUNT_IN_PHRASE,
    COUNTING_DIGIT, LOCATED, NAMED_SUBJECT, PART_OF, PARTICIPLE_LINK, QUOTED_AS, REDUCED_RELATIVE, RELATIVE, RELATIVE_TAIL, SELF_STYLED,
    RELATIVE_THEN_AUX, RELATIVE_VERB_BEFORE, SPEAKS_FROM, SUBJECT_DOCUMENT, THEN_VERB, VERB_AFTER_SPEAKER, VERB_AND_COUNT, VERB_BEFORE_OBJECT, VERB_LIKE,
    WHICH_SAYS,
)
from timeline.verb_shapes import ANY_PASSIVE


@dataclass(frozen=True)
class Phrase:
    kind: str  # actor | label | institution | name | anaphor | other
    text: str
    actor_id: str | None = None
    person: str | None = None  # the name set off after a role ("Its spokesman, Mohamed Ag Elmoctar"), if the role finds no one
    role: str | None = None  # the role's own words before that name ("An army spokesman")


def _masked(text: str, lo: int, hi: int, masks: list[tuple[int, int]]) -> str:
    chars = list(text[lo:hi])
    for a, b in masks:  # dates are no part of a speaker ("the army on Monday said")
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return "".join(chars)


LISTENER_FIRST = re.compile(r"^(?:me|us|him|her|them)\s+(?=(?:his|her|their|its|our|the|a|an)\s)", re.IGNORECASE)
THREAD_NUMBER = re.compile(r"^\s*\d{1,3}/\s+")  # "3/ Security ministry toll: …": a post's number in a thread


def _trim(text: str, lo: int, hi: int, masks: list[tuple[int, int]], language: str) -> str:
    pats = saying_patterns(language)
    phrase = pats["lead"].sub("", THREAD_NUMBER.sub("", _masked(text, lo, hi, masks)))
    phrase = pats["tail"].sub("", phrase)
    phrase = LISTENER_FIRST.sub("", phrase.strip(" ,\"“”'’"))  # "told me his men had counted": his men, not "me his men"
    return " ".join(phrase.strip(" ,\"“”'’").split())


def _lead_end(text: str, lo: int, hi: int, masks: list[tuple[int, int]], language: str) -> int:
    """Where a speaker's phrase starts after its opener ("In its new statement the government"):
    the opener's words name no one."""
    lead = saying_patterns(language)["lead"].match(_masked(text, lo, hi, masks))
    return lo + lead.end() if lead else lo


@cache
def _allied_tail(language: str) -> re.Pattern:
    """Words that tie a speaker's head to someone else (claimants_<language>.toml affiliation.tails)."""
    return re.compile(rf"\s+(?:{alternation(words(language)['affiliation']['tails'])})\s")


def _affiliated(text: str, n: NameMatch, language: str) -> bool:
    pats = saying_patterns(language)
    return bool(pats["affiliated_before"].search(text[: n.start]) or pats["affiliated_after"].match(text[n.end :]))


def name_phrase(text: str, lo: int, hi: int, names: list[NameMatch], masks: list[tuple[int, int]], language: str) -> Phrase | None:
    """What a speaker's noun phrase names: an actor, a kind of source, a pronoun, a name."""
    sourced = sourced_by(language).search(text, lo, hi)
    hi = sourced.start() if sourced else hi  # "a security document cited by several media": the document
    relative = RELATIVE_TAIL.search(text, lo, hi)
    hi = relative.start() if relative and relative.start() > lo else hi  # "an armed group that signed the accord": the group
    contact = CONTACT_RELATIVE.search(text, lo, hi)
    hi = contact.start() if contact and contact.start() > lo else hi
    allied = _allied_tail(language).search(text, lo, hi)
    hi = allied.start() if allied and allied.start() > lo and not any(n.start < allied.start() < n.end for n in names) else hi  # "Two Tuareg-led armed groups allied to Mali's government": the groups
    lo = _lead_end(text, lo, hi, masks, language)
    owner = possessed_claim(language).search(text, lo, hi)
    if owner is not None and owner.start() > lo:  # "according to the army's revised toll": the army
        return name_phrase(text, lo, owner.start(), names, masks, language)
    phrase = _trim(text, lo, hi, masks, language)
    if not phrase or norm(phrase) in normed_words("subjects", "lead_words", language):
        return None  # "In [June 2018], the police said": the opener of a masked date names no one
    if _place_only(text, lo, hi, phrase, names):
        return None  # "The region of Ségou recorded the highest number of deaths": a place counts no one
    pronoun = re.search(r"\s(it|they|he|she|we|I)$", phrase, re.IGNORECASE)
    phrase = pronoun.group(1) if pronoun else phrase  # "In the first quarter of 2022 alone it attributed …": it
    pats = saying_patterns(language)
    registry = actors()
    owned = re.fullmatch(r"(?:its|their|his|her)\s+(?:own\s+)?(\S+)", norm(phrase))
    if norm(phrase) in normed_words("anaphors", "words", language) or (owned and owned.group(1) in normed_words("anaphors", "owned_heads", language)):
        return Phrase("anaphor", phrase)  # "its staff had documented …": the office that spoke
    if described_document(language).fullmatch(norm(phrase)) and not any(institution_types(w, language) for w in norm(phrase).split()[1:-1]) and not any(n.kind == "actor" and lo <= n.start and n.end <= hi for n in names):
        return Phrase("anaphor", phrase)  # "The short text claims that …", "the four-page statement": the document of the one who spoke before
    if bare_claim_noun(phrase, language):
        if norm(phrase).split()[-1] in normed_words("claim_nouns", "issued", language):
            return Phrase("anaphor", phrase)  # "A first statement … had given a toll of 21": the statement of the one who spoke before
        return None  # "according to a provisional toll": a document, not a speaker
    if COUNT_IN_PHRASE.search(phrase) or re.match(r"[a-z]+ed\s+(?:the|a|an|its|their|his|her)\s", phrase):  # "signed the peace agreement": a verb's phrase
        return None  # "killed at least 15 civilians" tells a toll, it does not speak; nor does a verb
    inside = [n for n in names if n.kind == "actor" and lo <= n.start and n.end <= hi and not _affiliated(text, n, language) and not PART_OF.match(text, n.end)]
    inside = [n for n in inside if not _bracketed_after(text, lo, n, inside)]  # "The Coordination of Azawad Movements (MNLA, HCUA, MAA)": the coordination, not its last member
    rep = pats["rep"].search(text, lo, hi)
    if rep:
        owners = [n for n in inside if registry[n.id].fields.get("type") not in ("other", "civilians") and not (n.start >= rep.end() and n.id in places() and SPEAKS_FROM.search(text, rep.end(), n.start))]  # "its spokesman in France": where he speaks from
        owner = next((n for n in owners if n.start >= rep.end()), owners[-1] if owners else None)
        if owner:  # "a spokesman for the army", "Wagner's statement"
            return Phrase("actor", phrase, owner.id)
        if re.search(r"(?<![\w-])(?:its|their|the group['’]s|the group)(?![\w-])", phrase, re.IGNORECASE):
            return Phrase("anaphor", phrase)
        last_words = re.search(r"(?:[\w’'-]+\s+){0,1}[\w’'-]+\s*$", text[lo : rep.start()])
        kind_before = last_words.group().strip() if last_words else ""  # "a government communique", "the army statement"
        if kind_before and institution_types(kind_before, language):
            return Phrase("institution", kind_before)
        if not institution_types(phrase, language):
            return Phrase("representative", phrase)  # "a Tuareg militant spokesman": not the Tuareg people
    members = [n for n in inside if members_of(language).search(text, lo, n.start) and registry[n.id].fields.get("type") not in ("other", "civilians", "person")]
    if members:
        return Phrase("actor", phrase, members[0].id)  # "Fighters of JNIM, al-Qaeda's Sahel branch, claimed": JNIM's
    label = pats["label"].search(text, lo, hi)
    if label and not any(n.start <= label.start() and label.end() <= n.end for n in inside):
        return Phrase("label", phrase)
    modifier = lambda n: registry[n.id].fields.get("type") in ("other", "civilians") and text[n.end : hi].strip(" ,\"”’'")  # noqa: E731  "mainly Tuareg armed groups"
    heads = [n for n in inside if not modifier(n) and (members_of(language).search(text, lo, n.start) or not re.search(r"(?<![\w-])(?:in|at|near|from|of|for|with|against|on|to)\s+(?:the\s+)?$", text[lo : n.start], re.IGNORECASE))]
    if heads:
        return Phrase("actor", phrase, heads[-1].id)
    if institution_types(phrase, language):
        return Phrase("institution", phrase)
    proper = re.sub(r"^(?:the|The)\s+", "", phrase)  # "the Sahel Civilian Protection Network"
    if re.fullmatch(r"(?:[A-Z][\w’'.-]*|de|du|al|ag|bin|ibn|van|von|of|for|and)(?:\s+(?:[A-Z][\w’'.-]*|\d{1,2}(?=\s+[A-Z])|de|du|al|ag|bin|ibn|van|von|of|for|and))*", proper) and proper[0].isupper() and not proper.split()[-1].islower():
        place = next((n for n in names if n.kind == "place" and norm(text[n.start : n.end]) == norm(proper)), None)
        if place is not None:  # "Nampala was the scene of …": a town says nothing; "Burkina Faso says": its government
            return Phrase("name", phrase) if places()[place.id].fields.get("precision") == "country" else None
        return Phrase("name", phrase)
    if len(phrase.split()) > 8:  # "A coalition of armed groups in Mali's predominantly Tuareg north": its head
        phrase = LOCATED.split(phrase, maxsplit=1)[0]
    body, _, tail = phrase.partition(" of ")
    if len(phrase.split()) > 8 and len(body.split()) <= 8 and re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?)*[A-Z][\w’'-]*", body) and re.search(r"(?<![\w-])(?!(?:of|the|de|du|des|and|in|for)\b)(?-i:[a-z])", tail):
        phrase = body  # "The Human Rights and Protection Division of the UN mission in Mali": the division (not "The General Management of the Compagnie Test de Navigation", one name)
    if len(phrase.split()) > 8 or re.search(rf"(?<![^\W\d_]){COUNTING_DIGIT}", phrase) or CLAUSE_VERB.search(phrase):  # "a 56-year-old farmer", "the M5", "a colonel of the 4th regiment" speak
        return None  # "he was not authorized to brief reporters" is a clause, not a speaker
    if not re.search(r"[^\W\d_]", phrase):
        return None  # "- informs that two suspects were arrested": a list's dash, no one
    return Phrase("other", phrase)


FIGURES_BY = re.compile(r"\W*(?:(?:the|its|their|latest|new|official|provisional|preliminary)\s+)*(?:figures|data|statistics|numbers|tally|count|estimates?)\s+(?:compiled|collected|gathered|provided|released|published|issued|put\s+together)\s+by\s+", re.IGNORECASE)
WITH_PARTNER = re.compile(r"\s+(?:together\s+|jointly\s+)?(?:with|alongside)\s+", re.IGNORECASE)
PLACE_HEAD = re.compile(r"\W*(?:the\s+)?(?:(?:region|circle|cercle|province)\s+of\s+)?", re.IGNORECASE)  # not "the prefecture of Koro" nor "the town of Kidal said": an administration that speaks


def _place_only(text: str, lo: int, hi: int, phrase: str, names: list[NameMatch]) -> bool:
    """A phrase that names a region and nothing else ("The region of Ségou recorded the highest
    number of deaths"): a statistic's area, no speaker."""
    inside = [n for n in names if lo <= n.start and n.end <= hi]
    if not inside or any(n.kind != "place" or places()[n.id].fields.get("kind") not in ("region", "circle", "cercle", "province") for n in inside):
        return False  # a country speaks for its government ("Mali and Burkina Faso warned …"), a town for its hall
    start = text.find(phrase, lo)
    return start >= 0 and any(n.end == start + len(phrase) and PLACE_HEAD.fullmatch(text, start, n.start) for n in inside)


def _bracketed_after(text: str, lo: int, n: NameMatch, inside: list[NameMatch]) -> bool:
    """Whether an actor is one of a list of members in brackets after another actor of the
    phrase ("The Coordination of Azawad Movements (MNLA, HCUA, MAA)"; not "(JNIM)" after the
    group's long name)."""
    opened = text.rfind("(", lo, n.start)
    if opened <= text.rfind(")", lo, n.start):
        return False
    closed = text.find(")", n.end)
    listed = [m for m in inside if opened < m.start and (closed < 0 or m.end <= closed)]
    return len({m.id for m in listed}) >= 2 and any(m.end <= opened and m.id not in {x.id for x in listed} for m in inside)


USEFUL = ("actor", "label", "institution", "name", "anaphor", "representative")
SPOKEN_FOR = ("actor", "institution", "representative", "anaphor")  # what a role before a name stands for
ROLE_PHRASE = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]*[^s\W]", re.IGNORECASE)  # "the regional governor", not "Briefing members"
PERSON_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,5}(?:(?:ag|al|ould|bin|ben|de|du|el)\s+)?[A-Z][\w’'-]*(?:\s+(?:ag|al|ould|bin|ben|de|du|el)\s+[A-Z][\w’'-]*)?")  # "Colonel Idrissa Traore", "Mossa Ag Attaher"


def speaker_phrase(text: str, cue: Cue, names: list[NameMatch], masks: list[tuple[int, int]], language: str, for_claims: bool = False) -> Phrase | None:
    """The noun phrase of a cue's speaker: after it ("according to X", '"…," said X'), before
    it ("X said", "X, a spokesman for Y, said"), or the possessor ("X's claim that"). A claim
    (``for_claims``) is the body a named spokesman speaks for ("An army spokesman, Colonel X,
    said"); a statement event keeps the named man, as event records name him."""
    if cue.speaker_after and (issued := published_by(language).match(text, cue.end)) is not None:
        return name_phrase(text, *issued.span("who" if issued["who"] else "named"), names, masks, language)  # "according to a report that the UN human rights office published": the office
    if cue.speaker_after:
        lo, hi = chunk_after(text, cue.end)
        if (agent := FIGURES_BY.match(text, lo, hi)) is not None:  # "according to figures compiled by the Mali Red Cross with the national authorities": the Red Cross
            lo, partner = agent.end(), WITH_PARTNER.search(text, agent.end(), hi)
            hi = partner.start() if partner else hi
        verb = VERB_AFTER_SPEAKER.search(text, lo, hi)  # "the toll from three local officials rose to 20"
        return name_phrase(text, lo, verb.start() if verb else hi, names, masks, language)
    participle = (PARTICIPLE_LINK.search(text, 0, cue.start) is not None and text[cue.start : cue.end].casefold().endswith("ing")) or THEN_VERB.search(text, 0, cue.start) is not None
    if COORDINATED_VERB.search(text, 0, cue.start) or participle:
        first = [c for c in cues(text, language) if c.end <= cue.start and not c.speaker_after and not c.possessive]
        first = first[-1:] if participle else first  # the verb right before the participle
        if first and not re.search(r"[;:\"“”]|(?<![\w-])(?:that|who|which)(?![\w-])" if participle else r"[,;:\"“”]|(?<![\w-])(?:that|who|which)(?![\w-])", text[first[0].end : cue.start]):
            return speaker_phrase(text, first[0], names, masks, language, for_claims)  # "The statement accused the police of firing … and said more than 150 …": the statement said it; "Niamey first spoke of 25 killed, before announcing that the toll stood at 89": Niamey
    quoted = QUOTED_AS.search(text, 0, cue.start)
    if quoted is not None:  # "quoted a former fighter as saying": the fighter; "X was quoted as saying": X
        lo, hi = quoted.span("who") if quoted.group("who") else (chunks_before(text, quoted.start(), 1) or [(0, quoted.start())])[0]
        return name_phrase(text, lo, hi, names, masks, language)
    styled = SELF_STYLED.search(text, 0, cue.end)
    if styled is not None and not cue.speaker_after and styled.end() <= cue.start and not cues(text[styled.end() : cue.start], language):
        return name_phrase(text, styled.start("role"), styled.end("role"), names, masks, language)  # "A man who presented himself as a spokesman for AQIM told …": AQIM's
    relative = WHICH_SAYS.search(text, 0, cue.start)
    earlier = [c for c in cues(text, language) if relative is not None and c.end <= relative.start() and not c.speaker_after]
    if earlier and (own_document(language).match(text, earlier[-1].end, relative.start()) or (earlier[-1].possessive and not text[earlier[-1].end : relative.start()].strip())):  # also "according to the governor's statement, which also listed": the governor's  # "the army said in a statement read on television, which put its losses at ten": the statement's, the army's
        return speaker_phrase(text, earlier[-1], names, masks, language, for_claims)
    giver = toll_giver(text, relative.start(), language) if relative is not None else None
    if giver is not None and (given := name_phrase(text, *giver, names, masks, language)) is not None and given.kind in USEFUL:
        return given  # "the one the army gave late on Monday, which listed 17 soldiers … killed": the army's
    bare = BARE_RELATIVE.match(text, 0, cue.start)
    inner = [c for c in cues(text, language) if bare is not None and bare.end("np") < c.start and c.end <= cue.start]
    told_in_np = bare is not None and any(bare.start("np") <= c.start and c.end <= bare.end("np") for c in cues(text, language))  # "A councillor told us that the herders who found …": not one noun phrase
    if inner and not cue.participle and not told_in_np and all(RELATIVE_VERB_BEFORE.search(text, 0, c.start) for c in inner):
        phrase = name_phrase(text, bare.start("np"), bare.end("np"), names, masks, language)
        names_actor = any(n.kind == "actor" and bare.end("np") < n.start and n.end <= cue.start for n in names)
        if phrase is not None and phrase.kind in USEFUL and not names_actor:
            return phrase  # 'A blogger who writes as "Sever" and says he served in Africa put the toll at …': the blogger (not "A man who said he spoke for AQIM": the group his words name)
    inside = RELATIVE_THEN_AUX.search(text, 0, cue.start)  # "JNIM, which says it took part in the fighting, has spoken of …": that saying is JNIM's aside
    floor = max([c.end for c in cues(text, language) if c.end <= cue.start and not citing(text, c, language) and not (inside and inside.start() <= c.start) and not in_relative(text, c)
                 and not (c.possessive and SUBJECT_DOCUMENT.fullmatch(text, c.end, cue.start))], default=0)  # "The army's provisional communique of Friday spoke of": the army's, the subject
    if floor:  # "told AFP that a cousin … had counted": the cousin counted; AFP heard the first saying
        told = re.match(r"[^.;:,\"“”]{0,60}?(?<![\w-])that\s+", text[floor : cue.start])
        relative = told is not None and not text[floor + told.end() : cue.start].strip()  # "rejected a report that accuses …": "that" is the report
        floor += told.end() if told and not relative else 0
    if cue.possessive:
        lo = (chunks_before(text, cue.start, 1, floor) or [(floor, cue.start)])[0][0]
        by = list(re.finditer(r"(?<![\w-])by\s+", text[lo : cue.start]))
        lo += by[-1].end() if by else 0  # "lost about 50 soldiers by the government's own count": the government
        compared = COMPARED.match(text, lo, cue.start)
        lo = compared.end() if compared else lo  # "more than double the government's figure": the government
        return name_phrase(text, lo, cue.start, names, masks, language)
    relative_before = RELATIVE.search(text, floor, cue.start) is not None  # "X, who spoke on condition …, told AFP"
    listener_after = norm(text[cue.start : cue.end]).split()[0] in normed_words("listeners", "verbs", language)  # "told AFP": AFP heard it
    inverting = norm(text[cue.start : cue.end]).split()[0] in normed_words("inverting", "verbs", language)
    if inverting and re.search(r"[,\"”’]\s*$", text[: cue.start]) and not relative_before and not listener_after and not SUBJECT_ASIDE.match(text, 0, cue.start) and not APPOSED_SUBJECT.fullmatch(text, 0, cue.start) and _inverted(text, cue):  # '"…," said the army spokesman'
        after = name_phrase(text, *chunk_after(text, cue.end), names, masks, language)
        known = KNOWN_AS.match(text, chunk_after(text, cue.end)[1])
        named = next((n for n in names if known is not None and n.kind == "actor" and n.start == known.end()), None)
        if named is not None and (after is None or after.kind not in USEFUL):
            return Phrase("actor", text[named.start : named.end], named.id)  # '…, said the mission, known as MINUSMA': the name the tag gives it
        if after and after.kind in USEFUL and (after.kind != "anaphor" or re.fullmatch(r"the\s+[\w-]+(?:\s+[\w-]+)?", after.text, re.IGNORECASE)):
            return after  # also "…, said the official": the official named before (not ", reported the death of one of its commanders")
    before = before_relative(text, floor, cue.start, language)
    aside = SET_OFF_BEFORE.search(text, floor, before)
    if aside is not None and (is_aside(aside.group("aside"), language) or (_count_basis(language).fullmatch(aside.group("aside")) and saying_patterns(language)["claim_noun_before"].search(text[: aside.start()] + " "))):
        before = aside.start()  # "Our own event data, compiled from local media and partner reports, record …"; "Our own tally, based on local sources and rebel statements, counts": the tally (not "An earlier version of this story, based on two sources, said": the sources)
    appositive = APPOSITIVE_WITH_AND.search(text, floor, before)
    named_and = appositive is not None and not any(n.start < appositive.start() + appositive.group().find(" and ", 1) + 1 < n.end for n in names if appositive.start() <= n.start)  # not "a commander of the Movement for Oneness and Jihad": the and of a name
    before = appositive.start() if appositive and appositive.start() > floor and named_and else before  # "the Network (SCPN), a coalition of lawyers and activists, documents": the network
    spans = [(lo, hi) for lo, hi in chunks_before(text, before, floor=floor, names=names)
             if not relative_body(text, lo, hi, language) and not is_aside(text[lo:hi], language)]
    apposed = APPOSED_REDUCED.fullmatch(text, spans[0][0], spans[0][1]) if spans and text[spans[0][0] - 1 : spans[0][0]] == "," else None
    if spans and (reduced := REDUCED_RELATIVE.search(text, spans[0][0], spans[0][1]) or apposed) is not None:
        spans[0] = (reduced.start("who"), spans[0][1])  # "overran the camp in a raid the army said killed 11": the army, not the raiders; "…, the heaviest losses the army has acknowledged"
    chunks = [name_phrase(text, lo, hi, names, masks, language) for lo, hi in spans]
    present = [(span, chunk) for span, chunk in zip(spans, chunks) if text[span[0] : span[1]].strip()]
    apposed_name = (for_claims and len(present) > 1 and present[0][1] is not None and PERSON_NAME.fullmatch(present[0][1].text) and present[1][1] is not None
                    and text[present[1][0][1] : present[0][0][0]].strip() == "," and len(text[present[1][0][0] : present[1][0][1]].split()) <= 7)  # a short role, not a clause before "…, Rights Watch Sahel said"
    if apposed_name and present[1][1].kind in SPOKEN_FOR:
        return replace(present[1][1], person=present[0][1].text, role=_trim(text, *present[1][0], masks, language))  # "An army spokesman, Colonel Idrissa Traore, told …", "Its spokesman in Paris, Mossa Ag Attaher, said": whom the named man speaks for
    if apposed_name and present[1][1].kind == "label" and ROLE_PHRASE.fullmatch(present[1][1].text):
        return Phrase("label", f"{present[1][1].text}, {present[0][1].text}")  # "the regional governor, Colonel Ibrahima Diarra, said": the role and the name
    if chunks and chunks[0] is not None and chunks[0].kind in USEFUL:
        return _coordinated_speakers(text, spans[0][0], chunks[0], names, masks, language) or chunks[0]  # "X said"
    antecedent = _relative_antecedent(text, spans, names, masks, language)
    if antecedent is not None:
        return antecedent  # "rejected a United Nations report that accuses soldiers of killing …": the report
    # "X, a spokesman for Y, said": the appositive and its head name the same speaker
    useful = [p for i, p in enumerate(chunks) if p is not None and p.kind in USEFUL and (i == 0 or not (VERB_AND_COUNT.search(p.text) or PASSIVE_CLAUSE.search(p.text) or PRONOUN_CLAUSE.match(p.text) or PLACE_LEAD.match(p.text) or ANAPHOR_LEAD.match(p.text) or ((CLAUSE_LEAD.match(text, spans[i][0]) or CLAUSE_OPENED.search(text, 0, spans[i][0])) and OPENED_CLAUSE_VERB.search(text, *spans[i]))))]  # nor "In Douentza, the mission said": where, not who  # not "Gunmen killed seven herders, a youth association said", "… as they met at the home of a minister, a coalition said": a clause, not an appositive
    named = [p for p in useful if p.kind == "actor"]
    if not named and any(p.kind == "label" and re.match(r"(?:a|an)\s", p.text, re.IGNORECASE) for p in useful):
        named = [p for p in useful if p.kind == "name"]  # "Tabital Pulaaku, an association that defends …, said": the name the appositive describes
    return (named or useful or [p for p in chunks if p is not None] or [None])[0]


PLACE_LEAD = re.compile(r"(?:in|at|near|from|outside|inside|around)\s+(?-i:[A-Z])", re.IGNORECASE)
ANAPHOR_LEAD = re.compile(r"\W*(?:further\s+to|following|in\s+reference\s+to|pursuant\s+to)\s+(?:its|their|his|her|the)\s", re.IGNORECASE)  # "Further to its communiqué of Monday 10 June, the Government … informs": the document before, not who speaks
SUBJECT_ASIDE = re.compile(r"\W*(?:the\s+|a\s+|an\s+)?(?:(?!(?:was|were|is|are|had|has|have|died|killed)\b)[\w’'-]+\s+){0,4}(?!(?:was|were|is|are|had|has|have|died|killed)\b)[\w’'-]+,\s*(?:in|through|via|speaking|writing)\s[^,;:\"“”]{1,60},\s*$", re.IGNORECASE)  # "The army, in a statement, said one driver died": a subject and its aside, not '"…," said X'
APPOSED_SUBJECT = re.compile(r"\W*(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?:of|for|and|the|de|du|des)\s+)*(?-i:[A-Z(])[\w’'()-]*){0,8},\s+(?:an?|the)\s+[^,;:\"“”]{1,80},\s*", re.IGNORECASE)  # "The Coordination of Azawad Movements (CMA), an alliance of separatist groups, said …": a subject and its appositive, not '"…," said X'
CLAUSE_LEAD = re.compile(r"\W*(?:by\s+the\s+time|once|until|as\s+soon\s+as)\s", re.IGNORECASE)  # "By the time its fighters stormed Talataye, a project had counted …": a clause of time, not who counted
OPENED_CLAUSE_VERB = re.compile(r"(?<![\w-])(?:(?-i:[a-z])+ed|was|were|had|has|took|came|went|fell|began|struck|hit|overran|stormed)(?![\w-])", re.IGNORECASE)  # the clause has its verb ("when the fighters stormed Talataye"; not "while JNIM, …, said")
CLAUSE_OPENED = re.compile(r"(?<![\w-])(?:when|whenever|after|before|while|although|though|because|if)\s*$", re.IGNORECASE)  # "When the fighters stormed Talataye, …": the split left the clause's conjunction before it


@cache
def _count_basis(language: str) -> re.Pattern:
    return re.compile(words(language)["count_bases"]["pattern"], re.IGNORECASE | re.DOTALL)


SET_OFF_BEFORE = re.compile(r",(?P<aside>[^,;:\"“”]{3,90}),\s*$")  # the aside set off by commas right before the verb


def _coordinated_speakers(text: str, lo: int, second: Phrase, names: list[NameMatch], masks, language: str) -> Phrase | None:
    """Two speakers joined by "and" ("…, killing five people, police and witnesses said"): both,
    not the second alone. Only a short phrase of its own, from a comma or the sentence start,
    with no verb: not "The army shelled the village and residents said"."""
    m = AND_BEFORE.search(text, 0, lo)
    if m is None or m.end() != lo or VERB_LIKE.search(m.group("first")) or len(m.group("first").split()) > 4:
        return None
    first = name_phrase(text, m.start("first"), m.end("first"), names, masks, language)
    if first is None or first.kind not in ("label", "institution") or second.kind not in ("label", "institution"):
        return None  # a registry actor keeps its id: "MINUSMA and the Malian army said" stays the army's
    if norm(first.text) != norm(m.group("first")):
        return None  # the whole phrase before "and" must be the speaker: not "Jihadists hit Gao and residents said"
    return Phrase("label", f"{first.text} and {second.text}")


PRONOUN_CLAUSE = re.compile(r"\W*(?:they|he|she|we|it|i)\s+(?!said\b|says\b)[a-z]+(?:ed|ew|et|ent|ame|ook|an)\b", re.IGNORECASE)  # "they met at the home of …": a subject and its verb
PASSIVE_CLAUSE = re.compile(rf"(?<![\w-]){ANY_PASSIVE}")  # "two members of his team were wounded, the party said": a clause, not an appositive


def _relative_antecedent(text: str, spans: list[tuple[int, int]], names: list[NameMatch], masks, language: str) -> Phrase | None:
    """The noun a relative "that" or "which" right before the saying stands for, when it is the
    object of another verb ("Mali's junta rejects UN report that says …"): the words after
    that verb."""
    if len(spans) < 2 or text[spans[0][0] : spans[0][1]].strip() or not re.search(r"(?<![\w-])(?:that|which)\s*$", text[: spans[0][0]], re.IGNORECASE):
        return None
    lo, hi = spans[1]
    verbs = list(VERB_BEFORE_OBJECT.finditer(text, lo, hi))
    p = name_phrase(text, verbs[-1].end() if verbs else lo, hi, names, masks, language)
    return p if p is not None and p.kind in USEFUL and p.kind != "anaphor" else None


KNOWN_AS = re.compile(r",\s+(?:also\s+)?(?:known|referred\s+to)\s+as\s+", re.IGNORECASE)


def _inverted(text: str, cue: Cue) -> bool:
    """'…," said the army' names its speaker after the verb; '…, reported at least 20 …' does not."""
    if NAMED_SUBJECT.match(text[: cue.start]):
        return False
    lo, hi = chunk_after(text, cue.end)
    phrase = text[lo:hi].strip()
    opens = re.match(r"(?:(?:the|a|an|its|their|one|another)(?![\w-])|[A-Z])", phrase)  # also "…," said one resident of Douentza (not ", said at least five …")
    return bool(opens) and not re.search(rf"{COUNTING_DIGIT}|(?<![\w-])(?:were|was|is|are|had|have|has|been|would|will)(?![\w-])|(?<![\w-])(?:[a-z]{{3,}}ed|struck|hit|took|fought|shot|overran|caught|met|left|fled|drove|ran|went|came|made|gave|lost|won|led|held|saw|found|sent|began|fell)\s+(?:(?:up|down|off|out|back|away|on|in|with|into|at|to)\s+){{0,2}}(?:a|an|the|its|their|his|her|two|three|several|dozens)(?![\w-])", phrase)  # not ", said a drone struck a group of herders", ", said its fighters caught up with the attackers"


def relayed_by(text: str, cue: Cue, names: list[NameMatch], language: str) -> str | None:
    """Who passed the words on: "told AFP", "told the BBC's Russian service", "said on state TV"."""
    if not cue.relay:
        return None
    lead = re.match(r"\s*(?:on\s+|to\s+|in\s+an\s+interview\s+with\s+)?", text[cue.end :])
    lo, hi = chunk_after(text, cue.end + lead.end())
    media = [n.end for n in names if n.kind == "actor" and lo <= n.start < hi and actors()[n.id].fields.get("type") == "media"]
    words_ = [m.end() for m in saying_patterns(language)["relay"].finditer(text, lo, hi)]
    if not (media or words_):
        return None
    return " ".join(text[lo : max(media + words_)].split())  # "told Reuters at least 89 …" relays by Reuters
