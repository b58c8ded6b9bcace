"""Articles we wrote in other outlets' styles about other episodes: the unchanged pipeline must
find the events a careful annotator would put in a timeline, with the dates the text gives."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from timeline.corpus import load_corpus
from timeline.events import event_types
from timeline.pipeline import assemble
from timeline.validate import failures

from conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "corpus"

# What each annotator's group may be called in our ontology.
GROUPS = {
    "fighting": {"fighting", "ambush", "aircraft_lost", "civilians", "remote", "territory_seized", "territory_regained"},
    "statement": {"statement"},
    "coup": {"coup"},
    "rebellion": {"rebellion"},
    "agreement": {"agreement"},
    "departure": {"departure"},
    "deployment": {"deployment"},
    "consult": {"consult"},
}

# Expected events the pipeline does not find yet, and why (the test fails if one starts working,
# so that this list stays honest).
KNOWN_MISSES: dict[tuple[str, str, str], str] = {}


def expected_rows() -> list[dict]:
    with open(CORPUS / "expected_events.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def frames():
    return assemble(load_corpus(CORPUS))


def found(frames, row) -> bool:
    events = frames["events"]
    groups = events["event_type"].map(lambda t: event_types()[t].merge_group)
    hits = events[
        groups.isin(GROUPS[row["event_group"]])
        & (events["start_date"] == pd.Timestamp(row["start"]))
        & (events["end_date"] == pd.Timestamp(row["end"]))
        & (events["date_precision"] == row["precision"])
        & events["source_ids"].map(lambda ids: row["source_id"] in ids)
    ]
    return len(hits) >= 1


@pytest.mark.parametrize("row", expected_rows(), ids=lambda r: f"{r['source_id']}:{r['event_group']}:{r['start']}")
def test_expected_event_is_found_with_its_dates(frames, row):
    key = (row["source_id"], row["event_group"], row["start"])
    if key in KNOWN_MISSES:
        assert not found(frames, row), f"now found: remove {key} from KNOWN_MISSES"
        pytest.xfail(KNOWN_MISSES[key])
    assert found(frames, row), frames["events"][["title", "event_type", "start_date", "end_date", "source_ids"]].to_string()


def test_no_event_is_dated_after_its_article(frames):
    events = frames["events"]
    assert (events["start_date"] <= events["first_reported"]).all()


def test_the_fixture_build_validates(frames):
    assert len(failures(frames)) == 0


def test_blog_furniture_is_stripped(frames):
    texts = " ".join(frames["sentences"]["text"])
    for junk in ("Share this:", "Like this:", "Leave a Reply"):
        assert junk not in texts
