"""Linking: mentions from every article merged into events, one row per real event.

Why: five articles about one battle must give one battle, not five; and two coups a year
apart must stay two coups. Mentions are compared only within blocks of the same merge group
and nearby years (never all pairs); day-precise mentions set an event's bounds, coarser ones
("late July", "in 2024") only support it. Settings: resources/linking.toml.
"""

from __future__ import annotations

import re

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from timeline.clusters import PRECISION_RANK, Cluster, bounds, is_fine, speaker_key
from timeline.events import Mention, event_types
from timeline.continued_events import refers_back
from timeline.link_index import ClusterIndex, dispute_years, window_for
from timeline.names import ancestors, compatible_places, places
from timeline.periods import add_days



@cache
def settings() -> dict:
    return tomllib.loads(resources.files("timeline").joinpath("resources/linking.toml").read_text(encoding="utf-8"))


def needs_shared_actor(group: str) -> bool:
    """Groups whose events are told apart by who acts, not where (resources/linking.toml)."""
    return group in _group_sets()[0]


@cache
def _group_sets() -> tuple[frozenset[str], frozenset[str]]:
    conf = settings()
    return frozenset(conf["groups_needing_shared_actor"]), frozenset(conf["groups_by_speaker"])


def can_found(m: Mention) -> bool:
    """Whether a mention may start an event of its own. A physical event (fighting, a strike, an
    arrival) dated only by the day it was reported would take the statement's date: it joins an
    event others date, or stays unlinked. An announced one (ties cut, sanctions) is its report."""
    etype = event_types()[m.event_type]
    if etype.supports_only:  # "in March, 27 soldiers were killed at Mondoro" is an event of its own
        return m.date_basis == "occurred" and (_locates(m.place_id) or ((_an_area(m.place_id) or (m.place_basis == "unregistered" and bool(m.place_name))) and m.date_precision == "day"))  # also "killed 11 fighters near Inwelane on Monday": a named place the registry lacks
    return m.date_basis != "reported" or etype.dated_by_report


SEVERAL = re.compile(r"(?<![\w-])(?:separate|several|times|incidents|occasions|series|repeatedly|each|every|at\s+least\s+\w+\s+clashes)(?![\w-])", re.IGNORECASE)  # "clashed … in three separate incidents": events, not one campaign


def _campaign(m: Mention, conf: dict) -> bool:
    """A coarse mention that is a campaign of its own: an offensive, or fighting told across
    months ("Between February and June 2018, the MSA and GATIA fought the Islamic State")."""
    across = m.date_precision == "month" and (m.start_date.year, m.start_date.month) != (m.end_date.year, m.end_date.month) and not SEVERAL.search(m.quote)
    return m.event_type in conf["campaign_types"] or (across and m.event_type in conf["campaign_range_types"])


def _an_area(place_id: str | None) -> bool:
    """A named area inside a region ("the Ifoghas", "the Gourma"): on a given day, precise
    enough for deaths told there to be an event of their own ("a legionnaire was killed in the
    Ifoghas on Feb. 19"), not to tie another article's undated mention to one."""
    fields = places()[place_id].fields if place_id is not None else {}
    return fields.get("kind") == "area" and fields.get("precision") in ("town", "region")


def _locates(place_id: str | None) -> bool:
    """A place precise enough to tie another article's undated mention to an event: a town or a
    region, not a country or a loose area ("explosions rock Mali's capital" is not the strike
    near Tinzaouaten)."""
    fields = places()[place_id].fields if place_id is not None else {}
    return fields.get("precision") in ("town", "region") and fields.get("kind") != "area"


def _overlap(a: tuple[date, date], b: tuple[date, date], gap_days: int = 0) -> bool:
    """Whether two intervals meet within ``gap_days`` (by differences: no date past year 9999)."""
    if not gap_days:
        return a[0] <= b[1] and b[0] <= a[1]
    return (a[0] - b[1]).days <= gap_days and (b[0] - a[1]).days <= gap_days


def _distance(a: tuple[date, date], b: tuple[date, date]) -> int:
    if _overlap(a, b):
        return 0
    return min(abs((a[0] - b[1]).days), abs((b[0] - a[1]).days))


def _units_apart(a: Mention, b: Mention) -> int | None:
    """How many units of their shared precision separate two dated mentions (None if unlike)."""
    if a.date_precision != b.date_precision or a.date_precision is None:
        return None
    if a.date_precision == "year":
        return abs(a.start_date.year - b.start_date.year)
    if a.date_precision == "month":
        return abs((a.start_date.year * 12 + a.start_date.month) - (b.start_date.year * 12 + b.start_date.month))
    return abs((a.start_date - b.start_date).days) // (7 if a.date_precision == "week" else 1)


def _interval(m: Mention) -> tuple[date, date]:
    return m.start_date, m.end_date


def _same_source_conflict(cluster: Cluster, m: Mention, gap: int) -> bool:
    """An article that dates two mentions differently is telling of two events; so is one that
    tells two kinds of fighting days apart, in some groups two kinds of strike on different days,
    and two places the registry does not hold on different days."""
    if m.start_date is None:
        return False
    by_kind = cluster.group in settings()["groups_split_by_kind_within_article"]
    kind_gap = settings()["max_gap_days_within_article_other_kind"]
    placeless_gap = min(gap, settings()["max_gap_days_within_article_placeless"])
    gap = min(gap, settings()["max_gap_days_within_article"])
    if cluster.group in settings()["groups_by_day_within_article"]:
        gap = kind_gap = placeless_gap = 0
    for other in cluster.dated():
        if other.source_id != m.source_id:
            continue
        if other.mention_id.split("/")[0] == m.mention_id.split("/")[0] and _interval(other) != _interval(m):
            return True  # "dropped food on October 16 and again on October 20": one trigger dated twice tells two events
        pair_gap = placeless_gap if any(x.place_basis == "none" and refers_back(x) for x in (other, m)) else gap  # "… obliterated these enemy columns on Saturday": the battle named before, going on
        if not _overlap(_interval(other), _interval(m), pair_gap if other.event_type == m.event_type else min(pair_gap, kind_gap)):
            return True
        if other.place_name and m.place_name and other.place_name != m.place_name and not _overlap(_interval(other), _interval(m)):
            return True  # "raided the mine at Kiral on Thursday … attacked the mosque in Kokorou on Friday"
        if by_kind and other.event_type != m.event_type and (not _overlap(_interval(other), _interval(m)) or _apart_places(other.place_id, m.place_id)):
            return True  # "an air strike in central Mali at the weekend" is not "a roadside bomb in the Menaka region" on Saturday
    return False


def _apart_places(a: str | None, b: str | None) -> bool:
    """Two named places neither of which lies in the other (a loose area is not the region it overlaps)."""
    return a is not None and b is not None and a not in ancestors(b) and b not in ancestors(a)


def _told_apart(cluster: Cluster, m: Mention, told: dict[tuple[str, str], set[date]]) -> bool:
    """A day-precise mention on another day than the event's, from an article that itself tells
    an event of the group on the event's day ("gunmen fired on a lorry convoy on 29 June" in a
    brief that also tells the 1 July attacks), or told on a day that an article of the event
    tells apart: those articles keep the two apart."""
    core = cluster.core()
    if core is None or not is_fine(m) or _overlap(core, _interval(m)) or m.source_id in cluster.dated_sources():
        return False  # an article that tells the event over several days keeps its days together (_same_source_conflict)
    if any(core[0] <= d <= core[1] for d in told.get((m.source_id, cluster.group), ())):
        return True
    return any(m.start_date <= d <= m.end_date for s in cluster.dated_sources() for d in told.get((s, cluster.group), ()))  # and the other way round


def _match(cluster: Cluster, m: Mention, published: dict[str, date], told: dict[tuple[str, str], set[date]] | None = None) -> tuple[int, int, bool] | None:
    """How well a mention fits a cluster: (date distance, -shared actors, is a dispute), or None.
    Cheap tests first; the first-report test, which looks at every mention, only for a fit."""
    conf = settings()
    if cluster.group != event_types()[m.event_type].merge_group:
        return None
    by_actor = needs_shared_actor(cluster.group)
    shared = len(cluster.actor_ids().intersection(m.actor_ids))
    if by_actor and m.actor_ids and cluster.actor_ids() and not shared:
        return None
    if cluster.group in _group_sets()[1] and not _same_speaker(cluster, m):
        return None
    if not compatible_places(cluster.place(), m.place_id) or _apart(cluster, m):
        return None
    gap = 0 if by_actor else conf.get("max_gap_days_by_group", {}).get(cluster.group, conf["max_gap_days"])
    score = _undated_fit(cluster, m, published, by_actor, shared) if m.start_date is None else _dated_fit(cluster, m, gap, shared)
    if score is None or (told and _told_apart(cluster, m, told)) or _starts_after_first_report(cluster, published, mention=m):
        return None
    if m.start_date is not None and _same_source_conflict(cluster, m, gap):
        return None
    return score


def _apart(cluster: Cluster, m: Mention) -> bool:
    """A mention at a place the registry does not hold ("an assault on the army position at
    Bamba") is not the event at a town it does hold ("jihadists attacked Gao airport"), nor the
    other way round: nothing says the one place lies in the other."""
    if m.place_basis == "unregistered":
        return _locates(cluster.place())
    return cluster.elsewhere() and _locates(m.place_id)


def _undated_fit(cluster: Cluster, m: Mention, published: dict[str, date], by_actor: bool, shared: int) -> tuple[int, int, bool] | None:
    """"This battle", "the ambush": an article's undated mention is the event it dates itself;
    another article's joins only at a town or region both name (or, where actors tell events
    apart, a shared actor), within the recent window before its publication."""
    hull = cluster.hull()
    window = _undated_window(published[m.source_id])
    same_article = m.source_id in cluster.dated_sources()
    placed = same_article or (_locates(m.place_id) and cluster.place() is not None)
    if hull is None or not _overlap(hull, window) or (not by_actor and not placed):
        return None
    if by_actor and not shared:
        return None
    return (0 if same_article else 1 + _distance(hull, window), -shared, False)


def _dated_fit(cluster: Cluster, m: Mention, gap: int, shared: int) -> tuple[int, int, bool] | None:
    """Day-precise mentions meet the cluster's days (within the gap), coarser ones its hull; a
    one-off event told by another source a unit of its precision apart is a dated dispute."""
    core, hull, mine = cluster.core(), cluster.hull(), _interval(m)
    if (is_fine(m) or _near_day(m)) and core is not None:
        if _overlap(core, mine, gap) and (_overlap(core, mine) or _tied(cluster, m, shared)):
            return (_distance(core, mine), -shared, False)
    elif hull is not None and _overlap(hull, mine, 0) and _coarse_tie(cluster, m, shared):
        return (_distance(hull, mine), -shared, False)
    if event_types()[m.event_type].one_off and shared:
        apart = [_units_apart(o, m) for o in cluster.dated()]
        if any(a is not None and a <= settings()["dispute_max_gap_units"] for a in apart):
            if all(o.source_id != m.source_id for o in cluster.dated()):
                return (min(a for a in apart if a is not None), -shared, True)
    return None


def _near_day(m: Mention) -> bool:
    """"At the weekend": a day or two, not which; it meets an event's days like a day does,
    though it does not set them."""
    return m.date_precision == "day" and m.date_approximate and m.date_basis == "occurred" and (m.end_date - m.start_date).days < 3


def _coarse_tie(cluster: Cluster, m: Mention, shared: int) -> bool:
    """A month or a year tells another article's event apart only with a shared actor or a town
    or region both name: "an attack in March" with neither is not every attack of that March."""
    return cluster.group not in settings()["groups_coarse_needs_tie"] or _tied(cluster, m, shared)


def _tied(cluster: Cluster, m: Mention, shared: int) -> bool:
    """The mention's own article dated the event, or they share an actor, or a town or region
    both name (also what a day-precise mention told on another day needs)."""
    return m.source_id in cluster.dated_sources() or shared > 0 or (_locates(m.place_id) and cluster.place() is not None)


def _same_speaker(cluster: Cluster, m: Mention) -> bool:
    """Sayings and calls are one event only when the same actor speaks (named first)."""
    speakers, key = cluster.speakers(), speaker_key(m)
    return key is None or not speakers or key in speakers


def _starts_after_first_report(cluster: Cluster, published: dict[str, date], mention: Mention | None = None, child: Cluster | None = None) -> bool:
    """An article cannot report an event before it began: taking in a mention or a sub-event
    must leave the event's start on or before the earliest publication among its sources."""
    first = cluster.first_published(published)
    if mention is not None:
        first = min(first, published[mention.source_id])
    return _start_with(cluster, mention, child) > first


def _start_with(cluster: Cluster, mention: Mention | None, child: Cluster | None) -> date:
    """The start ``bounds`` would give the cluster with ``mention`` or ``child`` taken in."""
    own_fine = cluster.fine_start()
    if mention is not None and is_fine(mention):
        own_fine = mention.start_date if own_fine is None else min(own_fine, mention.start_date)
    if own_fine is not None:  # the core: own days, widened by the children's
        kids = [c.fine_start() for c in (*cluster.children, *([child] if child else []))]
        return min([own_fine, *(k for k in kids if k is not None)])
    rank, start = cluster.finest_start()
    if mention is not None and mention.start_date is not None:
        mine = PRECISION_RANK[mention.date_precision]
        if rank is None or mine < rank:
            rank, start = mine, mention.start_date
        elif mine == rank:
            start = min(start, mention.start_date)
    return start


def _order(m: Mention) -> tuple:
    """Finest, narrowest dates first, so that day-precise mentions set the bounds."""
    if m.start_date is None:
        return (9, 0, 0, date.max, m.mention_id)
    return (0 if is_fine(m) else 1, PRECISION_RANK[m.date_precision], (m.end_date - m.start_date).days, m.start_date, m.mention_id)


def _undated_window(published: date) -> tuple[date, date]:
    """The days before its article's publication in which an undated mention may have happened."""
    return add_days(published, -settings()["undated_window_days"]), published


@dataclass(frozen=True)
class LinkResult:
    clusters: list[Cluster]
    status: dict[str, str]  # mention_id → linked | ambiguous | undated | future | unsupported
    cluster_of: dict[str, Cluster]


def candidates(index: ClusterIndex, m: Mention, published: dict[str, date]) -> dict[int, Cluster]:
    """The clusters (by creation position) that ``_match`` may accept for ``m``, from the blocks
    each of its rules needs: a dated mention's window and region (and, for a one-off event, the
    clusters sharing an actor within the dispute span); an undated one's own article's clusters,
    those sharing an actor (where actors tell events apart) or those at its town or region."""
    conf = settings()
    etype = event_types()[m.event_type]
    group = etype.merge_group
    if m.start_date is not None:
        found = index.near(group, window_for(m, conf["max_gap_days"]), m.place_id, m.actor_ids)
        if etype.one_off and m.actor_ids:
            found.update(index.sharing_actor(group, m.actor_ids, dispute_years(m, conf["dispute_max_gap_units"])))
        return found
    window = _undated_window(published[m.source_id])
    found = index.dated_by(group, m.source_id)
    if needs_shared_actor(group):
        found.update(index.sharing_actor(group, m.actor_ids, range(window[0].year, window[1].year + 1)))
    elif _locates(m.place_id):
        found.update(index.near(group, window, m.place_id, m.actor_ids))
    return found


def link(mentions: list[Mention], published: dict[str, date], index_type: type[ClusterIndex] = ClusterIndex, advance: Callable[[int], None] | None = None) -> LinkResult:
    """Merge mentions into clusters, finest dates first, comparing each mention only with the
    clusters its block holds (timeline/link_index.py); then nest sub-events."""
    types = event_types()
    conf = settings()
    clusters: list[Cluster] = []
    index = index_type(needs_shared_actor)
    status: dict[str, str] = {}
    cluster_of: dict[str, Cluster] = {}
    told: dict[tuple[str, str], set[date]] = {}
    for m in mentions:
        if m.tense != "future" and m.start_date is not None and m.start_date == m.end_date and m.date_basis == "occurred":
            told.setdefault((m.source_id, types[m.event_type].merge_group), set()).add(m.start_date)
    for n, m in enumerate(sorted(mentions, key=_order)):
        if advance is not None and n % 1000 == 999:
            advance(1000)
        if m.tense == "future":
            status[m.mention_id] = "future"
            continue
        group = types[m.event_type].merge_group
        scored = sorted(
            (score, position, c) for position, c in candidates(index, m, published).items() for score in [_match(c, m, published, told)] if score is not None
        )
        coarse = m.start_date is not None and not is_fine(m)
        overlapping = [c for score, _, c in scored if not score[2]]
        if coarse and len(overlapping) > 1 and all(_interval(m)[0] <= c.hull()[0] and c.hull()[1] <= _interval(m)[1] for c in overlapping):
            if not _campaign(m, conf) or not can_found(m):
                status[m.mention_id] = "ambiguous"  # "a series of coups between 2020 and 2021" spans two events
                continue
            # "launched its offensive on the Ménaka region in March 2022" over that month's raids: the campaign itself
            scored = [(score, position, c) for score, position, c in scored if c.hull() == _interval(m) and any(o.event_type == m.event_type for o in c.dated())]
        if scored:
            (score, position, cluster) = scored[0]
            cluster.add(m)
            cluster.disputed = cluster.disputed or score[2]
        elif m.start_date is None:
            status[m.mention_id] = "undated"
            continue
        elif not can_found(m):
            status[m.mention_id] = "unsupported"
            continue
        else:
            position, cluster = len(clusters), Cluster(group, [m])
            clusters.append(cluster)
        index.file(cluster, position, cluster.hull())
        status[m.mention_id] = "linked"
        cluster_of[m.mention_id] = cluster
    _nest(clusters, conf["max_gap_days"], published, index_type)
    return LinkResult(clusters, status, cluster_of)


def _nest(clusters: list[Cluster], gap: int, published: dict[str, date], index_type: type[ClusterIndex] = ClusterIndex) -> None:
    """Sub-events (an ambush, a downed helicopter) inside the fighting they belong to: a parent of
    the child's parent group, at a compatible place, whose own dates meet the child's (a child
    told on days outside the parent's only when a town or region places it), and that would not
    start after its first report by taking the child in. Parents are looked up in an
    index of their own dates (a parent's days widen as it takes in children)."""
    types = event_types()
    parent_groups = {t.parent_group for t in types.values() if t.parent_group}
    index = index_type()

    def span(c: Cluster) -> tuple[date, date]:
        return c.core() or bounds(c)[:2]

    for position, cluster in enumerate(clusters):
        if cluster.group in parent_groups:
            index.file(cluster, position, span(cluster))
    for child in clusters:
        parent_group = next((types[m.event_type].parent_group for m in child.mentions if types[m.event_type].parent_group), None)
        if parent_group is None:
            continue
        mine = span(child)
        options = []
        for position, parent in sorted(index.near(parent_group, (add_days(mine[0], -gap), add_days(mine[1], gap)), child.place()).items()):
            if parent is child or not compatible_places(parent.place(), child.place()):
                continue
            theirs = span(parent)
            inside = theirs[0] <= mine[0] and mine[1] <= theirs[1]
            if not inside and (not _locates(child.place()) or parent.place() is None or child.group in settings()["groups_by_day_within_article"]):
                continue  # only a place both name ties a sub-event told on other days to the fighting; a strike or a blast on another day is an act of its own
            if _overlap(theirs, mine, gap) and not _starts_after_first_report(parent, published, child=child):
                options.append((_distance(theirs, mine), position, parent))
        if options:
            _, position, parent = min(options, key=lambda o: o[:2])
            parent.adopt(child)
            index.file(parent, position, span(parent))
