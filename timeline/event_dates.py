"""Which date a trigger takes: the date it owns (timeline/date_owners.py), or what a free date
of its clause gives (rules in docs/events.md; the clauses themselves: timeline/sentence_clauses.py).

Why: "said on Saturday that fighting broke out on Thursday" dates the fighting Thursday and the
saying Saturday; a battle must never take the date of the statement about it, and a byline or a
dateline dates nothing. All of it is a pure function of one sentence's text, triggers and dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.clause_dates import another_predicate, fronted_in_complement, instance_dates, opens_own_clause, relative_of_dated, neighbouring_clause_date, where_clause
from timeline.chronology_entries import entry_date
from timeline.date_parts import moved_date
from timeline.joined_dates import ATTRIBUTIVE_NOUN
from timeline.dated_together import PLURAL_TRIGGER, across_conjunction, adjacent, claim_dated_before, conjoined, days_apart, lone_date_after, headed_by_year, object_participle_date, set_off_before_object, told_again
from timeline.dates import Timex, lexicon, names_weekday_only
from timeline.event_lexicon import event_types, event_words, is_saying, reporting_re
from timeline.finer_days import finer_day
from timeline.frame_dates import date_before_during, during_dated_frame
from timeline.free_dates import accused_of_event, dated_owners, fineness, nearest_event
from timeline.regex_gate import alternation
from timeline.sentence_clauses import clause_of, clauses, told_opening, trigger_clause, trigger_reach
from timeline.shared_dates import coordinated_predicate, coordinated_with_opening, shared_adjacent
from timeline.since_dates import since_start
from timeline.staged_acts import in_stages, opens_stages
from timeline.subject_dates import coordinated_under_opening, coordination, dated_subject, instrument_of, sitting_subject, subject_of_predicate
from timeline.trigger_context import VIOLENT, claim_medium, claimed_object, in_toll, intended, possessed_by_date, referred
from timeline.when_clauses import dated_when_clause, main_before_when


UNTIL_PLANNED = re.compile(r"(?<![\w-])(?:(?:would|will|shall|must)\s[^.;]*?(?<![\w-])|(?:runs|run|lasts|remains|remain|valid|in\s+force)\s+|(?:extended|extends|extend|extending|renewed|renews|renew|renewing|prolonged|prolongs|prolong|prolonging)\s[^.;]{0,80}?(?<![\w-]))(?:until|till|pending)\s+$", re.IGNORECASE)  # also "extended the mandate of MINUSMA until 30 June 2015": the new end, not the extension's day  # not "fighting continued until Tuesday"; "a transition that runs until 29 July" is a state's end
ATTRIBUTIVE = re.compile(r"\b(?:the|its|their|a|an|this|that)\s+$", re.IGNORECASE)


def date_for(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], language: str) -> list[tuple[int | None, str, Timex | None]]:
    """The dates of trigger ``k`` as (timex position, basis, timex); several for "coups in 2020
    and 2021". A saying gets only a date the sentence gives the saying; another event gets a
    free date of its clause, else the date of a saying it is told in (``reported``), else the
    opening date of the sentence it is coordinated under."""
    found = _date_for(text, triggers, k, timexes, owner, language)
    if found[0][0] is None and (j := coordinated_under_opening(text, triggers, k, timexes, language)) is not None:
        earlier = _date_for(text, triggers, j, timexes, owner, language)
        if earlier[0][0] == 0:
            return earlier[:1]
    if (i := relative_of_dated(text, triggers, k, timexes, owner)) is not None:
        return [(i, "occurred", timexes[i])]  # "an attack … on 19 July that killed 17 soldiers": the attack's day
    if found[0][0] is None and (i := date_before_during(text, triggers[k], timexes, language)) is not None:
        return [(i, "occurred", timexes[i])]  # "were killed on Sept. 4 during clashes near Koumbri": the clashes' day
    if found[0][1] in ("undated", "reported") and len(found) == 1 and (i := during_dated_frame(text, triggers, k, timexes, language)) is not None:
        return [(i, "occurred", timexes[i])]  # "had been abducted by armed men during Tuesday's attacks": the attacks' day
    if len(found) == 1 and found[0][1] != "reported" and (i := _relative_timing(text, triggers, k, timexes, language)) is not None:
        return [(i, "occurred", timexes[i])]  # "followed the campaign, which ran from 7 to 27 July": its own relative clause times it, not the clause before
    listed = instance_dates(text, triggers, k, timexes, owner, language) if not is_saying(triggers[k][2]) else []
    if listed and (found[0][0] is None or len(listed) > 1):
        return [(i, "occurred", timexes[i]) for i in listed]  # also "attacks …, including Koulogon on 1 January 2019, Ogossagou on 23 March 2019 and …": each day listed
    if found[0][0] is None and (j := subject_of_predicate(text, triggers, k, timexes, language)) is not None:
        caused = _date_for(text, triggers, j, timexes, owner, language)
        if caused[0][0] is not None and caused[0][1] == "occurred":
            return caused[:1]
    if (found[0][0] is None or _deadline(text, found[0][2])) and (j := instrument_of(text, triggers, k, language)) is not None:
        adopted = _date_for(text, triggers, j, timexes, owner, language)
        if adopted[0][0] is not None and adopted[0][1] == "occurred":
            return adopted[:1]  # "resolution 2164 (2014), adopted on 25 June 2014, by which they extended the mandate": the act is the adoption's, not a deadline it sets
    if found[0][0] is None and (i := dated_subject(text, triggers, k, timexes, language)) is not None:
        return [(i, "occurred", timexes[i])]  # "The French intervention of January 2013 pushed the jihadists out of the towns": what it did, then
    if found[0][0] is None and (i := sitting_subject(text, triggers, k, timexes, language)) is not None:
        return [(i, "occurred", timexes[i])]  # "The Council of Ministers, meeting … this Thursday, appointed …"
    if found[0][0] is None and (i := entry_date(text, triggers, k, timexes, owner, language)) is not None:
        return [(i, "occurred", timexes[i])]  # "18 August 2020 - Mutiny at Kati; Keita arrested, resigns around midnight"
    if len(found) == 1 and found[0][1] == "occurred" and found[0][0] is not None and (i := finer_day(text, triggers, k, timexes, owner, found[0][0], language)) is not None:
        return [(i, "occurred", timexes[i])]  # "Earlier this month, militants attacked a boat … on the same day, Sept. 7"
    if len(found) == 1 and found[0][2] is not None and found[0][2].char_end <= triggers[k][0] and (i := _apposed_date(text, triggers, k, timexes, owner)) is not None:
        return [(i, "occurred", timexes[i])]  # "handed over the camps of Gossi, on 19 April 2022, Ménaka, on 13 June 2022, …": Ménaka's own day
    return found


DIRECTION_ASIDE = re.compile(r"\s*(?:(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of|near)\s+(?-i:[A-Z])[\w’'-]+\s*", re.IGNORECASE)  # ", north of Kaya,"
PLACE_TAIL = re.compile(r"\s+(?:at|in|near)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*")  # "on Aug. 24 at Barsalogho, … where …": the where-clause's place


DEADLINE_BEFORE = re.compile(r"(?<![\w-])(?:until|by|before)\s+$", re.IGNORECASE)


def _deadline(text: str, timex: Timex | None) -> bool:
    """A date an act sets as a deadline ("gave the mission until 31 December to leave"), not its own."""
    return timex is not None and DEADLINE_BEFORE.search(text, max(0, timex.char_start - 10), timex.char_start) is not None


OCCUPYING = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:occupied|occupy|occupies|occupying)", re.IGNORECASE)  # a hold that began on its "since" day
APPOSED_BEFORE = re.compile(r",\s+(?:on|in)\s+")
APPOSED_AFTER = re.compile(r"\s*(?:,|and\b|[.;]|$)")


def _apposed_date(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int]) -> int | None:
    """A date set off right after a trigger (", on 13 June 2022,") that no other trigger owns:
    the trigger's own, over one told before it."""
    end = triggers[k][1]
    for i, t in enumerate(timexes):
        if t.char_start >= end and t.kind != "duration" and owner.get(i, k) == k and APPOSED_BEFORE.fullmatch(text, end, t.char_start) and APPOSED_AFTER.match(text, t.char_end):
            return i
    return None


YEAR_RANGE = re.compile(r"\d{4}\s*[-–/]\s*\d{2,4}")
DURING_THE = re.compile(r"(?<![\w-])(?:during|in|throughout|over|across|within|amid)\s+(?:the|its|their|a|an|this|that)\s+$", re.IGNORECASE)


def _names_a_period_thing(text: str, t: Timex, triggers: list[tuple[int, int, str]]) -> bool:
    """A span of years used as an adjective ("the 2024-2025 agricultural campaign", "its 2015-2020
    plan") names that thing's period; it dates no event of the clause (unless it heads a trigger)."""
    return (
        t.precision == "year" and YEAR_RANGE.fullmatch(t.text) is not None and ATTRIBUTIVE.search(text, max(0, t.char_start - 8), t.char_start) is not None
        and not DURING_THE.search(text, max(0, t.char_start - 25), t.char_start)  # "killed during the 2012-2013 crisis": the killing's years
        and ATTRIBUTIVE_NOUN.match(text, t.char_end) is not None and not any(t.char_end < s <= t.char_end + 30 for s, _, _ in triggers)
    )


AFTER_THE = re.compile(r"(?<![\w-])(?:after|following)\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
CONTRAST_BETWEEN = re.compile(r",\s*but\s|;", re.IGNORECASE)  # a contrast ends what a saying tells
RELATIVE_SAYING = re.compile(r",\s*(?:which|who)\b[^,;:]*$", re.IGNORECASE)  # a saying inside a relative clause tells nothing of what came before the noun it describes
AGAIN = re.compile(r"(?<![\w-])again(?![\w-])", re.IGNORECASE)
COUNTED_SUBJECT = re.compile(r"(?<![\w-])(?:two|three|four|five|both)\s+[\w’'-]+s\s+$", re.IGNORECASE)  # "Two coups followed, in August 2020 and May 2021"


@cache
def _relative_timing_re(language: str) -> re.Pattern:
    verbs = alternation(event_words(language)["relative_timing_verbs"])
    return re.compile(rf"\s*,?\s*(?:which|that)\s+(?:had\s+|has\s+)?(?:{verbs})(?![\w-])", re.IGNORECASE)


def _relative_timing(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], language: str) -> int | None:
    """"JNIM carried out the attack, which began shortly before dawn on Tuesday": the date of a
    relative clause that only times the event right before it (no event of its own)."""
    if is_saying(triggers[k][2]):
        return None
    spans = clauses(text, language, timexes)
    hi = spans[clause_of(spans, triggers[k][1] - 1)][1]
    if text[triggers[k][1] : hi].strip(" ,"):
        return None  # the relative must follow the event's noun
    nxt = next((i for i, span in enumerate(spans) if span[0] >= hi), None)
    if nxt is None or not _relative_timing_re(language).match(text, hi):
        return None
    s, e = spans[nxt]
    if any(s <= t[0] < e for t in triggers):
        return None
    first = next((i for i, t in enumerate(timexes) if s <= t.char_start and t.char_end <= e and t.kind != "duration"), None)
    if first is not None and _relative_blockers(language).search(text[s : timexes[first].char_start] + " " + text[timexes[first].char_end : e]):
        return None  # "the attack, which began two days after the vote on 5 June": the date anchors something else
    return first


@cache
def _relative_blockers(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words(language)['relative_timing_blockers'])})(?![\w-])(?!\s+dawn)", re.IGNORECASE)


def _another_complement(text: str, trigger: tuple[int, int], t: Timex, language: str) -> bool:
    """"said the fighting lasted until the afternoon and that shops stayed shut on Wednesday": a
    date in another "that" clause of the saying dates what that clause tells, not the trigger."""
    between = text[trigger[1] : t.char_start] if t.char_start >= trigger[1] else text[t.char_end : trigger[0]]
    return coordination(language)["complement"].search(between) is not None


def _date_for(text: str, triggers: list[tuple[int, int, str]], k: int, timexes: list[Timex], owner: dict[int, int], language: str) -> list[tuple[int | None, str, Timex | None]]:
    start, end, event_type = triggers[k]
    # "ending the 2015 Algiers peace agreement": a year inside the trigger names its object
    if SINCE_THE.search(text, max(0, start - 12), start) and not any(t.char_start >= end and not re.search(r"[,;:.]", text[end : t.char_start]) for t in timexes):
        return [(None, "undated", None)]  # "the women they had held since the attack": a known event, not the clause's day
    spans = clauses(text, language, timexes)
    index = trigger_clause(spans, triggers[k])
    names_object = event_types()[event_type].merge_group not in event_words(language)["object_is_event"]  # "won an August 12 run-off": the run-off's day
    dated = [i for i, t in enumerate(timexes) if owner.get(i) != -1 and not (names_object and start < t.char_start < end and (ATTRIBUTIVE.search(text[start : t.char_start]) or (t.precision == "year" and t.char_end < end and re.search(r"\bof\s+$", text[start : t.char_start]))))
             and not UNTIL_PLANNED.search(text[max(0, t.char_start - 80) : t.char_start])  # "would close until November 9": the end of a planned state
             and not (t.char_start >= end and _planned_date(text, (start, end), t, language))  # "delay the election planned for February 2024": the plan's date, not the delay's
             and not object_participle_date(text, (start, end), t, timexes)  # "ends … a deal signed in Algiers in 2015": the deal's year
             and not _names_a_period_thing(text, t, triggers)  # "for the 2024-2025 agricultural campaign": the campaign's years
             and not (t.char_start >= end and accused_of_event(text, triggers, end, t))  # "a report accusing troops of killing 500 people in March 2022": the killing's
             and not (names_object and t.precision == "year" and re.match(r"[a-z]+ed\s", text[start:end]) and OBJECT_OF_YEAR.fullmatch(text, end, t.char_start))]  # "repealed the charter of 2005": the charter's year
    if not dated:
        return [(None, "undated", None)]
    lo, hi = trigger_reach(text, spans, triggers[k], timexes, language)
    c_lo, c_hi = spans[clause_of(spans, start)][0], spans[index][1]  # a date of the trigger's own clause comes before one of a light neighbour
    if is_saying(event_type):
        own = [i for i in dated if owner.get(i) == k]
    else:
        own = [
            i for i in dated
            if owner.get(i) == k or shared_adjacent(text, triggers, k, timexes[i], owner.get(i)) or (i not in owner and lo <= timexes[i].char_start and timexes[i].char_end <= hi and nearest_event(text, triggers, timexes[i], spans, timexes, dated_owners(text, triggers, timexes, owner, timexes[i]), language) == k)
        ]
        own = [i for i in own if i in owner or not _another_complement(text, (start, end), timexes[i], language)]
        moved_from = [i for i in own if moved_date(lexicon(language).moved_date_verbs).search(text[max(0, timexes[i].char_start - 40) : timexes[i].char_start])]
        own = [i for i in own if i not in moved_from] or own  # "slipped from 19 March to 18 June": the new date
        own = own or neighbouring_clause_date(text, spans, (lo, hi), triggers, k, timexes, [i for i in dated if i not in owner], language)
        own = own or fronted_in_complement(text, spans, lo, triggers, k, timexes)
        own = own or [i for i in dated if i not in owner and timexes[i].char_end <= start and BEGAN_WITH.fullmatch(text, timexes[i].char_end, start) and CRISIS_BEGAN.search(text, max(0, timexes[i].char_start - 40), timexes[i].char_start)]  # "this crisis began in January 2012, with the massacre of our soldiers at Aguelhok"
    if event_types()[event_type].acled_event_type in VIOLENT and not OCCUPYING.fullmatch(text, start, end):  # "killed at least 32 civilians since the start of the year": a tally, not a day
        own = [i for i in own if not timexes[i].text.casefold().startswith("since")]  # (but "has occupied Anefis since 17 August 2015" took it then)
    # "leaving a bloc they had belonged to since 1975": a state of another clause, begun then
    own = [i for i in own if not (timexes[i].text.casefold().startswith("since") and timexes[i].char_start >= end and STATE_SINCE.search(text[end : timexes[i].char_start]))]
    if referred(text, start, language):
        # "the government's handling of the rebellion": a known event, not dated by the clause
        # (but "the anniversary of their Alliance, founded on 16 September 2023" by its own date)
        kept = [i for i in own if adjacent(text, triggers[k], timexes[i])] or [i for i in dated if i not in owner and timexes[i].char_start >= end and re.fullmatch(r"\s+of\s+", text[end : timexes[i].char_start])]  # "since the coup of August 2020"
        kept = kept or [i for i in dated if i not in owner and timexes[i].char_end <= start and possessed_by_date(language).fullmatch(text, timexes[i].char_end, start)]  # "the leaders of last month's coup"
        kept = kept or [i for i in dated if i not in owner and timexes[i].char_start >= end and REFERRED_PHRASE_DATE.fullmatch(text, end, timexes[i].char_start)]  # "the victims of the attack on a passenger boat near Timbuktu on September 7, 2023"
        own = kept + [i for i in dated if kept and i > kept[-1] and i not in owner and conjoined(text, [timexes[j] for j in range(kept[-1], i + 1)])]  # "since the coups of 2020 and 2021"
        if not own:
            return [(None, "undated", None)]
    elif claimed_object(text[:start], language, text[end:], text[start:end]):
        # "JNIM claimed the attack on its channel on Wednesday": the claim's day; "the attack of 12 May", "Sunday's attack" are the attack's
        own = own or [i for i in dated if timexes[i].char_start >= end and PARTICIPLE_BY.fullmatch(text, end, timexes[i].char_start)]  # "denounced the sanctions imposed by ECOWAS on 9 January"
        own = [i for i in own if re.fullmatch(r"\s+of\s+", text[end : timexes[i].char_start]) or set_off_before_object(text, end, timexes[i]) or re.fullmatch(r"(?:['’]s)?\s+", text[timexes[i].char_end : start]) or PARTICIPLE_DATE.fullmatch(text, end, timexes[i].char_start)
               or (timexes[i].char_start >= end and not names_weekday_only(timexes[i]) and not claim_medium(language).search(text[end : timexes[i].char_start])
                   and not SAME_DAY.match(timexes[i].text))
               or claim_dated_before(text, (start, end), timexes, i)]  # "claimed the ambush near Tongo Tongo last October", not "claimed the attack earlier that day"
        if not own:
            return [(None, "undated", None)]
    own = [i for i in own if headed_by_year(text, triggers, timexes[i]) == k] or own  # "ended the 2015 peace deal in January": the deal is 2015
    written_after = [i for i in own if timexes[i].char_start >= end and timexes[i].kind != "duration" and adjacent(text, triggers[k], timexes[i])]
    if written_after and any(timexes[i].char_end <= start for i in own):
        own = written_after  # "On 31 December, Goita …, a rebuff to Algeria, which had recalled its ambassador in December": December
    opener = AFTER_THE.search(text, max(0, start - 40), start)
    if opener and any(timexes[i].char_start >= end for i in own):
        own = [i for i in own if timexes[i].char_start >= opener.start()]  # "is in mourning this morning after the attack on the army camp at Inates, …, on Tuesday": Tuesday
    governing = [i for i in own if timexes[i].char_end <= start and COMPLEMENT_THAT.search(text, timexes[i].char_end, start)]
    if governing and any(timexes[i].char_start >= end for i in own):
        own = [i for i in own if i not in governing]  # "channels wrote at the weekend that an escort was ambushed near Kolokani, …, on the night of 13 to 14 November": the night
    if own:
        joined = [i for i in own if timexes[i].kind == "date"]
        several = PLURAL_TRIGGER.search(text, start, end) or AGAIN.search(text, start, timexes[joined[-1]].char_start if joined else start) or COUNTED_SUBJECT.search(text, max(0, start - 30), start)
        if several and joined:  # "took power again in August 2020 and May 2021": the date conjoined after is this event's too
            joined += [i for i in range(max(joined) + 1, len(timexes)) if i not in owner and i in dated and timexes[i].kind == "date" and conjoined(text, [timexes[j] for j in range(max(joined), i + 1)]) and not opens_own_clause(text, triggers, timexes[i])]
        if len(joined) > 1 and (several and conjoined(text, [timexes[i] for i in joined]) or told_again(text, [timexes[i] for i in joined])):
            return [(i, "occurred", timexes[i]) for i in joined]  # "coups in 2020 and 2021"; "seized power in August 2020 and again in May 2021"; "took power again in August 2020 and May 2021"; "Two coups followed, in …"
        if len(staged := _stages(text, end, own, dated, owner, timexes)) > 1:
            return [(i, "occurred", timexes[i]) for i in staged]  # "signed in two stages, on 15 May and 20 June"
        days = [i for i in own if timexes[i].precision == "day" and timexes[i].start == timexes[i].end]
        spans = [timexes[i] for i in days]
        if len(days) > 1 and all(_days_joined(language).fullmatch(text[a.char_end : b.char_start]) for a, b in zip(spans, spans[1:])):
            first, last = min(timexes[i].start for i in days), max(timexes[i].end for i in days)
            if (last - first).days < 7:  # "fighting … on Thursday and Friday": one event over both days; "dropped food on Tuesday and last Friday": two drops
                return [(i, "occurred", timexes[i]) for i in days] if days_apart(text, spans) else [(days[0], "occurred", replace(timexes[days[0]], kind="range", start=first, end=last))]
        own = [i for i in own if not another_predicate(text, (start, end), timexes[i]) or not any(j != i and timexes[j].char_start >= end and not another_predicate(text, (start, end), timexes[j]) for j in own)] or own  # "imposed sanctions on Mali in January and lifted them on July 3": the other verb's date is no finer one
        # the finest date the event is given, then the nearest: "Earlier this year, on March 17,
        # jihadists overran …" is March 17; "a 2015 deal was scrapped in January" is January
        nearest = min(own, key=lambda i: (fineness(timexes[i]), owner.get(i) != k, not c_lo <= timexes[i].char_start < c_hi, across_conjunction(text, (start, end), timexes[i]), min(abs(timexes[i].char_start - end), abs(start - timexes[i].char_end))))
        given = in_toll(text[c_lo:start], language) and not adjacent(text, triggers[k], timexes[nearest]) and not re.fullmatch(r"(?:['’]s)?\s+", text[timexes[nearest].char_end : start])  # "Sunday's attack", "the 28 April ambush"
        return [(nearest, "reported" if given else "occurred", since_start(timexes[nearest]))]
    if is_saying(event_type):
        return [(None, "undated", None)]
    # "… since 2012, when separatist groups launched a rebellion": a "when" clause is dated by
    # the date that closes the clause before it (the point a "since" range starts from); so is an
    # "in which" clause ("the address of Saturday evening, in which the President announced …").
    clause_text = text[spans[index][0] : spans[index][1]].strip().casefold()
    opener = index if re.match(r"(?:when|as|during which|in the course of which|in which)\b", clause_text) else where_clause(text, spans, index, language)
    if opener > 0:
        before = opener - 1 if opener < 2 or not DIRECTION_ASIDE.fullmatch(text, *spans[opener - 1]) else opener - 2  # "…, north of Kaya, where …": the clause before the aside
        p_lo, p_hi = spans[before]
        said = lambda i: owner.get(i, -1) >= 0 and is_saying(triggers[owner[i]][2])  # noqa: E731  a saying's day dates no when-clause
        closing = [i for i in dated if not said(i) and p_lo <= timexes[i].char_start and timexes[i].char_end <= p_hi and (not text[timexes[i].char_end : p_hi].strip() or opener == index and PLACE_TAIL.fullmatch(text, timexes[i].char_end, p_hi))]  # also "a deployment that began in January 2013, when Operation Serval halted …"
        inside = [i for i in dated if not said(i) and spans[index][0] <= timexes[i].char_start < spans[index][1]] if opener == index else []  # a "where" clause takes only the date that closes the clause before
        if closing or inside:  # "…, when the convoy that left Ber this morning was attacked": the clause's own date
            chosen = (closing or inside)[-1]
            return [(chosen, "occurred", since_start(timexes[chosen]))]
    when = dated_when_clause(text, triggers, k, timexes, dated, owner)
    when = when if when is not None else main_before_when(text, triggers, k, timexes, dated, owner)
    if when is not None:  # "Three Indians were abducted when gunmen stormed a cement factory on Tuesday": the when-clause's day
        return [(when, "occurred", since_start(timexes[when]))]
    shared = [i for i in dated if coordinated_with_opening(text, triggers, k, timexes[i], owner.get(i)) or coordinated_predicate(text, triggers, k, timexes[i], owner.get(i))]
    if shared:  # "Last Thursday, rockets fired at a boat and an assault on an army post killed …"; "dissolved a militia on Sunday and replaced its commanders"
        return [(shared[0], "occurred", since_start(timexes[shared[0]]))]
    told = [i for i in dated if owner.get(i, -1) >= 0 and is_saying(triggers[owner[i]][2])  # "X did Y, Z said on Sunday" too
            and not (triggers[owner[i]][1] <= start and CONTRAST_BETWEEN.search(text, triggers[owner[i]][1], start))  # not "said on Monday …, but declined to comment on the group's announcement that it was leaving"
            and not (triggers[owner[i]][0] >= end and RELATIVE_SAYING.search(text[end : triggers[owner[i]][0]]))]  # not "The arrests have drawn criticism from the UN office, which on Friday urged …"
    fate_day = [i for i in told if timexes[i].char_end <= start and TOLD_FATE.search(text, triggers[owner[i]][1], timexes[i].char_start) and re.match(r"\s*,?\s*when\s", text[timexes[i].char_end : start])]
    if fate_day:  # "said two peacekeepers were wounded on Sunday when a vehicle … hit a roadside bomb": the wounding's day
        return [(fate_day[-1], "occurred", timexes[fate_day[-1]])]
    if told:
        governing = [i for i in told if triggers[owner[i]][1] <= start and not any(triggers[owner[i]][1] <= trig[0] < start and is_saying(trig[2]) for trig in triggers)]
        pick = governing[-1] if governing else told[-1]  # "announced its exit from Mali in June, wrote on Wednesday that …": the announcement's June
        basis = "occurred" if _reported_as_it_happened(text, (start, end), triggers[owner[pick]]) else "reported"
        return [(pick, "announced" if intended(text, start, language, event_type) else basis, timexes[pick])]
    # "… said that on March 27, the market day, soldiers exchanged fire …": the sentence's one
    # free date dates the first event told after it.
    free = [i for i in dated if i not in owner]
    colon = max(text.rfind(":", 0, start), text.rfind(";", 0, start))
    if colon >= 0 and len(free) > 1:  # "Violence has grown since the start of the year: on March 4, an attack …": the dates of its own part
        free = [i for i in free if timexes[i].char_start > colon] or free
    opens_told = len(free) == 1 and told_opening(language).search(text[: timexes[free[0]].char_start])
    if len(free) == 1 and _after_opener_day(text, triggers, timexes[free[0]], start):
        return [(free[0], "occurred", timexes[free[0]])]  # "After a Cabinet meeting on Sunday afternoon, the government dissolved …": Sunday
    if opens_told and timexes[free[0]].char_end <= start:
        t = timexes[free[0]]
        between = [trig for trig in triggers if t.char_end <= trig[0] < start and not is_saying(trig[2])]
        claimed = any(
            lo2 <= t.char_start and t.char_end <= hi2
            for j, trig in enumerate(triggers) if j != k and not is_saying(trig[2])
            for lo2, hi2 in [trigger_reach(text, spans, trig, timexes, language)]
        )
        if not between and not claimed:
            return [(free[0], "occurred", t)]
    if len(free) == 1 and lone_date_after(text, (start, end), timexes[free[0]], sum(not is_saying(trig[2]) for trig in triggers), reporting_re(language)):
        return [(free[0], "occurred", timexes[free[0]])]  # "The strike hit the market at Tin-Essako, about 100 km southeast of Kidal, around midday Sunday, said …": the one event's
    return [(None, "undated", None)]


OBJECT_OF_YEAR = re.compile(r"\s+of\s+")
BEGAN_WITH = re.compile(r",?\s+with\s+the\s+(?:[\w’'-]+\s+)?")  # a period that began on a date "with the massacre": the massacre's date
CRISIS_BEGAN = re.compile(r"(?<![\w-])(?:crisis|war|conflict|rebellion|insurgency|violence|fighting|unrest)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out)\s+(?:in|on)\s+$", re.IGNORECASE)  # (not "the festival opened in February, with the massacre … as its subject")
REFERRED_PHRASE_DATE = re.compile(r"\s+(?:on|at|in|near|against|outside|of|from)\s+(?:[\w’'-]+\s+){0,6}?(?-i:[A-Z])[\w’'-]+\s+(?:on|in)\s+", re.IGNORECASE)  # a known event's noun phrase that ends on a place, then its own date (not "the attack on the camp met the president on Friday")


def _stages(text: str, end: int, own: list[int], dated: list[int], owner: dict[int, int], timexes: list[Timex]) -> list[int]:
    """The days of an act told in stages after its trigger ("first by the government on May 15,
    then by the rebels on June 20"), the later stages free dates past the trigger's reach."""
    first = next((i for i in own if timexes[i].kind == "date" and timexes[i].char_start >= end and opens_stages(text, end, timexes[i])), None)
    if first is None:
        return []
    chain = [first]
    for i in sorted(i for i in dated if i > first and timexes[i].kind == "date" and (i in own or i not in owner)):
        if not in_stages(text, end, [timexes[j] for j in chain] + [timexes[i]]):
            break
        chain.append(i)
    return chain


AFTER_OPENER = re.compile(r"^\W*(?:after|following)\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?:on|late\s+on|early\s+on)\s+$", re.IGNORECASE)


def _after_opener_day(text: str, triggers: list[tuple[int, int, str]], t: Timex, start: int) -> bool:
    """"After an extraordinary Cabinet meeting on Sunday afternoon, the government announced the
    dissolution …": a day that closes an opening "after" phrase naming no event of its own dates
    the main clause's first event (not "After Sunday's attack, …", which dates the attack)."""
    if t.precision != "day" or not AFTER_OPENER.match(text[: t.char_start]) or not re.match(r"\s*,", text[t.char_end :]):
        return False
    announcing = lambda trig: is_saying(trig[2]) and re.fullmatch(r"\s+(?:the|a|an|its|their|his|her|that\s+(?:it|they)\s+(?:had|has|have))\s+", text[trig[1] : start]) is not None  # noqa: E731  "announced the dissolution", "announced that it had dissolved"
    return not any(trig[0] < t.char_start or (t.char_end <= trig[0] < start and not announcing(trig)) for trig in triggers)  # nor "After the funeral on Sunday, residents said gunmen had attacked …": told, not done then


COMPLEMENT_THAT = re.compile(r"(?<![\w-])that\s+(?:an?|the|its|their|his|her|some|several|at\s+least|(?-i:[A-Z])[\w’'-]*|[\w’'-]+\s+(?:had|has|have|was|were))\b", re.IGNORECASE)  # a complement clause opens; not "that day"
SAME_DAY = re.compile(r"(?:earlier|later)?\s*(?:that|the\s+same)\s+(?:day|evening|morning|afternoon|night)\b", re.IGNORECASE)  # the narrative's day, not the event's
SINCE_THE = re.compile(r"(?<![\w-])since\s+(?:the|this|that)\s+$", re.IGNORECASE)
AGENTLESS_REPORT = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?$", re.IGNORECASE)


@cache
def _plan_re(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words(language)['planned_dates']['plan_words'])})\s+$", re.IGNORECASE)


def _planned_date(text: str, trigger: tuple[int, int], t: Timex, language: str) -> bool:
    """A date something was planned for ("delay the presidential election planned for February
    2024", "the elections promised for February 2022"): the plan's day, on which neither the
    postponement nor the vote happened."""
    return _plan_re(language).search(text, max(trigger[1], t.char_start - 40), t.char_start) is not None


def _reported_as_it_happened(text: str, trigger: tuple[int, int], saying: tuple[int, int, str]) -> bool:
    """"Heavy fighting was reported on Sunday near Ber": a report nobody makes dates the fighting
    itself, as a coder would (not "was reported by residents", which is their account)."""
    return (saying[0] >= trigger[1] and text[saying[0] : saying[1]].casefold() == "reported" and AGENTLESS_REPORT.fullmatch(text, trigger[1], saying[0]) is not None
            and not re.match(r"\s+by\b", text[saying[1] :]))


STATE_SINCE = re.compile(r"(?<![\w-])(?:that|which|who|they|it|he|she|we)\s+(?:had|has|have)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)


@cache
def _days_joined(language: str) -> re.Pattern:
    """"on Thursday and Friday", "from Tuesday to Wednesday", "began on Tuesday and went on into
    Wednesday" (``continuation_verbs``)."""
    carried = alternation(event_words(language)["continuation_verbs"])
    return re.compile(rf"\s*,?\s*(?:and|to|through|until|-|–|and\s+(?:{carried})\s+(?:into|until|till|to|through))\s*(?:on\s+)?", re.IGNORECASE)


TOLD_FATE = re.compile(r"(?<![\w-])(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:killed|wounded|injured|hurt|abducted|kidnapped|taken|captured|arrested|detained|shot)(?:\s+(?:late\s+|early\s+)?(?:on|in|at|last|this))?\s+$", re.IGNORECASE)  # "said two peacekeepers were wounded on"
PARTICIPLE_DATE = re.compile(r"\s+(?:agreed|signed|reached|concluded|struck|brokered|announced|declared|imposed|carried\s+out)\s+(?:on\s+)?", re.IGNORECASE)  # "welcomed the truce agreed on Saturday": the truce's day
PARTICIPLE_BY = re.compile(r"\s+(?:[a-z]+ed\s+)?by\s+[^,;.\d]{1,50}?\s+(?:on|in)\s+", re.IGNORECASE)  # "the sanctions imposed by ECOWAS on": the date is the event's
