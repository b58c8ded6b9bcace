"""Reading and writing tables: deterministic Parquet, declared dtypes, content hashes.

Why: a cited release must be reproducible byte for byte from the same inputs and library
versions, and a notebook user must get real dates and integers back. Tables are written into a
folder that output_folders.py swaps in atomically.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from datetime import date
from json.encoder import encode_basestring  # the C encoder JSONEncoder(ensure_ascii=False) uses
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.errors import TimelineError
from timeline.output_folders import replace_folder
from timeline.registry import registry, table
from timeline.schemas import arrow_schema


def frame(name: str, records: list[dict]) -> pd.DataFrame:
    """A table's records as a DataFrame with the registry's columns, dtypes and key order.
    Built a column at a time with its dtype given (no per-column type inference)."""
    t = table(name)
    columns = {}
    for f in t.fields:
        values = [r.get(f.name) for r in records]
        if f.type == "date":
            columns[f.name] = pd.to_datetime(pd.Series(values, dtype=object)).astype(f.pandas_dtype)
        elif f.type == "list":
            columns[f.name] = pd.Series([list(v) for v in values], dtype=object)
        else:
            columns[f.name] = pd.Series(values, dtype=f.pandas_dtype)
    df = pd.DataFrame(columns, columns=t.columns)
    return df.sort_values(list(t.primary_key), kind="stable").reset_index(drop=True)


def _arrow_column(series: pd.Series, kind: str, arrow_type: pa.DataType) -> pa.Array:
    if kind == "list":
        return pa.array([None if v is None else list(v) for v in series], type=arrow_type)
    if kind == "date":  # whole days: one conversion of the column, missing days as nulls
        days = series.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
        return pa.array(days, type=arrow_type, from_pandas=True)
    arrow = _arrow_of(series)
    if arrow is not None:
        return arrow.cast(arrow_type)
    return pa.array(_plain_values(series), type=arrow_type)


def _arrow_of(series: pd.Series) -> pa.Array | None:
    """The column as one Arrow array when pandas keeps it in Arrow or a masked array (strings,
    nullable integers and booleans): no Python object per value."""
    if not hasattr(series.array, "__arrow_array__"):
        return None
    arrow = pa.array(series.array)
    return arrow.combine_chunks() if isinstance(arrow, pa.ChunkedArray) else arrow


def _plain_values(series: pd.Series) -> list:
    """A scalar column's values as plain Python values, None where missing."""
    arrow = _arrow_of(series)
    if arrow is not None:
        return arrow.to_pylist()
    missing = series.isna().tolist()
    return [None if gone else (v.item() if hasattr(v, "item") else v) for v, gone in zip(series.astype(object).tolist(), missing)]


def to_arrow(name: str, df: pd.DataFrame) -> pa.Table:
    """An Arrow table with the explicit schema (no pandas metadata, which carries versions)."""
    schema = arrow_schema(name)
    t = table(name)
    arrays = [_arrow_column(df[f.name], f.type, schema.field(f.name).type) for f in t.fields]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_table(name: str, df: pd.DataFrame, path: Path) -> None:
    """Parquet with fixed settings, so the same rows give the same bytes."""
    pq.write_table(
        to_arrow(name, df),
        path,
        compression="zstd",
        compression_level=9,
        use_dictionary=True,
        write_statistics=True,
        version="2.6",
        data_page_version="1.0",
    )


def read_table(name: str, path: Path) -> pd.DataFrame:
    """A table read back with the registry's dtypes (dates as datetime64, never objects)."""
    t = table(name)
    try:
        arrow = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise TimelineError(f"{path}: cannot be read as Parquet ({exc})") from None
    if arrow.column_names != t.columns:
        raise TimelineError(f"{path}: columns {arrow.column_names} are not those of table {name!r} {t.columns}")
    df = arrow.to_pandas(date_as_object=False)
    for f in t.fields:
        if f.type == "list":
            df[f.name] = pd.Series([None if v is None else [str(x) for x in v] for v in df[f.name]], index=df.index, dtype=object)
        else:
            df[f.name] = df[f.name].astype(f.pandas_dtype)
    return df


def _canonical(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def content_hash(name: str, df: pd.DataFrame) -> str:
    """SHA-256 of a table's columns and rows as canonical JSON: independent of the Parquet writer.
    Each row is hashed as ``json.JSONEncoder(ensure_ascii=False).encode`` writes it (the
    definition releases were hashed with; tests/test_content_hash.py keeps it as the oracle),
    but the values are encoded a column at a time, which is several times faster."""
    digest = hashlib.sha256()
    t = table(name)
    digest.update(json.dumps([[f.name, f.type] for f in t.fields]).encode())
    columns = [_json_column(df[f.name], f.type) for f in t.fields]
    digest.update("".join(["\n[" + ", ".join(row) + "]" for row in zip(*columns)]).encode("utf-8"))
    return digest.hexdigest()


def _json_column(series: pd.Series, kind: str) -> list[str]:
    """A column's values as canonical JSON: integers and booleans cast by Arrow, strings by the C
    encoder json itself uses, dates as quoted ISO days, missing values as null."""
    if kind == "date":
        days = series.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
        iso = np.datetime_as_string(days, unit="D").tolist()
        return ["null" if gone else f'"{day}"' for gone, day in zip(np.isnat(days).tolist(), iso)]
    if kind == "list":
        return [_json_list(v) for v in series.astype(object).tolist()]
    arrow = _arrow_of(series)
    if arrow is None and series.dtype.kind in "iub":  # numpy integers and booleans: no missing values
        arrow = pa.array(series.to_numpy())
    if arrow is None or kind == "number":
        return [_json_value(v) for v in _plain_values(series)]
    if kind in ("integer", "boolean"):  # Arrow writes 12 and true/false exactly as json does
        return arrow.cast(pa.string()).fill_null("null").to_pylist()
    encoded = list(map(encode_basestring, arrow.cast(pa.string()).fill_null("").to_pylist()))
    for i in np.flatnonzero(arrow.is_null().to_numpy(zero_copy_only=False)).tolist():
        encoded[i] = "null"
    return encoded


def _json_list(value: object) -> str:
    """A list cell: strings, the only items our lists hold, by the C encoder; anything else by
    the general path."""
    if isinstance(value, (list, tuple)) and all(type(v) is str for v in value):
        return "[" + ", ".join(map(encode_basestring, value)) + "]"
    return _json_value(_canonical(value))


def _json_value(value: object) -> str:
    """One canonical value as ``json.JSONEncoder(ensure_ascii=False)`` encodes it."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join([_json_value(v) for v in value]) + "]"
    return _VALUE_ENCODER.encode(value)  # numbers and booleans


_VALUE_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write_tables(frames: dict[str, pd.DataFrame], out: Path, describe: Callable[[Path], None]) -> None:
    """Every table as ``<name>.parquet``, described by ``describe`` (which writes the manifest),
    swapped into ``out`` at once."""

    def fill(folder: Path) -> None:
        for name, df in frames.items():
            write_table(name, df, folder / f"{name}.parquet")
        describe(folder)

    replace_folder(out, fill)


def _table_paths(folder: Path) -> dict[str, Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise TimelineError(f"{folder}: no such folder; run `timeline build` first")
    paths = {name: folder / f"{name}.parquet" for name in registry()}
    for path in paths.values():
        if not path.is_file():
            raise TimelineError(f"{path}: missing; the folder is not a complete build")
    return paths


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every registered table present in a built folder."""
    return {name: read_table(name, path) for name, path in _table_paths(folder).items()}


class LazyTables(Mapping):
    """A built folder's tables, each read on first use. Why: a rebuild with nothing changed hands
    back the build it kept; reading every table would cost more than deciding that (P8)."""

    def __init__(self, folder: Path) -> None:
        self._paths = _table_paths(folder)
        self._frames: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._frames:
            self._frames[name] = read_table(name, self._paths[name])
        return self._frames[name]

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def rows(self, name: str) -> int:
        """A table's row count from its Parquet footer, without reading the table."""
        return len(self._frames[name]) if name in self._frames else pq.read_metadata(self._paths[name]).num_rows


def row_counts(frames: Mapping) -> dict[str, int]:
    """Rows per table, read from the footers when the tables were not read."""
    return {name: frames.rows(name) if isinstance(frames, LazyTables) else len(frames[name]) for name in frames}
