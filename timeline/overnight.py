"""A bare "overnight" read from the day its story stands on.

Why: the tagger resolves "overnight" alone as the night that ended on the publication day,
which is what a wire story of the day means ("French warplanes bombed their positions
overnight"). A sentence or a paragraph that opens with its own day moves that night: in
"9–10 June – Sobane Da. Gunmen attack the village overnight" the night is the entry's. A day
told further on is not an anchor ("the pilot was wounded on Friday … aircraft hit several
targets overnight" is still the night before publication).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from timeline.periods import edtf_interval
from timeline.timex import Timex


def is_overnight(t: Timex) -> bool:
    return t.text.casefold() == "overnight" and t.anchor == "publication"


def anchored_overnight(found: list[Timex], entry_day: date | None) -> list[Timex]:
    """Each bare "overnight" of a sentence as the night ending on the day its sentence or its
    paragraph opens with (a chronology's entry, a dateline), else as the tagger read it."""
    end = opening_day(found) or entry_day
    if end is None:
        return found
    return [replace(t, start=end - timedelta(days=1), end=end, edtf=edtf_interval(end - timedelta(days=1), "day", end, "day"), anchor="other") if is_overnight(t) else t for t in found]


def opening_day(found: list[Timex]) -> date | None:
    """The day a sentence opens with ("9–10 June – Sobane Da.", "BAMAKO, May 27 (Reuters) -")."""
    first = found[0] if found else None
    return first.end if first is not None and first.char_start <= 12 and first.precision == "day" and first.end is not None and not is_overnight(first) else None
