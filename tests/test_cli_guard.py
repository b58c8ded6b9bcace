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
