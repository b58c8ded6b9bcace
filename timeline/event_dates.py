"""Which date a trigger takes: dates owned by a trigger or a saying, and what a free date of
the clause gives (rules in docs/events.md; the clauses themselves: timeline/sentence_clauses.py).

Why: "said on Saturday that fighting broke out on Thursday" dates the fighting Thursday and the
saying Saturday; a battle must never take the date of the statement about it, and a byline or a
dateline dates nothing. All of it is a pure function of one sentence's text, triggers and dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.clause_dates import neighbouring_clause_date
from timeline.anchored_dates import after_phrase
from timeline.dates import Timex, names_weekday_only
from timeline.event_lexicon import event_types, event_words, is_saying, phrase_pattern, reporting_re
from timeline.periods import period
from timeline.regex_gate import alternation
from timeline.sentence_clauses import clause_of, clauses, light, reach

def owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], language: str) -> dict[int, int]:
    """Which trigger each date belongs to, where the sentence says so: a date right after a
    saying ("announced on Thursday", "claimed responsibility on Friday") or right before one
    ("late yesterday declared") is the saying's; a date alone in an opening clause ("On April 1,
    the army said …") is the first trigger's after it. Other dates are free (absent here)."""
    reporting = reporting_re(language)
    spans = clauses(text, language, timexes)
    out: dict[int, int] = {}
    for i, t in enumerate(timexes):
        if i in out:
            continue
        if t.kind == "duration" or is_dateline(text, t):
            out[i] = -1  # belongs to no trigger
            continue
        for k, (start, end, event_type) in enumerate(triggers):
            if not is_saying(event_type):
                continue
            inside = start <= t.char_start and t.char_end <= end
            after = t.char_start >= end and re.fullmatch(
                r",?\s+(?:of(?:\s+[\w’'-]+){1,4}\s+(?=(?:released|issued|published|read|broadcast|aired|posted|dated|made)\b))?(?:(?:released|issued|published|read(?: out)?|broadcast|aired|posted|dated|made)(?:\s+(?:by|on)(?:\s+[\w’'-]+){1,3})?\s+)?(?:on|in|at)?\s*(?:(?:late|early)\s+(?:on\s+)?)?",
                text[end : t.char_start] + " ",
            )
            before = t.char_end <= start and not text[t.char_end : start].strip()
            # "announced the withdrawal on 17 February": a short object between saying and date
            object_then_date = t.char_start >= end and re.fullmatch(
                r"\s+(?!that\b)(?:the|a|an|its|their|his|her)?\s*[\w’'-]+(?:\s+(?!that\b)[\w’'-]+){0,3}\s+(?:on|in)\s+", text[end : t.char_start]
            )  # but "said that on March 27, …" dates what is told, not the saying
            if object_then_date and any(end <= trig[0] and trig[1] <= t.char_start and not is_saying(trig[2]) for trig in triggers) and (re.search(r"(?<![\w-])(?:had|has|have|was|were|is|are|been)(?![\w-])", text[end : t.char_start]) or re.match(r"\s+(?:had|has|have|was|were|is|are|killed|hit|struck|left)\b", text[t.char_end :])):
                object_then_date = None  # "said an air strike on Sunday had hit a house", "said 132 civilians were killed in June 2022": the event's date (not "claimed the raid late on Thursday")
            claimed_then_date = event_type == "responsibility_claim" and t.char_start >= end and re.fullmatch(
                r"\s+(?:the|this|that|its|their|both)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:(?:on|in)\s+)?", text[end : t.char_start]
            )  # "JNIM claimed the attack the same day": the claim's day
            if inside or after or before or object_then_date or claimed_then_date:
                out[i] = k
                break
        if i in out:
            continue
        if DOCUMENT_ISSUED.match(text[: t.char_start]):
            later = next((k for k, trig in enumerate(triggers) if trig[0] >= t.char_end and is_saying(trig[2])), -1)
            out[i] = later  # "In its first account of the fighting, issued late Monday, the army had said …": the saying's day
            continue
        told_when = _told_by_when(text, triggers, timexes, spans, t)
        if told_when is not None:
            out[i] = told_when
            continue
        # "launched a rebellion in January and … a coup in March": a date right after an
        # event's trigger is that event's, whatever else its clause tells; so is a date followed
        # by ", the day Goita was sworn in"
        adjacent = [k for k, trigger in enumerate(triggers) if _adjacent(text, trigger, t)]
        if adjacent:
            out[i] = adjacent[-1]
            continue
        previous = out.get(i - 1, -1) if i else -1
        if previous >= 0 and (text[triggers[previous][0] : triggers[previous][1]].endswith("s") and _conjoined(text, [timexes[i - 1], t]) or _again(text, [timexes[i - 1], t])):
            out[i] = previous  # "coups in 2020 and 2021" (a plural trigger), not "intervened in January 2013, and in April 2013 …"
            continue
        if reporting.search(text[max(0, t.char_start - 40) : t.char_start]):
            earlier = [k for k, trig in enumerate(triggers) if is_saying(trig[2]) and trig[1] <= t.char_start]
            if earlier:
                out[i] = earlier[-1]
                continue
        if _accounts_re(language).search(text[max(0, t.char_start - 40) : t.char_start]):
            out[i] = -1  # "gave sharply different accounts on Wednesday of the fighting": the accounts' day
            continue
        index = clause_of(spans, t.char_start)
        lo, hi = spans[index]
        if index == 0 and _counted_opening(text, lo, t, language):
            following = [k for k, trig in enumerate(triggers) if trig[0] >= hi]
            if following:  # "A day after Tuesday's attack, gunmen ambushed …": the ambush's day
                out[i] = following[0]
                if i + 1 < len(timexes) and not any(lo <= trig[0] < hi for trig in triggers):
                    out[i + 1] = -1  # "Two days before Sunday's vote, …": the day counted from dates nothing told
                continue
        lead_in = (_lead_in(language).match(text[lo : t.char_start]) is not None or CLEFT.match(text[lo : t.char_start]) is not None) and not text[t.char_end : hi].strip()  # "We recall that the 1st July 2025, …"; "It is on the evening of this Monday 7 October that …"
        if (index == 0 and light(text, (lo, hi), timexes, language) or lead_in) and not any(lo <= trig[0] < hi for trig in triggers):
            following = [k for k, trig in enumerate(triggers) if trig[0] >= hi and not referred(text, trig[0], language)]
            main = [k for k in following if not _subordinate(text, spans, triggers[k][0], language)]  # "On 17 February, with troops deployed, Macron announced …"
            if LIST_ENTRY.match(text):  # "- March 23, 2025, near Menaka: the FLA said a drone hit a well": the entry's event
                main = [k for k in main if not is_saying(triggers[k][2])] or main
            if following:
                out[i] = (main or following)[0]
        elif index == 0 and OPENING_DATE.match(text[: t.char_start]):
            # "In September 2021 Macron announced that …": an opening date without a comma dates
            # the main verb when that verb is a saying (what is told keeps its own date)
            first = next((k for k, trig in enumerate(triggers) if t.char_end <= trig[0] < hi), None)
            if first is not None and is_saying(triggers[first][2]):
                out[i] = first
            elif first is None and _bare_subject(text[t.char_end : hi]):
                # "On 1 July a UN peacekeeping mission, MINUSMA, took over …": the subject's clause
                # tells no event, so the opening date is the main clause's
                following = [k for k, trig in enumerate(triggers) if trig[0] >= hi and not referred(text, trig[0], language) and not _subordinate(text, spans, trig[0], language)]
                if following:
                    out[i] = following[0]
    return _document_openers(text, triggers, spans, out)


def _told_by_when(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], spans: list[tuple[int, int]], t: Timex) -> int | None:
    """"The thaw began on June 6, when Goita signed a decree …": a date before ", when" is what
    the when-clause tells, if the clause before tells nothing; not "since March, when …" (a
    range's start) nor "this month when troops seized Anefis, …, on June 5" (a day of its own)."""
    when = None if re.match(r"since\b", t.text, re.IGNORECASE) else WHEN_AFTER_DATE.match(text, t.char_end)
    if when is None:
        return None
    after_when = [k for k, trig in enumerate(triggers) if trig[0] >= when.end() and not is_saying(trig[2])]
    opening = spans[clause_of(spans, t.char_start)][0]
    own_date = any(u.char_start >= when.end() and not re.search(r"(?:from|until|till|to|through|since)\s+$", text[: u.char_start], re.IGNORECASE)
                   for u in timexes if u is not t and u.kind != "duration")  # not "… at 24 months from March 26"
    told_before = any(trig[1] > opening and trig[0] < t.char_start for trig in triggers)
    return after_when[0] if after_when and not own_date and not told_before else None


def _bare_subject(rest: str) -> bool:
    """"On 1 July a UN peacekeeping mission, …": the rest of an opening date's clause is a short
    noun phrase with no verb (not "On Saturday the government revised the toll …")."""
    return len(rest.split()) <= 6 and not re.search(r"(?<![\w-])(?:[a-z]+ed|is|was|were|are|has|had|have|said|says|took|went|made|gave)(?![\w-])", rest)


UNTIL_PLANNED = re.compile(r"(?<![\w-])(?:would|will|shall|must)\s[^.;]*?(?<![\w-])(?:until|till|pending)\s+$", re.IGNORECASE)  # not "fighting continued until Tuesday"
DOCUMENT_ISSUED = re.compile(
    r"^\W*(?:in|according\s+to)\s+(?:a|an|its|their|the|his|her)\s+(?:(?:first|latest|new|initial|last|earlier)\s+)?(?:statement|communiqu[eé]|account|report|bulletin|update|toll)\b"
    r"[^.;]{0,80}?,\s*(?:issued|released|published|read\s+out|broadcast|posted|given)\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
WHEN_AFTER_DATE = re.compile(r",?\s+when\s+", re.IGNORECASE)


DOCUMENT_OPENER = re.compile(r"^\W*(?:in|through|via)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _document_openers(text: str, triggers: list[tuple[int, int, str]], spans: list[tuple[int, int]], out: dict[int, int]) -> dict[int, int]:
    """"In a statement issued late Monday, the army said …": the day of the document that opens
    the sentence is the saying's told after it (the document names no speaker of its own)."""
    for i, k in list(out.items()):
        if k < 0 or not is_saying(triggers[k][2]):
            continue
        lo, hi = spans[clause_of(spans, triggers[k][0])]
        if lo == 0 and DOCUMENT_OPENER.match(text[lo : triggers[k][0]]):
            later = next((j for j, trig in enumerate(triggers) if trig[0] >= hi and is_saying(trig[2])), None)
            out[i] = later if later is not None else k
    return out


def _counted_opening(text: str, lo: int, t: Timex, language: str) -> bool:
    """A day counted from another ("A day after Tuesday's attack") that opens the sentence."""
    if t.anchor != "other" or text[lo : t.char_start].strip(" \t\n\"'“‘("):
        return False
    found = after_phrase(language).match(t.text + " x")
    return found is not None and found.end() == len(t.text)


@cache
def _lead_in(language: str) -> re.Pattern:
    """"We recall that …", "The General Staff informs national and international opinion that on
    the night of …": words after which a date opens the clause that follows."""
    verbs = alternation(event_words(language)["lead_in_verbs"])
    return re.compile(rf"^\W*(?:[\w’'-]+\s+){{0,12}}(?:{verbs})\s+(?:[\w’'-]+\s+){{0,4}}?that\s+(?:on\s+(?:the\s+)?|the\s+|in\s+)?$", re.IGNORECASE)


@cache
def _accounts_re(language: str) -> re.Pattern:
    """Accounts of an event given on a day ("gave rival accounts on Wednesday of the fighting"):
    the day dates the telling, which is no event (events_<language>.toml account_nouns)."""
    nouns = alternation(event_words(language)["account_nouns"])
    return re.compile(rf"(?<![\w-])(?:gave|give|gives|giving|offered|published|issued)\s+(?:[\w’'-]+\s+){{0,3}}(?:{nouns})\s+(?:on|late\s+on|early\s+on|late|early)?\s*$", re.IGNORECASE)


CLEFT = re.compile(r"^\W*it\s+(?:is|was)\s+(?:on|in|during|at)\s+(?:the\s+(?:evening|morning|night|afternoon|dawn|night)\s+of\s+)?(?:this\s+|last\s+)?$", re.IGNORECASE)
LIST_ENTRY = re.compile(r"^\s*[-•*–]\s")
ATTRIBUTIVE = re.compile(r"\b(?:the|its|their|a|an|this|that)\s+$", re.IGNORECASE)
OPENING_DATE = re.compile(r"^\W*(?:(?:in|on|by|during|since|from)\s+)?$", re.IGNORECASE)
@cache
def _subordinate_re(language: str) -> re.Pattern:
    return re.compile(rf"^\W*(?:{alternation(event_words(language)['subordinate_openers'])})(?![\w-])", re.IGNORECASE)


def _subordinate(text: str, spans: list[tuple[int, int]], position: int, language: str) -> bool:
    """A trigger inside a comma-set phrase that opens with "with", "amid", "weeks after"…
    (``subordinate_openers``): a circumstance of the main clause, not what an opening date dates."""
    lo, hi = spans[clause_of(spans, position)]
    return _subordinate_re(language).match(text[lo:hi]) is not None


def date_for(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], language: str) -> list[tuple[int | None, str, Timex | None]]:
    """The dates of trigger ``k`` as (timex position, basis, timex); several for "coups in 2020
    and 2021". A saying gets only a date the sentence gives the saying; another event gets a
    free date of its clause, else the date of a saying it is told in (``reported``)."""
    start, end, event_type = triggers[k]
    # "ending the 2015 Algiers peace agreement": a year inside the trigger names its object
    spans = clauses(text, language, timexes)
    index = clause_of(spans, start)
    dated = [i for i, t in enumerate(timexes) if owner.get(i) != -1 and not (start < t.char_start < end and ATTRIBUTIVE.search(text[start : t.char_start]))
             and not UNTIL_PLANNED.search(text[max(0, t.char_start - 80) : t.char_start])]  # "would close until November 9": the end of a planned state
    if not dated:
        return [(None, "undated", None)]
    lo, hi = reach(text, spans, index, timexes, language)
    c_lo, c_hi = spans[index]  # a date of the trigger's own clause comes before one of a light neighbour
    if is_saying(event_type):
        own = [i for i in dated if owner.get(i) == k]
    else:
        own = [
            i for i in dated
            if owner.get(i) == k or _shared_adjacent(text, triggers, k, timexes[i], owner.get(i)) or (i not in owner and lo <= timexes[i].char_start and timexes[i].char_end <= hi and _nearest_event(text, triggers, timexes[i], spans, timexes, _dated_owners(text, triggers, timexes, owner, timexes[i]), language) == k)
        ]
        own = own or neighbouring_clause_date(text, spans, (lo, hi), triggers, k, timexes, [i for i in dated if i not in owner], language)
    if event_types()[event_type].acled_event_type in TALLIED:  # "killed at least 32 civilians since the start of the year": a tally, not a day
        own = [i for i in own if not timexes[i].text.casefold().startswith("since")]
    # "leaving a bloc they had belonged to since 1975": a state of another clause, begun then
    own = [i for i in own if not (timexes[i].text.casefold().startswith("since") and timexes[i].char_start >= end and STATE_SINCE.search(text[end : timexes[i].char_start]))]
    if referred(text, start, language):
        # "the government's handling of the rebellion": a known event, not dated by the clause
        # (but "the anniversary of their Alliance, founded on 16 September 2023" by its own date)
        own = [i for i in own if _adjacent(text, triggers[k], timexes[i])]
        if not own:
            return [(None, "undated", None)]
    elif claimed_object(text[:start], language):
        # "JNIM claimed the attack on its channel on Wednesday": the claim's day; "the attack of 12 May", "Sunday's attack" are the attack's
        own = [i for i in own if re.fullmatch(r"\s+of\s+", text[end : timexes[i].char_start]) or re.fullmatch(r"(?:['’]s)?\s+", text[timexes[i].char_end : start])
               or (timexes[i].char_start >= end and not names_weekday_only(timexes[i]) and not _medium(language).search(text[end : timexes[i].char_start]))]  # "claimed the ambush near Tongo Tongo last October"
        if not own:
            return [(None, "undated", None)]
    written_after = [i for i in own if timexes[i].char_start >= end and timexes[i].kind != "duration" and _adjacent(text, triggers[k], timexes[i])]
    if written_after and any(timexes[i].char_end <= start for i in own):
        own = written_after  # "On 31 December, Goita …, a rebuff to Algeria, which had recalled its ambassador in December": December
    if own:
        trigger_word = text[start:end].split()[-1]
        joined = [i for i in own if timexes[i].kind == "date"]
        if len(joined) > 1 and (trigger_word.endswith("s") and _conjoined(text, [timexes[i] for i in joined]) or _again(text, [timexes[i] for i in joined])):
            return [(i, "occurred", timexes[i]) for i in joined]  # "coups in 2020 and 2021"; "seized power in August 2020 and again in May 2021"
        days = [i for i in own if timexes[i].precision == "day" and timexes[i].start == timexes[i].end]
        spans = [timexes[i] for i in days]
        if len(days) > 1 and all(_days_joined(language).fullmatch(text[a.char_end : b.char_start]) for a, b in zip(spans, spans[1:])):
            first, last = min(timexes[i].start for i in days), max(timexes[i].end for i in days)
            if (last - first).days < 7:  # "fighting … on Thursday and Friday": one event over both days
                return [(days[0], "occurred", replace(timexes[days[0]], kind="range", start=first, end=last))]
        # the finest date the event is given, then the nearest: "Earlier this year, on March 17,
        # jihadists overran …" is March 17; "a 2015 deal was scrapped in January" is January
        nearest = min(own, key=lambda i: (_fineness(timexes[i]), owner.get(i) != k, not c_lo <= timexes[i].char_start < c_hi, min(abs(timexes[i].char_start - end), abs(start - timexes[i].char_end))))
        given = _in_toll(text[c_lo:start], language) and not _adjacent(text, triggers[k], timexes[nearest]) and not re.fullmatch(r"(?:['’]s)?\s+", text[timexes[nearest].char_end : start])  # "Sunday's attack", "the 28 April ambush"
        return [(nearest, "reported" if given else "occurred", since_start(timexes[nearest]))]
    if is_saying(event_type):
        return [(None, "undated", None)]
    # "… since 2012, when separatist groups launched a rebellion": a "when" clause is dated by
    # the date that closes the clause before it (the point a "since" range starts from).
    clause_text = text[spans[index][0] : spans[index][1]].strip().casefold()
    if index > 0 and re.match(r"(?:when|as)\b", clause_text):
        p_lo, p_hi = spans[index - 1]
        said = lambda i: owner.get(i, -1) >= 0 and is_saying(triggers[owner[i]][2])  # noqa: E731  a saying's day dates no when-clause
        closing = [i for i in dated if not said(i) and p_lo <= timexes[i].char_start and timexes[i].char_end <= p_hi and not text[timexes[i].char_end : p_hi].strip()]  # also "a deployment that began in January 2013, when Operation Serval halted …"
        inside = [i for i in dated if not said(i) and spans[index][0] <= timexes[i].char_start < spans[index][1]]
        if closing or inside:  # "…, when the convoy that left Ber this morning was attacked": the clause's own date
            chosen = (closing or inside)[-1]
            return [(chosen, "occurred", since_start(timexes[chosen]))]
    shared = [i for i in dated if _coordinated_with_opening(text, triggers, k, timexes[i], owner.get(i))]
    if shared:  # "Last Thursday, rockets fired at a boat and an assault on an army post killed …"
        return [(shared[0], "occurred", since_start(timexes[shared[0]]))]
    told = [i for i in dated if owner.get(i, -1) >= 0 and is_saying(triggers[owner[i]][2])]  # "X did Y, Z said on Sunday" too
    if told:
        return [(told[-1], "announced" if _intended(text, start, language) else "reported", timexes[told[-1]])]
    # "… said that on March 27, the market day, soldiers exchanged fire …": the sentence's one
    # free date dates the first event told after it.
    free = [i for i in dated if i not in owner]
    opens_told = len(free) == 1 and re.search(r"(?:^|\bthat\s+|[,;:]\s*)(?:on|in|at)?\s*$", text[: timexes[free[0]].char_start])
    if opens_told and timexes[free[0]].char_end <= start:
        t = timexes[free[0]]
        between = [trig for trig in triggers if t.char_end <= trig[0] < start and not is_saying(trig[2])]
        claimed = any(
            lo2 <= t.char_start and t.char_end <= hi2
            for j, trig in enumerate(triggers) if j != k and not is_saying(trig[2])
            for lo2, hi2 in [reach(text, spans, clause_of(spans, trig[0]), timexes, language)]
        )
        if not between and not claimed:
            return [(free[0], "occurred", t)]
    return [(None, "undated", None)]


STATE_SINCE = re.compile(r"(?<![\w-])(?:that|which|who|they|it|he|she|we)\s+(?:had|has|have)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)


@cache
def _referring(language: str) -> re.Pattern:
    nouns = alternation(event_words(language)["referring_nouns"]["words"])
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+of\s+(?:the|this|that|its|their)\s+$", re.IGNORECASE)


def referred(text: str, start: int, language: str) -> bool:
    """Whether the trigger at ``start`` names an event already known ("the handling of the rebellion")."""
    return _referring(language).search(text[max(0, start - 60) : start]) is not None


@cache
def _medium(language: str) -> re.Pattern:
    """Where a claim is made ("on its Telegram channel"): a date after it is the claim's."""
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words(language)['referring_nouns']['claim_media'])})(?![\w-])", re.IGNORECASE)


@cache
def _claimed_object(language: str) -> re.Pattern:
    verbs = alternation(event_words(language)["referring_nouns"]["referring_verbs"])
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?!that\s)(?:(?:the|this|its|their|last|[\w’'-]+['’]s)\s+)?(?:(?!the\s)[\w’'-]+\s+)?$", re.IGNORECASE)  # not "claimed that the ambush …": a saying


def claimed_object(before: str, language: str) -> bool:
    """Whether an event noun is the object of a claim ("JNIM claimed the attack"), from the text before it."""
    return _claimed_object(language).search(before[-60:]) is not None


@cache
def _toll_noun(language: str) -> re.Pattern:
    nouns = alternation(event_words(language)["toll_nouns"])
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:of|from|in)\s+(?:[\w,’'-]+\s+){{0,5}}$", re.IGNORECASE)


def _in_toll(before: str, language: str) -> bool:
    """A trigger inside a toll given ("a new toll of seven soldiers killed", "the death toll from
    an attack … rose to 31 on Wednesday"): a date not written with the trigger is the toll's."""
    return _toll_noun(language).search(before) is not None


@cache
def _days_joined(language: str) -> re.Pattern:
    """"on Thursday and Friday", "from Tuesday to Wednesday", "began on Tuesday and went on into
    Wednesday" (``continuation_verbs``)."""
    carried = alternation(event_words(language)["continuation_verbs"])
    return re.compile(rf"\s*,?\s*(?:and|to|through|until|-|–|and\s+(?:{carried})\s+(?:into|until|till|to|through))\s*(?:on\s+)?", re.IGNORECASE)


# "a local truce agreed in March", "the sanctions imposed by ECOWAS on 9 January": a participle
# (not one of saying: "an attack claimed on Monday" is the claim's day) between event and date
PARTICIPLE_THEN_DATE = re.compile(
    r"\s+(?!(?:claimed|reported|announced|denied|confirmed|condemned|described|recalled|mentioned|cited|blamed|attributed)\b)"
    r"(?:[a-z]+ed|signed|made|held|taken|done|begun|won|set|carried\s+out)\s+(?:by\s+(?:[\w’'-]+\s+){1,4})?"
    r"(?:(?:in|at|near)\s+[A-Z][\w’'-]+\s+)?(?:on|in|at|during)\s+",  # "signed in Bamako in May and June 2015"
)


def _adjacent(text: str, trigger: tuple[int, int, str], t: Timex) -> bool:
    """A date written right after a trigger ("a coup in March"), or a date the next words make a
    trigger's ("June 7, 2021, the day Goita was sworn in"; "on Thursday 7 September, on the day a
    passenger boat of the river company was targeted")."""
    start, end, _ = trigger
    if t.char_start >= end:
        between = text[end : t.char_start] + " "
        return bool(_reduced_relative(text, trigger, t) or re.fullmatch(r"\s+(?:on|in|at|during|by)?\s*", between) or PARTICIPLE_THEN_DATE.fullmatch(between)
                    or re.fullmatch(r"\s+by\s+(?:a\s+|an\s+|the\s+)?(?:decree|vote|order|ruling|law|presidential decree)\s+(?:on|in|of)\s+", between))  # "suspended by decree on 10 April"
    return t.char_end <= start and bool(
        re.fullmatch(r",?\s*(?:on\s+)?the\s+(?:day|date|night|week|month|year)\s+(?!after\b|before\b)(?:that\s+|when\s+|on\s+which\s+)?(?:[\w’'()-]+\s+){0,12}", text[t.char_end : start])
    )


# "A nurse kidnapped by armed men in northern Mali last November has been freed": a date closing
# a participle phrase that stands before the sentence's verb is the participle's.
REDUCED_RELATIVE_GAP = re.compile(r"\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?(?:(?:in|near|at|from|outside)\s+(?:[\w’'-]+\s+){1,3}?)?")
MAIN_VERB_NEXT = re.compile(r"\s+(?:has|have|had|was|were|is|are)\s+(?:been|now|since|finally)\b")


def _reduced_relative(text: str, trigger: tuple[int, int, str], t: Timex) -> bool:
    start, end, _ = trigger
    if not re.fullmatch(r"[\w’'-]+(?:ed|en)", text[start:end]) or re.search(r"(?:has|have|had|was|were|is|are|been|being)\s+$", text[max(0, start - 12) : start]):
        return False
    return bool(REDUCED_RELATIVE_GAP.fullmatch(text[end : t.char_start] + " ") and MAIN_VERB_NEXT.match(text, t.char_end))


COORDINATED_SUBJECT = re.compile(r"(?:[^.;:,]|,(?=\s+and\s)){0,80}?\s(?:and|as\s+well\s+as)\s+(?:an?|the|another)\s+(?:[\w’'-]+\s+){0,5}", re.IGNORECASE)


def _coordinated_with_opening(text: str, triggers: list[tuple[int, int, str]], k: int, t: Timex, owner: int | None) -> bool:
    """An event noun joined by "and" to the event an opening date dates ("Last Thursday, rockets
    fired at a boat and an assault on an army post killed 49") happened that day too."""
    if owner is None or owner < 0 or owner >= k or is_saying(triggers[owner][2]) or t.char_end > triggers[owner][0]:
        return False
    return COORDINATED_SUBJECT.fullmatch(text[triggers[owner][1] : triggers[k][0]]) is not None


def _shared_adjacent(text: str, triggers: list[tuple[int, int, str]], k: int, t: Timex, owner: int | None) -> bool:
    """"attacked on Thursday 7 September, on the day a boat was targeted": the date written right
    after one event and before "the day" of another dates both."""
    return owner is not None and owner >= 0 and owner != k and not is_saying(triggers[owner][2]) and _adjacent(text, triggers[k], t) and _adjacent(text, triggers[owner], t)


def _dated_owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], owner: dict[int, int], t: Timex) -> set[int]:
    """Events a date already belongs to (written right after them, or opening their sentence):
    a free date of their clause goes to another ("On 13 February, the army launched an operation
    and, on 14 February, announced it had taken control": the 14th is the taking's; but "Earlier
    this year, on March 17, jihadists overran …" gives the overrunning both dates before it)."""
    opened = {k for k in owner.values() if k >= 0 and not is_saying(triggers[k][2]) and triggers[k][1] <= t.char_start}
    return _adjacent_owners(text, triggers, timexes) | opened


def _adjacent_owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex]) -> set[int]:
    return {k for k, trigger in enumerate(triggers) for t in timexes if t.kind != "duration" and _adjacent(text, trigger, t)}


def _fineness(t: Timex) -> int:
    """Rank of a date's precision, finest first (a day, then a week, a month, a year)."""
    rank = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}.get(t.precision or "", 5)
    days = (t.end - t.start).days if t.start and t.end and rank == 0 else 0  # "on Thursday" before "between July 25 and 27"
    return rank * 10**7 + days


def _nearest_event(text: str, triggers: list[tuple[int, int, str]], t: Timex, spans: list[tuple[int, int]], timexes: list[Timex], owned: set[int], language: str) -> int | None:
    """The event trigger (not a saying, not one with a date of its own) nearest a free date among
    those whose clause reaches it: in "discussed the attack on the army in late July", late July
    is the attack's."""
    options = []
    types = event_types()
    for k, (start, end, event_type) in enumerate(triggers):
        if is_saying(event_type) or k in owned or referred(text, start, language):
            continue  # not "the handling of the rebellion": a known event, no date of the clause
        lo, hi = reach(text, spans, clause_of(spans, start), timexes, language)
        fence = _fence(language).search(text, end, t.char_start) if t.char_start >= end else None
        if fence and not re.match(r"\s+(?:the\s+ones?|that|those)\s+(?:of|on|in)\b", text[fence.end() :], re.IGNORECASE):
            continue  # but "comes after the one of 22 April" names another of its kind  # "the fighters who took Diabaly … after French strikes on their bases at the weekend": the strikes' date
        if t.char_end <= start and _clause_dated_apart(spans, clause_of(spans, start), t, timexes):
            continue  # "stormed the base …, on June 1, and struck Timbuktu the next day": struck has its day
        if lo <= t.char_start and t.char_end <= hi:
            # "a drone strike on the outskirts of the town on Sunday had killed eight": the
            # strike's date, not the killing's (casualties only support an event); "toppled
            # Keita in August 2020 after mass protests": a date does not reach into the phrase
            # "after …" that comes after it
            fenced = t.char_end <= start and _fence(language).search(text, t.char_end, start) is not None
            # "began withdrawing from Aguelhok on Monday and is expected to leave Kidal": a verb
            # coordinated after the date has a clause of its own
            coordinated = t.char_end <= start and (COORDINATED.search(text, t.char_end, start) is not None or re.search(r"\bto\s+$", text[t.char_end : start]) is not None)
            options.append((fenced, coordinated, types[event_type].supports_only, min(abs(t.char_start - end), abs(start - t.char_end)), k))
    return min(options)[-1] if options else None


TALLIED = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])  # violence counted "since" a date
COORDINATED = re.compile(r"\s(?:and|but)\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:\w+\s+){0,2}?(?:expected|due|set|scheduled|then|later|also|to)\b", re.IGNORECASE)


def _clause_dated_apart(spans: list[tuple[int, int]], index: int, t: Timex, timexes: list[Timex]) -> bool:
    """Whether clause ``index`` gives a date of its own, other than ``t`` and outside it."""
    lo, hi = spans[index]
    return not lo <= t.char_start < hi and any(o is not t and o.kind != "duration" and lo <= o.char_start < hi for o in timexes)


@cache
def _fence(language: str) -> re.Pattern:
    """Prepositions that open a phrase of its own after a date ("after", "amid", "following")."""
    times = "|".join(map(phrase_pattern, event_words(language)["times_of_day"]))  # "shortly after dawn on Tuesday" fences nothing
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(phrase_pattern, event_words(language)['date_fences']))})(?![\w-])(?!\s+(?:{times})\b)", re.IGNORECASE)


def _intended(text: str, start: int, language: str) -> bool:
    """"said on Thursday it would bring them home", "said it was leaving Mali": a decision or a
    step under way told in a saying, which the saying's day dates (unlike a battle told in one)."""
    before, after = text[max(0, start - 40) : start], text[start:]
    if re.match(r"(?:is|was|are|were)\s+\w+ing\b", after, re.IGNORECASE):
        return True
    if re.match(r"\w+ing\b", after, re.IGNORECASE) and re.search(r"\b(?:is|was|are|were)\s+$", before, re.IGNORECASE):
        return True
    return _modal_before("intention_words", language, 2).search(before) is not None


def unrealised(text: str, start: int, language: str) -> bool:
    """A trigger in a plan or a schedule ("was due to step down", "will hold elections"): told
    as something that has not (yet) happened."""
    return _modal_before("unrealised_words", language, 0).search(text[max(0, start - 40) : start]) is not None


@cache
def _modal_before(key: str, language: str, gap_words: int) -> re.Pattern:
    """A word of ``events_<language>.toml``'s ``key`` list right before a trigger, ``gap_words``
    words apart at most (adverbs such as "formally" do not count)."""
    words = "|".join(map(phrase_pattern, event_words(language)[key]))
    adverbs = alternation(event_words(language)["modal_adverbs"])
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:{adverbs})\s+)?(?:[\w’'-]+\s+){{0,{gap_words}}}$", re.IGNORECASE)


def since_start(t: Timex) -> Timex:
    """An event dated "since December 2021" began then: the period the range starts from."""
    if t.kind == "range" and t.text.casefold().startswith("since") and t.start is not None:
        # "since the beginning of December", "since early October": the month, not its first day
        precision = "month" if t.approximate and t.precision == "day" else t.precision
        first, last = period(t.start, precision)
        t = replace(t, precision=precision)
        return replace(t, kind="date", start=first, end=last)
    return t


def is_dateline(text: str, t: Timex) -> bool:
    """"BAMAKO, Nov 21 - …", "Bamako, 16 November 2023 – …": the date of the report, not of an
    event. A date that opens the line ("1 April - GATIA fighters clashed …", a brief's list of
    incidents) dates what follows it."""
    opens_line = not text[: t.char_start].strip(" \t\n•*-–—")
    after = text[t.char_end :]  # "BAMAKO, Nov 21 - …", or "Bamako, 2 October (AMAP) The General Staff …"
    return t.char_start < 40 and not opens_line and bool(re.match(r"\s*\)?\s*[-–—]\s", after) or re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)\s", after))


def _again(text: str, timexes: list[Timex]) -> bool:
    """The same act told twice: "seized power in August 2020 and again in May 2021"."""
    return all(re.fullmatch(r"\s*,?\s*and\s+(?:then\s+)?again\s+(?:in|on)\s+", text[a.char_end : b.char_start]) for a, b in zip(timexes, timexes[1:]))


def _conjoined(text: str, timexes: list[Timex]) -> bool:
    """Dates listed together ("in 2020 and 2021", "2012, 2015 and 2020")."""
    return all(re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*(?:in\s+)?", text[a.char_end : b.char_start]) for a, b in zip(timexes, timexes[1:]))
