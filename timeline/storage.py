"""Reading and writing tables: deterministic Parquet, declared dtypes, atomic folders.

Why: a cited release must be reproducible byte for byte from the same inputs and library
versions, a notebook user must get real dates and integers back, and a failed build must never
leave a half-written folder under the final name (pooch's write-then-move habit).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.errors import TimelineError
from timeline.registry import registry, table
from timeline.schemas import arrow_schema

MANIFEST = "datapackage.json"  # every build and release has one; it marks a folder as ours


def frame(name: str, records: list[dict]) -> pd.DataFrame:
    """A table's records as a DataFrame with the registry's columns, dtypes and key order."""
    t = table(name)
    df = pd.DataFrame.from_records(records, columns=t.columns)
    for f in t.fields:
        if f.type == "date":
            df[f.name] = pd.to_datetime(df[f.name]).astype(f.pandas_dtype)
        elif f.type == "list":
            df[f.name] = pd.Series([list(v) for v in df[f.name]], index=df.index, dtype=object)
        else:
            df[f.name] = df[f.name].astype(f.pandas_dtype)
    return df.sort_values(list(t.primary_key), kind="stable").reset_index(drop=True)


def _arrow_column(series: pd.Series, kind: str, arrow_type: pa.DataType) -> pa.Array:
    if kind == "list":
        return pa.array([None if v is None else list(v) for v in series], type=arrow_type)
    if kind == "date":
        values = [None if pd.isna(v) else v.date() for v in series]
        return pa.array(values, type=arrow_type)
    values = [None if pd.isna(v) else v for v in series.astype(object)]
    return pa.array(values, type=arrow_type)


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
    """SHA-256 of a table's columns and rows as canonical JSON: independent of the Parquet writer."""
    digest = hashlib.sha256()
    t = table(name)
    digest.update(json.dumps([[f.name, f.type] for f in t.fields]).encode())
    for row in df[t.columns].astype(object).itertuples(index=False, name=None):
        digest.update(b"\n" + json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def check_replaceable(out: Path, marker: str = MANIFEST, keep: tuple[Path, ...] = ()) -> None:
    """Refuse to replace anything but an earlier output of ours (or an empty or new folder)."""
    out = Path(out)
    resolved = out.resolve()
    if resolved == Path.cwd().resolve() or resolved == Path(resolved.anchor):
        raise TimelineError(f"{out}: refusing to replace the current or root folder; give --out a folder of its own")
    for other in keep:
        other = Path(other).resolve()
        if resolved == other or resolved in other.parents or other in resolved.parents:
            raise TimelineError(f"{out}: refusing to write over or around {other}; give --out a separate folder")
    if out.exists() and not out.is_dir():
        raise TimelineError(f"{out}: exists and is not a folder; give --out a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / marker).is_file():
        raise TimelineError(f"{out}: refusing to replace a folder that is not an earlier build (it has no {marker}); give --out a new or empty folder")


def replace_folder(out: Path, fill: Callable[[Path], None]) -> None:
    """Fill a temporary sibling of ``out``, then swap it in; on any error ``out`` is untouched."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; a data folder is for everyone to read
    try:
        fill(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    try:
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rmdir(old)
            os.replace(out, old)
        os.replace(tmp, out)
    except BaseException:
        if old is not None and old.exists() and not out.exists():
            os.replace(old, out)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_tables(frames: dict[str, pd.DataFrame], out: Path, describe: Callable[[Path], None]) -> None:
    """Every table as ``<name>.parquet``, described by ``describe`` (which writes the manifest),
    swapped into ``out`` at once."""

    def fill(folder: Path) -> None:
        for name, df in frames.items():
            write_table(name, df, folder / f"{name}.parquet")
        describe(folder)

    replace_folder(out, fill)


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every registered table present in a built folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TimelineError(f"{folder}: no such folder; run `timeline build` first")
    frames = {}
    for name in registry():
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise TimelineError(f"{path}: missing; the folder is not a complete build")
        frames[name] = read_table(name, path)
    return frames
