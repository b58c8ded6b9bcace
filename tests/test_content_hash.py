"""Content hashes are part of every published descriptor: the column-wise encoder must give
exactly the bytes of the row-by-row JSON encoding releases were hashed with."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.registry import registry, table
from timeline.storage import _canonical, content_hash, frame, read_tables

from conftest import PROCESSED


def reference_hash(name: str, df: pd.DataFrame) -> str:
    """The first definition: every value through ``_canonical``, every row through json."""
    digest = hashlib.sha256()
    t = table(name)
    digest.update(json.dumps([[f.name, f.type] for f in t.fields]).encode())
    encoder = json.JSONEncoder(ensure_ascii=False)
    columns = []
    for f in t.fields:
        values = df[f.name].astype(object).tolist()
        columns.append([_canonical(v) if f.type != "date" else (None if pd.isna(v) else pd.Timestamp(v).date().isoformat()) for v in values])
    for row in zip(*columns):
        digest.update(b"\n" + encoder.encode(list(row)).encode("utf-8"))
    return digest.hexdigest()


def test_every_committed_table_hashes_as_the_reference_does():
    frames = read_tables(PROCESSED)
    for name in registry():
        assert content_hash(name, frames[name]) == reference_hash(name, frames[name]), name


def test_the_committed_descriptor_holds_the_hashes_of_its_tables():
    package = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    frames = read_tables(PROCESSED)
    for resource in package["resources"]:
        if resource["name"] in frames:
            assert resource["content_hash"] == f"sha256:{reference_hash(resource['name'], frames[resource['name']])}"


text = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12))


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "event_type": text,
                "start_date": st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))),
                "actor_ids": st.lists(st.text(max_size=6), max_size=3),
                "fatalities_low": st.one_of(st.none(), st.integers(min_value=0, max_value=10**6)),
                "fatalities_disputed": st.booleans(),
            }
        ),
        max_size=6,
    )
)
def test_generated_events_hash_as_the_reference_does(rows):
    template = read_tables(PROCESSED)["events"].iloc[0].to_dict()
    records = [{**template, **row, "event_id": f"e{i}"} for i, row in enumerate(rows)]
    df = frame("events", records)
    assert content_hash("events", df) == reference_hash("events", df)


@settings(max_examples=40, deadline=None)
@given(lat=st.one_of(st.none(), st.floats(min_value=-90, max_value=90)), name=text)
def test_generated_places_hash_as_the_reference_does(lat, name):
    template = read_tables(PROCESSED)["places"].iloc[0].to_dict()
    df = frame("places", [{**template, "place_id": "p", "name": name, "lat": lat, "aliases": ["a", "é"]}])
    assert content_hash("places", df) == reference_hash("places", df)
