"""Where linking looks for the events a mention may belong to: small blocks, never every event.

Why: comparing each mention with every event of its kind grows with the square of the corpus
(1,000 articles spent 88 % of their build there). An event is filed under each week its dates
touch and under the region its place lies in; a mention is compared only with the events filed
under the weeks of its own window and under its own region (or no region). Every rule of
``linking._match`` needs date overlap within a few days and compatible places, so the blocks
hold every event that could match and the result is the same as comparing all pairs
(tests/test_link_index.py). One-off events whose dates are disputed ("in 2021", "in 2022") may
lie further apart but must share an actor: they are also filed by actor and year.

A block is keyed by merge group × week × region; a region block that grows past a limit is
read by the finer key of place (a mention at Tessit meets the clusters at Tessit, at the places
containing it and inside it, not the whole region). A mention that names no town or region
(only "Mali", or nothing) is compared with every region's events in its window, which is what
place compatibility asks. Groups whose events are told apart by who acts (statements,
deployments, arrests: linking.toml) are keyed by actor instead of region: a mention naming actors
meets the events sharing one of them or naming none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from timeline.names import ancestors, compatible_places, places
from timeline.periods import add_days

if TYPE_CHECKING:
    from timeline.events import Mention
    from timeline.linking import Cluster

ANYWHERE = "*"  # the region key of an event with no town or region: compatible with all
NOBODY = "-"  # the actor key of an event that names no actor: any actor may join it


@cache
def region_keys(place_id: str | None) -> frozenset[str]:
    """The outermost towns or regions containing a place (a border town may lie in two regions);
    ANYWHERE for a country, a loose area or no place. Two compatible places always share one."""
    registry = places()

    def locates(p: str) -> bool:
        fields = registry[p].fields
        return fields.get("precision") in ("town", "region") and fields.get("kind") != "area"

    if place_id is None or place_id not in registry or registry[place_id].fields.get("kind") == "area":
        return frozenset({ANYWHERE})  # a loose area ("the Sahel") is compatible with any place
    own = [p for p in ancestors(place_id) if locates(p)]
    tops = frozenset(p for p in own if not any(locates(q) for q in ancestors(p) - {p}))
    return tops or frozenset({ANYWHERE})


BUCKET_DAYS = 7  # a block spans a week: a day-precise mention meets a week or two of events


def buckets(interval: tuple[date, date]) -> range:
    """The week buckets an interval touches."""
    return range(interval[0].toordinal() // BUCKET_DAYS, interval[1].toordinal() // BUCKET_DAYS + 1)


@cache
def compatible_keys(place_id: str) -> frozenset[str]:
    """The places (with a region key) compatible with a place: those containing it and those inside it."""
    registry = places()
    return frozenset(q for q in registry if ANYWHERE not in region_keys(q) and compatible_places(place_id, q))


def actor_keys(actor_ids) -> frozenset[str]:
    return frozenset(actor_ids) or frozenset({NOBODY})


class ClusterIndex:
    """Clusters filed by (group, week, region), or (group, week, actor) for the groups whose
    events are told apart by who acts, and, for disputed dates, by (group, actor, year). A
    region block holding more than ``block_limit`` clusters is read by the finer key of place:
    a mention at a town meets only the clusters placed at that town, the places containing it
    and the places inside it."""

    block_limit = 64

    def __init__(self, by_actor: Callable[[str], bool] = lambda group: False) -> None:
        self._by_actor_group = by_actor
        self._cells: dict[tuple[str, int, str], dict[int, Cluster]] = defaultdict(dict)
        self._regions_in: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._by_actor: dict[tuple[str, str, int], dict[int, Cluster]] = defaultdict(dict)
        self._by_source: dict[tuple[str, str], dict[int, Cluster]] = defaultdict(dict)
        self._places: dict[tuple[str, int, str], dict[int, Cluster]] = defaultdict(dict)
        self._filed: dict[int, tuple] = {}  # position → what it was last filed under

    def file(self, cluster: Cluster, position: int, interval: tuple[date, date] | None) -> None:
        """File (again) a cluster under the weeks of ``interval`` and its place and actors. Old
        entries stay: a block may hold more than can match, never less."""
        if interval is None:
            return
        signature = (interval, cluster.place(), cluster.actor_ids(), cluster.dated_sources())
        if self._filed.get(position) == signature:
            return
        self._filed[position] = signature
        for source_id in cluster.dated_sources():
            self._by_source[(cluster.group, source_id)][position] = cluster
        by_actor = self._by_actor_group(cluster.group)
        regions = actor_keys(cluster.actor_ids()) if by_actor else region_keys(cluster.place())
        fine = not by_actor and ANYWHERE not in regions
        for week in buckets(interval):
            self._regions_in[(cluster.group, week)].update(regions)
            for region in regions:
                self._cells[(cluster.group, week, region)][position] = cluster
            if fine:  # the finer key of a crowded region: the cluster's own place
                self._places[(cluster.group, week, cluster.place())][position] = cluster
        for actor in cluster.actor_ids():
            for year in range(interval[0].year, interval[1].year + 1):
                self._by_actor[(cluster.group, actor, year)][position] = cluster

    def near(self, group: str, window: tuple[date, date], place_id: str | None, actor_ids: tuple[str, ...] = ()) -> dict[int, Cluster]:
        """Clusters filed under a week of ``window`` at a region compatible with ``place_id`` (or,
        for a group told apart by actors, sharing an actor or naming none)."""
        by_actor = self._by_actor_group(group)
        if by_actor:
            mine, wild = (frozenset(actor_ids) or None), NOBODY
        else:
            mine, wild = region_keys(place_id), ANYWHERE
            mine = None if ANYWHERE in mine else mine
        found: dict[int, Cluster] = {}
        for week in buckets(window):
            regions = self._regions_in.get((group, week), ())
            wanted = regions if mine is None else [r for r in (*mine, wild) if r in regions]
            for region in wanted:
                cell = self._cells[(group, week, region)]
                if not by_actor and region != wild and mine is not None and len(cell) > self.block_limit:
                    for place in compatible_keys(place_id):  # a crowded region: only compatible places
                        found.update(self._places.get((group, week, place), {}))
                else:
                    found.update(cell)
        return found

    def dated_by(self, group: str, source_id: str) -> dict[int, Cluster]:
        """Clusters that an article's own dated mentions are part of."""
        return dict(self._by_source.get((group, source_id), {}))

    def sharing_actor(self, group: str, actor_ids: tuple[str, ...], years: range) -> dict[int, Cluster]:
        found: dict[int, Cluster] = {}
        for actor in actor_ids:
            for year in years:
                found.update(self._by_actor.get((group, actor, year), {}))
        return found


def window_for(m: Mention, gap_days: int) -> tuple[date, date]:
    """The days an event must touch to match a dated mention: its dates widened by the gap."""
    return add_days(m.start_date, -gap_days), add_days(m.end_date, gap_days)


def dispute_years(m: Mention, max_units: int) -> range:
    """Years in which a one-off event whose date is disputed with ``m``'s may have a mention:
    ``max_units`` of ``m``'s precision either side, and a unit more for safety."""
    span_days = {"year": 366, "month": 31, "week": 7, "day": 1}.get(m.date_precision or "year", 366) * (max_units + 1)
    return range(add_days(m.start_date, -span_days).year, add_days(m.end_date, span_days).year + 1)
