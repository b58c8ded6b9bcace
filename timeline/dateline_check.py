"""Events placed at a dateline city: a check the scorer runs on every build of a corpus.

Why: "BAMAKO, Mali (AP) —" tells where a story was filed, not where a battle far north was
fought; an event whose place its sources name only in a dateline is a misreading to count.
"""

from __future__ import annotations

import re

import pandas as pd

from timeline.ingest import dateline_end
from timeline.names import places


def dateline_places(frames: dict[str, pd.DataFrame], raw: dict[str, str]) -> list[str]:
    """Events placed at a city their sources name only in a dateline ("BAMAKO, Mali (AP) —")."""
    registry_places = places()
    out = []
    for e in frames["events"].itertuples():
        if not isinstance(e.place_id, str):
            continue
        names = [n for n in registry_places[e.place_id].names if n]
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
        in_dateline = in_text = False
        for source in e.source_ids:
            for line in raw.get(source, "").splitlines():
                cut = dateline_end(line.strip())
                in_dateline = in_dateline or bool(cut and pattern.search(line.strip()[:cut]))
                in_text = in_text or bool(pattern.search(line.strip()[cut:]))
        if in_dateline and not in_text:
            out.append(f"{e.event_id} {e.title!r}")
    return out
