"""Benchmark: our date tagger against dateparser's search_dates, side by side.

Prints, for both, precision, recall and exact-value accuracy on the labelled set
(tests/data/timexes_gold.csv) and the held-out set (tests/data/timexes_heldout.csv, written
without seeing the tagger), and characters per second on a large text (the corpus repeated
with varied numbers, at least 5 MB), with their ratio. dateparser is a bench-only extra:

    .venv/bin/pip install -e ".[bench]"
    .venv/bin/python bench/dates.py [--mb 5] [--baseline-chars 200000]

dateparser is timed on a prefix of the large text (``--baseline-chars``), because on the whole
text it would take hours; characters per second is a rate, so the prefix gives the same figure.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from datetime import date, datetime
from pathlib import Path

from timeline.corpus import load_corpus
from timeline.dates import Timex, tag
from timeline.evaluate import Score, load_cases, score, timeline_tagger

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "labelled set": ROOT / "tests" / "data" / "timexes_gold.csv",
    "held-out set": ROOT / "tests" / "data" / "timexes_heldout.csv",
}


def dateparser_tagger(sentence: str, published: date) -> list[Timex]:
    """dateparser's search_dates, as a user would call it, in the scorer's terms (a day each)."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day), "PREFER_DATES_FROM": "past"}
    found = search_dates(sentence, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for text, when in found:
        at = sentence.find(text, pos)
        if at < 0:
            at = sentence.find(text)
        if at < 0:
            continue
        pos = at + len(text)
        day = when.date()
        out.append(Timex(at, at + len(text), text, "date", day, day, "day", False, day.isoformat(), None, "publication", "past"))
    return out


def large_text(megabytes: float, seed: int = 7) -> list[tuple[str, date]]:
    """The corpus's paragraphs repeated until the text is large, with its numbers varied."""
    articles = load_corpus(ROOT / "data" / "raw")
    rng = random.Random(seed)
    chunks: list[tuple[str, date]] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        for article in articles:
            for paragraph in article.text.split("\n"):
                if not paragraph.strip():
                    continue
                varied = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 3)), paragraph)
                chunks.append((varied, article.published))
                size += len(varied)
    return chunks


def chars_per_second(chunks: list[tuple[str, date]], tagger, limit: int | None = None) -> tuple[float, int]:
    done, selected = 0, []
    for text, published in chunks:
        if limit is not None and done >= limit:
            break
        selected.append((text, published))
        done += len(text)
    started = time.perf_counter()
    for text, published in selected:
        tagger(text, published)
    elapsed = time.perf_counter() - started
    return done / elapsed, done


def row(name: str, ours: float, theirs: float, fmt: str = "{:.3f}") -> str:
    ratio = f"{ours / theirs:.1f}×" if theirs else "∞"
    return f"| {name} | {fmt.format(ours)} | {fmt.format(theirs)} | {ratio} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the large text in MB (default 5)")
    parser.add_argument("--baseline-chars", type=int, default=200_000, help="characters dateparser is timed on")
    args = parser.parse_args()

    chunks = large_text(args.mb)
    total = sum(len(t) for t, _ in chunks)
    our_rate, our_chars = chars_per_second(chunks, tag)
    their_rate, their_chars = chars_per_second(chunks, dateparser_tagger, args.baseline_chars)
    print(f"large text: {total / 1e6:.1f} MB; timeline timed on {our_chars:,} chars, dateparser on {their_chars:,} chars (one core)")
    print()
    print("| measure | timeline | dateparser | ratio |")
    print("| --- | --- | --- | --- |")
    for name, path in SETS.items():
        cases = load_cases(path)
        ours: Score = score(cases, timeline_tagger)
        theirs: Score = score(cases, dateparser_tagger)
        label = f"{name} ({ours.expected} expressions, {sum(1 for c in cases if not c.expected)} traps)"
        print(row(f"{label}: precision", ours.precision, theirs.precision))
        print(row(f"{label}: recall", ours.recall, theirs.recall))
        print(row(f"{label}: exact-value accuracy", ours.value_accuracy, theirs.value_accuracy))
    print(row("characters per second", our_rate, their_rate, "{:,.0f}"))


if __name__ == "__main__":
    main()
