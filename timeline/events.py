"""Event mentions: in each sentence, what happened (a trigger), to whom, where and when.

Why: an event table is only as good as the evidence under each row. A mention is one trigger
in one sentence with the actors and place named around it and the date its own clause gives
(or, when only the reporting of it is dated, that date marked ``reported``). Everything here is
a pure function of one article's sentences, dates and names; linking across articles is
``timeline.linking``.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from timeline.dates import Timex
from timeline.ingest import Sentence, dateline_end
from timeline.names import NameMatch, actors, most_specific
from timeline.periods import period

# ---------------------------------------------------------------------------------------------
# The lexicons


@dataclass(frozen=True)
class EventType:
    event_type: str
    label: str
    merge_group: str
    parent_group: str | None
    one_off: bool
    supports_only: bool
    needs_date: bool
    needs_person: bool
    needs_actor: bool
    needs_any_date: bool  # political events ("talks", "a protest") count only when the text dates them
    dated_by_report: bool  # the announcement is the event: "said on Sunday it was cutting ties" dates it
    plover: str
    acled_event_type: str | None
    acled_sub_event_type: str | None


def _resource(name: str) -> str:
    return resources.files("timeline").joinpath(f"resources/{name}").read_text(encoding="utf-8")


@cache
def event_types() -> dict[str, EventType]:
    """The ontology (resources/event_types.csv), in priority order."""
    out = {}
    for row in csv.DictReader(_resource("event_types.csv").splitlines()):
        out[row["event_type"]] = EventType(
            row["event_type"], row["label"], row["merge_group"], row["parent_group"] or None,
            row["one_off"] == "true", row["supports_only"] == "true", row["needs_date"] == "true", row["needs_person"] == "true",
            row["needs_actor"] == "true", row["needs_any_date"] == "true", row["dated_by_report"] == "true", row["plover"], row["acled_event_type"] or None, row["acled_sub_event_type"] or None,
        )
    return out


@cache
def _triggers() -> tuple[tuple[re.Pattern, str, int], ...]:
    types = event_types()
    out = []
    for order, row in enumerate(csv.DictReader(_resource("triggers.csv").splitlines())):
        if row["event_type"] not in types:
            raise ValueError(f"triggers.csv: unknown event_type {row['event_type']!r}")
        pattern = row["pattern"].replace(" ", r"\s+")  # hard-wrapped copy breaks lines between any two words
        out.append((re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), row["event_type"], order))
    return tuple(out)


@cache
def _words(language: str) -> dict:
    return tomllib.loads(_resource(f"events_{language}.toml"))


@cache
def _reporting_re(language: str) -> re.Pattern:
    words = sorted(_words(language)["reporting_words"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s+(?:on|in|at|late|early|last|this)?\s*$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Mention:
    """One event trigger in one sentence, with what its context says (offsets are raw)."""

    mention_id: str
    source_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    trigger: str
    trigger_start: int
    trigger_end: int
    event_type: str
    start_date: object  # datetime.date | None
    end_date: object
    date_precision: str | None
    date_approximate: bool
    date_basis: str  # occurred | reported | undated
    timex_id: str | None
    tense: str
    actor_ids: tuple[str, ...]
    place_id: str | None
    place_basis: str  # sentence | inherited | none


def quoted(source_id: str, ctx: "SentenceContext") -> dict:
    """The fields every record resting on a sentence carries: where the quote is, and the quote."""
    s = ctx.sentence
    return dict(source_id=source_id, sentence_id=ctx.sentence_id, char_start=s.char_start, char_end=s.char_end, quote=s.text)


@dataclass
class SentenceContext:
    sentence: Sentence
    sentence_id: str
    timexes: list[Timex]  # offsets relative to the sentence
    names: list[NameMatch]  # offsets relative to the sentence
    timex_ids: list[str] = field(default_factory=list)


def replace_context(ctx: SentenceContext, cut: int) -> SentenceContext:
    """The context without the names and dates of a dateline ending at ``cut``."""
    if not cut:
        return ctx
    kept = [(t, i) for t, i in zip(ctx.timexes, ctx.timex_ids or [None] * len(ctx.timexes)) if t.char_start >= cut]
    return SentenceContext(
        ctx.sentence, ctx.sentence_id, [t for t, _ in kept], [n for n in ctx.names if n.start >= cut],
        [i for _, i in kept] if ctx.timex_ids else [],
    )


# ---------------------------------------------------------------------------------------------
# Clauses, triggers, dates, actors, places


def clauses(text: str, language: str = "en", timexes: list[Timex] = ()) -> list[tuple[int, int]]:
    """The clause spans of a sentence, cut at commas, semicolons, dashes and brackets (but not
    inside a date: "between March 27 and 31, 2022")."""
    breaks = _words(language)["clause_breaks"]
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in breaks and not any(t.char_start <= i < t.char_end for t in timexes):
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _clause_of(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(spans):
        if s <= pos < e:
            return i
    return len(spans) - 1


def _light(text: str, span: tuple[int, int], timexes: list[Timex], language: str) -> bool:
    """A clause a date or an event can be read across: a date alone, a short appositive, or a
    place phrase ("in the north of the country")."""
    s, e = span
    rest = text[s:e]
    for t in timexes:
        if s <= t.char_start and t.char_end <= e:
            rest = rest.replace(t.text, " ")
    words = re.findall(r"\w+", rest)
    words_conf = _words(language)
    if len(words) <= words_conf["light_clause_max_words"]:
        return True
    return len(words) <= words_conf["place_phrase_max_words"] and words[0].casefold() in words_conf["place_phrase_openers"]


def reach(text: str, spans: list[tuple[int, int]], index: int, timexes: list[Timex], language: str) -> tuple[int, int]:
    """The clause at ``index`` widened over light neighbouring clauses ("On Thursday, …")."""
    lo = hi = index
    while lo > 0 and _light(text, spans[lo - 1], timexes, language):
        lo -= 1
    while hi < len(spans) - 1 and _light(text, spans[hi + 1], timexes, language):
        hi += 1
    return spans[lo][0], spans[hi][1]


def find_triggers(text: str, has_person: bool) -> list[tuple[int, int, str]]:
    """Non-overlapping triggers (start, end, event_type), longest first, then lexicon order."""
    types = event_types()
    found = []
    for pattern, event_type, order in _triggers():
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), event_type, order))
    chosen: list[tuple[int, int, str]] = []
    for start, end, event_type, _ in sorted(found, key=lambda f: (-(f[1] - f[0]), f[3], f[0])):
        if types[event_type].needs_person and not has_person:
            continue
        if any(start < c_end and c_start < end for c_start, c_end, _ in chosen):
            continue
        chosen.append((start, end, event_type))
    return sorted(chosen)


def _is_saying(event_type: str) -> bool:
    return event_types()[event_type].merge_group == "statement"


def owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], language: str) -> dict[int, int]:
    """Which trigger each date belongs to, where the sentence says so: a date right after a
    saying ("announced on Thursday", "claimed responsibility on Friday") or right before one
    ("late yesterday declared") is the saying's; a date alone in an opening clause ("On April 1,
    the army said …") is the first trigger's after it. Other dates are free (absent here)."""
    reporting = _reporting_re(language)
    spans = clauses(text, language, timexes)
    out: dict[int, int] = {}
    for i, t in enumerate(timexes):
        if t.kind == "duration" or is_dateline(text, t):
            out[i] = -1  # belongs to no trigger
            continue
        for k, (start, end, event_type) in enumerate(triggers):
            if not _is_saying(event_type):
                continue
            inside = start <= t.char_start and t.char_end <= end
            after = t.char_start >= end and re.fullmatch(
                r",?\s+(?:(?:released|issued|published|read(?: out)?|broadcast|aired|posted|dated|made)(?:\s+(?:by|on)(?:\s+[\w’'-]+){1,3})?\s+)?(?:on|in|at)?\s*",
                text[end : t.char_start] + " ",
            )
            before = t.char_end <= start and not text[t.char_end : start].strip()
            # "announced the withdrawal on 17 February": a short object between saying and date
            object_then_date = t.char_start >= end and re.fullmatch(
                r"\s+(?!that\b)(?:the|a|an|its|their|his|her)?\s*[\w’'-]+(?:\s+(?!that\b)[\w’'-]+){0,3}\s+(?:on|in)\s+", text[end : t.char_start]
            )  # but "said that on March 27, …" dates what is told, not the saying
            if inside or after or before or object_then_date:
                out[i] = k
                break
        if i in out:
            continue
        # "launched a rebellion in January and … a coup in March": a date right after an
        # event's trigger is that event's, whatever else its clause tells; so is a date followed
        # by ", the day Goita was sworn in"
        adjacent = [k for k, trigger in enumerate(triggers) if _adjacent(text, trigger, t)]
        if adjacent:
            out[i] = adjacent[-1]
            continue
        if i and out.get(i - 1, -1) >= 0 and _conjoined(text, [timexes[i - 1], t]):  # "coups in 2020 and 2021"
            out[i] = out[i - 1]
            continue
        if reporting.search(text[max(0, t.char_start - 40) : t.char_start]):
            earlier = [k for k, trig in enumerate(triggers) if _is_saying(trig[2]) and trig[1] <= t.char_start]
            if earlier:
                out[i] = earlier[-1]
                continue
        index = _clause_of(spans, t.char_start)
        lo, hi = spans[index]
        if index == 0 and _light(text, (lo, hi), timexes, language) and not any(lo <= trig[0] < hi for trig in triggers):
            following = [k for k, trig in enumerate(triggers) if trig[0] >= hi]
            if following:
                out[i] = following[0]
    return out


def date_for(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], language: str) -> list[tuple[int | None, str, Timex | None]]:
    """The dates of trigger ``k`` as (timex position, basis, timex); several for "coups in 2020
    and 2021". A saying gets only a date the sentence gives the saying; another event gets a
    free date of its clause, else the date of a saying it is told in (``reported``)."""
    start, end, event_type = triggers[k]
    dated = [i for i, t in enumerate(timexes) if owner.get(i) != -1]
    if not dated:
        return [(None, "undated", None)]
    spans = clauses(text, language, timexes)
    index = _clause_of(spans, start)
    lo, hi = reach(text, spans, index, timexes, language)
    if _is_saying(event_type):
        own = [i for i in dated if owner.get(i) == k]
    else:
        own = [
            i for i in dated
            if owner.get(i) == k or (i not in owner and lo <= timexes[i].char_start and timexes[i].char_end <= hi and _nearest_event(text, triggers, timexes[i], spans, timexes, _adjacent_owners(text, triggers, timexes), language) == k)
        ]
    if own:
        trigger_word = text[start:end].split()[-1]
        joined = [i for i in own if timexes[i].kind == "date"]
        if trigger_word.endswith("s") and len(joined) > 1 and _conjoined(text, [timexes[i] for i in joined]):
            return [(i, "occurred", timexes[i]) for i in joined]
        # the finest date the event is given, then the nearest: "Earlier this year, on March 17,
        # jihadists overran …" is March 17; "a 2015 deal was scrapped in January" is January
        nearest = min(own, key=lambda i: (_fineness(timexes[i]), min(abs(timexes[i].char_start - end), abs(start - timexes[i].char_end))))
        return [(nearest, "occurred", since_start(timexes[nearest]))]
    if _is_saying(event_type):
        return [(None, "undated", None)]
    # "… since 2012, when separatist groups launched a rebellion": a "when" clause is dated by
    # the date that closes the clause before it (the point a "since" range starts from).
    clause_text = text[spans[index][0] : spans[index][1]].strip().casefold()
    if index > 0 and re.match(r"(?:when|as)\b", clause_text):
        p_lo, p_hi = spans[index - 1]
        closing = [i for i in dated if i not in owner and p_lo <= timexes[i].char_start and not text[timexes[i].char_end : p_hi].strip()]
        if closing:
            return [(closing[-1], "occurred", since_start(timexes[closing[-1]]))]
    told = [i for i in dated if owner.get(i, -1) >= 0 and _is_saying(triggers[owner[i]][2])]  # "X did Y, Z said on Sunday" too
    if told:
        return [(told[-1], "announced" if _intended(text, start, language) else "reported", timexes[told[-1]])]
    # "… said that on March 27, the market day, soldiers exchanged fire …": the sentence's one
    # free date dates the first event told after it.
    free = [i for i in dated if i not in owner]
    opens_told = len(free) == 1 and re.search(r"(?:^|\bthat\s+|[,;:]\s*)(?:on|in|at)?\s*$", text[: timexes[free[0]].char_start])
    if opens_told and timexes[free[0]].char_end <= start:
        t = timexes[free[0]]
        between = [trig for trig in triggers if t.char_end <= trig[0] < start and not _is_saying(trig[2])]
        claimed = any(
            lo2 <= t.char_start and t.char_end <= hi2
            for j, trig in enumerate(triggers) if j != k and not _is_saying(trig[2])
            for lo2, hi2 in [reach(text, spans, _clause_of(spans, trig[0]), timexes, language)]
        )
        if not between and not claimed:
            return [(free[0], "occurred", t)]
    return [(None, "undated", None)]


def _adjacent(text: str, trigger: tuple[int, int, str], t: Timex) -> bool:
    """A date written right after a trigger ("a coup in March"), or a date the next words make a
    trigger's ("June 7, 2021, the day Goita was sworn in")."""
    start, end, _ = trigger
    if t.char_start >= end:
        return bool(re.fullmatch(r"\s+(?:on|in|at|during|by)?\s*", text[end : t.char_start] + " "))
    return t.char_end <= start and bool(
        re.fullmatch(r",?\s*the\s+(?:day|date|night|week|month|year)\s+(?:that\s+|when\s+|on\s+which\s+)?(?:[\w’'-]+\s+){0,4}", text[t.char_end : start])
    )


def _adjacent_owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex]) -> set[int]:
    return {k for k, trigger in enumerate(triggers) for t in timexes if t.kind != "duration" and _adjacent(text, trigger, t)}


def _fineness(t: Timex) -> int:
    """Rank of a date's precision, finest first (a day, then a week, a month, a year)."""
    days = (t.end - t.start).days if t.start and t.end else 10**6
    return {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}.get(t.precision or "", 5) * 10**7 + days


def _nearest_event(text: str, triggers: list[tuple[int, int, str]], t: Timex, spans: list[tuple[int, int]], timexes: list[Timex], owned: set[int], language: str) -> int | None:
    """The event trigger (not a saying, not one with a date of its own) nearest a free date among
    those whose clause reaches it: in "discussed the attack on the army in late July", late July
    is the attack's."""
    options = []
    types = event_types()
    for k, (start, end, event_type) in enumerate(triggers):
        if _is_saying(event_type) or k in owned:
            continue
        lo, hi = reach(text, spans, _clause_of(spans, start), timexes, language)
        if lo <= t.char_start and t.char_end <= hi:
            # "a drone strike on the outskirts of the town on Sunday had killed eight": the
            # strike's date, not the killing's (casualties only support an event)
            options.append((types[event_type].supports_only, min(abs(t.char_start - end), abs(start - t.char_end)), k))
    return min(options)[2] if options else None


def _intended(text: str, start: int, language: str) -> bool:
    """"said on Thursday it would bring them home", "said it was leaving Mali": a decision or a
    step under way told in a saying, which the saying's day dates (unlike a battle told in one)."""
    before, after = text[max(0, start - 40) : start], text[start:]
    if re.match(r"(?:is|was|are|were)\s+\w+ing\b", after, re.IGNORECASE):
        return True
    if re.match(r"\w+ing\b", after, re.IGNORECASE) and re.search(r"\b(?:is|was|are|were)\s+$", before, re.IGNORECASE):
        return True
    modal = "|".join(map(_phrase, _words(language)["intention_words"]))
    return bool(re.search(rf"\b(?:{modal})\s+(?:[\w’'-]+\s+){{0,2}}$", before, re.IGNORECASE))


def since_start(t: Timex) -> Timex:
    """An event dated "since December 2021" began then: the period the range starts from."""
    if t.kind == "range" and t.text.casefold().startswith("since") and t.start is not None:
        # "since the beginning of December", "since early October": the month, not its first day
        precision = "month" if t.approximate and t.precision == "day" else t.precision
        first, last = period(t.start, precision)
        t = replace(t, precision=precision)
        return replace(t, kind="date", start=first, end=last)
    return t


def is_dateline(text: str, t: Timex) -> bool:
    """"BAMAKO, Nov 21 - …", "Bamako, 16 November 2023 – …": the date of the report, not of an event."""
    return t.char_start < 40 and bool(re.match(r"\s*\)?\s*[-–—]\s", text[t.char_end :]))


def _conjoined(text: str, timexes: list[Timex]) -> bool:
    """Dates listed together ("in 2020 and 2021", "2012, 2015 and 2020")."""
    return all(re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*(?:in\s+)?", text[a.char_end : b.char_start]) for a, b in zip(timexes, timexes[1:]))


# ---------------------------------------------------------------------------------------------
# The per-article stage

# Violence happens somewhere: a battle or a strike the sentence does not place takes the place
# its paragraph has named. A coup or a statement does not.
PLACED_BY_CONTEXT = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])


@cache
def _locative_re(language: str) -> re.Pattern:
    w = _words(language)
    words = "|".join(map(re.escape, w["locative_words"]))
    return re.compile(rf"\b(?:{words})\s+(?:[\w’'-]+\s+){{0,{w['locative_gap_words']}}}$", re.IGNORECASE)


def located_places(text: str, names: list[NameMatch], language: str) -> list[NameMatch]:
    """Places the sentence says something happened at, after a locative word ("near Kidal", "in
    the town of Konna"). "Towards the capital Bamako", "turned to Russia" and "Russia's Wagner
    Group" locate nothing."""
    locative = _locative_re(language)
    return [n for n in names if n.kind == "place" and locative.search(text[max(0, n.start - 60) : n.start])]


def object_place(text: str, trigger_end: int, names: list[NameMatch], language: str) -> str | None:
    """The place an event is done to: "seized the rebel stronghold of Kidal", "attacked Gao"."""
    gap = _words(language)["locative_gap_words"]
    for n in names:
        between = text[trigger_end : n.start]
        if n.kind == "place" and n.start >= trigger_end and re.fullmatch(rf"\s+(?:(?!(?:with|to|from|towards?|against|by|for)\b)[\w’'-]+\s+){{0,{gap}}}", between, re.IGNORECASE):
            return n.id
    return None


@cache
def _place_object_res(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for event_type, rule in _words(language)["place_object_verbs"].items():
        verbs = "|".join(map(_phrase, sorted(rule["verbs"], key=len, reverse=True)))
        out.append((re.compile(rf"\b({verbs})\s+(?:(?:back|control\s+of|it|them)\s+)?(?:[\w’'-]+\s+){{0,{rule['gap_words']}}}$", re.IGNORECASE), event_type))
    return tuple(out)


def place_object_triggers(text: str, names: list[NameMatch], triggers: list[tuple[int, int, str]], language: str) -> list[tuple[int, int, str]]:
    """Triggers the lexicon cannot see alone: a verb whose object is a known place ("took Kidal",
    "seized the town of Diabaly", "was leaving Mali"), added to the others."""
    added: list[tuple[int, int, str]] = []
    for n in names:
        if n.kind != "place":
            continue
        window = text[max(0, n.start - 60) : n.start]
        for pattern, event_type in _place_object_res(language):
            m = pattern.search(window)
            if m is None or re.search(r"[.;:!?,]", window[m.start() :]):
                continue
            start = n.start - len(window) + m.start(1)
            end = start + len(m.group(1))
            if not any(start < e and s < end for s, e, _ in [*triggers, *added]):
                added.append((start, end, event_type))
            break
    return sorted([*triggers, *added])


def agent(actor_names: list[NameMatch], clause: tuple[int, int], trigger_start: int) -> str | None:
    """The actor named last before a trigger in its clause: who does it."""
    before = [n for n in actor_names if clause[0] <= n.start and n.end <= trigger_start]
    return before[-1].id if before else None


def by_agent(event_type: str, agent_kinds: list[str], language: str) -> str:
    """The type as its agent makes it (a town seized by the army is territory regained)."""
    w = _words(language)["state_agents"]
    if not agent_kinds or agent_kinds[0] not in w["actor_types"]:
        return event_type
    return w["retype"].get(event_type, event_type)


def by_object(event_type: str, clause: str, language: str) -> str:
    """The type as its object makes it (expelling an ambassador is a diplomatic break)."""
    rule = _words(language).get("object_retype", {}).get(event_type)
    if rule and re.search(rf"\b(?:{'|'.join(map(_phrase, rule['words']))})\b", clause, re.IGNORECASE):
        return rule["type"]
    return event_type


def agent_kinds(text: str, actor_names: list[NameMatch], clause: tuple[int, int], trigger_start: int, language: str) -> list[str]:
    """The actor type of who does it: a named actor, else what "the army" points at; nobody
    when a pronoun is the trigger's subject ("soldiers they had captured when they overran")."""
    if re.search(r"\b(?:they|it|he|she|we|who|which)\s+(?:(?:had|have|has|then|also|later|first|again)\s+)*$", text[max(clause[0], trigger_start - 40) : trigger_start], re.IGNORECASE):
        return []
    named = agent(actor_names, clause, trigger_start)
    if named:
        return [actors()[named].fields.get("type", "")]
    return anaphor_kinds(text[max(clause[0], trigger_start - 60) : trigger_start], language)


def _phrase(words: str) -> str:
    """A phrase as a pattern whose spaces match any white space (wrapped lines)."""
    return r"\s+".join(map(re.escape, words.split()))


@cache
def _anaphora(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    table = _words(language)["speaker_anaphora"]
    return tuple(
        (re.compile(rf"(?:^|\W)(?:{'|'.join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))})(?:\s+(?:had|has|have|also|later|then|again|earlier|first|previously|itself))*\s*(?:,\s*)?$", re.IGNORECASE), kind)
        for kind, phrases in table.items()
    )


def _appositive_speaker(text: str, start: int, actor_names: list[NameMatch], language: str) -> str | None:
    """"Mohamed X, spokesperson for the CSP alliance, stated …": the last actor before the verb
    when no other event or saying stands between them."""
    before = [n for n in actor_names if n.end <= start]
    if not before:
        return None
    between = text[before[-1].end : start]
    saying = rf"\b(?:{'|'.join(map(re.escape, _words(language)['reporting_words']))})\b"
    if find_triggers(between, True) or re.search(saying, between, re.IGNORECASE):
        return None
    return before[-1].id


def speaker(text: str, trigger: tuple[int, int, str], clause: tuple[int, int], actor_names: list[NameMatch], article_actors: list[str], language: str) -> str | None:
    """Who says it: the actor named last before the verb in its clause ("Russia's Wagner Group on
    Monday confirmed"), or right after it in an inverted quote ('…," said the army'), or the
    actor named last before of the kind a phrase like "the army" or "the group" points at; else
    nobody. ``article_actors``: the article's actors in order of first mention so far."""
    start, end, _ = trigger
    named = agent(actor_names, clause, start) or _appositive_speaker(text, start, actor_names, language)
    if named:
        return named
    after = [n for n in actor_names if n.start >= end and re.fullmatch(r"\s*(?:by\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}", text[end : n.start])]
    if after and re.search(r"[,\"”’]\s*$", text[:start]):
        return after[0].id
    # "In an interview broadcast on Sunday, prime minister X said …": the main clause's subject
    saying = rf"\b(?:{'|'.join(map(re.escape, _words(language)['reporting_words']))})\b"
    subject = [n for n in actor_names if n.start >= end and re.match(rf"[^.;:]{{0,30}}?{saying}", text[n.end :], re.IGNORECASE)]
    if subject and not re.search(saying, text[end : subject[0].start], re.IGNORECASE):
        return subject[0].id
    registry = actors()
    defaults = _words(language)["speaker_defaults"]
    head = text[max(clause[0], start - 60) : start]
    later = re.search(saying, text[end:], re.IGNORECASE)
    if not anaphor_kinds(head, language) and later and not re.search(r"[.;:]", text[end : end + later.start()]):
        head = text[end : end + later.start()]  # "In a statement on January 7, the army said …"
    for kind in anaphor_kinds(head, language):
        of_kind = [a for a in article_actors if _of_kind(registry[a].fields, kind)]
        if of_kind:
            return of_kind[-1]  # the one named last before
        if kind in defaults:
            return defaults[kind]
    return None


def _of_kind(fields: dict, kind: str) -> bool:
    """Whether an actor is one a phrase of ``kind`` can point at ("organisation": any body)."""
    if fields.get("generic") == "true":
        return False
    if kind == "organisation":
        return fields.get("type") not in ("person", "civilians", "media")
    return fields.get("type") == kind


def anaphor_kinds(head: str, language: str) -> list[str]:
    """The actor types a phrase ending ``head`` can point at ("the army" → state_force)."""
    return [kind for pattern, kind in _anaphora(language) if pattern.search(head)]


def mentions_of_article(source_id: str, contexts: list[SentenceContext], language: str = "en") -> list[Mention]:
    """Every event mention of one article (a pure function of its sentences, dates and names)."""
    types = event_types()
    registry = actors()
    out: list[Mention] = []
    last_place: dict[int, str] = {}  # paragraph → last place named in it
    previous_paragraph = None
    article_actors: list[str] = []  # in order of appearance, up to the current sentence
    for ctx in contexts:
        s = ctx.sentence
        text = s.text
        opens_paragraph = s.paragraph_index != previous_paragraph
        previous_paragraph = s.paragraph_index
        cut = dateline_end(text, language) if opens_paragraph and s.kind == "body" else 0
        ctx = replace_context(ctx, cut)
        # "pro-Kremlin bloggers", "anti-French protests": a name as an attribute acts in nothing
        actor_names = [n for n in ctx.names if n.kind == "actor" and not re.search(r"\b(?:pro|anti)[-‑]$", text[max(0, n.start - 5) : n.start], re.IGNORECASE)]
        article_actors = [a for a in article_actors if a not in {n.id for n in actor_names}] + [n.id for n in actor_names]
        has_person = any(registry[n.id].fields.get("type") == "person" for n in actor_names)
        spans = clauses(text, language, ctx.timexes)
        triggers = place_object_triggers(text, ctx.names, find_triggers(text, has_person), language)
        place_names = located_places(text, ctx.names, language)
        sentence_place = most_specific(list(dict.fromkeys(n.id for n in place_names)))
        owner = owners(text, triggers, ctx.timexes, language)
        for k, trigger in enumerate(triggers):
            t_start, t_end, event_type = trigger
            etype = types[event_type]
            lo, hi = reach(text, spans, _clause_of(spans, t_start), ctx.timexes, language)
            near_actors = [n.id for n in actor_names if lo <= n.start and n.end <= hi]
            if _is_saying(event_type):  # a saying is an event only with a speaker, named first
                who = speaker(text, trigger, spans[_clause_of(spans, t_start)], actor_names, article_actors, language)
                near_actors = [who, *near_actors] if who else []
            actor_ids = tuple(dict.fromkeys(near_actors))
            near_places = [n.id for n in place_names if lo <= n.start and n.end <= hi]
            place_id = object_place(text, t_end, ctx.names, language) or most_specific(list(dict.fromkeys(near_places))) or sentence_place
            event_type = by_agent(event_type, agent_kinds(text, actor_names, (lo, hi), t_start, language), language)
            event_type = by_object(event_type, text[lo:hi], language)
            etype = types[event_type]
            place_basis = "sentence" if place_id else "none"
            if place_id is None and s.paragraph_index in last_place and etype.acled_event_type in PLACED_BY_CONTEXT:
                place_id, place_basis = last_place[s.paragraph_index], "inherited"
            if etype.needs_actor and not actor_ids:
                continue
            if etype.needs_person and not any(registry[a].fields.get("type") == "person" for a in actor_ids):
                continue
            for n, (timex_index, basis, timex) in enumerate(date_for(text, triggers, k, ctx.timexes, owner, language)):
                if etype.needs_date and (timex is None or timex.precision not in ("day", "week")):
                    continue
                if etype.needs_any_date and timex is None:
                    continue
                suffix = f"/{n}" if n else ""
                out.append(
                    Mention(
                        mention_id=f"{source_id}:{s.char_start + t_start}-{s.char_start + t_end}{suffix}",
                        **quoted(source_id, ctx),
                        trigger=text[t_start:t_end],
                        trigger_start=s.char_start + t_start,
                        trigger_end=s.char_start + t_end,
                        event_type=event_type,
                        start_date=timex.start if timex else None,
                        end_date=timex.end if timex else None,
                        date_precision=timex.precision if timex else None,
                        date_approximate=timex.approximate if timex else False,
                        date_basis=basis,
                        timex_id=ctx.timex_ids[timex_index] if timex is not None and ctx.timex_ids else None,
                        tense=timex.tense if timex else "past",
                        actor_ids=actor_ids,
                        place_id=place_id,
                        place_basis=place_basis,
                    )
                )
        if sentence_place:
            last_place[s.paragraph_index] = sentence_place
    return _drop_sayings_of_announcements(_collapse_same_sentence(_inherit_dates(out, contexts)), language)


def _drop_sayings_of_announcements(mentions: list[Mention], language: str) -> list[Mention]:
    """"The government said on Sunday it was cutting ties with Ukraine" is one event, the cutting
    of ties: a saying whose date dates an announced event told in it is not a second event."""
    types = event_types()
    announced = {(m.sentence_id, m.timex_id) for m in mentions if m.date_basis in ("reported", "announced") and types[m.event_type].dated_by_report}
    return [m for m in mentions if not (_is_saying(m.event_type) and (m.sentence_id, m.timex_id) in announced and not _gives_toll(m.quote, language))]


def _gives_toll(text: str, language: str) -> bool:
    """A saying that gives a toll ("said 203 militants were neutralised and 51 arrested") is an
    event of its own, whatever else it announces."""
    words = _words(language)["toll_words"]
    return bool(re.search(rf"\b(?:\d[\d,]*|dozens|scores|hundreds)\b(?:\W+\w+){{0,4}}?\W+(?:{'|'.join(map(_phrase, words))})\b", text, re.IGNORECASE))


def _inherit_dates(mentions: list[Mention], contexts: list[SentenceContext]) -> list[Mention]:
    """An undated mention in a sentence without any date takes the date of the same kind of
    event told in the sentence just before it, in the same paragraph ("On Thursday, fighting
    erupted near Kidal. The clashes left …"), recorded as ``inherited``."""
    types = event_types()
    order = {ctx.sentence_id: (ctx.sentence.paragraph_index, ctx.sentence.sentence_index) for ctx in contexts}
    dateless = {ctx.sentence_id for ctx in contexts if not any(t.kind != "duration" for t in ctx.timexes)}
    by_sentence: dict[str, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_id, []).append(m)
    previous_of = {}
    ordered = sorted(order, key=order.get)
    for before, after in zip(ordered, ordered[1:]):
        if order[before][0] == order[after][0]:
            previous_of[after] = before
    out = []
    for m in mentions:
        prior = previous_of.get(m.sentence_id)
        if m.date_basis == "undated" and m.sentence_id in dateless and prior:
            group = types[m.event_type].merge_group
            donor = next(
                (d for d in by_sentence.get(prior, []) if d.date_basis == "occurred" and types[d.event_type].merge_group == group),
                None,
            )
            if donor is not None:
                m = replace(m, start_date=donor.start_date, end_date=donor.end_date, date_precision=donor.date_precision,
                            date_approximate=donor.date_approximate, date_basis="inherited", timex_id=donor.timex_id, tense=donor.tense)
        out.append(m)
    return out


def _drop_undated_twins(mentions: list[Mention]) -> list[Mention]:
    """"Keita was ousted in a coup in August 2020": two triggers a few words apart telling one
    event; the undated one is the dated one's, not an event of its own."""
    types = event_types()
    group = lambda m: types[m.event_type].merge_group  # noqa: E731
    return [
        m for m in mentions
        if m.start_date is not None or not any(
            o is not m and o.sentence_id == m.sentence_id and o.start_date is not None and group(o) == group(m)
            and min(abs(o.trigger_start - m.trigger_end), abs(m.trigger_start - o.trigger_end)) <= UNDATED_TWIN_CHARS
            for o in mentions
        )
    ]


UNDATED_TWIN_CHARS = 30  # at most a short phrase apart ("was ousted in a military coup")


def _collapse_same_sentence(mentions: list[Mention]) -> list[Mention]:
    """Triggers of one merge group with the same date in one sentence are one mention
    ("the 2012 uprising that led to a brief Islamist takeover"): the first in lexicon order."""
    types = event_types()
    priority = {name: i for i, name in enumerate(types)}
    kept: list[Mention] = []
    for m in _drop_undated_twins(mentions):
        twin = next(
            (k for k in kept if k.sentence_id == m.sentence_id and types[k.event_type].merge_group == types[m.event_type].merge_group
             and (k.start_date, k.end_date) == (m.start_date, m.end_date)),
            None,
        )
        if twin is None:
            kept.append(m)
        elif priority[m.event_type] < priority[twin.event_type]:
            kept[kept.index(twin)] = m
    return kept
