"""The ``timeline`` command line: thin wrappers over the Python API.

Why: users script the command and call the API from notebooks; both must run the same code,
and every failure must end in one clear line (or a short summary) and a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from timeline import dates, releases, score_corpus
from timeline import pipeline as build_mod
from timeline.corpus import ISO_DATE, decode_article, empty_articles
from timeline.docs import write_docs
from timeline.article_map import ENGINES, default_jobs
from timeline.errors import InputError, TimelineError, UsageError, ValidationFailed
from timeline.record_cache import RecordCache, default_dir
from timeline.stages import Stages
from timeline.storage import row_counts
from timeline.registry import registry


def _cmd_build(args: argparse.Namespace) -> int:
    stages = Stages.on_terminal(quiet=args.quiet)
    cache = _cache_choice(args)
    frames = build_mod.build(args.raw, args.out, jobs=args.jobs, cache=cache, engine=args.engine, scheduler=args.scheduler, stages=stages)
    counts = ", ".join(f"{name} {rows}" for name, rows in row_counts(frames).items())
    if not args.quiet:
        if "build" in stages.notes:
            print(f"up to date {args.out} (nothing changed since its last build; --no-cache rebuilds it): {counts} rows")
        else:
            print(f"built {args.out}: {counts} rows")
    if args.timings:
        print(stages.summary(), file=sys.stderr)
    for line in empty_articles(frames["sources"]):
        print(f"warning: {line}", file=sys.stderr)
    return 0


def _cache_choice(args: argparse.Namespace) -> Path | bool:
    """--no-cache, else --cache DIR, else the default cache folder."""
    return False if args.no_cache else (args.cache or True)


def _cmd_cache(args: argparse.Namespace) -> int:
    cache = RecordCache(args.dir or default_dir())
    if args.action == "clear":
        print(f"cleared {cache.root}: {cache.clear()} cached articles removed")
    else:
        entries, size = cache.info()
        print(f"{cache.root}: {entries} cached articles, {size / 1e6:.1f} MB")
    return 0


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return value


def _cmd_validate(args: argparse.Namespace) -> int:
    frames = build_mod.validate(args.dir)
    print(f"valid: {args.dir} ({', '.join(f'{n} {len(df)}' for n, df in frames.items())} rows)")
    return 0


def _cmd_docs(args: argparse.Namespace) -> int:
    for path in write_docs(Path(args.root)):
        print(f"wrote {path}")
    return 0


def _cmd_dates(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.file is None):
        raise TimelineError("give either TEXT or --file PATH")
    if args.file is not None:
        try:
            text = decode_article(args.file, args.file.read_bytes())
        except OSError as exc:
            raise InputError(args.file, f"cannot be read ({exc.strerror})") from None
    else:
        text = args.text
    try:
        if not ISO_DATE.fullmatch(args.published):
            raise ValueError
        published = date.fromisoformat(args.published)
    except ValueError:
        raise TimelineError(f"--published {args.published!r} is not an ISO date (YYYY-MM-DD)") from None
    for t in dates.tag(text, published):
        if args.json:
            print(json.dumps(t.as_dict(), ensure_ascii=False))
        else:
            value = t.duration if t.kind == "duration" else f"{t.start}..{t.end} ({t.precision})"
            flags = " ~" if t.approximate else ""
            print(f"{t.char_start}-{t.char_end}\t{t.text}\t{t.kind}\t{value}\t{t.edtf or ''}{flags}\t{t.anchor}\t{t.tense}")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    report = score_corpus.evaluate_corpus(args.corpus, cache=_cache_choice(args))
    print(report.summary())
    if not args.summary:
        print(report.details())
    if report.validation:
        print(f"error: the build of {args.corpus} fails validation:\n{report.validation}", file=sys.stderr)
        return 1
    return 0


def _cmd_release(args: argparse.Namespace) -> int:
    folder = releases.release(args.version, notes=args.notes, build=args.build)
    print(f"released {args.version}: {folder}")
    print((folder / "CHANGES.md").read_text(encoding="utf-8"))
    return 0


def _cmd_diff(args: argparse.Namespace) -> int:
    d = releases.diff(args.a, args.b)
    if args.json:
        print(json.dumps(d, indent=2, ensure_ascii=False, default=str))
    else:
        print(releases.summary(d), end="")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    frames = releases.verify(args.version)
    version = args.version or releases.versions()[-1]
    print(f"release {version} verifies: every file matches datapackage.json, every table validates, and the content hashes recomputed from the rows match datapackage.json and the card's citation ({sum(len(f) for f in frames.values())} rows)")
    return 0


def _cmd_versions(args: argparse.Namespace) -> int:
    for v in releases.versions():
        print(v)
    return 0


def _cmd_tables(args: argparse.Namespace) -> int:
    for name, t in registry().items():
        print(f"{name}: {t.description}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline", description="Build and check the northern Mali event dataset.")
    p.add_argument("--debug", action="store_true", help="show the full traceback of an unexpected error")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build, validate and write every table")
    b.add_argument("--raw", type=Path, default=build_mod.DEFAULT_RAW, help="corpus folder with sources.csv (default: data/raw)")
    b.add_argument("--out", type=Path, default=build_mod.DEFAULT_OUT, help="output folder (default: data/processed)")
    b.add_argument("--jobs", type=_jobs, default=None, help=f"processes (or local Dask workers) for the per-article map (default: this machine's cores, {default_jobs()})")
    b.add_argument("--cache", type=Path, default=None, help=f"per-article record cache folder (default: $TIMELINE_CACHE or {default_dir()})")
    b.add_argument("--no-cache", action="store_true", help="compute every article again, store nothing, and rebuild even when nothing changed")
    b.add_argument("--engine", choices=ENGINES, default="local", help="where the per-article map runs: local processes, or a Dask cluster (optional extra)")
    b.add_argument("--scheduler", default=None, help="address of a Dask scheduler (with --engine dask; default: a local cluster of --jobs workers)")
    b.add_argument("--quiet", action="store_true", help="no progress bars and no summary line")
    b.add_argument("--timings", action="store_true", help="print one line of seconds per stage on stderr at the end")
    b.set_defaults(func=_cmd_build)

    c = sub.add_parser("cache", help="show or clear the per-article record cache")
    c.add_argument("action", choices=["info", "clear"], help="info: where it is and its size; clear: delete it")
    c.add_argument("--dir", type=Path, default=None, help=f"the cache folder (default: $TIMELINE_CACHE or {default_dir()})")
    c.set_defaults(func=_cmd_cache)

    v = sub.add_parser("validate", help="re-validate a built folder")
    v.add_argument("dir", nargs="?", type=Path, default=build_mod.DEFAULT_OUT, help="built folder (default: data/processed)")
    v.set_defaults(func=_cmd_validate)

    d = sub.add_parser("docs", help="regenerate schemas/*.json and the README column tables from the field registry")
    d.add_argument("--root", type=Path, default=Path("."), help="project root (default: .)")
    d.set_defaults(func=_cmd_docs)

    dt = sub.add_parser("dates", help="find and resolve the temporal expressions of a text")
    dt.add_argument("text", nargs="?", help="the text (or use --file)")
    dt.add_argument("--file", type=Path, help="read the text from a UTF-8 file")
    dt.add_argument("--published", required=True, help="publication date the text is resolved against (YYYY-MM-DD)")
    dt.add_argument("--json", action="store_true", help="one JSON object per line")
    dt.set_defaults(func=_cmd_dates)

    ev = sub.add_parser("evaluate", help="build a labelled corpus in memory and score dates, events and claims against its gold")
    ev.add_argument("--corpus", type=Path, required=True, help="corpus folder: sources.csv, the articles, gold_timex.csv, gold_events.csv, gold_claims.csv")
    ev.add_argument("--summary", action="store_true", help="print only the scores, not the lists of misses and false rows")
    ev.add_argument("--cache", type=Path, default=None, help=f"per-article record cache folder, as for build (default: $TIMELINE_CACHE or {default_dir()})")
    ev.add_argument("--no-cache", action="store_true", help="extract every article again and store nothing")
    ev.set_defaults(func=_cmd_evaluate)

    r = sub.add_parser("release", help="snapshot the validated current build as an immutable release")
    r.add_argument("version", help="MAJOR.MINOR.PATCH, by the SemVer rule for data")
    r.add_argument("--notes", help="what this release is about; required when events are removed")
    r.add_argument("--build", type=Path, default=None, help="the build to release (default: data/processed)")
    r.set_defaults(func=_cmd_release)

    df = sub.add_parser("diff", help="rows added, removed and changed, and schema changes, between two releases or builds")
    df.add_argument("a", help="a release version or a build folder")
    df.add_argument("b", help="a release version or a build folder")
    df.add_argument("--json", action="store_true", help="the full diff as JSON")
    df.set_defaults(func=_cmd_diff)

    vf = sub.add_parser("verify", help="re-hash a release's files against its datapackage.json and re-validate it")
    vf.add_argument("version", nargs="?", help="the release (default: the newest)")
    vf.set_defaults(func=_cmd_verify)

    vs = sub.add_parser("versions", help="list the releases")
    vs.set_defaults(func=_cmd_versions)

    t = sub.add_parser("tables", help="list the tables of the dataset")
    t.set_defaults(func=_cmd_tables)
    return p


# Exit codes (README, "Exit codes"): 0 done; 1 a validation failure or another error the message
# explains; 2 bad input or usage (a file, a row, an option); 3 an operating-system failure
# (permissions, a full disk, a missing folder); 70 an unexpected error: a bug to report.
EXIT_OK, EXIT_ERROR, EXIT_INPUT, EXIT_SYSTEM, EXIT_BUG = 0, 1, 2, 3, 70


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, UsageError) as exc:
        return _fail(str(exc), EXIT_INPUT)
    except ValidationFailed as exc:
        return _fail(str(exc), EXIT_ERROR)
    except TimelineError as exc:
        return _fail(str(exc), EXIT_ERROR)
    except OSError as exc:  # permissions, a full disk, a vanished folder: the path and the reason
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc} (check the path, its permissions and the free space, then run again)", EXIT_SYSTEM)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing already built was replaced", EXIT_ERROR)
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, and the traceback only on request
        if args.debug:
            raise
        return _fail(f"unexpected {type(exc).__name__}: {exc} (a bug: please report it with the output of the same command run with --debug)", EXIT_BUG)


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
