"""Who speaks for a list or a reproduced document: "The ministry gave this toll:", "the full
text of the communiqué issued by the Government", "read the statement of the National Security
Council", "It says 89 soldiers were killed".

Why: a figure inside a document or after a lead-in colon names no speaker of its own; its
claimant is the body that issued the document or opened the list, never the nearest name.
Phrases: claimants_<language>.toml ("relayed_document", "item_bodies")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.claim_discourse import Discourse, Speaker, issued_document
from timeline.claimants import cue_speaker, has_own_name, last_speaker, resolve_phrase
from timeline.names import NameMatch, actors
from timeline.regex_gate import GatedPattern, alternation
from timeline.sayings import cues, norm
from timeline.sayings import words as sayings_words
from timeline.speaker_phrases import USEFUL, name_phrase
from timeline.transcript_turns import tag_end

NAMED_ISSUER = re.compile(r"(?=[A-Za-z])[^|:\d\n]{3,120}")  # a body's name, not a page's stamp line ("Item SMD-2023-0911 | Published …")
GIVEN_BY = re.compile(r"(?<![\w-])(?:given|published|released|issued|announced|provided|compiled|communicated)\s+by\s+(?P<who>[^:,;]{2,80}?)\s*:\s*$", re.IGNORECASE)
LISTING_VERB = re.compile(r"(?<![\w-])(?:lists?|listed|listing|gives?|gave|given|details?|detailed|includes?|included|records?|recorded|publish(?:es|ed)?|releases?|released|issues?|issued|announce[sd]?|posts?|posted|breaks?\s+down|as\s+follows|the\s+following)(?![\w-])", re.IGNORECASE)


def lead_in_speaker(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """Who gives the list a sentence ending with a colon opens ("The report lists the deadliest
    strikes as follows:", "The ministry gave this toll:"): its speaker, or the subject that lists."""
    verb = LISTING_VERB.search(text)
    if text.rstrip().endswith(":") and verb is None and not cues(text, discourse.language):
        return _body_before_items(text, names, discourse, masks)
    if not text.rstrip().endswith(":") or verb is None:
        return None
    spoke = last_speaker(text, names, discourse, masks)
    if spoke is not None:
        return spoke
    by = GIVEN_BY.search(text)  # "Provisional toll given by the army:": the army's list
    phrase = name_phrase(text, by.start("who"), by.end("who"), names, masks, discourse.language) if by else name_phrase(text, 0, verb.start(), names, masks, discourse.language)
    if phrase is None or phrase.kind not in USEFUL:
        return None
    listed = resolve_phrase(phrase, None, discourse)
    return listed if (listed.actor_id or listed.label) else None


def _body_before_items(text: str, names: list[NameMatch], discourse: Discourse, masks) -> Speaker | None:
    """"The association Ginna Yagu:" over "1. Condemns …", "2. Recalls that …": a body named alone
    before its colon is the subject of every item after it (an organisation; not "Key points:")."""
    colon = text.rstrip().rfind(":")
    phrase = name_phrase(text, 0, colon, names, masks, discourse.language)
    heads = alternation(sayings_words(discourse.language)["item_bodies"]["nouns"])
    body = phrase is not None and (phrase.kind in ("actor", "institution") or (phrase.kind == "label" and re.match(rf"\W*(?:the\s+)?(?:[\w’'-]+\s+)?(?:{heads})(?![\w-])", phrase.text, re.IGNORECASE)))
    if not body or len(text[:colon].split()) > 8:
        return None
    listed = resolve_phrase(phrase, None, discourse)
    return listed if (listed.actor_id or listed.label) else None


def document_speakers(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> list[Speaker]:
    """The speakers of a sentence who spoke in a document ("the general staff said in a statement
    …"), for "According to the statement" later, whichever saying the sentence ends with."""
    found = [c for c in cues(text, discourse.language) if issued_document(text, c.end, discourse.language)]
    spoken = (cue_speaker(text, c, names, discourse, masks) for c in found)
    return [s for s in spoken if (s.actor_id or s.label) and s.kind != "other"]


def named_documents(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> list[Speaker]:
    """The issuers of documents a sentence names ("read the statement of the National Security
    Council on national radio"), for "It says 89 soldiers were killed" after it."""
    out = []
    for m in DOCUMENT_OF.finditer(text):
        end = re.search(r"[,;:.()\"“”]|\s(?:on|in|at|which|who|that|after|before|during|to)\s", text[m.end() :])
        phrase = name_phrase(text, m.end(), m.end() + (end.start() if end else len(text) - m.end()), names, masks, discourse.language)
        if phrase is not None and phrase.kind in ("actor", "institution", "name"):
            spoken = resolve_phrase(phrase, None, discourse)
            if spoken.actor_id or spoken.label:
                out.append(replace(spoken, document=norm(m.group("noun"))))
    return out


DOCUMENT_OF = re.compile(r"(?<![\w-])(?:read|reads|reading|read\s+out|published|publishes|released|releases|broadcast|broadcasts|aired|relayed|quoted|cited)\s+(?:the|a)\s+(?:[\w’'-]+\s+)?(?P<noun>statement|communiqu[eé]|declaration|press\s+release|report|message)\s+(?:of|from|by|issued\s+by)\s+", re.IGNORECASE)


@cache
def _relay_patterns(language: str) -> GatedPattern:
    """What announces a reproduced document ("the full text of the communiqué issued by"), behind a prefix gate."""
    return GatedPattern(re.compile("|".join(f"(?:{p})" for p in sayings_words(language)["relayed_document"]["patterns"]), re.IGNORECASE))


@cache
def _issuer_openings(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in sayings_words(language)["relayed_document"]["issuer_openings"])


def reproduced_by_pronoun(text: str, before: str, names_before: list[NameMatch], discourse: Discourse) -> Speaker | None:
    """The issuer of a document named in the sentence ``before`` when ``text`` says the article
    reproduces "its main passages" below."""
    rule = sayings_words(discourse.language)["relayed_document"]
    if not before or not re.search(rule["its_passages"], text, re.IGNORECASE):
        return None
    named = relayed_document(before, names_before, discourse, re.compile(rule["named_by"], re.IGNORECASE))
    theirs = re.search(rule["other_passages"], text, re.IGNORECASE) is not None  # "paragraphs 1 to 3 of the Malian government's response": another's text
    released = (c for c in cues(before, discourse.language) if not theirs and re.search(rule["released_document"], before[c.start : c.end], re.IGNORECASE))
    spoken = (cue_speaker(before, c, names_before, discourse, ()) for c in released)  # "The Division … released its report on Tuesday. We reproduce paragraphs 1 to 4": the Division's
    return named or next((replace(s, basis="document") for s in spoken if (s.actor_id or s.label) and ((s.kind in USEFUL and s.kind != "anaphor") or (s.kind == "other" and has_own_name(s.label or "")))), None)


def relayed_document(text: str, names: list[NameMatch], discourse: Discourse, pattern: re.Pattern | None = None) -> Speaker | None:
    """The issuer of a document the article says it reproduces, named in ``text`` ("the full
    text of the communiqué issued by the Government of the Transition"): the claimant of the
    figures no one else is said to give."""
    m = (pattern or _relay_patterns(discourse.language)).search(text)
    cut = tag_end(text, discourse.language) or 0  # 'READER: "The Government … informs …"': a transcript's turn reads the document
    opening = None if m is not None or pattern is not None else next((found for p in _issuer_openings(discourse.language) if (found := p.match(text[cut:]))), None)
    if m is None and opening is None:
        return None
    if opening is not None:  # "The Government of the Republic of Mali informs national and international opinion that …"
        start, end = (cut + i for i in opening.span("issuer"))
    else:
        start, end = m.end(), m.end() + len(re.match(r"[^.;:(,]*?(?=\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:read|broadcast|aired|published|posted|issued|released|sent|dated|signed)\b|[.;:(,]|$)", text[m.end() :]).group())  # ", translated from French", "read by a presenter of …"
    skip = 4 if text[start : start + 4].lower() == "the " else 0
    head = next((n for n in names if opening is None and n.kind == "actor" and n.start == start + skip and actors()[n.id].fields.get("type") not in ("person", "media")), None)
    if head is not None:  # "issued … by the Permanent Strategic Framework for Peace, Security and Development (CSP-PSD)": the registry's name, commas and all
        return Speaker(head.id, None, "document", None, kind="actor")
    p = name_phrase(text, start, end, names, (), discourse.language)
    if opening is None and p is None:
        end = start + len(re.split(r"\s+(?:late|early|on|in|at|last|this|yesterday|today|overnight)\s", text[start:end])[0])  # "by the Executive Secretariat of the Sahel Alliance late on Monday"
    if p is None and NAMED_ISSUER.fullmatch(text[start:end].strip()) and has_own_name(text[start:end]):
        return Speaker(None, " ".join(text[start:end].split()), "document", None, kind="label")  # "The General Management of the Compagnie Malienne de Navigation (COMANAV)": too long for a speaker's phrase, named by itself
    if p is not None and p.kind == "other" and has_own_name(p.text):
        return Speaker(None, p.text, "document", None, kind="label")  # "The Government of the Republic of Mali", "the Permanent Secretariat of the G5 Sahel", named by itself
    if p is None or p.kind not in USEFUL or p.kind == "anaphor":
        return None
    issuer = resolve_phrase(p, None, discourse)
    return Speaker(issuer.actor_id, issuer.label, "document", None, kind=issuer.kind) if (issuer.actor_id or issuer.label) else None
