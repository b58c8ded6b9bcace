"""Errors a user can act on: each names the file, the row and what to do."""

from __future__ import annotations

from pathlib import Path


class TimelineError(Exception):
    """Base of every error the command line turns into a one-line message and a non-zero exit."""


class InputError(TimelineError):
    """Bad input in the corpus: names the file and, where there is one, the row of sources.csv."""

    def __init__(self, file: Path | str, message: str, row: int | None = None, line: int | None = None) -> None:
        self.file = str(file)
        self.row = row
        self.message = message
        where = self.file
        if row is not None:
            where += f", row {row}" + (f" (line {line})" if line is not None else "")
        elif line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {message}")


class ValidationFailed(TimelineError):
    """A table broke its schema or a cross-table rule; the full failure cases are in ``report``."""

    def __init__(self, summary: str, report: Path | None = None) -> None:
        self.summary = summary
        self.report = report
        tail = f"\nfull failure cases: {report}" if report else ""
        super().__init__(summary + tail)


class UsageError(TimelineError):
    """An option that cannot work as given (a missing optional extra, a bad number of jobs)."""
