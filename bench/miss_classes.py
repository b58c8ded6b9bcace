"""Benchmark: why each missed must event of the labelled corpora was missed, by class.

    .venv/bin/python bench/miss_classes.py [CORPUS ...] [--jobs N] [--show N]

For every must event the evaluation misses, the sentences of its source articles whose date
expression resolves to the gold interval are read again:

- ``date``: no date expression of its sources resolves to the gold interval;
- ``trigger``: such a sentence exists, but no event trigger was found in it (the lexicon);
- ``dating``: a trigger was found there, but it took another date or none (clause dating);
- ``linking``: a mention of that sentence has the exact interval, yet no event row paired
  (linking, merging, or words the gold keys do not match).

Why: new rules should go where misses are; this prints the share of each class beside the
counts the last session measured (BASELINE), and a few examples of each.
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from evaluate import CORPORA

from timeline.corpus import load_corpus
from timeline.pipeline import process_article
from timeline.score_corpus import evaluate_corpus

CLASSES = ("date", "trigger", "dating", "linking")
BASELINE = {"date": 181, "trigger": 978, "dating": 461, "linking": 721}  # 2026-12-05, the 334 corpora before LV


def classify(name: str) -> list[tuple[str, str, str, str]]:
    """(class, corpus, gold id, an example sentence) for each missed must event of a corpus."""
    folder = CORPORA[name]
    missed = {line.split()[0] for line in evaluate_corpus(folder).parts["events"].misses}
    with open(folder / "gold_events.csv", encoding="utf-8") as f:
        gold = [g for g in csv.DictReader(f) if g["gold_id"] in missed and g["status"] == "must"]
    if not gold:
        return []
    records = {a.source_id.lower(): process_article(a) for a in load_corpus(folder)}
    out = []
    for g in gold:
        found, example = "date", ""
        for sid in g["sources"].split():
            r = records.get(sid.lower())
            if r is None:
                continue
            texts = {s["sentence_id"]: s["text"] for s in r["sentences"]}
            dated = {t["sentence_id"] for t in r["timexes"] if str(t.get("start")) == g["start"] and str(t.get("end")) == g["end"]}
            for sentence in dated:
                mentions = [m for m in r["mentions"] if m.sentence_id == sentence]
                exact = [m for m in mentions if str(m.start_date) == g["start"] and str(m.end_date) == g["end"]]
                kind = "linking" if exact else "dating" if mentions else "trigger"
                if CLASSES.index(kind) > CLASSES.index(found):
                    found, example = kind, " ".join(texts.get(sentence, "").split())[:200]
        out.append((found, name, g["gold_id"], example))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    parser.add_argument("corpora", nargs="*", help="corpus names (default: all but the devset)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=5, help="examples printed per class")
    args = parser.parse_args()
    names = [n if n in CORPORA else f"devcorpus_{n}" for n in args.corpora] or [n for n in CORPORA if n != "devset"]
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for part in pool.map(classify, names) for row in part]
    counts = Counter(row[0] for row in rows)
    total = max(len(rows), 1)
    for kind in CLASSES:
        print(f"{kind:8} {counts[kind]:5} ({counts[kind] / total:.0%})   baseline {BASELINE[kind]}")
    rng = random.Random(0)
    for kind in CLASSES:
        examples = [row for row in rows if row[0] == kind]
        for _, name, gold_id, text in rng.sample(examples, min(args.show, len(examples))):
            print(f"  {kind:8} {name} {gold_id}: {text}")


if __name__ == "__main__":
    main()
