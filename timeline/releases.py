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

from timeline import datapackage
from timeline.errors import TimelineError
from timeline.output_folders import replace_folder
from timeline.registry import registry
from timeline.release_diff import LEVELS, compare, markdown_inline, summary
from timeline.schemas import markdown_tables
from timeline.storage import read_tables
from timeline.validate import check_tables

SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
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


# Backslash-escaped wherever they are: code, emphasis, links, HTML, cells, strikethrough, math;
# '&' only where it would start an entity, '_' only where it could start or end emphasis.


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


def diff(a: str | Path, b: str | Path) -> dict:
    """What changed from release or build ``a`` to ``b`` (release_diff.compare), each folder's
    files checked against its descriptor first."""
    fa, fb = resolve(a), resolve(b)
    return compare(a, b, fa, fb, check_files(fa), check_files(fb))


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
