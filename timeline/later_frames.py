"""Year-less days told before a later sentence of their paragraph that opens with a year.

Why: a narrative goes forward. In "The larger companies resisted. In late September, four
employees were detained … On Nov. 8, the chief executive was detained … In December 2024, a
judge issued a warrant", read against a 2026 publication date, "late September" and "Nov. 8"
would land in 2025, after the December 2024 the paragraph reaches next; a reader puts them in
2024, before it. Only once the article has told a year before (a narrative is under way), and
not before a frame told in the past perfect ("In December 2024, a judge had …"), which reaches
back, nor a day of the last two months, which is the news the background follows. Rules in
docs/dates.md.
"""

from __future__ import annotations

from datetime import date

from timeline.dates import Timex
from timeline.narrative_years import opens_sentence
from timeline.past_perfects import past_perfect
from timeline.periods import shift
from timeline.year_moves import moved_by_years, named_without_year


def later_frames(paragraphs: list[int], tagged: list[list[Timex]], texts: list[str]) -> list[date | None]:
    """For each sentence, the start of the first later frame in its paragraph: a date naming its
    year at the head of a sentence ("In December 2024, …"), not told in the past perfect."""
    out: list[date | None] = [None] * len(texts)
    ahead, paragraph = None, None
    for i in reversed(range(len(texts))):
        if paragraphs[i] != paragraph:
            ahead, paragraph = None, paragraphs[i]
        out[i] = ahead
        opening = [t for t in tagged[i] if t.anchor == "absolute" and opens_sentence(t, texts[i]) and not past_perfect(texts[i], t)]
        ahead = opening[0].start if opening else ahead
    return out


RECENT_DAYS = 60  # a year-less day this close to publication is the news ("said on April 1"), whatever background follows it


def before_later_frame(found: list[Timex], frame: date | None, told: date | None, published: date) -> list[Timex]:
    """Year-less named days that would fall after the paragraph's later frame, moved back by
    whole years to the last of their days on or before it (``told``: the date the article told
    last, within a year before the frame, without which nothing moves)."""
    if frame is None or told is None or told > frame or (frame - told).days > 366:
        return found  # only between two dates told close together ("July 9, 2024" … "In December 2024"), not after "January 2013" and before "27 October 2018"
    out = []
    for t in found:
        if named_without_year(t) and t.start > frame and (published - t.start).days > RECENT_DAYS:
            years = frame.year - t.start.year - (1 if shift(t.start, "year", frame.year - t.start.year) > frame else 0)
            moved = moved_by_years(t, years, published)
            t = moved if moved.start >= told else t  # never before the date told last ("The league began in September 2023. On 12 June, …")
        out.append(t)
    return out
