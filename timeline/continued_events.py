"""An event told again as lasting into the next day ("Gunmen attacked the village on Saturday
evening … The attack on the hamlet lasted until Sunday morning"): one event over both days.

Why: one article telling fighting on two different days tells two events, as ACLED codes them
(resources/linking.toml); a later day given only as where the same event ran to must say so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from timeline.event_lexicon import event_types
from timeline.mention_records import Mention, SentenceContext

LASTED_UNTIL = re.compile(r"[^.;]{0,80}?(?<![\w-])(?:lasted|continued|went\s+on|raged|dragged\s+on|carried\s+on)(?:\s+[\w’'-]+){0,3}?\s+(?:until|till|into)\s", re.IGNORECASE)


def continued_into(mentions: list[Mention], contexts: list[SentenceContext]) -> list[Mention]:
    """A day-dated mention whose own words say it lasted until that day, right after the same
    kind of event told the day before in the same paragraph or sentence, runs from that day."""
    types = event_types()
    order = {ctx.sentence_id: (ctx.sentence.paragraph_index, ctx.sentence.sentence_index) for ctx in contexts}
    out = []
    for m in mentions:
        if m.date_basis == "occurred" and m.start_date is not None and m.start_date == m.end_date and LASTED_UNTIL.match(m.quote, m.trigger_end - m.char_start):
            para, index = order.get(m.sentence_id, (None, None))
            day_before = m.start_date - timedelta(days=1)
            donor = next((d for d in mentions if d is not m and d.start_date == day_before and d.end_date == day_before
                          and types[d.event_type].merge_group == types[m.event_type].merge_group
                          and order.get(d.sentence_id, (None, None))[0] == para and order.get(d.sentence_id, (None, 0))[1] in (index, index - 1)), None)
            if donor is not None:
                m = replace(m, start_date=donor.start_date)
        out.append(m)
    return out


DEMONSTRATIVE_OBJECT = re.compile(r"\s+(?:(?:decisively|completely|totally|entirely|also|then)\s+)?(?:these|those|the\s+same)\s", re.IGNORECASE)


def refers_back(m: Mention) -> bool:
    """"Our forces obliterated these enemy columns on Saturday": an act on what the article told
    before, the same battle going on."""
    return DEMONSTRATIVE_OBJECT.match(m.quote, m.trigger_end - m.char_start) is not None
