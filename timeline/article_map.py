"""The per-article map, run where it is fastest: from the cache, in a process pool, or on Dask.

Why: each article's records depend on that article alone (``pipeline.process_article`` is a
pure function), so they can be computed in any order, on any number of processes or machines,
and kept by the article's content hash. Whatever runs them, results come back in corpus order,
so the build is byte-identical for any ``--jobs``, engine or cache state.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from timeline.corpus import Article
from timeline.errors import UsageError
from timeline.record_cache import RecordCache, article_key
from timeline.stages import Stages

ENGINES = ("local", "dask")
TASKS_PER_WORKER = 8  # chunks per worker: small enough to balance, large enough to amortise pickling


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_partition(articles: list[Article]) -> list[bytes]:
    """The map over a batch of articles (the unit of work sent to a process or a Dask worker),
    each article's records pickled once: the same bytes travel back and go into the cache."""
    from timeline.pipeline import process_article

    return [pickle.dumps(process_article(a), protocol=pickle.HIGHEST_PROTOCOL) for a in articles]


def map_articles(
    articles: list[Article],
    jobs: int | None = None,
    cache: RecordCache | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    stages: Stages | None = None,
    keys: list[str] | None = None,
) -> list[dict]:
    """Every article's records, in the order of ``articles`` (``keys``: their cache keys, when
    the caller has them already)."""
    stages = stages or Stages()
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise UsageError(f"--jobs must be 1 or more (got {jobs})")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        _require_dask()
    with stages.stage("map", total=len(articles), unit="article") as advance:
        if cache is not None and keys is None:
            keys = [article_key(a) for a in articles]
        results: list[dict | None] = [cache.get(k) for k in keys] if cache is not None else [None] * len(articles)
        advance(sum(r is not None for r in results))
        todo = [i for i, r in enumerate(results) if r is None]
        run = _dask if engine == "dask" else _local
        for i, (records, data) in zip(todo, run([articles[i] for i in todo], jobs, scheduler, advance)):
            results[i] = records
            if cache is not None:
                cache.put(keys[i], records, data)
    stages.note("map", f"{len(todo)} computed, {len(articles) - len(todo)} from cache, {engine} engine, {jobs} jobs")
    return results  # type: ignore[return-value]


def _batches(articles: list[Article], workers: int) -> list[list[Article]]:
    size = max(1, -(-len(articles) // (workers * TASKS_PER_WORKER)))
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def _local(articles: list[Article], jobs: int, scheduler: str | None, advance: Callable[[int], None]):
    """In this process (one job or one batch), else in a pool of ``jobs`` processes."""
    from timeline.pipeline import process_article

    batches = _batches(articles, jobs)
    if jobs == 1 or len(batches) <= 1:
        for batch in batches:
            yield from ((process_article(a), None) for a in batch)
            advance(len(batch))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch, encoded in zip(batches, pool.map(process_partition, batches)):
            yield from ((pickle.loads(data), data) for data in encoded)
            advance(len(batch))


def _require_dask() -> None:
    try:
        import distributed  # noqa: F401 - only whether it can be imported
    except ImportError:
        raise UsageError("the dask engine needs the optional extra: pip install 'timeline[dask]'") from None


def _dask(articles: list[Article], jobs: int, scheduler: str | None, advance: Callable[[int], None]):
    """On a Dask distributed cluster at ``scheduler``, else on a local cluster of ``jobs`` workers.
    Workers need this package (same version) installed: they run ``process_partition``."""
    from distributed import Client, LocalCluster

    if not articles:
        return
    if scheduler is not None:
        client, cluster = Client(scheduler), None
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        batches = _batches(articles, n_workers)
        futures = client.map(process_partition, batches, pure=False)
        for batch, future in zip(batches, futures):
            yield from ((pickle.loads(data), data) for data in future.result())
            advance(len(batch))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
