"""Shared fixtures: the repository's paths and a small corpus folder made on demand."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import os

import pytest
from hypothesis import settings

# CI runs a fixed set of examples so that a landing never hangs on a new random one; locally
# every run explores new examples (and keeps failures in .hypothesis/ to replay them).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent


# Test files that must run on one worker, in this order: test_link_index reads the records of the
# fixture articles that test_evaluate left in the run's record cache (_own_record_cache).
SAME_WORKER = {"test_evaluate.py": "fixture records", "test_link_index.py": "fixture records"}

if importlib.util.find_spec("xdist") is not None:

    def pytest_xdist_make_scheduler(config, log):
        """`make test` runs the files on the machine's cores (pytest-xdist), each file whole on
        one worker so that its module fixtures are made once, largest first."""
        from xdist.scheduler import LoadScopeScheduling

        class ByFile(LoadScopeScheduling):
            def _split_scope(self, nodeid: str) -> str:
                path = nodeid.split("::", 1)[0]
                return SAME_WORKER.get(path.rsplit("/", 1)[-1], path)

        return ByFile(config, log)


@pytest.fixture(autouse=True, scope="session")
def _own_record_cache(tmp_path_factory):
    """Builds in the tests cache their records in a folder of the test run, never in the user's."""
    os.environ["TIMELINE_CACHE"] = str(tmp_path_factory.mktemp("record-cache"))
    yield
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"
FIXTURES = ROOT / "tests" / "fixtures"
DEVSET = ROOT.parent / "shared" / "devset"
FIXTURE_SAMPLE = 150  # fixture articles an equivalence test reads, spread over every corpus


def articles_we_hold() -> list[Path]:
    """The article files an equivalence test reads: every seed and devset article, and a fixed
    spread of the fixture articles (every one with EVERY_ARTICLE=1).

    Why: comparing an optimised matcher with its slow oracle on all ~2,800 fixture articles took
    over five minutes of CI, and the fixtures keep growing; about 150 of them, taken at an even
    stride in sorted order so every stretch of corpora and styles is represented, keep the check
    meaningful at a cost that does not grow with the fixtures.
    """
    fixtures = sorted(FIXTURES.rglob("*.txt"))
    if not os.environ.get("EVERY_ARTICLE"):
        fixtures = fixtures[:: max(1, len(fixtures) // FIXTURE_SAMPLE)]
    others = sorted(p for folder in (RAW, DEVSET) if folder.is_dir() for p in folder.rglob("*.txt"))
    return others + fixtures


def read_sources_csv(path: Path = RAW / "sources.csv") -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def write_sources_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, header, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def mentions_in(text: str, published: str = "2024-07-30"):
    """The event mentions of one text, as the per-article stage finds them."""
    from timeline.dates import tag
    from timeline.events import SentenceContext, mentions_of_article
    from timeline.ingest import ingest
    from timeline.names import matcher

    contexts = [
        SentenceContext(s, f"t:{s.sentence_index:04d}", tag(s.text, published), matcher().find(s.text), [])
        for s in ingest("t", text).sentences
    ]
    return mentions_of_article("t", contexts)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the seed corpus in a temporary folder, free to be broken by a test."""
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    return folder


@pytest.fixture
def previous_build(tmp_path: Path) -> Path:
    """An output folder holding an earlier build (one of ours) that a failed or refused build
    must leave alone."""
    out = tmp_path / "processed"
    out.mkdir()
    (out / "sources.parquet").write_bytes(b"earlier build")
    (out / "datapackage.json").write_text('{"name": "mali-conflict-timeline", "content_hash": "sha256:0"}')
    return out
