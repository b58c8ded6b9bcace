"""Bad input: one clear line naming the file and row, a non-zero exit, and nothing lost."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.cli import main

from conftest import read_sources_csv, write_sources_csv



def run_build(corpus: Path, out: Path, capsys) -> tuple[int, str]:
    code = main(["build", "--raw", str(corpus), "--out", str(out)])
    return code, capsys.readouterr().err


def assert_refused(code: int, err: str, out: Path, *expected: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    for text in expected:
        assert text in lines[0], (text, lines[0])
    assert sorted(p.name for p in out.iterdir()) == ["datapackage.json", "sources.parquet"]
    assert (out / "sources.parquet").read_bytes() == b"earlier build"


def edit_row(corpus: Path, index: int, **changes: str) -> None:
    header, rows = read_sources_csv(corpus / "sources.csv")
    rows[index].update(changes)
    write_sources_csv(corpus / "sources.csv", header, rows)


def test_missing_sources_csv(corpus, previous_build, capsys):
    (corpus / "sources.csv").unlink()
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "sources.csv", "not found")


def test_sources_csv_missing_a_required_column(corpus, previous_build, capsys):
    header, rows = read_sources_csv(corpus / "sources.csv")
    write_sources_csv(corpus / "sources.csv", [h for h in header if h != "published"], rows)
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "sources.csv", "published")


def test_required_columns_out_of_order(corpus, previous_build, capsys):
    header, rows = read_sources_csv(corpus / "sources.csv")
    header[0], header[1] = header[1], header[0]
    write_sources_csv(corpus / "sources.csv", header, rows)
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "sources.csv", "in this order")


def test_listed_file_missing(corpus, previous_build, capsys):
    edit_row(corpus, 2, file="nowhere.txt")
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "sources.csv, row 3", "nowhere.txt")


def test_same_source_id_twice(corpus, previous_build, capsys):
    _, rows = read_sources_csv(corpus / "sources.csv")
    edit_row(corpus, 3, source_id=rows[1]["source_id"])
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 4", "already used by row 2")


def test_same_file_twice(corpus, previous_build, capsys):
    _, rows = read_sources_csv(corpus / "sources.csv")
    edit_row(corpus, 4, file=rows[0]["file"], sha256="")
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 5", "already listed by row 1")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n \xc2\xa0\n"])
def test_empty_or_whitespace_article(corpus, previous_build, capsys, content):
    _, rows = read_sources_csv(corpus / "sources.csv")
    (corpus / rows[1]["file"]).write_bytes(content)
    edit_row(corpus, 1, sha256="")
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, rows[1]["file"], "empty", "row 2")


def test_article_not_utf8(corpus, previous_build, capsys):
    _, rows = read_sources_csv(corpus / "sources.csv")
    (corpus / rows[0]["file"]).write_bytes("First line\nSecond line: caf\xe9\n".encode("latin-1"))
    edit_row(corpus, 0, sha256="")
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, rows[0]["file"], "line 2", "not UTF-8", "row 1")


@pytest.mark.parametrize("value", ["30/07/2024", "2024-02-30", "yesterday", ""])
def test_published_not_a_date(corpus, previous_build, capsys, value):
    edit_row(corpus, 1, published=value)
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 2", "published")


def test_published_in_the_future(corpus, previous_build, capsys):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    edit_row(corpus, 4, published=tomorrow)
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 5", "future")


@pytest.mark.parametrize("value", ["xx", "english", ""])
def test_unknown_language(corpus, previous_build, capsys, value):
    edit_row(corpus, 2, language=value)
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 3", "language")


def test_changed_raw_file_is_caught_by_its_listed_hash(corpus, previous_build, capsys):
    _, rows = read_sources_csv(corpus / "sources.csv")
    path = corpus / rows[3]["file"]
    path.write_bytes(path.read_bytes().replace(b"Kidal", b"Kidel", 1))
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 4", "sha256")


def test_file_outside_the_corpus_folder(corpus, previous_build, capsys):
    edit_row(corpus, 0, file="../outside.txt")
    assert_refused(*run_build(corpus, previous_build, capsys), previous_build, "row 1", "inside")


def test_a_good_corpus_replaces_the_previous_build(corpus, previous_build, capsys):
    assert main(["build", "--raw", str(corpus), "--out", str(previous_build)]) == 0
    assert (previous_build / "sources.parquet").read_bytes() != b"earlier build"
    assert (previous_build / "sentences.parquet").is_file()


def test_build_refuses_to_replace_a_folder_that_is_not_a_build(corpus, tmp_path, capsys):
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine")
    assert main(["build", "--raw", str(corpus), "--out", str(home)]) != 0
    assert "not an earlier build" in capsys.readouterr().err
    assert (home / "notes.txt").read_text() == "mine"


def test_build_refuses_to_write_over_its_own_corpus(corpus, capsys):
    before = sorted(p.name for p in corpus.iterdir())
    assert main(["build", "--raw", str(corpus), "--out", str(corpus)]) != 0
    assert "refusing" in capsys.readouterr().err
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_build_refuses_a_file_as_output(corpus, tmp_path, capsys):
    target = tmp_path / "afile"
    target.write_text("keep")
    assert main(["build", "--raw", str(corpus), "--out", str(target)]) != 0
    assert target.read_text() == "keep"
