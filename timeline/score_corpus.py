"""Scoring a build against a labelled corpus: dates, events and claims, with misses and false rows.

Why: extraction is judged on reporting nobody has shown us, so a curator must be able to label a
few articles of their own and measure the loaders on them, the same way every time. The gold
format is that of ``../shared/devset`` (README there and in ``docs/evaluation.md``):
``gold_timex.csv``, ``gold_events.csv`` and ``gold_claims.csv`` beside ``sources.csv``.

Counting: ``must`` rows make recall; ``optional`` rows may be found or missed (a found one is no
false row); ``hard`` rows are scored apart. A found row pairs with at most one gold row.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from timeline.errors import InputError
from timeline.dateline_check import dateline_places
from timeline.names import actors, fold, places

if TYPE_CHECKING:
    from timeline.record_cache import RecordCache

GOLD_FILES = {
    "timex": ("gold_timex.csv", ("source_id", "text", "occurrence", "kind", "start", "end", "precision", "status")),
    "events": ("gold_events.csv", ("gold_id", "status", "start", "end", "precision", "keys", "sources", "description")),
    "claims": ("gold_claims.csv", ("claim_id", "status", "source_id", "claimant_keys", "subject_keys", "quantity", "low", "high", "quote_hint")),
}
STATUSES = ("must", "optional", "hard")


@dataclass
class Part:
    """One part's counts: found rows, gold rows by status, and what paired."""

    name: str
    predicted: int = 0  # found rows that are scored
    true_rows: int = 0  # found rows that pair with any gold row
    must: int = 0
    must_found: int = 0
    hard: int = 0
    hard_found: int = 0
    misses: list[str] = field(default_factory=list)
    false_rows: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_rows / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.must_found / self.must if self.must else 1.0

    def line(self) -> str:
        hard = f"  hard {self.hard_found}/{self.hard}" if self.hard else ""
        return (f"{self.name:<24} precision {self.precision:.3f} ({self.true_rows}/{self.predicted})  "
                f"recall {self.recall:.3f} ({self.must_found}/{self.must}){hard}")


@dataclass
class Report:
    parts: dict[str, Part]
    invented_figures: list[str]
    dateline_places: list[str]
    validation: str | None = None  # the build's validation summary, when it failed

    def summary(self) -> str:
        lines = [p.line() for p in self.parts.values()]
        lines.append(f"{'invented figures':<24} {len(self.invented_figures)}")
        lines.append(f"{'dateline places':<24} {len(self.dateline_places)}")
        return "\n".join(lines)

    def details(self) -> str:
        out = []
        for p in self.parts.values():
            for title, rows in (("missed", p.misses), ("false rows", p.false_rows)):
                if rows:
                    out.append(f"\n{p.name}: {title} ({len(rows)})")
                    out.extend(f"  {r}" for r in rows)
        for title, rows in (("invented figures", self.invented_figures), ("events placed at a dateline city", self.dateline_places)):
            if rows:
                out.append(f"\n{title} ({len(rows)})")
                out.extend(f"  {r}" for r in rows)
        return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Gold


def read_gold(folder: Path, kind: str) -> list[dict[str, str]]:
    """One gold file, its header and statuses checked; errors name the file and row."""
    name, columns = GOLD_FILES[kind]
    path = folder / name
    if not path.is_file():
        raise InputError(path, f"not found; a labelled corpus needs {name} with columns {','.join(columns)}")
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(path, f"missing column(s) {', '.join(missing)}", line=1)
        rows = []
        for number, row in enumerate(reader, start=1):
            row = {k: (v or "").strip() for k, v in row.items() if k is not None}
            if row["status"] not in STATUSES:
                raise InputError(path, f"status {row['status']!r} is not one of {', '.join(STATUSES)}", row=number)
            rows.append(row)
    return rows


def pair(options: list[list[object]]) -> dict[int, object]:
    """A maximum one-to-one pairing of gold rows (in priority order) with found rows: ``options[i]``
    lists the found rows gold row ``i`` may pair with. A later row never unpairs an earlier one,
    so `must` rows listed first keep their partners (augmenting paths, Kuhn's algorithm)."""
    owner: dict[object, int] = {}

    def claim(i: int, seen: set) -> bool:
        for found in options[i]:
            if found in seen:
                continue
            seen.add(found)
            if found not in owner or claim(owner[found], seen):
                owner[found] = i
                return True
        return False

    for i in range(len(options)):
        claim(i, set())
    return {i: found for found, i in owner.items()}


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _int(value: str) -> int | None:
    return int(value) if value else None


@lru_cache(maxsize=None)
def _keys(pattern: str) -> re.Pattern:
    return re.compile(pattern or r"(?s:.)", re.IGNORECASE)


Rows = list[tuple[object, dict]]


def _rows(frame: pd.DataFrame) -> Rows:
    """A table as (index, row) pairs in index order.

    Why: scoring asks many small questions of each row; a pandas lookup per question (``.loc``,
    a boolean mask per gold row) made scoring cost as much as the build it scores."""
    return sorted(zip(frame.index, frame.to_dict("records")), key=lambda pair: pair[0])


def _by_source(rows: Rows) -> dict[str, Rows]:
    out: dict[str, Rows] = defaultdict(list)
    for i, row in rows:
        out[row["source_id"]].append((i, row))
    return out


# ---------------------------------------------------------------------------------------------
# Dates


def _locate(raw: str, text: str, occurrence: int) -> tuple[int, int] | None:
    at = -1
    for _ in range(occurrence):
        at = raw.find(text, at + 1)
        if at < 0:
            return None
    return at, at + len(text)


def _timex_value_ok(found: dict, gold: dict, published: date) -> bool:
    """Value exact: a duration is a duration; a date or a range is its interval (``date`` and
    ``range`` both denote one, so "last week" is right as either), at the labelled precision."""
    if (gold["kind"] == "duration") != (found["kind"] == "duration"):
        return False
    if gold["kind"] == "duration" or gold["start"] == "":  # an anchor the labeller leaves open
        return True
    if pd.isna(found["start"]):
        return False
    start, end = pd.Timestamp(found["start"]).date(), pd.Timestamp(found["end"]).date()
    g_start, g_end = _day(gold["start"]), _day(gold["end"])
    if gold["precision"] not in ("", "*") and found["precision"] != gold["precision"]:
        return False
    cut_at_publication = g_end > published and end == published  # "July 2024" in a July article
    return start == g_start and (end == g_end or cut_at_publication)


def score_timexes(frames: dict[str, pd.DataFrame], gold: list[dict], raw: dict[str, str]) -> Part:
    part = Part("dates (value exact)")
    published = dict(zip(frames["sources"]["source_id"], frames["sources"]["published"].dt.date))
    found = _rows(frames["timexes"])
    by_source = _by_source(found)
    used: set[object] = set()
    for g in gold:
        span = _locate(raw.get(g["source_id"], ""), g["text"], int(g["occurrence"] or 1))
        if span is None:
            raise InputError("gold_timex.csv", f"{g['text']!r} (occurrence {g['occurrence']}) is not in article {g['source_id']}")
        hit = next(((i, row) for i, row in by_source.get(g["source_id"], []) if i not in used and row["char_start"] < span[1] and row["char_end"] > span[0]), None)
        if hit is not None:
            used.add(hit[0])
        ok = hit is not None and _timex_value_ok(hit[1], g, published[g["source_id"]])
        _count(part, g, ok, f"{g['source_id']} {g['text']!r} → {_describe_timex(hit[1]) if hit is not None else 'not found'}, expected {g['kind']} {g['start']}..{g['end']}")
    sources = {g["source_id"] for g in gold}
    part.predicted = sum(row["source_id"] in sources for _, row in found)
    part.true_rows = len(used)
    for i, row in found:
        if i not in used and row["source_id"] in raw:
            part.false_rows.append(f"{row['source_id']} {row['text']!r} → {_describe_timex(row)}")
    return part


def _describe_timex(row: dict) -> str:
    return row["kind"] if row["kind"] == "duration" else f"{row['kind']} {_iso(row['start'])}..{_iso(row['end'])} ({row['precision']})"


def _iso(value: object) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _count(part: Part, g: dict, ok: bool, what: str) -> None:
    if g["status"] == "must":
        part.must += 1
        part.must_found += ok
        if not ok:
            part.misses.append(what)
    elif g["status"] == "hard":
        part.hard += 1
        part.hard_found += ok


# ---------------------------------------------------------------------------------------------
# Events


def event_words(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """An event's own words: title, type, actor and place names, its mentions' trigger words."""
    registry_actors, registry_places = actors(), places()
    triggers = frames["mentions"].dropna(subset=["event_id"]).groupby("event_id")["trigger"].agg(" | ".join)
    out = {}
    for e in frames["events"].itertuples():
        names = [registry_actors[a].fields["name"] for a in e.actor_ids if a in registry_actors]
        place = registry_places[e.place_id].fields["name"] if isinstance(e.place_id, str) else ""
        own = " | ".join([e.title, e.event_type.replace("_", " "), *names, place, triggers.get(e.event_id, "")])
        out[e.event_id] = f"{own} || {fold(own)}"  # gold keys are written without accents: "goita" finds "Goïta"
    return out


def score_events(frames: dict[str, pd.DataFrame], gold: list[dict]) -> tuple[Part, Part]:
    """Exact interval, and overlapping interval; each event pairs with one gold row at most."""
    events = frames["events"]
    words = event_words(frames)
    bounds = {e.event_id: (e.start_date.date(), e.end_date.date()) for e in events.itertuples()}
    order = sorted(gold, key=lambda g: STATUSES.index(g["status"]))  # must rows claim their events first
    named = [[eid for eid in bounds if _keys(g["keys"]).search(words[eid])] for g in order]  # the events each row's keys find
    parts = []
    for name, fits in (("events (exact interval)", lambda a, b: a == b), ("events (overlap)", lambda a, b: a[0] <= b[1] and b[0] <= a[1])):
        part = Part(name)
        options = [[eid for eid in named[i] if fits(bounds[eid], (_day(g["start"]), _day(g["end"])))] for i, g in enumerate(order)]
        paired = pair(options)
        for i, g in enumerate(order):
            near = [f"{eid[:9]} {bounds[eid][0]}..{bounds[eid][1]} {words[eid][:60]!r}" for eid in named[i][:2]]
            _count(part, g, i in paired, f"{g['gold_id']} {g['start']}..{g['end']} {g['description']}" + (f" (nearest: {'; '.join(near)})" if i not in paired and near else ""))
        used = set(paired.values())
        part.predicted = len(events)
        part.true_rows = len(used)
        for eid in bounds:
            if eid not in used:
                part.false_rows.append(f"{eid} {bounds[eid][0]}..{bounds[eid][1]} {words[eid][:90]!r}")
        parts.append(part)
    return parts[0], parts[1]


# ---------------------------------------------------------------------------------------------
# Claims


def _claim_words(c: dict, role: str) -> str:
    registry_actors = actors()
    actor = c[f"{role}_id"]
    name = registry_actors[actor].names if isinstance(actor, str) and actor in registry_actors else []
    label = c[f"{role}_label"] if isinstance(c[f"{role}_label"], str) else ""
    own = " | ".join([actor if isinstance(actor, str) else "", label, *name])
    return f"{own} || {fold(own)}"


def _figure_ok(c: dict, g: dict) -> bool:
    low, high = _int(g["low"]), _int(g["high"])
    value = lambda v: None if pd.isna(v) else int(v)  # noqa: E731
    return c["quantity"] == g["quantity"] and (low is None or value(c["value_low"]) == low) and (high is None or value(c["value_high"]) == high)


def score_claims(frames: dict[str, pd.DataFrame], gold: list[dict]) -> tuple[Part, list[str]]:
    """Figure + quantity + claimant + subject; claims with no figure ("heavy losses") are not scored."""
    claims = frames["claims"]
    sources = {g["source_id"] for g in gold} | set(frames["sources"]["source_id"])
    figures = [(i, c) for i, c in _rows(claims) if (pd.notna(c["value_low"]) or pd.notna(c["value_high"])) and c["source_id"] in sources]
    by_source = _by_source(figures)
    words = {i: (_claim_words(c, "claimant"), _claim_words(c, "subject")) for i, c in figures}
    part = Part("claims (figure+claimant)")
    order = sorted(gold, key=lambda g: STATUSES.index(g["status"]))
    options = []
    for g in order:
        claimant, subject = _keys(g["claimant_keys"]), _keys(g["subject_keys"])
        options.append([
            i for i, c in by_source.get(g["source_id"], [])
            if _figure_ok(c, g) and claimant.search(words[i][0]) and subject.search(words[i][1])
        ])
    paired = pair(options)
    for n, g in enumerate(order):
        near = [_describe_claim(c) for _, c in by_source.get(g["source_id"], []) if _figure_ok(c, g)][:1] if n not in paired else []
        shown = f" (found as: {near[0]})" if near else ""
        _count(part, g, n in paired, f"{g['claim_id']} {g['source_id']} {g['quantity']} {g['low']}..{g['high']} {g['quote_hint']!r}{shown}")
    used = set(paired.values())
    part.predicted = len(figures)
    part.true_rows = len(used)
    invented = []
    for i, c in figures:
        if i in used:
            continue
        part.false_rows.append(_describe_claim(c))
        same_figure = any(g["source_id"] == c["source_id"] and _figure_ok(c, g) for g in gold)
        if not same_figure:
            invented.append(_describe_claim(c))
    return part, invented


def _describe_claim(c: dict) -> str:
    low = "" if pd.isna(c["value_low"]) else int(c["value_low"])
    high = "" if pd.isna(c["value_high"]) else int(c["value_high"])
    return f"{c['source_id']} {c['quantity']} {low}..{high} {c['figure']!r} claimant {c['claimant_label']!r} subject {c['subject_label']!r}"


# ---------------------------------------------------------------------------------------------
# The whole report


def score(frames: dict[str, pd.DataFrame], folder: Path, raw: dict[str, str]) -> Report:
    """Score built tables against the gold files of a corpus folder."""
    exact, overlap = score_events(frames, read_gold(folder, "events"))
    claims, invented = score_claims(frames, read_gold(folder, "claims"))
    parts = {
        "dates": score_timexes(frames, read_gold(folder, "timex"), raw),
        "events": exact,
        "events_overlap": overlap,
        "claims": claims,
    }
    return Report(parts, invented, dateline_places(frames, raw))


def evaluate_corpus(folder: Path | str, today: date | None = None, cache: RecordCache | Path | str | bool | None = None) -> Report:
    """Build a labelled corpus folder in memory (no table is written) and score it against its gold.

    ``cache`` as for ``timeline.build`` (None: the default folder; False: none): a curator who
    edits the gold scores again without extracting every article again; a changed article or a
    changed line of code is always computed afresh."""
    from timeline.article_map import map_articles
    from timeline.corpus import load_corpus
    from timeline.errors import ValidationFailed
    from timeline.pipeline import assemble
    from timeline.record_cache import open_cache
    from timeline.validate import check_tables

    folder = Path(folder)
    for kind in GOLD_FILES:
        read_gold(folder, kind)  # a missing or broken gold file stops before the build
    articles = load_corpus(folder, today=today)
    store = open_cache(cache)
    frames = assemble(articles, map_articles(articles, jobs=1, cache=store))
    problem = None
    try:
        check_tables(frames)
    except ValidationFailed as exc:
        problem = exc.summary
    report = score(frames, folder, {a.source_id: a.text for a in articles})
    report.validation = problem
    return report
