"""Reading a corpus folder: ``sources.csv`` and the raw articles it lists, checked row by row.

Why: every later stage trusts that an article is the exact bytes its row describes, published on
a real past date, in a language we can read. Bad input stops here with the file and row named,
before anything is built.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from timeline.errors import InputError
from timeline.registry import table

SOURCES_FILE = "sources.csv"
REQUIRED_COLUMNS = ("source_id", "file", "outlet", "title", "url", "published", "language")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Article:
    """One article: its row of sources.csv (typed) and its raw text exactly as received."""

    source_id: str
    file: str
    published: date
    language: str
    meta: dict[str, str | None]
    sha256: str
    text: str


def _cell(value: str | None) -> str | None:
    """Empty cells are unknown values, not empty strings."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _check_against_registry(row: dict[str, str | None], where: dict) -> None:
    """Enum and pattern rules of the sources table, applied to the CSV row so errors name it."""
    for f in table("sources").fields:
        value = row.get(f.name)
        if value is None and f.required and f.name in REQUIRED_COLUMNS:
            raise InputError(message=f"{f.name} is empty", **where)
        if value is None or f.type != "string":
            continue
        if f.enum is not None and value not in f.enum:
            raise InputError(message=f"{f.name} {value!r} is not one of {', '.join(f.enum)}", **where)
        if f.pattern is not None and not re.fullmatch(f.pattern, value):
            raise InputError(message=f"{f.name} {value!r} does not match {f.pattern}", **where)


def _parse_published(value: str | None, today: date, where: dict) -> date:
    if value is None or not ISO_DATE.fullmatch(value):
        raise InputError(message=f"published {value!r} is not an ISO date (YYYY-MM-DD)", **where)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(message=f"published {value!r} is not a real date", **where) from None
    if day > today:
        raise InputError(message=f"published {value} lies in the future (today is {today.isoformat()})", **where)
    return day


def _resolve_file(raw_dir: Path, name: str | None, where: dict) -> Path:
    if name is None:
        raise InputError(message="file is empty", **where)
    rel = PurePosixPath(name)
    if rel.is_absolute() or ".." in rel.parts:
        raise InputError(message=f"file {name!r} must be a path inside {raw_dir}", **where)
    path = raw_dir / rel
    if not path.is_file():
        raise InputError(message=f"file {name!r} does not exist ({path})", **where)
    return path


def decode_article(path: Path, data: bytes, listed_at: str = "") -> str:
    """The article's text, or an error naming the line of the first byte that is not UTF-8."""
    suffix = f" (listed at {listed_at})" if listed_at else ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"byte {exc.start} is not UTF-8 ({exc.reason}); re-save the article as UTF-8{suffix}", line=line) from None
    if not text.strip():
        raise InputError(path, f"the article is empty or only whitespace{suffix}")
    return text


def read_sources(raw_dir: Path) -> list[tuple[int, int, dict[str, str | None]]]:
    """The rows of sources.csv as (row number, line number, cells), with the header checked."""
    path = raw_dir / SOURCES_FILE
    if not path.is_file():
        raise InputError(path, f"not found; a corpus folder needs a {SOURCES_FILE} with columns {','.join(REQUIRED_COLUMNS)}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 ({exc.reason})") from None
    reader = csv.DictReader(text.splitlines(keepends=True))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(path, f"missing required column(s) {', '.join(missing)}; the header must start with {','.join(REQUIRED_COLUMNS)}", line=1)
    if tuple(header[: len(REQUIRED_COLUMNS)]) != REQUIRED_COLUMNS:
        raise InputError(path, f"the header must start with {','.join(REQUIRED_COLUMNS)} in this order", line=1)
    reader.fieldnames = header
    rows = []
    for number, row in enumerate(reader, start=1):
        if None in row:
            raise InputError(path, "has more cells than the header has columns", row=number, line=reader.line_num)
        rows.append((number, reader.line_num, {k: _cell(v) for k, v in row.items()}))
    if not rows:
        raise InputError(path, "lists no article")
    return rows


def load_corpus(raw_dir: Path | str, today: date | None = None) -> list[Article]:
    """Every article of a corpus folder, checked; raises InputError at the first bad row."""
    raw_dir = Path(raw_dir)
    today = today or date.today()
    csv_path = raw_dir / SOURCES_FILE
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    seen_hashes: dict[str, int] = {}
    articles = []
    for number, line, row in read_sources(raw_dir):
        where = {"file": csv_path, "row": number, "line": line}
        source_id = row["source_id"]
        if source_id is None:
            raise InputError(message="source_id is empty", **where)
        if source_id in seen_ids:
            raise InputError(message=f"source_id {source_id!r} is already used by row {seen_ids[source_id]}", **where)
        seen_ids[source_id] = number
        row["published_basis"] = row.get("published_basis") or "stated"
        _check_against_registry(row, where)
        published = _parse_published(row["published"], today, where)
        path = _resolve_file(raw_dir, row["file"], where)
        key = path.resolve().as_posix()
        if key in seen_files:
            raise InputError(message=f"file {row['file']!r} is already listed by row {seen_files[key]}", **where)
        seen_files[key] = number
        data = path.read_bytes()
        text = decode_article(path, data, f"{csv_path} row {number}")
        digest = hashlib.sha256(data).hexdigest()
        if row.get("sha256") and row["sha256"] != digest:
            raise InputError(message=f"sha256 of {row['file']} is {digest}, not the listed {row['sha256']}; the raw file changed", **where)
        if digest in seen_hashes:
            raise InputError(message=f"file {row['file']!r} has the same bytes as the article of row {seen_hashes[digest]}", **where)
        seen_hashes[digest] = number
        articles.append(
            Article(
                source_id=source_id,
                file=row["file"],
                published=published,
                language=row["language"],
                meta=row,
                sha256=digest,
                text=text,
            )
        )
    return articles
