"""The build: corpus → per-article records → validated tables → Parquet, in that one direction.

Why: the per-article stage is a pure map (one article in, its records out), so it can run in
parallel, be cached by the article's hash or move to a cluster; only validation and, later,
linking look across articles. Nothing is written unless every table passes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
import json
import os
from dataclasses import fields
from functools import cache
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.anniversary_years import anniversary_year, into_anniversary, restated, story_reached, tells_now
from timeline.article_map import map_articles
from timeline.corpus import Article, load_corpus
from timeline.record_cache import RecordCache, article_key, open_cache
from timeline.stages import Stages
from timeline.errors import InputError
from timeline import datapackage, names
from timeline.name_eras import in_era
from timeline.dates import lexicon, tag
from timeline.claims import claim_events, claim_key, claims_of_article, event_figures
from timeline.claim_links import root_event
from timeline.events import Mention, SentenceContext, event_types, mentions_of_article
from timeline.anchored_dates import Anchor, anchored, next_anchor
from timeline.narrative_years import OPENS_PRESENT_SINCE, reframe
from timeline.heading_days import from_heading_day, heading_day, titled_day, told_day_by_day
from timeline.later_frames import before_later_frame, later_frames
from timeline.title_years import titled
from timeline.ingest import Sentence, dateline_end, ingest
from timeline.event_records import event_records, mention_event_ids
from timeline.linking import link
from timeline.registry import registry, table
from timeline.output_folders import check_replaceable, folder_lock, output_target, recover_leftovers
from timeline.storage import LazyTables, frame, read_tables, write_tables
from timeline.validate import check_tables

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")


def failure_report_path(out: Path) -> Path:
    """Where a failed build or validation keeps its full failure cases: beside the folder, not in it."""
    out = Path(out)
    return out.parent / f"{out.name}.failures.csv"


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _record(obj) -> dict:
    """A dataclass's fields as a dict, shallow (``dataclasses.asdict`` deep-copies every value:
    a fifth of assembling a large corpus)."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


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
    timexes, contexts = [], []
    anchor = Anchor()  # the days told last, for "the same day", "the previous day" (anchored_dates)
    headline = str(article.meta.get("title") or "")
    narrative = titled(tag(headline, article.published, article.language), headline, article.published)  # the year a narrative set, for "July 10-12" after "In June 2020, …", or the title's ("What happened in Mali in 2012?") (narrative_years)
    now_told = (-1, -1)  # the sentence that last told the news ("Last week …"), for the one after it
    reached = None  # the latest day the story has told (anniversary_years.story_reached)
    looked_back = anniversary_year([("title", headline, -1), *((s.kind, s.text, s.paragraph_index) for s in result.sentences)], article.published, article.language)  # "ten years on" (anniversary_years)
    texts = [s.text for s in result.sentences]
    found_names = in_era(texts, names.with_capital_speakers(texts, names.with_surnames(texts, [names.matcher().find_joined(t) for t in texts], article.language), article.language), article.published)
    tagged = [tag(t, article.published, article.language) for t in texts]
    under_day = None  # the day of the day heading in force ("TUESDAY 15 AUGUST"), for its entries' weekdays
    day_by_day = told_day_by_day(result.sentences, tagged)  # a digest or a blog of several days (not one document's date line)
    ahead = later_frames([s.paragraph_index for s in result.sentences], tagged, texts)  # "In late September, … In December 2024, …" (later_frames)
    for s, sentence_names, sentence_tags, frame_ahead in zip(result.sentences, found_names, tagged, ahead):
        sid = sentence_id(s)
        before = narrative
        found, narrative = reframe(sentence_tags, s.text, s.kind, s.paragraph_index, narrative, article.published)
        if s.kind == "heading" and day_by_day:
            under_day = heading_day(SentenceContext(s, sid, found, sentence_names, []), under_day)  # "TUESDAY 15 AUGUST" (heading_days)
        if s.kind == "heading" and (heading := titled_day(SentenceContext(s, sid, found, sentence_names, []))) is not None:
            anchor = Anchor(heading, heading, anchor.month, anchor.year)  # "■ 6 October | …", then "The same day, …" (heading_days)
        if s.kind == "body":
            framed_here = narrative.frame is not None and (narrative.frame.from_heading or narrative.frame.paragraph == s.paragraph_index)
            found = before_later_frame(found, None if framed_here else frame_ahead, before and (before.told or before.carried), article.published)  # a frame in force already set the year
            found = from_heading_day(found, s.text, under_day, article.published)
            told_year = before.told.year if before is not None and before.told is not None and before.told_paragraph == s.paragraph_index else None
            moved = into_anniversary(found, looked_back, article.published, article.language, now=now_told == (s.paragraph_index, s.sentence_index - 1), told_year=told_year, reached=reached, text=s.text)
            reached = None if OPENS_PRESENT_SINCE.match(s.text) else story_reached(moved, reached)  # "Since then, much has changed.": the story is back at the present
            found, narrative = moved, restated(narrative, found, moved)
            now_told = (s.paragraph_index, s.sentence_index) if tells_now(found) else now_told
            found = sorted([*found, *anchored(s.text, found, anchor, article.published, article.language)], key=lambda t: t.char_start)
            cut = dateline_end(s.text, article.language)
            anchor = next_anchor(s.text, [t for t in found if t.char_start >= cut], anchor, article.language, article.published)
        ids = [f"{article.source_id}:{s.char_start + t.char_start}-{s.char_start + t.char_end}" for t in found]
        for t, timex_id in zip(found, ids):
            timexes.append(
                {
                    **t.as_dict(),
                    "timex_id": timex_id,
                    "source_id": article.source_id,
                    "sentence_id": sid,
                    "char_start": s.char_start + t.char_start,
                    "char_end": s.char_start + t.char_end,
                }
            )
        contexts.append(SentenceContext(s, sid, found, sentence_names, ids))
    return {
        "sources": [source],
        "sentences": [
            {**_record(s), "sentence_id": sentence_id(s)} for s in result.sentences
        ],
        "removed_spans": [_record(r) for r in result.removed],
        "timexes": timexes,
        "mentions": mentions_of_article(article.source_id, contexts, article.language, article.published),
        "claims": claims_of_article(article.source_id, contexts, article.language, article.meta.get("outlet")),
        "name_candidates": _name_candidates(article.source_id, contexts),
    }


def _name_candidates(source_id: str, contexts: list[SentenceContext]) -> list[dict]:
    """Capitalised names no registry entry matched, for curators to review."""
    skip = frozenset(w.casefold() for w in [*lexicon().months, *lexicon().weekdays])
    out = []
    for ctx in contexts:
        for start, end in names.unmatched_capitalised(ctx.sentence.text, ctx.names, skip):
            name = " ".join(ctx.sentence.text[start:end].split())  # a name broken across wrapped lines
            out.append({"source_id": source_id, "sentence_id": ctx.sentence_id, "name": name})
    return out


def _mention_record(m: Mention, event_id: str | None, status: str) -> dict:
    record = {**_record(m), "actor_ids": list(m.actor_ids), "event_id": event_id, "link_status": status}
    del record["place_name"], record["speaker_name"]  # linking's and the title's, not columns: a new column would break verifying published releases
    return record


def _registry_records(entries: dict, id_column: str) -> list[dict]:
    rows = []
    for entry in entries.values():
        row = {k: (v or None) for k, v in entry.fields.items()}
        row[id_column] = entry.id
        row["aliases"] = [a.strip() for a in entry.fields.get("aliases", "").split("|") if a.strip()]
        row["parent_ids"] = entry.parents
        for number in ("lat", "lon"):
            if number in row:
                row[number] = float(row[number]) if row[number] else None
        if "generic" in row:
            row["generic"] = row["generic"] == "true"
        rows.append(row)
    return rows


def assemble(articles: list[Article], per_article: list[dict] | None = None, stages: Stages | None = None) -> dict[str, pd.DataFrame]:
    """Link the per-article records (computed here unless given, in corpus order) across
    articles, derive events and claims' events, and type every table."""
    stages = stages or Stages()
    if per_article is None:
        per_article = map_articles(articles, jobs=1, stages=stages)
    with stages.stage("link", total=sum(len(r["mentions"]) for r in per_article), unit="mention") as advance:
        records, published, result = _linked(articles, per_article, advance)
    with stages.stage("assemble"):
        return _tables(records, published, result)


def _linked(articles: list[Article], per_article: list[dict], advance: Callable[[int], None] | None = None):
    records: dict[str, list] = {name: [] for name in [*registry(), "mentions", "claims", "name_candidates"]}
    for article_records in per_article:
        for name, rows in article_records.items():
            records[name].extend(rows)
    published = {a.source_id: a.published for a in articles}
    return records, published, link(records["mentions"], published, advance=advance)


def _tables(records: dict[str, list], published: dict[str, date], result) -> dict[str, pd.DataFrame]:
    event_of = mention_event_ids(result, published)
    records["events"] = event_records(result, published)
    records["mentions"] = [_mention_record(m, event_of.get(m.mention_id), result.status[m.mention_id]) for m in records["mentions"]]
    groups = {name: t.merge_group for name, t in event_types().items()}
    sentence_dates: dict[str, list] = {}
    for t in records["timexes"]:
        if t["kind"] != "duration":
            sentence_dates.setdefault(t["sentence_id"], []).append((date.fromisoformat(t["start"]), date.fromisoformat(t["end"])))
    event_dates = {e["event_id"]: (e["start_date"], e["end_date"]) for e in records["events"]}
    parents = {e["event_id"]: e["parent_event_id"] for e in records["events"]}
    about = claim_events(records["claims"], records["mentions"], groups, sentence_dates, event_dates, published, parents)
    records["claims"] = [
        {**_record(c), "event_id": about[c.claim_id], "claim_key": claim_key(c, root_event(about[c.claim_id], parents))} for c in records["claims"]
    ]
    figures = event_figures(records["claims"])
    none = {"fatalities_low": None, "fatalities_high": None, "n_claims": 0, "fatalities_disputed": False}
    records["events"] = [{**e, **figures.get(e["event_id"], none)} for e in records["events"]]
    records["actors"] = _registry_records(names.actors(), "actor_id")
    records["places"] = _registry_records(names.places(), "place_id")
    records["name_candidates"] = _count_candidates(records["name_candidates"])
    return {name: frame(name, records[name]) for name in registry()}


def _count_candidates(rows: list[dict]) -> list[dict]:
    counts: dict[str, dict] = {}
    for row in rows:
        entry = counts.setdefault(row["name"], {"name": row["name"], "n_mentions": 0, "source_ids": set(), "example_sentence_id": row["sentence_id"]})
        entry["n_mentions"] += 1
        entry["source_ids"].add(row["source_id"])
    return [{**e, "source_ids": sorted(e["source_ids"])} for e in counts.values()]


def _release_folders() -> list[Path]:
    """Where releases live: the repository's data/releases, the store in use and the wheel's bundle."""
    from timeline import releases

    return [Path(os.path.realpath(p)) for p in (releases.ROOT / "data" / "releases", releases.releases_dir(), releases.bundled_dir())]


def _build_files(package: dict) -> set[str]:
    """The file names a build writes: every table of the registry (and of the build's own
    descriptor, should the registry have dropped one since) and its datapackage.json."""
    listed = {r.get("path") for r in package.get("resources", []) if isinstance(r, dict) and r.get("type") == "table"}
    return {datapackage.FILENAME} | {f"{name}.parquet" for name in registry()} | {p for p in listed if isinstance(p, str) and "/" not in p}


def _check_build_target(out: Path, raw: Path) -> None:
    """Replace ``out`` only if it is new, empty, or an earlier build of this package holding only
    what a build writes; never the corpus, a release or another project's Data Package."""
    check_replaceable(out, keep=(raw,))
    target = output_target(out)
    for releases_folder in _release_folders():
        if target == releases_folder or releases_folder in target.parents:
            raise InputError(out, f"refusing to build into {releases_folder}: releases are made only by `timeline release` and never rebuilt; give --out another folder (default {DEFAULT_OUT})")
    if not target.is_dir() or not any(target.iterdir()):
        return
    manifest = target / datapackage.FILENAME
    try:
        package = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        package = None
    if not isinstance(package, dict) or package.get("name") != datapackage.NAME or "content_hash" not in package:
        whose = f"describes another package ({package['name']!r})" if isinstance(package, dict) and isinstance(package.get("name"), str) else f"is not one a build of {datapackage.NAME} writes"
        raise InputError(out, f"refusing to replace a folder that is not an earlier build (its {datapackage.FILENAME} {whose}); give --out a new or empty folder")
    if "version" in package or "created" in package or ((target / "README.md").exists() and (target / "CHANGES.md").exists()):
        version = f" {package['version']}" if isinstance(package.get("version"), str) else ""
        raise InputError(out, f"refusing to write over release{version}: a release is never rebuilt; give --out another folder (default {DEFAULT_OUT})")
    foreign = sorted(p.name + ("/" if p.is_dir() else "") for p in target.iterdir() if p.name not in _build_files(package))
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise InputError(out, f"refusing to replace a build that holds files a build does not write ({shown}); move them out of the folder or give --out another folder")


def build(
    raw: Path | str = DEFAULT_RAW,
    out: Path | str = DEFAULT_OUT,
    today: date | None = None,
    *,
    jobs: int | None = None,
    cache: RecordCache | Path | str | bool | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    stages: Stages | None = None,
) -> dict[str, pd.DataFrame]:
    """Build, validate and write every table; on any failure ``out`` is left exactly as it was.

    The per-article map runs on ``jobs`` processes (default: every core) or on Dask
    (``engine="dask"``, at ``scheduler`` or on a local cluster), reusing records cached by content
    hash (``cache``: a folder, True for the default one, False for none). ``out`` is replaced only
    if it is an earlier build of this package holding nothing else (a symlinked ``out`` stays a
    link), never a release; a lock beside it refuses a second build into the same folder, and
    what an interrupted build left beside it is cleaned first.
    """
    out = Path(out)
    stages = stages or Stages()
    with stages.stage("load"):
        articles = load_corpus(Path(raw), today=today)
    stages.articles = len(articles)
    _check_build_target(out, Path(raw))
    with folder_lock(out):
        recover_leftovers(out)
        _check_build_target(out, Path(raw))  # again: the folder may have been put back or changed meanwhile
        record_cache = open_cache(cache)
        keys = [article_key(a) for a in articles] if record_cache is not None else None
        inputs = inputs_hash(keys) if keys is not None else None
        if inputs is not None and up_to_date(out, inputs, record_cache):
            stages.note("build", "up to date: nothing changed since the last build")
            with stages.stage("read"):
                return LazyTables(output_target(out))  # each table read when asked for
        per_article = map_articles(articles, jobs=jobs, cache=record_cache, engine=engine, scheduler=scheduler, stages=stages, keys=keys)
        frames = assemble(articles, per_article, stages)
        with stages.stage("validate"):
            check_tables(frames, report=failure_report_path(out))
        with stages.stage("write"):
            write_tables(frames, out, lambda folder: datapackage.write(folder, frames))
        failure_report_path(out).unlink(missing_ok=True)
        if inputs is not None:
            record_cache.put_stamp(output_target(out), {"inputs": inputs, "descriptor": datapackage.file_sha256(output_target(out) / datapackage.FILENAME)})
    return frames


def inputs_hash(keys: list[str]) -> str:
    """One hash over every article's cache key (its bytes, its row of sources.csv, the code)."""
    return "sha256:" + hashlib.sha256("".join(f"{k}\n" for k in keys).encode()).hexdigest()


def up_to_date(out: Path, inputs: str, cache: RecordCache) -> bool:
    """Whether ``out`` was built from exactly these inputs (the stamp the cache keeps for it)
    and its files are still those that build wrote: its descriptor's bytes, and each table's
    bytes against the hash the descriptor keeps. The build itself carries no stamp, so its
    bytes do not depend on the code's or Python's version."""
    target = output_target(out)
    stamp = cache.get_stamp(target)
    if not stamp or stamp.get("inputs") != inputs:
        return False
    try:
        if datapackage.file_sha256(target / datapackage.FILENAME) != stamp.get("descriptor"):
            return False
        package = json.loads((target / datapackage.FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(package, dict):
        return False
    tables = {r.get("path"): r.get("hash") for r in package.get("resources", []) if isinstance(r, dict) and r.get("type") == "table"}
    if set(tables) != {f"{name}.parquet" for name in registry()}:
        return False
    try:
        return all(hash_ == f"sha256:{datapackage.file_sha256(target / path)}" for path, hash_ in tables.items())
    except OSError:
        return False


def validate(folder: Path | str = DEFAULT_OUT) -> dict[str, pd.DataFrame]:
    """Re-validate a built folder: read every table with its dtypes and run every rule again."""
    folder = Path(folder)
    frames = read_tables(folder)
    check_tables(frames, report=failure_report_path(folder))
    failure_report_path(folder).unlink(missing_ok=True)
    return frames
