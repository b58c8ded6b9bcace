"""The year a year-less day takes from what its sentence or paragraph told before it.

Why: narrative_years.py walks an article sentence by sentence; these are its rules for one
year-less day or month once the frame is known: the month the paragraph told last ("… on
January 11 [2013]. French-led forces retook Gao on January 26"), the month its sentence told
with a year ("in January 2013, France launched Operation Serval on 11 January"), a run of days
listed after one ("entered Kidal on March 30, 2012, Gao the following day"), the stages after a
year ("signed in 2015: first by the government on May 15"), and a day between two dates of the
year told. Each keeps the news of the last weeks before publication in its own year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.dates import Timex
from timeline.past_perfects import HAD_AFTER, past_perfect
from timeline.staged_acts import past_participle
from timeline.year_moves import in_frame, named_without_year, names_month


STALE_DAYS = 300  # a year-less day this long before publication is told as background, not news
RECENT_DAYS = 14  # a year-less day this close before publication is the news itself, not the narrative's



def told_month_holds(t: Timex, found: list[Timex], told: date | None, told_month: date | None, published: date, text: str) -> bool:
    """Whether a year-less day takes the year of the month the paragraph told last: the same
    month, the last time told (not "By 2014 …" in between), no date before it in its sentence, and
    not a day of the last two weeks before publication (that is today's news)."""
    if told_month is None or told is None or not named_without_year(t) or t.start.month != told_month.month or t.start.year == told_month.year:
        return False
    if t.precision != "day" and not (past_perfect(text, t) or HAD_AFTER.match(text, t.char_end) or SAME_MONTH_BEFORE.search(text, 0, t.char_start)):
        return False  # a bare month told on ("coups in … May 2021. His government dissolved parties in May") is no month of the past told (but "In May, the junta had also arrested …", "later in May")
    if (told.year, told.month) != (told_month.year, told_month.month) or any(o.char_end <= t.char_start for o in found):
        return False
    return not 0 <= (published - t.start).days <= RECENT_DAYS


def between_told(t: Timex, found: list[Timex], told: date | None, published: date, text: str) -> Timex | None:
    """A year-less day or month that falls, in the year the paragraph told last, between that
    date and a later one its own sentence tells with the same year: that year's (not a later date
    set against it: "after the floods in March, … worse than in August 2012")."""
    if told is None or not named_without_year(t) or told.year >= t.start.year:
        return None
    later = next((o for o in found if o.char_start >= t.char_end and names_year(o) and o.start is not None and o.start.year == told.year and not COMPARED_BEFORE.search(text, max(0, o.char_start - 25), o.char_start)), None)
    moved = in_frame(t, told, published) if later is not None else None
    return moved if moved is not None and told <= moved.start <= later.start else None


COMPARED_BEFORE = re.compile(r"(?<![\w-])(?:than|since|unlike|compared\s+(?:with|to))\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
SAME_MONTH_BEFORE = re.compile(r"(?<![\w-])(?:later|earlier|that|the\s+same|same)\s+(?:in\s+)?$", re.IGNORECASE)
SAID_OR_STOP = re.compile(r"[.;:]|(?<![\w-])(?:said|says|say|told|tells|announced)(?![\w-])", re.IGNORECASE)


def _verb_between(text: str, lo: int, hi: int) -> bool:
    """A verb of its own between two dates (a stop, a saying, a past participle that is no
    adjective: "the main coalition of armed groups" has none)."""
    return SAID_OR_STOP.search(text, lo, hi) is not None or past_participle().search(text, lo, hi) is not None


def narrative_day(t: Timex, before: list[Timex], text: str, told_month: date | None, published: date) -> date | None:
    """The date a year-less day follows in a narrative: the date before it in its sentence when
    that one took an earlier year from the narrative ("entered Gao on 26 January [2013] and
    Timbuktu on 28 January"), or, for a day the publication date would put most of a year back,
    the last month its paragraph told with a year ("… on 11 January 2013. … Hollande was cheered
    in Timbuktu on 2 February")."""
    prev = next((o for o in reversed(before) if o.char_end <= t.char_start and o.kind in ("date", "range") and o.start is not None), None)
    if prev is not None and prev.anchor == "other" and names_month(prev) and prev.start.year < t.start.year and not _verb_between(text, prev.char_end, t.char_start):
        return prev.start  # listed with it, no verb of its own between ("… 18 August, said on 2 May" is the news)
    if prev is not None and prev.anchor == "other" and names_month(prev) and prev.start.year < t.start.year and in_frame(t, prev.start, published).start <= prev.start + timedelta(days=LISTED_DAYS) and NEXT_CLAUSE.search(text, prev.char_end, t.char_start):
        return prev.start  # "On June 30 [2012], fighters started pulling down …, and on July 2 they broke open …": the story goes on
    listed = next((o for o in reversed(before) if o.char_end <= t.char_start and o.kind == "date" and o.precision == "day" and names_year(o) and names_month(o)), None)
    if listed is not None and listed.start.year < t.start.year and in_frame(t, listed.start, published).start <= listed.start + timedelta(days=LISTED_DAYS) and LISTED_BETWEEN.fullmatch(text, listed.char_end, t.char_start):
        return listed.start  # "entered Kidal on March 30, 2012, Gao the following day and Timbuktu on April 1": a list of days of that year
    if prev is not None and _year_told_before(prev, t, text):
        return prev.start  # "signed in Bamako in 2015: first by the government on May 15": May 2015
    if listed is not None and listed.start.year < t.start.year and (published - t.start).days >= SENTENCE_YEAR_DAYS and in_frame(t, listed.start, published).start <= listed.start + timedelta(days=LISTED_DAYS) and NEXT_CLAUSE.search(text, listed.char_end, t.char_start):
        return listed.start  # "toppled Touré on 22 March 2012; the rebels took Kidal … between 30 March and 1 April": the sentence's year, not last year's
    if t.precision != "day" or (published - t.start).days < STALE_DAYS:
        return None  # a recent day is the news
    if told_month is not None and told_month.year < t.start.year and _soon_after(t, told_month):
        return told_month
    return None


NEXT_CLAUSE = re.compile(r";|(?<![\w-])(?:then|and)(?![\w-])")  # a run of clauses told in order ("…; the rebels took …; and on 6 April …"), not an aside ("Goita, who was sworn in on 7 June 2021, signed … on July 5")
SENTENCE_YEAR_DAYS = 60  # a year-less day the publication date would put this far back takes the year its sentence told before it
LISTED_DAYS = 92  # a year-less day listed after a day told with its year, at most this long after it, is of the same run of days
LISTED_BETWEEN = re.compile(r"(?:\s*,?\s*(?:and\s+|then\s+)?(?:(?-i:[A-Z])[\w’'-]*|the\s+(?:following|next)\s+day|a\s+day\s+later|\w+\s+days\s+later))+\s*(?:,\s*)?(?:on\s+|and\s+)?", re.IGNORECASE)  # only places and counted days between: "March 30, 2012, Gao the following day and Timbuktu on"


YEAR_OPENER = re.compile(r"(?<![\w-])(?:in|during)\s+$", re.IGNORECASE)
STAGES_AFTER_COLON = re.compile(r"^\s*[:,]\s*(?=(?:first|initially|firstly)(?![\w-]))", re.IGNORECASE)


def _year_told_before(prev: Timex, t: Timex, text: str) -> bool:
    """Whether a year told earlier in the sentence holds the year-less days of the stages told
    right after it: "signed in Bamako in 2015: first by the government on May 15", with no verb of
    their own between."""
    if prev.anchor != "absolute" or prev.precision != "year" or prev.kind != "date" or prev.start.year >= t.start.year:
        return False
    if not YEAR_OPENER.search(text, max(0, prev.char_start - 10), prev.char_start):
        return False  # "rebuilt since 2013, on 12 May …": a year a range starts from frames nothing
    between = text[prev.char_end : t.char_start]
    return STAGES_AFTER_COLON.match(between) is not None and not _verb_between(STAGES_AFTER_COLON.sub(" ", between), 0, len(between))  # not "… a deal in 2015, around Ber in August"


FOLLOWS_WITHIN_DAYS = 100  # "… 17 January 2012. Kidal fell on 30 March": the narrative goes on; "since August 2020 … On 28 January" does not


def _soon_after(t: Timex, month_start: date) -> bool:
    """Whether ``t``'s day falls within about three months after the start of the month told last."""
    for year in (month_start.year, month_start.year + 1):
        try:
            day = t.start.replace(year=year)
        except ValueError:  # 29 February
            continue
        if day >= month_start:
            return (day - month_start).days <= FOLLOWS_WITHIN_DAYS
    return False


SERIES_LINK = re.compile(r"[^.;:!?\"“”]{0,60}?(?<![\w-])(?:followed\s+by|and\s+by|and\s+then|then|and\s+again|and\s+extended|and\s+renewed)(?![\w-])[^.;:!?\"“”]{0,40}", re.IGNORECASE)


def series_start(t: Timex, found: list[Timex], text: str) -> date | None:
    """The day a sentence dates with its year when a year-less day follows it as the next step of
    one series ("on May 15, 2015, followed by the CMA on June 20", "signed on 23 August 2017 and
    extended on 6 September"): the year is the series' own, counted forward from that day."""
    if not named_without_year(t) or t.precision != "day":
        return None
    before = [o for o in found if o.char_end <= t.char_start and o.anchor == "absolute" and o.start is not None and o.precision == "day" and o.kind == "date"]
    if not before or SERIES_LINK.fullmatch(text, before[-1].char_end, t.char_start) is None:
        return None
    return before[-1].start


def same_month_named(t: Timex, found: list[Timex]) -> date | None:
    """The start of the month a sentence names with its year, when ``t`` names the same month
    without one: the sentence has told which year that month is in."""
    if not named_without_year(t):
        return None
    for other in reversed(found):  # the nearest before it: "talks in January 2012 and in January 2013, … on January 11"
        if other.char_end <= t.char_start and other.anchor == "absolute" and other.start is not None and other.precision == "month" and other.kind == "date" and other.start.month == t.start.month:
            moved_on = any(other.char_end <= o.char_start and o.char_end <= t.char_start and o.anchor == "absolute" and o.start is not None and o.start.year > other.start.year for o in found)
            return None if moved_on else other.start  # told before it: "in January 2013 … on 11 January", not "on 11 January … January 2013", nor "in August 2020 and May 2021, … February 2022, … on August 15"
    return None


def names_year(t: Timex) -> bool:
    """A date told with its year ("in April 2012", "on 9 June 2022", "in 2013")."""
    return t.anchor == "absolute" and t.start is not None and t.precision in ("day", "month", "year") and t.kind != "duration"
