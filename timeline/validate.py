"""Validation of a whole build: every table against its pandera schema, then the links between them.

Why: a build that writes a table breaking its contract poisons every analysis downstream. All
failures are collected (``lazy=True``), summarised by table, column and rule, and kept in full
as a table a curator can open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from timeline.errors import ValidationFailed
from timeline.periods import period
from timeline.registry import registry, table
from timeline.schemas import TABLE_CHECKS, pandera_schema, plain

FAILURE_COLUMNS = ["table", "column", "rule", "row", "key", "value"]


def _key_of(name: str, df: pd.DataFrame, index: object) -> str:
    """The primary key of a row, to name it in a report ("" when the row cannot be found)."""
    try:
        row = df.loc[index]
    except (KeyError, TypeError):
        return ""
    return "/".join(str(row[k]) for k in table(name).primary_key)


def _dtype_failures(name: str, df: pd.DataFrame) -> list[dict]:
    """Exact dtypes, units included (pandera does not tell datetime64[s] from [ns])."""
    out = []
    for f in table(name).fields:
        if f.name in df.columns and df[f.name].dtype != pd.api.types.pandas_dtype(f.pandas_dtype):
            out.append(dict(table=name, column=f.name, rule=f"dtype {f.pandas_dtype}", row="", key="", value=str(df[f.name].dtype)))
    return out


def schema_failures(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Every failure of one table against its pandera schema: one row per failing value, or per
    failing row for the rules that relate several columns."""
    dtype_cases = pd.DataFrame(_dtype_failures(name, df), columns=FAILURE_COLUMNS)
    try:
        pandera_schema(name).validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        row_rules = {rule for rule, _ in TABLE_CHECKS.get(name, [])}
        is_row_rule = cases["check"].isin(row_rules)
        per_value = cases[~is_row_rule]
        per_row = cases[is_row_rule].drop_duplicates(["check", "index"])
        found = pd.DataFrame(
            {
                "table": name,
                "column": list(per_value["column"].astype(object).where(per_value["column"].notna(), "(table)"))
                + ["(row)"] * len(per_row),
                "rule": list(per_value["check"].astype(str)) + list(per_row["check"].astype(str)),
                "row": list(per_value["index"]) + list(per_row["index"]),
                "value": list(per_value["failure_case"].astype(str)) + [""] * len(per_row),
            }
        )
        found["key"] = [_key_of(name, df, i) for i in found["row"]]
        return pd.concat([dtype_cases, found[FAILURE_COLUMNS]], ignore_index=True)
    return dtype_cases


def _foreign_key_failures(frames: dict[str, pd.DataFrame]) -> list[dict]:
    out = []
    for name, df in frames.items():
        for f in table(name).fields:
            if not f.foreign_key:
                continue
            ref_table, _, ref_col = f.foreign_key.partition(".")
            known = set(frames[ref_table][ref_col].tolist()) if ref_table in frames else set()
            column = df[f.name]
            if f.type != "list":  # scalar keys: test the distinct values once, then find their rows
                present = set(column.dropna().tolist())
                if present <= known:
                    continue
                column = column[column.isin(list(present - known))]
            for i, value in column.items():
                values = value if isinstance(value, list) else ([] if pd.isna(value) else [value])
                for v in values:
                    if v not in known:
                        out.append(
                            dict(table=name, column=f.name, rule=f"foreign key -> {f.foreign_key}", row=i,
                                 key=_key_of(name, df, i), value=str(v))
                        )
    return out


def _sentence_counts_match(frames: dict[str, pd.DataFrame]) -> list[dict]:
    sources, sentences = frames["sources"], frames["sentences"]
    counts = sentences.groupby("source_id").size()
    out = []
    for i, row in sources.iterrows():
        actual = int(counts.get(row["source_id"], 0))
        if actual != row["sentence_count"]:
            out.append(dict(table="sources", column="sentence_count", rule="sentence_count == rows in sentences",
                            row=i, key=row["source_id"], value=f"{row['sentence_count']} (sentences has {actual})"))
    return out


def _timexes_respect_publication(frames: dict[str, pd.DataFrame]) -> list[dict]:
    """No interval ends after its article's publication unless future; a cut period ends on it."""
    timexes = frames["timexes"]
    published = plain(timexes["source_id"].map(frames["sources"].set_index("source_id")["published"]))
    out = []
    columns = ["kind", "tense", "start", "end", "precision", "timex_id"]
    for i, pub, values in zip(timexes.index, published, zip(*(plain(timexes[c]) for c in columns))):
        row = dict(zip(columns, values))  # plain values: iterrows() made a Series per row (10x slower)
        if row["kind"] == "duration" or pub is None or row["start"] is None or row["end"] is None:
            continue  # a missing interval is reported by the table's own rules
        if row["tense"] != "future" and row["end"] > pub:
            out.append(dict(table="timexes", column="end", rule="end <= published unless tense is future",
                            row=i, key=row["timex_id"], value=f"{row['end']} > {pub}"))
        if row["kind"] == "date":
            first, last = period(row["start"], row["precision"])
            day_after = pub + timedelta(days=1)
            if row["end"] != last and not (row["end"] == pub and row["tense"] == "past"):
                out.append(dict(table="timexes", column="end", rule="a cut period ends on the publication date",
                                row=i, key=row["timex_id"], value=f"{row['end']}"))
            if row["start"] != first and not (row["start"] == day_after and row["tense"] == "future"):
                out.append(dict(table="timexes", column="start", rule="a cut period starts the day after publication",
                                row=i, key=row["timex_id"], value=f"{row['start']}"))
        elif row["kind"] == "range" and row["start"] != period(row["start"], row["precision"])[0] \
                and row["start"] != pub + timedelta(days=1):
            out.append(dict(table="timexes", column="start", rule="a cut range starts the day after publication",
                            row=i, key=row["timex_id"], value=f"{row['start']}"))
    return out


def _rows(df: pd.DataFrame, columns: list[str]):
    """Each row as a dict of plain values (``iterrows`` builds a Series per row: 10x slower)."""
    for values in zip(*(plain(df[c]) for c in columns)):
        yield dict(zip(columns, values))


def _quotes_slice_sentences(frames: dict[str, pd.DataFrame]) -> list[dict]:
    """Every quoted span (a table with sentence_id and text or quote) repeats its sentence's
    text at its offsets, and so the raw article's: raw_text[char_start:char_end] == quote."""
    sentences_df = frames["sentences"]
    sentences = dict(zip(sentences_df["sentence_id"].tolist(), zip(sentences_df["char_start"].tolist(), sentences_df["text"].tolist())))
    out = []
    for name, df in frames.items():
        column = "text" if "text" in df.columns else "quote" if "quote" in df.columns else None
        if name == "sentences" or "sentence_id" not in df.columns or column is None:
            continue
        rows = zip(df.index, df["sentence_id"].tolist(), df["char_start"].tolist(), df["char_end"].tolist(), df[column].tolist())
        for i, sentence_id, start, end, quoted in rows:
            if sentence_id not in sentences:
                continue  # reported by the foreign key rule
            s_start, s_text = sentences[sentence_id]
            lo, hi = start - s_start, end - s_start
            if lo < 0 or hi > len(s_text) or s_text[lo:hi] != quoted:
                out.append(dict(table=name, column=column, rule=f"{column} == sentence text at its offsets",
                                row=i, key=_key_of(name, df, i), value=quoted))
    return out


def _events_agree_with_sources_and_mentions(frames: dict[str, pd.DataFrame]) -> list[dict]:
    """first_reported is the earliest source's publication, no event starts after it, and
    n_mentions counts the mentions linked to it."""
    events, mentions = frames["events"], frames["mentions"]
    published = dict(zip(frames["sources"]["source_id"].tolist(), plain(frames["sources"]["published"])))
    counts = mentions.groupby("event_id").size()
    out = []
    for i, row in zip(events.index, _rows(events, ["event_id", "source_ids", "first_reported", "start_date", "n_mentions"])):
        known = [published[s] for s in row["source_ids"] if published.get(s) is not None]
        if known and row["first_reported"] != min(known):
            out.append(dict(table="events", column="first_reported", rule="first_reported == earliest source's published",
                            row=i, key=row["event_id"], value=str(row["first_reported"])))
        if row["start_date"] is not None and row["first_reported"] is not None and row["start_date"] > row["first_reported"]:
            out.append(dict(table="events", column="start_date", rule="no event starts after its first report",
                            row=i, key=row["event_id"], value=str(row["start_date"])))
        if int(counts.get(row["event_id"], 0)) != row["n_mentions"]:
            out.append(dict(table="events", column="n_mentions", rule="n_mentions == mentions linked to it",
                            row=i, key=row["event_id"], value=f"{row['n_mentions']} (mentions has {int(counts.get(row['event_id'], 0))})"))
    return out


def _claims_agree_with_events_and_sources(frames: dict[str, pd.DataFrame]) -> list[dict]:
    """The events' figures are derived from the claims (recomputed here), and no claim is
    dated after the article that tells it."""
    from timeline.claims import event_figures

    claims, events = frames["claims"], frames["events"]
    out = []
    published = claims["source_id"].map(frames["sources"].set_index("source_id")["published"])
    late = claims["claim_date"].notna() & (claims["claim_date"] > published)
    for i in claims.index[late]:
        out.append(dict(table="claims", column="claim_date", rule="claim_date <= published", row=i,
                        key=claims.at[i, "claim_id"], value=str(claims.at[i, "claim_date"].date())))
    records = [
        {k: (None if not isinstance(v, (list, str)) and pd.isna(v) else v) for k, v in row.items()}
        for row in claims[["event_id", "claim_key", "quantity", "value_low", "value_high", "claimant_id", "claimant_label", "subject_id", "subject_label"]].to_dict("records")
    ]
    derived = event_figures(records)
    for i, row in zip(events.index, _rows(events, ["event_id", "fatalities_low", "fatalities_high", "n_claims", "fatalities_disputed"])):
        d = derived.get(row["event_id"], {"fatalities_low": None, "fatalities_high": None, "n_claims": 0, "fatalities_disputed": False})
        for column, value in d.items():
            have = None if pd.isna(row[column]) else row[column]
            if have != value:
                out.append(dict(table="events", column=column, rule=f"{column} is derived from claims", row=i,
                                key=row["event_id"], value=f"{have} (claims give {value})"))
    return out


# Rules that look across tables; each returns failure records.
CROSS_TABLE_CHECKS: list[Callable[[dict[str, pd.DataFrame]], list[dict]]] = [
    _foreign_key_failures,
    _sentence_counts_match,
    _timexes_respect_publication,
    _quotes_slice_sentences,
    _events_agree_with_sources_and_mentions,
    _claims_agree_with_events_and_sources,
]


def failures(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """All failures of a build: missing tables, schema failures, then cross-table failures."""
    parts = []
    missing = [name for name in registry() if name not in frames]
    if missing:
        parts.append(pd.DataFrame([dict(table=n, column="", rule="table is missing", row="", key="", value="") for n in missing]))
    for name, df in frames.items():
        parts.append(schema_failures(name, df))
    if not missing:
        cross = [record for check in CROSS_TABLE_CHECKS for record in check(frames)]
        parts.append(pd.DataFrame(cross, columns=FAILURE_COLUMNS))
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=FAILURE_COLUMNS)
    return pd.concat(parts, ignore_index=True)[FAILURE_COLUMNS]


def summarise(cases: pd.DataFrame, limit: int = 12) -> str:
    """A short account of the failures: per table, column and rule, how many rows and which."""
    lines = [f"validation failed: {len(cases)} failure(s)"]
    groups = cases.groupby(["table", "column", "rule"], sort=True, dropna=False)
    for n, ((tname, column, rule), group) in enumerate(groups):
        if n == limit:
            lines.append(f"  … and {groups.ngroups - limit} more rule(s)")
            break
        rows = ", ".join(str(k or r) for k, r in zip(group["key"].head(3), group["row"].head(3)))
        more = f" (+{len(group) - 3} more)" if len(group) > 3 else ""
        value = group["value"].iloc[0]
        shown = f"; value {value!r}" if value else ""
        lines.append(f"  {tname}.{column}: {rule}: {len(group)} row(s), e.g. {rows}{more}{shown}")
    return "\n".join(lines)


def check_tables(frames: dict[str, pd.DataFrame], report: Path | None = None) -> None:
    """Raise ValidationFailed with a summary if any rule fails; save the full cases to ``report``."""
    cases = failures(frames)
    if len(cases) == 0:
        return
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        cases.to_csv(report, index=False)
    raise ValidationFailed(summarise(cases), report)
