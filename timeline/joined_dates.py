"""Dates read together with their neighbours: "between A and B", "since A", "on May 15 and
June 20, 2015", "in April last year", "2012, 17 January", "on Friday last week".

Why: the tagger (timeline/dates.py) finds each expression on its own; some only mean what they
say beside the next one (a range's two ends, a year written once for two days, a month and the
relative year after it, a chronology's year before its day). This module joins them, after the
tagger has resolved each one, in one pass per rule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.date_parts import moved_date
from timeline.periods import edtf_interval, edtf_point, period, shift
from timeline.timex import Timex
from timeline.year_headed import month_headed, year_headed

if TYPE_CHECKING:
    from timeline.dates import Lexicon


def joined(text: str, timexes: list[Timex], published: date, lex: Lexicon) -> list[Timex]:
    """The tagger's expressions with their neighbours read together (order matters: years shared
    first, then a relative year, ranges, and a chronology's year)."""
    return month_headed(text, year_headed(text, _combine(text, _month_of_relative_year(text, _share_years(text, _weekday_of_week(text, timexes, published), published), published), published, lex), lex), published, lex)


DAY_PART = r"(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?"  # "between the afternoon of 21 July and the morning of 22 July"
CONNECTOR_RANGE = re.compile(rf"^\s*(and|to|until|till|through|-|–)\s*{DAY_PART}$", re.IGNORECASE)
OPENER_RANGE = re.compile(rf"(?:^|(?<=\s))(between|from)\s+{DAY_PART}$", re.IGNORECASE)
OPENER_SINCE = re.compile(r"(?:^|(?<=[\s\"“‘(\[]))since\s+(?:the\s+)?$", re.IGNORECASE)  # also a quotation that opens on it: "\"Since January, nine …"
ATTRIBUTIVE_NOUN = re.compile(r"\s+(?!(?:of|and|or|to|until|till|through|when|that|which|as|in|on|at|for|from|by|with|across|over|under|into|during|after|before|since|among|around|near)\b)[a-z][\w-]+")  # "since the August coup", not "since the 1990s in central Mali"


def _into_year_of(a: Timex, b: Timex, published: date) -> Timex:
    """"From March to May 2023": a year-less first bound takes the year that puts it just before
    the second, not the year nearest the publication date."""
    if a.anchor != "publication" or b.anchor != "absolute" or a.precision not in ("day", "month") or a.start is None:
        return a
    year = b.start.year if (a.start.month, a.start.day) <= (b.start.month, b.start.day) else b.start.year - 1
    try:
        start = a.start.replace(year=year)
    except ValueError:
        return a
    end = period(start, a.precision)[1]
    if b.tense == "past" and end > published:  # "in July and on July 28, 2024" told on 28 July 2024
        if start > published:
            return a
        end = published
    return replace(a, start=start, end=end, edtf=edtf_point(start, a.precision, a.approximate), anchor="absolute", tense=b.tense)


def _combine(text: str, timexes: list[Timex], published: date, lex: Lexicon) -> list[Timex]:
    """"between A and B" / "from A to B" become one range; "since A" a range up to publication."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        opener = OPENER_RANGE.search(text[max(0, a.char_start - 40) : a.char_start])
        connector = CONNECTOR_RANGE.match(text[a.char_end : b.char_start]) if b is not None else None
        joinable = (
            b is not None and opener is not None and a.kind != "duration" and b.kind != "duration"
            and not moved_date(lex.moved_date_verbs).search(text[max(0, a.char_start - 40) : a.char_start])  # "slipped from 19 March to 18 June": two dates
            and connector is not None
            and (opener.group(1).casefold() == "between") == (connector.group(1).casefold() == "and")
        )
        if joinable:
            a = _into_year_of(a, b, published)
        end_b = (b.end if b.tense == "future" or b.end <= published else published) if joinable else None
        if joinable and a.start <= end_b:  # a future first bound and a past second one name no range
            start = max(0, a.char_start - 40) + opener.start()
            anchor = "publication" if "publication" in (a.anchor, b.anchor) else "absolute"
            out.append(Timex(start, b.char_end, text[start : b.char_end], "range", a.start, end_b, a.precision,
                             a.approximate or b.approximate, edtf_interval(a.start, a.precision, b.end, b.precision),
                             None, anchor, b.tense))
            i += 2
            continue
        since = OPENER_SINCE.search(text[max(0, a.char_start - 12) : a.char_start])
        attributive = since is not None and since.group().rstrip().casefold().endswith("the") and a.precision in ("day", "month", "year") and ATTRIBUTIVE_NOUN.match(text, a.char_end)
        if since and not attributive and a.kind != "duration" and a.start <= published:  # not "since the August 2020 coup": the coup's month
            start = max(0, a.char_start - 12) + since.start()
            out.append(Timex(start, a.char_end, text[start : a.char_end], "range", a.start, published, a.precision,
                             a.approximate, edtf_interval(a.start, a.precision, published, "day"), None, "publication", "past"))
        else:
            out.append(a)
        i += 1
    return out


CONJOINED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?:on\s+|in\s+)?", re.IGNORECASE)
# "On 22 March 2012 mutineers overthrew Toure, and by April the north had fallen": a clause
# joined to the dated one takes its year
CONJOINED_ACT = re.compile(r"\s*,?\s*and\s+(?:(?:was|were|had\s+been)\s+)?[a-z]+ed(?:\s+(?:by\s+)?(?:the\s+)?[\w’'-]+){0,2}?\s+(?:on|in)\s+", re.IGNORECASE)  # "signed in Bamako on 15 May and completed on 20 June 2015"
COORDINATED = re.compile(r"^[^.;:]*,\s*(?:and|then|but)\s+(?:by|in|on|until)?\s*$", re.IGNORECASE)
# "signed on 15 May 2015, and the CMA added its signature on 20 June": a day's clause joined by
# "and" to a clause with a full date takes its year
COORDINATED_CLAUSE = re.compile(r"^[^.;:]*,\s*and\s+[^.;:\d]{0,90}?(?<![\w-])(?:on|in|by|until)\s+$", re.IGNORECASE)
CARRIED = re.compile(r"\s*,?\s*(?:and|then|but)?\s*(?:by|in|until|through|on)?\s*", re.IGNORECASE)


def _share_years(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """A year-less date takes the year the sentence gives its neighbour: "on May 15 and June 20,
    2015" (the year written after both), "on March 22, 2012, and by April" (the year just given)."""
    from timeline.dates import names_weekday_only  # the tagger imports this module
    out = list(timexes)
    for i, a in enumerate(out):
        if a.anchor != "publication" or a.kind != "date" or a.precision not in ("day", "month") or re.search(r"\d{4}|'\d\d|(?<![\w-])year(?![\w-])", a.text, re.IGNORECASE):
            continue  # "in July last year" names its own year
        if names_weekday_only(a):
            continue  # "seized power in August 2020, and on Monday it dissolved …": Monday is this week's
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i else None
        if after is not None and after.anchor == "absolute" and after.kind == "date" and (
            CONJOINED.fullmatch(text[a.char_end : after.char_start])
            or (CONJOINED_ACT.fullmatch(text[a.char_end : after.char_start]) and after.start and (a.start.month, a.start.day) <= (after.start.month, after.start.day))
        ):
            out[i] = _into_year_of(a, after, published)
        elif before is not None and before.anchor == "absolute" and before.kind == "date" and before.start and (
            CARRIED.fullmatch(text[before.char_end : a.char_start]) or COORDINATED.search(text[before.char_end : a.char_start])
            or (before.precision == "day" and a.precision == "day" and COORDINATED_CLAUSE.search(text[before.char_end : a.char_start]))
        ):
            moved = _into_year_after(a, before)
            out[i] = moved if moved.end <= published else a
    return out


def _into_year_after(a: Timex, b: Timex) -> Timex:
    """A year-less date told right after ``b``: the first such date on or after ``b``."""
    year = b.start.year if (a.start.month, a.start.day) >= (b.start.month, b.start.day) else b.start.year + 1
    try:
        start = a.start.replace(year=year)
    except ValueError:
        return a
    return replace(a, start=start, end=period(start, a.precision)[1], edtf=edtf_point(start, a.precision, a.approximate), anchor="absolute")


WEEK_AFTER_DAY = re.compile(r"\s*,?\s*(?:of\s+)?", re.IGNORECASE)  # "on Friday last week", "on Monday of last week"
DAY_AFTER_WEEK = re.compile(r"\s*,?\s*on\s+", re.IGNORECASE)  # "last week on Tuesday"


def _weekday_of_week(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """"on Friday last week", "on Monday of last week", "last week on Tuesday": that weekday of
    the week the other words name, one expression (not the last Friday before publication, then a
    whole week)."""
    from timeline.dates import names_weekday_only  # the tagger imports this module
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        pair = None
        if prev is not None and _a_week(t) and names_weekday_only(prev) and WEEK_AFTER_DAY.fullmatch(text, prev.char_end, t.char_start):
            pair = (prev, t)
        elif prev is not None and _a_week(prev) and names_weekday_only(t) and DAY_AFTER_WEEK.fullmatch(text, prev.char_end, t.char_start):
            pair = (t, prev)
        if pair is None:
            out.append(t)
            continue
        day_of, week = pair
        if week.start + timedelta(days=(day_of.start.weekday() - week.start.weekday()) % 7) > week.end:
            out.append(t)
            continue
        out[-1] = _into_week(day_of, week, published, span=(prev.char_start, t.char_end), text=text)
        before = out[-2] if len(out) > 1 else None
        if before is not None and names_weekday_only(before) and WEEKDAY_LISTED.fullmatch(text, before.char_end, prev.char_start):
            out[-2] = _into_week(before, week, published)  # "on Thursday and Friday last week": both days of that week
    return out


WEEKDAY_LISTED = re.compile(r"\s*(?:,|and|or|to|-|–)\s*", re.IGNORECASE)


def _into_week(t: Timex, week: Timex, published: date, span: tuple[int, int] | None = None, text: str = "") -> Timex:
    """``t``'s weekday inside ``week`` (its span widened to ``span`` when it takes the week's words)."""
    day = week.start + timedelta(days=(t.start.weekday() - week.start.weekday()) % 7)
    end = day + (t.end - t.start)  # "Thursday and Friday last week": a run of days moves whole
    spans = {} if span is None else {"char_start": span[0], "char_end": span[1], "text": text[span[0] : span[1]]}
    edtf = edtf_point(day, "day", t.approximate) if end == day else edtf_interval(day, "day", end, "day")
    return replace(t, **spans, start=day, end=end, edtf=edtf, anchor="publication", tense="future" if end > published else "past")


def _a_week(t: Timex) -> bool:
    """A calendar week the text names relative to publication ("last week", "this week")."""
    return t.kind == "date" and t.precision == "week" and t.start is not None and t.end is not None and re.search(r"(?<![\w-])week(?![\w-])", t.text, re.IGNORECASE) is not None


RELATIVE_YEAR = {"last year": -1, "this year": 0, "next year": 1}


def _month_of_relative_year(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """"in April last year", "in late July last year", "on March 3 this year": a month, part of
    a month or day of the year the words that follow it name, one expression (not a month guessed
    from the publication date, then a whole year)."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        offset = RELATIVE_YEAR.get(" ".join(t.text.casefold().split()))
        if prev is None or offset is None or not _year_guessed(prev) or text[prev.char_end : t.char_start].strip(" ,"):
            out.append(t)
            continue
        years = published.year + offset - prev.start.year
        start, end = shift(prev.start, "year", years), shift(prev.end, "year", years)
        if prev.precision == "month" and prev.kind == "date":  # a whole month, even one guessed as the rest of this month
            start = date(published.year + offset, prev.start.month, 1)
            end = min(period(start, "month")[1], published) if offset == 0 and start <= published else period(start, "month")[1]
        tense = "future" if start > published else prev.tense if offset == 0 else "past"
        edtf = edtf_point(start, prev.precision, prev.approximate) if prev.kind == "date" else edtf_interval(start, prev.precision, end, prev.precision)
        out[-1] = replace(prev, char_end=t.char_end, text=text[prev.char_start : t.char_end], start=start, end=end,
                          edtf=edtf, anchor="publication", tense=tense)
    return out


def _year_guessed(t: Timex) -> bool:
    """A month, part of a month or day whose year the publication date supplied, within one year."""
    from timeline.dates import lexicon, names_weekday_only  # the tagger imports this module
    return (t.anchor == "publication" and t.start is not None and t.end is not None and t.kind in ("date", "range")
            and t.precision in ("month", "day") and t.start.year == t.end.year and not re.search(r"\d{4}", t.text)
            and not names_weekday_only(t) and any(w in lexicon().months for w in re.findall(r"[^\W\d_]+", t.text.casefold())))
