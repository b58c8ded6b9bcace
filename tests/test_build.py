"""The build: validated, deterministic, atomic, and loadable with the declared dtypes."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.cli import main
from timeline.pipeline import assemble, build
from timeline.corpus import load_corpus
from timeline.registry import registry
from timeline.storage import content_hash, read_table, write_table
from timeline.validate import failures

from conftest import PROCESSED, RAW


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fresh") / "processed"
    build(RAW, out)
    return out


def test_a_fresh_build_reproduces_the_committed_data_byte_for_byte(fresh):
    names = sorted(p.name for p in PROCESSED.iterdir())
    assert names == sorted(p.name for p in fresh.iterdir())
    for name in names:
        assert (fresh / name).read_bytes() == (PROCESSED / name).read_bytes(), f"{name}: rebuild and commit data/processed"


def test_two_builds_are_byte_identical(fresh, tmp_path):
    build(RAW, tmp_path / "again")
    for path in fresh.iterdir():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes()


def test_build_writes_every_table_and_its_datapackage(fresh):
    package = json.loads((fresh / "datapackage.json").read_text())
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(registry())
    assert "version" not in package and "created" not in package, "a build carries no release facts or clock"
    assert resources["sources"]["rows"] == 5
    for name in registry():
        df = timeline.load(name, path=fresh)
        assert resources[name]["rows"] == len(df)
        assert resources[name]["content_hash"] == f"sha256:{content_hash(name, df)}"


def test_every_sentence_slices_its_raw_article(fresh):
    sources = timeline.load("sources", path=fresh).set_index("source_id")
    sentences = timeline.load("sentences", path=fresh)
    raw = {sid: (RAW / row["file"]).read_text(encoding="utf-8") for sid, row in sources.iterrows()}
    for row in sentences.itertuples():
        assert raw[row.source_id][row.char_start : row.char_end] == row.text


def test_load_gives_declared_dtypes_with_real_dates(fresh):
    sources = timeline.load("sources", path=fresh)
    assert str(sources["published"].dtype) == "datetime64[s]"
    assert sources.loc[sources["source_id"].str.startswith("004"), "published"].iloc[0] == pd.Timestamp("2024-08-01")
    assert sources["raw_chars"].dtype == "int64"
    sentences = timeline.load("sentences", path=fresh)
    assert list(sentences.columns) == registry()["sentences"].columns


def test_load_by_default_reads_the_committed_build():
    assert len(timeline.load("sources")) == 5
    assert timeline.tables()[:4] == ["sources", "sentences", "removed_spans", "timexes"]
    assert {"events", "mentions", "actors", "places"} <= set(timeline.tables())


def test_load_of_an_unknown_table_names_the_tables():
    with pytest.raises(KeyError, match="sentences"):
        timeline.load("nope")


def test_validate_command_accepts_a_good_build(fresh, capsys):
    assert main(["validate", str(fresh)]) == 0
    assert "valid" in capsys.readouterr().out


def test_validation_names_table_column_rule_and_row():
    frames = assemble(load_corpus(RAW))
    frames["sentences"].loc[3, "char_end"] = frames["sentences"].loc[3, "char_start"] - 1
    frames["sentences"].loc[5, "source_id"] = "ghost"
    cases = failures(frames)
    rules = set(zip(cases["table"], cases["column"], cases["rule"]))
    assert ("sentences", "(row)", "char_end > char_start") in rules
    assert ("sentences", "source_id", "foreign key -> sources.source_id") in rules
    assert 3 in set(cases.loc[cases["rule"] == "char_end > char_start", "row"])


def test_a_failing_build_writes_nothing_and_keeps_the_previous_output(fresh, tmp_path, monkeypatch, capsys):
    out = tmp_path / "processed"
    shutil.copytree(fresh, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    import timeline.pipeline as pipeline

    real = pipeline.assemble

    def broken(articles, *args, **kwargs):
        frames = real(articles, *args, **kwargs)
        frames["sources"].loc[0, "kept_chars"] = frames["sources"].loc[0, "raw_chars"] + 1
        return frames

    monkeypatch.setattr(pipeline, "assemble", broken)
    code = main(["build", "--raw", str(RAW), "--out", str(out)])
    err = capsys.readouterr().err
    assert code != 0
    assert "sources" in err and "kept_chars <= raw_chars" in err
    report = tmp_path / "processed.failures.csv"
    assert str(report) in err
    assert "kept_chars <= raw_chars" in report.read_text()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed", "processed.failures.csv"]


def test_validation_checks_the_date_unit():
    frames = assemble(load_corpus(RAW))
    frames["sources"]["published"] = frames["sources"]["published"].astype("datetime64[ns]")
    cases = failures(frames)
    assert list(cases["rule"]) == ["dtype datetime64[s]"]


def test_validate_reports_a_tampered_table(fresh, tmp_path, capsys):
    out = tmp_path / "processed"
    shutil.copytree(fresh, out)
    sentences = read_table("sentences", out / "sentences.parquet")
    sentences.loc[0, "kind"] = "footer"
    write_table("sentences", sentences, out / "sentences.parquet")
    assert main(["validate", str(out)]) == 1
    err = capsys.readouterr().err
    assert "sentences.kind" in err and "isin" in err


def test_validate_of_a_missing_folder_is_one_clear_line(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nowhere" in err[0]


def test_python_dash_m_timeline_is_the_command():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "timeline", "tables"], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[0].startswith("sources:")


text_values = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "outlet": text_values,
                "title": text_values,
                "published": st.dates(min_value=date(1960, 1, 1), max_value=date(2026, 1, 1)),
                "raw_chars": st.integers(min_value=1, max_value=10**9),
                "notes": text_values,
            }
        ),
        min_size=1,
        max_size=8,
    )
)
def test_writing_then_reading_a_table_gives_it_back(tmp_path_factory, rows):
    records = []
    for i, row in enumerate(rows):
        records.append(
            {
                **row,
                "source_id": f"s{i:03d}",
                "file": f"s{i:03d}.txt",
                "language": "en",
                "published_basis": "stated",
                "sha256": f"{i:064x}",
                "kept_chars": 0,
                "sentence_count": 0,
            }
        )
    from timeline.storage import frame

    df = frame("sources", records)
    path = tmp_path_factory.mktemp("rt") / "sources.parquet"
    write_table("sources", df, path)
    back = read_table("sources", path)
    pd.testing.assert_frame_equal(back, df)
    assert content_hash("sources", back) == content_hash("sources", df)
