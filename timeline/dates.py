"""The date tagger: find temporal expressions in text and resolve them against a publication date.

Why: news dates events relative to the day it was written ("on Saturday", "two years ago",
"late July"). General-purpose parsers read "$70" as 1970 and "2012" as 1 August 2012; we need
every date with the interval and precision its words support, and nothing that is not a date.
The rules are in docs/dates.md and timeline/date_rules.py; word lists in resources/dates_<language>.toml.

``tag(text, published)`` is a pure function: text in, records out.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from timeline.date_parts import Context, Resolved, Rule, moved_date
from timeline.date_rules import rules
from timeline.periods import edtf_interval, edtf_point, period, shift
from timeline.regex_gate import alternation
from timeline.year_headed import year_headed

KINDS = ("date", "range", "duration")
ANCHORS = ("absolute", "publication", "other")
TENSES = ("past", "future")

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
    year_shares: dict[str, list[int]]  # "last quarter": [10, 12], months of a year named exactly
    moved_date_verbs: tuple[str, ...]  # "slipped", "postponed": "from A to B" after them is two dates
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
    anchored_months: dict[str, int]  # "three months later": 3, counted from the month told last
    anchored_years: dict[str, int]  # "the following year": 1, counted from the year told last


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
        year_shares=d.get("year_shares", {}),
        moved_date_verbs=tuple(d.get("moved_dates", {}).get("verbs", ())),
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
        anchored_months=d.get("anchored_months", {}),
        anchored_years=d.get("anchored_years", {}),
    )


@cache
def _feature_patterns(language: str) -> dict[str, re.Pattern]:
    lex = lexicon(language)
    return {
        "month": re.compile(rf"\b(?:{alternation(lex.months)})(?!\w)", re.IGNORECASE),
        "weekday": re.compile(rf"\b(?:{alternation(lex.weekdays)})", re.IGNORECASE),
        "year": re.compile(r"(?:1[89]|20)\d\d"),
        "digit": re.compile(r"\d"),
        "unit": re.compile(rf"\b(?:{alternation(lex.units)})", re.IGNORECASE),
        "relday": re.compile(r"\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|weekend)\b", re.IGNORECASE),
    }


def _features(text: str, language: str) -> frozenset[str]:
    return frozenset(name for name, p in _feature_patterns(language).items() if p.search(text))


@cache
def compiled_rules(language: str = "en") -> tuple[Rule, ...]:
    return tuple(rules(lexicon(language)))


# ---------------------------------------------------------------------------------------------
# Tense, hedges and combinations


CLAUSE_BREAK = re.compile(r"[.;:!?,—–()\"“”]")


@cache
def _cue_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon(language)
    future = re.compile(rf"(?<![\w'])(?:{alternation(lex.future_cues)})(?!\w)", re.IGNORECASE)
    hedge = re.compile(rf"(?:^|(?<=[\s(]))(?:{alternation(lex.hedges)})\s+$", re.IGNORECASE)
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
        opener = OPENER_RANGE.search(text[max(0, a.char_start - 10) : a.char_start])
        joinable = (
            b is not None and opener is not None and a.kind != "duration" and b.kind != "duration"
            and not moved_date(lex.moved_date_verbs).search(text[max(0, a.char_start - 40) : a.char_start])  # "slipped from 19 March to 18 June": two dates
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
COORDINATED = re.compile(r"^[^.;:]*,\s*(?:and|then|but)\s+(?:by|in|on|until)?\s*$", re.IGNORECASE)
# "signed on 15 May 2015, and the CMA added its signature on 20 June": a day's clause joined by
# "and" to a clause with a full date takes its year
COORDINATED_CLAUSE = re.compile(r"^[^.;:]*,\s*and\s+[^.;:\d]{0,90}?(?<![\w-])(?:on|in|by|until)\s+$", re.IGNORECASE)
CARRIED = re.compile(r"\s*,?\s*(?:and|then|but)?\s*(?:by|in|until|through|on)?\s*", re.IGNORECASE)


def _share_years(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """A year-less date takes the year the sentence gives its neighbour: "on May 15 and June 20,
    2015" (the year written after both), "on March 22, 2012, and by April" (the year just given)."""
    out = list(timexes)
    for i, a in enumerate(out):
        if a.anchor != "publication" or a.kind != "date" or a.precision not in ("day", "month") or re.search(r"\d{4}|'\d\d", a.text):
            continue
        if names_weekday_only(a):
            continue  # "seized power in August 2020, and on Monday it dissolved …": Monday is this week's
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i else None
        if after is not None and after.anchor == "absolute" and after.kind == "date" and CONJOINED.fullmatch(text[a.char_end : after.char_start]):
            out[i] = _into_year_of(a, after, published)
        elif before is not None and before.anchor == "absolute" and before.kind == "date" and before.start and (
            CARRIED.fullmatch(text[before.char_end : a.char_start]) or COORDINATED.search(text[before.char_end : a.char_start])
            or (before.precision == "day" and a.precision == "day" and COORDINATED_CLAUSE.search(text[before.char_end : a.char_start]))
        ):
            moved = _into_year_after(a, before)
            out[i] = moved if moved.end <= published else a
    return out


def names_weekday_only(t: Timex) -> bool:
    """A date named by its weekday and no month ("on Monday")."""
    found = {w.casefold() for w in re.findall(r"[^\W\d_]+", t.text)}
    return not found.isdisjoint(lexicon().weekdays) and found.isdisjoint(lexicon().months)


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
    return year_headed(text, _combine(text, _month_of_relative_year(text, _share_years(text, timexes, published), published), published, lex), lex)


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
    return (t.anchor == "publication" and t.start is not None and t.end is not None and t.kind in ("date", "range")
            and t.precision in ("month", "day") and t.start.year == t.end.year and not re.search(r"\d{4}", t.text)
            and not names_weekday_only(t) and any(w in lexicon().months for w in re.findall(r"[^\W\d_]+", t.text.casefold())))
