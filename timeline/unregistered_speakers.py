"""Sayings by speakers the actor registry does not hold: "India's Ministry of External Affairs
said on Wednesday …", "Barrick said in a statement on Friday …".

Why: a statement is an event only with its speaker, and many speakers (foreign ministries,
embassies, companies, aid groups, courts) are in no registry; their own words name them. The
noun phrase before the saying (timeline/speaker_phrases.py, the one claims use) is kept as the
statement's speaker when it is a proper name or names a body by its name or nationality. Anonymous sources ("a
security source", "residents"), pronouns and unnamed representatives are not: what they say
is evidence for the event they tell, not a statement of record (events_<language>.toml
[unregistered_speakers]).
"""

from __future__ import annotations

from timeline.event_lexicon import event_words
from timeline.names import NameMatch
from timeline.sayings import cues, norm
from timeline.speaker_phrases import speaker_phrase
from timeline.dates import Timex


def unregistered_speaker(text: str, start: int, end: int, names: list[NameMatch], timexes: list[Timex], language: str) -> str | None:
    """The words naming who makes the saying at [start, end), when they are a proper name or name
    a body with a name or nationality of its own; None otherwise."""
    found = [c for c in cues(text, language) if c.start < end and start < c.end]
    if not found:
        return None
    masks = [(t.char_start, t.char_end) for t in timexes]
    phrase = speaker_phrase(text, found[0], names, masks, language)
    conf = event_words(language)["unregistered_speakers"]
    if phrase is None:
        return None
    words = phrase.text.split()
    if phrase.kind == "name":
        return " ".join(words)
    body = phrase.kind == "institution" or (phrase.kind in ("representative", "other") and set(norm(phrase.text).split()) & set(conf["bodies"]))
    if body and any(w[:1].isupper() for w in words[1:]):  # "the army" abroad is no one's in particular; "the Chinese embassy" is
        return " ".join(words)
    return None
