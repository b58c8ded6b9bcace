"""The tagger's record: one temporal expression, its span and what it denotes.

Why a module of its own: the tagger (timeline/dates.py) and the rules that join its expressions
(timeline/joined_dates.py) both make them; ``timeline.dates.Timex`` stays the public name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("date", "range", "duration")
ANCHORS = ("absolute", "publication", "other")
TENSES = ("past", "future")

@dataclass(frozen=True)
class Timex:
    """One temporal expression: its span in the text and what it denotes (see docs/dates.md)."""

    char_start: int
    char_end: int
    text: str
    kind: str
    start: date | None
    end: date | None
    precision: str | None
    approximate: bool
    edtf: str | None
    duration: str | None
    anchor: str
    tense: str

    def as_dict(self) -> dict:
        out = dict(self.__dict__)
        out["start"] = self.start.isoformat() if self.start else None
        out["end"] = self.end.isoformat() if self.end else None
        return out
