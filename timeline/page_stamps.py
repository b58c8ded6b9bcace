"""Whether a date is a report's dateline or a page's stamp, not the date of an event.

Why: "BAMAKO, Nov 21 - …", "Issued on: 03/06/2025 - 16:05", "Correction, August 2, 2024: …" and
a related link's "(2019-03-18)" date the page, never what it tells; a date that opens a brief's
line ("1 April - GATIA fighters clashed …") dates what follows it and is no dateline.
"""

from __future__ import annotations

import re

from timeline.dates import Timex
from timeline.dated_together import KICKER


PREPOSITION_BEFORE_DAY = re.compile(r"(?<![\w-])(?:on|in|from|since|until|till|to|of|by|before|after|between|and|dated)\s*$", re.IGNORECASE)
NUMERIC_DAY = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK_AFTER = re.compile(r"\s*(?:[-–—|,]|at|à)?\s*\d{1,2}[:.h]\d{2}(?!\d)", re.IGNORECASE)
STAMP_BEFORE = re.compile(r"(?<![\w-])(?:issued|published|posted|updated|modified|created|last\s+updated)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
NOTE_WORDS = r"(?:correction|corrected|clarification|update|updated|last\s+updated|posted|published|modified|note|editor['’]?s\s+note)"  # a page's notes and stamps
STAMP_LABEL = re.compile(rf"(?<![\w-]){NOTE_WORDS}\s*:\s*$", re.IGNORECASE)
NOTE_HEAD = re.compile(rf"\W*{NOTE_WORDS}\s*[,:]?\s*(?:on\s+)?", re.IGNORECASE)


def is_dateline(text: str, t: Timex) -> bool:
    """"BAMAKO, Nov 21 - …", "Bamako, 16 November 2023 – …": the date of the report, not of an
    event. A date that opens the line ("1 April - GATIA fighters clashed …", a brief's list of
    incidents) dates what follows it."""
    opens_line = not text[: t.char_start].strip(" \t\n•*-–—")
    after = text[t.char_end :]  # "BAMAKO, Nov 21 - …", or "Bamako, 2 October (AMAP) The General Staff …"
    if NOTE_HEAD.fullmatch(text[: t.char_start]) and re.match(r"\s*:", after):
        return True  # "Correction, August 2, 2024: An earlier version …": the note's date, not an event's
    if re.match(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:\||GMT|UTC|$)", after) and ISO_DAY.fullmatch(t.text.strip()):
        return True  # "… after street battle 2013-02-11 21:47:05 | Editor: …": a page's time stamp
    if re.search(r"\(\s*$", text[: t.char_start]) and re.match(r"\s*\)\s*$", after) and (NUMERIC_DAY.fullmatch(t.text.strip()) or ISO_DAY.fullmatch(t.text.strip())):
        return True  # a related link's "(2019-03-18)", "(09/02/2025)": the linked page's stamp (not a chronology's "(14 November 2023)")
    if NUMERIC_DAY.fullmatch(t.text.strip()) and ((CLOCK_AFTER.match(after) and not PREPOSITION_BEFORE_DAY.search(text[: t.char_start])) or STAMP_BEFORE.search(text[: t.char_start])
                                                  or (not after.strip() and not PREPOSITION_BEFORE_DAY.search(text[: t.char_start]))):
        return True  # "Issued on: 03/06/2025 - 16:05", "12.06.2025 16:40", "… France? 02/18/2022": a page's stamp
    if STAMP_LABEL.search(text[: t.char_start]):
        return True  # "Posted: 3 June - …", "Updated: …": a page's stamp, not a brief's entry
    if re.search(r"\w\s*:\s*$", text[: t.char_start]) or KICKER.fullmatch(text, 0, t.char_start):
        return False  # "Bamako: 6 Jan - Goita pardoned …", "* KATI, JULY 22 - …": a brief's entry by place, not a dateline
    return t.char_start < 40 and not opens_line and bool(re.match(r"\s*\)?\s*[-–—]\s", after) or re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)\s", after))
