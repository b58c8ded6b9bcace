"""The voice of a reproduced document or a press release: who "we", "our units" and "a first
count" are, and where the document ends.

Why: a communiqué's "our units counted 12 bodies" is its issuer's figure, and "According to our
teams" in an NGO's release is the publisher's own; a figure told that way must not fall to the
nearest name. The words live in claimants_<language>.toml ("documents")."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.regex_gate import alternation
from timeline.sayings import cues, words as sayings_words

if TYPE_CHECKING:
    from timeline.claim_discourse import Speaker
    from timeline.claims import Claim
    from timeline.events import SentenceContext


OFFICIAL_LABEL = re.compile(r"(?<![\w-])(?:army|armed\s+forces|military|government|ministry|mission|general\s+staff|police|gendarmerie|authorities|governor|command|presidency|junta)(?![\w-])", re.IGNORECASE)  # a body whose first count an unowned assessment carries on (not witnesses or villagers)
OUR_SOURCES = re.compile(r"\s*(?:the\s+)?(?:information|reports?|figures|data|details|testimonies|accounts)\s+(?:gathered|collected|received|compiled|obtained|verified)\s+by\s+(?:our|my)\s+.*", re.IGNORECASE | re.DOTALL)


@cache
def issuer_voice(language: str) -> re.Pattern:
    """Who speaks with a reproduced document's voice (claimants_<language>.toml documents): "our
    units", "we" (not "US officials", nor "our correspondent"), "a first count", "the
    information available at this stage"."""
    rule = sayings_words(language)["documents"]
    first = alternation(rule["first_person"])
    openers, nouns = alternation(rule["impersonal_openers"]), alternation(rule["impersonal_sources"])
    return re.compile(rf"{first_person(language).pattern}|\s*(?-i:we|We)(?![\w-])|\s*(?:(?:{openers})\s+)*(?:{nouns})(?![\w-])(?!\s+(?:of|by|from(?!\s+(?:the\s+)?(?:field|ground|front|frontline|front\s+line)(?![\w-])(?!\s+(?:by|of|hospital|clinic)(?![\w-])))|(?:compiled|published|issued|released|cited|gathered|given)(?:\s+(?:so\s+far|to\s+date|on\s+the\s+ground))?\s+(?:by|from))(?![\w-])(?!(?:\s+by)?\s+(?:{first})\s))", re.IGNORECASE)  # not "the report of the MINUSMA human rights division", "figures compiled by ACLED": a named source (but "a provisional assessment by our command", "Preliminary information gathered so far" and "the first reports from the field" are the issuer's)


def writers_we(speaker: Speaker, text: str, quoted: bool, language: str) -> bool:
    """"Our numbers: we counted at least 47 people killed": a "we" outside any quotation (``quoted``:
    one runs on from an earlier sentence) and any reproduced document (whose "we" is its issuer's,
    decided before) is the writer's, not the last one who spoke ("…, said ADELFA. … We counted")."""
    return (speaker.basis == "paragraph" and (speaker.named_as or "").casefold() in ("we", "us") and not quoted and re.search(r"[\"“”]", text) is None  # no quotation mark: not a quoted speaker's "we"
            and len(cues(text, language)) == 1)  # nor one told by another ("We counted 17 bodies, he added")


def publishers_own(c: Claim, language: str) -> bool:
    """A claimant in the publisher's own voice ("According to our teams, …"), not one inside
    another's words ('"Our teams counted 40 bodies," MSF said')."""
    if c.claimant_id or c.claimant_basis == "document" or not first_person(language).match(c.claimant_label or ""):
        return False
    return re.search(rf"(?<![\w-])according\s+to\s+{re.escape(c.claimant_label)}", c.quote, re.IGNORECASE) is not None or not someone_else(language).search(c.quote)


@cache
def someone_else(language: str) -> re.Pattern:
    """A quotation mark or a verb of saying: someone else's words."""
    return re.compile(rf"[\"“”]|(?<![\w-])(?:{alternation(sayings_words(language)['documents']['other_voice_verbs'])})(?![\w-])", re.IGNORECASE)


@cache
def first_person(language: str) -> re.Pattern:
    """A source in the publisher's own voice ("our teams", "our staff on the ground"; not "our
    correspondent"): a press release's or a briefing's figures are its issuer's."""
    rule = sayings_words(language)["documents"]
    return re.compile(rf"\s*(?:{alternation(rule['first_person'])})\s+(?!(?:{alternation(rule['first_person_not'])})(?![\w-]))", re.IGNORECASE)


@cache
def impersonal(language: str) -> re.Pattern:
    """A first count that is no one's ("a preliminary assessment", "initial reports"), told
    without an owner: what the speaker before it, or the publisher, counts."""
    rule = sayings_words(language)["documents"]
    return re.compile(rf"\s*(?:(?:{alternation(rule['revising'])})\s+)?(?:(?:the|a|an|its|their)\s+)?(?:{alternation(rule['provisional'])})\s+(?:{alternation(rule['impersonal_sources'])})(?:\s+(?:from|on)\s+(?:the\s+)?(?:ground|field|front|scene))?\s*", re.IGNORECASE)  # also "revising an earlier toll that reported …", "Preliminary information from the ground"


def ends_document(ctx: SentenceContext, contexts: list[SentenceContext], i: int, language: str) -> bool:
    """Where a reproduced document ends: a paragraph or heading that opens as a note of the
    publisher's ("Editor's note:", "Background", "Read also:"); the document's own headings
    ("Provisional balance sheet") do not end it."""
    previous = contexts[i - 1].sentence if i else None
    new_paragraph = previous is None or previous.paragraph_index != ctx.sentence.paragraph_index
    return new_paragraph and document_end(ctx.sentence.text, language) is not None


def document_end(text: str, language: str) -> re.Match | None:
    """A publisher's note after a reproduced document ("Editor's note:", "Read also:")."""
    words = alternation(sayings_words(language)["documents"]["end_notes"])
    return re.match(rf"\s*(?:(?:{words})\s*(?:[:–—-]|$)|editor(?:['’]s|s['’])\s+note\b)", text, re.IGNORECASE)
