"""The clause of a figure: where to look for what a number counts.

Why: a figure's fate lies in its own clause ("12 hostages were killed"), not in the next one
after a comma or a "but"; commas inside numbers ("1,200") and asides that name a source ("by
the government's own count,") do not cut it.
"""

from __future__ import annotations

import re

from timeline.claim_figures import figure_patterns
from timeline.figure_chains import numeral_aside


CLAUSE_END = re.compile(r"[,;:()—–]|\s(?:but|while|although|whereas|before|after|until|when|and\s+that)\s")


def _figure_ahead(text: str, at: int, language: str) -> bool:
    """Whether a clause joined by "and" brings a figure of its own within its first words."""
    return figure_patterns(language)["figure"].search(text, at, at + 30) is not None


SOURCE_ASIDE_BEFORE = re.compile(r",\s*(?:by\s+[^,;]{1,50}?(?:count|tally|estimate|reckoning|figures|account)|according\s+to\s+[^,;]{1,60})\s*,\s*(?:(?:at\s+least|about|some|more\s+than|nearly|over|around|almost|up\s+to)\s+)?$", re.IGNORECASE)


def clause_bounds(text: str, start: int, end: int, language: str = "en") -> tuple[int, int]:
    """The figure's clause, for looking at what it counts (commas inside numbers do not cut)."""
    aside = SOURCE_ASIDE_BEFORE.search(text, 0, start)
    limit = aside.start() if aside is not None else start  # "killed, by the government's own count, 132 civilians": the clause goes on across the aside
    lo = 0
    for m in CLAUSE_END.finditer(text[:limit]):
        if not (m.group() == "," and re.match(r"\d{3}", text[m.end() : m.end() + 3])) and not numeral_aside(text, m):
            lo = m.end()
    hi = len(text)
    for m in CLAUSE_END.finditer(text, end):
        if numeral_aside(text, m):
            continue  # "six (06) soldiers killed": the digits repeat the number
        if m.group() == "," and re.match(r"\s*(?:either|or|and)\b", text[m.end() :]) and not _figure_ahead(text, m.end(), language):
            continue  # "…15 Wagner fighters, either killed or captured" (not ", and 140 others died")
        hi = m.start()
        break
    return lo, hi
