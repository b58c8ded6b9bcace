"""The date tagger's rules: each a pattern and a resolver, from one language's word lists.

Why apart from the tagger (timeline/dates.py): the rules are most of the date code and change
most often; the tagger around them (choosing among overlapping finds, tense, hedges, ranges and
shared years) does not. Rules are in docs/dates.md; word lists in resources/dates_<language>.toml.
The weekday and night rules are in timeline/weekday_rules.py, registered here in their place.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from timeline.date_parts import (
    MONTH_OPENERS, PART_BOUNDS_DECADE, PART_BOUNDS_MONTH, Resolved, Rule,
    capitalised, month_of, moved_date, number_of, part_of_month, part_of_year, safe_date, year_for,
)
from timeline.date_rule_checks import day_range, full_date, is_count, is_label, norm, opened_as_duration, part_span, unit_of
from timeline.periods import iso_duration, month_end, period, shift
from timeline.regex_gate import alternation
from timeline.weekday_rules import weekday_rules

HEADLINE_YEAR_NOUN = re.compile(r"\s+(?:(?-i:[A-Z])[a-z]|(?:peace|deal|agreement|accord|accords|charter|constitution|elections?|coup|vote|law|budget)\b)")  # a year heading a noun phrase

if TYPE_CHECKING:
    from timeline.dates import Lexicon

# ---------------------------------------------------------------------------------------------
# The rules: each a pattern and a resolver. Patterns are compiled once per language.


def rules(lex: Lexicon) -> list[Rule]:
    full_months = [w for w in lex.months if len(w) > 4 or w in ("may", "june", "july")]
    month = rf"(?:(?:{alternation(full_months)})(?!\w)|(?:{alternation(set(lex.months) - set(full_months))})(?:\.|(?!\w)))"
    weekday_any = rf"(?:{alternation(lex.weekdays)})\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    part = rf"(?:{alternation(lex.parts)})"
    number = rf"(?:\d{{1,3}}|{alternation(lex.numbers)})"
    unit = rf"(?:{alternation(lex.units)})s?"
    dash = r"\s*(?:-|–|—)\s*"
    before = r"(?<![\w$€£.,/:-])"
    year_named = r",?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"  # "January 29 of this year", "9 January this year" (not "of the same year": the year told before)
    rules: list[Rule] = []
    # the shared checks (timeline/date_rule_checks.py), bound to this language
    _unit = partial(unit_of, lex)
    _opened_as_duration = partial(opened_as_duration, lex)
    _is_count = partial(is_count, lex)
    _is_label = partial(is_label, lex)
    _full_date = partial(full_date, lex)
    _day_range = partial(day_range, lex)

    def rule(name: str, pattern: str):
        def register(fn):
            rules.append(Rule(name, re.compile(pattern, re.IGNORECASE), fn, frozenset(RULE_REQUIRES[name].split())))
            return fn

        return register

    @rule("iso_date", rf"{before}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?![\d-])")
    def iso_date(m, ctx):
        day_ = safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        return day_ and Resolved("date", day_, day_, "day")

    @rule("numeric_date", rf"{before}(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\w/-]|\.\d)")
    def numeric_date(m, ctx):
        """"01/02/2025", "13.02.2025": day first, as Malian, French and most African outlets
        write it; month first only when day first cannot be (a month over 12) or would fall after
        publication while month first does not (US copy: "09/25/2023"); never in a future clause
        ("will be held on 05/12/2025" is 5 December)."""
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        day_first, month_first = safe_date(y, b, a), safe_date(y, a, b)
        chosen = day_first
        if day_first is None or (not ctx.future and day_first > ctx.published and month_first is not None and month_first <= ctx.published):
            chosen = month_first
        return chosen and Resolved("date", chosen, chosen, "day")

    # Day ranges: an optional "between"/"from", two days joined by a dash or a word, a year maybe.
    opener = r"(?:\b(?P<pre>between|from)\s+)?"
    joiner = rf"(?:{dash}|\s+(?P<conj>to|and|until|through)\s+)"
    year_tail = rf"(?:,?\s+(?P<y>{year}))?\b"

    listed = rf"(?:,\s+{day}(?=(?:,\s+{day})*,?\s+and\s))*"  # "10, 11 and 12 July": the days listed between
    on_weekday = rf"(?:(?:{weekday_any}),?\s+)?"  # "from Friday 10 to Saturday 11 January 2020"
    @rule("day_range_month", rf"{opener}{on_weekday}{before}(?P<d1>{day}){listed}{joiner}{on_weekday}(?P<d2>{day})\s+(?:of\s+)?(?P<m>{month}){year_tail}")
    def day_range_month(m, ctx):
        return _day_range(m, ctx, m["m"], m["m"])

    @rule("month_day_range", rf"{opener}\b(?P<m>{month})\s+(?P<d1>{day}){listed}{joiner}(?:(?P<m2>{month})\s+)?(?P<d2>{day}){year_tail}")
    def month_day_range(m, ctx):
        return _day_range(m, ctx, m["m"], m["m2"] or m["m"])

    @rule("day_month_range", rf"{opener}{before}(?P<d1>{day})\s+(?P<m>{month}){joiner}(?P<d2>{day})\s+(?P<m2>{month}){year_tail}")
    def day_month_range(m, ctx):
        return _day_range(m, ctx, m["m"], m["m2"])

    @rule(
        "month_day",
        rf"(?:\b(?P<wd>{weekday_any}),?\s+)?\b(?P<m>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year})|{year_named})?",
    )
    def month_day(m, ctx):
        return _full_date(m, ctx)

    @rule(
        "day_month",
        rf"(?:\b(?P<wd>{weekday_any}),?\s+)?(?:the\s+)?{before}(?P<d>{day})(?:\s+of)?\s+(?P<m>{month})(?![\w])(?:,?\s+(?P<y>{year})|{year_named})?",
    )
    def day_month(m, ctx):
        return _full_date(m, ctx)

    @rule("holiday", rf"\b(?P<h>{alternation(lex.holidays) if lex.holidays else '(?!)'})(?!\w)(?:,?\s+(?P<y>{year}))?")
    def holiday(m, ctx):
        """"He died on Christmas Day": the feast's day, in the year given or the one nearest
        before publication ("On New Year's Day 2019")."""
        mo, d = lex.holidays[norm(m["h"])]
        day_ = safe_date(int(m["y"]) if m["y"] else year_for(mo, d, ctx), mo, d)
        return day_ and Resolved("date", day_, day_, "day", anchor="publication")

    @rule("day_alone", r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|at|in|after|before|but|as|while|near|around|between|with|as)\b|\s+(?!(?:of|floor|anniversary|century|round|place|time|day|minute|hole|lap|storey|story|birthday)\b)[a-z]+(?:ed|ew|ought|ook|ame|ent|ove|ode|ang|ung|an|ot|ok|ew)\b)")
    def day_alone(m, ctx):
        """"attacked between Kayes and Diema on the 11th": the last such day up to publication."""
        pub, d = ctx.published, int(m["d"])
        year, month = (pub.year, pub.month) if d <= pub.day else ((pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12))
        day_ = safe_date(year, month, d)
        return day_ and Resolved("date", day_, day_, "day", anchor="publication")

    @rule("month_pair_year", rf"\b(?P<op>through|throughout|during|over|between|from|in)\s+(?P<m>{month})\s+(?:and|to|through|until)\s+(?P<m2>{month}),?\s+(?P<y>{year})")
    def month_pair_year(m, ctx):
        """"Through February and March 2013, French troops fought …", "the hardest fighting came in
        February and March 2013": one span of both months; after "in", only of two months in a row
        (not "incursions in August and December 2024", two acts, each of its month)."""
        first, second = month_of(m["m"], lex), month_of(m["m2"], lex)
        if first is None or second is None or not (capitalised(m["m"]) and capitalised(m["m2"])) or second <= first:
            return None
        if m["op"].casefold() == "in" and (second != first + 1 or moved_date(lex.moved_date_verbs).search(ctx.text[max(0, m.start() - 40) : m.start("m")]) or re.match(r"\W*respectively\b", ctx.text[m.end() :])):
            return None  # nor "were held in June and July 2023, respectively": two acts
        y = int(m["y"])
        return Resolved("range", date(y, first, 1), period(date(y, second, 1), "month")[1], "month")

    @rule("month_year", rf"(?:\b(?P<part>{part})[\s-]+)?\b(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year})")
    def month_year(m, ctx):
        mo = month_of(m["m"], lex)
        if mo is None or not capitalised(m["m"]):
            return None
        y = int(m["y"])
        if m["part"]:
            start, end = part_of_month(lex.parts[norm(m["part"])], y, mo)
            return Resolved("range", start, end, "day", approximate=True, span=part_span(m))
        start, end = period(date(y, mo, 1), "month")
        return Resolved("date", start, end, "month")

    @rule("month_part", rf"\b(?P<part>{part})[\s-]+(?P<m>{month})(?!\s*\d)")
    def month_part(m, ctx):
        mo = month_of(m["m"], lex)
        if mo is None or not capitalised(m["m"]):
            return None
        part_ = lex.parts[norm(m["part"])]
        y = year_for(mo, PART_BOUNDS_MONTH[part_][0], ctx)
        start, end = part_of_month(part_, y, mo)
        return Resolved("range", start, end, "day", approximate=True, anchor="publication", span=part_span(m))

    @rule("month_half", rf"\b(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+(?P<m>{month})(?:,?\s+(?P<y>{year}))?")
    def month_half(m, ctx):
        """"in the first half of September": days 1-15; "the second half of July": 16 to the end."""
        mo = month_of(m["m"], lex)
        if mo is None or not capitalised(m["m"]):
            return None
        first_half = m["h"].casefold() == "first"
        y = int(m["y"]) if m["y"] else year_for(mo, 1 if first_half else 16, ctx)
        start, end = period(date(y, mo, 1), "month")
        return Resolved("range", start if first_half else date(y, mo, 16), date(y, mo, 15) if first_half else end, "day", anchor="absolute" if m["y"] else "publication")

    @rule("month_pair", rf"\b(?:in|between|from)\s+(?P<m>{month})\s+(?:and|to|through|until)\s+(?P<m2>{month})(?!\s*\d)")
    def month_pair(m, ctx):
        """"disputed legislative elections in March and April": both months, one span (not
        "postponed from February to March": the old month and the new)."""
        if moved_date(lex.moved_date_verbs).search(ctx.text[max(0, m.start() - 40) : m.start("m")]):
            return None
        first, second = month_of(m["m"], lex), month_of(m["m2"], lex)
        if first is None or second is None or not (capitalised(m["m"]) and capitalised(m["m2"])) or second <= first:
            return None
        y = year_for(second, None, ctx)
        return Resolved("range", date(y, first, 1), period(date(y, second, 1), "month")[1], "month", anchor="publication")

    @rule("month_relative_year", rf"(?:\b(?P<part>{part})[\s-]+)?\b(?P<m>{month})(?:,?\s+of)?\s+(?P<rel>last|this|next)\s+year\b")
    def month_relative_year(m, ctx):
        """"in July last year", "September of this year": the month of the year counted from
        publication, never of a year the narrative told before ("coups in 2020 and 2021, … in
        July last year" is last July)."""
        mo = month_of(m["m"], lex)
        if mo is None or not capitalised(m["m"]) or re.search(r"\d\s*$", ctx.text[max(0, m.start() - 4) : m.start()]):
            return None  # "9 January this year" is a day (day_month)
        if re.search(rf"(?:{month})\s*(?:,|and|or|to|through|until|[-–])\s*$", ctx.text[max(0, m.start() - 24) : m.start()], re.IGNORECASE):
            return None  # "in May and June last year": the pair's (month_pair, then the year joined)
        rel = m["rel"].casefold()
        y = ctx.published.year + {"last": -1, "this": 0, "next": 1}[rel]
        if m["part"]:  # "in late July last year"
            start, end = part_of_month(lex.parts[norm(m["part"])], y, mo)
            return Resolved("range", start, end, "day", approximate=True, anchor="publication", future=rel == "next", span=part_span(m))
        start, end = period(date(y, mo, 1), "month")
        return Resolved("date", start, end, "month", anchor="publication", future=rel == "next")

    @rule("month_alone", rf"\b(?P<m>{month})(?!\s*\d)")
    def month_alone(m, ctx):
        mo = month_of(m["m"], lex)
        prev = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
        possessive = re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3])  # "January's siege"
        entry = re.fullmatch(r"[\s•*–—-]*", ctx.text[: m.start()]) and re.match(r"\s*[:–—]", ctx.text[m.end() :])  # "- January: …" in a timeline
        year_after = re.match(r"\s+(?:last|this|next)\s+year(?![\w-])", ctx.text[m.end() : m.end() + 16])  # "remember September last year"
        if mo is None or not capitalised(m["m"]) or not (possessive or entry or year_after or (prev and prev.group(1).casefold() in MONTH_OPENERS)):
            return None
        y = year_for(mo, None, ctx)
        if prev and prev.group(1).casefold() == "last" and (y, mo) == (ctx.published.year, ctx.published.month):
            y -= 1  # "last July" in a July article is a year back
        start, end = period(date(y, mo, 1), "month")
        return Resolved("date", start, end, "month", anchor="publication")

    @rule("decade", rf"{before}(?:(?P<part>{part})[\s-]+(?:the\s+)?)?(?P<y>1[89]\d0|20\d0)['’]?s\b")
    def decade(m, ctx):
        first = int(m["y"])
        if m["part"]:
            lo, hi = PART_BOUNDS_DECADE[lex.parts[norm(m["part"])]]
            return Resolved("range", date(first + lo, 1, 1), date(first + hi, 12, 31), "year", approximate=True, span=part_span(m))
        return Resolved("date", date(first, 1, 1), date(first + 9, 12, 31), "decade")

    @rule("year_part", rf"\b(?P<part>{part})[\s-]+(?P<y>{year})(?![\w'’])")
    def year_part(m, ctx):
        if norm(m["part"]).endswith(" of") and not norm(m["part"]).startswith("the ") and HEADLINE_YEAR_NOUN.match(ctx.text, m.end()):
            return None  # "announces end of 2015 Algiers peace agreement": the end of a deal of 2015, not late 2015
        y = int(m["y"])
        start, end, precision = part_of_year(lex.parts[norm(m["part"])], y)
        return Resolved("range", start, end, precision, approximate=True, span=part_span(m))

    @rule("year_share", rf"\b(?:the\s+)?(?P<share>{alternation(lex.year_shares) if lex.year_shares else '(?!)'})\s+of\s+(?:the\s+year\s+)?(?P<y>{year})(?![\w'’])")
    def year_share(m, ctx):
        """"the last quarter of 2018": its months exactly (October to December)."""
        first, last = lex.year_shares[norm(m["share"])]
        y = int(m["y"])
        return Resolved("range", date(y, first, 1), month_end(y, last), "month")

    @rule("year_range", rf"{before}(?P<y1>{year}){dash}(?P<y2>{year}|\d\d)(?![\w%])")
    def year_range(m, ctx):
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
        if y2 <= y1 or _is_count(m, ctx):
            return None
        return Resolved("range", date(y1, 1, 1), date(y2, 12, 31), "year")

    @rule("year", rf"{before}(?P<y>{year})(?![\w%]|[.,:]\d|[-–]\w)")
    def year_(m, ctx):
        if _is_count(m, ctx) or _is_label(m, ctx):
            return None
        y = int(m["y"])
        return Resolved("date", date(y, 1, 1), date(y, 12, 31), "year")

    @rule("relative_day", r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b")
    def relative_day(m, ctx):
        word = norm(m["w"])
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
                  "this evening": 0, "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        d = ctx.published + timedelta(days=offset)
        return Resolved("date", d, d, "day", anchor="publication", future=offset > 0)

    @rule("weekend", rf"\b(?P<w>(?:at|over|during)\s+the\s+weekend|last\s+weekend|this\s+weekend)\b(?!\s+of\s+(?:the\s+)?(?:\d|(?:{month})\s+\d))")  # not "the weekend of June 18-19": its days date it
    def weekend(m, ctx):
        # the last Saturday and Sunday on or before publication (a Sunday article's is that weekend);
        # in a future clause ("talks will be held this weekend") the next one
        if ctx.future and norm(m["w"]) != "last weekend":
            saturday = ctx.published + timedelta(days=(5 - ctx.published.weekday()) % 7 or 7)
            return Resolved("range", saturday, saturday + timedelta(days=1), "day", approximate=True, anchor="publication", future=True)
        saturday = ctx.published - timedelta(days=(ctx.published.weekday() - 5) % 7)
        if norm(m["w"]) == "last weekend" and ctx.published.weekday() >= 5:
            saturday -= timedelta(days=7)
        # approximate: one day or both, it does not say; a day another report gives sets the bounds
        return Resolved("range", saturday, min(saturday + timedelta(days=1), ctx.published), "day", approximate=True, anchor="publication")

    @rule(
        "relative_period",
        rf"(?:\b(?P<part>{part})[\s-]+)?\b(?P<mod>earlier\s+this|later\s+this|last|this|next|coming|the\s+coming|(?(part)the|(?!)))\s+(?P<u>week|month|year)\b",
    )
    def relative_period(m, ctx):
        mod, unit_ = norm(m["mod"]), m["u"].casefold()
        pub = ctx.published
        if m["part"] and unit_ in ("month", "year"):
            base = {"last": -1, "next": 1, "coming": 1, "the coming": 1}.get(mod, 0)
            anchor_day = shift(pub, unit_, base)
            part_ = lex.parts[norm(m["part"])]
            if unit_ == "month":
                start, end = part_of_month(part_, anchor_day.year, anchor_day.month)
                precision = "day"
            else:
                start, end, precision = part_of_year(part_, anchor_day.year)
            return Resolved("range", start, end, precision, approximate=True, anchor="publication", future=base > 0, span=part_span(m))
        if mod == "last":
            start, end = period(shift(pub, unit_, -1), unit_)
            return Resolved("date", start, end, unit_, anchor="publication")
        if mod in ("next", "coming", "the coming"):
            start, end = period(shift(pub, unit_, 1), unit_)
            return Resolved("date", start, end, unit_, anchor="publication", future=True)
        start, end = period(pub, unit_)
        if mod == "later this":
            return Resolved("date", start, end, unit_, anchor="publication", future=True)
        return Resolved("date", start, end, unit_, anchor="publication")

    @rule("past_period", rf"\b(?:the\s+)?(?:past|last)\s+(?:(?P<n>{number})\s+)?(?P<u>days|weeks|months|years|week|month|year)\b")
    def past_period(m, ctx):
        unit_ = _unit(m["u"])
        if m["n"] is None and (m["u"].endswith("s") or not m.group(0).casefold().lstrip().startswith(("the past", "past"))):
            return None  # "last week" is the previous calendar week (relative_period)
        n = number_of(m["n"], lex) if m["n"] else 1
        if n is None or unit_ is None or n < 1:
            return None  # "the past 0 days" names no day
        start = shift(ctx.published, unit_, -n) + timedelta(days=1)
        return Resolved("range", start, ctx.published, "day", anchor="publication")

    weekday_rules(lex, rule, month, year)  # night_range, overnight, weekday_pair, weekday: their place in the list is their priority

    @rule("ago", rf"\b(?P<n>{number})\s+(?P<u>{unit})\s+ago(?P<today>\s+(?:today|this\s+week|to\s+the\s+day(?![\w-])))?\b")
    def ago(m, ctx):
        n = number_of(m["n"], lex)
        unit_ = _unit(m["u"])
        if n is None or unit_ is None or unit_ == "hour":
            return None
        if m["today"] and unit_ in ("year", "month", "decade"):  # "ten years ago today": that very day
            d = shift(ctx.published, unit_, -n)
            if "week" in m["today"].casefold():  # "a year ago this week": that week, not a day of it
                start, end = period(d, "week")
                return Resolved("date", start, end, "week", anchor="publication")
            return Resolved("date", d, d, "day", anchor="publication")
        precision = "year" if unit_ == "decade" else unit_
        d = shift(ctx.published, unit_, -n)
        start, end = period(d, precision)
        return Resolved("date", start, end, precision, approximate=unit_ == "decade", anchor="publication")

    @rule("duration", rf"\b(?P<n>{number})(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<u>{unit})(?![\w-])")
    def duration(m, ctx):
        following = ctx.text[m.end() : m.end() + 12].casefold()
        if re.match(r"\s*(ago|old|from now)\b|-old", following):
            return None
        if re.match(r"\s*(later|earlier|after|before)\b", following) and not _opened_as_duration(m, ctx):
            return None  # an offset from another date ("two days after the attack"), not a length
        n = number_of(m["n"], lex)
        n = n + 0.5 if n is not None and m["half"] else n  # "three and a half years": P3.5Y
        unit_ = _unit(m["u"])
        if n is None or unit_ is None or (m["n"].isdigit() and _is_label(m, ctx)):
            return None
        spec = lex.units[unit_]
        return Resolved("duration", duration=iso_duration(n * spec.get("factor", 1), spec["designator"], spec.get("time", False)))

    return rules


# What a text must contain for each rule to have a chance: most paragraphs hold no month, no
# weekday and no four-digit number, and skipping the rules that need them is most of the speed.
RULE_REQUIRES = {
    "iso_date": "year", "numeric_date": "year", "day_range_month": "month digit", "month_day_range": "month digit",
    "day_month_range": "month digit", "month_day": "month digit", "day_month": "month digit", "holiday": "holiday", "day_alone": "digit",
    "month_pair_year": "month year", "month_year": "month year", "month_part": "month", "month_half": "month", "month_pair": "month", "month_relative_year": "month", "month_alone": "month", "decade": "year",
    "year_part": "year", "year_share": "year", "year_range": "year", "year": "year", "relative_day": "relday", "weekend": "relday", "overnight": "relday",
    "relative_period": "unit", "past_period": "unit", "night_range": "weekday", "weekday_pair": "weekday", "weekday": "weekday", "ago": "unit", "duration": "unit",
}
