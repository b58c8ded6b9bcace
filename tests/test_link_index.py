"""Blocked linking gives exactly the events that comparing every pair gives.

Why: the index (timeline/link_index.py) is there for speed; it must never change a result. The
reference files every cluster in one block per merge group, so each mention is compared with
every cluster of its kind, as a careful coder with unlimited time would.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from timeline.article_map import default_jobs, map_articles
from timeline.corpus import load_corpus
from timeline.link_index import ANYWHERE, ClusterIndex, region_keys
from timeline.linking import Cluster, link
from timeline.names import compatible_places, places
from timeline.record_cache import open_cache

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "data" / "raw", *sorted((ROOT / "tests" / "fixtures").glob("devcorpus_*")), ROOT / "tests" / "fixtures" / "corpus"]
# The reference compares every pair, so its cost grows with the square of the mentions: linked
# all at once, about 150 folders at an even stride (some 1,200 articles, blocks of hundreds of
# mentions) test what the whole fixture set would, at a cost that does not grow with it.
AT_ONCE = FOLDERS[:: max(1, len(FOLDERS) // 150)]


class EveryCluster:
    """The reference: one block per merge group, holding every cluster."""

    def __init__(self, by_actor=None) -> None:
        self._all: dict[str, dict[int, Cluster]] = {}

    def file(self, cluster: Cluster, position: int, interval) -> None:
        self._all.setdefault(cluster.group, {})[position] = cluster

    def near(self, group, window, place_id, actor_ids=()) -> dict[int, Cluster]:
        return dict(self._all.get(group, {}))

    def sharing_actor(self, group, actor_ids, years) -> dict[int, Cluster]:
        return {}

    def dated_by(self, group, source_id) -> dict[int, Cluster]:
        return self.near(group, None, None)


def _summary(result) -> list:
    position = {id(c): i for i, c in enumerate(result.clusters)}
    return [
        ([m.mention_id for m in c.mentions], c.disputed, position[id(c.parent)] if c.parent else None)
        for c in result.clusters
    ] + [sorted(result.status.items())]


def _mentions(folder: Path) -> tuple[list, dict[str, date]]:
    """A folder's mentions, from the test run's record cache when test_evaluate put them there."""
    articles = load_corpus(folder)
    mentions = [m for records in map_articles(articles, jobs=1, cache=open_cache(None)) for m in records["mentions"]]
    return mentions, {a.source_id: a.published for a in articles}


@cache
def _by_folder() -> dict[Path, tuple[list, dict[str, date]]]:
    """Each folder's mentions, read once for every test here, in a pool of the machine's cores."""
    with ProcessPoolExecutor(max_workers=default_jobs()) as pool:
        return dict(zip(FOLDERS, pool.map(_mentions, FOLDERS)))


@cache
def _many_fixture_mentions() -> tuple[list, dict[str, date]]:
    """Many folders' mentions in one corpus, so blocks hold many overlapping stories."""
    mentions, published = [], {}
    for more, dates in (_by_folder()[folder] for folder in AT_ONCE):
        mentions += more
        published.update(dates)
    return mentions, published


@cache
def _all_pairs_reference() -> list:
    """The all-pairs linking of those folders at once, computed once for both index types."""
    mentions, published = _many_fixture_mentions()
    return _summary(link(mentions, published, index_type=EveryCluster))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_blocked_linking_equals_all_pairs(folder):
    mentions, published = _by_folder()[folder]
    assert _summary(link(mentions, published)) == _summary(link(mentions, published, index_type=EveryCluster))


class TinyBlocks(ClusterIndex):
    """Every region block counts as crowded, so that the finer key of place is always used."""

    block_limit = 0


@pytest.mark.parametrize("index_type", [ClusterIndex, TinyBlocks], ids=["blocks", "place-split blocks"])
def test_blocked_linking_equals_all_pairs_on_many_fixtures_at_once(index_type):
    mentions, published = _many_fixture_mentions()
    blocked = link(mentions, published, index_type=index_type)
    assert len(blocked.clusters) > 200
    assert _summary(blocked) == _all_pairs_reference()


def test_compatible_places_share_a_region_key():
    ids = list(places())
    for a in ids:
        for b in ids:
            if compatible_places(a, b):
                keys_a, keys_b = region_keys(a), region_keys(b)
                assert ANYWHERE in keys_a or ANYWHERE in keys_b or keys_a & keys_b, (a, b)
