"""Build a synthetic corpus (bench/synthetic.py) and time each stage of the build.

Why: the build must stay whole and quick at the size of a real corpus. This writes a corpus of
``--articles`` articles, runs the build's stages on it (load, the per-article map, linking and
the rest of assembling, validation, writing Parquet) and prints seconds per stage and rows per
table beside the baseline below. When validation fails it prints, per failing rule, up to three
example rows (for events: the event and its mentions' quotes and dates), so the failure can be
read without opening the tables.

    .venv/bin/python bench/build_corpus.py [--articles 1000] [--seed 1] [--in-repo] [--keep DIR]

Baseline (1,000 articles, seed 1, every template folder, one core of the development machine,
2026-12-01; the printed "baseline" column): generate 0.7 s, load 0.1, per-article map 8.4,
linking and assembling 0.7, validate 0.5, write 0.4. The first baseline of this script (before
the Aho–Corasick name matcher, blocked linking and the faster validation) was 38 s for the map
and 38 s for linking and assembling; before linking's Cluster compared by identity, assembling
took 418 s. For wall time on every core, rebuilds and 3,000 and 10,000 articles, use
bench/build.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import IN_REPO_FOLDERS, TEMPLATE_FOLDERS, load_templates, make_corpus  # noqa: E402

from timeline import datapackage, pipeline  # noqa: E402
from timeline.corpus import load_corpus  # noqa: E402
from timeline.storage import write_tables  # noqa: E402
from timeline.validate import failures, summarise  # noqa: E402

BASELINE_SECONDS = {"generate": 0.7, "load": 0.1, "per-article map": 8.4, "linking and assembling": 0.7, "validate": 0.5, "write": 0.4}


def _timed(totals: dict[str, float], name: str, function: Callable) -> Callable:
    """The function, adding its running time to totals[name] at each call."""

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - started

    return wrapper


def assemble_timed(articles: list, totals: dict[str, float]) -> dict[str, pd.DataFrame]:
    """pipeline.assemble, with the per-article map timed apart from the rest."""
    original = pipeline.process_article
    pipeline.process_article = _timed(totals, "per-article map", original)
    started = time.perf_counter()
    try:
        frames = pipeline.assemble(articles)
    finally:
        pipeline.process_article = original
    totals["linking and assembling"] += time.perf_counter() - started - totals["per-article map"]
    return frames


def event_examples(frames: dict[str, pd.DataFrame], event_ids: list[str], indent: str = "  ") -> list[str]:
    """An event row, its mentions (article, publication, trigger, date, quote) and its
    sub-events (whose day-precise mentions also set its bounds), as lines."""
    events = frames["events"].set_index("event_id")
    mentions, published = frames["mentions"], frames["sources"].set_index("source_id")["published"]
    lines = []
    for event_id in event_ids:
        e = events.loc[event_id]
        lines.append(f"{indent}event {event_id} {e['event_type']} {e['start_date']:%Y-%m-%d}..{e['end_date']:%Y-%m-%d} "
                     f"({e['date_precision']}) first_reported {e['first_reported']:%Y-%m-%d} place {e['place_id']}")
        for _, m in mentions[mentions["event_id"] == event_id].iterrows():
            when = "undated" if pd.isna(m["start_date"]) else f"{m['start_date']:%Y-%m-%d}..{m['end_date']:%Y-%m-%d} ({m['date_precision']}, {m['date_basis']})"
            lines.append(f"{indent}  {m['source_id']} published {published[m['source_id']]:%Y-%m-%d}: {m['trigger']!r} {when}")
            lines.append(f"{indent}    {m['quote'][:240]!r}")
        children = list(events.index[events["parent_event_id"] == event_id])
        if children:
            lines.append(f"{indent}  sub-events:")
            lines += event_examples(frames, children, indent + "    ")
    return lines


def failure_examples(frames: dict[str, pd.DataFrame], cases: pd.DataFrame, per_rule: int = 3) -> list[str]:
    """Up to ``per_rule`` examples of each failing rule, events shown with their mentions."""
    lines = []
    for (table, column, rule), group in cases.groupby(["table", "column", "rule"], sort=True):
        lines.append(f"{table}.{column}: {rule}: {len(group)} row(s)")
        keys = [k for k in group["key"].head(per_rule) if k]
        if table == "events" and keys:
            lines += event_examples(frames, keys)
        else:
            lines += [f"  {row['key'] or row['row']}: {row['value']}" for _, row in group.head(per_rule).iterrows()]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--in-repo", action="store_true", help="only the repository's own articles as templates (as the test)")
    parser.add_argument("--keep", type=Path, help="write the corpus and the tables here instead of a temporary folder")
    args = parser.parse_args(argv)
    totals: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        started = time.perf_counter()
        templates = load_templates(IN_REPO_FOLDERS if args.in_repo else TEMPLATE_FOLDERS)
        make_corpus(base / "corpus", args.articles, args.seed, templates)
        totals["generate"] = time.perf_counter() - started
        started = time.perf_counter()
        articles = load_corpus(base / "corpus")
        totals["load"] = time.perf_counter() - started
        frames = assemble_timed(articles, totals)
        started = time.perf_counter()
        cases = failures(frames)
        totals["validate"] = time.perf_counter() - started
        if len(cases) == 0:
            started = time.perf_counter()
            write_tables(frames, base / "tables", lambda folder: datapackage.write(folder, frames))
            totals["write"] = time.perf_counter() - started
    print(f"{len(articles)} articles")
    print(f"{'stage':<24}{'seconds':>10}{'baseline':>10}")
    for stage, seconds in totals.items():
        baseline = BASELINE_SECONDS.get(stage)
        print(f"{stage:<24}{seconds:>10.1f}{'' if baseline is None else f'{baseline:>10.1f}'}")
    print(f"{'total':<24}{sum(totals.values()):>10.1f}")
    print("rows: " + ", ".join(f"{name} {len(df):,}" for name, df in frames.items()))
    if len(cases):
        print(summarise(cases))
        print("\n".join(failure_examples(frames, cases)))
        return 1
    print("validation: no failure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
