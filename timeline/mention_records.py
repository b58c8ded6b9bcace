"""The records of the event stage: one mention (a trigger in one sentence, with its date, place
and actors) and the sentence context the stage reads it from.

Why: the live-blog rules, the twin rules and linking all read these records; they live apart
from the rules that make them so that each of those modules can import them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.dates import Timex
from timeline.ingest import Sentence
from timeline.names import NameMatch, places

@dataclass(frozen=True)
class Mention:
    """One event trigger in one sentence, with what its context says (offsets are raw)."""

    mention_id: str
    source_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    trigger: str
    trigger_start: int
    trigger_end: int
    event_type: str
    start_date: object  # datetime.date | None
    end_date: object
    date_precision: str | None
    date_approximate: bool
    date_basis: str  # occurred | reported | announced | inherited | undated
    timex_id: str | None
    tense: str
    actor_ids: tuple[str, ...]
    place_id: str | None
    place_basis: str  # sentence | inherited | section | unregistered | none
    place_name: str | None = None  # the unregistered name, when place_basis is unregistered
    speaker_name: str | None = None  # a saying's speaker the registry does not hold ("the Chinese embassy")


def quoted(source_id: str, ctx: "SentenceContext") -> dict:
    """The fields every record resting on a sentence carries: where the quote is, and the quote."""
    s = ctx.sentence
    return dict(source_id=source_id, sentence_id=ctx.sentence_id, char_start=s.char_start, char_end=s.char_end, quote=s.text)


@dataclass
class SentenceContext:
    sentence: Sentence
    sentence_id: str
    timexes: list[Timex]  # offsets relative to the sentence
    names: list[NameMatch]  # offsets relative to the sentence
    timex_ids: list[str] = field(default_factory=list)


def replace_context(ctx: SentenceContext, cut: int) -> SentenceContext:
    """The context without the names and dates of a dateline ending at ``cut``, nor the cities
    that only name a trade route or a make ("further attacks on the Dakar and Nouakchott
    corridors", "a bus of the Abidjan-Bamako line", "Togo-made cement")."""
    names = [n for n in ctx.names if n.start >= cut and not _route_or_make(ctx.sentence.text, n)]
    if not cut and len(names) == len(ctx.names):
        return ctx
    kept = [(t, i) for t, i in zip(ctx.timexes, ctx.timex_ids or [None] * len(ctx.timexes)) if t.char_start >= cut]
    return SentenceContext(ctx.sentence, ctx.sentence_id, [t for t, _ in kept], names, [i for _, i in kept] if ctx.timex_ids else [])


CORRIDOR_AFTER = re.compile(r"(?:\s*(?:-|–|and|,)\s*(?-i:[A-Z])[\w’'-]+)*\s+corridors?(?![\w-])|-(?:made|based|born|owned|listed|flagged|registered)(?![\w-])", re.IGNORECASE)  # also "Togo-made cement"
ROUTE_AFTER = re.compile(r"(?:\s*[-–]\s*(?-i:[A-Z])[\w’']+)+\s+(?:road|roads|line|route|highway|axis)(?![\w-])", re.IGNORECASE)  # "a bus of the Abidjan-Bamako line": a route's far end abroad


def _route_or_make(text: str, n: NameMatch) -> bool:
    """A place named only as a route's end or a make, not where anything happened."""
    return n.kind == "place" and (CORRIDOR_AFTER.match(text, n.end) is not None or (ROUTE_AFTER.match(text, n.end) is not None and places()[n.id].fields.get("country") != "ML"))
