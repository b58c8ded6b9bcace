"""A synthetic corpus of 1,000 articles builds without a validation failure.

Why: a validation failure must mean bad input or a bug, never the extractor's normal output. The
corpus is the repository's articles retold with dates, weekdays, figures and places varied
(bench/synthetic.py), so linking sees many overlapping stories. It takes about 10 s on the
two cores of the development machine. The first tests pin the generator itself, so that what the last one feeds the build is the input we think it is.
"""

from __future__ import annotations

import importlib
import random
import sys
from datetime import date
from pathlib import Path


from timeline.article_map import map_articles
from timeline.corpus import load_corpus
from timeline.pipeline import assemble
from timeline.validate import failures, summarise

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _bench_module(name: str):
    """A script of bench/ as a module (bench/ is not a package; its scripts import each other
    by name)."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


synthetic = _bench_module("synthetic")
IDENTITY_WEEKDAYS = {i: i for i in range(7)}


def _episode(months: int = 0, places: dict[str, str] | None = None):
    return synthetic.Episode(months, IDENTITY_WEEKDAYS, places or {}, rng=random.Random(0))


def test_shifting_a_date_by_months_clamps_to_the_last_day_of_the_month():
    assert synthetic.shift_month(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_a_full_date_moves_with_its_episode_and_takes_its_new_weekday():
    text = "The army entered the town on Tuesday 14 November 2023."
    varied = synthetic.vary(text, _episode(months=5), date(2024, 4, 16), random.Random(0))
    assert varied == "The army entered the town on Sunday 14 April 2024."


def test_a_range_of_days_stays_a_valid_range_when_its_month_is_shorter():
    text = "Soldiers executed civilians between March 27 and 31, 2022, the group said."
    varied = synthetic.vary(text, _episode(months=-1), date(2022, 3, 5), random.Random(0))
    assert varied == "Soldiers executed civilians between February 27 and 28, 2022, the group said."


def test_a_bare_year_moves_with_the_publication_year():
    text = "Rebels have held the town since 2012."
    varied = synthetic.vary(text, _episode(months=12), date(2025, 7, 28), random.Random(0))
    assert varied == "Rebels have held the town since 2013."


def test_a_town_is_swapped_for_the_one_its_episode_chose():
    text = "Fighting broke out in Kidal."
    varied = synthetic.vary(text, _episode(places={"kidal": "gao"}), date(2024, 7, 28), random.Random(0))
    assert varied == "Fighting broke out in Gao."


def test_lower_case_month_words_are_ordinary_words_and_stay():
    text = "Troops may march north."
    assert synthetic.vary(text, _episode(months=3), date(2024, 7, 28), random.Random(0)) == text


def test_the_same_seed_writes_the_same_corpus(tmp_path: Path):
    synthetic.make_corpus(tmp_path / "a", 30, seed=5)
    synthetic.make_corpus(tmp_path / "b", 30, seed=5)
    files_a = sorted(p.name for p in (tmp_path / "a" / "raw").iterdir())
    files_b = sorted(p.name for p in (tmp_path / "b" / "raw").iterdir())
    assert len(files_a) == 30 and files_a == files_b
    assert (tmp_path / "a" / "sources.csv").read_bytes() == (tmp_path / "b" / "sources.csv").read_bytes()
    assert all((tmp_path / "a" / "raw" / f).read_bytes() == (tmp_path / "b" / "raw" / f).read_bytes() for f in files_a)


def test_the_corpus_is_a_valid_corpus_folder_published_between_2012_and_2025(tmp_path: Path):
    synthetic.make_corpus(tmp_path, 30, seed=5)
    articles = load_corpus(tmp_path)
    assert len(articles) == 30
    assert all(date(2012, 1, 1) <= a.published <= date(2025, 12, 31) for a in articles)


def test_a_synthetic_corpus_of_1000_articles_builds_without_a_validation_failure(tmp_path: Path):
    # The repository's own articles only, so that every machine builds the same corpus.
    templates = synthetic.load_templates(synthetic.IN_REPO_FOLDERS)
    synthetic.make_corpus(tmp_path, 1000, seed=1, templates=templates)
    articles = load_corpus(tmp_path)
    frames = assemble(articles, map_articles(articles))  # on every core, as `timeline build` does
    cases = failures(frames)
    examples = _bench_module("build_corpus").failure_examples(frames, cases) if len(cases) else []
    assert len(cases) == 0, summarise(cases) + "\n" + "\n".join(examples)
