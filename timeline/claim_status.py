"""Claim status: how sure the text is of a figure, and when the claim was made.

Why: the same figure is claimed by one side, acknowledged by its victim, hedged by the reporter
("could not be independently verified") or denied; the status comes from the text's own words
(the verb of saying, a hedge, a denial, a later "Neither claim could be verified"), never from
our judgement. Word lists: resources/claimants_en.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.claimants import Discourse, Speaker, last_speaker
from timeline.dates import Timex
from timeline.regex_gate import alternation
from timeline.sayings import Cue, words


@cache
def _status_patterns(language: str = "en") -> dict[str, re.Pattern]:
    s = words(language)["status_sentences"]
    refer, denied = alternation(s["denied_refer"]), alternation(s["denied"])
    return {
        "hedge": re.compile(alternation(words(language)["hedges"]["words"]), re.IGNORECASE),
        "denied": re.compile(rf"(?<![\w-])(?:(?:{denied})\W+(?:[\w'’-]+\W+){{0,4}}?(?:{refer})|(?:{refer})\W+(?:[\w'’-]+\W+){{0,4}}?(?:{denied}))(?![\w-])", re.IGNORECASE),
        "unverified": re.compile(
            rf"(?<![\w-])(?:{alternation(s['refer'])})(?![\w-]).*?(?:{alternation(s['unverified'])})"
            rf"|(?<![\w-])(?:neither|none)(?![\w-]).*?(?:could|can|has|have)\s+(?:not\s+)?(?:yet\s+)?(?:been|be)\s+(?:independently\s+)?(?:verified|confirmed)",
            re.IGNORECASE,
        ),
    }


def status(speaker: Speaker, sentence: str, language: str = "en") -> str:
    """From the text's own words: the verb of the saying, a hedge, a denial of the figure."""
    if speaker.cue is not None and speaker.cue.status == "denied":
        return "denied"
    if _status_patterns(language)["hedge"].search(sentence):
        return "unverified"
    if _status_patterns(language)["denied"].search(sentence):
        return "denied"  # "…, a toll the army denied"
    if speaker.cue is None:
        return "claimed" if speaker.basis in ("paragraph", "document") else "reported"  # a reproduced communiqué is its issuer's claim
    return speaker.cue.status


def _sentence_status(text: str, language: str) -> str | None:
    """A sentence that speaks of figures told before it: "Neither claim could be verified."."""
    pats = _status_patterns(language)
    if pats["denied"].search(text):
        return "denied"
    if pats["unverified"].search(text):
        return "unverified"
    return None


def saying_date(text: str, cue: Cue | None, timexes: list[Timex]) -> Timex | None:
    """A date written right after or right before the verb of saying ("claimed on Thursday")."""
    if cue is None or cue.speaker_after:
        return None
    for t in timexes:
        if t.kind == "duration":
            continue
        if t.char_start >= cue.end and re.fullmatch(r"\s+(?:on|in)?\s*", text[cue.end : t.char_start] + " "):
            return t
        if t.char_end <= cue.start and not text[t.char_end : cue.start].strip():
            return t
    return None


def carry_statuses(claims: list, contexts: list, article_actors: set[str], language: str = "en") -> list:
    """"Neither claim could be independently verified." and "The army denied the toll." speak of
    the figures told before them in their paragraph (or, opening a paragraph, in the one before)."""
    rows: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        rows.setdefault(c.sentence_id, []).append(i)
    body = [ctx for ctx in contexts if ctx.sentence.kind == "body"]
    out = list(claims)
    for k, ctx in enumerate(body):
        status = _sentence_status(ctx.sentence.text, language)
        if status is None or k == 0 or ctx.sentence_id in rows:
            continue  # a sentence with figures of its own speaks of them ("…, but these figures remain unverified")
        paragraph = ctx.sentence.paragraph_index
        if not any(b.sentence.paragraph_index == paragraph for b in body[:k]):
            paragraph = body[k - 1].sentence.paragraph_index  # it opens its paragraph
        denier = last_speaker(ctx.sentence.text, ctx.names, Discourse(article_actors, language=language))
        for b in body[max(0, k - 3) : k]:
            if b.sentence.paragraph_index == paragraph:
                for i in rows.get(b.sentence_id, []):
                    out[i] = _restatus(out[i], status, denier)
    return out


def _restatus(c, new: str, denier: Speaker | None):
    """Unverified hedges a claimed or reported figure; a denial denies anyone's but the denier's own."""
    if new == "unverified" and c.status in ("claimed", "reported"):
        return replace(c, status="unverified")
    own = denier is not None and ((denier.actor_id and denier.actor_id == c.claimant_id) or (denier.label and denier.label == c.claimant_label))
    if new == "denied" and c.status in ("claimed", "reported", "unverified") and not own:
        return replace(c, status="denied")
    return c
