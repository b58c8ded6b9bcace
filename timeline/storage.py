"""Reading and writing tables: deterministic Parquet, declared dtypes, atomic folders.

Why: a cited release must be reproducible byte for byte from the same inputs and library
versions, a notebook user must get real dates and integers back, and a failed build must never
leave a half-written folder under the final name (pooch's write-then-move habit). A write holds
a lock beside its folder, keeps a symlinked folder a link, cleans what an interrupted write left,
and reports an operating-system failure as one line with nothing lost and nothing left behind.
"""

from __future__ import annotations

import errno
import hashlib
import json
from json.encoder import encode_basestring  # the C encoder JSONEncoder(ensure_ascii=False) uses
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a second writer is not detected
    fcntl = None  # type: ignore[assignment]

from timeline.errors import InputError, TimelineError
from timeline.registry import registry, table
from timeline.schemas import arrow_schema

MANIFEST = "datapackage.json"  # every build and release has one; it marks a folder as ours


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


def check_replaceable(out: Path, marker: str = MANIFEST, keep: tuple[Path, ...] = ()) -> None:
    """Refuse to replace anything but an earlier output of ours (or an empty or new folder)."""
    out = Path(out)
    resolved = out.resolve()
    if resolved == Path.cwd().resolve() or resolved == Path(resolved.anchor):
        raise InputError(out, "refusing to replace the current or root folder; give --out a folder of its own")
    for other in keep:
        other = Path(other).resolve()
        if resolved == other or resolved in other.parents or other in resolved.parents:
            raise InputError(out, f"refusing to write over or around {other}; give --out a separate folder")
    if out.exists() and not out.is_dir():
        raise InputError(out, "exists and is not a folder; give --out a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / marker).is_file():
        raise InputError(out, f"refusing to replace a folder that is not an earlier build (it has no {marker}); give --out a new or empty folder")


def output_target(out: Path) -> Path:
    """The folder a write really replaces: a symlinked ``out`` stays a link and its target is replaced."""
    return Path(os.path.realpath(out))


def _leftover_pattern(target: Path) -> re.Pattern[str]:
    # exactly the names replace_folder gives its temporary folders (mkdtemp's 8-character suffix)
    return re.compile(rf"\.{re.escape(target.name)}\.(new|old)-[a-z0-9_]{{8}}")


def _describe(paths: list[Path], limit: int = 5) -> str:
    names = [p.name for p in paths]
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def recover_leftovers(out: Path) -> list[str]:
    """Clean the temporary folders an interrupted write left beside ``out``; returns what was done.

    ``.<out>.new-*`` folders are unfinished or never swapped in: removed. An ``.<out>.old-*``
    folder is the previous ``out`` moved aside for the swap: if ``out`` is missing (the write
    was killed between its two renames) it is the only good copy and is put back; otherwise it
    is superseded and removed. Call it holding ``folder_lock(out)``.
    """
    target = output_target(out)
    if not target.parent.is_dir():
        return []
    pattern = _leftover_pattern(target)
    kinds = {p: m.group(1) for p in target.parent.iterdir() if (m := pattern.fullmatch(p.name)) and p.is_dir() and not p.is_symlink()}
    new = sorted(p for p, kind in kinds.items() if kind == "new")
    old = sorted(p for p, kind in kinds.items() if kind == "old")
    done = []
    if old and not os.path.lexists(target):
        if len(old) > 1:
            raise TimelineError(
                f"{target}: is missing and {len(old)} copies of it left by interrupted writes remain beside it "
                f"({_describe(old)}); rename the one to keep to {target.name}, delete the others, then run again"
            )
        try:
            os.replace(old[0], target)
        except OSError as exc:
            raise OSError(exc.errno, f"is missing and its previous copy {old[0].name} cannot be put back ({exc.strerror or exc}); rename it to {target.name} by hand", str(target)) from None
        done.append(f"{target}: restored from {old[0].name}, the copy an interrupted write had moved aside")
        old = []
    removed = []
    for path in new + old:
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    if removed:
        done.append(f"{target.parent}: removed {len(removed)} temporary folder(s) an interrupted write left ({_describe(removed)})")
    for note in done:
        print(f"note: {note}", file=sys.stderr)
    return done


_held_locks: dict[str, list] = {}  # lock path -> [fd, thread id, depth]: the locks this process holds


def _require_writable(folder: Path, what: str, todo: str) -> None:
    """An explicit check, so that a folder we may not write gets one clear line before any work."""
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise OSError(errno.EACCES, f"{what}; nothing was changed: {todo}", str(folder))


@contextmanager
def folder_lock(out: Path) -> Iterator[Path]:
    """Hold ``.<out>.lock`` beside the folder: a second writer of the same folder is refused.

    Re-entrant within a thread (a build holds it and its write takes it again). The lock file is
    removed on release; a writer that opened it just before is told by its inode and retries.
    """
    target = output_target(out)
    lock = target.parent / f".{target.name}.lock"
    key = str(lock)
    me = threading.get_ident()
    held = _held_locks.get(key)
    busy = f"{target}: another build or release is writing this folder (it holds {lock}); wait for it to finish, then run again"
    if held is not None:
        if held[1] != me:
            raise TimelineError(busy)
        held[2] += 1
        try:
            yield lock
        finally:
            held[2] -= 1
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot create the folder to write into ({exc.strerror or exc}); nothing was changed", str(exc.filename or target.parent)) from None
    _require_writable(target.parent, "cannot write in this folder (no write permission), so nothing in it can be built or replaced",
                      "make it writable or choose a folder elsewhere")
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OSError(exc.errno, f"cannot create the lock file {lock.name} ({exc.strerror or exc}); nothing was changed", str(target.parent)) from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise TimelineError(busy) from None
        except OSError as exc:
            os.close(fd)
            raise OSError(exc.errno, f"cannot lock {lock.name} ({exc.strerror or exc}); nothing was changed", str(target.parent)) from None
        try:
            mine = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            mine = False
        if mine:
            break
        os.close(fd)  # the holder removed the file between our open and our lock: take the new one
    _held_locks[key] = [fd, me, 1]
    try:
        yield lock
    finally:
        del _held_locks[key]
        try:
            os.unlink(lock)  # while still locked, so no one else holds a lock on a removed file
        except OSError:
            pass
        os.close(fd)


def replace_folder(out: Path, fill: Callable[[Path], None]) -> None:
    """Fill a temporary sibling of ``out``, then swap it in; on any error ``out`` is untouched.

    A symlinked ``out`` stays a link (its target is replaced). Holds ``folder_lock(out)``,
    cleans what an interrupted write left, and turns an operating-system failure (read-only
    folder, no permission, disk full) into one ``OSError`` naming the folder, with nothing left
    behind.
    """
    target = output_target(out)
    with folder_lock(target):
        recover_leftovers(target)
        if target.is_dir():
            _require_writable(target, "the folder is read-only (no write permission), so it cannot be replaced",
                              "make it writable or choose another folder")
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        except OSError as exc:
            raise OSError(exc.errno, f"cannot write a new folder beside it ({exc.strerror or exc}); nothing was changed", str(target)) from None
        try:
            tmp.chmod(0o755)  # mkdtemp makes it private; a data folder is for everyone to read
            fill(tmp)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise OSError(exc.errno, f"cannot write the new folder ({exc.strerror or exc}); nothing was replaced and no temporary folder is left", str(target)) from None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        old = None
        try:
            if os.path.lexists(target):
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.rmdir(old)
                os.replace(target, old)
            os.replace(tmp, target)
        except BaseException as exc:
            kept = ""
            if old is not None and old.exists() and not os.path.lexists(target):
                try:
                    os.replace(old, target)
                except OSError:
                    kept = f"; the previous folder is {old.name}, which the next build puts back"
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError):
                raise OSError(exc.errno, f"cannot swap the new folder in ({exc.strerror or exc}); nothing was replaced{kept}", str(target)) from None
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)  # should it fail, the next write removes it


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
