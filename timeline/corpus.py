"""Reading a corpus folder: ``sources.csv`` and the raw articles it lists, checked row by row.

Why: every later stage trusts that an article is the exact bytes its row describes, published on
a real past date, in a language we can read. Bad input stops here with the file and row named,
before anything is built. Every file read is a regular file inside the corpus folder once links
are followed, so a shared corpus cannot make the build read (and publish) the machine's own files.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from timeline.errors import InputError
from timeline.registry import table

if TYPE_CHECKING:
    import pandas as pd

SOURCES_FILE = "sources.csv"
REQUIRED_COLUMNS = ("source_id", "file", "outlet", "title", "url", "published", "language")
# Columns of the sources table the build computes; a sources.csv never gives them.
COMPUTED_COLUMNS = ("raw_chars", "kept_chars", "sentence_count")
# A curator's own columns carry this prefix; they are read and ignored.
OWN_COLUMN_PREFIX = "x_"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Earlier years are typing slips (a year "0025" shipped in a well-known conflict dataset), not news.
EARLIEST_PUBLISHED = date(1900, 1, 1)
# Longest cell each column may hold: ids are keys, the rest are one-line labels or notes.
MAX_CHARS = {
    "source_id": 100,
    "outlet": 500,
    "title": 500,
    "based_on_outlet": 500,
    "based_on_title": 500,
    "url": 2000,
    "based_on_url": 2000,
    "notes": 2000,
}
# C0 control bytes other than tab, line feed, carriage return and form feed: no text article has them.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
# In sources.csv a form feed is no more text than the rest: only tab and line breaks pass.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HTML_START = re.compile(r"[\s\ufeff]*(<\?xml[^>]*>\s*)?<(!doctype\s+html|html[\s>])", re.IGNORECASE)
TAG_LINE = re.compile(r"\s*<(/?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?|!--.*?--|![A-Za-z][^>]*)>")
# A page whose lines are this often markup (at least HTML_MIN_TAG_LINES of them) is not an article's text.
HTML_TAG_LINE_SHARE = 0.2
HTML_MIN_TAG_LINES = 3
ARTICLE_FIX = "list a plain-text file of the corpus folder"
SOURCES_FIX = f"a corpus folder needs {SOURCES_FILE} as a plain CSV file of its own"


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


def _quoted(value: str, limit: int = 60) -> str:
    """A cell as it may appear in a one-line message: quoted, escaped and cut short."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def allowed_columns() -> tuple[str, ...]:
    """The columns a sources.csv may have: the required ones, then the registry's optional ones."""
    optional = [c for c in table("sources").columns if c not in REQUIRED_COLUMNS and c not in COMPUTED_COLUMNS]
    return (*REQUIRED_COLUMNS, *optional)


def _check_lengths(row: dict[str, str | None], where: dict) -> None:
    for name, limit in MAX_CHARS.items():
        value = row.get(name)
        if value is not None and len(value) > limit:
            raise InputError(message=f"{name} is {len(value)} characters long, over the limit of {limit}; shorten it", **where)


def _check_against_registry(row: dict[str, str | None], where: dict) -> None:
    """Enum and pattern rules of the sources table, applied to the CSV row so errors name it."""
    for f in table("sources").fields:
        value = row.get(f.name)
        if value is None and f.required and f.name in REQUIRED_COLUMNS:
            raise InputError(message=f"{f.name} is empty", **where)
        if value is None or f.type != "string":
            continue
        if f.enum is not None and value not in f.enum:
            raise InputError(message=f"{f.name} {_quoted(value)} is not one of {', '.join(f.enum)}", **where)
        if f.pattern is not None and not re.fullmatch(f.pattern, value):
            raise InputError(message=f"{f.name} {_quoted(value)} does not match {f.pattern}", **where)


def _parse_published(value: str | None, today: date, where: dict) -> date:
    if value is None or not ISO_DATE.fullmatch(value):
        shown = _quoted(value) if value is not None else "None"
        raise InputError(message=f"published {shown} is not an ISO date (YYYY-MM-DD)", **where)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(message=f"published {value!r} is not a real date", **where) from None
    if day > today:
        raise InputError(message=f"published {value} lies in the future (today is {today.isoformat()})", **where)
    if day < EARLIEST_PUBLISHED:
        raise InputError(message=f"published {value} is before {EARLIEST_PUBLISHED.year}; check the year (0025 or 1600 is a typing slip, not a news date)", **where)
    return day


def _kind(mode: int) -> str:
    """What a file system entry is, in words, for the 'not a regular file' message."""
    kinds = [
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ]
    return next((word for test, word in kinds if test(mode)), "not a regular file")


def _say(what: str, rest: str) -> str:
    return f"{what} {rest}" if what else rest


def _regular_file_inside(folder: Path, path: Path, what: str, where: dict, fix: str = ARTICLE_FIX, root: Path | None = None) -> Path:
    """The resolved path of ``path`` (symlinks followed) if it is a regular file inside ``folder``
    (``root``: the folder already resolved, when the caller checks many files of it).

    Why: a shared corpus must not be able to make the build read, and publish, files of the
    machine that builds it (a link to /proc/self/environ, /etc/…), nor hang it on a FIFO.
    """
    try:
        root = root or folder.resolve()
        resolved = path.resolve()
    except (OSError, RuntimeError) as exc:  # a symbolic link loop, a name too long
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(message=_say(what, f"cannot be resolved ({reason}); {fix}"), **where) from None
    if not resolved.is_relative_to(root):
        raise InputError(message=_say(what, f"resolves to {resolved}, outside the corpus folder {root}; copy the file into the corpus folder instead of linking to it"), **where)
    try:
        mode = resolved.stat().st_mode
    except FileNotFoundError:
        raise InputError(message=_say(what, f"does not exist ({path})"), **where) from None
    except OSError as exc:
        raise InputError(message=_say(what, f"cannot be read ({exc.strerror or exc}); check that this user may read {resolved}"), **where) from None
    if not stat.S_ISREG(mode):
        raise InputError(message=_say(what, f"is {_kind(mode)}, not a regular file; {fix}"), **where)
    return resolved


def _read_regular_file(resolved: Path, what: str, where: dict, fix: str = ARTICLE_FIX) -> bytes:
    """The bytes of a file ``_regular_file_inside`` accepted, re-checked on the open file itself.

    Opened without following a final link and without blocking, so a file swapped for a link or
    a FIFO after the check is refused, not read or waited on.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(resolved, flags), "rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise InputError(message=_say(what, f"is {_kind(mode)}, not a regular file; {fix}"), **where)
            return fh.read()
    except OSError as exc:
        raise InputError(message=_say(what, f"cannot be read ({exc.strerror or exc}); check that this user may read {resolved}"), **where) from None


def _resolve_file(raw_dir: Path, name: str | None, where: dict, root: Path | None = None) -> Path:
    if name is None:
        raise InputError(message="file is empty", **where)
    rel = PurePosixPath(name)
    if rel.is_absolute() or ".." in rel.parts:
        raise InputError(message=f"file {_quoted(name)} must be a path inside {raw_dir}", **where)
    return _regular_file_inside(raw_dir, raw_dir / rel, f"file {_quoted(name)}", where, root=root)


def decode_article(path: Path, data: bytes, listed_at: str = "") -> str:
    """The article's text, or an error naming the line of the first control byte or non-UTF-8 byte."""
    suffix = f" (listed at {listed_at})" if listed_at else ""
    control = CONTROL_BYTES.search(data)
    if control:
        at = control.start()
        line = data[:at].count(b"\n") + 1
        raise InputError(path, f"byte {at} is the control character 0x{data[at]:02x}: this is a binary file, not an article's text; save the article as plain UTF-8 text{suffix}", line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"byte {exc.start} is not UTF-8 ({exc.reason}); re-save the article as UTF-8{suffix}", line=line) from None
    if not text.strip():
        raise InputError(path, f"the article is empty or only whitespace{suffix}")
    return text


def check_not_html(path: Path, text: str, listed_at: str = "") -> None:
    """Refuse a web page given as an article: half its "sentences" would be markup."""
    suffix = f" (listed at {listed_at})" if listed_at else ""
    if HTML_START.match(text):
        reason = "it starts with <!doctype html> or <html>"
    else:
        lines = [line for line in text.splitlines() if line.strip()]
        tags = sum(1 for line in lines if TAG_LINE.match(line))
        if tags < HTML_MIN_TAG_LINES or tags < HTML_TAG_LINE_SHARE * len(lines):
            return
        reason = f"{tags} of its {len(lines)} lines begin with a markup tag"
    raise InputError(path, f"looks like an HTML page ({reason}), not an article's text; extract the text first (e.g. with trafilatura or a browser's reader view) and list the plain-text file{suffix}")


def _check_header(path: Path, header: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(path, f"missing required column(s) {', '.join(missing)}; the header must start with {','.join(REQUIRED_COLUMNS)}", line=1)
    if tuple(header[: len(REQUIRED_COLUMNS)]) != REQUIRED_COLUMNS:
        raise InputError(path, f"the header must start with {','.join(REQUIRED_COLUMNS)} in this order", line=1)
    allowed = allowed_columns()
    seen: set[str] = set()
    unknown = []
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputError(path, f"column {position} of the header has no name; name it (your own columns start with {OWN_COLUMN_PREFIX}) or remove it from every line", line=1)
        if name in seen:
            raise InputError(path, f"column {_quoted(name)} appears twice in the header; keep one", line=1)
        seen.add(name)
        if name not in allowed and not name.startswith(OWN_COLUMN_PREFIX):
            unknown.append(name)
    if unknown:
        named = []
        for name in unknown:
            close = difflib.get_close_matches(name.lower(), allowed, n=1)
            named.append(_quoted(name) + (f" (did you mean {close[0]}?)" if close else ""))
        raise InputError(
            path,
            f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(named)}; the columns are {', '.join(allowed)}, and your own columns must start with {OWN_COLUMN_PREFIX}",
            line=1,
        )


def _csv_error(path: Path, exc: csv.Error, row: int | None, line: int) -> InputError:
    if "field larger than field limit" in str(exc):
        return InputError(path, f"a cell is longer than the CSV reader's limit of {csv.field_size_limit()} characters; an unclosed quote (\") usually runs a cell on to the end of the file: close it", row=row, line=line)
    return InputError(path, f"is not valid CSV ({exc}); check the quotes of this line", row=row, line=line)


def read_sources(raw_dir: Path) -> list[tuple[int, int, dict[str, str | None]]]:
    """The rows of sources.csv as (row number, line number, cells), with the header checked."""
    path = raw_dir / SOURCES_FILE
    if not os.path.lexists(path):
        raise InputError(path, f"not found; a corpus folder needs a {SOURCES_FILE} with columns {','.join(REQUIRED_COLUMNS)}")
    where = {"file": path}
    data = _read_regular_file(_regular_file_inside(raw_dir, path, "", where, SOURCES_FIX), "", where, SOURCES_FIX)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"is not UTF-8 ({exc.reason}); re-save it as UTF-8", line=line) from None
    control = CONTROL_CHARS.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise InputError(path, f"holds the control character 0x{ord(control.group()):02x}; a sources.csv is plain text: remove it", line=line)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise _csv_error(path, exc, None, 1) from None
    _check_header(path, header)
    rows = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _csv_error(path, exc, len(rows) + 1, line) from None
        if not cells:  # a blank line
            continue
        number = len(rows) + 1
        if len(cells) > len(header):
            raise InputError(path, f"has {len(cells)} cells but the header has {len(header)} columns; quote cells that hold a comma", row=number, line=line)
        if len(cells) < len(header):
            raise InputError(path, f"has {len(cells)} cells but the header has {len(header)} columns; add the missing cells (an empty cell is fine: ,,) or close an unclosed quote", row=number, line=line)
        rows.append((number, line, {name: _cell(value) for name, value in zip(header, cells)}))
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
    rows = read_sources(raw_dir)
    try:
        root = raw_dir.resolve()  # once: every file is checked against it
    except (OSError, RuntimeError):
        root = None  # each file's check names the problem
    for number, line, row in rows:
        where = {"file": csv_path, "row": number, "line": line}
        source_id = row["source_id"]
        if source_id is None:
            raise InputError(message="source_id is empty", **where)
        _check_lengths(row, where)
        if source_id in seen_ids:
            raise InputError(message=f"source_id {source_id!r} is already used by row {seen_ids[source_id]}", **where)
        seen_ids[source_id] = number
        row["published_basis"] = row.get("published_basis") or "stated"
        _check_against_registry(row, where)
        published = _parse_published(row["published"], today, where)
        path = _resolve_file(raw_dir, row["file"], where, root)
        key = path.as_posix()
        if key in seen_files:
            raise InputError(message=f"file {_quoted(row['file'])} is already listed by row {seen_files[key]}", **where)
        seen_files[key] = number
        data = _read_regular_file(path, f"file {_quoted(row['file'])}", where)
        listed, listed_at = raw_dir / row["file"], f"{csv_path} row {number}"
        text = decode_article(listed, data, listed_at)
        check_not_html(listed, text, listed_at)
        digest = hashlib.sha256(data).hexdigest()
        if row.get("sha256") and row["sha256"] != digest:
            raise InputError(message=f"sha256 of {row['file']} is {digest}, not the listed {row['sha256']}; the raw file changed", **where)
        if digest in seen_hashes:
            raise InputError(message=f"file {_quoted(row['file'])} has the same bytes as the article of row {seen_hashes[digest]}", **where)
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


def empty_articles(sources: pd.DataFrame) -> list[str]:
    """One line for each article that kept no sentence, for the build summary.

    Why: an article that is all page furniture (or not report text at all) adds nothing and is
    most likely the wrong file; only the build knows, after ingest, so it reports what this finds
    in its ``sources`` table.
    """
    empty = sources[sources["sentence_count"] == 0]
    return [
        f"{row.file} (source_id {row.source_id}): the article kept no sentence; check that the file holds the article's text, not only page furniture"
        for row in empty.itertuples(index=False)
    ]
