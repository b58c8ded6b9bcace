"""A date inside an aside that opens with a participle trigger belongs to that trigger.

Why: "Fighting has surged as the U.N. mission, ordered out by the junta in June, hands over its
bases": "in June" dates the expulsion told in the aside, not the fighting of the main clause,
which the aside only interrupts. The aside is set off by commas, opens with the trigger (a word
in -ed: "ordered out by", "expelled by") and holds no other trigger.
"""

from __future__ import annotations

import re

from timeline.dates import Timex

PARTICIPLE_OPENING = re.compile(r"[a-z]+ed\b", re.IGNORECASE)


def aside_owner(text: str, triggers: list[tuple[int, int, str]], t: Timex) -> int | None:
    """The trigger opening the comma aside ``t`` stands in, if any."""
    lo = text.rfind(",", 0, t.char_start)
    hi = text.find(",", t.char_end)
    if lo < 0 or hi < 0 or re.search(r"[.;:]", text[lo:hi]):
        return None
    inside = [k for k, (start, end, _) in enumerate(triggers) if lo < start and end <= hi]
    if len(inside) != 1:
        return None
    k = inside[0]
    start = triggers[k][0]
    if text[lo + 1 : start].strip() or not PARTICIPLE_OPENING.match(text, start):
        return None
    return k if triggers[k][1] <= t.char_start else None
