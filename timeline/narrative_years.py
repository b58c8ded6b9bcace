"""Year-less dates told inside a narrative frame take the frame's year, not the publication's.

Why: background paragraphs and explainers set a year and then drop it: "In June 2020, a
coalition began protests. The protests turned deadly on July 10-12 … On August 18, soldiers
arrested Keita." Resolved against a 2025 publication date, "July 10-12" and "August 18" would
land in 2024; a reader, and a careful coder, reads them in 2020. A *frame* is a date that names
its year and opens its sentence ("In June 2020, …", "On March 31, 2024, …"), or a year in a
heading ("Protests and a first coup (2020)"). A day or month told by name without a year
("July 10-12", "late April", "on May 3") after a frame in the same paragraph, or anywhere in the
section a heading frames, is resolved forward from the frame: the first such day on or after
the frame's start. A frame in the middle of a sentence ("the junta, which seized power in
August 2020, said on May 3 …") frames nothing, except a day of the very month it names ("… in
January 2013, France launched Operation Serval on 11 January"), and weekdays and "last week" keep the
publication date, except in a roundup whose title names the week it covers ("week of 9-15
April 2018", published Monday 16 April): there "on Monday" is the Monday of that week. Rules in
docs/dates.md; the rules for one year-less day against what its sentence or paragraph told are in
told_years.py.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from dataclasses import dataclass
from datetime import date

from timeline.dated_together import entry_separator
from timeline.dates import Timex, names_weekday
from timeline.overnight import anchored_overnight, opening_day
from timeline.past_perfects import clause_before, past_perfect, past_perfect_words
from timeline.regex_gate import alternation
from timeline.roundup_weeks import bare_weekday, covered_week, into_week
from timeline.told_years import RECENT_DAYS, SENTENCE_YEAR_DAYS, STALE_DAYS, between_told, names_year, narrative_day, same_month_named, series_start, told_month_holds
from timeline.year_moves import back_from, in_frame, moved_by_years, named_without_year

ATTRIBUTIVE_YEAR = re.compile(r"(?<![\w-])(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)  # "not from the 2022 Moura massacre": a year naming an event frames no section
THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year(?![\w-])", re.IGNORECASE)  # "on 20 June that year", "in March of that year"
OPENING_PREPOSITION = r"(?:(?:in|on|by|during|from|since|as\s+of|at\s+the\s+(?:start|end)\s+of)\s+)?"


@cache
def _opening() -> re.Pattern:
    """What may stand before a frame at the head of its sentence: a connective (dates_en.toml
    ``frame_connectives``: "Then, on 10 January 2013, …") and a preposition."""
    path = resources.files("timeline").joinpath("resources/dates_en.toml")
    connectives = tomllib.loads(path.read_text(encoding="utf-8"))["frame_connectives"]
    words, clauses = connectives["words"], connectives["clauses"]
    # also a time clause opening the sentence ("When Hollande sent jets against a column on 11
    # January 2013, few expected …"): its date frames what follows as an opening date does
    return re.compile(rf"^\W*(?:(?:{alternation(words)})\s*,?\s+)?(?:(?:{alternation(clauses)})\s+[^,;:.\"“”]{{1,120}}?\s+)?{OPENING_PREPOSITION}$", re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    """The year-setting date in force, and where it holds: its paragraph, or (from a heading)
    until the next heading."""

    start: date
    paragraph: int
    from_heading: bool
    week: tuple[date, date] | None = None  # the week a roundup's title covers ("week of 9-15 April 2018")
    whole: bool = False  # set by the title ("What happened in Mali in 2012?"): holds across the piece's headings
    span: bool = False  # a heading's span of years ("northern Mali, 2012-2024"): the news of the last weeks keeps its own year


@dataclass(frozen=True)
class Narrative:
    """What the sentences so far have set: the frame in force, and the last date told with its
    year in the current paragraph (for a past perfect, which reaches back from it)."""

    frame: Frame | None = None
    told: date | None = None
    told_paragraph: int = -1
    told_month: date | None = None  # the last month told with its year (a day or a month, not a year)
    carried: date | None = None  # the last frame a body sentence opened, in any paragraph before
    told_day: date | None = None  # the day the current paragraph opened with ("overnight" is the night before it)
    entry: date | None = None  # the date of the last timeline entry ("Jan. 11, 2013: France launches Serval")
    title: Frame | None = None  # the year the piece's title is about ("What happened in Mali in 2012?"), under every other frame




def reframe(found: list[Timex], text: str, kind: str, paragraph: int, state: Narrative | None, published: date) -> tuple[list[Timex], Narrative]:
    """A sentence's dates with year-less named days moved into the frame's year (or, in a past
    perfect, back to the last year told), and the state for what follows."""
    state = state or Narrative()
    same = kind == "body" and state.told_paragraph == paragraph
    told, told_month = (state.told, state.told_month) if same else (None, None)
    found, frame = _reframe(found, text, kind, paragraph, state.frame, published, told, told_month, state.title)
    carried = state.carried
    told_day = state.told_day if same else None
    entry = state.entry if kind == "body" and (same or any(entry_separator(text, t) is not None for t in found)) else None  # only entries that follow one another chain
    if kind == "body":
        if frame is None or not frame.from_heading:  # under a year heading ("2019"), the heading's year
            found, entry = _timeline_entries(found, text, entry, published)
        found = anchored_overnight(found, told_day)
        told_day = told_day if same else opening_day(found)
        moved: list[Timex] = []
        if told is None:  # the paragraph has told no year of its own yet ("in late July 2024 … on 4 August" is 2024)
            kept = found
            found = [t if any(names_year(o) and o.char_end <= t.char_start for o in found) else _carried_back(t, carried, published, text) for t in found]
            moved = [t for t, k in zip(found, kept) if t.start != k.start]  # "On March 1, …": a day carried back sets the paragraph's year like one told with it
        told = next((t.end for t in reversed(found) if _tells_time(t, text)), moved[-1].end if moved else told)
        told_month = next((t.start for t in reversed(found) if _tells_time(t, text) and t.precision in ("day", "month") and (t.kind == "date" or t.kind == "range")), moved[-1].start if moved else told_month)
        if any(_present_since(t, text, published) for t in found) or OPENS_PRESENT_SINCE.match(text):
            told = told_month = None  # "Mali has been fighting jihadists since 2012.": the narrative is back at the present
        if frame is not None and not frame.from_heading and frame.week is None:
            carried = frame.start
        elif told_month is not None and told_month.year < published.year:
            carried = told_month  # "had taken the town the day before, 10 January 2013": a year told mid-sentence carries too
    return found, Narrative(frame, told, paragraph, told_month, carried, told_day, entry, state.title)


def _timeline_entries(found: list[Timex], text: str, entry: date | None, published: date) -> tuple[list[Timex], date | None]:
    """A timeline's entries in order: a year-less entry ("June 18: A peace deal …") follows the
    entry before it ("Jan. 11, 2013: France launches Serval"), not the publication date."""
    out = []
    for t in found:
        if entry_separator(text, t) is not None and t.start is not None:
            if named_without_year(t) and entry is not None and entry.year < published.year and not names_weekday(t) and (published - t.start).days > RECENT_DAYS:
                t = in_frame(t, entry, published)
            entry = t.start if t.anchor != "publication" else None
        out.append(t)
    return out, entry


SINCE_BEFORE = re.compile(r"(?<![\w-])since\s+$", re.IGNORECASE)
PERFECT = re.compile(r"(?<![\w-])(has|have|had)(?![\w-])", re.IGNORECASE)
SINCE_RECORD = re.compile(r"(?<![\w-])(?:\w+est|first|last|only|most|biggest|worst|largest)(?![\w-])", re.IGNORECASE)


OPENS_PRESENT_SINCE = re.compile(r"\W*since\s[^,;:.]{1,120},\s+(?:[\w’'-]+\s+){0,4}?(?:has|have)\s+(?:(?:been|not|never|already|long|only|also)\s+)?[\w’'-]+", re.IGNORECASE)  # "Since the coup of August 2020 and the second one of May 2021, the soldiers have closed every door.": back at the present


def _present_since(t: Timex, text: str, published: date) -> bool:
    """"… has ruled the country since 2020": a state that runs to today, in the present perfect of
    its own clause (not "the extremists who had held it since April 2012", still the narrative's
    past, nor a record, "the deadliest assault the army has suffered since 2012")."""
    if t.kind != "range" or t.end != published or not (SINCE_BEFORE.search(text, 0, t.char_start) or re.match(r"since(?![\w-])", t.text, re.IGNORECASE)):
        return False
    clause_start = max(text.rfind(c, 0, t.char_start) for c in ",;:") + 1
    clause = text[clause_start : t.char_start]
    if SINCE_RECORD.search(clause):
        return False  # "the deadliest assault the army has suffered since 2012": a record, told in the past narrative
    auxiliaries = PERFECT.findall(clause)
    return bool(auxiliaries) and auxiliaries[-1].casefold() != "had"
ALSO_ON = re.compile(r",\s*also\s+(?:on\s+)?$", re.IGNORECASE)  # an aside: "signed, also on 6 April, a framework agreement"


def _carried_back(t: Timex, carried: date | None, published: date, text: str) -> Timex:
    """A year-less named day that the publication date would put most of a year back ("on Jan.
    14" in an explainer of 11 January 2023) is background: it takes the year of the last frame an
    earlier paragraph opened ("On Jan. 10, 2013, …"), not the year before publication; so does
    the very day of that frame told again with "also" ("On 6 April 2012 … [next paragraph] the
    junta signed, also on 6 April, …"), however recent its reading against publication."""
    if carried is None or carried.year >= published.year or t.kind != "date" or t.precision != "day" or not named_without_year(t):
        return t
    if (t.start.month, t.start.day) == (carried.month, carried.day) and ALSO_ON.search(text, 0, t.char_start):
        return moved_by_years(t, carried.year - t.start.year, published)
    if (published - t.start).days < STALE_DAYS:
        return t
    return _nearest_to(t, carried, published)


JUST_BEFORE_DAYS = 45  # "… said in February 2013. … had retaken Gao on January 26": a few weeks before the year told is that year


def _nearest_to(t: Timex, anchor: date, published: date) -> Timex:
    """``t`` moved to the first of its days on or after ``anchor``, or into ``anchor``'s year when
    that puts it only a few weeks before: "… said in February 2013 … [next paragraph] the forces
    had retaken Gao on January 26" is January 2013, not January 2014."""
    try:
        before = t.start.replace(year=anchor.year)
    except ValueError:  # 29 February
        before = None
    if before is not None and 0 < (anchor - before).days <= JUST_BEFORE_DAYS:
        return t if before.year == t.start.year else moved_by_years(t, before.year - t.start.year, published)
    return in_frame(t, anchor, published)


def _reframe(found: list[Timex], text: str, kind: str, paragraph: int, frame: Frame | None, published: date, told: date | None, told_month: date | None = None, title: Frame | None = None) -> tuple[list[Timex], Frame | None]:
    week = frame.week if frame is not None else None
    if kind == "title":
        covered = covered_week(found, text, published)
        return found, Frame(covered[0], paragraph, True, covered) if covered else frame
    if kind == "heading":
        years = [t for t in found if t.anchor == "absolute" and t.start is not None and t.precision in ("year", "month", "day") and not ATTRIBUTIVE_YEAR.search(text, 0, t.char_start)]
        if years:
            return found, Frame(years[0].start, paragraph, True, week, span=years[0].end is not None and years[0].end.year > years[0].start.year)
        if frame is not None and frame.whole:
            return found, frame  # an explainer's questions ("Why did the army revolt?") stay in the title's year
        named = next((t for t in found if named_without_year(t)), None)
        if named is not None and frame is not None and frame.from_heading and week is None and (published - named.start).days > 60:  # "22 March 2012 — The mutiny", then "6 April — The deal at Kati": 6 April 2012 (not "9 May — This week")
            moved = in_frame(named, frame.start, published)
            return [moved if t is named else t for t in found], Frame(moved.start, paragraph, True, week)
        return found, (Frame(week[0], -1, True, week) if week else title) if frame is not None and frame.from_heading else frame  # a new section ends the last heading's frame
    if kind != "body":
        return found, frame
    if frame is not None and not frame.from_heading and frame.paragraph != paragraph:
        frame = Frame(week[0], -1, True, week) if week else title  # back to the title's week, or year
    out = []
    for t in found:
        if week is not None and bare_weekday(t) and t.tense != "future" and not (week[0] <= t.start <= week[1]):
            t = into_week(t, week)  # a roundup of 9-15 April published on Monday 16: "on Monday" is the 9th
            out.append(t)
            continue
        now = next((o for o in reversed(found) if o.char_end <= t.char_start and o.anchor == "publication" and o.kind in ("date", "range") and not named_without_year(o)), None)
        if named_without_year(t) and now is not None:
            told_then = now.precision == "year" and now.kind == "date" and re.fullmatch(r"\s*,?\s*(?:on|in)?\s*", text[now.char_end : t.char_start]) is not None
            out.append(in_frame(t, now.start, published) if told_then else t)  # "since the start of the year: … on 23 May": this year's; "Last year, on July 17": last year's
            continue
        same_month = same_month_named(t, found)
        earlier = next((o.end for o in reversed(found) if o.char_end <= t.char_start and _tells_time(o, text)), None)
        earlier = earlier or next((o.end for o, f in zip(reversed(out), reversed(found[: len(out)])) if o.char_end <= t.char_start and o.kind == "date" and o.precision == "day" and o.end is not None and f.end is not None and o.end.year != f.end.year), told)  # only a day the frame moved to another year  # "freed on 8 October [2020], days after the junta that had taken power in August": that year's
        named = next((o.end for o in reversed(found) if o.char_end <= t.char_start and names_year(o)), told)
        if named is not None and named_without_year(t) and THAT_YEAR.match(text, t.char_end):
            t = moved_by_years(t, named.year - t.start.year, published) if named.year != t.start.year else t  # "on 20 June that year"
        elif earlier is not None and t.kind == "date" and named_without_year(t) and past_perfect(text, t):
            t = back_from(t, earlier, published)  # "… fled Gao in April 2012. Rebels had seized it on 31 March"
        elif same_month is not None:  # "… in January 2013, France launched Operation Serval on 11 January"
            t = in_frame(t, same_month, published)
        elif (series := series_start(t, found, text)) is not None:  # "signed the deal on May 15, 2015, followed by the CMA on June 20"
            t = in_frame(t, series, published)
        elif (between := between_told(t, found, told, published, text)) is not None:
            t = between  # "… a rebellion in January 2012. After soldiers overthrew the president in March, …, and on April 1, 2012, …"
        elif told_month_holds(t, found, told, told_month, published, text):
            t = in_frame(t, told_month.replace(day=1), published)  # "… on January 11 [2013]. French-led forces retook Gao on January 26": the month the paragraph told
        elif frame is not None and named_without_year(t) and (not frame.whole or (published - t.start).days >= SENTENCE_YEAR_DAYS) and not (frame.span and 0 <= (published - t.start).days < SENTENCE_YEAR_DAYS):
            t = in_frame(t, frame.start, published)  # a title's year ("… in 2012?") leaves the news of the last weeks in its own year
        elif named_without_year(t) and (follows := narrative_day(t, out, text, told_month, published)) is not None:
            t = in_frame(t, follows, published)
        elif opens_sentence(t, text):
            frame = Frame(t.start, paragraph, False, week)
        out.append(t)
    return out, frame


def opens_sentence(t: Timex, text: str) -> bool:
    """A date naming its year at the head of its sentence, before any other word."""
    return (
        (t.anchor == "absolute" or THIS_YEAR.search(t.text) is not None) and t.start is not None and t.precision in ("day", "month") and t.kind in ("date", "range")
        and _opening().match(text[: t.char_start]) is not None
    )


THIS_YEAR = re.compile(r"(?<![\w-])this\s+year(?![\w-])", re.IGNORECASE)  # "In late April this year, …": the year told, as "in April 2025" would


@cache
def _record_since() -> re.Pattern:
    """"the deadliest attack on civilians since the French-led intervention of January 2013": a
    record's start, no time of the narrative (dates_en.toml [record_since])."""
    path = resources.files("timeline").joinpath("resources/dates_en.toml")
    words = tomllib.loads(path.read_text(encoding="utf-8"))["record_since"]["superlatives"]
    return re.compile(rf"(?<![\w-])(?:{alternation(words)}|most\s+[\w-]+)(?:\s+[\w’'-]+){{0,12}}?\s+since\s+the\s+(?:[\w’'-]+\s+){{1,5}}?(?:of|in)\s+$", re.IGNORECASE)


THAT_RELATIVE = re.compile(r"(?<![\w-])that\s+(?:(?-i:[a-z])+ed|began|came|went|saw|brought|took|left|led)(?![\w-])", re.IGNORECASE)  # "the chaos that followed a rebellion launched in January 2012": a relative clause ("said that on …" opens no verb)


def _tells_time(t: Timex, text: str) -> bool:
    """A date told with its year that sets the narrative's time: not in a relative clause
    ("Keita, who won in 2018, …") nor a year used as an adjective ("the 2015 agreement")."""
    if not names_year(t) or past_perfect_words()[1].search(clause_before(text, t)) or THAT_RELATIVE.search(clause_before(text, t)) or _record_since().search(text, max(0, t.char_start - 200), t.char_start):
        return False
    return not re.match(r"\s+[^\W\d_]", text[t.char_end :]) or re.search(r"(?<![\w-])(?:in|on|by|during|since|from|of)\s+$", text[: t.char_start], re.IGNORECASE) is not None

