"""Reading a corpus: reads stay inside the corpus folder, and strict input is one clear line (P7).

Each test breaks a copy of the seed corpus one way and runs ``timeline build``: one line naming
the file and row, exit 2, and the previous build left exactly as it was.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd
import pytest

import timeline.corpus
from timeline.cli import main
from timeline.corpus import empty_articles, load_corpus
from timeline.pipeline import process_article

from conftest import read_sources_csv, write_sources_csv

EXIT_INPUT = 2



@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the corpus holding a secret the build must never read."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text("Fighting broke out near Kidal on Thursday. SECRET_TOKEN=hunter2\n")
    return folder


def refused(corpus: Path, out: Path, capsys) -> str:
    """Build and return the one error line; assert exit 2 and an untouched previous build."""
    code = main(["build", "--raw", str(corpus), "--out", str(out)])
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == EXIT_INPUT, err
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert sorted(p.name for p in out.iterdir()) == ["datapackage.json", "sources.parquet"]
    assert (out / "sources.parquet").read_bytes() == b"earlier build"
    return lines[0]


def list_file(corpus: Path, index: int, name: str) -> None:
    """Point row ``index`` of sources.csv at ``name`` (its listed checksum dropped)."""
    header, rows = read_sources_csv(corpus / "sources.csv")
    rows[index].update(file=name, sha256="")
    write_sources_csv(corpus / "sources.csv", header, rows)


def edit_row(corpus: Path, index: int, **changes: str) -> None:
    header, rows = read_sources_csv(corpus / "sources.csv")
    rows[index].update(changes)
    write_sources_csv(corpus / "sources.csv", header, rows)


def write_article(corpus: Path, index: int, data: bytes) -> str:
    """Replace the bytes of row ``index``'s article; return its file name."""
    _, rows = read_sources_csv(corpus / "sources.csv")
    (corpus / rows[index]["file"]).write_bytes(data)
    edit_row(corpus, index, sha256="")
    return rows[index]["file"]


# Reads stay inside the corpus folder


def test_a_symlink_to_a_file_outside_the_corpus_is_refused(corpus, outside, previous_build, capsys):
    (corpus / "leak.txt").symlink_to(outside / "secret.txt")
    list_file(corpus, 0, "leak.txt")
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv, row 1 (line 2): file 'leak.txt' resolves to" in line
    assert "outside the corpus folder" in line and "copy the file into the corpus folder" in line
    assert "hunter2" not in line


def test_a_file_in_a_symlinked_folder_outside_the_corpus_is_refused(corpus, outside, previous_build, capsys):
    (corpus / "more").symlink_to(outside, target_is_directory=True)
    list_file(corpus, 1, "more/secret.txt")
    line = refused(corpus, previous_build, capsys)
    assert "row 2 (line 3): file 'more/secret.txt' resolves to" in line
    assert f"{outside.resolve() / 'secret.txt'}, outside the corpus folder" in line


def test_a_link_to_proc_self_environ_is_refused_and_leaks_nothing(corpus, previous_build, capsys, monkeypatch):
    monkeypatch.setenv("TIMELINE_TEST_SECRET", "hunter2")
    (corpus / "env.txt").symlink_to("/proc/self/environ")
    list_file(corpus, 2, "env.txt")
    line = refused(corpus, previous_build, capsys)
    assert "row 3 (line 4): file 'env.txt' resolves to /proc/" in line and "outside the corpus folder" in line
    assert "hunter2" not in line


def test_a_fifo_listed_as_an_article_is_refused_without_waiting_on_it(corpus, previous_build, capsys):
    os.mkfifo(corpus / "pipe.txt")
    list_file(corpus, 3, "pipe.txt")
    line = refused(corpus, previous_build, capsys)
    assert "row 4 (line 5): file 'pipe.txt' is a FIFO (named pipe), not a regular file; list a plain-text file of the corpus folder" in line


def test_a_folder_listed_as_an_article_is_refused(corpus, previous_build, capsys):
    (corpus / "folder.txt").mkdir()
    list_file(corpus, 4, "folder.txt")
    line = refused(corpus, previous_build, capsys)
    assert "row 5 (line 6): file 'folder.txt' is a folder, not a regular file" in line


def test_a_symlink_loop_listed_as_an_article_is_refused(corpus, previous_build, capsys):
    (corpus / "loop.txt").symlink_to("loop.txt")
    list_file(corpus, 0, "loop.txt")
    line = refused(corpus, previous_build, capsys)
    assert "row 1 (line 2): file 'loop.txt' cannot be resolved (Symlink loop from" in line
    assert "list a plain-text file of the corpus folder" in line


def test_a_file_swapped_for_a_fifo_after_the_check_is_refused_on_the_open_file(corpus, previous_build, capsys, monkeypatch):
    os.mkfifo(corpus / "pipe.txt")
    list_file(corpus, 0, "pipe.txt")
    monkeypatch.setattr(timeline.corpus, "_regular_file_inside", lambda folder, path, *args, **kwargs: path.resolve())
    line = refused(corpus, previous_build, capsys)
    assert "row 1 (line 2): file 'pipe.txt' is a FIFO (named pipe), not a regular file" in line


def test_a_symlink_to_an_article_inside_the_corpus_is_still_read(corpus):
    _, rows = read_sources_csv(corpus / "sources.csv")
    (corpus / "sub").mkdir()
    (corpus / rows[0]["file"]).rename(corpus / "sub" / "moved.txt")
    (corpus / rows[0]["file"]).symlink_to(Path("sub") / "moved.txt")
    articles = load_corpus(corpus)
    assert [a.file for a in articles] == [r["file"] for r in rows]


# Unreadable files


def _deny(monkeypatch, name: str) -> None:
    """Make opening any file called ``name`` fail as an unreadable file does (we run as root)."""
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def test_an_unreadable_article_is_one_line(corpus, previous_build, capsys, monkeypatch):
    _, rows = read_sources_csv(corpus / "sources.csv")
    _deny(monkeypatch, rows[1]["file"])
    line = refused(corpus, previous_build, capsys)
    assert f"row 2 (line 3): file '{rows[1]['file']}' cannot be read (Permission denied); check that this user may read" in line


def test_an_article_that_cannot_even_be_looked_at_is_one_line(corpus, previous_build, capsys, monkeypatch):
    _, rows = read_sources_csv(corpus / "sources.csv")
    real_stat = Path.stat

    def fake_stat(self, *args, **kwargs):
        if self.name == rows[1]["file"]:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", fake_stat)
    line = refused(corpus, previous_build, capsys)
    assert f"row 2 (line 3): file '{rows[1]['file']}' cannot be read (Permission denied); check that this user may read" in line


def test_an_unreadable_sources_csv_is_one_line(corpus, previous_build, capsys, monkeypatch):
    _deny(monkeypatch, "sources.csv")
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv: cannot be read (Permission denied); check that this user may read" in line


def test_a_folder_named_sources_csv_is_refused(corpus, previous_build, capsys):
    (corpus / "sources.csv").unlink()
    (corpus / "sources.csv").mkdir()
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv: is a folder, not a regular file; a corpus folder needs sources.csv as a plain CSV file of its own" in line


def test_a_sources_csv_cell_over_the_csv_field_limit_is_one_line(corpus, previous_build, capsys):
    header, rows = read_sources_csv(corpus / "sources.csv")
    rows[1]["notes"] = "x" * (csv.field_size_limit() + 1)
    write_sources_csv(corpus / "sources.csv", header, rows)
    line = refused(corpus, previous_build, capsys)
    assert f"row 2 (line 3): a cell is longer than the CSV reader's limit of {csv.field_size_limit()} characters" in line
    assert "unclosed quote" in line


# Strict sources.csv


def test_a_misspelt_optional_column_is_refused_with_the_closest_name(corpus, previous_build, capsys):
    header, rows = read_sources_csv(corpus / "sources.csv")
    header = ["sha265" if h == "sha256" else h for h in header]
    rows = [{("sha265" if k == "sha256" else k): v for k, v in r.items()} for r in rows]
    write_sources_csv(corpus / "sources.csv", header, rows)
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv, line 1: unknown column 'sha265' (did you mean sha256?); the columns are source_id, file, outlet, title, url, published, language, published_basis, based_on_outlet, based_on_title, based_on_url, notes, sha256, and your own columns must start with x_" in line


def test_a_column_of_ones_own_prefixed_x_is_accepted(corpus):
    header, rows = read_sources_csv(corpus / "sources.csv")
    for r in rows:
        r["x_reviewer"] = "ab"
    write_sources_csv(corpus / "sources.csv", [*header, "x_reviewer"], rows)
    assert [a.meta["x_reviewer"] for a in load_corpus(corpus)] == ["ab"] * len(rows)


def test_a_column_named_twice_is_refused(corpus, previous_build, capsys):
    text = (corpus / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    text[0] = text[0].rstrip("\n") + ",notes\n"
    text[1:] = [t.rstrip("\n") + ",\n" for t in text[1:]]
    (corpus / "sources.csv").write_text("".join(text), encoding="utf-8")
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv, line 1: column 'notes' appears twice in the header; keep one" in line


def test_a_column_without_a_name_is_refused(corpus, previous_build, capsys):
    text = (corpus / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    text = [t.rstrip("\n") + ",\n" for t in text]
    (corpus / "sources.csv").write_text("".join(text), encoding="utf-8")
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv, line 1: column 14 of the header has no name" in line


def test_a_row_with_fewer_cells_than_the_header_is_refused(corpus, previous_build, capsys):
    text = (corpus / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    text[3] = text[3].rstrip("\n").rsplit(",", 1)[0] + "\n"
    (corpus / "sources.csv").write_text("".join(text), encoding="utf-8")
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv, row 3 (line 4): has 12 cells but the header has 13 columns; add the missing cells" in line


def test_a_control_character_in_sources_csv_is_refused(corpus, previous_build, capsys):
    edit_row(corpus, 2, title="Battle\x00of Tinzaouaten")
    line = refused(corpus, previous_build, capsys)
    assert "sources.csv, line 4: holds the control character 0x00; a sources.csv is plain text: remove it" in line


@pytest.mark.parametrize("value", ["0025-07-30", "1600-07-30", "1899-12-31"])
def test_a_publication_date_before_1900_is_refused(corpus, previous_build, capsys, value):
    edit_row(corpus, 1, published=value)
    line = refused(corpus, previous_build, capsys)
    assert f"row 2 (line 3): published {value} is before 1900; check the year" in line


def test_a_source_id_of_100000_characters_is_refused(corpus, previous_build, capsys):
    edit_row(corpus, 0, source_id="a" * 100_000)
    line = refused(corpus, previous_build, capsys)
    assert "row 1 (line 2): source_id is 100000 characters long, over the limit of 100; shorten it" in line
    assert len(line) < 300


@pytest.mark.parametrize("column", ["outlet", "title"])
def test_an_outlet_or_title_over_500_characters_is_refused(corpus, previous_build, capsys, column):
    edit_row(corpus, 3, **{column: "w" * 501})
    line = refused(corpus, previous_build, capsys)
    assert f"row 4 (line 5): {column} is 501 characters long, over the limit of 500; shorten it" in line


# Strict articles


@pytest.mark.parametrize("byte", [b"\x00", b"\x1b", b"\x0b"])
def test_an_article_with_a_nul_or_control_byte_is_refused_as_binary(corpus, previous_build, capsys, byte):
    name = write_article(corpus, 1, b"Fighting broke out near Kidal.\nThe army said" + byte + b" it held the town.\n")
    line = refused(corpus, previous_build, capsys)
    assert f"{name}, line 2: byte 44 is the control character 0x{byte[0]:02x}: this is a binary file, not an article's text" in line
    assert "sources.csv row 2)" in line


def test_tabs_and_form_feeds_are_text(corpus):
    write_article(corpus, 1, b"Fighting broke out near Kidal.\f\n\tThe army said it held the town.\r\n")
    assert "\f" in load_corpus(corpus)[1].text


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (b"<!DOCTYPE html>\n<html><head><title>Kidal</title></head>\n<body><p>Fighting broke out near Kidal.</p></body></html>\n",
         "it starts with <!doctype html> or <html>"),
        (b"<div class=\"story\">\n<p>Fighting broke out near Kidal on Thursday.</p>\n<p>The army said it held the town.</p>\n</div>\n",
         "4 of its 4 lines begin with a markup tag"),
    ],
)
def test_an_html_page_given_as_an_article_is_refused_with_a_hint(corpus, previous_build, capsys, page, reason):
    name = write_article(corpus, 2, page)
    line = refused(corpus, previous_build, capsys)
    assert f"{name}: looks like an HTML page ({reason}), not an article's text; extract the text first" in line


def test_an_article_quoting_an_angle_bracket_is_not_taken_for_html(corpus):
    write_article(corpus, 2, b"Fighting broke out near Kidal.\n<Reuters> The army said 3 < 4.\nNo more.\n")
    assert len(load_corpus(corpus)) == 5


def test_an_article_that_keeps_no_sentence_is_reported(corpus):
    name = write_article(corpus, 4, b"Advertisement\nShare this article\nSubscribe to our newsletter\n")
    articles = load_corpus(corpus)
    sources = pd.DataFrame([process_article(a)["sources"][0] for a in articles])
    assert empty_articles(sources) == [
        f"{name} (source_id {articles[4].source_id}): the article kept no sentence; check that the file holds the article's text, not only page furniture"
    ]
