"""Mentions of one sentence that tell one event: an undated trigger beside a dated one, the
casualties of the attack they died in, the burning of an attack, the killer of a dated killing.

Why apart from events.py: finding mentions reads one sentence's words; these rules then look at
all the mentions one sentence gave and decide which are one event, as a careful coder would
("Keita was ousted in a coup in August 2020" is one coup, not a coup and an expulsion).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.trigger_context import claimed_object
from timeline.frame_dates import IN_A
from timeline.event_lexicon import adopts_instrument, event_types, event_words, instrument_act
from timeline.mention_records import Mention
from timeline.names import actors, compatible_places, places
from timeline.regex_gate import alternation
from timeline.when_clauses import TOLL_THEN_WHEN, TOLLS_OF_ACTS, WHEN_CLAUSE_END

PLACED_BY_CONTEXT = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])
MEANS_OF_ATTACK = frozenset({"suicide_bombing"})
ATTACKS_BURNING = frozenset({"attack", "armed_clash", "mass_killing"})  # whose burning of homes is how they were done


def is_loose(place_id: str) -> bool:
    """A loose area ("central Mali", "the Sahel") or a country: less than a section's town tells."""
    fields = places()[place_id].fields
    return fields.get("kind") == "area" or fields.get("precision") == "country"


def _drop_undated_twins(mentions: list[Mention], language: str = "en") -> list[Mention]:
    """"Keita was ousted in a coup in August 2020": two triggers a few words apart telling one
    event; the undated one is the dated one's, not an event of its own. When the dated one only
    counts casualties ("In March, gunmen killed 20 soldiers … in an attack"), the undated one is
    the event they were killed in, and takes the date."""
    types = event_types()
    group = lambda m: types[m.event_type].merge_group  # noqa: E731
    out = []
    occasioned: set[str] = set()
    for m in mentions:
        reported = m.date_basis == "reported"  # "… were killed on Friday in the attack …, the government announced on Saturday"
        twin = None if m.start_date is not None and not reported else next(
            (o for o in mentions if o is not m and o.sentence_id == m.sentence_id and o.start_date is not None
             and (not reported or (o.date_basis == "occurred" and types[o.event_type].supports_only))
             and (group(o) == group(m) or (types[o.event_type].supports_only and types[m.event_type].acled_event_type in PLACED_BY_CONTEXT)
                  or (types[m.event_type].supports_only and m.start_date is None and o.trigger_end <= m.trigger_start and types[o.event_type].acled_event_type in PLACED_BY_CONTEXT and _participle_after(o, m)))  # "In late September 2019, JNIM fighters overran the camp …, killing 38 soldiers": the overrun's dead
             and min(abs(o.trigger_start - m.trigger_end), abs(m.trigger_start - o.trigger_end)) <= (CASUALTY_TWIN_CHARS if types[o.event_type].supports_only or (types[m.event_type].supports_only and o.trigger_end <= m.trigger_start and _participle_after(o, m)) else UNDATED_TWIN_CHARS)),
            None,
        )
        if twin is None or (reported and not _told_as_where_they_died(m, twin, language)):
            out.append(m)
        elif types[twin.event_type].supports_only and not types[m.event_type].supports_only:
            if _told_as_where_they_died(m, twin, language):
                m = replace(m, start_date=twin.start_date, end_date=twin.end_date, date_precision=twin.date_precision,
                            date_approximate=twin.date_approximate, date_basis=twin.date_basis, timex_id=twin.timex_id, tense=twin.tense)
                occasioned.add(twin.mention_id)
            out.append(m)  # an event the casualties do not date ("a month after jihadists ambushed …") stays undated
    # the deaths told with the event they happened in ("killed when his vehicle struck an
    # explosive device") are that event's: no mention of their own to join another event
    return [m for m in out if m.mention_id not in occasioned]


def _told_as_where_they_died(m: Mention, casualties: Mention, language: str = "en") -> bool:
    """"killed 20 soldiers at a base in Dioura in an attack": the event follows the count, as the
    occasion of the deaths ("in/during an attack"), not an earlier one ("weeks after an attack")."""
    at = m.trigger_start - m.char_start
    between = m.quote[casualties.trigger_end - m.char_start : at]
    words = _occasion_patterns(language)
    return casualties.trigger_end <= m.trigger_start and words["occasion"].search(m.quote[max(0, at - 50) : at]) is not None and not words["apart"].search(between)


@cache
def _occasion_patterns(language: str) -> dict[str, re.Pattern]:
    """How a text tells the event people died in ("killed … in an attack", "when a drone
    struck", "killed in Koumaga, an attack blamed on …"), one told apart from it ("weeks after"), and a second event beside a first ("and in
    a separate assault"): events_<language>.toml [occasions]."""
    w = event_words(language)["occasions"]
    return {
        "occasion": re.compile(
            rf"(?:(?<![\w-])(?:(?:{alternation(w['prepositions'])})\s+(?:(?:an?|the|this|that)\s+(?:[\w’'-]+\s+){{0,2}}(?:of\s+)?|(?:[\w’'-]+\s+)?[\w-]+['’]s\s+)?|(?:{alternation(w['conjunctions'])})\s+(?:an?|the)?)|,\s+an?"  # ", an attack also blamed on …": an appositive
            rf"|(?:{alternation(w['conjunctions'])})\s+(?:[\w’'-]+\s+){{1,3}}(?:{alternation(w['vehicle_verbs'])})\s+(?:an?|the))\s*(?:[\w’'-]+\s+)?$",
            re.IGNORECASE,
        ),
        "apart": re.compile(rf"(?<![\w-])(?:{alternation(w['apart'])})(?![\w-])", re.IGNORECASE),
        "separate": re.compile(rf"(?:(?<![\w-])(?:{alternation(w['coordinators'])})|[;,])\s+(?:(?:in|during|with)\s+)?(?:(?:a|an|the)\s+(?:{alternation(w['separate'])})|another)\s+(?:[\w’'-]+\s+)?$", re.IGNORECASE),
    }
UNDATED_TWIN_CHARS = 30  # at most a short phrase apart ("was ousted in a military coup")
CASUALTY_TWIN_CHARS = 80  # "killed more than 20 soldiers at an army base in Dioura in an attack"




def _placed_apart(a: Mention, b: Mention) -> bool:
    """Two mentions at places that cannot be one ("a missionary was abducted in Timbuktu, and a
    doctor and his wife were seized in Djibo"): two events, even in one sentence on one date."""
    placed = a.place_id is not None and b.place_id is not None and not is_loose(a.place_id) and not is_loose(b.place_id)
    return placed and not compatible_places(a.place_id, b.place_id)


def _participle_after(act: Mention, dead: Mention) -> bool:
    """", killing 38 soldiers" right after the act's clause: its dead (not "; a flood in Mopti
    killed 3 children", nor "…, where in the past jihadists had killed 20 soldiers")."""
    between = act.quote[act.trigger_end - act.char_start : dead.trigger_start - act.char_start]
    return re.search(r"[;:]|(?<![\w-])(?:where|when|which|that|who|whose|later|once|years|past)(?![\w-])", between) is None and re.search(r",\s*$", between) is not None and dead.trigger.casefold().endswith("ing")


def _other_people(a: Mention, b: Mention) -> bool:
    """Two mentions about different people ("Goïta was sworn in on Monday, and on Monday evening
    he signed the decree naming Choguel Kokalla Maïga prime minister"): two appointments."""
    registry = actors()
    people = lambda m: {x for x in m.actor_ids if x in registry and registry[x].fields.get("type") == "person"}  # noqa: E731
    if event_types()[a.event_type].merge_group != "appointment" or (CEREMONY.search(a.trigger) and CEREMONY.search(b.trigger)):
        return False  # "… sworn in on Monday, and on Monday Maiga attended the swearing-in": one ceremony
    return bool(people(a)) and bool(people(b)) and not people(a) & people(b)


CEREMONY = re.compile(r"swearing|sworn|ceremony|inaugurat", re.IGNORECASE)


def _told_apart(m: Mention, language: str = "en") -> bool:
    """"… in the attack on the boat and in a separate assault on an army camp": a second event."""
    at = m.trigger_start - m.char_start
    return _occasion_patterns(language)["separate"].search(m.quote[max(0, at - 30) : at]) is not None


def drop_claimed_references(mentions: list[Mention], language: str) -> list[Mention]:
    """"JNIM later claimed the attack": an event named as the object of a claim with no date of
    its own is the event told before, not another one (the claim is its own mention)."""
    return [m for m in mentions if not (m.date_basis in ("undated", "inherited") and claimed_object(m.quote[: m.trigger_start - m.char_start], language, m.quote[m.trigger_end - m.char_start :], m.quote[m.trigger_start - m.char_start : m.trigger_end - m.char_start]))]


def _burning_in_attacks(mentions: list[Mention]) -> list[Mention]:
    """Burning told in the sentence of an attack ("gunmen surrounded the village late on Sunday
    and set fire to huts and granaries") is how the attack was carried out: one event, as ACLED
    codes it. The burning's mention goes; the attack takes its date when it had none."""
    types = event_types()
    attacks = {m.sentence_id: m for m in mentions if m.event_type in ATTACKS_BURNING}
    burning = {m.sentence_id: m for m in mentions if types[m.event_type].merge_group == "looting" and m.sentence_id in attacks}
    referring = {sid for sid, fire in burning.items() if _names_destruction_again(attacks[sid], fire)}
    out = []
    for m in mentions:
        if m.sentence_id in referring and m is attacks[m.sentence_id]:
            continue  # "destroyed more mausoleums on Sunday, … said the attacks were an answer to …": the destruction, named again
        if m.sentence_id in burning and m is burning[m.sentence_id] and m.sentence_id not in referring and _same_occasion(attacks[m.sentence_id], m):
            continue
        fire = burning.get(m.sentence_id)
        if fire is not None and m is attacks[m.sentence_id] and m.start_date is None and fire.start_date is not None:
            m = replace(m, start_date=fire.start_date, end_date=fire.end_date, date_precision=fire.date_precision, date_approximate=fire.date_approximate,
                        date_basis=fire.date_basis, timex_id=fire.timex_id, tense=fire.tense)
        out.append(m)
    return out


def _same_occasion(attack: Mention, fire: Mention) -> bool:
    """Burning the attack's own date allows ("attacked the shrines in late June …, breaking open
    the door of the mosque on July 2" tells a later act of its own)."""
    return attack.start_date is None or fire.start_date is None or (fire.start_date, fire.end_date) == (attack.start_date, attack.end_date)


def _names_destruction_again(attack: Mention, fire: Mention) -> bool:
    """"the attacks" told after a dated destruction of its sentence names that destruction again."""
    before = attack.quote[max(0, attack.trigger_start - attack.char_start - 4) : attack.trigger_start - attack.char_start]
    return fire.start_date is not None and attack.trigger_start > fire.trigger_end and before.casefold() == "the " and attack.trigger.casefold() in ("attacks", "attack")


KILLERS = frozenset(["air_strike", "attack", "ambush", "shelling", "explosive_device", "suicide_bombing"])
# the rest of the killer's noun phrase before "killed", perhaps with a relative clause set off
# by commas ("The attack, which the army blamed on JNIM, killed"), never another clause
KILLER_SUBJECT = re.compile(r"(?:(?!\b(?:and|but|while|after|before|said|says)\b)[^,;:.]){0,100}(?:,\s*(?:which|that|who)\b[^,;:.]{0,80},\s*)?")


def _subjects_of_dated_killings(mentions: list[Mention]) -> list[Mention]:
    """"A drone strike on a gold-mining site killed at least 19 civilians on Sunday": the strike
    is the killing's subject, so it takes the killing's date, and the killing is the strike's
    (no event of its own), as ACLED codes an air strike with its civilian dead."""
    taken: set[str] = set()
    out = []
    for m in mentions:
        killing = None if m.event_type not in KILLERS or m.start_date is not None else next(
            (o for o in mentions if o.sentence_id == m.sentence_id and o.event_type in ("mass_killing", "casualties") and o.start_date is not None
             and o.trigger_start > m.trigger_end and re.match(r"(?:killed|killing|kills)(?![\w-])", o.trigger, re.IGNORECASE)
             and KILLER_SUBJECT.fullmatch(m.quote[m.trigger_end - m.char_start : o.trigger_start - m.char_start])),
            None,
        )
        if killing is not None:
            m = replace(m, start_date=killing.start_date, end_date=killing.end_date, date_precision=killing.date_precision, date_approximate=killing.date_approximate,
                        date_basis=killing.date_basis, timex_id=killing.timex_id, tense=killing.tense)
            taken.add(killing.mention_id)
        out.append(m)
    return [m for m in out if m.mention_id not in taken]


def _drop_means_of_dated_attacks(mentions: list[Mention]) -> list[Mention]:
    """An undated bombing told as how a dated attack of its sentence was carried out ("tried to
    storm the camp on 2 June, some of them using vehicles packed with explosives") is that
    attack, not an event of its own, nor a sub-event that would stretch it to another day."""
    types = event_types()
    attacked = {m.sentence_id for m in mentions if m.date_basis == "occurred" and types[m.event_type].merge_group == "fighting"}
    return [m for m in mentions if not (m.event_type in MEANS_OF_ATTACK and m.date_basis == "undated" and m.sentence_id in attacked)]


SERIES_MEMBER = re.compile(r",?\s+(?:(?:starting|beginning|opening)\s+with|including|notably|among\s+them)\s+(?:an?|the)\s+(?:first\s+)?", re.IGNORECASE)
GENERIC_ACTS = frozenset({"attack"})


def _members_of_series(mentions: list[Mention]) -> list[Mention]:
    """"struck back with suicide bombings, starting with an attack on a checkpoint in Gao on 8
    February": the attack is the first of the bombings, and of their kind (strikes, bombings,
    shelling: not "a string of kidnappings, notably an attack on a bus")."""
    out = []
    for m in mentions:
        before = [k for k in mentions if k.sentence_id == m.sentence_id and k.trigger_end <= m.trigger_start] if m.event_type in GENERIC_ACTS else []
        series = max(before, key=lambda k: k.trigger_end, default=None)
        if series is not None and event_types()[series.event_type].merge_group == "remote" and SERIES_MEMBER.fullmatch(m.quote, series.trigger_end - m.char_start, m.trigger_start - m.char_start):
            m = replace(m, event_type=series.event_type)
        out.append(m)
    return out


def _acts_of_instruments(mentions: list[Mention], language: str) -> list[Mention]:
    """"By resolution 2690, adopted on 30 June 2023, the Security Council ended the mandate":
    the resolution's adoption and the act it makes (dated by it, event_dates.py) are one event,
    the act (events_<language>.toml ``instruments``)."""
    acts = [(m.sentence_id, m.start_date) for m in mentions if m.start_date is not None and instrument_act(m.event_type, language)]
    return [m for m in mentions if not (adopts_instrument(m.event_type, m.trigger, language) and (m.sentence_id, m.start_date) in acts)]


ARREST_MEANS = frozenset({"raid", "raids", "swoop", "sweep", "operation"})


def _raids_of_arrests(mentions: list[Mention]) -> list[Mention]:
    """"The men were picked up in a raid on a house on Sunday night": the raid is how they were
    arrested (frame_dates.IN_A), not an attack of its own."""
    def means(m: Mention) -> bool:
        return m.event_type == "attack" and m.trigger.casefold() in ARREST_MEANS and any(
            a.sentence_id == m.sentence_id and a.event_type == "arrest" and a.trigger_end <= m.trigger_start and (a.start_date, a.end_date) == (m.start_date, m.end_date)
            and IN_A.fullmatch(m.quote, a.trigger_end - m.char_start, m.trigger_start - m.char_start) for a in mentions)
    return [m for m in mentions if not means(m)]


def _deaths_of_disasters(mentions: list[Mention], language: str) -> list[Mention]:
    """"A gold mine collapse near Kangaba killed more than 70": the dead told right after it are
    the disaster's, not casualties of a fight, when no fighting is told in the sentence; when
    one is ("a boat was attacked and capsized"), the wreck is the attack's, no disaster of its
    own. A toll is a casualties mention or one a toll word opens ("killing 20 passengers", read
    as a killing of civilians: events_<language>.toml toll_words, and any form of "kill")."""
    types = event_types()
    toll_words = set(event_words(language)["toll_words"])
    def toll(m: Mention) -> bool:
        first = m.trigger.split()[0].casefold()
        return types[m.event_type].supports_only or first in toll_words or first.startswith("kill")
    disaster = {m.sentence_id: m for m in mentions if m.event_type == "disaster"}
    fought = {m.sentence_id for m in mentions if types[m.event_type].acled_event_type in PLACED_BY_CONTEXT and not toll(m)}
    def its_dead(m: Mention) -> bool:  # "collapsed …, killing 73", not "…, a day after gunmen killed five"
        d = disaster.get(m.sentence_id)
        return d is not None and m.sentence_id not in fought and toll(m) and d.trigger_end <= m.trigger_start and not APART.search(m.quote, d.trigger_end - m.char_start, m.trigger_start - m.char_start)
    return [m for m in mentions if not (its_dead(m) or (m.event_type == "disaster" and m.sentence_id in fought))]


def _tolls_of_when_acts(mentions: list[Mention]) -> list[Mention]:
    """"Two soldiers were killed on 2 January when their vehicle struck an explosive device": the
    deaths are the toll of the act the when-clause tells, dated alike (when_clauses.py), not an
    event of their own beside it."""
    def toll_of_act(m: Mention) -> bool:
        when = TOLL_THEN_WHEN.match(m.quote, m.trigger_end - m.char_start)
        return m.event_type in TOLLS_OF_ACTS and m.start_date is not None and when is not None and any(
            o.sentence_id == m.sentence_id and o.event_type in KILLERS and o.trigger_start - m.char_start >= when.end() and (o.start_date, o.end_date) == (m.start_date, m.end_date)
            and not WHEN_CLAUSE_END.search(m.quote, when.end(), o.trigger_start - m.char_start) for o in mentions)
    return [m for m in mentions if not toll_of_act(m)]



APART = re.compile(r"(?<![\w-])(?:after|before|while|whereas|days?|weeks?|earlier|later)(?![\w-])", re.IGNORECASE)


def collapse_same_sentence(mentions: list[Mention], language: str = "en") -> list[Mention]:
    """Triggers of one merge group with the same date in one sentence are one mention
    ("the 2012 uprising that led to a brief Islamist takeover"): the first in lexicon order."""
    types = event_types()
    priority = {name: i for i, name in enumerate(types)}
    kept: list[Mention] = []
    for m in _drop_undated_twins(_drop_means_of_dated_attacks(_tolls_of_when_acts(_subjects_of_dated_killings(_burning_in_attacks(_members_of_series(_acts_of_instruments(_raids_of_arrests(_deaths_of_disasters(mentions, language)), language)))))), language):
        twin = None if _told_apart(m, language) else next(
            (k for k in kept if k.sentence_id == m.sentence_id and types[k.event_type].merge_group == types[m.event_type].merge_group
             and (k.start_date, k.end_date) == (m.start_date, m.end_date) and not _placed_apart(k, m) and not _other_people(k, m)),
            None,
        )
        if twin is None:
            kept.append(m)
        elif priority[m.event_type] < priority[twin.event_type]:
            kept[kept.index(twin)] = m
    return kept
