"""Claimants: who says a figure, read from the reporting structure of its sentence.

Why: the name nearest a figure is often not its source ("a local politician told AFP" is not
the army; in "which the rebels said killed 50 civilians" the rebels speak). The claimant is the
subject of the saying that governs the figure ("X said", "X told AFP", "according to X",
'"…," said X', "X's claim that"); a pronoun is the previous speaker of its paragraph; a figure
no one is said to give belongs to the article. Word lists: resources/claimants_en.toml.

The sayings of a sentence are found by sayings.py, the phrases naming their speakers by
speaker_phrases.py, the saying that governs a figure by governing_cue.py, and bare institutions
("the ministry") by claimant_institutions.py; this module resolves the speaker through the
paragraph (Discourse); a sentence's subject, who speaks when a saying names no speaker of its
own, is found by sentence_subjects.py; who gives a listed toll or a reproduced document, by
document_speakers.py. How sure the text is: claim_status.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.claim_discourse import ARTICLE, Discourse, Speaker, fits_anaphor, owned_count
from timeline.claimant_institutions import foreign_owner, institution_actor, resolve_generic
from timeline.dates import lexicon
from timeline.document_voice import issuer_voice
from timeline.governing_cue import COUNTED, governing
from timeline.names import NameMatch, actors, unmatched_capitalised
from timeline.regex_gate import alternation
from timeline.sayings import Cue, cues, no_one, norm, normed_words
from timeline.sayings import words as sayings_words
from timeline.transcript_turns import tag_end
from timeline.sentence_subjects import contrast_subject, subject_phrase, subject_span
from timeline.speaker_nouns import institution_types
from timeline.speaker_phrases import PERSON_NAME, ROLE_PHRASE, SPOKEN_FOR, USEFUL, Phrase, name_phrase, relayed_by, speaker_phrase


def speaker_of(
    text: str, start: int, end: int, names: list[NameMatch], discourse: Discourse,
    masks: list[tuple[int, int]] = (), found: tuple[Cue, ...] | None = None,
) -> Speaker:
    """The speaker of the figure at [start, end) of a sentence, or the article's when none is named."""
    found = cues(text, discourse.language) if found is None else found
    cue, outer = governing(text, found, start, end, discourse.language)
    official = _official_figure_re(discourse.language).search(text, 0, start)
    if official is not None and (cue is None or cue.end <= official.start()):  # "people speak of 37 names, while the official toll is 32 dead"
        return Speaker(None, sayings_words(discourse.language)["official_figures"]["label"], "sentence", None, kind="label")
    if cue is None:
        return _bracketed_source(text, end, names, discourse, masks) or ARTICLE
    denial = cue if cue.status == "denied" and not cue.speaker_after else outer if outer is not None and outer.status == "denied" else None
    if denial is None and cue.speaker_after and re.match(r"\s*which\b", text[cue.end :]):
        denial = next((c for c in reversed(found) if c.end <= cue.start and c.status == "denied"), None)  # "denies the allegations …, according to which …"
    if denial is not None and any(denial.end <= c.start and c.end <= start and c.status != "denied" and not c.speaker_after for c in found):
        denial = None  # "The army denied the reports and said 12 soldiers died": the denier's own figure
    if denial is not None and (source := _denied_source(text, denial, start, end, names, discourse, masks)) is not None:
        return source  # "denies the allegations … by the so-called JNIM, according to which …"
    speaker = cue_speaker(text, cue, names, discourse, masks)
    if speaker.actor_id is None and speaker.label and _event_head(discourse.language).search(speaker.label):
        return _bracketed_source(text, end, names, discourse, masks) or ARTICLE  # "This cowardly attack recalls the assaults … where 49 of our comrades lost their lives": an event speaks for no one
    via = relayed_by(text, cue, names, discourse.language)
    if outer is not None and not outer.speaker_after:
        relayed = cue_speaker(text, outer, names, discourse, masks)
        if (relayed.actor_id, relayed.label) != (speaker.actor_id, speaker.label) and relayed.kind != "other":
            via = relayed.label or (actors()[relayed.actor_id].fields["name"] if relayed.actor_id else via)
    return Speaker(speaker.actor_id, speaker.label, speaker.basis, cue, via, speaker.kind, speaker.named_as)


@cache
def _event_head(language: str) -> re.Pattern:
    """A speaker's phrase that ends on an event noun ("This cowardly attack recalls …"):
    claimants_<language>.toml ``event_subjects``."""
    return re.compile(rf"^\W*(?:(?:the|this|that|these|those|a|an|its|their|[\w-]+['’]s)\s+)?(?:(?!(?:of|on|in|at|by|for|about|after)\s)[\w-]+\s+){{0,2}}(?:{alternation(sayings_words(language)['event_subjects']['words'])})\s*$", re.IGNORECASE)  # not "Officials briefed on the attack"


@cache
def _official_figure_re(language: str) -> re.Pattern:
    """"The official toll is 32 dead", "…, while the official death toll stands at 35": a figure
    the authorities gave, though no one is said to speak (claimants_<language>.toml official_figures)."""
    w = sayings_words(language)["official_figures"]
    return re.compile(rf"(?:^|[,;:]\s*(?:(?:but|while|whereas|and|yet)\s+)?)\W*(?:the|an|its)\s+(?P<who>(?:{alternation(w['adjectives'])}))\s+(?:(?:death|casualty|provisional|final|latest)\s+)?(?:{alternation(w['nouns'])})(?![\w-])[^.;,]{{0,40}}$", re.IGNORECASE)


LAST_BRACKET = re.compile(r"[^()]*?\(\s*(?P<inside>[^()]{2,60}?)\s*\)\s*[.;]?\s*$")
BRACKETED_SOURCE = re.compile(r"[^()]*?\((?:\s*(?:(?:source|sources)\s*:\s*|according\s+to\s+)(?P<src>[^(),;:]{2,60}?)\s*(?:,\s*[^()]{1,30})?|\s*(?P<dated>[^(),;:]{2,60}?)\s*,\s*[^()]{1,30})\)\s*[.;]?\s*$", re.IGNORECASE)  # "(local authorities, 22 May)", "(source: OCHA)"; not a gloss, "(MINUSMA)"


def _bracketed_source(text: str, end: int, names: list[NameMatch], discourse: Discourse, masks) -> Speaker | None:
    """The source a bulletin's figure cites in brackets at the end of its line: "About 51,300
    internally displaced people in and around Ménaka (local authorities, 22 May)", "12 soldiers
    killed (IS Sahel claim via Amaq)"; not a gloss, "(MINUSMA)"."""
    span = _bracket_source_span(text, end, discourse.language)
    if span is None:
        return None
    phrase = name_phrase(text, *span, names, masks, discourse.language)
    if phrase is None or phrase.kind not in ("label", "institution", "actor"):
        return None
    resolved = resolve_phrase(phrase, None, discourse)
    return resolved if resolved.actor_id or resolved.label else None


def _bracket_source_span(text: str, end: int, language: str) -> tuple[int, int] | None:
    m = BRACKETED_SOURCE.match(text, end)
    if m is not None:
        group = "src" if m.group("src") is not None else "dated"
        return m.start(group), m.end(group)
    m = LAST_BRACKET.match(text, end)
    claimed = re.compile(rf"\s+(?:{alternation(sayings_words(language)['claim_nouns']['words'])}|via)(?![\w-])", re.IGNORECASE)
    hit = claimed.search(text, m.start("inside"), m.end("inside")) if m is not None else None
    return (m.start("inside"), hit.start()) if hit is not None else None  # "(army communique of 08/02/2025)": the army


@cache
def _denied_source_res(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    w = sayings_words(language)["denied_sources"]
    nouns, verbs = alternation(w["nouns"]), alternation(w["verbs"])
    source = r"[\"“]?(?:the\s+)?(?:so-called\s+)?(?P<src>[^,;.:\"”()]{2,60}?)[\"”]?"
    stop = r"(?=\s*[,.;]|\s+(?:that|according|which|who|of|on|in)\b|\s*$)"
    noun = re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])[^.;]{{0,60}}?(?<![\w-])by\s+{source}{stop}", re.IGNORECASE)
    after = re.compile(rf"[^.;,]{{0,40}}?[\"”]?\s*(?:{verbs})\s+by\s+{source}{stop}", re.IGNORECASE)
    media = re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])(?:(?!statement|communiqu|video|message|release)[^.;]){{0,40}}?(?<![\w-])(?:relayed|spread|circulated|circulating|shared|posted)\s+(?:on|via|through)\s+(?P<src>social\s+(?:networks|media)|facebook|whatsapp|telegram|tiktok|twitter|the\s+internet)(?![\w-])", re.IGNORECASE)  # "the information relayed on social networks according to which …"
    return noun, before, after, media


def _denied_source(text: str, cue: Cue, start: int, end: int, names: list[NameMatch], discourse: Discourse, masks) -> Speaker | None:
    """The source of what a denial denies, when it names one (claimants_<language>.toml,
    denied_sources): "denies the allegations spread … by the so-called JNIM, according to which …
    more than forty soldiers were killed" is JNIM's figure, denied."""
    noun, before, after, media = _denied_source_res(discourse.language)
    if noun.search(text, cue.end, start) is None:
        return None
    m = before.search(text, cue.end, start) or after.match(text, end) or media.search(text, cue.end, start)
    if m is None:
        return None
    phrase = name_phrase(text, m.start("src"), m.end("src"), names, masks, discourse.language)
    if phrase is None:
        return Speaker(None, m["src"].strip(), "sentence", cue, kind="label")
    resolved = resolve_phrase(phrase, cue, discourse)
    return Speaker(resolved.actor_id, resolved.label or (None if resolved.actor_id else m["src"].strip()), "sentence", cue, kind=resolved.kind)


def subject_actor(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """The actor a sentence opens with ("Mali's army gave a different account."): what "its
    statement" or "the group" in the next sentence refers to, when no one spoke in between. Not
    the subject of quoted words ('"No soldier has been taken prisoner,'): the quote's speaker
    speaks there."""
    if (turn := tag_end(text, discourse.language)) is not None:
        text = " " * turn + text[turn:]  # a transcript's turn: the sentence after its tag ("CORRESPONDENT (Abdoulaye Touré): Thank you, Fatoumata.")
        names = [n for n in names if n.start >= turn]
    if re.match(r"\s*[\"“‘«]", text):
        return None
    opening = OPENING_PERSON.match(text)
    if opening is not None and PERSON_NAME.fullmatch(opening.group("name")) and not any(n.kind == "place" and opening.start("name") <= n.start < opening.end("name") for n in names):
        return Speaker(None, opening.group("name"), "sentence", None, kind="name", named_as=opening.group("name"))  # "Mariam Touré, 41, sells dried fish": the "she" who then speaks
    lo, hi = subject_span(text, discourse.language)
    p = name_phrase(text, lo, hi, names, masks, discourse.language)
    apposed = [n for n in names if n.kind == "actor" and n.end <= lo and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*,\s*", text[n.end : lo]) and "," not in text[: n.start]]
    if (p is None or p.kind not in ("actor", "institution", "label")) and apposed and re.match(r"(?:an?|the)\s", text[lo:]):
        return Speaker(apposed[-1].id, None, "sentence", None, named_as=text[apposed[-1].start : apposed[-1].end])  # "The Permanent Strategic Framework (CSP), a coalition led by …, claimed the attack": the CSP
    if p is not None and p.kind in ("name", "label") and PERSON_NAME.fullmatch(p.text) and (role := ROLE_BEFORE.match(text[:lo])) is not None:
        before = name_phrase(text, role.start("role"), role.end("role"), names, masks, discourse.language)
        if before is not None and before.kind in SPOKEN_FOR:
            spoken = resolve_phrase(replace(before, person=p.text), None, discourse)
            if spoken.actor_id or spoken.label:
                return replace(spoken, cue=None)  # "A CMA spokesman, Mossa Ag Elmehdi, gave a very different account. He said …": the CMA
    if p is not None and p.kind == "name" and PERSON_NAME.fullmatch(p.text):
        return Speaker(None, p.text, "sentence", None, kind="name", named_as=p.text)  # a person the next "he" may stand for
    if p is not None and p.kind == "anaphor" and len(p.text.split()) == 2 and p.text.split()[0].casefold() == "the":
        resolved = resolve_phrase(p, None, discourse)  # "The mission met both candidates …. It notes that …": the mission again, not the court named in between
        return Speaker(resolved.actor_id, resolved.label, "sentence", None, kind=resolved.kind, named_as=p.text) if resolved.actor_id or resolved.label else None
    if p is None or p.kind not in ("actor", "institution", "label"):
        return None
    resolved = resolve_phrase(p, None, discourse)  # "The army gave a very different version."
    if resolved.actor_id:
        return Speaker(resolved.actor_id, None, "sentence", None, named_as=p.text)
    return Speaker(None, p.text, "sentence", None, kind="label", named_as=p.text) if p.kind in ("label", "institution") else None  # "The army gave …" with no army named: still what "it said" refers to


ROLE_BEFORE = re.compile(rf"\s*(?P<role>{ROLE_PHRASE.pattern})\s*,\s*$", re.IGNORECASE)  # "A CMA spokesman, " before the name
INTERLOCUTOR = re.compile(r"(?<![\w-])(?:I|we|our\s+correspondent|our\s+reporter)\s+(?:spoke|talked|had\s+spoken|have\s+spoken)(?:\s+(?:this|that|on|by|last|late|early)\s+[\w-]+)*\s+(?:to|with)\s+(?P<who>(?:a|an|one)\s+[\w’'-]+(?:\s+(?!who|that|which)[\w’'-]+)?)", re.IGNORECASE)


OPENING_PERSON = re.compile(r"\s*(?P<name>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}),\s+(?:aged\s+)?\d{1,2},\s")  # a person introduced with an age


def interlocutor(text: str) -> Speaker | None:
    """"I spoke this morning to a driver who came back from the column. He told me …": the one
    the writer spoke to, for the "he" who then tells."""
    m = INTERLOCUTOR.search(text)
    return Speaker(None, m.group("who"), "sentence", None, kind="label", named_as=m.group("who")) if m else None


def last_speaker(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """The speaker of a sentence's last saying: the antecedent of the next "it said"."""
    found = cues(text, discourse.language)
    for cue in reversed(found):
        if cue.possessive and any(c.end <= cue.start and re.fullmatch(r"(?:\s+[\w’'-]+){1,4}", text[c.end : cue.start]) for c in found):
            continue  # "rejected the army's account": what is denied, not who spoke last
        s = cue_speaker(text, cue, names, discourse, masks)
        if (s.actor_id or s.label) and s.kind != "other":  # not "the deadliest atrocity reported since"
            return s
    return None


def cue_speaker(text: str, cue: Cue, names: list[NameMatch], discourse: Discourse, masks) -> Speaker:
    language = discourse.language
    earlier = [c for c in cues(text, language) if c.end <= cue.start and not c.participle]
    if cue.participle:  # "…, saying …": whoever spoke before in the sentence, or its subject
        if earlier:
            return cue_speaker(text, earlier[-1], names, discourse, masks)
        return resolve_phrase(subject_phrase(text, names, masks, language), cue, discourse)
    if earlier and WITH_ONE_SAYING.search(text, 0, cue.start):
        return cue_speaker(text, earlier[-1], names, discourse, masks)  # "Two sources told AFP …, with one saying 38 had been killed": the sources
    phrase = speaker_phrase(text, cue, names, masks, language, for_claims=True)
    if phrase is not None and no_one(language).match(phrase.text):
        phrase = None  # "Nobody wrote a letter": no one spoke
    coordinated = re.search(r"(?:,|(?<![\w-])and|(?<![\w-])but|(?<![\w-])then|(?<![\w-])later)\s*$", text[: cue.start]) is not None
    if coordinated and not cue.speaker_after and earlier and phrase is not None and COUNTED.search(phrase.text):
        phrase = None  # "The army first announced five soldiers killed, then said …": no speaker is counted
    no_ones = cue.speaker_after and phrase is None and issuer_voice(language).match(text, cue.end) is not None  # "caused, according to a provisional toll, …": a count no one owns, not the subject's
    if coordinated and not earlier and (phrase is None or phrase.kind not in USEFUL) and not (cue.speaker_after and phrase is not None and phrase.kind == "other") and not no_ones:  # not "…, according to a radio station": the speaker follows
        subject = subject_phrase(text, names, masks, language)
        if subject is not None and subject.kind in USEFUL:
            return resolve_phrase(subject, cue, discourse)  # "JNIM claimed the attack and said it killed 12 soldiers"
    if earlier and coordinated and (phrase is None or phrase.kind not in USEFUL):
        contrast = contrast_subject(text, earlier[-1].end, cue.start, names, masks, language)
        if contrast is not None:  # "Two sources told the AP …, while the army spoke of losses and said …": the army
            return resolve_phrase(contrast, cue, discourse)
    if phrase is not None and phrase.kind == "anaphor" and not earlier and norm(phrase.text) in ("it", "they") and IN_WHICH_BEFORE.search(text, 0, cue.start):
        subject = subject_phrase(text, names, masks, language)  # "JNIM claimed an attack on a camp in which it said 30 soldiers were killed": JNIM
        if subject is not None and subject.kind in ("actor", "institution") and not COUNTED.search(subject.text):
            return resolve_phrase(subject, cue, discourse)
    if phrase is not None and phrase.kind == "anaphor" and PARENTHETICAL_BEFORE.search(text, 0, cue.start) and re.match(r"\s*,", text[cue.end :]):
        subject = subject_phrase(text, names, masks, language)  # "HUR singles out an ambush in which, it says, 11 fighters were killed": HUR
        if subject is not None and subject.kind in ("actor", "institution", "name") and not COUNTED.search(subject.text):
            return resolve_phrase(subject, cue, discourse)
    colon = text.rfind(":", 0, cue.start)
    if phrase is not None and phrase.kind == "anaphor" and not earlier and colon > 0 and norm(phrase.text) in normed_words("anaphors", "personal", language):
        comma = text.find(",", 0, colon)
        subject = name_phrase(text, 0, comma, names, masks, language) if comma > 0 else subject_phrase(text[:colon], names, masks, language)  # "The company's director … gave a different account: two passengers were killed, he said"
        if subject is not None and subject.kind in USEFUL and subject.kind != "anaphor" and not COUNTED.search(subject.text):
            return resolve_phrase(subject, cue, discourse)
    kind_named = _named_of_kind(text, phrase, cue, names, discourse) if earlier and phrase is not None and phrase.kind == "anaphor" else None
    if kind_named is not None:  # "Security sources say at least 30 soldiers were killed; the group says …": JNIM, named before
        return Speaker(kind_named, None, "sentence", cue, kind="actor", named_as=phrase.text)
    if earlier and ((coordinated and (phrase is None or phrase.kind not in USEFUL)) or (phrase and phrase.kind == "anaphor")):
        # "X estimated …, and reported …"; "X said he had counted"; "X acknowledged losses without giving a figure and said …"
        spoken = (cue_speaker(text, c, names, discourse, masks) for c in reversed(earlier))
        before = next((s for s in spoken if (s.actor_id or s.label) and s.kind != "other"), None) or cue_speaker(text, earlier[-1], names, discourse, masks)
        if phrase is not None and phrase.kind == "anaphor" and not fits_anaphor(before, phrase.text, language):
            return resolve_phrase(phrase, cue, discourse)  # "An army statement said …, and the ministry said …": not the army; a ministry named before
        if before.actor_id or before.label or phrase is None or phrase.kind != "anaphor":
            return before
    named = _named_in_sentence(text, phrase, cue, names, language) if phrase is not None and phrase.kind == "anaphor" else None
    if named is not None:  # '"… PMC Wagner is going home," the group said': Wagner
        return Speaker(named, None, "sentence", cue, kind="actor", named_as=phrase.text)
    return resolve_phrase(phrase, cue, discourse)  # "In a statement posted online, the group said": the group


FIRST_PERSON_OWNED = re.compile(r"\s*(?:our|my)\s+(?:own\s+)?(?:latest\s+|last\s+|new\s+|provisional\s+|updated\s+|own\s+|first\s+|initial\s+|preliminary\s+)*(?:figures?|count|counts|tally|tallies|estimates?|data|records|monitoring|information|assessment|numbers|registration|statistics)\s*$", re.IGNORECASE)


def _time_phrase(phrase: str, language: str) -> bool:
    """"the following month", "on Monday": a time the date lexicon knows (dates_<language>.toml),
    never a speaker, even where no date was told for it to count from."""
    lex = lexicon(language)
    words = re.sub(r"^on\s+", "", " ".join(phrase.casefold().split()))
    return words in lex.anchored_days or words in lex.anchored_months or words in lex.anchored_years or words in lex.weekdays


def resolve_phrase(p: Phrase | None, cue: Cue | None, discourse: Discourse) -> Speaker:
    registry = actors()
    if p is None or (p.kind in ("label", "other") and _time_phrase(p.text, discourse.language)):
        return Speaker(None, None, "article", cue)  # "and the following month announces 600 more": a time, no speaker
    if norm(p.text) in ("the latter", "the former") and discourse.named_before:
        named = discourse.named_before[-1 if norm(p.text) == "the latter" else 0]
        return Speaker(named.actor_id, named.label, "paragraph", cue, kind=named.kind)
    prior = discourse.antecedent(p.text)
    if FIRST_PERSON_OWNED.match(p.text):
        return Speaker(None, None, "article", cue)  # "according to our latest figures": the writer's own (a release's issuer, a paper's count)
    if p.kind == "representative" and prior is not None and prior.actor_id and _bare(p.text):
        return Speaker(prior.actor_id, None, "paragraph", cue, kind=p.kind)  # "The MNLA … A spokesman told AP …"
    if p.kind == "anaphor":
        if prior is not None:
            return Speaker(prior.actor_id, prior.label, "paragraph", cue, kind=prior.kind, named_as=p.text)
        pronoun = norm(p.text) in {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "me"} or owned_count(discourse.language).match(norm(p.text)) is not None  # also "by his count" with no one named
        if p.person:
            return Speaker(None, p.person, "sentence", cue, kind="name", named_as=p.person)  # "Its spokesman, Mohamed Ag Elmoctar, told …" with no "it" before: the man named
        return Speaker(None, None, "article", cue) if pronoun else Speaker(None, p.text, "sentence", cue, kind="label", named_as=p.text)
    actor_id = p.actor_id
    if p.kind == "institution":
        foreign = foreign_owner(p.text, discourse.language)  # "India's foreign ministry" is not Mali's (nor is Gao's mayor foreign)
        actor_id = institution_actor(institution_types(p.text, discourse.language), discourse.article_actors, discourse.language, discourse.abroad or bool(foreign))
    if actor_id is None:
        label = f"{p.role or p.text}, {p.person}" if p.person else p.text  # "An army spokesman, Colonel Idrissa Traore" where no army is named
        return Speaker(None, label, "sentence", cue, kind=p.kind, named_as=p.text)
    actor_id = resolve_generic(actor_id, discourse.article_actors)
    if registry[actor_id].fields.get("type") == "person":
        organisation = [a for a in registry[actor_id].parents if a in discourse.article_actors]
        actor_id = organisation[0] if organisation else actor_id
    return Speaker(actor_id, None, "sentence", cue, kind="actor", named_as=p.text)


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


WITH_ONE_SAYING = re.compile(r"(?<![\w-])with\s+(?:one|another|the\s+other|one\s+of\s+them|both|a\s+second|the\s+first|the\s+second)\s+$", re.IGNORECASE)
IN_WHICH_BEFORE = re.compile(r"(?:(?<![\w-])(?:in|during|after)\s+which|(?<![\w-])that|(?<![\w-])which)\s+(?:it|they)\s+$", re.IGNORECASE)  # a relative clause whose "it" is the sentence's subject
PARENTHETICAL_BEFORE = re.compile(r",\s*(?:it|they|he|she)\s*$", re.IGNORECASE)


def _named_of_kind(text: str, phrase: Phrase, cue: Cue, names: list[NameMatch], discourse: Discourse) -> str | None:
    """An anaphor that names a kind of actor ("the group", "the movement") after another speaker
    of its sentence: the nearest actor of that kind named before it in the sentence, else in the
    sentence before; never the other speaker ("security sources say …; the group says …")."""
    kinds = sayings_words(discourse.language)["anaphor_kinds"].get(norm(phrase.text))
    if not kinds:
        return None
    named = _named_in_sentence(text, phrase, cue, names, discourse.language)
    if named is not None:
        return named
    of_kind = lambda found: next((s.actor_id for s in reversed(found) if s.actor_id and actors()[s.actor_id].fields.get("type") in kinds), None)  # noqa: E731
    return of_kind(discourse.current or discourse.before) or of_kind(discourse.named_before)  # a speaker of that kind first, then a name


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
    return not kept and not has_own_name(phrase)



def has_own_name(phrase: str) -> bool:
    """"The Grey Zone Telegram channel": a capitalised word after the first names the outlet
    itself, which then speaks for no one named before it (unlike "a spokesman")."""
    return any(w[:1].isupper() for w in phrase.split()[1:])


