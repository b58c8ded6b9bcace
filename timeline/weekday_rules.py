"""The date rules of weekdays and nights: "on Thursday", "on Saturday and Sunday", "overnight".

Why: these four rules (a night across two days, a bare "overnight", two weekdays joined, a
weekday) are one family of the date tagger's rules (timeline/date_rules.py): each takes, from the
publication date, the latest such day or night up to it (a weekday in a future clause, the next
one), and only they read a weekday's full name; they are kept apart so that module stays small.
They register through date_rules.rules' own decorator at their place in its list, since a rule's
place is its priority among overlapping finds. Rules in docs/dates.md ("Resolving against the
publication date").
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from timeline.date_parts import Resolved, capitalised, named_night_end
from timeline.date_rule_checks import day_resolved, weekday_span
from timeline.regex_gate import alternation

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline.dates import Lexicon

ATTRIBUTIVE_OVERNIGHT = re.compile(r"(?<![\w-])(?:an|the|a|its|their)\s+$", re.IGNORECASE)  # "an overnight attack"


def weekday_rules(lex: Lexicon, rule: Callable[[str, str], Callable], month: str, year: str) -> None:
    """Registers the weekday and night rules through ``rule`` (the decorator of
    date_rules.rules), in their order; ``month`` and ``year`` are that table's patterns."""
    weekday_full = alternation([w for w in lex.weekdays if len(w) > 4])

    @rule(
        "night_range",
        rf"\b(?:overnight(?:\s+from)?|(?:in\s+|during\s+)?(?:the\s+)?night\s+(?:of|from|between))\s+(?P<wd1>{weekday_full})(?:\s+(?P<d1>\d{{1,2}}))?\s+(?:to|into|and)\s+(?P<wd2>{weekday_full})(?:\s+(?P<d2>\d{{1,2}})\s+(?P<m>{month})(?:,?\s+(?P<y>{year}))?)?(?![\w])",
    )
    def night_range(m, ctx):
        """"overnight Saturday to Sunday", "the night of Friday to Saturday", "in the night of
        Sunday 14 to Monday 15 September": both days."""
        first, second = lex.weekdays[m["wd1"].casefold()], lex.weekdays[m["wd2"].casefold()]
        if second != (first + 1) % 7 or ctx.future or not capitalised(m["wd1"]):
            return None
        if m["d2"]:  # the days are named: that night in the year given, else the latest not after publication
            end = named_night_end(m, ctx, lex, second)
            start = end - timedelta(days=1) if end else None
            if end is None or (m["d1"] and int(m["d1"]) != start.day):
                return None
            return Resolved("range", start, end, "day", anchor="absolute" if m["y"] else "publication")
        if m["d1"]:
            return None
        start = ctx.published - timedelta(days=(ctx.published.weekday() - first) % 7)
        end = start + timedelta(days=1)
        if end > ctx.published:
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        return Resolved("range", start, end, "day", anchor="publication")

    @rule("overnight", rf"\bovernight\b(?!\s+(?:on\s+|from\s+|of\s+)?(?:{weekday_full})(?![\w]))(?!\s+(?:from|of|between|into)\b)(?!,?\s+on\s+(?:the\s+)?(?:\d|(?:{month})\s+\d))(?![-‑]|\s+(?:curfews?|stays?|flights?|trains?|buses|bus|shifts?|guards?)\b)")
    def overnight(m, ctx):
        """A bare "overnight" ("French warplanes bombed their positions overnight") is the night
        that ended on the day of publication, as wire copy means it; never in a future clause.
        "Overnight on 29-30 January" is not bare: the days it names date it."""
        if ctx.future:
            return None
        attributive = ATTRIBUTIVE_OVERNIGHT.search(ctx.text, 0, m.start()) is not None  # "lowered the toll from an overnight attack": at night, not surely last night
        return Resolved("range", ctx.published - timedelta(days=1), ctx.published, "day", approximate=attributive, anchor="publication")

    @rule("weekday_pair", rf"\bon\s+(?P<wd1>{weekday_full})\s+and\s+(?P<wd2>{weekday_full})(?![\w])")
    def weekday_pair(m, ctx):
        """"drone strikes on Saturday and Sunday": both days, the last such pair up to publication."""
        first, second = lex.weekdays[m["wd1"].casefold()], lex.weekdays[m["wd2"].casefold()]
        if second != (first + 1) % 7 or ctx.future or not capitalised(m["wd1"]):
            return None
        end = ctx.published - timedelta(days=(ctx.published.weekday() - second) % 7)
        return Resolved("range", end - timedelta(days=1), end, "day", anchor="publication")

    @rule(
        "weekday",
        rf"\b(?:(?P<mod>last|this|next|past)\s+)?(?P<wd>{weekday_full})(?![\w])(?:['’]s)?(?:\s+(?P<dp>{alternation(lex.day_parts)})\b)?",
    )
    def weekday(m, ctx):
        if not capitalised(m["wd"]):
            return None
        target = lex.weekdays[m["wd"].casefold()]
        pub = ctx.published
        mod = (m["mod"] or "").casefold()
        back = (pub.weekday() - target) % 7
        ahead = (target - pub.weekday()) % 7 or (0 if m["mod"] is None else 7)  # "were due to meet on Monday", written on a Monday: that day
        if mod == "last" or mod == "past":
            d = pub - timedelta(days=back or 7)
        elif mod == "next":
            return day_resolved(pub + timedelta(days=ahead), future=True, span=weekday_span(m))
        elif mod == "this":
            d = pub - timedelta(days=pub.weekday()) + timedelta(days=target)
            return day_resolved(d, future=d > pub, span=weekday_span(m))
        elif ctx.future:
            return day_resolved(pub + timedelta(days=ahead), future=True, span=weekday_span(m))
        else:
            d = pub - timedelta(days=back)
        return day_resolved(d, span=weekday_span(m))
