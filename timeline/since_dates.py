"""What "since X" dates: the start of what began then, to the precision X itself has.

Why: "JNIM has blockaded Timbuktu since early August" tells when the blockade began, not a
range running to the publication date; and "early August" is August's first ten days, as it is
anywhere else, not the whole month nor its first day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.dates import Timex, tag
from timeline.periods import period


def since_start(t: Timex) -> Timex:
    """An event dated "since December 2021" began then: the period the range starts from."""
    if t.kind == "range" and t.text.casefold().startswith("since") and t.start is not None:
        if t.approximate and t.precision == "day":
            part = _approximate_part(t)  # "since early October": its first ten days, as "in early October"
            if part is not None:
                return part
            first, last = period(t.start, "month")
            return replace(t, kind="date", start=first, end=last, precision="month")
        first, last = period(t.start, t.precision)
        return replace(t, kind="date", start=first, end=last)
    return t


def _approximate_part(t: Timex) -> Timex | None:
    """The part of an approximate period "since" opens ("early October", "the beginning of
    December"), read again on its own: the range's end is the publication date it was read
    against. None when that reading starts elsewhere (a year the context gave)."""
    inner = re.sub(r"^since\s+", "", t.text, flags=re.IGNORECASE)
    parts = tag(inner, t.end)
    if len(parts) != 1 or parts[0].start != t.start or parts[0].end < parts[0].start:
        return None
    return replace(t, kind="date", start=parts[0].start, end=parts[0].end, precision=parts[0].precision)


