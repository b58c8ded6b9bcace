"""Releases: immutable, checksummed, diffed, SemVer-checked, and loadable from an installed wheel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frictionless import Package

from timeline import releases
from timeline.cli import main
from timeline.errors import TimelineError
from timeline.pipeline import build

from conftest import RAW, ROOT, read_sources_csv, write_sources_csv

FIXTURES = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A release store of its own: releases, changelog and bundle in a temporary folder."""
    where = tmp_path / "releases"
    paths = {"where": where, "changelog": tmp_path / "CHANGELOG.md", "bundle": tmp_path / "bundled"}
    monkeypatch.setattr(releases, "releases_dir", lambda: where)
    return paths


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "processed"
    build(RAW, out)
    return out


def corpus_plus_one(tmp_path: Path) -> Path:
    """The seeds and one more article (a fixture written in another style)."""
    folder = tmp_path / "raw_plus"
    shutil.copytree(RAW, folder)
    header, rows = read_sources_csv(folder / "sources.csv")
    _, extra = read_sources_csv(FIXTURES / "sources.csv")
    added = next(r for r in extra if r["source_id"] == "bamako_2024")  # published after the seeds
    shutil.copy2(FIXTURES / added["file"], folder / added["file"])
    write_sources_csv(folder / "sources.csv", header, rows + [added])
    return folder


def release(store, version, build_dir, notes=None):
    return releases.release(version, notes=notes, build=build_dir, where=store["where"], changelog=store["changelog"], bundle=store["bundle"])


def test_a_release_is_a_valid_checksummed_data_package(store, seed_build):
    folder = release(store, "1.0.0", seed_build)
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["version"] == "1.0.0" and package["created"] and package["licenses"][0]["name"] == "CC-BY-4.0"
    assert list(Package.metadata_validate(package)) == []
    assert {r["name"] for r in package["resources"]} >= {"events", "mentions", "claims", "sources"}
    assert all(r["hash"].startswith("sha256:") for r in package["resources"])
    assert all(r["content_hash"].startswith("sha256:") for r in package["resources"] if r["type"] == "table")
    assert [s["sha256"] for s in package["sources"]] == [json.loads((seed_build / "datapackage.json").read_text())["sources"][i]["sha256"] for i in range(5)]
    assert (folder / "README.md").read_text().count("content hash") >= 1
    assert "First release" in (folder / "CHANGES.md").read_text()
    assert "## 1.0.0" in store["changelog"].read_text()
    assert (store["bundle"] / "1.0.0" / "events.parquet").is_file()
    releases.verify("1.0.0")


def test_verify_names_the_file_with_a_flipped_byte(store, seed_build):
    folder = release(store, "1.0.0", seed_build)
    target = folder / "claims.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(TimelineError, match="claims.parquet"):
        releases.verify("1.0.0")


def test_a_release_is_never_overwritten(store, seed_build):
    release(store, "1.0.0", seed_build)
    before = (store["where"] / "1.0.0" / "datapackage.json").read_bytes()
    with pytest.raises(TimelineError, match="never overwritten"):
        release(store, "1.0.0", seed_build)
    assert (store["where"] / "1.0.0" / "datapackage.json").read_bytes() == before


def test_an_unchanged_build_is_not_released_again(store, seed_build):
    release(store, "1.0.0", seed_build)
    with pytest.raises(TimelineError, match="nothing changed"):
        release(store, "1.0.1", seed_build)


def test_diff_with_one_article_added_reports_exactly_its_rows(store, seed_build, tmp_path):
    release(store, "1.0.0", seed_build)
    plus = tmp_path / "plus"
    build(corpus_plus_one(tmp_path), plus)
    d = releases.diff("1.0.0", plus)
    assert d["tables"]["sources"]["rows_added"] == ["bamako_2024"]
    assert d["tables"]["sources"]["rows_removed"] == [] and d["tables"]["sources"]["rows_changed"] == []
    added_sentences = d["tables"]["sentences"]["rows_added"]
    assert added_sentences and all(k.startswith("bamako_2024:") for k in added_sentences)
    assert d["tables"]["sentences"]["rows_removed"] == [] and d["tables"]["sentences"]["rows_changed"] == []
    assert all(k.startswith("bamako_2024:") for k in d["tables"]["timexes"]["rows_added"])
    assert d["tables"]["events"]["rows_removed"] == [], "an article published later changes no event id"
    assert d["required"] == "minor"
    with pytest.raises(TimelineError, match="needs a minor release"):
        release(store, "1.0.1", plus)
    folder = release(store, "1.1.0", plus)
    assert "bamako_2024" in (folder / "CHANGES.md").read_text()
    assert store["changelog"].read_text().index("## 1.1.0") < store["changelog"].read_text().index("## 1.0.0")


def test_a_schema_breaking_change_released_as_minor_is_refused(store, seed_build, tmp_path):
    release(store, "1.0.0", seed_build)
    # The published 1.0.0 said claims.subject_label was optional; the build requires it now.
    package_path = store["where"] / "1.0.0" / "datapackage.json"
    package = json.loads(package_path.read_text())
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    field = next(f for f in claims["schema"]["fields"] if f["name"] == "claimant_label")
    field["constraints"].pop("required")
    package_path.write_text(json.dumps(package))
    plus = tmp_path / "plus"
    build(corpus_plus_one(tmp_path), plus)
    d = releases.diff("1.0.0", plus)
    assert d["required"] == "major"
    with pytest.raises(TimelineError, match="needs a major release"):
        release(store, "1.1.0", plus)
    release(store, "2.0.0", plus)


def test_removed_events_need_a_note(store, tmp_path):
    full = tmp_path / "full"
    build(corpus_plus_one(tmp_path), full)
    release(store, "1.0.0", full)
    fewer = tmp_path / "fewer"
    build(RAW, fewer)
    assert releases.diff("1.0.0", fewer)["tables"]["events"]["rows_removed"]
    with pytest.raises(TimelineError, match="--notes"):
        release(store, "1.1.0", fewer)
    folder = release(store, "1.1.0", fewer, notes="The Bamako 2024 article was withdrawn from the corpus.")
    assert "withdrawn" in (folder / "CHANGES.md").read_text()


def test_diff_command_prints_a_summary_and_json(store, seed_build, tmp_path, capsys):
    release(store, "1.0.0", seed_build)
    plus = tmp_path / "plus"
    build(corpus_plus_one(tmp_path), plus)
    assert main(["diff", "1.0.0", str(plus)]) == 0
    assert "`sources`: 1 rows added" in capsys.readouterr().out
    assert main(["diff", "1.0.0", str(plus), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tables"]["sources"]["rows_added"] == ["bamako_2024"]


@pytest.mark.skipif(not releases.versions(ROOT / "data" / "releases"), reason="no release committed yet")
def test_the_committed_newest_release_verifies_and_is_bundled():
    newest = releases.versions(ROOT / "data" / "releases")[-1]
    assert main(["verify", newest]) == 0
    bundled = ROOT / "timeline" / "bundled" / newest
    for path in (ROOT / "data" / "releases" / newest).iterdir():
        assert (bundled / path.name).read_bytes() == path.read_bytes()


@pytest.mark.skipif(not releases.versions(ROOT / "data" / "releases"), reason="no release committed yet")
def test_the_wheel_carries_the_newest_release(tmp_path):
    """pip install of the wheel into an empty environment gives timeline.load("events")."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)], check=True)
    (wheel,) = wheels.glob("timeline-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next(venv.glob("lib/python*/site-packages"))
    # The dependencies come from this environment's site-packages (no download), but not its
    # editable timeline: a .pth line adds a path without running that path's own .pth files.
    deps = next(Path(p) for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    (site / "deps.pth").write_text(str(deps) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)], check=True)
    code = "import timeline, pathlib; e = timeline.load('events'); print(len(e), timeline.versions(), pathlib.Path(timeline.__file__).parent)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    count, _, rest = done.stdout.partition(" ")
    assert int(count) > 0
    assert str(site) in rest and str(ROOT) not in rest.split("] ")[-1]


def test_a_release_built_on_a_tampered_release_is_refused(store, seed_build, tmp_path):
    release(store, "1.0.0", seed_build)
    target = store["where"] / "1.0.0" / "events.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 3] ^= 0x01
    target.write_bytes(bytes(data))
    plus = tmp_path / "plus"
    build(corpus_plus_one(tmp_path), plus)
    with pytest.raises(TimelineError, match="events.parquet"):
        release(store, "1.1.0", plus)


def test_the_card_and_changes_are_checksummed(store, seed_build):
    folder = release(store, "1.0.0", seed_build)
    (folder / "README.md").write_text((folder / "README.md").read_text() + "\nedited\n")
    with pytest.raises(TimelineError, match="README.md"):
        releases.verify("1.0.0")


def test_a_damaged_descriptor_is_one_clear_error(store, seed_build, capsys):
    folder = release(store, "1.0.0", seed_build)
    (folder / "datapackage.json").write_text("{ not json")
    assert main(["verify", "1.0.0"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert "datapackage.json" in err[0] and "cannot be read" in err[0]
