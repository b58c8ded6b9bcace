"""An event told again as lasting into the next day ("Gunmen attacked the village on Saturday
evening … The attack on the hamlet lasted until Sunday morning"): one event over both days.

Why: one article telling fighting on two different days tells two events, as ACLED codes them
(resources/linking.toml); a later day given only as where the same event ran to must say so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache

from timeline.dates import lexicon
from timeline.event_lexicon import event_types, event_words
from timeline.mention_records import Mention, SentenceContext
from timeline.regex_gate import alternation


@cache
def _lasted_until(language: str) -> re.Pattern:
    """The event's own verb of lasting, then "until" or "into" a day ("The attack … lasted until
    Sunday morning", "went on into the early hours of Monday"; not "…, and the fighting continued
    into the night": another clause, and no other day)."""
    verbs = alternation(event_words(language)["continuation_verbs"])
    days = alternation([w for w in lexicon(language).weekdays if len(w) > 3])
    return re.compile(rf"(?:(?!(?<![\w-])and(?![\w-]))[^.;]){{0,80}}?(?<![\w-])(?:{verbs})(?:\s+[\w’'-]+){{0,3}}?\s+(?:until|till|into)\s+(?:the\s+)?(?:(?:early|small)\s+hours\s+of\s+|morning\s+of\s+|night\s+of\s+)?(?:(?:early|late)\s+)?(?:on\s+)?(?:{days}|the\s+next|the\s+following)(?![\w-])", re.IGNORECASE)


def continued_into(mentions: list[Mention], contexts: list[SentenceContext], language: str = "en") -> list[Mention]:
    """A day-dated mention whose own words say it lasted until that day, right after the same
    kind of event told the day before in the same paragraph or sentence, runs from that day."""
    types = event_types()
    order = {ctx.sentence_id: (ctx.sentence.paragraph_index, ctx.sentence.sentence_index) for ctx in contexts}
    out = []
    for m in mentions:
        if m.date_basis == "occurred" and m.start_date is not None and m.start_date == m.end_date and _lasted_until(language).match(m.quote, m.trigger_end - m.char_start):
            para, index = order.get(m.sentence_id, (None, None))
            day_before = m.start_date - timedelta(days=1)
            donor = next((d for d in mentions if d is not m and d.start_date == day_before and d.end_date == day_before
                          and types[d.event_type].merge_group == types[m.event_type].merge_group
                          and order.get(d.sentence_id, (None, None))[0] == para and order.get(d.sentence_id, (None, 0))[1] in (index, index - 1)), None)
            if donor is not None:
                m = replace(m, start_date=donor.start_date)
        out.append(m)
    return out


DEMONSTRATIVE_OBJECT = re.compile(r"\s+(?:(?:decisively|completely|totally|entirely|also|then)\s+)?(?:these|those)\s", re.IGNORECASE)


def refers_back(m: Mention) -> bool:
    """"Our forces obliterated these enemy columns on Saturday": an act on what the article told
    before, the same battle going on."""
    return DEMONSTRATIVE_OBJECT.match(m.quote, m.trigger_end - m.char_start) is not None
