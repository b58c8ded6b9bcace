"""The build: corpus → per-article records → validated tables → Parquet, in that one direction.

Why: the per-article stage is a pure map (one article in, its records out), so it can run in
parallel, be cached by the article's hash or move to a cluster; only validation and, later,
linking look across articles. Nothing is written unless every table passes.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.corpus import Article, load_corpus
from timeline.dates import tag
from timeline.ingest import Sentence, ingest
from timeline.registry import registry, table
from timeline.storage import check_replaceable, frame, read_tables, write_tables
from timeline.validate import check_tables

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")


def failure_report_path(out: Path) -> Path:
    """Where a failed build or validation keeps its full failure cases: beside the folder, not in it."""
    out = Path(out)
    return out.parent / f"{out.name}.failures.csv"


def sentence_id(s: Sentence) -> str:
    return f"{s.source_id}:{s.sentence_index:04d}"


def process_article(article: Article) -> dict[str, list[dict]]:
    """Every record one article contributes, by table: the pure per-article map."""
    result = ingest(article.source_id, article.text, article.language)
    source_columns = table("sources").columns
    source = {c: article.meta.get(c) for c in source_columns}
    source.update(
        source_id=article.source_id,
        file=article.file,
        published=article.published,
        language=article.language,
        sha256=article.sha256,
        raw_chars=len(article.text),
        kept_chars=result.kept_chars,
        sentence_count=len(result.sentences),
    )
    timexes = []
    for s in result.sentences:
        for t in tag(s.text, article.published, article.language):
            start, end = s.char_start + t.char_start, s.char_start + t.char_end
            timexes.append(
                {
                    **t.as_dict(),
                    "timex_id": f"{article.source_id}:{start}-{end}",
                    "source_id": article.source_id,
                    "sentence_id": sentence_id(s),
                    "char_start": start,
                    "char_end": end,
                }
            )
    return {
        "sources": [source],
        "sentences": [
            {**asdict(s), "sentence_id": sentence_id(s)} for s in result.sentences
        ],
        "removed_spans": [asdict(r) for r in result.removed],
        "timexes": timexes,
    }


def assemble(articles: list[Article]) -> dict[str, pd.DataFrame]:
    """Run the per-article map and gather its records into typed, key-sorted tables."""
    records: dict[str, list[dict]] = {name: [] for name in registry()}
    for article in articles:
        for name, rows in process_article(article).items():
            records[name].extend(rows)
    return {name: frame(name, rows) for name, rows in records.items()}


def build(raw: Path | str = DEFAULT_RAW, out: Path | str = DEFAULT_OUT, today: date | None = None) -> dict[str, pd.DataFrame]:
    """Build, validate and write every table; on any failure ``out`` is left exactly as it was."""
    out = Path(out)
    check_replaceable(out, keep=(Path(raw),))
    frames = assemble(load_corpus(Path(raw), today=today))
    check_tables(frames, report=failure_report_path(out))
    write_tables(frames, out)
    failure_report_path(out).unlink(missing_ok=True)
    return frames


def validate(folder: Path | str = DEFAULT_OUT) -> dict[str, pd.DataFrame]:
    """Re-validate a built folder: read every table with its dtypes and run every rule again."""
    folder = Path(folder)
    frames = read_tables(folder)
    check_tables(frames, report=failure_report_path(folder))
    failure_report_path(folder).unlink(missing_ok=True)
    return frames
