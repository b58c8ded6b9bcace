"""Writes never destroy what is not ours: --out is replaced only when it is an earlier build of
this package, never a release; one build at a time; a symlinked --out stays a link; what an
interrupted build left is cleaned; an operating-system failure is one line and loses nothing."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
from pathlib import Path

import pytest

from timeline import output_folders, pipeline, releases, storage
from timeline.cli import main
from timeline.errors import ValidationFailed

from conftest import RAW, ROOT


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "processed"
    pipeline.build(RAW, out)
    return out


@pytest.fixture
def previous_build(seed_build, tmp_path) -> Path:
    """An earlier build of ours in a folder of its own, which a refused build must leave alone."""
    out = tmp_path / "processed"
    shutil.copytree(seed_build, out)
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def leftovers(out: Path) -> list[str]:
    """Temporary folders and lock files beside ``out`` (a finished build leaves none)."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def run_build(out: Path, capsys, raw: Path = RAW) -> tuple[int, str]:
    code = main(["build", "--raw", str(raw), "--out", str(out)])
    return code, capsys.readouterr().err


def assert_one_line(err: str, *expected: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), lines[0]
    for text in expected:
        assert text in lines[0], (text, lines[0])


# --- what --out may be ------------------------------------------------------------------------


def test_another_projects_data_package_is_never_replaced(tmp_path, capsys):
    theirs = tmp_path / "their_dataset"
    theirs.mkdir()
    (theirs / "datapackage.json").write_text(json.dumps({"name": "rainfall-sahel", "resources": [{"name": "rain", "path": "rain.csv"}]}))
    (theirs / "rain.csv").write_text("year,mm\n2024,312\n")
    before = snapshot(theirs)
    code, err = run_build(theirs, capsys)
    assert code == 2
    assert_one_line(err, str(theirs), "refusing to replace a folder that is not an earlier build",
                    "its datapackage.json describes another package ('rainfall-sahel')", "give --out a new or empty folder")
    assert snapshot(theirs) == before
    assert leftovers(theirs) == []


def test_a_datapackage_json_without_our_name_is_not_taken_for_a_build(tmp_path, capsys):
    folder = tmp_path / "processed"
    folder.mkdir()
    (folder / "datapackage.json").write_text("{}")
    (folder / "sources.parquet").write_bytes(b"someone's table")
    code, err = run_build(folder, capsys)
    assert code == 2
    assert_one_line(err, "its datapackage.json is not one a build of mali-conflict-timeline writes")
    assert (folder / "sources.parquet").read_bytes() == b"someone's table"


def test_a_users_file_inside_an_earlier_build_is_listed_and_kept(previous_build, capsys):
    (previous_build / "analysis.ipynb").write_text("{}")
    (previous_build / "figures").mkdir()
    before = snapshot(previous_build)
    code, err = run_build(previous_build, capsys)
    assert code == 2
    assert_one_line(err, str(previous_build), "refusing to replace a build that holds files a build does not write (analysis.ipynb, figures/)",
                    "move them out of the folder or give --out another folder")
    assert snapshot(previous_build) == before and (previous_build / "figures").is_dir()


def test_a_release_folder_is_never_rebuilt_wherever_it_sits(tmp_path, capsys):
    copy = tmp_path / "my_copy_of_1.0.0"
    shutil.copytree(ROOT / "data" / "releases" / "1.0.0", copy)
    before = snapshot(copy)
    code, err = run_build(copy, capsys)
    assert code == 2
    assert_one_line(err, str(copy), "refusing to write over release 1.0.0: a release is never rebuilt", "give --out another folder")
    assert snapshot(copy) == before


def test_the_releases_folder_is_never_a_build_target(tmp_path, monkeypatch, capsys):
    store = tmp_path / "releases"
    store.mkdir()
    monkeypatch.setattr(releases, "releases_dir", lambda: store)
    code, err = run_build(store / "2.0.0", capsys)
    assert code == 2
    assert_one_line(err, f"refusing to build into {store.resolve()}: releases are made only by `timeline release` and never rebuilt",
                    "give --out another folder (default data/processed)")
    assert list(store.iterdir()) == []


def test_the_repositorys_own_release_is_refused_before_anything_is_written(monkeypatch, capsys):
    release = ROOT / "data" / "releases" / "1.0.0"

    def never(*args, **kwargs):
        raise AssertionError("a build at data/releases got past its checks")

    monkeypatch.setattr(pipeline, "folder_lock", never)  # so that a regression can write nothing there
    monkeypatch.setattr(pipeline, "write_tables", never)
    code, err = run_build(release, capsys)
    assert code == 2
    assert_one_line(err, f"refusing to build into {release.parent}: releases are made only by `timeline release` and never rebuilt")


def test_an_earlier_build_of_ours_is_replaced(previous_build, capsys):
    (previous_build / "sources.parquet").write_bytes(b"stale")
    code, err = run_build(previous_build, capsys)
    assert code == 0, err
    assert (previous_build / "sources.parquet").read_bytes() != b"stale"
    assert leftovers(previous_build) == []


# --- one build at a time ----------------------------------------------------------------------


def test_a_second_build_into_a_locked_folder_is_refused(previous_build, capsys):
    before = snapshot(previous_build)
    lock = previous_build.parent / ".processed.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a first build, still running
        code, err = run_build(previous_build, capsys)
    finally:
        os.close(fd)
    assert code == 1
    assert_one_line(err, str(previous_build), "another build or release is writing this folder", f"it holds {lock}",
                    "wait for it to finish, then run again")
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == [".processed.lock"]  # the first build's lock, untouched


def test_a_finished_build_leaves_no_lock_file(tmp_path, capsys):
    out = tmp_path / "processed"
    assert run_build(out, capsys)[0] == 0
    assert leftovers(out) == []


# --- a symlinked --out ------------------------------------------------------------------------


def test_a_symlinked_out_stays_a_link_and_its_target_is_replaced(previous_build, tmp_path, capsys):
    (previous_build / "sources.parquet").write_bytes(b"stale")
    link = tmp_path / "current"
    link.symlink_to(previous_build, target_is_directory=True)
    code, err = run_build(link, capsys)
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(previous_build)
    assert (previous_build / "sources.parquet").read_bytes() != b"stale"
    assert (previous_build / "datapackage.json").is_file()
    assert leftovers(previous_build) == [] and leftovers(link) == []


# --- what an interrupted build left -----------------------------------------------------------


def test_temporary_folders_of_an_interrupted_build_are_removed_by_the_next(previous_build, capsys):
    (previous_build.parent / ".processed.new-k3j2h1g0").mkdir()
    (previous_build.parent / ".processed.new-k3j2h1g0" / "events.parquet").write_bytes(b"half written")
    shutil.copytree(previous_build, previous_build.parent / ".processed.old-a1b2c3d4")
    code, err = run_build(previous_build, capsys)
    assert code == 0, err
    assert "note: " in err and "removed 2 temporary folder(s) an interrupted write left (.processed.new-k3j2h1g0, .processed.old-a1b2c3d4)" in err
    assert leftovers(previous_build) == []


def test_the_old_copy_is_put_back_when_a_build_was_killed_between_its_renames(previous_build, monkeypatch, capsys):
    before = snapshot(previous_build)
    old = previous_build.parent / ".processed.old-a1b2c3d4"
    os.replace(previous_build, old)  # killed after moving the build aside, before moving the new one in
    (previous_build.parent / ".processed.new-k3j2h1g0").mkdir()

    def fails(frames, report=None):
        raise ValidationFailed("events: a rule broke")

    monkeypatch.setattr(pipeline, "check_tables", fails)  # the next build fails: the put-back copy must stay
    code, err = run_build(previous_build, capsys)
    assert code == 1
    assert f"note: {previous_build}: restored from .processed.old-a1b2c3d4, the copy an interrupted write had moved aside" in err
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == []


def test_several_old_copies_with_out_missing_are_reported_and_kept(previous_build, capsys):
    for suffix in ("a1b2c3d4", "e5f6g7h8"):
        shutil.copytree(previous_build, previous_build.parent / f".processed.old-{suffix}")
    shutil.rmtree(previous_build)
    code, err = run_build(previous_build, capsys)
    assert code == 1
    assert_one_line(err, f"{previous_build}: is missing and 2 copies of it left by interrupted writes remain beside it",
                    "(.processed.old-a1b2c3d4, .processed.old-e5f6g7h8)", "rename the one to keep to processed, delete the others, then run again")
    assert leftovers(previous_build) == [".processed.old-a1b2c3d4", ".processed.old-e5f6g7h8"]
    assert not previous_build.exists()


# --- operating-system failures: one line, exit 3, nothing lost, nothing left ------------------


def deny_writes_to(monkeypatch, folder: Path) -> None:
    """What a non-root user sees of a folder without write permission (the tests run as root)."""
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_output_folder_is_one_line_and_left_as_it_was(previous_build, monkeypatch, capsys):
    before = snapshot(previous_build)
    deny_writes_to(monkeypatch, previous_build)
    code, err = run_build(previous_build, capsys)
    assert code == 3
    assert_one_line(err, f"{previous_build}: the folder is read-only (no write permission), so it cannot be replaced; "
                    "nothing was changed: make it writable or choose another folder")
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == []


def test_a_parent_folder_that_cannot_be_written_is_one_line_and_changes_nothing(previous_build, monkeypatch, capsys):
    before = snapshot(previous_build)
    deny_writes_to(monkeypatch, previous_build.parent)
    code, err = run_build(previous_build, capsys)
    assert code == 3
    assert_one_line(err, f"{previous_build.parent}: cannot write in this folder (no write permission), so nothing in it can be built or replaced; "
                    "nothing was changed: make it writable or choose a folder elsewhere")
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == []


def test_a_permission_error_making_the_temporary_folder_is_one_line(previous_build, monkeypatch, capsys):
    before = snapshot(previous_build)

    def mkdtemp(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(previous_build.parent / ".processed.new-x"))

    monkeypatch.setattr(output_folders.tempfile, "mkdtemp", mkdtemp)
    code, err = run_build(previous_build, capsys)
    assert code == 3
    assert_one_line(err, f"{previous_build}: cannot write a new folder beside it (Permission denied); nothing was changed")
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == []


def test_a_full_disk_is_one_line_and_leaves_the_previous_build_and_no_temporary_folder(previous_build, monkeypatch, capsys):
    before = snapshot(previous_build)
    written = []
    real_write_table = storage.write_table

    def write_table(name, df, path):
        if written:  # the disk fills up after the first table
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written.append(name)
        real_write_table(name, df, path)

    monkeypatch.setattr(storage, "write_table", write_table)
    code, err = run_build(previous_build, capsys)
    assert code == 3
    assert_one_line(err, f"{previous_build}: cannot write the new folder (No space left on device); nothing was replaced and no temporary folder is left")
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == []


def test_a_failure_between_the_two_renames_puts_the_previous_build_back(previous_build, monkeypatch, capsys):
    before = snapshot(previous_build)
    real_replace = os.replace

    def replace(src, dst):
        if Path(src).name.startswith(".processed.new-"):  # the new build cannot be moved in
            raise OSError(errno.EIO, "Input/output error", str(src))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code, err = run_build(previous_build, capsys)
    assert code == 3
    assert_one_line(err, f"{previous_build}: cannot swap the new folder in (Input/output error); nothing was replaced")
    assert snapshot(previous_build) == before
    assert leftovers(previous_build) == []
