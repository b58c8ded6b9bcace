"""Event records: each cluster of linked mentions as one row of the events table.

Why: a row must say what the evidence supports and no more: its bounds from day-precise
mentions when there are any (else the finest), its precision, a stable id derived from its
founding mention, a title from its type, place and actors, its parent event.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date

from timeline.clusters import Cluster, agreed_day, bounds
from timeline.events import event_types
from timeline.linking import LinkResult
from timeline.names import actors, places
from timeline.periods import edtf_interval, edtf_point, period


def _edtf(start: date, end: date, precision: str) -> str:
    if period(start, precision) == period(end, precision):
        return edtf_point(start, precision)
    return edtf_interval(start, precision, end, precision)


def event_id(cluster: Cluster, published: dict[str, date]) -> str:
    """Derived from the event's founding evidence, not a counter: its first-published mention.
    Articles published later (the usual way a corpus grows) never change an existing id."""
    founder = min(cluster.mentions, key=lambda m: (published[m.source_id], m.source_id, m.trigger_start, m.mention_id))
    return "ev_" + hashlib.sha256(f"{cluster.group}|{founder.mention_id}".encode()).hexdigest()[:12]


def _title(label: str, place_id: str | None, actor_ids: list[str], speaker_names: list[str] = ()) -> str:
    """"Attack – Boulkessi (JNIM)"; a statement by a speaker no registry holds carries its words:
    "Public statement (India's Ministry of External Affairs)"."""
    registry_places, registry_actors = places(), actors()
    where = f" – {registry_places[place_id].fields['name']}" if place_id else ""
    who = [registry_actors[a].fields["name"] for a in actor_ids if registry_actors[a].fields.get("type") != "media"][:3] or list(speaker_names)[:1]
    return f"{label}{where}" + (f" ({', '.join(who)})" if who else "")


def event_records(result: LinkResult, published: dict[str, date]) -> list[dict]:
    """One record per cluster, with its derived dates, actors, sources and parent."""
    types = event_types()
    ids = {id(c): event_id(c, published) for c in result.clusters}
    records = []
    priority = list(types)
    for cluster in result.clusters:
        counts: dict[str, int] = defaultdict(int)
        for m in cluster.mentions:
            if not types[m.event_type].supports_only:
                counts[m.event_type] += 1
        for m in cluster.mentions if not counts else []:  # an event known only by its dead
            counts[m.event_type] += 1
        event_type = min(counts, key=lambda t: (-counts[t], priority.index(t)))
        etype = types[event_type]
        first_reported = min(published[m.source_id] for m in cluster.mentions)
        start, end, precision, basis = bounds(cluster, first_reported)
        agreed = agreed_day(cluster, first_reported) if precision == "day" else None
        if agreed is not None:
            start = end = agreed  # four articles give Thursday, one Friday: Thursday, disputed
        if end != period(end, precision)[1] and end > first_reported:
            end = max(start, first_reported)  # a period cut at a later article's date: cut at the first report
        place_id = cluster.place()
        mentioned = defaultdict(int)
        for m in cluster.mentions:
            for a in m.actor_ids:
                mentioned[a] += 1
        actor_ids = sorted(mentioned, key=lambda a: (-mentioned[a], a))  # most often named first
        source_ids = sorted({m.source_id for m in cluster.mentions})
        records.append(
            dict(
                event_id=ids[id(cluster)],
                title=_title(etype.label, place_id, actor_ids, sorted({m.speaker_name for m in cluster.mentions if m.speaker_name})),
                event_type=event_type,
                acled_event_type=etype.acled_event_type,
                acled_sub_event_type=etype.acled_sub_event_type,
                start_date=start,
                end_date=end,
                date_precision=precision,
                date_basis=basis,
                date_disputed=cluster.disputed or agreed is not None,
                edtf=_edtf(start, end, precision),
                place_id=place_id,
                actor_ids=actor_ids,
                source_ids=source_ids,
                n_sources=len(source_ids),
                n_mentions=len(cluster.mentions),
                first_reported=first_reported,
                parent_event_id=ids[id(cluster.parent)] if cluster.parent else None,
            )
        )
    return records


def mention_event_ids(result: LinkResult, published: dict[str, date]) -> dict[str, str]:
    ids = {id(c): event_id(c, published) for c in result.clusters}
    return {mid: ids[id(c)] for mid, c in result.cluster_of.items()}
