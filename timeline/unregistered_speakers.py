"""Sayings by speakers the actor registry does not hold: "India's Ministry of External Affairs
said on Wednesday …", "Senegal said on Friday …", "Barrick said in a statement …".

Why: a statement is an event only with its speaker, and many speakers (foreign ministries,
embassies, states, office-holders, companies, aid groups, courts) are in no registry; their own
words name them. The noun phrase before the saying (timeline/speaker_phrases.py, the one claims
use) is kept as the statement's speaker when it names a body, a state or an office-holder.
People named in passing (a herder, a witness), anonymous sources, pronouns, a member or employee
of a body, a sentence-opening "Critics" and a bare "The Army" stay no statement: what they say
is evidence for the event they tell, not a statement of record (events_<language>.toml
[unregistered_speakers]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.names import NameMatch
from timeline.regex_gate import alternation
from timeline.sayings import Cue, cues, norm
from timeline.speaker_phrases import speaker_phrase

ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9-]{2,9}")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
FUNCTION_WORDS = frozenset({"the", "of", "for", "and", "on", "in", "de", "du", "des", "la", "le", "al"})


@dataclass(frozen=True)
class Words:
    bodies: frozenset[str]
    not_names: frozenset[str]
    offices: frozenset[str]
    not_heads: re.Pattern
    title: re.Pattern  # a title right before a capitalised name
    title_end: re.Pattern  # a clause that ends with a title ("Niger's defence minister, ")
    document: re.Pattern
    described: re.Pattern  # ", an association that …", ", which runs …"


@cache
def _words(language: str) -> Words:
    conf = event_words(language)["unregistered_speakers"]
    bodies = alternation(conf["bodies"])
    return Words(
        frozenset(conf["bodies"]), frozenset(conf["not_names"]), frozenset(conf["offices"]),
        re.compile(rf"^(?:{alternation(conf['not_heads'])})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{alternation(conf['titles'])})(?:\s+(?:of|for)\s+[^,;:]{{1,50}}?)?,?\s+(?-i:[A-Z])", re.IGNORECASE),
        re.compile(rf"^\W*(?:[\w’'-]+\s+){{0,6}}?(?:{alternation(conf['titles'])})(?:\s+(?:of|for)\s+[^,;:]{{1,50}}?)?,?\s*$", re.IGNORECASE),
        re.compile(rf"^[^.;:]{{0,40}}?(?<![\w-])(?:{alternation(conf['documents'])})(?![\w-])", re.IGNORECASE),
        re.compile(rf"^\s*(?:\([^()]{{1,20}}\)\s*)?,\s*(?:which\s|(?:an?|the)\s+(?:(?!(?:of|for|at|with|in|from|to)\s)[\w’'-]+\s+){{0,4}}?(?:{bodies})(?=\s*(?:,|\(|that\s|which\s|based\s|founded\s|created\s|set\s+up\s|close\s+to\s)))", re.IGNORECASE),
    )


def unregistered_speaker(text: str, start: int, end: int, names: list[NameMatch], timexes: list[Timex], language: str) -> str | None:
    """The words naming who makes the saying at [start, end), when they name a body, a state or
    an office-holder; None otherwise."""
    found = [c for c in cues(text, language) if c.start < end and start < c.end] or [Cue(start, end, "claimed")]  # "The group Al-Mourabitoune claimed responsibility": the trigger is its own cue
    masks = [(t.char_start, t.char_end) for t in timexes]
    phrase = speaker_phrase(text, found[0], names, masks, language)
    if phrase is None or phrase.kind not in ("name", "institution", "representative", "other", "label"):
        return None
    name = " ".join(phrase.text.split())
    if norm(name) in DETERMINERS:
        return None  # "The communique was read on state television": no one named
    at = text.rfind(phrase.text, 0, found[0].start)
    if phrase.kind == "label" and not _titled_name(name, language):
        return _named_before_body(text[: max(at, 0)], name, masks, language)  # "a local official", "witnesses": evidence, not a statement of record
    before, after = (text[:at], text[at + len(phrase.text) : found[0].end + 60]) if at >= 0 else ("", "")
    return name if named(name, before, after, "name" if phrase.kind == "label" else phrase.kind, language) else None


NAME_THEN_COMMA = re.compile(r"(?:^|(?<=,\s))\W*(?!(?:In|On|At|For|From|By|After|Before|Since|During|When|While|As|But|And|Yet|So|However|Meanwhile|Nonetheless|Elsewhere|Later|Instead|Still|Then|Now|Today|Yesterday|The|This|That)\s)((?-i:[A-Z])[\w’'-]+(?:\s+(?:(?:of|for|and|de|du|des|al)\s+)?(?-i:[A-Z])[\w’'-]+){1,5}),\s*$")  # a name of two words or more, not "However," nor "In Kalaban,"


def _named_before_body(before: str, label: str, masks: list[tuple[int, int]], language: str) -> str | None:
    """"Tabital Pulaaku, the main Fulani association, condemned …": a body's own name, then the
    body it is in apposition: the name is the speaker (not "a local official" alone)."""
    folded = [norm(x) for x in label.split()]
    owner = NAME_THEN_COMMA.search(before)
    if owner is None or any(a < owner.end(1) and owner.start(1) < b for a, b in masks) or not any(f in _words(language).bodies for f in folded):
        return None
    return owner.group(1) if _headed_by_body(folded, _words(language).bodies) else None


def _titled_name(phrase: str, language: str) -> bool:
    """"Foreign Minister Ahmed Attaf", "the regional governor, Colonel Ibrahima Diarra": a role
    that heads a capitalised name is an office-holder by name, not an anonymous label."""
    w = _words(language)
    return not re.match(r"(?:an?|one|some|several|two|three)\s", phrase, re.IGNORECASE) and bool(w.title.search(phrase)) and phrase.split()[-1][:1].isupper()


def named(phrase: str, before: str, after: str, kind: str, language: str) -> bool:
    """Whether a speaker phrase names a body, a state or an office-holder (see the module)."""
    w = _words(language)
    words = phrase.split()
    folded = [re.sub(r"'s$", "", norm(x).strip(",;:.")) for x in words]
    if norm(phrase) in w.offices or norm(re.sub(r"^(?:the|neighbouring|neighboring)\s+", "", phrase, flags=re.IGNORECASE)) in _state_words(language)[1]:
        return True  # before not_heads: "members of the Security Council" is how the Council speaks
    if w.not_heads.match(phrase):
        return False
    if any(f in w.bodies for f in folded):
        if _body_then_name(words, folded, w.bodies):
            return True  # "The group Al-Mourabitoune", "the movement Katiba Serma"
        if not _headed_by_body(folded, w.bodies):
            return False  # "Guards at the Kenieba gold mine", "Gold buyer Seydou Traore": people, not the body
        content = [(x, f) for x, f in zip(words, folded) if f not in FUNCTION_WORDS]
        own = [x for x, f in content if x[:1].isupper() and f not in w.bodies and f not in w.not_names]
        titled = len(content) >= 2 and all(x[:1].isupper() for x, _ in content) and (content[0][1] in w.bodies or len(content) >= 3)
        return bool(own) or titled  # "the Ministry of Justice", "The General Staff of the Armed Forces"; not "The Armed Forces"
    if kind != "name":
        return False
    if any(ACRONYM.fullmatch(x) for x in words):
        return True  # "the EMGA", "MSC", "The M5-RFP": a body's initials
    if w.title.search(phrase) or _titled_before(before, w):
        return True  # "President Idriss Deby", "Niger's defence minister, General Salifou Mody"
    return bool(w.document.match(after) or w.described.match(after))


PREPOSITIONS = frozenset({"of", "for", "at", "with", "in", "from", "to", "on", "near"})
CLAUSE_OPENERS = re.compile(r"(?<![\w-])(?:after|before|during|while|when|meeting|speaking|visiting|following|met|told|said|says)(?![\w-])", re.IGNORECASE)


def _headed_by_body(folded: list[str], bodies: frozenset[str]) -> bool:
    """The body word heads the phrase: no preposition before its first body word ("Supporters
    of the M5 coalition"), and nothing but a preposition's phrase after its last one ("the
    Chinese embassy in Bamako", not "Gold buyer Seydou Traore")."""
    at = [i for i, f in enumerate(folded) if f in bodies]
    if any(f in PREPOSITIONS for f in folded[: at[0]]):
        return False
    rest = folded[at[-1] + 1 :]
    return not rest or rest[0] in PREPOSITIONS


def _body_then_name(words: list[str], folded: list[str], bodies: frozenset[str]) -> bool:
    """A body word after an article, then only the body's capitalised name in apposition."""
    at = [i for i, f in enumerate(folded) if f in bodies]
    return len(at) == 1 and all(f in FUNCTION_WORDS for f in folded[: at[0]]) and at[0] + 1 < len(words) and all(x[:1].isupper() for x in words[at[0] + 1 :])


def _titled_before(before: str, w: Words) -> bool:
    """A title right before the name in the same noun phrase, from the clause's start: "Niger's
    defence minister, General Salifou Mody"; not "after meeting the governor, Oumar Toure"."""
    clause = re.split(r"[.;:]\s|\s[-–—]\s", before)[-1]
    return w.title_end.search(clause) is not None and not CLAUSE_OPENERS.search(clause)


@cache
def _state_words(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """Every state's name, demonym and capital, longest first, and the state each names (one
    list of names for both recognising a state as a speaker and keying its statements)."""
    conf = event_words(language)["unregistered_speakers"]
    states = {norm(x): x for x in conf["states"]}
    states.update({norm(k): v for k, v in conf["state_words"].items()})
    return re.compile(rf"(?<![\w-])(?:{alternation(sorted(states, key=len, reverse=True))})(?![\w-])", re.IGNORECASE), states


def state_of(name: str, language: str = "en") -> str | None:
    """The state a speaker's words name first ("the Chinese embassy in Bamako": China), if any."""
    pattern, states = _state_words(language)
    found = pattern.search(norm(name))
    return states[found.group().casefold()] if found else None

