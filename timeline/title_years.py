"""A title about one past year frames the piece: "What happened in Mali in 2012?".

Why: an explainer or a retrospective names its year once, in its title, and then tells "30 June"
and "September" without it; read against the publication date they would land in the year
before publication. Its year-less days months back are that year's, as under a heading that
names it (timeline/narrative_years.py holds the frames; this module only reads the title).
"""

from __future__ import annotations

import re
from datetime import date

from timeline.narrative_years import ATTRIBUTIVE_YEAR, Frame, Narrative
from timeline.timex import Timex


def titled(found: list[Timex], text: str, published: date) -> Narrative:
    """The state a piece opens with, given its title's dates: framed by the title's year when the
    title is about one past year (``_title_year``)."""
    year = _title_year(found, text, published)
    frame = Frame(year, -1, True, whole=True) if year else None
    return Narrative(frame=frame, title=frame)


TITLE_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:in|during)\s+$", re.IGNORECASE)  # "What happened in Mali in 2012?", "… in 2012"
TITLE_END = re.compile(r"\s*[?!.]?\s*")
TITLE_HEAD = re.compile(r"\W*(?:(?-i:[A-Z])[\w’'-]+\s+)?")  # "2012: the year the north fell", "Mali 2012: …"
TITLE_YEAR_AFTER = re.compile(r"\s*(?:[:—–]|-\s)")
TITLE_YEAR_GAP = 2  # a title's year this many years or more before publication is the piece's subject, not its news


def _title_year(found: list[Timex], text: str, published: date) -> date | None:
    """The year a title makes the piece's subject ("What happened in Mali in 2012?", "Mali 2012:
    the year the north fell"): its only date, a bare year well before publication, not a year
    naming an event ("the 2012 coup") nor a span ("since 2012"). The piece's year-less days are
    in that year, as under a heading that names it."""
    dated = [t for t in found if t.kind != "duration"]
    if len(dated) != 1 or dated[0].precision != "year" or dated[0].anchor != "absolute" or dated[0].kind != "date" or dated[0].start is None:
        return None
    t = dated[0]
    if ATTRIBUTIVE_YEAR.search(text, 0, t.char_start) or published.year - t.start.year < TITLE_YEAR_GAP:
        return None
    asked = TITLE_YEAR_BEFORE.search(text, 0, t.char_start) and (text.rstrip().endswith("?") or TITLE_END.fullmatch(text, t.char_end))
    headed = TITLE_HEAD.fullmatch(text, 0, t.char_start) and TITLE_YEAR_AFTER.match(text, t.char_end)
    if not (asked or headed):
        return None  # "Mali junta ends 2015 Algiers peace accord", "…, in power since a coup in 2020, dissolves …": a year in passing
    return t.start
