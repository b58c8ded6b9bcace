"""timeline: an open, versioned event dataset of the conflict in northern Mali.

The Python API and the ``timeline`` command run the same functions:

>>> import timeline
>>> timeline.tables()                      # the tables of the dataset
>>> sentences = timeline.load("sentences")  # a pandas DataFrame with the declared dtypes
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from timeline.pipeline import build, validate
from timeline.registry import registry
from timeline.storage import read_table

__all__ = ["build", "validate", "load", "tables", "default_data_dir"]


def default_data_dir() -> Path:
    """The current build: the repository's data/processed, else ./data/processed."""
    beside_package = Path(__file__).resolve().parent.parent / "data" / "processed"
    return beside_package if beside_package.is_dir() else Path.cwd() / "data" / "processed"


def tables() -> list[str]:
    """The names of the dataset's tables, in registry order."""
    return list(registry())


def load(table: str, path: Path | str | None = None) -> pd.DataFrame:
    """One table as a DataFrame with its declared dtypes (dates are datetime64, not strings).

    ``path`` is a built folder (default: the current build, see ``default_data_dir``).
    """
    if table not in registry():
        raise KeyError(f"no table {table!r}; the tables are: {', '.join(registry())}")
    folder = Path(path) if path is not None else default_data_dir()
    return read_table(table, folder / f"{table}.parquet")
