"""The Frictionless Data Package descriptor of a built folder or a release.

Why: a release must be readable, checkable and citable without our code. ``datapackage.json``
names every table with its path, size, sha256 and Table Schema (from the field registry), lists
the raw articles it was built from (with their sha256, not their text), and carries a content
hash per table and for the whole package computed from the rows themselves, so that a citation
does not depend on the Parquet writer's version.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from timeline.registry import registry
from timeline.schemas import frictionless_schema
from timeline.output_folders import MANIFEST
from timeline.storage import content_hash

NAME = "mali-conflict-timeline"
FILENAME = MANIFEST
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
LICENSES = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (our tables; the articles remain their authors')",
    }
]
DESCRIPTION = (
    "An open, versioned event dataset of the conflict in northern Mali built from news articles: "
    "events with the dates their evidence supports, every mention and casualty claim with its quote, "
    "claimant and status, and the temporal expressions and sentences they rest on."
)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_content_hash(table_hashes: dict[str, str]) -> str:
    """One hash over every table's content hash, in table-name order."""
    return hashlib.sha256("".join(f"{n}:{h}\n" for n, h in sorted(table_hashes.items())).encode()).hexdigest()


def table_content_hashes(frames: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Every registered table's content hash, computed from its rows."""
    return {name: content_hash(name, frames[name]) for name in registry() if name in frames}


def cited_sources(frames: dict[str, pd.DataFrame]) -> list[dict]:
    """The raw articles, cited (not redistributed): title, address, outlet, date and sha256."""
    out = []
    for row in frames["sources"].itertuples():
        entry = {"title": row.title if isinstance(row.title, str) else row.source_id}
        url = row.url if isinstance(row.url, str) else row.based_on_url if isinstance(row.based_on_url, str) else None
        if url:
            entry["path"] = url
        entry.update(
            source_id=row.source_id,
            outlet=row.outlet if isinstance(row.outlet, str) else None,
            based_on_outlet=row.based_on_outlet if isinstance(row.based_on_outlet, str) else None,
            published=row.published.date().isoformat(),
            sha256=row.sha256,
        )
        out.append({k: v for k, v in entry.items() if v is not None})
    return out


def descriptor(folder: Path, frames: dict[str, pd.DataFrame], version: str | None = None, created: str | None = None,
               documents: tuple[str, ...] = ()) -> dict:
    """The descriptor of a folder holding ``<table>.parquet`` for every table of ``frames``.

    A build has no version and no creation time (builds are byte-for-byte reproducible); a
    release has both.
    """
    resources = []
    hashes = table_content_hashes(frames)
    for name in hashes:
        path = folder / f"{name}.parquet"
        resources.append(
            {
                "name": name,
                "type": "table",
                "path": path.name,
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "bytes": path.stat().st_size,
                "hash": f"sha256:{file_sha256(path)}",
                "rows": len(frames[name]),
                "content_hash": f"sha256:{hashes[name]}",
                "description": registry()[name].description,
                "schema": frictionless_schema(name),
            }
        )
    for doc in documents:  # the dataset card and the changes, checksummed like the tables
        path = folder / doc
        resources.append({"name": doc.lower().replace(".", "-"), "type": "file", "path": doc, "format": "md",
                          "mediatype": "text/markdown", "bytes": path.stat().st_size, "hash": f"sha256:{file_sha256(path)}"})
    package: dict = {"$schema": PROFILE, "name": NAME, "title": "Conflict in northern Mali: an event timeline from news articles"}
    if version is not None:
        package["version"] = version
    if created is not None:
        package["created"] = created
    package.update(
        description=DESCRIPTION,
        licenses=LICENSES,
        sources=cited_sources(frames),
        content_hash=f"sha256:{package_content_hash(hashes)}",
        resources=resources,
    )
    return package


def write(folder: Path, frames: dict[str, pd.DataFrame], version: str | None = None, created: str | None = None,
          documents: tuple[str, ...] = ()) -> dict:
    package = descriptor(folder, frames, version, created, documents)
    (folder / FILENAME).write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return package


def read(folder: Path) -> dict:
    return json.loads((Path(folder) / FILENAME).read_text(encoding="utf-8"))


TABLE_KEYS = {"name": str, "path": str, "bytes": int, "hash": str, "rows": int, "content_hash": str}
FILE_KEYS = {"name": str, "path": str, "bytes": int, "hash": str}


def _is_bare_file_name(path: str) -> bool:
    return path not in ("", ".", "..") and "/" not in path and "\\" not in path and "\0" not in path


def structure_problems(package: object) -> list[str]:
    """What makes a descriptor unfit to check its folder by: resources that are not objects or lack
    a key, a path outside the folder, a table kept under another file name than the one its
    loaders read (``<name>.parquet``), a name or path listed twice."""
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        return ["it has no list of resources"]
    problems: list[str] = []
    seen_names: set[str] = set()
    seen_paths: set[str] = set()
    for i, r in enumerate(package["resources"], start=1):
        if not isinstance(r, dict):
            problems.append(f"resource {i} is not an object")
            continue
        keys = TABLE_KEYS if r.get("type") == "table" else FILE_KEYS
        # bool is an int to Python, never a size or a count
        bad = [k for k, kind in keys.items() if not isinstance(r.get(k), kind) or isinstance(r.get(k), bool)]
        if bad:
            problems.append(f"resource {i} ({r.get('name', 'unnamed')}) has no valid {', '.join(repr(k) for k in bad)}")
            continue
        if not _is_bare_file_name(r["path"]):
            problems.append(f"resource {r['name']} has path {r['path']!r}; every file of a package is in its own folder")
        elif r.get("type") == "table" and r["path"] != f"{r['name']}.parquet":
            problems.append(f"table {r['name']} has path {r['path']!r}; a table's file is {r['name']}.parquet")
        for value, seen, what in ((r["name"], seen_names, "name"), (r["path"], seen_paths, "path")):
            if value in seen:
                problems.append(f"{what} {value!r} is listed twice")
            seen.add(value)
    return problems


def listing_problems(folder: Path, package: dict, documents: tuple[str, ...] = ()) -> list[str]:
    """What a release's descriptor leaves out: a table of the registry, one of ``documents``, or a
    table or document file that sits in the folder unlisted (and so unchecked)."""
    listed_tables = {r["name"] for r in package["resources"] if r.get("type") == "table"}
    listed_paths = {r["path"] for r in package["resources"]}
    problems = []
    missing = [name for name in registry() if name not in listed_tables]
    if missing:
        problems.append(f"it does not list the table{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                        "(a release lists every table of the registry)")
    unknown = sorted(listed_tables - set(registry()))
    if unknown:
        problems.append(f"it lists {', '.join(unknown)}, which the registry has no table for")
    missing_docs = [doc for doc in documents if doc not in listed_paths]
    if missing_docs:
        problems.append(f"it does not list {', '.join(missing_docs)}")
    unlisted = sorted(p.name for p in Path(folder).iterdir()
                      if p.suffix in (".parquet", ".md") and p.name not in listed_paths and p.name not in documents)
    if unlisted:
        problems.append(f"{', '.join(unlisted)} {'is' if len(unlisted) == 1 else 'are'} in the folder but not listed")
    return problems
