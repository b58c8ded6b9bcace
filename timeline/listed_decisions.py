"""Decisions listed under a dated lead that ends with a colon: "The Council of Ministers, meeting
on Sunday 24 March 2019, adopted the following measures: - the dissolution of the association …;
- the appointment of General Abdoulaye Coulibaly as Chief of General Staff; …".

Why: communiqués and bulletins list what one meeting decided, one item per line, and date only
the lead; each item happened that day. The list ends at the first line that is not an item.
"""

from __future__ import annotations

from timeline.live_blogs import BULLET
from timeline.mention_records import SentenceContext


def list_leads(contexts: list[SentenceContext]) -> dict[str, tuple]:
    """The dated lead of each list item, by the item's sentence id: (timex, timex id)."""
    out: dict[str, tuple] = {}
    lead = None
    for ctx in sorted(contexts, key=lambda c: (c.sentence.paragraph_index, c.sentence.sentence_index)):
        text = ctx.sentence.text
        if lead is not None and BULLET.match(text):
            out[ctx.sentence_id] = lead
            continue
        dated = [(i, t) for i, t in enumerate(ctx.timexes) if t.kind != "duration" and t.start is not None and t.precision in ("day", "month")]
        lead = (dated[-1][1], ctx.timex_ids[dated[-1][0]] if ctx.timex_ids else None) if dated and text.rstrip().endswith(":") else None
    return out
