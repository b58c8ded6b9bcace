"""timeline: an open, versioned event dataset of the conflict in northern Mali.

The Python API and the ``timeline`` command run the same functions:

>>> import timeline
>>> timeline.tables()                      # the tables of the dataset
>>> events = timeline.load("events")        # the newest release, with the declared dtypes
>>> timeline.versions()                     # the releases, oldest first
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from timeline import releases
from timeline.pipeline import build, validate
from timeline.registry import registry
from timeline.score_corpus import evaluate_corpus as evaluate
from timeline.storage import read_table

__all__ = ["build", "validate", "evaluate", "load", "tables", "versions", "default_data_dir"]


def default_data_dir() -> Path:
    """The current build: the repository's data/processed, else ./data/processed."""
    beside_package = Path(__file__).resolve().parent.parent / "data" / "processed"
    return beside_package if beside_package.is_dir() else Path.cwd() / "data" / "processed"


def tables() -> list[str]:
    """The names of the dataset's tables, in registry order."""
    return list(registry())


def versions() -> list[str]:
    """The released versions, oldest first (the repository's, or the one the wheel carries)."""
    return releases.versions()


def load(table: str, version: str | None = None, *, path: Path | str | None = None) -> pd.DataFrame:
    """One table as a DataFrame with its declared dtypes (dates are datetime64, not strings).

    ``version``: a release ("1.0.0"); None for the newest release (or the current build if there
    is no release yet); "current" for the current build. ``path``: any built or released folder.
    """
    if table not in registry():
        raise KeyError(f"no table {table!r}; the tables are: {', '.join(registry())}")
    if path is not None:
        folder = Path(path)
    elif version == "current":
        folder = default_data_dir()
    elif version is not None:
        folder = releases.resolve(version)
    else:
        known = releases.versions()
        folder = releases.resolve(known[-1]) if known else default_data_dir()
    return read_table(table, folder / f"{table}.parquet")
