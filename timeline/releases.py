"""Releases: immutable, checksummed, diffed snapshots of a validated build.

Why: users cite a release and need it never to change under them, and need to know exactly
what changed between two releases and whether the change can break a reader. A release is a
folder ``data/releases/VERSION/`` with the Parquet tables, ``datapackage.json`` (sizes, sha256
and content hashes), a dataset card and ``CHANGES.md``; it is never overwritten. The version
follows SemVer for data: MAJOR when a column is removed, renamed, re-typed or a constraint
tightened; MINOR when rows or tables are added (or removed, with a note) or a constraint
loosened; PATCH when only values are corrected.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from timeline import datapackage
from timeline.errors import TimelineError
from timeline.registry import registry
from timeline.schemas import markdown_tables
from timeline.output_folders import replace_folder
from timeline.storage import _canonical, read_tables
from timeline.validate import check_tables

SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
LEVELS = ("none", "patch", "minor", "major")
ROOT = Path(__file__).resolve().parent.parent
CHANGELOG_HEADER = "# Changelog\n\nEvery release of the dataset, newest first. Each entry is the diff against the release before it.\n"


def releases_dir() -> Path:
    """The repository's data/releases, else the release bundled inside the installed package."""
    repo = ROOT / "data" / "releases"
    return repo if repo.is_dir() else bundled_dir()


def bundled_dir() -> Path:
    """Where the wheel carries the newest release: timeline/bundled/VERSION/."""
    return Path(str(resources.files("timeline").joinpath("bundled")))


def parse(version: str) -> tuple[int, int, int]:
    m = SEMVER.fullmatch(version)
    if not m:
        raise TimelineError(f"version {version!r} is not MAJOR.MINOR.PATCH (e.g. 1.0.0)")
    return tuple(int(x) for x in m.groups())  # type: ignore[return-value]


def versions(where: Path | None = None) -> list[str]:
    """The released versions, oldest first."""
    where = where or releases_dir()
    if not where.is_dir():
        return []
    found = [p.name for p in where.iterdir() if p.is_dir() and SEMVER.fullmatch(p.name) and (p / datapackage.FILENAME).is_file()]
    return sorted(found, key=parse)


def resolve(ref: str | Path) -> Path:
    """A release version or a folder, as a folder."""
    if isinstance(ref, str) and SEMVER.fullmatch(ref):
        folder = releases_dir() / ref
        if not folder.is_dir():
            raise TimelineError(f"no release {ref}; the releases are: {', '.join(versions()) or 'none'}")
        return folder
    folder = Path(ref)
    if not (folder / datapackage.FILENAME).is_file():
        raise TimelineError(f"{folder}: not a build or release folder (no {datapackage.FILENAME})")
    return folder


# ---------------------------------------------------------------------------------------------
# Diff


def _schema_of(package: dict, table: str) -> dict | None:
    return next((r["schema"] for r in package["resources"] if r["name"] == table), None)


CONSTRAINT_ORDER = ("required", "unique", "enum", "pattern", "minimum", "maximum")


def _constraint_change(name: str, old, new) -> str | None:
    """"tightened" or "loosened" for one constraint (None if equal)."""
    if old == new:
        return None
    if name in ("required", "unique"):
        return "tightened" if new and not old else "loosened"
    if name == "enum":
        if old is None:
            return "tightened"
        if new is None:
            return "loosened"
        return "tightened" if not set(new) >= set(old) else "loosened"
    if name == "minimum":
        return "tightened" if old is None or (new is not None and new > old) else "loosened"
    if name == "maximum":
        return "tightened" if old is None or (new is not None and new < old) else "loosened"
    return "tightened" if new is not None else "loosened"  # a pattern changed or was added


def schema_diff(old: dict, new: dict) -> dict:
    """Columns added, removed and re-typed, and constraints tightened or loosened."""
    old_fields = {f["name"]: f for f in old["fields"]}
    new_fields = {f["name"]: f for f in new["fields"]}
    out = {
        "columns_added": [n for n in new_fields if n not in old_fields],
        "columns_removed": [n for n in old_fields if n not in new_fields],
        "columns_retyped": [],
        "constraints_tightened": [],
        "constraints_loosened": [],
    }
    for name in old_fields.keys() & new_fields.keys():
        a, b = old_fields[name], new_fields[name]
        if a["type"] != b["type"]:
            out["columns_retyped"].append({"column": name, "from": a["type"], "to": b["type"]})
        ca, cb = a.get("constraints", {}), b.get("constraints", {})
        for c in CONSTRAINT_ORDER:
            change = _constraint_change(c, ca.get(c), cb.get(c))
            if change:
                out[f"constraints_{change}"].append({"column": name, "constraint": c, "from": ca.get(c), "to": cb.get(c)})
    if old.get("primaryKey") != new.get("primaryKey"):
        out["constraints_tightened"].append({"column": ",".join(new.get("primaryKey", [])), "constraint": "primaryKey",
                                             "from": old.get("primaryKey"), "to": new.get("primaryKey")})
    for key in out:
        out[key] = sorted(out[key], key=lambda x: json.dumps(x, sort_keys=True)) if out[key] and isinstance(out[key][0], dict) else sorted(out[key])
    return out


def _rows(folder: Path, table: str, key: list[str]) -> dict[str, dict]:
    try:
        df = pq.read_table(folder / f"{table}.parquet").to_pandas()
    except (OSError, ValueError) as exc:
        raise TimelineError(f"{folder / f'{table}.parquet'}: cannot be read ({exc})") from None
    rows = {}
    for record in df.to_dict("records"):
        clean = {k: _canonical(list(v) if hasattr(v, "tolist") and not isinstance(v, str) else v) for k, v in record.items()}
        rows["/".join(str(clean[k]) for k in key)] = clean
    return rows


def diff(a: str | Path, b: str | Path) -> dict:
    """Per table: rows added, removed and changed (by primary key, with old → new values), and
    schema changes; and the SemVer level the change requires."""
    fa, fb = resolve(a), resolve(b)
    pa_, pb = check_files(fa), check_files(fb)
    names_a = [r["name"] for r in pa_["resources"] if r.get("type") == "table"]
    names_b = [r["name"] for r in pb["resources"] if r.get("type") == "table"]
    out: dict = {
        "from": str(a),
        "to": str(b),
        "tables_added": [n for n in names_b if n not in names_a],
        "tables_removed": [n for n in names_a if n not in names_b],
        "tables": {},
    }
    for name in [n for n in names_b if n in names_a]:
        sa, sb = _schema_of(pa_, name), _schema_of(pb, name)
        key = sb["primaryKey"]
        ra, rb = _rows(fa, name, key), _rows(fb, name, key)
        changed = []
        for k in sorted(ra.keys() & rb.keys()):
            cols = {c: [ra[k].get(c), rb[k][c]] for c in rb[k] if c in ra[k] and ra[k][c] != rb[k][c]}
            if cols:
                changed.append({"key": k, "changes": cols})
        out["tables"][name] = {
            "schema": schema_diff(sa, sb),
            "rows_added": sorted(rb.keys() - ra.keys()),
            "rows_removed": sorted(ra.keys() - rb.keys()),
            "rows_changed": changed,
        }
    out["required"] = required_level(out)
    return out


def required_level(d: dict) -> str:
    """The SemVer level a diff needs (none when nothing changed)."""
    level = 0
    if d["tables_removed"]:
        level = 3
    if d["tables_added"]:
        level = max(level, 2)
    for t in d["tables"].values():
        s = t["schema"]
        if s["columns_removed"] or s["columns_retyped"] or s["constraints_tightened"]:
            level = 3
        if s["columns_added"] or s["constraints_loosened"] or t["rows_added"] or t["rows_removed"]:
            level = max(level, 2)
        if t["rows_changed"]:
            level = max(level, 1)
    return LEVELS[level]


def summary(d: dict, limit: int = 5, markdown: bool = False) -> str:
    """The diff for people: one block per table that changed. With ``markdown`` (a release's
    CHANGES.md), the keys and values, which come from the articles, are escaped as Markdown."""
    esc = markdown_inline if markdown else str
    need = "no new version" if d["required"] == "none" else f"a {d['required']} version bump"
    lines = [f"Changes from {d['from']} to {d['to']} (needs {need})", ""]
    for name in d["tables_added"]:
        lines.append(f"- table `{name}` added")
    for name in d["tables_removed"]:
        lines.append(f"- table `{name}` REMOVED")
    for name, t in d["tables"].items():
        s = t["schema"]
        parts = []
        for what, label in (("columns_added", "columns added"), ("columns_removed", "COLUMNS REMOVED")):
            if s[what]:
                parts.append(f"{label}: {', '.join(s[what])}")
        for c in s["columns_retyped"]:
            parts.append(f"COLUMN RETYPED: {c['column']} {c['from']} → {c['to']}")
        for kind in ("tightened", "loosened"):
            for c in s[f"constraints_{kind}"]:
                parts.append(f"constraint {kind}: {c['column']}.{c['constraint']} {c['from']!r} → {c['to']!r}")
        counts = (len(t["rows_added"]), len(t["rows_removed"]), len(t["rows_changed"]))
        if not parts and counts == (0, 0, 0):
            continue
        lines.append(f"- `{name}`: {counts[0]} rows added, {counts[1]} removed, {counts[2]} changed")
        lines.extend(f"  - {esc(p)}" for p in parts)
        for label, keys in (("added", t["rows_added"]), ("REMOVED", t["rows_removed"])):
            if keys:
                shown = ", ".join(keys[:limit]) + (f", … (+{len(keys) - limit})" if len(keys) > limit else "")
                lines.append(f"  - {label}: {esc(shown)}")
        for change in t["rows_changed"][:limit]:
            cols = "; ".join(f"{c}: {old!r} → {new!r}" for c, (old, new) in list(change["changes"].items())[:3])
            lines.append(f"  - changed {esc(change['key'])}: {esc(cols)}")
        if len(t["rows_changed"]) > limit:
            lines.append(f"  - … and {len(t['rows_changed']) - limit} more changed rows")
    if len(lines) == 2:
        lines.append("- no change")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Release, verify, card


def _bump(previous: str, version: str) -> str:
    p, v = parse(previous), parse(version)
    if v <= p:
        raise TimelineError(f"version {version} must be greater than the latest release {previous}")
    if v[0] > p[0]:
        return "major"
    if v[1] > p[1]:
        return "minor"
    return "patch"


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# Backslash-escaped wherever they are: code, emphasis, links, HTML, cells, strikethrough, math;
# '&' only where it would start an entity, '_' only where it could start or end emphasis.
_MARKUP = re.compile(r"[\\`*\[\]<>|~$]|&(?=#?\w+;)|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_BLOCK_MARK = re.compile(r"^(#|[-+=](?=\s|$)|\d+(?=[.)](?:\s|$)))")


def markdown_inline(value: object) -> str:
    """Text from metadata (an outlet's name, a source id, a changed value) as inline Markdown that
    shows exactly as written: one line, no markup, no table cell broken."""
    if value is None:
        return ""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))).strip()
    text = _MARKUP.sub(lambda m: "\\" + m.group(0), text)
    m = _BLOCK_MARK.match(text)
    if m and m.group(0).isdigit():  # '1. ' starts an ordered list: escape its full stop
        return text[: m.end()] + "\\" + text[m.end():]
    return "\\" + text if m else text


def card(version: str, package: dict, frames: dict[str, pd.DataFrame], notes: str | None) -> str:
    """The dataset card of a release (its README.md)."""
    events = frames["events"]
    coverage = f"{events['start_date'].min().date()} to {events['end_date'].max().date()}" if len(events) else "no events"
    published = frames["sources"]["published"]
    lines = [
        f"# {package['title']} — release {version}",
        "",
        package["description"],
        "",
        f"- Version: {version} (created {package['created']})",
        f"- Content hash: `{package['content_hash']}` (computed from the rows, independent of the Parquet writer)",
        f"- Events dated {coverage}; articles published {published.min().date()} to {published.max().date()}",
        "- Licence: CC BY 4.0 for the tables; the articles remain their authors' and are not redistributed here.",
        "",
        "## How to cite",
        "",
        f"timeline: Conflict in northern Mali, an event timeline from news articles, version {version}, "
        f"content hash {package['content_hash']}. CC BY 4.0.",
        "",
        "## Sources",
        "",
        "| source_id | outlet | published | based on | sha256 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for s in package["sources"]:
        cells = (s["source_id"], s.get("outlet"), s["published"], s.get("based_on_outlet"))
        lines.append("| " + " | ".join(markdown_inline(c) for c in cells) + f" | `{s['sha256'][:16]}…` |")
    lines += ["", "## Tables", "", "| table | rows |", "| --- | --- |"]
    lines += [f"| `{r['name']}` | {r['rows']} |" for r in package["resources"]]
    lines += [
        "",
        "## Known limits",
        "",
        "- English articles only; relative dates anchored on another date (\"the same day\", \"two days later\") are not resolved.",
        "- Actors and places come from curated registries; coreference (\"the group\", \"his counterpart\") is not resolved.",
        "- Event linking is automatic: check `mentions` (every quote an event rests on) before relying on a merge.",
        "- Casualty figures are claims, never facts: see `claims` for who said what, with what status.",
    ]
    if notes:
        lines += ["", "## Notes", "", notes]
    lines += ["", "## Columns", "", markdown_tables()]
    return "\n".join(lines).rstrip() + "\n"


def release(version: str, notes: str | None = None, build: Path | str | None = None, where: Path | None = None,
            changelog: Path | None = None, bundle: Path | None = None, now: datetime | None = None) -> Path:
    """Snapshot the validated build as release ``version``; refuse anything that would break a
    cited release or the SemVer rule."""
    from timeline.pipeline import DEFAULT_OUT, validate

    parse(version)
    where = where or ROOT / "data" / "releases"
    build = Path(build) if build is not None else ROOT / DEFAULT_OUT
    target = where / version
    if target.exists():
        raise TimelineError(f"release {version} exists already ({target}); releases are never overwritten: choose a new version")
    frames = validate(build)
    stale = [r["name"] for r in datapackage.read(build)["resources"] if r["schema"] != datapackage.frictionless_schema(r["name"])]
    if stale:
        raise TimelineError(f"{build}: built with an older field registry ({', '.join(stale)}); run `timeline build` first")
    existing = versions(where)
    newer = [v for v in existing if parse(v) > parse(version)]
    if newer:
        raise TimelineError(f"release {version} is older than the existing {newer[-1]}")
    previous = existing[-1] if existing else None
    if previous is not None:
        check_files(where / previous)
        d = diff(where / previous, build)
        d["from"], d["to"] = previous, version
        if d["required"] == "none":
            raise TimelineError(f"nothing changed since {previous}; there is nothing to release")
        level = _bump(previous, version)
        if LEVELS.index(level) < LEVELS.index(d["required"]):
            raise TimelineError(
                f"this change needs a {d['required']} release but {previous} → {version} is a {level} bump "
                f"({'columns removed, renamed or re-typed, or a constraint tightened' if d['required'] == 'major' else 'rows or tables added or removed, or a constraint loosened'})"
            )
        removed_events = d["tables"].get("events", {}).get("rows_removed", [])
        if removed_events and not notes:
            raise TimelineError(f"{len(removed_events)} events are removed since {previous}: say why with --notes")
        changes = summary(d, markdown=True)
    else:
        changes = f"First release ({version}).\n"
    created = (now or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()

    def fill(folder: Path) -> None:
        for name in registry():
            shutil.copy2(build / f"{name}.parquet", folder / f"{name}.parquet")
        package = datapackage.descriptor(folder, frames, version=version, created=created)
        (folder / "README.md").write_text(card(version, package, frames, notes), encoding="utf-8")
        text = f"# Changes in {version}\n\n" + (f"{notes}\n\n" if notes else "") + changes
        (folder / "CHANGES.md").write_text(text, encoding="utf-8")
        datapackage.write(folder, frames, version=version, created=created, documents=("README.md", "CHANGES.md"))

    where.mkdir(parents=True, exist_ok=True)
    replace_folder(target, fill)
    _prepend_changelog(changelog or ROOT / "CHANGELOG.md", version, created, (target / "CHANGES.md").read_text(encoding="utf-8"))
    _bundle(target, bundle or Path(__file__).resolve().parent / "bundled")
    return target


def _prepend_changelog(path: Path, version: str, created: str, changes: str) -> None:
    body = changes.split("\n", 2)[2] if changes.startswith("# ") else changes
    entry = f"## {version} — {created[:10]}\n\n{body.strip()}\n"
    old = path.read_text(encoding="utf-8") if path.is_file() else CHANGELOG_HEADER
    head, _, rest = old.partition("\n## ")
    rest = f"\n## {rest}" if rest else ""
    path.write_text(f"{head.rstrip()}\n\n{entry}{rest}", encoding="utf-8")


def _bundle(release_folder: Path, bundle: Path) -> None:
    """The newest release, copied into the package so that an installed wheel can load it."""
    if bundle.exists() and not (bundle / ".bundle").is_file():
        raise TimelineError(f"{bundle}: exists and is not a release bundle")

    def fill(folder: Path) -> None:
        shutil.copytree(release_folder, folder / release_folder.name)
        (folder / ".bundle").write_text("the newest release, carried by the wheel\n", encoding="utf-8")

    replace_folder(bundle, fill)


RESTORE = "restore the folder from its published copy (git checkout, or the archive it came from)"
REBUILD = "rebuild it with `timeline build`"
CARD, CHANGES = "README.md", "CHANGES.md"
CITED_HASH = re.compile(r"content hash:?\s*`?(sha256:[0-9a-f]{64})", re.IGNORECASE)


def check_files(folder: Path) -> dict:
    """Every file a datapackage.json lists is in its folder with its size and sha256; returns the
    package."""
    manifest = folder / datapackage.FILENAME
    try:
        package = datapackage.read(folder)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TimelineError(f"{manifest}: cannot be read ({exc})") from None
    problems = datapackage.structure_problems(package)
    advice = RESTORE if isinstance(package, dict) and "version" in package else REBUILD  # a release, or a build
    if problems:
        raise TimelineError(f"{manifest}: {'; '.join(problems)}; {advice}")
    for r in package["resources"]:
        path = folder / r["path"]
        if not path.is_file():
            problems.append(f"{r['path']} is missing")
            continue
        if path.stat().st_size != r["bytes"]:
            problems.append(f"{r['path']} has {path.stat().st_size} bytes, datapackage.json says {r['bytes']}")
        digest = f"sha256:{datapackage.file_sha256(path)}"
        if digest != r["hash"]:
            problems.append(f"{r['path']}: sha256 {digest[7:19]}… does not match datapackage.json ({r['hash'][7:19]}…)")
    if problems:
        raise TimelineError(f"{folder} does not verify: {'; '.join(problems)}; {advice}")
    return package


def _short(digest: str) -> str:
    return digest[:19] + "…"


def _check_citations(folder: Path, package: dict, frames: dict[str, pd.DataFrame]) -> None:
    """What a release cites must be what its rows are: each table's content hash, the package's
    (recomputed from the tables', never taken from datapackage.json), the articles it lists and
    the hash its card tells readers to cite."""
    manifest = folder / datapackage.FILENAME
    hashes = datapackage.table_content_hashes(frames)
    for r in package["resources"]:
        if r.get("type") != "table":
            continue
        name = r["name"]
        if len(frames[name]) != r["rows"]:
            raise TimelineError(f"{folder / r['path']}: {len(frames[name])} rows, but datapackage.json says {r['rows']}; {RESTORE}")
        if f"sha256:{hashes[name]}" != r["content_hash"]:
            raise TimelineError(f"{folder / r['path']}: its rows hash to {_short('sha256:' + hashes[name])}, but datapackage.json "
                                f"cites {_short(r['content_hash'])}; the table was changed after release: {RESTORE}")
    package_hash = f"sha256:{datapackage.package_content_hash(hashes)}"
    if package.get("content_hash") != package_hash:
        raise TimelineError(f"{manifest}: the tables' rows hash to the package content hash {_short(package_hash)}, but it cites "
                            f"{_short(str(package.get('content_hash')))}; a table was changed after release: {RESTORE}")
    sources = datapackage.cited_sources(frames)
    if package.get("sources") != sources:
        cited = package.get("sources") if isinstance(package.get("sources"), list) else []
        first = next((s["source_id"] for i, s in enumerate(sources) if i >= len(cited) or cited[i] != s), "the list")
        raise TimelineError(f"{manifest}: the articles it cites do not match sources.parquet (first difference: {first}); {RESTORE}")
    try:
        text = (folder / CARD).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"{folder / CARD}: cannot be read ({exc}); {RESTORE}") from None
    cited = CITED_HASH.findall(text)
    if not cited:
        raise TimelineError(f"{folder / CARD}: the card cites no content hash (a release card tells readers what to cite); {RESTORE}")
    wrong = sorted({h for h in cited if h != package_hash})
    if wrong:
        raise TimelineError(f"{folder / CARD}: the card cites content hash {_short(wrong[0])}, but the rows hash to "
                            f"{_short(package_hash)}; the release was changed after it was published: {RESTORE}")


def verify(version: str | None = None) -> dict[str, pd.DataFrame]:
    """Check a release against itself and against what it cites: every file's size and sha256,
    every table of the registry listed, every table valid, each table's and the package's content
    hash recomputed from the rows and compared with datapackage.json and the card's citation."""
    known = versions()
    if not known:
        raise TimelineError("there is no release to verify")
    version = version or known[-1]
    folder = resolve(version)
    package = check_files(folder)
    manifest = folder / datapackage.FILENAME
    if "version" not in package:
        raise TimelineError(f"{manifest}: it describes a build, not a release (it has no version); check a build with `timeline validate {folder}`")
    named = next((v for v in (str(version), folder.name) if SEMVER.fullmatch(v)), package["version"])
    if package["version"] != named:
        raise TimelineError(f"{manifest}: it gives version {package['version']!r}, but the folder is release {named}; {RESTORE}")
    problems = datapackage.listing_problems(folder, package, documents=(CARD, CHANGES))
    if problems:
        raise TimelineError(f"{manifest}: {'; '.join(problems)}; {RESTORE}")
    frames = read_tables(folder)
    check_tables(frames)
    _check_citations(folder, package, frames)
    return frames
