"""How fast the build is at 1,000, 3,000 and 10,000 articles, beside the floor and the baseline.

Why: users add articles by the thousand; the build must stay linear and quick. For each size
this writes a synthetic corpus (bench/synthetic.py: the repository's and the shared articles
retold with dates, weekdays, figures and places varied, publication dates spread over
2012–2025), then runs `timeline build` in a child process three times:

- from scratch (an empty cache),
- again with nothing changed (every record from the cache),
- again after one article changed (one record computed),

and prints wall and CPU seconds, articles/s, MB/s, peak RSS, each stage's share, and the ratio
of the from-scratch wall time to the floor: reading every file and running one regular
expression over it.

    .venv/bin/python bench/build.py [--sizes 1000 3000 10000] [--jobs N] [--keep DIR]

Baseline (the development machine: 2 cores of an Intel Xeon, Python 3.11, --jobs 2;
2026-12-07, commit bff7f73; the "baseline" column; README.md, "Building large corpora", has the
full table; the 3,000 row is of 2026-12-04, commit 4b5ccbe):

| articles | scratch wall s | CPU s | articles/s | peak RSS MB | no change s | one changed s |
| --- | --- | --- | --- | --- | --- | --- |
| 1,000 | 19.8 | 37.6 | 50 | 298 | 0.2 | 5.0 |
| 3,000 | 44.2 | 81.8 | 68 | 532 | 0.4 | 8.1 |
| 10,000 | 181.5 | 329.6 | 55 | 1,305 | 1.9 | 36.7 |

(Before session 33's faster map, the same day: 28.3 s and 54.0 s CPU for 1,000 articles, and the
10,000-article corpus failed validation. On 2026-12-01: 7.5 / 13.7 / 133 / 285 / 0.2 / 2.0 for
1,000 and 117.3 / 206.2 / 85 / 1,235 / 2.4 / 29.2 for 10,000: the extraction rules added since for
the blind corpora roughly tripled the map's cost per article.)

(10,000 re-measured after the extraction rules of corpora AO-AS; before them: 85.6 / 150.5 / 117 / 1,228 / 1.7 / 22.1,
and 75.7 / 131.9 / 132 / 1,221 / 1.4 / 19.8 before those of AI-AM. On the same 600 articles the AO-AS rules cost
7 % more map CPU; the rest of the difference is the machine's load that evening.)

(Earlier runs, before the extraction rules of the last two sessions: 7.1 / 19.1 / 65.9 s from
scratch and 2.0 / 5.6 / 20.7 s after one change; the first: 6.7 / 18.4 / 63.2 s and
1.9 / 5.5 / 20.3 s.)

The first version of the parallel build (this script's first run) took 11.5 s and 122 s from
scratch for 1,000 and 10,000 articles. Before this work (one core, a regular-expression name
matcher, linking against every cluster): 1,000 articles took 703 s of CPU and then failed
validation; 10,000 were not tried.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BASELINE = {  # articles → (scratch wall s, no-change s, one-changed s)
    1000: (19.8, 0.2, 5.0),
    3000: (44.2, 0.4, 8.1),
    10000: (181.5, 1.9, 36.7),
}
FLOOR_REGEX = re.compile(r"\b\d{1,4}\b")


def floor_seconds(corpus: Path) -> tuple[float, int]:
    """CPU seconds to read every article and run one regular expression over it, and the bytes."""
    started, size = time.process_time(), 0
    for path in sorted((corpus / "raw").iterdir()):
        data = path.read_bytes()
        size += len(data)
        FLOOR_REGEX.findall(data.decode("utf-8", errors="replace"))
    return time.process_time() - started, size


def one_build(corpus: Path, out: Path, cache: Path, jobs: int | None) -> dict:
    """Run `timeline build` in this process (its pool in children) and report what it cost."""
    from timeline.pipeline import build
    from timeline.stages import Stages

    stages = Stages()
    wall = time.perf_counter()
    build(corpus, out, jobs=jobs, cache=cache, stages=stages)
    wall = time.perf_counter() - wall
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall": wall,
        "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        "rss_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024,
        "stages": stages.seconds,
        "map_note": stages.notes.get("map", ""),
    }


def run_child(corpus: Path, out: Path, cache: Path, jobs: int | None) -> dict:
    command = [sys.executable, __file__, "--one", str(corpus), str(out), str(cache)] + (["--jobs", str(jobs)] if jobs else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build of {corpus} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def change_one_article(corpus: Path) -> None:
    victim = sorted((corpus / "raw").iterdir())[len(list((corpus / "raw").iterdir())) // 2]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nFighting broke out near Gao on Monday, the army said.\n", encoding="utf-8")


def shares(stages: dict[str, float]) -> str:
    total = sum(stages.values()) or 1.0
    return ", ".join(f"{name} {100 * secs / total:.0f}%" for name, secs in stages.items())


def measure(size: int, work: Path, jobs: int | None) -> None:
    import synthetic

    corpus, out, cache = work / f"corpus-{size}", work / f"out-{size}", work / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    synthetic.make_corpus(corpus, size, seed=1)
    floor, size_bytes = floor_seconds(corpus)
    scratch = run_child(corpus, out, cache, jobs)
    again = run_child(corpus, out, cache, jobs)
    change_one_article(corpus)
    changed = run_child(corpus, out, cache, jobs)
    base = BASELINE.get(size, (None, None, None))
    shown = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
    print(f"\n## {size:,} articles ({size_bytes / 1e6:.1f} MB)")
    print(f"from scratch   wall {scratch['wall']:.1f} s (baseline {shown(base[0])}), CPU {scratch['cpu']:.1f} s, "
          f"{size / scratch['wall']:.0f} articles/s, {size_bytes / 1e6 / scratch['wall']:.2f} MB/s, peak RSS {scratch['rss_mb']:.0f} MB")
    print(f"  stages       {shares(scratch['stages'])}  [{scratch['map_note']}]")
    print(f"  floor        read + one regex: {floor:.2f} s CPU; the build is {scratch['wall'] / max(floor, 1e-9):.0f}x that")
    print(f"nothing changed wall {again['wall']:.1f} s (baseline {shown(base[1])})  [{again['map_note']}]  {shares(again['stages'])}")
    print(f"one changed    wall {changed['wall']:.1f} s (baseline {shown(base[2])})  [{changed['map_note']}]  {shares(changed['stages'])}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--jobs", type=int, default=None, help="processes for the map (default: every core)")
    parser.add_argument("--keep", type=Path, default=None, help="keep corpora, builds and caches in this folder")
    parser.add_argument("--one", nargs=3, metavar=("CORPUS", "OUT", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_build(*(Path(p) for p in args.one), args.jobs)))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for size in args.sizes:
            measure(size, work, args.jobs)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
