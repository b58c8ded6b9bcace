"""Claim links: which event a claim is about, and which tellings in several articles are one claim.

Why: claims are read article by article, but the dataset counts them per event: JNIM's 50 dead
told by three articles is one claim (one claim_key), and an event's fatality range is derived
from its claims, never the other way round. These functions run after linking, across articles.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING

from timeline.linking import settings

if TYPE_CHECKING:
    from timeline.claims import Claim


FIGHTING_GROUPS = ("fighting", "ambush", "aircraft_lost", "civilians", "rebellion", "remote", "territory_seized", "territory_regained", "abduction", "disaster")  # the events a toll can be of (a flood's dead too)


def _dates_fit(mention: dict, event: tuple[date, date]) -> bool:
    """Undated, inside the event, or a short period around it ("late July" for a July battle)."""
    start, end = mention["start_date"], mention["end_date"]
    if start is None:
        return True
    inside = event[0] <= start and end <= event[1]
    return inside or (start <= event[1] and event[0] <= end and (end - start).days <= 31)


def claim_events(
    claims: list[Claim], mentions: list[dict], groups: dict[str, str],
    sentence_dates: dict[str, list[tuple[date, date]]], event_dates: dict[str, tuple[date, date]],
    published: dict[str, date], parents: dict[str, str | None] | None = None,
) -> dict[str, str | None]:
    """The event each claim is about: the fighting its own sentence names (the mention nearest
    the figure), else the fighting its article reports most, unless the claim's sentence dates
    itself outside that event ("264 civilians killed between March and June" is no one day's
    toll); else none."""
    by_sentence: dict[str, list[dict]] = {}
    per_source: dict[str, dict[str, int]] = {}
    for m in mentions:
        if m["event_id"] is None or groups[m["event_type"]] not in FIGHTING_GROUPS:
            continue
        by_sentence.setdefault(m["sentence_id"], []).append(m)
        counts = per_source.setdefault(m["source_id"], {})
        top = (parents or {}).get(m["event_id"]) or m["event_id"]  # an ambush's mentions count for its battle
        counts[top] = counts.get(top, 0) + 1
    out: dict[str, str | None] = {}
    for c in claims:
        # a mention of its sentence carries the claim to its event only if its own date lies
        # within that event (a "March to June" toll is no one day's toll)
        near = [m for m in by_sentence.get(c.sentence_id, []) if _dates_fit(m, event_dates[m["event_id"]])]
        if by_sentence.get(c.sentence_id) and not near:
            out[c.claim_id] = None
        elif near:
            out[c.claim_id] = min(near, key=lambda m: (abs(m["trigger_start"] - c.figure_start), m["mention_id"]))["event_id"]
        elif c.source_id in per_source:
            # the article's news, not its background: the fighting it reports most among those
            # of the recent past, else among all ("JNIM claimed 50 dead" in a story that also
            # recalls the 2012 rebellion is about this week's battle)
            counts = per_source[c.source_id]
            recent_days = settings()["undated_window_days"]  # as far back as linking lets undated news reach
            recent = [e for e in counts if (published[c.source_id] - event_dates[e][1]).days <= recent_days] or list(counts)
            main = min(recent, key=lambda e: (-counts[e], e))
            first, last = event_dates[main]
            own = sentence_dates.get(c.sentence_id, [])
            inside = all(first <= s and e <= last for s, e in own)
            out[c.claim_id] = main if inside else None
        else:
            out[c.claim_id] = None
    return out


def root_event(event_id: str | None, parents: dict[str, str | None]) -> str | None:
    """The event at the top of a sub-event's chain (the battle an ambush is part of)."""
    seen = set()
    while event_id is not None and parents.get(event_id) and event_id not in seen:
        seen.add(event_id)
        event_id = parents[event_id]
    return event_id


def claim_key(c: Claim, event_id: str | None) -> str:
    """The same claim told by several articles (JNIM's 50 and 10) shares one key: same event
    (``event_id`` is the top of its chain: one article ties JNIM's 50 to the ambush, another to
    the battle it is part of), claimant, quantity and figures. Count distinct claims with
    ``claims.claim_key.nunique()``."""
    claimant = c.claimant_id or c.claimant_label.casefold()
    return "ck_" + hashlib.sha256(f"{event_id}|{claimant}|{c.quantity}|{c.value_low}|{c.value_high}".encode()).hexdigest()[:12]


def event_figures(claims: list[dict]) -> dict[str, dict]:
    """Per event, derived from its claims (the claims table stays the truth): the smallest low
    and the largest high among killed figures, the number of distinct claims, and whether
    claimants disagree."""
    out: dict[str, dict] = {}
    for c in claims:
        if c["event_id"] is None:
            continue
        e = out.setdefault(c["event_id"], {"lows": [], "highs": [], "keys": set(), "killed": set()})
        e["keys"].add(c["claim_key"])
        if c["quantity"] == "killed" and (c["value_low"] is not None or c["value_high"] is not None):
            if c["value_low"] is not None:
                e["lows"].append(c["value_low"])
            if c["value_high"] is not None:
                e["highs"].append(c["value_high"])
            e["killed"].add((c["claimant_id"] or c["claimant_label"], c["subject_id"] or c["subject_label"], c["value_low"], c["value_high"]))
    return {
        event_id: {
            "fatalities_low": min(e["lows"]) if e["lows"] else None,
            "fatalities_high": max(e["highs"]) if e["highs"] else None,
            "n_claims": len(e["keys"]),
            "fatalities_disputed": len({k[0] for k in e["killed"]}) > 1 and len({(k[2], k[3]) for k in e["killed"]}) > 1,
        }
        for event_id, e in out.items()
    }
