"""Schemas generated from the field registry: pandera, Frictionless, Arrow and Markdown.

Why: each consumer of a table (validation, the Parquet writer, people reading the README or
the Frictionless descriptors) needs the same facts in its own form; generating all of them from
``registry`` keeps them from drifting apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow

from timeline.periods import period
from timeline.registry import Field, registry, table

ARROW_TYPES = {
    "string": pa_arrow.string(),
    "integer": pa_arrow.int64(),
    "boolean": pa_arrow.bool_(),
    "date": pa_arrow.date32(),
    "number": pa_arrow.float64(),
    "list": pa_arrow.list_(pa_arrow.string()),
}

FRICTIONLESS_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean", "date": "date", "number": "number", "list": "array"}


# Row-wise rules that relate columns of one table; each returns a boolean Series so pandera
# reports every failing row by index. Keyed by table name; the registry holds the column rules.
def _offsets_ordered(df: pd.DataFrame) -> pd.Series:
    return df["char_end"] > df["char_start"]


def _text_fills_offsets(df: pd.DataFrame) -> pd.Series:
    return df["text"].str.len() == (df["char_end"] - df["char_start"])


def _kept_within_raw(df: pd.DataFrame) -> pd.Series:
    return df["kept_chars"] <= df["raw_chars"]


def _sentence_id_matches(df: pd.DataFrame) -> pd.Series:
    expected = df["source_id"] + ":" + df["sentence_index"].map("{:04d}".format)
    return df["sentence_id"] == expected


def _durations_have_no_interval(df: pd.DataFrame) -> pd.Series:
    is_duration = df["kind"] == "duration"
    has_interval = df["start"].notna() & df["end"].notna() & df["precision"].notna() & df["edtf"].notna()
    return (is_duration & df["duration"].notna() & df["start"].isna() & df["end"].isna()) | (
        ~is_duration & has_interval & df["duration"].isna()
    )


def _start_not_after_end(df: pd.DataFrame) -> pd.Series:
    return df["start"].isna() | df["end"].isna() | (df["start"] <= df["end"])


def plain(series: pd.Series) -> list:
    """A column's values as plain Python values, dates as ``datetime.date`` (None if missing):
    pandas' ``tolist`` builds a Timestamp per date, once most of validating a large build."""
    if series.dtype.kind == "M":
        return series.to_numpy(dtype="datetime64[D]").tolist()
    return series.tolist()


def _precision_agrees(df: pd.DataFrame) -> pd.Series:
    """A date lies inside one period of its precision; a range starts on a period boundary
    unless announced (a future range is cut at the publication date, checked across tables)."""

    def ok(row) -> bool:
        if row["kind"] == "duration":
            return True
        start, end = row["start"], row["end"]
        if start is None or end is None:
            return True  # reported by the rule on missing intervals
        if row["kind"] == "date":
            return period(start, row["precision"]) == period(end, row["precision"])
        return start == period(start, row["precision"])[0] or row["tense"] == "future"

    rows = zip(df["kind"].tolist(), plain(df["start"]), plain(df["end"]), df["precision"].tolist(), df["tense"].tolist())
    return pd.Series([ok(dict(kind=k, start=s, end=e, precision=p, tense=t)) for k, s, e, p, t in rows],
                     index=df.index, dtype=bool)


def _event_dates_ordered(df: pd.DataFrame) -> pd.Series:
    return df["start_date"] <= df["end_date"]


def _event_precision_agrees(df: pd.DataFrame) -> pd.Series:
    """The bounds sit on the boundaries of their precision's periods (a cut at the first report
    is checked across tables)."""

    def ok(row) -> bool:
        start, end, first = row["start_date"], row["end_date"], row["first_reported"]
        if start is None or end is None:
            return True  # reported as a missing value
        return start == period(start, row["date_precision"])[0] and (
            end == period(end, row["date_precision"])[1] or (first is not None and end <= first)
        )

    columns = ["start_date", "end_date", "date_precision", "first_reported"]
    rows = zip(*(plain(df[c]) for c in columns))
    return pd.Series([ok(dict(zip(columns, values))) for values in rows], index=df.index, dtype=bool)


def _event_counts_agree(df: pd.DataFrame) -> pd.Series:
    return df["n_sources"] == df["source_ids"].map(len)


def _not_its_own_parent(df: pd.DataFrame) -> pd.Series:
    return df["parent_event_id"].isna() | (df["parent_event_id"] != df["event_id"])


def _linked_iff_event(df: pd.DataFrame) -> pd.Series:
    return (df["link_status"] == "linked") == df["event_id"].notna()


def _trigger_inside_quote(df: pd.DataFrame) -> pd.Series:
    inside = (df["char_start"] <= df["trigger_start"]) & (df["trigger_end"] <= df["char_end"])
    same = [
        q[ts - cs : te - cs] == t
        for q, t, cs, ts, te in zip(df["quote"], df["trigger"], df["char_start"], df["trigger_start"], df["trigger_end"])
    ]
    return inside & pd.Series(same, index=df.index, dtype=bool)


def _quote_fills_offsets(df: pd.DataFrame) -> pd.Series:
    return df["quote"].str.len() == (df["char_end"] - df["char_start"])


def _mention_dates(df: pd.DataFrame) -> pd.Series:
    dated = df["start_date"].notna()
    ordered = ~dated | (df["start_date"] <= df["end_date"])
    return ordered & ((df["date_basis"] == "undated") == ~dated) & (dated == df["date_precision"].notna())


def _figure_inside_quote(df: pd.DataFrame) -> pd.Series:
    same = [
        q[fs - cs : fe - cs] == f
        for q, f, cs, fs, fe in zip(df["quote"], df["figure"], df["char_start"], df["figure_start"], df["figure_end"])
    ]
    return pd.Series(same, index=df.index, dtype=bool)


def _qualifier_agrees(df: pd.DataFrame) -> pd.Series:
    """Low and high say what the qualifier says: exact and about are one value, at_least has no
    high, up_to no low, a range two ordered values, a qualitative claim none."""
    low, high, q = df["value_low"], df["value_high"], df["qualifier"]
    one = low.notna() & high.notna() & (low == high)
    rules = (
        (q.isin(["exact", "about"]) & one)
        | ((q == "at_least") & low.notna() & high.isna())
        | ((q == "up_to") & low.isna() & high.notna())
        | ((q == "range") & low.notna() & high.notna() & (low < high))
        | ((q == "vague") & low.notna() & (high.isna() | (low <= high)))
        | ((q == "qualitative") & low.isna() & high.isna() & (df["quantity"] == "losses"))
    )
    return rules.fillna(False).astype(bool)


TABLE_CHECKS: dict[str, list[tuple[str, Callable[[pd.DataFrame], pd.Series]]]] = {
    "sources": [("kept_chars <= raw_chars", _kept_within_raw)],
    "sentences": [
        ("char_end > char_start", _offsets_ordered),
        ("len(text) == char_end - char_start", _text_fills_offsets),
        ("sentence_id == source_id:sentence_index", _sentence_id_matches),
    ],
    "timexes": [
        ("char_end > char_start", _offsets_ordered),
        ("len(text) == char_end - char_start", _text_fills_offsets),
        ("durations have a length and no interval; dates and ranges the reverse", _durations_have_no_interval),
        ("start <= end", _start_not_after_end),
        ("precision agrees with the interval", _precision_agrees),
    ],
    "events": [
        ("start_date <= end_date", _event_dates_ordered),
        ("date_precision agrees with the interval", _event_precision_agrees),
        ("n_sources == len(source_ids)", _event_counts_agree),
        ("an event is not its own parent", _not_its_own_parent),
    ],
    "mentions": [
        ("char_end > char_start", _offsets_ordered),
        ("len(quote) == char_end - char_start", _quote_fills_offsets),
        ("trigger == quote at its offsets", _trigger_inside_quote),
        ("event_id is set exactly when link_status is linked", _linked_iff_event),
        ("undated mentions have no date; dated ones are ordered and have a precision", _mention_dates),
    ],
    "claims": [
        ("char_end > char_start", _offsets_ordered),
        ("len(quote) == char_end - char_start", _quote_fills_offsets),
        ("figure == quote at its offsets", _figure_inside_quote),
        ("value_low/value_high agree with the qualifier", _qualifier_agrees),
    ],
    "removed_spans": [
        ("char_end > char_start", _offsets_ordered),
        ("len(text) == char_end - char_start", _text_fills_offsets),
    ],
}


def _is_list_of_strings(series: pd.Series) -> pd.Series:
    return series.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)).astype(bool)


def _column_checks(f: Field) -> list[pa.Check]:
    if f.type == "list":
        return [pa.Check(_is_list_of_strings, name="list of strings")]
    checks: list[pa.Check] = []
    if f.enum is not None:
        checks.append(pa.Check.isin(list(f.enum)))
    if f.pattern is not None:
        checks.append(pa.Check.str_matches(rf"^(?:{f.pattern})\Z"))
    if f.minimum is not None:
        checks.append(pa.Check.ge(f.minimum))
    if f.maximum is not None:
        checks.append(pa.Check.le(f.maximum))
    return checks


@cache
def pandera_schema(name: str) -> pa.DataFrameSchema:
    """The pandera contract of a table: dtypes, nullability, uniqueness, allowed values, row rules.
    Made once per table and process: a corpus of many small builds (`timeline evaluate` over the
    fixtures) validated each with a schema built afresh."""
    t = table(name)
    columns = {
        f.name: pa.Column(
            f.pandas_dtype,
            checks=_column_checks(f),
            nullable=not f.required,
            unique=f.unique,
            description=f.description,
        )
        for f in t.fields
    }
    checks = [pa.Check(fn, name=rule) for rule, fn in TABLE_CHECKS.get(name, [])]
    return pa.DataFrameSchema(
        columns,
        checks=checks,
        name=name,
        strict=True,
        ordered=True,
        unique=list(t.primary_key) if len(t.primary_key) > 1 else None,
        description=t.description,
    )


def arrow_schema(name: str) -> pa_arrow.Schema:
    """The explicit Arrow schema the Parquet writer uses, with each column's description."""
    t = table(name)
    return pa_arrow.schema(
        [
            pa_arrow.field(
                f.name,
                ARROW_TYPES[f.type],
                nullable=not f.required,
                metadata={"description": f.description},
            )
            for f in t.fields
        ],
        metadata={"table": name, "description": t.description, "primary_key": ",".join(t.primary_key)},
    )


def frictionless_schema(name: str) -> dict:
    """The Frictionless Table Schema of a table, readable without our code."""
    t = table(name)
    fields = []
    for f in t.fields:
        constraints: dict = {}
        if f.required:
            constraints["required"] = True
        if f.unique:
            constraints["unique"] = True
        if f.enum is not None:
            constraints["enum"] = list(f.enum)
        if f.pattern is not None:
            constraints["pattern"] = f.pattern
        if f.minimum is not None:
            constraints["minimum"] = f.minimum
        if f.maximum is not None:
            constraints["maximum"] = f.maximum
        entry = {"name": f.name, "type": FRICTIONLESS_TYPES[f.type], "description": f.description}
        if constraints:
            entry["constraints"] = constraints
        fields.append(entry)
    schema: dict = {"fields": fields, "primaryKey": list(t.primary_key)}
    fks = []
    for f in t.fields:
        if not f.foreign_key:
            continue
        ref_table, ref_field = f.foreign_key.split(".")
        reference = {"resource": "" if ref_table == name else ref_table, "fields": [ref_field]}  # "": this table
        fks.append({"fields": [f.name], "reference": reference})
    if fks:
        schema["foreignKeys"] = fks
    return schema


def frictionless_json(name: str) -> str:
    """The text of ``schemas/<name>.json``: stable key order and a final newline."""
    return json.dumps(frictionless_schema(name), indent=2, ensure_ascii=False) + "\n"


def _constraint_text(f: Field) -> str:
    parts = []
    if f.required:
        parts.append("required")
    if f.unique:
        parts.append("unique")
    if f.enum is not None:
        parts.append("one of " + ", ".join(f"`{v}`" for v in f.enum))
    if f.pattern is not None:
        parts.append(f"matches `{f.pattern}`")
    if f.minimum is not None:
        parts.append(f"≥ {f.minimum:g}")
    if f.maximum is not None:
        parts.append(f"≤ {f.maximum:g}")
    if f.foreign_key:
        parts.append(f"→ `{f.foreign_key}`")
    return "; ".join(parts)


def markdown_tables() -> str:
    """The README's column tables, one section per table."""
    out = []
    for t in registry().values():
        out.append(f"### `{t.name}`\n\n{t.description} Primary key: `{', '.join(t.primary_key)}`.\n")
        out.append("| column | type | constraints | description |\n| --- | --- | --- | --- |")
        for f in t.fields:
            desc = f.description.replace("|", "\\|")
            out.append(f"| `{f.name}` | {f.type} | {_constraint_text(f).replace('|', chr(92) + '|')} | {desc} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
