"""Dates that open a clause inside a sentence: a conjunct's opening date (", and on 19 June the
government … signed"), and the relative clauses an opening date passes over ("Last month, Goita,
who seized power in coups in 2020 and 2021, was granted …").

Why: date_owners.py gives each date of a sentence its trigger; these two shapes are where a
sentence's opening date is not its first trigger's, split out to keep that module short.
"""

from __future__ import annotations

import re

from timeline.dates import Timex
from timeline.event_lexicon import is_saying

RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)


CONJUNCT_OPENS = re.compile(r"(?:,\s*and|;\s*(?:and\s+)?|,\s*but|\band\s+then)\s+(?:(?:late|early)\s+)?(?:on|in)\s+$", re.IGNORECASE)
CONJUNCT_ENDS = re.compile(r"[;.:]|,\s*(?:and|but)\s")


def conjunct_opening(text: str, triggers: list[tuple[int, int, str]], t: Timex) -> int | None:
    """A date that opens a conjunct clause (", and on 19 June the government, the Platform and
    the CMA signed …"): the first event told in that conjunct, as an opening date dates its
    sentence's."""
    if CONJUNCT_OPENS.search(text, max(0, t.char_start - 20), t.char_start) is None or not re.match(r"\s*,?\s*(?:the|a|an|its|their|(?-i:[A-Z]))", text[t.char_end :]):
        return None
    return next((k for k, (start, _, _) in enumerate(triggers) if start >= t.char_end and not CONJUNCT_ENDS.search(text, t.char_end, start)), None)


def in_relative(text: str, triggers: list[tuple[int, int, str]], main: list[int], k: int) -> bool:
    """A trigger that opens a relative clause ("a convoy that had left Tessalit"), or a noun in
    its object ("who seized power in coups in 2020"): not the main clause an opening date dates."""
    start = triggers[k][0]
    if is_saying(triggers[k][2]):
        return False  # "men who said they belonged to IS ordered …": a saying takes the date harmlessly
    if RELATIVE_BEFORE.search(text, max(0, start - 20), start):
        return True
    return OBJECT_NOUN_BEFORE.search(text, max(0, start - 12), start) is not None and any(
        j < k and RELATIVE_BEFORE.search(text, max(0, triggers[j][0] - 20), triggers[j][0]) and not re.search(r"[,;:]", text[triggers[j][1] : start]) for j in main)


OBJECT_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:in|of|the|a|an|its|their|two|three)\s+$", re.IGNORECASE)
