"""Bare weekdays under a day heading are read from the heading's day, not from publication.

Why: a weekly digest published on Monday 21 August tells, under "TUESDAY 15 AUGUST", of "Sunday
night's attack": the Sunday before that Tuesday (13 August), not the Sunday before publication
(20 August). So for a live blog's entries under "Friday, 22 July", or a fact box's dated
sections. Rules in docs/dates.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.dates import Timex
from timeline.live_blogs import CLOCK, day_heading
from timeline.mention_records import SentenceContext
from timeline.periods import edtf_interval, edtf_point
from timeline.roundup_weeks import bare_weekday


def heading_day(ctx: SentenceContext, current: date | None) -> date | None:
    """The day in force after a heading: its own day if it is a day and little else ("TUESDAY
    15 AUGUST"); the day before it for a clock stamp ("12:10 GMT - …"); none after any other."""
    found = day_heading(ctx)
    if found is not None:
        return found[0].start if found[0].precision == "day" and found[0].start == found[0].end else None  # not a week's span ("Week 44: 30 October - 5 November 2017")
    return current if CLOCK.search(ctx.sentence.text) else None


def titled_day(ctx: SentenceContext) -> date | None:
    """The single day of a heading that is a day and a title at most ("■ 6 October | Sanctions
    lifted"): what "the same day" under it counts from, rather than a day told in the item before."""
    found = day_heading(ctx, digest=True)
    return found[0].start if found is not None and found[0].precision == "day" and found[0].start == found[0].end else None


def told_day_by_day(sentences: list, tagged: list[list[Timex]]) -> bool:
    """Whether two or more headings are single days: a digest or a blog told day by day, not a
    reproduced document under its date line ("Paris, 18 June 2013"), whose editor's note after
    it is the publication's."""
    days = [s for s, found in zip(sentences, tagged) if s.kind == "heading" and heading_day(SentenceContext(s, "", found, [], []), None) is not None]
    return len(days) >= 2


AIMED_BEFORE = re.compile(r"(?<![\w-])(?:this|starting|beginning|from|until|till|by|next|coming|for)\s+$", re.IGNORECASE)  # "a meeting this Sunday", "mourning starting Friday", "a rally for Wednesday": ahead of the day
TOLD_PAST = re.compile(r"(?<![\w-])(?:[a-z]+ed|was|were|had|took|fell|met|began|came|went|left|fought|struck|shot|hit|said|told|made|held|saw|found|lost|won|gave|broke|ran|rose|sent|led|stormed|overran|killed)(?![\w-])", re.IGNORECASE)  # "revised the toll of Sunday night's attack": a past told, not a plan ("The unions plan a march on Tuesday")


AHEAD_NEAR = re.compile(r"(?<![\w-])(?:would|will|to|until|ends?|reach(?:es)?|arriv(?:es|ing)|travelling|traveling|flying|heading|begins?|opens?|resumes?|due|expected|scheduled)(?![\w-])", re.IGNORECASE)


def _told_past(text: str, t: Timex) -> bool:
    """A weekday told as a past of the day's entry: a possessive ("Sunday night's attack") or a
    past verb just before it with nothing aiming ahead ("revised the toll on Sunday"; not "talks
    would resume on Friday", "adjourned to Thursday", "reaches Kidal on Thursday")."""
    if re.match(r"\s*(?:night|morning|evening|afternoon)?['’]s(?![\w-])", text[t.char_end :]) or re.match(r"['’]s(?![\w-])", text[t.char_end :]):
        return True
    before = text[max(0, t.char_start - 40) : t.char_start]
    return TOLD_PAST.search(before) is not None and AHEAD_NEAR.search(before) is None and AIMED_BEFORE.search(before) is None


def from_heading_day(found: list[Timex], text: str, day: date | None, published: date) -> list[Timex]:
    """Bare weekdays told in the past moved to the same weekday on or before the heading's day,
    never past publication; what is still to come keeps its reading."""
    if day is None or day >= published:
        return found
    out = []
    for t in found:
        if t.anchor == "publication" and t.text.casefold() == "overnight":
            t = replace(t, start=day - timedelta(days=1), end=day, edtf=edtf_interval(day - timedelta(days=1), "day", day, "day"), anchor="other")  # the night before the heading's day
        elif bare_weekday(t) and t.tense != "future" and _told_past(text, t) and not re.match(r"(?i)this\b", t.text):
            back = (day.weekday() - t.start.weekday()) % 7
            moved = day - timedelta(days=back)
            if moved != t.start and moved <= published:
                t = replace(t, start=moved, end=moved, edtf=edtf_point(moved, "day", t.approximate), anchor="other")
        out.append(t)
    return out
