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

from timeline.date_parts import Context, Resolved, Rule
from timeline.date_rules import rules
from timeline.periods import edtf_interval, edtf_point
from timeline.regex_gate import alternation
from timeline.joined_dates import joined
from timeline.timex import Timex  # noqa: F401 - re-exported: the tagger's record



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
    either_way_cues: tuple[str, ...]  # "mourning from Monday": the nearer Monday, before or after
    running_cues: tuple[str, ...]  # "suspended classes from 27 October to 9 November": a measure that may still run
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
    holidays: dict[str, list[int]]  # "Christmas Day": [12, 25], a day named by its feast
    named_by_date: frozenset[str]  # "the June 5 Movement": a name, not a day


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
        either_way_cues=tuple(d.get("either_way_cues", {}).get("words", ())),
        running_cues=tuple(d.get("running_cues", {}).get("words", ())),
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
        holidays=d.get("holidays", {}),
        named_by_date=frozenset(d.get("named_by_date", {}).get("words", ())),
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
        "holiday": re.compile(rf"\b(?:{alternation(lex.holidays)})(?!\w)", re.IGNORECASE) if lex.holidays else re.compile(r"(?!)"),
        "relday": re.compile(r"\b(?:today|yesterday|tomorrow|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening)|weekend)\b", re.IGNORECASE),
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


@cache
def _either_way(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'])(?:{alternation(lexicon(language).either_way_cues)})\s+(?:on\s+)?$", re.IGNORECASE)


def _nearer(past: Resolved | None, future: Resolved | None, published: date) -> tuple[Resolved | None, bool]:
    """"Three days of national mourning from Monday", declared before or after they began: the
    Monday nearer the publication day, and whether it is the one ahead."""
    if past is None or future is None or past.start is None or future.start is None:
        return past, False
    ahead = abs((future.start - published).days) < abs((published - past.start).days)
    return (future, True) if ahead else (past, False)


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
                if not future and _either_way(language).search(text, max(0, m.start() - 40), m.start()):
                    resolved, future = _nearer(resolved, rule.resolve(m, ctx_future), ctx_past.published)
            except (OverflowError, ValueError):  # the words count out of years 1..9999 ("300 decades ago")
                continue
            if resolved is None or (resolved.start is not None and resolved.end is not None and resolved.start > resolved.end):
                continue
            start, end = resolved.span or (m.start(), m.end())
            start, end = _trim_span(text, start, end)
            yield start, end, priority, replace(resolved, future=resolved.future or future)


WEEKEND_OF = re.compile(r"(?<![\w-])(?:(?:over|at|during)\s+)?the\s+weekend\s+of\s+(?:the\s+)?$", re.IGNORECASE)
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
    weekend = WEEKEND_OF.search(text, 0, start)
    if weekend is not None and r.kind in ("date", "range"):
        start = weekend.start()  # "over the weekend of June 18-19": one expression, dated by its days
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


def names_weekday(t: Timex) -> bool:
    """A date that names a weekday ("Wednesday 30 November"): its year is the one that weekday fits."""
    return not {w.casefold() for w in re.findall(r"[^\W\d_]+", t.text)}.isdisjoint(lexicon().weekdays)


def names_weekday_only(t: Timex) -> bool:
    """A date named by its weekday and no month ("on Monday")."""
    found = {w.casefold() for w in re.findall(r"[^\W\d_]+", t.text)}
    return not found.isdisjoint(lexicon().weekdays) and found.isdisjoint(lexicon().months)


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
    return joined(text, timexes, published, lex)
