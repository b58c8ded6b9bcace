"""The per-article cache: an article's records kept under its content hash and the code's version.

Why: a rebuild after adding one article should redo one article, not ten thousand. A record is
found again only when the article's bytes and metadata *and* every file of the package (code,
lexicons, registries) are the same as when it was made, so a changed lexicon or registry
invalidates everything and a stale record can never be used. The folder holds only what this
module writes (marked by a CACHEDIR.TAG), so ``timeline cache clear`` or deleting it by hand
loses nothing but time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from timeline.corpus import Article
from timeline.errors import UsageError

TAG = "CACHEDIR.TAG"
TAG_TEXT = "Signature: 8a477f597d28d172789f06886806bc55\n# timeline's per-article record cache: safe to delete (`timeline cache clear`).\n"
LIBRARIES = ("pyahocorasick", "python-dateutil")  # libraries whose behaviour shapes the records


def default_dir() -> Path:
    """``$TIMELINE_CACHE``, else ``$XDG_CACHE_HOME/timeline``, else ``~/.cache/timeline``."""
    if os.environ.get("TIMELINE_CACHE"):
        return Path(os.environ["TIMELINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "timeline"


@cache
def code_version() -> str:
    """A hash of every file of the package (code and resources), the libraries that shape the
    records and the Python version: any change makes every cached record a miss."""
    digest = hashlib.sha256()
    root = resources.files("timeline")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.is_file() and path.suffix in (".py", ".csv", ".toml", ".json") and "bundled" not in path.parts:
            digest.update(str(path.relative_to(str(root))).encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=?".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """What an article's records depend on: its bytes, its row of sources.csv and the code."""
    fields = {
        "source_id": article.source_id, "file": article.file, "published": article.published.isoformat(),
        "language": article.language, "meta": article.meta, "sha256": article.sha256,
    }
    canonical = json.dumps(fields, sort_keys=True, default=str)
    return hashlib.sha256(f"{code_version()}\0{canonical}".encode()).hexdigest()


class RecordCache:
    """Pickled records, one file per article key, written atomically."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> dict | None:
        """The records stored under ``key``, or None (a missing or unreadable entry is a miss)."""
        try:
            with open(self._path(key), "rb") as f:
                value = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, records: dict, data: bytes | None = None) -> None:
        """Store records (``data``: their pickle, when the worker made it already)."""
        self._write(self._path(key), data if data is not None else pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL))

    def _write(self, path: Path, data: bytes) -> None:
        """Write atomically (a reader sees the old file or the new one); a cache that cannot be
        written (read-only, full disk) is skipped, never fatal, and leaves no temporary file."""
        tmp = None
        try:
            self._tag()
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def _stamp_path(self, out: Path) -> Path:
        return self.root / "builds" / (hashlib.sha256(str(Path(out).resolve()).encode()).hexdigest() + ".json")

    def get_stamp(self, out: Path) -> dict | None:
        """What the last build into ``out`` was made from (None if unknown)."""
        try:
            value = json.loads(self._stamp_path(out).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put_stamp(self, out: Path, stamp: dict) -> None:
        """Remember what a build into ``out`` was made from."""
        self._write(self._stamp_path(out), json.dumps(stamp).encode("utf-8"))

    def _tag(self) -> None:
        tag = self.root / TAG
        if not tag.exists():
            self.root.mkdir(parents=True, exist_ok=True)
            tag.write_text(TAG_TEXT, encoding="utf-8")

    def info(self) -> tuple[int, int]:
        """How many entries the cache holds and their size in bytes."""
        files = [p for p in self.root.glob("*/*.pickle")] if self.root.is_dir() else []
        return len(files), sum(p.stat().st_size for p in files)

    def clear(self) -> int:
        """Delete the cache folder; refuse a folder this module did not make. Returns entries removed."""
        if not self.root.exists():
            return 0
        if not (self.root / TAG).is_file() or self.root.is_symlink():
            raise UsageError(f"{self.root}: not a timeline cache (no {TAG} in it); refusing to delete it")
        entries, _ = self.info()
        shutil.rmtree(self.root)
        return entries


def open_cache(cache: RecordCache | Path | str | bool | None) -> RecordCache | None:
    """What a ``cache`` argument of the API means: None or True, the default folder; False, no
    cache; a folder or a RecordCache, that one."""
    if cache is None or cache is True:
        return RecordCache(default_dir())
    if cache is False:
        return None
    return cache if isinstance(cache, RecordCache) else RecordCache(cache)
