"""Decisions listed under a dated lead that ends with a colon ("The Council of Ministers, meeting
on Sunday 24 March 2019, adopted the following measures: - the dissolution of the association …;
- the appointment of General Abdoulaye Coulibaly as Chief of General Staff; …"), and operations
listed under the period a summary gives ("Summary of operations between 11 and 17 November 2019:").

Why: communiqués and bulletins list what one meeting decided, one item per line, and date only
the lead; each item happened that day. The list ends at the first line that is not an item.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.event_lexicon import event_words
from timeline.mention_records import SentenceContext
from timeline.regex_gate import alternation


@cache
def _decision_lead(language: str) -> re.Pattern:
    """A lead that announces decisions ("adopted the following measures:", "decided as
    follows:"), not a list of past incidents, demands or provisions (events_<language>.toml)."""
    w = event_words(language)["listed_decisions"]
    return re.compile(rf"(?<![\w-])(?:{alternation(w['verbs'])})(?![\w-])(?:[^.:;]{{0,60}}?(?:(?<![\w-])(?:{alternation(w['nouns'])})|as\s+follows))?(?:\s*,?\s*with\s+immediate\s+effect)?\s*:\s*$", re.IGNORECASE)  # also "the Government has decided:"


PERIOD_BLOCKERS = re.compile(r"(?<![\w-])(?:since|said|says|told|published|listed|reported|demands|provides|will|would)(?![\w-])", re.IGNORECASE)  # a period heading a summary of operations, not a report's list


SIGN_OFF = re.compile(r"\s*(?:(?:Done\s+(?:at|in)\s+)?(?!(?:Photo|Picture|Image|Credit|Source|Copyright|File)\b)(?-i:[A-Z])[\w’'-]+(?:[ -](?-i:[A-Z])[\w’'-]+){0,2},\s*(?:on\s+|this\s+)?|Done\s+(?:on|this)\s+)", re.IGNORECASE)  # "Bamako, 6 April 2025", "Done on 20 August 2020" closing a communiqué
ITEM = re.compile(r"\s*(?:[-–•*]|\(?[a-h]\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii)\))\s+\S")  # "- the dissolution …", "a) to suspend Mali …", "(ii) to close …"
NAMED_BY_DAY = re.compile(r"(?<![\w-])(?-i:Protocol|Convention|Charter|Treaty|Act|Law|Decree|Ordinance|Resolution|Declaration|Constitution|Code)(?![\w-])[^,;:]{0,80}?\sof\s+$")  # "the Supplementary Protocol on Democracy … of 21 December 2001": a text's name, not the meeting's day ("At its summit of 9 January" is)
SIGN_OFF_REACH = 12  # sentences after the last item where a document's sign-off may stand (numbered paragraphs: "8.", "9." count)


def list_leads(contexts: list[SentenceContext], language: str = "en") -> dict[str, tuple]:
    """The dated lead of each list item, by the item's sentence id: (timex, timex id). A lead with
    no date of its own ("In view of …, the Government has decided: - to recall …") takes the day
    of the document's sign-off under the list ("Bamako, 6 April 2025")."""
    out: dict[str, tuple] = {}
    lead = None
    waiting: list[str] = []  # items of an undated lead, until a sign-off dates them
    since = 0
    for ctx in sorted(contexts, key=lambda c: (c.sentence.paragraph_index, c.sentence.sentence_index)):
        text = ctx.sentence.text
        if lead is not None and ITEM.match(text):
            if lead == "undated":
                waiting.append(ctx.sentence_id)
            else:
                out[ctx.sentence_id] = lead
            since = 0
            continue
        dated = [(i, t) for i, t in enumerate(ctx.timexes) if t.kind != "duration" and t.start is not None and t.precision in ("day", "month") and not NAMED_BY_DAY.search(text, max(0, t.char_start - 120), t.char_start)]
        if waiting and (signed := _sign_off(ctx, dated)) is not None:
            out.update((item, signed) for item in waiting)
            waiting = []
        since += 1
        waiting = waiting if since <= SIGN_OFF_REACH else []
        period = dated and dated[-1][1].precision == "day" and dated[-1][1].end > dated[-1][1].start and text.rstrip().endswith(":") and not PERIOD_BLOCKERS.search(text)
        decision = _decision_lead(language).search(text) is not None
        lead = (dated[-1][1], ctx.timex_ids[dated[-1][0]] if ctx.timex_ids else None) if dated and (decision or period) else "undated" if decision else None
    return out


def _sign_off(ctx: SentenceContext, dated: list) -> tuple | None:
    """A line that is only a place and a day ("Bamako, 6 April 2025"): the document's date."""
    if len(dated) != 1 or dated[0][1].precision != "day":
        return None
    i, t = dated[0]
    text = ctx.sentence.text
    if not SIGN_OFF.fullmatch(text, 0, t.char_start) or text[t.char_end :].strip(" .\n"):
        return None
    return (t, ctx.timex_ids[i] if ctx.timex_ids else None)
