"""Verification that means it, and cards that stay readable (issue P7, item 6).

A release is checked against what it cites: each table's content hash and the package's are
recomputed from the rows and compared with datapackage.json and with the hash the card tells
readers to cite; every table of the registry must be listed; a descriptor that points elsewhere
is refused. Metadata shown in a card or CHANGES.md (outlet names …) is escaped as Markdown.
Every test works on releases in its own temporary folder, never on data/releases.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from timeline import datapackage, releases
from timeline.cli import main
from timeline.pipeline import build
from timeline.storage import content_hash, read_table, read_tables, write_table

from conftest import RAW, read_sources_csv, write_sources_csv

MARKUP_OUTLET = "Evil | Outlet `code` <b>bold</b> *star* [link](http://example.org) # not a heading"


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> dict[str, Path]:
    """Release 1.0.0 of the seeds and 1.0.1 where one outlet's name is full of Markdown, made
    once in a store of their own; tests tamper with copies."""
    base = tmp_path_factory.mktemp("published")
    seed = base / "seed"
    build(RAW, seed)
    corpus = base / "raw"
    shutil.copytree(RAW, corpus)
    header, rows = read_sources_csv(corpus / "sources.csv")
    rows[0]["outlet"] = MARKUP_OUTLET
    write_sources_csv(corpus / "sources.csv", header, rows)
    markup = base / "markup"
    build(corpus, markup)
    where = base / "releases"
    for version, folder in (("1.0.0", seed), ("1.0.1", markup)):
        releases.release(version, build=folder, where=where, changelog=base / "CHANGELOG.md", bundle=base / "bundled")
    return {"seed": seed, "1.0.0": where / "1.0.0", "1.0.1": where / "1.0.1"}


@pytest.fixture
def release_copy(published, tmp_path, monkeypatch) -> Path:
    """A fresh copy of release 1.0.0 as the only release the command line sees."""
    where = tmp_path / "releases"
    shutil.copytree(published["1.0.0"], where / "1.0.0")
    monkeypatch.setattr(releases, "releases_dir", lambda: where)
    return where / "1.0.0"


def load_package(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def save_package(folder: Path, package: dict) -> None:
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def resource(package: dict, name: str) -> dict:
    return next(r for r in package["resources"] if r["name"] == name)


def rehash_file(folder: Path, entry: dict) -> None:
    """What a careful forger does: the size and sha256 of the edited file, written into the descriptor."""
    path = folder / entry["path"]
    entry["bytes"] = path.stat().st_size
    entry["hash"] = f"sha256:{datapackage.file_sha256(path)}"


def edit_actor_notes(folder: Path, path: Path | None = None) -> str:
    """Change one value that still validates (an actor's notes); returns the table's new content hash."""
    actors = read_table("actors", folder / "actors.parquet")
    actors.loc[0, "notes"] = "edited after release"
    write_table("actors", actors, path or folder / "actors.parquet")
    return f"sha256:{content_hash('actors', actors)}"


def verify_error(capsys) -> str:
    """Run `timeline verify 1.0.0`; it must exit 1 with one line on stderr, which is returned."""
    assert main(["verify", "1.0.0"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_an_untouched_release_verifies(release_copy, capsys):
    assert main(["verify", "1.0.0"]) == 0
    assert "release 1.0.0 verifies" in capsys.readouterr().out


def test_a_table_changed_with_its_file_hash_edited_to_match_names_the_table(release_copy, capsys):
    edit_actor_notes(release_copy)
    package = load_package(release_copy)
    rehash_file(release_copy, resource(package, "actors"))
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert f"error: {release_copy / 'actors.parquet'}: its rows hash to sha256:" in err
    assert "but datapackage.json cites" in err and "restore the folder from its published copy" in err


def test_a_table_changed_with_its_file_and_content_hash_edited_fails_on_the_package_hash(release_copy, capsys):
    entry_hash = edit_actor_notes(release_copy)
    package = load_package(release_copy)
    rehash_file(release_copy, resource(package, "actors"))
    resource(package, "actors")["content_hash"] = entry_hash
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert f"error: {release_copy / 'datapackage.json'}: the tables' rows hash to the package content hash sha256:" in err
    assert "a table was changed after release" in err


def test_a_table_changed_with_every_hash_of_datapackage_json_edited_fails_on_the_card(release_copy, capsys):
    entry_hash = edit_actor_notes(release_copy)
    package = load_package(release_copy)
    rehash_file(release_copy, resource(package, "actors"))
    resource(package, "actors")["content_hash"] = entry_hash
    frames = read_tables(release_copy)
    package["content_hash"] = f"sha256:{datapackage.package_content_hash(datapackage.table_content_hashes(frames))}"
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert f"error: {release_copy / 'README.md'}: the card cites content hash sha256:" in err
    assert "but the rows hash to" in err


def test_a_table_removed_from_datapackage_json_then_changed_fails(release_copy, capsys):
    package = load_package(release_copy)
    package["resources"] = [r for r in package["resources"] if r["name"] != "actors"]
    save_package(release_copy, package)
    edit_actor_notes(release_copy)
    err = verify_error(capsys)
    assert f"error: {release_copy / 'datapackage.json'}: it does not list the table actors (a release lists every table of the registry)" in err


def test_a_table_listed_under_another_file_fails(release_copy, capsys):
    # The untouched file is kept under another name for the hashes; the loaders read actors.parquet.
    shutil.copy2(release_copy / "actors.parquet", release_copy / "actors-original.parquet")
    entry_hash = edit_actor_notes(release_copy)
    package = load_package(release_copy)
    resource(package, "actors")["path"] = "actors-original.parquet"
    resource(package, "actors")["content_hash"] = entry_hash
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert "table actors has path 'actors-original.parquet'; a table's file is actors.parquet" in err


def test_a_resource_outside_the_release_folder_is_refused(release_copy, capsys):
    outside = release_copy.parent / "elsewhere"
    outside.mkdir()
    shutil.copy2(release_copy / "CHANGES.md", outside / "CHANGES.md")
    package = load_package(release_copy)
    resource(package, "changes-md")["path"] = "../elsewhere/CHANGES.md"
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert "resource changes-md has path '../elsewhere/CHANGES.md'; every file of a package is in its own folder" in err


def test_a_resource_without_its_size_is_one_line_not_a_traceback(release_copy, capsys):
    package = load_package(release_copy)
    del resource(package, "sources")["bytes"]
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert f"error: {release_copy / 'datapackage.json'}: resource 1 (sources) has no valid 'bytes'" in err


def test_a_parquet_file_the_descriptor_does_not_list_fails(release_copy, capsys):
    shutil.copy2(release_copy / "actors.parquet", release_copy / "extra.parquet")
    err = verify_error(capsys)
    assert "extra.parquet is in the folder but not listed" in err


def test_edited_article_citations_in_datapackage_json_fail(release_copy, capsys):
    package = load_package(release_copy)
    package["sources"][0]["sha256"] = "0" * 64
    save_package(release_copy, package)
    first = package["sources"][0]["source_id"]
    err = verify_error(capsys)
    assert f"the articles it cites do not match sources.parquet (first difference: {first})" in err


def test_a_card_without_its_citation_fails(release_copy, capsys):
    card = release_copy / "README.md"
    card.write_text(re.sub(r"content hash:? `?sha256:[0-9a-f]{64}`?", "a hash", card.read_text(encoding="utf-8"), flags=re.I), encoding="utf-8")
    package = load_package(release_copy)
    rehash_file(release_copy, resource(package, "readme-md"))
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert f"error: {card}: the card cites no content hash" in err


def test_a_descriptor_whose_version_is_not_its_folder_fails(release_copy, capsys):
    package = load_package(release_copy)
    package["version"] = "1.0.1"
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert "it gives version '1.0.1', but the folder is release 1.0.0" in err


def test_verify_of_a_build_folder_says_it_is_not_a_release(release_copy, published, capsys):
    assert main(["verify", str(published["seed"])]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {published['seed'] / 'datapackage.json'}: it describes a build, not a release (it has no version); check a build with `timeline validate {published['seed']}`\n"


def unescaped_pipes(line: str) -> int:
    return sum(1 for token in re.findall(r"\\.|\|", line) if token == "|")


def test_markdown_in_an_outlet_name_keeps_the_card_table_a_table(published):
    card = (published["1.0.1"] / "README.md").read_text(encoding="utf-8")
    table = card.split("## Sources\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(table) == 2 + 5 and all(unescaped_pipes(line) == 6 for line in table)
    assert (r"| Evil \| Outlet \`code\` \<b\>bold\</b\> \*star\* \[link\](http://example.org) # not a heading |") in table[2]


def test_a_line_break_in_an_outlet_name_keeps_its_card_row_on_one_line(published):
    frames = read_tables(published["seed"])
    frames["sources"].loc[0, "outlet"] = "Evil\n# Heading\r\n| a | b |"
    package = datapackage.descriptor(published["seed"], frames, version="1.0.0", created="2024-08-02T00:00:00+00:00")
    card = releases.card("1.0.0", package, frames, notes=None)
    assert "\n# Heading" not in card
    row = next(line for line in card.splitlines() if "Evil" in line)
    assert row.startswith(f"| {frames['sources'].loc[0, 'source_id']} | Evil # Heading \\| a \\| b \\| |") and unescaped_pipes(row) == 6


def test_markdown_in_a_changed_value_is_escaped_in_changes_md(published):
    changes = (published["1.0.1"] / "CHANGES.md").read_text(encoding="utf-8")
    line = next(line for line in changes.splitlines() if "changed" in line and "Evil" in line)
    assert r"outlet: 'Juan Brignardello Vela (personal site)' → 'Evil \| Outlet \`code\` \<b\>bold\</b\>" in line


def test_a_table_the_registry_does_not_know_is_one_line_not_a_traceback(release_copy, capsys):
    shutil.copy2(release_copy / "actors.parquet", release_copy / "bogus.parquet")
    package = load_package(release_copy)
    entry = {**resource(package, "actors"), "name": "bogus", "path": "bogus.parquet"}
    package["resources"].append(entry)
    save_package(release_copy, package)
    err = verify_error(capsys)
    assert f"error: {release_copy / 'datapackage.json'}: it lists bogus, which the registry has no table for" in err


def test_a_damaged_build_descriptor_in_diff_says_to_rebuild(published, tmp_path, capsys):
    build_copy = tmp_path / "build"
    shutil.copytree(published["seed"], build_copy)
    package = load_package(build_copy)
    resource(package, "events")["path"] = "../events.parquet"
    save_package(build_copy, package)
    assert main(["diff", str(published["seed"]), str(build_copy)]) == 1
    err = capsys.readouterr().err
    assert err == (f"error: {build_copy / 'datapackage.json'}: resource events has path '../events.parquet'; "
                   "every file of a package is in its own folder; rebuild it with `timeline build`\n")
