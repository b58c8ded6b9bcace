"""The map in a process pool, from the cache or on Dask gives byte-identical tables.

Why: a citation names a release, and a release must not depend on how many cores built it,
whether a cache was warm or which engine ran the map. The corpus is 80 synthetic articles
(bench/synthetic.py) so that the pool splits them into many batches.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.corpus import load_corpus
from timeline.pipeline import build
from timeline.record_cache import TAG, RecordCache, article_key
from timeline.stages import Stages

BENCH = Path(__file__).resolve().parent.parent / "bench"
N_ARTICLES = 80


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    synthetic = importlib.import_module("synthetic")
    folder = tmp_path_factory.mktemp("synthetic")
    synthetic.make_corpus(folder, N_ARTICLES, seed=3, templates=synthetic.load_templates(synthetic.IN_REPO_FOLDERS))
    return folder


def tables(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.parquet"))}


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial") / "out"
    build(corpus, out, jobs=1, cache=False)
    return tables(out)


def test_two_processes_give_the_same_bytes_as_one(corpus, serial, tmp_path):
    build(corpus, tmp_path / "out", jobs=2, cache=False)
    assert tables(tmp_path / "out") == serial
    assert len(serial) >= 9


def test_a_warm_cache_gives_the_same_bytes_and_computes_nothing(corpus, serial, tmp_path):
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "cold", jobs=2, cache=cache)
    stages = Stages()
    build(corpus, tmp_path / "warm", jobs=2, cache=cache, stages=stages)
    assert stages.notes["map"].startswith(f"0 computed, {N_ARTICLES} from cache")
    assert tables(tmp_path / "cold") == tables(tmp_path / "warm") == serial
    assert (cache / TAG).is_file()


def test_a_changed_article_is_computed_again_and_only_it(corpus, tmp_path):
    changed = tmp_path / "corpus"
    import shutil

    shutil.copytree(corpus, changed)
    cache = tmp_path / "cache"
    build(changed, tmp_path / "a", jobs=1, cache=cache)
    victim = sorted((changed / "raw").iterdir())[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nFighting broke out near Gao on Monday, the army said.\n", encoding="utf-8")
    stages = Stages()
    build(changed, tmp_path / "b", jobs=1, cache=cache, stages=stages)
    assert stages.notes["map"].startswith(f"1 computed, {N_ARTICLES - 1} from cache")
    uncached = tmp_path / "c"
    build(changed, uncached, jobs=1, cache=False)
    assert tables(tmp_path / "b") == tables(uncached)


def test_a_change_to_the_code_or_resources_misses_every_record(corpus, monkeypatch):
    from timeline import record_cache

    article = load_corpus(corpus)[0]
    before = article_key(article)
    monkeypatch.setattr(record_cache, "code_version", lambda: "another version of the lexicons")
    assert article_key(article) != before


def test_an_unreadable_cache_entry_is_a_miss_not_an_error(corpus, serial, tmp_path):
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", jobs=1, cache=cache)
    for entry in list(cache.glob("*/*.pickle"))[:5]:
        entry.write_bytes(b"not a pickle")
    stages = Stages()
    build(corpus, tmp_path / "b", jobs=1, cache=cache, stages=stages)
    assert stages.notes["map"].startswith("5 computed")
    assert tables(tmp_path / "b") == serial


def test_no_cache_stores_nothing(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE", str(tmp_path / "default-cache"))
    assert main(["build", "--raw", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1", "--quiet"]) == 0
    assert not (tmp_path / "default-cache").exists()


def test_cache_clear_deletes_the_cache_and_refuses_a_folder_it_did_not_make(corpus, tmp_path, capsys):
    cache = tmp_path / "cache"
    assert main(["build", "--raw", str(corpus), "--out", str(tmp_path / "out"), "--cache", str(cache), "--jobs", "1", "--quiet"]) == 0
    assert main(["cache", "info", "--dir", str(cache)]) == 0
    assert f"{N_ARTICLES} cached articles" in capsys.readouterr().out
    assert main(["cache", "clear", "--dir", str(cache)]) == 0
    assert not cache.exists()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["cache", "clear", "--dir", str(precious)]) == 2
    assert "not a timeline cache" in capsys.readouterr().err
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    "options, message",
    [
        (["--jobs", "0"], "must be 1 or more"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
        (["--engine", "spark"], "invalid choice"),
    ],
)
def test_bad_build_options_fail_in_one_line(corpus, tmp_path, capsys, options, message):
    try:
        code = main(["build", "--raw", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", *options])
    except SystemExit as exc:  # argparse: usage, then one error line
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_timings_print_one_line_per_build_and_quiet_prints_nothing(corpus, tmp_path, capsys):
    assert main(["build", "--raw", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1", "--quiet", "--timings"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = [line for line in captured.err.splitlines() if line.startswith("timings:")]
    assert len(lines) == 1 and all(stage in lines[0] for stage in ("load", "map", "link", "validate", "write", "total"))


def test_bars_are_drawn_on_a_terminal_for_a_large_build_only(capsys):
    stages = Stages(bars=True)
    stages.articles = 500
    with stages.stage("map", total=500) as advance:
        advance(500)
    assert "map" in capsys.readouterr().err
    stages.articles = 3
    with stages.stage("map", total=3) as advance:
        advance(3)
    assert capsys.readouterr().err == ""


def test_the_dask_engine_on_a_local_cluster_of_two_workers_gives_the_same_bytes(corpus, serial, tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        build(corpus, tmp_path / "out", cache=False, engine="dask", scheduler=cluster.scheduler_address)
    assert tables(tmp_path / "out") == serial
    build(corpus, tmp_path / "local-cluster", jobs=2, cache=False, engine="dask")
    assert tables(tmp_path / "local-cluster") == serial


def test_the_dask_engine_without_dask_installed_says_how_to_install_it(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    code = main(["build", "--raw", str(corpus), "--out", str(tmp_path / "out"), "--no-cache", "--engine", "dask"])
    assert code == 2 and "pip install 'timeline[dask]'" in capsys.readouterr().err


def test_an_unchanged_rebuild_is_skipped_and_a_touched_build_is_not(corpus, tmp_path, capsys):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, jobs=1, cache=cache)
    before = tables(out)
    stages = Stages()
    frames = build(corpus, out, jobs=1, cache=cache, stages=stages)
    assert "up to date" in stages.notes["build"] and "map" not in stages.seconds
    assert len(frames["sources"]) == N_ARTICLES and tables(out) == before
    from timeline.storage import read_tables, row_counts
    read = read_tables(out)  # what it hands back, read when asked for, is the build it kept
    assert list(frames) == list(read) and row_counts(frames) == {name: len(df) for name, df in read.items()}
    assert all(frames[name].equals(read[name]) for name in read)
    assert main(["build", "--raw", str(corpus), "--out", str(out), "--cache", str(cache), "--quiet"]) == 0
    (out / "events.parquet").write_bytes(b"edited by hand")  # the folder is no longer what the build wrote
    stages = Stages()
    build(corpus, out, jobs=1, cache=cache, stages=stages)
    assert "build" not in stages.notes and tables(out) == before
    stages = Stages()
    build(corpus, out, jobs=1, cache=False, stages=stages)  # --no-cache: always a full build
    assert "build" not in stages.notes and stages.notes["map"].startswith(f"{N_ARTICLES} computed")
