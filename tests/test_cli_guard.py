"""The command line's last guard: one line and a documented exit code, never a traceback."""

from __future__ import annotations

import pytest

from timeline import cli


def test_an_unexpected_error_is_one_line_with_exit_70(monkeypatch, capsys):
    def boom(args):
        raise KeyError("surprise")

    monkeypatch.setattr(cli, "_cmd_versions", boom)
    assert cli.main(["versions"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected KeyError" in err and "--debug" in err


def test_debug_shows_the_traceback(monkeypatch):
    def boom(args):
        raise KeyError("surprise")

    monkeypatch.setattr(cli, "_cmd_versions", boom)
    with pytest.raises(KeyError):
        cli.main(["--debug", "versions"])


def test_an_os_error_is_one_line_naming_the_path_with_exit_3(monkeypatch, capsys):
    def full(args):
        raise OSError(28, "No space left on device", "/tmp/out/events.parquet")

    monkeypatch.setattr(cli, "_cmd_versions", full)
    assert cli.main(["versions"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "/tmp/out/events.parquet: No space left on device" in err


def test_a_build_warns_about_an_article_that_kept_no_sentence(tmp_path, capsys):
    raw = tmp_path / "raw"
    (raw / "a").mkdir(parents=True)
    (raw / "a" / "one.txt").write_text("Title line\n\nFighting broke out near Kidal on Thursday, the army said.\n", encoding="utf-8")
    (raw / "a" / "two.txt").write_text("Share this\nAdvertisement\n", encoding="utf-8")
    (raw / "sources.csv").write_text(
        "source_id,file,outlet,title,url,published,language\n"
        "one,a/one.txt,Test,T,,2024-07-27,en\n"
        "two,a/two.txt,Test,T,,2024-07-27,en\n",
        encoding="utf-8",
    )
    assert cli.main(["build", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "warning: a/two.txt (source_id two): the article kept no sentence" in err
