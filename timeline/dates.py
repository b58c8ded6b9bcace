"""The date tagger: find temporal expressions in text and resolve them against a publication date.

Why: news dates events relative to the day it was written ("on Saturday", "two years ago",
"late July"). General-purpose parsers read "$70" as 1970 and "2012" as 1 August 2012; we need
every date with the interval and precision its words support, and nothing that is not a date.
The rules are in docs/dates.md; word lists in resources/dates_<language>.toml.

``tag(text, published)`` is a pure function: text in, records out.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from timeline.periods import edtf_interval, edtf_point, iso_duration, month_end, period, shift

KINDS = ("date", "range", "duration")
ANCHORS = ("absolute", "publication", "other")
TENSES = ("past", "future")
# Words before a month named alone that make it a date ("in July"), not a name ("May Day").
MONTH_OPENERS = frozenset(["in", "since", "by", "until", "during", "of", "from", "between", "and", "to", "through", "the", "early", "mid", "late", "last"])
PART_BOUNDS_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART_BOUNDS_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
PART_BOUNDS_DECADE = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


@dataclass(frozen=True)
class Timex:
    """One temporal expression: its span in the text and what it denotes (see docs/dates.md)."""

    char_start: int
    char_end: int
    text: str
    kind: str
    start: date | None
    end: date | None
    precision: str | None
    approximate: bool
    edtf: str | None
    duration: str | None
    anchor: str
    tense: str

    def as_dict(self) -> dict:
        out = dict(self.__dict__)
        out["start"] = self.start.isoformat() if self.start else None
        out["end"] = self.end.isoformat() if self.end else None
        return out


# ---------------------------------------------------------------------------------------------
# Word lists and the regular expressions built from them


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, dict]
    hedges: tuple[str, ...]
    parts: dict[str, str]
    day_parts: tuple[str, ...]
    future_cues: tuple[str, ...]
    duration_openers: frozenset[str]
    counted_nouns: frozenset[str]
    label_words: frozenset[str]
    quantity_words: frozenset[str]
    strong_openers: frozenset[str]
    weak_openers: frozenset[str]
    quantity_units: frozenset[str]
    relatives: frozenset[str]
    year_followers: frozenset[str]
    anchored_days: dict[str, int]  # "the previous day": -1, counted from another date of the text
    anchored_before_event: dict[str, int]  # "on Sunday, a day after fighters attacked": -1


@cache
def lexicon(language: str = "en") -> Lexicon:
    path = resources.files("timeline").joinpath(f"resources/dates_{language}.toml")
    if not path.is_file():
        raise ValueError(f"no date word lists for language {language!r} (resources/dates_{language}.toml)")
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        months=d["months"],
        ambiguous_months=frozenset(d["ambiguous_months"]["words"]),
        weekdays=d["weekdays"],
        numbers=d["number_words"],
        units=d["units"],
        hedges=tuple(d["hedges"]["words"]),
        parts=d["parts"],
        day_parts=tuple(d["day_parts"]["words"]),
        future_cues=tuple(d["future_cues"]["words"]),
        duration_openers=frozenset(d["duration_openers"]["words"]),
        counted_nouns=frozenset(d["counted_nouns"]["words"]),
        label_words=frozenset(d["label_words"]["words"]),
        quantity_words=frozenset(d["quantity_words"]["words"]),
        strong_openers=frozenset(d["year_openers"]["strong"]),
        weak_openers=frozenset(d["year_openers"]["weak"]),
        quantity_units=frozenset(d["quantity_units"]["words"]),
        relatives=frozenset(d["past_after_future"]["relatives"]),
        year_followers=frozenset(d["year_followers"]["words"]),
        anchored_days=d.get("anchored_days", {}),
        anchored_before_event=d.get("anchored_before_event", {}),
    )


def _alt(words) -> str:
    """A regex alternation, longest first, each word escaped; spaces match any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, "Context"], "Resolved | None"]
    requires: frozenset[str]  # features a text must have for the rule to be worth running


@dataclass(frozen=True)
class Resolved:
    """What a rule found, before the span, tense and hedges are settled."""

    kind: str
    start: date | None = None
    end: date | None = None
    precision: str | None = None
    end_precision: str | None = None
    approximate: bool = False
    duration: str | None = None
    anchor: str = "absolute"
    future: bool = False  # the words themselves point after the publication date
    span: tuple[int, int] | None = None  # a narrower span than the whole match


@dataclass(frozen=True)
class Context:
    text: str
    published: date
    future: bool
    lex: Lexicon


# ---------------------------------------------------------------------------------------------
# Resolution helpers


def _month_of(token: str, lex: Lexicon) -> int | None:
    return lex.months.get(token.rstrip(".").casefold())


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _year_for(month: int, day: int | None, ctx: Context) -> int:
    """The year that puts a month (and day) nearest before publication, or after in future tense."""
    pub = ctx.published
    year = pub.year
    key = (month, day or 1)
    pub_key = (pub.month, pub.day if day else 1)
    if ctx.future:
        return year + 1 if key < pub_key else year
    return year - 1 if key > pub_key else year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(token: str, lex: Lexicon) -> int | None:
    token = " ".join(token.casefold().split())
    if token.isdigit():
        return int(token)
    return lex.numbers.get(token)


def _part_of_month(part: str, year: int, month: int) -> tuple[date, date]:
    first, last = PART_BOUNDS_MONTH[part]
    end = month_end(year, month)
    return date(year, month, first), min(date(year, month, min(last, end.day)), end)


# ---------------------------------------------------------------------------------------------
# The rules: each a pattern and a resolver. Patterns are compiled once per language.


def _rules(lex: Lexicon) -> list[Rule]:
    full_months = [w for w in lex.months if len(w) > 4 or w in ("may", "june", "july")]
    month = rf"(?:(?:{_alt(full_months)})(?!\w)|(?:{_alt(set(lex.months) - set(full_months))})(?:\.|(?!\w)))"
    weekday_full = _alt([w for w in lex.weekdays if len(w) > 4])
    weekday_any = rf"(?:{_alt(lex.weekdays)})\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    part = rf"(?:{_alt(lex.parts)})"
    number = rf"(?:\d{{1,3}}|{_alt(lex.numbers)})"
    unit = rf"(?:{_alt(lex.units)})s?"
    dash = r"\s*(?:-|–|—)\s*"
    before = r"(?<![\w$€£.,/:-])"
    rules: list[Rule] = []

    def rule(name: str, pattern: str):
        def register(fn):
            rules.append(Rule(name, re.compile(pattern, re.IGNORECASE), fn, frozenset(RULE_REQUIRES[name].split())))
            return fn

        return register

    @rule("iso_date", rf"{before}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?![\d-])")
    def iso_date(m, ctx):
        day_ = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        return day_ and Resolved("date", day_, day_, "day")

    # Day ranges: an optional "between"/"from", two days joined by a dash or a word, a year maybe.
    opener = r"(?:\b(?P<pre>between|from)\s+)?"
    joiner = rf"(?:{dash}|\s+(?P<conj>to|and|until|through)\s+)"
    year_tail = rf"(?:,?\s+(?P<y>{year}))?\b"

    @rule("day_range_month", rf"{opener}{before}(?P<d1>{day}){joiner}(?P<d2>{day})\s+(?:of\s+)?(?P<m>{month}){year_tail}")
    def day_range_month(m, ctx):
        return _day_range(m, ctx, m["m"], m["m"])

    @rule("month_day_range", rf"{opener}\b(?P<m>{month})\s+(?P<d1>{day}){joiner}(?:(?P<m2>{month})\s+)?(?P<d2>{day}){year_tail}")
    def month_day_range(m, ctx):
        return _day_range(m, ctx, m["m"], m["m2"] or m["m"])

    @rule("day_month_range", rf"{opener}{before}(?P<d1>{day})\s+(?P<m>{month}){joiner}(?P<d2>{day})\s+(?P<m2>{month}){year_tail}")
    def day_month_range(m, ctx):
        return _day_range(m, ctx, m["m"], m["m2"])

    @rule(
        "month_day",
        rf"(?:\b(?P<wd>{weekday_any}),?\s+)?\b(?P<m>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year}))?",
    )
    def month_day(m, ctx):
        return _full_date(m, ctx)

    @rule(
        "day_month",
        rf"(?:\b(?P<wd>{weekday_any}),?\s+)?(?:the\s+)?{before}(?P<d>{day})(?:\s+of)?\s+(?P<m>{month})(?![\w])(?:,?\s+(?P<y>{year}))?",
    )
    def day_month(m, ctx):
        return _full_date(m, ctx)

    @rule("month_year", rf"(?:\b(?P<part>{part})[\s-]+)?\b(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year})")
    def month_year(m, ctx):
        mo = _month_of(m["m"], lex)
        if mo is None or not _capitalised(m["m"]):
            return None
        y = int(m["y"])
        if m["part"]:
            start, end = _part_of_month(lex.parts[_norm(m["part"])], y, mo)
            return Resolved("range", start, end, "day", approximate=True, span=_part_span(m))
        start, end = period(date(y, mo, 1), "month")
        return Resolved("date", start, end, "month")

    @rule("month_part", rf"\b(?P<part>{part})[\s-]+(?P<m>{month})(?!\s*\d)")
    def month_part(m, ctx):
        mo = _month_of(m["m"], lex)
        if mo is None or not _capitalised(m["m"]):
            return None
        part_ = lex.parts[_norm(m["part"])]
        y = _year_for(mo, PART_BOUNDS_MONTH[part_][0], ctx)
        start, end = _part_of_month(part_, y, mo)
        return Resolved("range", start, end, "day", approximate=True, anchor="publication", span=_part_span(m))

    @rule("month_alone", rf"\b(?P<m>{month})(?!\s*\d)")
    def month_alone(m, ctx):
        mo = _month_of(m["m"], lex)
        prev = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
        possessive = re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3])  # "January's siege"
        if mo is None or not _capitalised(m["m"]) or not (possessive or (prev and prev.group(1).casefold() in MONTH_OPENERS)):
            return None
        y = _year_for(mo, None, ctx)
        if prev and prev.group(1).casefold() == "last" and (y, mo) == (ctx.published.year, ctx.published.month):
            y -= 1  # "last July" in a July article is a year back
        start, end = period(date(y, mo, 1), "month")
        return Resolved("date", start, end, "month", anchor="publication")

    @rule("decade", rf"{before}(?:(?P<part>{part})[\s-]+(?:the\s+)?)?(?P<y>1[89]\d0|20\d0)['’]?s\b")
    def decade(m, ctx):
        first = int(m["y"])
        if m["part"]:
            lo, hi = PART_BOUNDS_DECADE[lex.parts[_norm(m["part"])]]
            return Resolved("range", date(first + lo, 1, 1), date(first + hi, 12, 31), "year", approximate=True, span=_part_span(m))
        return Resolved("date", date(first, 1, 1), date(first + 9, 12, 31), "decade")

    @rule("year_part", rf"\b(?P<part>{part})[\s-]+(?P<y>{year})(?![\w'’])")
    def year_part(m, ctx):
        y = int(m["y"])
        lo, hi = PART_BOUNDS_YEAR[lex.parts[_norm(m["part"])]]
        return Resolved("range", date(y, lo, 1), month_end(y, hi), "month", approximate=True, span=_part_span(m))

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
        word = _norm(m["w"])
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
                  "this evening": 0, "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        d = ctx.published + timedelta(days=offset)
        return Resolved("date", d, d, "day", anchor="publication", future=offset > 0)

    @rule("weekend", r"\b(?P<w>(?:at|over|during)\s+the\s+weekend|last\s+weekend|this\s+weekend)\b")
    def weekend(m, ctx):
        # the last Saturday and Sunday on or before publication (a Sunday article's is that weekend);
        # in a future clause ("talks will be held this weekend") the next one
        if ctx.future and _norm(m["w"]) != "last weekend":
            saturday = ctx.published + timedelta(days=(5 - ctx.published.weekday()) % 7 or 7)
            return Resolved("range", saturday, saturday + timedelta(days=1), "day", anchor="publication", future=True)
        saturday = ctx.published - timedelta(days=(ctx.published.weekday() - 5) % 7)
        if _norm(m["w"]) == "last weekend" and ctx.published.weekday() >= 5:
            saturday -= timedelta(days=7)
        return Resolved("range", saturday, min(saturday + timedelta(days=1), ctx.published), "day", anchor="publication")

    @rule(
        "relative_period",
        rf"(?:\b(?P<part>{part})[\s-]+)?\b(?P<mod>earlier\s+this|later\s+this|last|this|next|coming|the\s+coming)\s+(?P<u>week|month|year)\b",
    )
    def relative_period(m, ctx):
        mod, unit_ = _norm(m["mod"]), m["u"].casefold()
        pub = ctx.published
        if m["part"] and unit_ in ("month", "year"):
            base = {"last": -1, "next": 1, "coming": 1, "the coming": 1}.get(mod, 0)
            anchor_day = shift(pub, unit_, base)
            part_ = lex.parts[_norm(m["part"])]
            if unit_ == "month":
                start, end = _part_of_month(part_, anchor_day.year, anchor_day.month)
                precision = "day"
            else:
                lo, hi = PART_BOUNDS_YEAR[part_]
                start, end, precision = date(anchor_day.year, lo, 1), month_end(anchor_day.year, hi), "month"
            return Resolved("range", start, end, precision, approximate=True, anchor="publication", future=base > 0, span=_part_span(m))
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
        n = _number(m["n"], lex) if m["n"] else 1
        if n is None or unit_ is None or n < 1:
            return None  # "the past 0 days" names no day
        start = shift(ctx.published, unit_, -n) + timedelta(days=1)
        return Resolved("range", start, ctx.published, "day", anchor="publication")

    @rule(
        "night_range",
        rf"\b(?:overnight(?:\s+from)?|(?:in\s+|during\s+)?the\s+night\s+(?:of|from|between))\s+(?P<wd1>{weekday_full})\s+(?:to|into|and)\s+(?P<wd2>{weekday_full})(?![\w])",
    )
    def night_range(m, ctx):
        """"overnight Saturday to Sunday", "the night of Friday to Saturday": both days."""
        first, second = lex.weekdays[m["wd1"].casefold()], lex.weekdays[m["wd2"].casefold()]
        if second != (first + 1) % 7 or ctx.future or not _capitalised(m["wd1"]):
            return None
        start = ctx.published - timedelta(days=(ctx.published.weekday() - first) % 7)
        end = start + timedelta(days=1)
        if end > ctx.published:
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        return Resolved("range", start, end, "day", anchor="publication")

    @rule(
        "weekday",
        rf"\b(?:(?P<mod>last|this|next|past)\s+)?(?P<wd>{weekday_full})(?![\w])(?:['’]s)?(?:\s+(?P<dp>{_alt(lex.day_parts)})\b)?",
    )
    def weekday(m, ctx):
        if not _capitalised(m["wd"]):
            return None
        target = lex.weekdays[m["wd"].casefold()]
        pub = ctx.published
        mod = (m["mod"] or "").casefold()
        back = (pub.weekday() - target) % 7
        ahead = (target - pub.weekday()) % 7 or 7
        if mod == "last" or mod == "past":
            d = pub - timedelta(days=back or 7)
        elif mod == "next":
            return _day_resolved(pub + timedelta(days=ahead), future=True, span=_weekday_span(m))
        elif mod == "this":
            d = pub - timedelta(days=pub.weekday()) + timedelta(days=target)
            return _day_resolved(d, future=d > pub, span=_weekday_span(m))
        elif ctx.future:
            return _day_resolved(pub + timedelta(days=ahead), future=True, span=_weekday_span(m))
        else:
            d = pub - timedelta(days=back)
        return _day_resolved(d, span=_weekday_span(m))

    @rule("ago", rf"\b(?P<n>{number})\s+(?P<u>{unit})\s+ago\b")
    def ago(m, ctx):
        n = _number(m["n"], lex)
        unit_ = _unit(m["u"])
        if n is None or unit_ is None or unit_ == "hour":
            return None
        precision = "year" if unit_ == "decade" else unit_
        d = shift(ctx.published, unit_, -n)
        start, end = period(d, precision)
        return Resolved("date", start, end, precision, approximate=unit_ == "decade", anchor="publication")

    @rule("duration", rf"\b(?P<n>{number})[\s-]+(?P<u>{unit})(?![\w-])")
    def duration(m, ctx):
        following = ctx.text[m.end() : m.end() + 12].casefold()
        if re.match(r"\s*(ago|old|from now)\b|-old", following):
            return None
        if re.match(r"\s*(later|earlier|after|before)\b", following) and not _opened_as_duration(m, ctx):
            return None  # an offset from another date ("two days after the attack"), not a length
        n = _number(m["n"], lex)
        unit_ = _unit(m["u"])
        if n is None or unit_ is None or (m["n"].isdigit() and _is_label(m, ctx)):
            return None
        spec = lex.units[unit_]
        return Resolved("duration", duration=iso_duration(n * spec.get("factor", 1), spec["designator"], spec.get("time", False)))

    # Lexicon helpers that need ``lex``
    def _unit(token: str) -> str | None:
        token = token.casefold()
        if token in lex.units:
            return token
        if token.endswith("s") and token[:-1] in lex.units:
            return token[:-1]
        return None

    def _norm(token: str) -> str:
        return " ".join(token.casefold().split())

    def _part_span(m: re.Match) -> tuple[int, int]:
        """Leave a leading "the" out of "the end of July"."""
        start = m.start()
        lead = re.match(r"the\s+", m.group(0), re.IGNORECASE)
        return (start + lead.end() if lead else start, m.end())

    def _weekday_span(m: re.Match) -> tuple[int, int]:
        end = m.end()
        if m["dp"] is None:
            end = m.end("wd")
        return (m.start(), end)

    def _day_resolved(d: date, future: bool = False, span=None) -> Resolved:
        return Resolved("date", d, d, "day", anchor="publication", future=future, span=span)

    def _opened_as_duration(m: re.Match, ctx: Context) -> bool:
        before_words = re.findall(r"[\w']+", ctx.text[max(0, m.start() - 30) : m.start()].casefold())
        hedges = {h for h in lex.hedges if " " not in h}
        before_words = [w for w in before_words if w not in hedges]
        return bool(before_words) and before_words[-1] in lex.duration_openers

    def _is_count(m: re.Match, ctx: Context) -> bool:
        """A four-digit number that counts something ("some 1500 soldiers", "1,900 inhabitants")."""
        text = ctx.text
        prev_words = re.findall(r"[\w’']+", text[max(0, m.start() - 40) : m.start()].casefold())
        prev = prev_words[-1] if prev_words else ""
        prev2 = " ".join(prev_words[-2:])
        after = text[m.end() :]
        nxt_match = re.match(r"\s*([\w%’']+)", after)
        nxt = nxt_match.group(1) if nxt_match else ""
        rest = re.sub(r"^\s*(?:and|to|or|-|–)\s*\d[\d,.]*", "", after)
        clause = re.match(r"[^.,;:!?()\"“”]*", rest).group()
        following = []
        for w in re.findall(r"[\w%’']+", clause)[:3]:  # the noun phrase after it, up to a function word
            if w.casefold() in lex.year_followers:
                break
            following.append(w.casefold())
        if nxt.casefold() in lex.quantity_units:
            return True
        if re.search(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:to|and|-|–)\s*$", text[max(0, m.start() - 20) : m.start()]):
            return True  # "from 800 to 1990 in a year": the second of two counts
        if prev in lex.strong_openers:
            return False
        if any(w in lex.counted_nouns for w in following):
            return True
        if (prev in lex.quantity_words or prev2 in lex.quantity_words) and nxt and nxt.casefold() not in lex.year_followers:
            return True
        return bool(re.fullmatch(r"[a-z]{3,}[^s]s", nxt))

    def _is_label(m: re.Match, ctx: Context) -> bool:
        prev = re.search(r"([\w.°º]+)[\s#]*$", ctx.text[max(0, m.start() - 30) : m.start()])
        return bool(prev) and prev.group(1).casefold() in lex.label_words

    def _full_date(m: re.Match, ctx: Context) -> Resolved | None:
        mo = _month_of(m["m"], lex)
        if mo is None or not _capitalised(m["m"]):
            return None
        d = _day(m["d"])
        if m["y"]:
            day_ = _safe_date(int(m["y"]), mo, d)
            return day_ and Resolved("date", day_, day_, "day")
        year_ = _year_for(mo, d, ctx)
        day_ = _safe_date(year_, mo, d)
        step = 1 if ctx.future else -1
        for _ in range(8):  # 29 February: the nearest leap year in the right direction
            if day_ is not None or not (mo == 2 and d == 29):
                break
            year_ += step
            day_ = _safe_date(year_, mo, d)
        return day_ and Resolved("date", day_, day_, "day", anchor="publication")

    def _day_range(m: re.Match, ctx: Context, m1: str, m2: str) -> Resolved | None:
        mo1, mo2 = _month_of(m1, lex), _month_of(m2, lex)
        if mo1 is None or mo2 is None or not (_capitalised(m1) and _capitalised(m2)):
            return None
        pre, conj = (m["pre"] or "").casefold(), (m["conj"] or "").casefold()
        d1, d2 = _day(m["d1"]), _day(m["d2"])
        listed = conj == "and" and pre != "between" and m1 == m2 and d2 == d1 + 1  # "on 8 and 9 March": both days
        if (conj == "and") != (pre == "between") and not listed:
            return None
        if m["y"]:
            y2 = int(m["y"])
            anchor = "absolute"
        else:
            y2 = _year_for(mo2, d2, ctx)
            anchor = "publication"
        y1 = y2 if (mo1, d1) <= (mo2, d2) else y2 - 1
        start, end = _safe_date(y1, mo1, d1), _safe_date(y2, mo2, d2)
        if start is None or end is None or start >= end:
            return None
        return Resolved("range", start, end, "day", anchor=anchor)

    return rules


# What a text must contain for each rule to have a chance: most paragraphs hold no month, no
# weekday and no four-digit number, and skipping the rules that need them is most of the speed.
RULE_REQUIRES = {
    "iso_date": "year", "day_range_month": "month digit", "month_day_range": "month digit",
    "day_month_range": "month digit", "month_day": "month digit", "day_month": "month digit",
    "month_year": "month year", "month_part": "month", "month_alone": "month", "decade": "year",
    "year_part": "year", "year_range": "year", "year": "year", "relative_day": "relday", "weekend": "relday",
    "relative_period": "unit", "past_period": "unit", "night_range": "weekday", "weekday": "weekday", "ago": "unit", "duration": "unit",
}


@cache
def _feature_patterns(language: str) -> dict[str, re.Pattern]:
    lex = lexicon(language)
    return {
        "month": re.compile(rf"\b(?:{_alt(lex.months)})(?!\w)", re.IGNORECASE),
        "weekday": re.compile(rf"\b(?:{_alt(lex.weekdays)})", re.IGNORECASE),
        "year": re.compile(r"(?:1[89]|20)\d\d"),
        "digit": re.compile(r"\d"),
        "unit": re.compile(rf"\b(?:{_alt(lex.units)})", re.IGNORECASE),
        "relday": re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|weekend)\b", re.IGNORECASE),
    }


def _features(text: str, language: str) -> frozenset[str]:
    return frozenset(name for name, p in _feature_patterns(language).items() if p.search(text))


@cache
def compiled_rules(language: str = "en") -> tuple[Rule, ...]:
    return tuple(_rules(lexicon(language)))


# ---------------------------------------------------------------------------------------------
# Tense, hedges and combinations


CLAUSE_BREAK = re.compile(r"[.;:!?,—–()\"“”]")


@cache
def _cue_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon(language)
    future = re.compile(rf"(?<![\w'])(?:{_alt(lex.future_cues)})(?!\w)", re.IGNORECASE)
    hedge = re.compile(rf"(?:^|(?<=[\s(]))(?:{_alt(lex.hedges)})\s+$", re.IGNORECASE)
    return future, hedge


def _is_future(text: str, start: int, language: str) -> bool:
    """Future when the clause before the expression (at most ten words) carries a future cue,
    unless a relative clause in the past follows the cue ("will never forget what happened")."""
    before = text[max(0, start - 120) : start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    clause = " ".join(before.split()[-10:])
    cues = list(_cue_patterns(language)[0].finditer(clause))
    if not cues or re.search(r"\bwould\s+have\b", clause[cues[-1].start() :], re.IGNORECASE):
        return False
    tail = re.findall(r"[\w’']+", clause[cues[-1].end() :].casefold())
    relatives = lexicon(language).relatives
    for i, word in enumerate(tail):
        if word in relatives and any(w.endswith("ed") for w in tail[i + 1 :]):
            return False
    return True


def _hedge_before(text: str, start: int, language: str) -> int | None:
    """Start of a hedge word ("about", "over", …) right before ``start``, if there is one."""
    m = _cue_patterns(language)[1].search(text[max(0, start - 20) : start])
    return max(0, start - 20) + m.start() if m else None


def _candidates(text: str, ctx_past: Context, ctx_future: Context, language: str) -> Iterator[tuple[int, int, int, Resolved]]:
    features = _features(text, language)
    for priority, rule in enumerate(compiled_rules(language)):
        if not rule.requires <= features:
            continue
        for m in rule.pattern.finditer(text):
            future = _is_future(text, m.start(), language)
            try:
                resolved = rule.resolve(m, ctx_future if future else ctx_past)
            except (OverflowError, ValueError):  # the words count out of years 1..9999 ("300 decades ago")
                continue
            if resolved is None or (resolved.start is not None and resolved.end is not None and resolved.start > resolved.end):
                continue
            start, end = resolved.span or (m.start(), m.end())
            start, end = _trim_span(text, start, end)
            yield start, end, priority, replace(resolved, future=resolved.future or future)


LEADING_WORDS = re.compile(r"^(?:the|in|on|at|by|during|for|of)\s+", re.IGNORECASE)


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading prepositions and white space that the patterns allow around an expression."""
    while True:
        m = LEADING_WORDS.match(text[start:end])
        if not m:
            break
        start += m.end()
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


def _finish(text: str, start: int, end: int, r: Resolved, published: date, language: str) -> Timex:
    """Settle the hedge, the clipping at publication, the tense and the EDTF of one expression."""
    approximate = r.approximate
    hedge = _hedge_before(text, start, language)
    if hedge is not None:
        start, approximate = hedge, True
    s, e = r.start, r.end
    future = r.future or (s is not None and s > published)
    if r.kind == "duration":
        edtf = None
    elif r.kind == "range":
        edtf = edtf_interval(s, r.precision, e, r.end_precision or r.precision)
    else:
        edtf = edtf_point(s, r.precision, approximate)
    # What the text reports as past cannot have happened after it was written, and what it
    # announces cannot have happened before: an interval around the publication date is cut at
    # it (the EDTF still says what the words name).
    if s is not None and s <= published < e:
        if future:
            s = max(s, published + timedelta(days=1))
        else:
            e = published
    return Timex(start, end, text[start:end], r.kind, s, e, r.precision, approximate, edtf, r.duration,
                 r.anchor, "future" if future else "past")


CONNECTOR_RANGE = re.compile(r"^\s*(and|to|until|till|through|-|–)\s*$", re.IGNORECASE)
OPENER_RANGE = re.compile(r"(?:^|(?<=\s))(between|from)\s+$", re.IGNORECASE)
OPENER_SINCE = re.compile(r"(?:^|(?<=\s))since\s+(?:the\s+)?$", re.IGNORECASE)


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


def _combine(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """"between A and B" / "from A to B" become one range; "since A" a range up to publication."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        opener = OPENER_RANGE.search(text[max(0, a.char_start - 10) : a.char_start])
        joinable = (
            b is not None and opener is not None and a.kind != "duration" and b.kind != "duration"
            and CONNECTOR_RANGE.match(text[a.char_end : b.char_start]) is not None
            and (opener.group(1).casefold() == "between") == (text[a.char_end : b.char_start].strip().casefold() == "and")
        )
        if joinable:
            a = _into_year_of(a, b, published)
        end_b = (b.end if b.tense == "future" or b.end <= published else published) if joinable else None
        if joinable and a.start <= end_b:  # a future first bound and a past second one name no range
            start = max(0, a.char_start - 10) + opener.start()
            anchor = "publication" if "publication" in (a.anchor, b.anchor) else "absolute"
            out.append(Timex(start, b.char_end, text[start : b.char_end], "range", a.start, end_b, a.precision,
                             a.approximate or b.approximate, edtf_interval(a.start, a.precision, b.end, b.precision),
                             None, anchor, b.tense))
            i += 2
            continue
        since = OPENER_SINCE.search(text[max(0, a.char_start - 12) : a.char_start])
        if since and a.kind != "duration" and a.start <= published:
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
COORDINATED = re.compile(r"^[^.;:]*,\s*(?:and|then|but)\s+(?:by|in|on|until)?\s*$", re.IGNORECASE)
CARRIED = re.compile(r"\s*,?\s*(?:and|then|but)?\s*(?:by|in|until|through|on)?\s*", re.IGNORECASE)


def _share_years(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """A year-less date takes the year the sentence gives its neighbour: "on May 15 and June 20,
    2015" (the year written after both), "on March 22, 2012, and by April" (the year just given)."""
    out = list(timexes)
    for i, a in enumerate(out):
        if a.anchor != "publication" or a.kind != "date" or a.precision not in ("day", "month") or re.search(r"\d{4}|'\d\d", a.text):
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i else None
        if after is not None and after.anchor == "absolute" and after.kind == "date" and CONJOINED.fullmatch(text[a.char_end : after.char_start]):
            out[i] = _into_year_of(a, after, published)
        elif before is not None and before.anchor == "absolute" and before.kind == "date" and before.start and (
            CARRIED.fullmatch(text[before.char_end : a.char_start]) or COORDINATED.search(text[before.char_end : a.char_start])
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


def tag(text: str, published: date | str, language: str = "en") -> list[Timex]:
    """Every temporal expression in ``text``, resolved against the publication date, in text order."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    lex = lexicon(language)
    ctx_past = Context(text, published, False, lex)
    ctx_future = Context(text, published, True, lex)
    chosen: list[tuple[int, int, Resolved]] = []
    taken: list[tuple[int, int]] = []
    for start, end, _, resolved in sorted(_candidates(text, ctx_past, ctx_future, language), key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if start >= end or any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, resolved))
    chosen.sort(key=lambda c: c[0])
    timexes = [_finish(text, s, e, r, published, language) for s, e, r in chosen]
    return _combine(text, _share_years(text, timexes, published), published)
