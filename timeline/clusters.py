"""An event in the making during linking: its mentions and what linking asks of them.

Why: linking asks each candidate cluster for its dates, place, actors and speakers hundreds of
thousands of times on a large corpus; the cluster keeps them up to date as each mention is
added (a few comparisons) instead of recomputing them from its mentions at every question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from timeline.events import Mention
from timeline.names import actors, most_specific
from timeline.unregistered_speakers import state_of

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def speaker_key(m: Mention) -> str | None:
    """Who speaks in a saying, as clusters compare it: its first actor; else the state the words
    of a speaker no registry holds name ("Senegal's foreign ministry" and "Senegal" are one; "the
    Algerian foreign ministry" is the registry's Algeria); else those words ("the Chinese
    embassy" and "The Chinese Embassy" are one)."""
    if m.actor_ids:
        return m.actor_ids[0]
    if not m.speaker_name:
        return None
    state = state_of(m.speaker_name)
    if state is not None:
        return _state_actors().get(state.casefold(), "state:" + state.casefold())
    return "named:" + " ".join(re.sub(r"^the\s+", "", m.speaker_name.casefold()).split())


@cache
def _state_actors() -> dict[str, str]:
    """A state's name → its registry government: one named as the state ("Algeria"), else the one
    whose names name it ("Government of Niger", "Nigerien government"), a government id first."""
    found: dict[str, str] = {}
    governments = sorted(((actor_id, e) for actor_id, e in actors().items() if e.fields.get("type") == "government"), key=lambda p: ("government" not in p[0], len(p[0]), p[0]))
    for actor_id, e in governments:
        found.setdefault(e.fields["name"].casefold(), actor_id)
    for actor_id, e in governments:
        for name in e.names:
            state = state_of(name)
            if state is not None:
                found.setdefault(state.casefold(), actor_id)
    return found


def is_fine(m: Mention) -> bool:
    """A mention precise enough to set an event's bounds: days the text gives the event itself,
    without hedge. "Last week" (seven days), "late July" (ten, approximate), the day a statement
    about it was made (``reported``, unless announcing it is the act) or a date carried over from
    another sentence only support. A blockade or sanctions announced that day start then."""
    return (
        m.start_date is not None and m.date_precision == "day" and not m.date_approximate
        and (m.date_basis == "occurred" or (m.date_basis in ("reported", "announced") and m.event_type in _report_day_types()))
        and (m.end_date - m.start_date).days < 7
    )


@cache
def _report_day_types() -> frozenset[str]:
    """Types whose announcement is the act (resources/linking.toml, report_day_sets_bounds): "the
    blockade announced by JNIM on 3 September" dates the blockade itself."""
    from timeline.linking import settings  # linking imports this module

    return frozenset(settings()["report_day_sets_bounds"])


@dataclass(eq=False)
class Cluster:
    """Mentions linked so far, the sub-events nested in it, and whether a link was a dispute.
    Compared by identity."""

    group: str
    mentions: list[Mention] = field(default_factory=list)
    disputed: bool = False
    parent: Cluster | None = None
    children: list[Cluster] = field(default_factory=list)

    def __post_init__(self) -> None:
        given, self.mentions = self.mentions, []
        self._dated: list[Mention] = []
        self._hull: tuple[date, date] | None = None
        self._fine_start: date | None = None
        self._finest: tuple[int | None, date | None] = (None, None)
        self._actors: frozenset[str] = frozenset()
        self._speakers: frozenset[str] = frozenset()
        self._dated_sources: frozenset[str] = frozenset()
        self._place_ids: list[str] = []
        self._place: str | None = None
        self._unregistered = False  # a mention names a place the registry does not hold
        self._core: tuple[date, date] | None | bool = False  # False: not known yet
        self._first_published: date | None = None
        for m in given:
            self.add(m)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self._core, self._first_published = False, None
        if m.actor_ids and not self._actors.issuperset(m.actor_ids):
            self._actors = self._actors.union(m.actor_ids)
        key = speaker_key(m)
        if key is not None and key not in self._speakers:
            self._speakers = self._speakers | {key}
        self._unregistered = self._unregistered or m.place_basis == "unregistered"
        if m.place_id and m.place_id not in self._place_ids:
            self._place_ids.append(m.place_id)
            self._place = most_specific(self._place_ids)
        if m.start_date is None:
            return
        self._dated.append(m)
        if m.source_id not in self._dated_sources:
            self._dated_sources = self._dated_sources | {m.source_id}
        hull = self._hull
        self._hull = (m.start_date, m.end_date) if hull is None else (min(hull[0], m.start_date), max(hull[1], m.end_date))
        if is_fine(m) and (self._fine_start is None or m.start_date < self._fine_start):
            self._fine_start = m.start_date
        rank, start = self._finest
        mine = PRECISION_RANK[m.date_precision]
        if rank is None or mine < rank:
            self._finest = (mine, m.start_date)
        elif mine == rank and m.start_date < start:
            self._finest = (rank, m.start_date)

    def adopt(self, child: Cluster) -> None:
        child.parent = self
        self.children.append(child)
        self._core = False

    def dated(self) -> list[Mention]:
        return self._dated

    def hull(self) -> tuple[date, date] | None:
        return self._hull

    def core(self) -> tuple[date, date] | None:
        """The hull of the day-precise mentions: its own, widened by its children's only when it
        has days of its own (an ambush on Saturday widens a battle that began on Thursday; it does
        not turn "fighting in April" into a day)."""
        if self._core is False:
            own = [m for m in self._dated if is_fine(m)]
            fine = own + [m for c in self.children for m in c.dated() if is_fine(m)] if own else []
            self._core = (min(m.start_date for m in fine), max(m.end_date for m in fine)) if fine else None
        return self._core

    def place(self) -> str | None:
        return self._place

    def elsewhere(self) -> bool:
        """Told only at a place the registry does not hold ("the army position at Bamba")."""
        return self._unregistered and self._place is None

    def actor_ids(self) -> frozenset[str]:
        return self._actors

    def speakers(self) -> frozenset[str]:
        """Who speaks in each mention (speaker_key): its first-named actor or its named speaker."""
        return self._speakers

    def dated_sources(self) -> frozenset[str]:
        return self._dated_sources

    def fine_start(self) -> date | None:
        """The earliest start among its own day-precise mentions."""
        return self._fine_start

    def finest_start(self) -> tuple[int | None, date | None]:
        """The rank of its finest precision and the earliest start at that precision."""
        return self._finest

    def first_published(self, published: dict[str, date]) -> date:
        if self._first_published is None:
            self._first_published = min(published[m.source_id] for m in self.mentions)
        return self._first_published


def bounds(cluster: Cluster, first_reported: date | None = None) -> tuple[date, date, str, str]:
    """Start, end, precision and basis: from day-precise mentions if any, else the finest ones;
    the interval most articles agree on when the others only stretch it (``consensus``), unless
    it would begin after ``first_reported``: an article cannot report an event before it began,
    so then the hull of the mentions stands (the one linking checked, linking._start_with)."""
    core = cluster.core()
    if core is not None:
        agreed = None if cluster.children else _not_after(consensus([m for m in cluster.dated() if is_fine(m)]), first_reported)
        return (*(agreed or core), "day", "occurred")
    dated = cluster.dated()
    best = min(PRECISION_RANK[m.date_precision] for m in dated)
    finest = [m for m in dated if PRECISION_RANK[m.date_precision] == best]
    basis = "occurred" if any(m.date_basis == "occurred" for m in finest) else "reported"
    precision = finest[0].date_precision
    agreed = _not_after(consensus(finest), first_reported)
    return (*(agreed or (min(m.start_date for m in finest), max(m.end_date for m in finest))), precision, basis)


def _not_after(interval: tuple[date, date] | None, first_reported: date | None) -> tuple[date, date] | None:
    """``interval``, unless it starts after the event's first report."""
    return None if interval is None or (first_reported is not None and interval[0] > first_reported) else interval


def consensus(mentions: list[Mention]) -> tuple[date, date] | None:
    """The interval two or more articles give when every other interval told contains it and
    is told by fewer articles ("25-27 July" in three reports, "22 to 27 July" in one channel's
    post; "1 July" in two reports, "1 to 3 July" in one): the wider outliers do not stretch the
    event. A fight still going on when two early reports gave its first day is cut to that day
    too; on the development corpus the wider report was the outlier far more often."""
    sources: dict[tuple[date, date], set[str]] = {}
    for m in mentions:
        sources.setdefault((m.start_date, m.end_date), set()).add(m.source_id)
    if len(sources) < 2:
        return None
    top = max(sources, key=lambda k: (len(sources[k]), k[0].toordinal() - k[1].toordinal(), k))
    others = [k for k in sources if k != top]
    wider = all(k[0] <= top[0] and top[1] <= k[1] for k in others)
    fewer = len(sources[top]) >= 2 and len(sources[top]) > len(set().union(*(sources[k] for k in others)) - sources[top])
    return top if wider and fewer else None


def agreed_day(cluster: Cluster, first_reported: date | None = None) -> date | None:
    """The day three or more articles give an event when one other article alone gives a
    neighbouring day ("on Thursday" in four stories, "on Friday" in one): the event is that day
    and its date is marked disputed, not stretched over both. Only for an event told in single
    days with no sub-events (a battle whose articles give each of its days keeps them all), and
    not for a day after ``first_reported`` (as in ``bounds``)."""
    if cluster.children:
        return None
    fine = [m for m in cluster.dated() if is_fine(m) and m.date_basis == "occurred"]
    if not fine or any(m.start_date != m.end_date for m in fine):
        return None
    sources: dict[date, set[str]] = {}
    for m in fine:
        sources.setdefault(m.start_date, set()).add(m.source_id)
    if len(sources) < 2:
        return None
    top = max(sources, key=lambda d: (len(sources[d]), -d.toordinal()))
    others = set().union(*(s for d, s in sources.items() if d != top)) - sources[top]
    near = all(abs((d - top).days) <= 2 for d in sources)
    agreed = len(sources[top]) >= 3 and len(others) <= 1 and near
    return top if agreed and _not_after((top, top), first_reported) else None
