"""Comparing two builds or releases: rows added, removed and changed by primary key, schema
changes, and the SemVer level the change requires.

Why apart from releases.py (making, bundling and verifying releases): a diff is read by users
comparing any two folders (`timeline diff`), and is the part of the release rules that decides a
version number; it reads tables and descriptors and writes nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq

from timeline.errors import TimelineError
from timeline.storage import _canonical

LEVELS = ("none", "patch", "minor", "major")
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_MARKUP = re.compile(r"[\\`*\[\]<>|~$]|&(?=#?\w+;)|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_BLOCK_MARK = re.compile(r"^(#|[-+=](?=\s|$)|\d+(?=[.)](?:\s|$)))")


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


def compare(a: str | Path, b: str | Path, fa: Path, fb: Path, pa_: dict, pb: dict) -> dict:
    """Per table of folders ``fa`` and ``fb`` (named ``a`` and ``b``, their descriptors checked
    already): rows added, removed and changed (by primary key, with old → new values), and schema
    changes; and the SemVer level the change requires."""
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
