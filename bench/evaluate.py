"""Benchmark: extraction scored on every labelled corpus, with the full lists of misses.

    .venv/bin/python bench/evaluate.py [--summary]

Corpora: tests/fixtures/devcorpus_a, tests/fixtures/devcorpus_b and ../shared/devset (when it
is beside the repository). The figures measured when the floors in tests/test_evaluate.py were
last set are printed beside each score (BASELINE below); update both together.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline.score_corpus import evaluate_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "devcorpus_a": ROOT / "tests" / "fixtures" / "devcorpus_a",
    "devcorpus_b": ROOT / "tests" / "fixtures" / "devcorpus_b",
    "devset": ROOT.parent / "shared" / "devset",
}
# (precision, recall) per part when the floors were set; invented figures and dateline places.
BASELINE = {
    "devcorpus_a": {"dates": (1.000, 0.975), "events": (0.792, 0.810), "claims": (None, None)},
    "devcorpus_b": {"dates": (0.993, 0.961), "events": (0.797, 0.673), "claims": (None, None)},
    "devset": {"dates": (1.000, 1.000), "events": (0.818, 1.000), "claims": (None, None)},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="scores only")
    args = parser.parse_args()
    for name, folder in CORPORA.items():
        if not (folder / "sources.csv").is_file():
            print(f"\n== {name}: not found at {folder}, skipped")
            continue
        report = evaluate_corpus(folder)
        print(f"\n== {name}")
        for key, part in report.parts.items():
            base = BASELINE[name].get(key)
            was = f"   (baseline P {base[0]} R {base[1]})" if base and base[0] is not None else ""
            print(part.line() + was)
        print(f"invented figures {len(report.invented_figures)}, dateline places {len(report.dateline_places)}")
        if not args.summary:
            print(report.details())


if __name__ == "__main__":
    main()
