"""The raw corpus is the seeds byte for byte, and sources.csv describes it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from timeline.corpus import REQUIRED_COLUMNS, load_corpus

from conftest import RAW, ROOT, read_sources_csv

SEEDS = ROOT.parent / "shared" / "seeds"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_raw_articles_are_the_seeds_byte_for_byte():
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        assert sha256(RAW / seed.name) == sha256(seed), seed.name


def test_sources_csv_starts_with_the_required_columns_in_order():
    header, _ = read_sources_csv()
    assert tuple(header[: len(REQUIRED_COLUMNS)]) == REQUIRED_COLUMNS


def test_sources_csv_lists_every_raw_article_with_its_hash():
    _, rows = read_sources_csv()
    listed = {row["file"]: row["sha256"] for row in rows}
    on_disk = {p.name: sha256(p) for p in RAW.glob("*.txt")}
    assert listed == on_disk


def test_seed_publication_dates_are_those_of_the_originals():
    published = {a.source_id[:3]: a.published.isoformat() for a in load_corpus(RAW)}
    assert published == {
        "000": "2024-07-30",
        "001": "2024-07-30",
        "002": "2024-07-30",
        "003": "2024-07-28",
        "004": "2024-08-01",
    }
