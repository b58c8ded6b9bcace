"""Claim quantities: which figures of a sentence count people or equipment, and what they count.

Why: a number counts only what its own noun counts. "Two pickup trucks", a year, an age or a
phone number are no casualties; "12 hostages were killed" counts the dead and "had 1,000 men"
a strength. The noun after the figure decides what it can count, and the nearest words of loss
in its clause decide how they were lost (resources/claims_en.toml); what the noun counts is
timeline/counted_nouns.py.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.captive_fates import captives_killed, held_not_captive, killed_after_capture
from timeline.claim_figures import FATES, OBJECT_LOSS_BEFORE, SAME_AS_BEFORE, bare_number, figure_patterns, figure_values, folded_words, said_bare, without_preposition, words
from timeline.counted_nouns import RELATIVE_FATE, count_head, is_count
from timeline.events import SentenceContext
from timeline.figure_chains import BREAKDOWN_OPENERS, MEANS_ASIDE, UNIT_ASIDE, digits_over_words, quantity_from_before, revisions_apart
from timeline.figure_clause import clause_bounds
from timeline.fate_words import FOR_BEFORE, fate_nouns, fate_told_after, force_object, freed_before, funeral_of, held_occasion, illness, present_after, released, released_after, they_told, unharmed_after
from timeline.governing_cue import COUNTED
from timeline.listed_losses import listed_after_loss, listed_before_loss
from timeline.regex_gate import alternation
from timeline.strength_cues import DEPLOYED, GENERAL_PUT, IN_PLACE, NUMBERED, PUT_NUMBER, SECOND_FIGURE, SECOND_PREDICATE, SERVING, STRONG, THEIR_NUMBER, THERE_ARE, strength_before, whose_force
from timeline.strength_cues import gap as _gap
from timeline.verb_shapes import AUXILIARY_AHEAD, COORDINATED, COPULA, JOINED_NOUN, JOINED_PASSIVE, MAIN_VERB, NEXT_CLAUSE, OPTIONAL_AUXILIARY, OWN_COMPLEMENT, OWN_PASSIVE, OWN_VERB_AFTER, TAKEN_BARE


QUANTITIES = ("killed", "wounded", "captured", "missing", "strength", "equipment_lost", "killed_or_captured", "losses", "displaced")
SET_FREE = "set free"  # people a figure counts were released: no claim of any quantity
BREAKDOWN_ASIDE = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them|mainly|mostly)\s(?:[^,;]{0,140},|[^;]{0,200}?,(?=\s*(?:were|was|had|have|has|are|is)\s))", re.IGNORECASE)  # also "at least 18 people, among them the prime minister, several ministers and the speaker, were detained"


@cache
def _strength_agents(language: str) -> tuple[re.Pattern, re.Pattern]:
    """A figure that names the attackers: the agent after a passive act ("seized … by five armed
    men"), or a group "made up of" it (claims_<language>.toml [strength_agents])."""
    w = words(language)["strength_agents"]
    hedge = r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|at\s+least\s+|up\s+to\s+)?"
    by = re.compile(rf"(?<![\w-])(?:{alternation(w['passive_acts'])})\s+(?:[\w’'-]+\s+){{0,6}}?by\s+(?:a\s+group\s+of\s+|a\s+band\s+of\s+)?{hedge}$", re.IGNORECASE)
    made = re.compile(rf"(?<![\w-])(?:{alternation(w['made_up_of'])})\s+{hedge}$", re.IGNORECASE)
    return by, made


@cache
def _listed_force(language: str) -> tuple[re.Pattern, re.Pattern]:
    """"members of the defence and security forces" (a force after "members of"), and the
    civilians that make a list of people no force ("2,000 men, women and children have been
    trapped") (claims_<language>.toml [listed_forces])."""
    w = words(language)["listed_forces"]
    of_forces = re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:{alternation(w['forces'])})(?![\w-])", re.IGNORECASE)
    civilians = re.compile(rf"(?<![\w-])(?:{alternation(w['civilians'])})(?![\w-])", re.IGNORECASE)
    return of_forces, civilians


PEOPLE_LIST = re.compile(r",(?:\s+[a-z][\w’'-]*){1,3}(?:\s*,(?:\s+[a-z][\w’'-]*){1,3})*\s*,?\s+and(?:\s+[a-z][\w’'-]*){1,3}\s+(?:(?:have|has|had)\s+been|were|are|was)\s+")


# "The wounded, thirteen in number, …", "the dead, 23 in all, …": the figure counts the people
# the noun before it names.
APPOSED_FATES = {"dead": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded", "missing": "missing", "displaced": "displaced"}
COUNTED_IN_NUMBER = re.compile(rf"(?<![\w-])(?P<fate>{'|'.join(APPOSED_FATES)})\s*,\s*$", re.IGNORECASE)
IN_NUMBER = re.compile(r"\s+in\s+(?:number|all|total)(?![\w-])", re.IGNORECASE)


def _participle_after(text: str, np_end: int, pats) -> str | None:
    """The fate told right after the counted people: a participle, in quotes or not ("16
    assailants "neutralised""), or a relative clause ("the 89 soldiers who fell at Chinégodar")."""
    relative = RELATIVE_FATE.match(text, np_end)
    if relative is not None and not any(pats[f"q:{q}"].search(text, max(0, np_end - 60), np_end) for q in ("killed", "wounded", "captured")):
        return relative.lastgroup  # "the 13 French soldiers who died in the collision", "the 89 soldiers who fell at Chinégodar"
    at = re.match(r"\s+[\"“‘']?", text[np_end:])
    if at is None:
        return None
    for q in ("killed", "wounded"):
        hit = pats[f"q:{q}"].match(text, np_end + at.end())
        if hit is not None and re.fullmatch(r"[a-z]+ed", hit.group()) and re.match(r"[\"”’']?\s*(?:[.,;)]|$|and\s|as\s)", text[hit.end() :]):
            return q  # not "executed 20 soldiers captured at Aguelhok": a participle that describes them
    return None


def _quantity(text: str, span: tuple[int, int, int], head: tuple[str, int, str], language: str) -> str | None:
    """What a figure counts: its own noun decides whether it can count people or equipment,
    then the nearest quantity words of its clause say how they were lost; a figure of people
    with no word of loss near it is a strength when its clause says so ("had 1,000 men").
    ``span`` is where the figure's words start, where its number starts and where it ends."""
    pats, (kind, np_end, noun) = figure_patterns(language), head
    figure_start, start, end = span
    if STRONG.match(text, end):
        return "strength"  # "its 5,100-strong force in the Sahel", "a 300-strong column"
    if kind == "thing" or pats["not_count"].match(text[end:]):
        return None
    counted = COUNTED_IN_NUMBER.search(text, max(0, figure_start - 30), figure_start)
    if counted is not None and IN_NUMBER.match(text, end):
        return APPOSED_FATES[counted.group("fate").casefold()]  # "The wounded, thirteen in number, have been evacuated"
    lo, hi = clause_bounds(text, start, end, language)
    if kind in ("person", "name") and they_told(language).match(text, np_end):
        return None  # "Three survivors interviewed separately … described soldiers being … killed": what they told, not their fate
    if kind == "equipment":
        return "equipment_lost" if pats["q:equipment_lost"].search(text[lo:hi]) or listed_after_loss(text, lo, pats) or listed_before_loss(text, hi, pats) else None
    after = re.match(r"\s+(?:of\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", text[end:hi])
    if after:  # "129 killings, 46 injuries and 61 abductions", "cost dozens of lives"
        fates = fate_nouns(language)
        fate = fates.get(after.group(1)) or (after.group(2) and fates.get(f"{after.group(1)} {after.group(2)}"))
        if fate:
            return fate
    if kind in ("person", "name") and (fate := _participle_after(text, np_end, pats)):
        return fate  # "28 dead and 53 wounded, as well as 16 assailants "neutralised"": the people's own participle
    if (THERE_ARE.search(text, max(0, figure_start - 30), figure_start) and kind in ("person", "name", "none") and IN_PLACE.match(text, np_end if kind != "none" else end)) or (
        (put := GENERAL_PUT.search(text, max(0, figure_start - 80), figure_start)) and (noun in folded_words(language, "heads", "armed") or force_object(language).search(put.group()))
    ):
        return "strength"  # "believe there are about 1,000 Russians in Mali", "put the Africa Corps at about 2,500 men"
    if (NUMBERED.search(text, max(0, figure_start - 20), figure_start) or THEIR_NUMBER.search(text, max(0, figure_start - 40), figure_start) or whose_force(text, figure_start, language) or PUT_NUMBER.search(text, max(0, figure_start - 70), figure_start)) and not re.fullmatch(r"\d{4,}", text[start:end].strip()):
        return "strength"  # "the attackers numbered between 60 and 80 and had taken away a driver"
    armed = noun in folded_words(language, "heads", "armed") or kind == "name" or (noun in folded_words(language, "heads", "members_of") and _listed_force(language)[0].match(text, np_end) is not None)  # "36,000 members of the defence and security forces"
    if armed and any(p.search(text, max(lo, figure_start - 40), figure_start) for p in _strength_agents(language)):
        return "strength"  # "he was seized on January 14 by five armed men", "an armed group made up of five individuals": the attackers, not their victims
    if armed and (cut := SECOND_PREDICATE.search(text, end, hi)) and strength_before(text, lo, start, language):
        hi = cut.start()  # "MINUSMA has about 10,000 troops … and has lost more peacekeepers than …": a strength
    found = _fates(text, lo, hi, figure_start, end, np_end, language)
    toll = pats["toll"].search(text[:figure_start])
    if toll and not (found and re.search(r"[:,]\s*[\x22“‘']?$", toll.group())):
        found["killed"] = 0  # "the death toll from the bombing has risen to 77" (but "a first toll: four soldiers and four guards wounded")
    fate_before = any(pats[f"q:{q}"].search(text, lo, figure_start) for q in ("killed", "wounded"))
    told_fate = fate_told_after(text, figure_start, np_end, language, fate_before)
    if told_fate:
        return told_fate  # "19 hostages and two attackers were among the dead", "the bodies of five hostages"
    if unharmed_after(language).match(text, np_end) or (present_after(language).match(text, np_end) and not _fate_in_segment(text, np_end, hi, pats)):
        return SET_FREE  # "Ten soldiers were found alive", "One of them got away", "about 2,000 people were buying": no one's casualties
    if "captured" in found and (released_after(language).match(text, np_end) or released(language).search(text, end, np_end)):
        return SET_FREE  # "36 hostages freed", "Four hostages, all foreign nationals, were freed": set free, not captured
    if set(found) == {"captured"} and freed_before(text, lo, start, noun, language):
        return SET_FREE  # "let some 200 prisoners go", "handed 28 hostages over to MINUSMA": set free (not "handed 12 captured jihadists to the gendarmerie")
    if set(found) == {"displaced"} and noun in folded_words(language, "heads", "force_words") and ARRIVED.search(text, np_end, hi):
        return "strength"  # "some 400 Russians had arrived since mid-December": a force arriving, its strength
    if armed and set(found) == {"displaced"} and (pats["q:strength_after"].search(text, np_end, hi) or strength_before(text, lo, start, language)):
        found = {}  # "about 300 Russian personnel had arrived in Timbuktu": troops arriving, not people displaced
    listed = PEOPLE_LIST.match(text, hi)  # "Some 30,000 soldiers, police and gendarmes have been deployed"
    if not found and armed and listed and not _listed_force(language)[1].search(listed.group()) and pats["q:strength_after"].match(text, listed.end()):
        return "strength"
    if not found and armed and (strength_before(text, lo, start, language) or pats["q:strength_after"].search(text, np_end, hi)):
        return "strength"  # "had over 1,000 men", "the combined strength of their adversaries to exceed 1,000"
    if not found and armed and (co := SECOND_FIGURE.match(text, np_end)) and pats["q:strength_after"].search(text, co.end(), co.end() + 40):
        return "strength"  # "Some 13,000 U.N. peacekeepers and about 5,100 French troops operate in …"
    if not found and kind in ("person", "name") and TOOK_BEFORE.search(text, max(lo, figure_start - 12), figure_start) and not TAKEN_TO.match(text, np_end) and noun not in ("lives", "life") and not CARRIER_TOOK.search(text, max(0, figure_start - 40), figure_start):
        return "captured"  # "the kidnappers took three Indian nationals", "taking three Chinese nationals" (not "took 12 wounded to Gao")
    joined = JOINED_NOUN.match(text, np_end)
    if not found and kind in ("person", "name") and (TAKEN_BARE.match(text, np_end) or (joined and TAKEN_BARE.match(text, joined.end()))):
        return "captured"  # "Two drivers were taken; we do not know where they are", "seven men were taken near Ber", "a dozen mayors and sub-prefects have been taken" (not "taken to hospital")
    if not found and kind == "person" and SERVING.match(text, np_end):
        return "strength"  # "about 2,000 Russians are now serving in Mali", "the 2,500 Russians now in the country"
    reach = hi  # how far the figure's own verb may be: past an aside before it ("two journalists, X and Y, were abducted and killed")
    if not found and text[hi : hi + 1] == "," and not NEXT_CLAUSE.match(text, hi + 1) and not OBJECT_OF.search(text, lo, figure_start):
        # "at least 50 Russian mercenaries, mainly from the Wagner Group, were reportedly killed"
        # (an aside before the verb; not ", and 140 others have died": a clause of its own)
        after = BREAKDOWN_ASIDE.match(text, hi)  # "Thirteen people, including five contractors … and four soldiers, were killed"
        reach = min(len(text), hi + 80 if after is None else after.end() + 40)
        window = text[hi : hi + 80] if after is None else text[after.end() : after.end() + 40]
        for q in FATES:
            hit = pats[f"q:{q}"].search(window)
            if hit and not SAYS_ANOTHER_FIGURE.match(window, 0, hit.start()):  # not "…, says eight French nationals are held hostage": that figure's fate
                found[q] = 100 + hit.start()
        verb = re.sub(r"^\s*(?:,[^,]*,)?\s*(?:(?:have|has|had)\s+been\s+|were\s+|are\s+|was\s+)?", "", window)
        if not found and (pats["q:strength_after"].match(verb) if armed else DEPLOYED.match(verb)):
            return "strength"  # "between 800 and 1,000 Russians, many of them from the Wagner Group, have been deployed"
    if set(found) == {"captured"} and (released_after(language).match(text, np_end) or freed_before(text, lo, start, noun, language)):
        return SET_FREE  # "Freed on 8 October with … two Italians, in exchange for some 200 prisoners": set free; "Two Emiratis and an Iranian, kidnapped near Bamako in late September, were freed": the capture told in the aside
    if "killed" in found and "captured" in found and re.search(r"\b(?:killed|dead|died|neutrali[sz]ed)\s+or\s+(?:captured|taken|detained|abducted|arrested)|\b(?:captured|taken prisoner|arrested|detained)\s+or\s+(?:killed|neutrali[sz]ed)", text[lo:hi], re.IGNORECASE):
        return "killed_or_captured"  # "either killed or captured": the text does not separate them
    shared_death = ("killed" in found and "captured" in found and _shared_death(text, np_end, hi, language) and not pats["q:captured"].search(text, np_end, hi)
                    and not pats["q:captured"].search(text, lo, figure_start) and not CAPTOR_BEFORE.search(text, lo, figure_start))  # not "The militants took 37 hostages and 29 militants died"
    if shared_death or ("killed" in found and "captured" in found and (killed_after_capture(text, np_end, reach, pats) or captives_killed(text, lo, figure_start, np_end, pats))):  # also "37 foreign hostages and 29 militants died": the verb both share
        return "killed"  # "seized at Aguelhok and killed in cold blood", "executed 20 soldiers captured at Aguelhok": their fate is death
    if set(found) == {"captured"} and CAPTIVE_NOUN.fullmatch(noun or "") and (fate := _fate_past_breakdown(text, hi, pats)):
        return fate  # "20 hostages, including one U.S. citizen, were killed": what became of the hostages
    fate_after = re.match(r"\s+(dead|killed|wounded|injured)\b", text[np_end:hi], re.IGNORECASE) or re.search(r"\s(dead|killed|wounded|injured)\s*$", text[end:np_end], re.IGNORECASE)
    if fate_after and "captured" in found:  # "the government counted 20 hostages dead": what became of them
        return "killed" if fate_after.group(1).casefold() in ("dead", "killed") else "wounded"
    if set(found) == {"captured"} and armed and (took := TOOK_AWAY.search(text, np_end)) and not re.search(r"(?<![\w-])(?:were|was|been)(?![\w-])", text[np_end : took.start()]):
        return None  # "about ten armed men stopped the vehicle … and took away five men": the takers
    if found:
        quantity = min(found, key=lambda q: (found[q], q == "displaced", q))  # "killed 12 civilians fleeing the fighting"
        if quantity == "displaced" and (noun in folded_words(language, "heads", "armed")):
            return None  # "300 soldiers fled across the border" is a retreat, not displacement
        return quantity if kind != "unknown" or quantity in ("killed", "wounded", "missing") else None
    return None


def _fate_past_breakdown(text: str, hi: int, pats: dict) -> str | None:
    """The figure's own passive verb right after a breakdown set off by commas ("…, including one
    U.S. citizen, were killed"): killed or wounded."""
    aside = BREAKDOWN_ASIDE.match(text, hi) if text[hi : hi + 1] == "," else None
    verb = OWN_PASSIVE.match(text, aside.end()) if aside is not None else None
    if verb is None:
        return None
    fate = next((q for q in ("killed", "wounded") if (hit := pats[f"q:{q}"].match(text, verb.end()))), None)
    return None if fate is None or re.match(r"\s+or\s", text[hit.end() :]) else fate  # not "were killed or wounded": a mixed toll


def _coordinated_end(text: str, np_end: int, language: str) -> int | None:
    """Where a second figure's noun phrase joined to this one ends, when a verb both share
    follows ("19 hostages and two assailants had been killed"), else None."""
    joint = COORDINATED.match(text, np_end)
    if not joint or not figure_patterns(language)["figure"].match(text, joint.end()):
        return None
    rest = AUXILIARY_AHEAD.match(text, joint.end())
    return rest.end() if rest else None


def _shared_death(text: str, np_end: int, hi: int, language: str) -> bool:
    """"37 foreign hostages and 29 militants died", "23 hostages and 32 militants killed": a
    second figure joined to this one, then a verb of death both share."""
    joint = COORDINATED.match(text, np_end)
    if not joint or not figure_patterns(language)["figure"].match(text, joint.end()):
        return False
    return DEATH_AHEAD.match(text, joint.end(), hi) is not None


CAPTOR_BEFORE = re.compile(r"(?<![\w-])(?:took|taking|takes|take|held|holding|holds|hold|seized|seizing|kidnapped|abducted|captured|grabbed|freed|released)\s+(?:(?:about|some|at\s+least|more\s+than|nearly|over|around)\s+)?$", re.IGNORECASE)
DEATH_AHEAD = re.compile(r"\S+\s+(?:[\w’'-]+\s+){1,3}?(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:died|killed|dead|perished|executed)(?![\w-])", re.IGNORECASE)


@cache
def _names_of(language: str) -> re.Pattern:
    """"The names of the dead": the dead of a noun that lists them (claims_en.toml heads.names_of)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['heads']['names_of'])})\s+of\s+the\s+$", re.IGNORECASE)


@cache
def _possessed(language: str) -> re.Pattern:
    """A possessive before a word of loss ("their dead"): a noun of someone's, not a fate."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words(language)['heads']['possessives'])})\s+$", re.IGNORECASE)


def _distance_after(text: str, at: int, np_end: int, verb_from: int) -> int:
    """How far a word of loss after the figure lies from its noun phrase (1 inside it)."""
    if at < np_end:
        return 1
    return _gap(text[verb_from:at]) if at >= verb_from else _gap(text[np_end:at])


def _fates(text: str, lo: int, hi: int, start: int, end: int, np_end: int, language: str) -> dict[str, int]:
    """Each quantity word of the figure's clause, by its distance from the figure: after the
    noun phrase ("12 hostages were killed"), or before the figure ("killed at least 12")."""
    pats = figure_patterns(language)
    found: dict[str, int] = {}
    verb_from = _coordinated_end(text, np_end, language) or np_end  # the verb both figures share
    for q in ("losses", *FATES):
        for m in pats[f"q:{q}"].finditer(text, end, hi):
            if m.start() >= np_end and (_possessed(language).search(text, max(0, m.start() - 8), m.start()) or _names_of(language).search(text, max(0, m.start() - 20), m.start())):
                continue  # "gathered … to read the names of their dead", "to demand the names of the dead": a noun of someone's, not their fate
            if m.start() >= np_end and PROTESTED_NOUN.search(text, max(0, m.start() - 30), m.start()):
                continue  # "hundreds of residents marched … to protest against the killing": what they protest, not their fate
            if m.start() >= np_end and _owned_by_later_figure(text, np_end, m.start(), pats):
                continue  # "killed dozens of soldiers and took six prisoners", "five dead and eight wounded": the other figure's
            found[q] = min(found.get(q, 10**6), _distance_after(text, m.start(), np_end, verb_from))
        own_verb = OWN_VERB_AFTER.match(text, np_end, hi) or any(pats[f"q:{f}"].match(text, at, hi) for f in FATES for at in _verb_starts(text, np_end, hi))
        for m in pats[f"q:{q}"].finditer(text, lo, start):
            if own_verb and re.fullmatch(r"\s*,?\s*and\s+(?:of\s+)?(?:(?:at\s+least|about|some|another|other)\s+)?", text[m.end() : start]):
                continue  # "his bodyguard was killed and two other members of his team were wounded": the wounding is theirs
            if q == "captured" and BY_AGENT.fullmatch(text, m.end(), start):
                continue  # "The camp was held by a company of some 150 soldiers": the holders, not captives
            if q == "captured" and (occasion := held_occasion(language).search(text, lo, m.end())) is not None:
                if occasion.group("funeral") and FOR_BEFORE.search(text, m.end(), start):
                    found["killed"] = min(found.get("killed", 10**6), _gap(text[m.end() : start]))  # "… was held on Tuesday at the camp for 11 soldiers", not "in the presence of 300 relatives"
                continue  # "A meeting was held with 30 village chiefs": the occasion's verb
            if _gap(text[m.end() : start]) <= 30:  # not "seized power … on one promise"
                found[q] = min(found.get(q, 10**6), _gap(text[m.end() : start]))
    if funeral_of(language).search(text, max(lo, start - 30), start):
        return {"killed": 0}  # "Funerals for some 50 trainee gendarmes were held …": the verb is the funerals'
    for m in pats["q:captured_after"].finditer(text, np_end, hi):  # "30 civil servants are still held"
        found["captured"] = min(found.get("captured", 10**6), _gap(text[np_end : m.start()]))
    aside = re.match(r"\s*,\s*(?:still\s+|all\s+)?", text[np_end:])
    if aside is not None and pats["q:captured_after"].match(text, np_end + aside.end()):
        found["captured"] = min(found.get("captured", 10**6), 1)  # "four of the company's employees, in custody since November,": their state, set off
    subject = not any(pats[f"q:{q}"].search(text, lo, start) for q in FATES)  # "20 hostages and guests were killed", not "Gunmen killed 12 villagers and women were abducted"
    main = MAIN_VERB.match(text, np_end, hi) or COPULA.match(text, np_end, hi) or OWN_PASSIVE.match(text, np_end, hi) or (subject and JOINED_PASSIVE.match(text, np_end, hi))
    if main:  # "eight men arrested during the operation were still missing", "four of the detained men remain missing": the main verb tells
        told = main.end() + len(re.match(r"(?:(?:found|discovered|reported|confirmed|declared)\s+)?", text[main.end() :]).group())  # "… were later found dead"
        for q in FATES:
            if pats[f"q:{q}"].match(text, told, hi):
                found[q] = -1
    return found


def _verb_starts(text: str, np_end: int, hi: int) -> list[int]:
    """Where the figure's own verb may start: right after its noun, or after a short "of the
    delegation" (one to three words), past an auxiliary."""
    starts = [np_end]
    if (of := OWN_COMPLEMENT.match(text, np_end, hi)) is not None:
        starts += [w.end() for w in re.finditer(r"[\w’'-]+", text[of.end() : hi])][:3]
        starts[1:] = [of.end() + e for e in starts[1:]]
    return [OPTIONAL_AUXILIARY.match(text, at, hi).end() for at in starts if at <= hi]


def _owned_by_later_figure(text: str, np_end: int, at: int, pats: dict) -> bool:
    """A word of loss right after a later figure ("six prisoners", "eight wounded") is that
    figure's, as is a captive noun after its people ("had taken two Russians prisoner")."""
    later = [f for f in pats["figure"].finditer(text, np_end, at) if f.group().strip()]
    if not later:
        return False
    between = text[later[-1].end() : at].split()
    return not between or (len(between) == 1 and CAPTIVE_NOUN.match(text, at) is not None)


TOOK_BEFORE = re.compile(r"(?<![\w-])(?:took|taking|seizing|snatching|grabbed|(?:lead|leads|led|leading|march|marched|marching|drive|drove|driving|carry|carried|carrying)\s+(?:away|off))\s+$", re.IGNORECASE)  # also "had seen gunmen lead away seven drivers"
CARRIER_TOOK = re.compile(r"(?<![\w-])(?:truck|trucks|lorry|bus|buses|minibus|coach|plane|flight|boat|pirogue|car|vehicle|helicopter)\s+(?:that\s+|which\s+)?took\s+(?:(?:about|some|nearly|more\s+than|at\s+least)\s+)?$", re.IGNORECASE)  # "a truck that took 22 passengers": carried, not captured
TAKEN_TO = re.compile(r"\s+(?:to|towards|into|back|part|along|with(?!\s+(?:them|him|her)(?![\w-])))(?![\w-])", re.IGNORECASE)
CAPTIVE_NOUN = re.compile(r"(?:prisoners?|hostages?|captives?)(?![\w-])", re.IGNORECASE)


SAYS_ANOTHER_FIGURE = re.compile(r"\s*,?\s*(?:says|said|say|adds|added|reports|reported)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,2}?(?=" + COUNTED.pattern + ")", re.IGNORECASE)  # ", says eight French nationals …"
LIST_MARKER = re.compile(r"\s*\(?\d{1,2}[.)]\s+(?=(?-i:[a-z])|(?-i:[A-Z])[a-z]+\s+(?-i:[a-z]))")  # "1. presents …", "2) Calls on …": a numbered item's mark, no count


def _fate_in_segment(text: str, np_end: int, hi: int, pats: dict) -> bool:
    """A word of loss in the figure's own stretch of clause, up to the next comma ("30 villagers
    were gathered in the square and shot dead"), not in a clause set off after it."""
    comma = text.find(",", np_end, hi)
    end = hi if comma < 0 else comma
    return any(pats[f"q:{q}"].search(text, np_end, end) for q in FATES)


TOOK_AWAY = re.compile(r"(?<![\w-])(?:took|take|taking)\s+away(?![\w-])", re.IGNORECASE)


BREAKDOWN_BEFORE = re.compile(rf"(?<![\w-])(?:{BREAKDOWN_OPENERS})\s+(?:(?:at\s+least|some|about|around|nearly)\s+)?$", re.IGNORECASE)
OBJECT_OF = re.compile(r"(?<![\w-])(?:[a-z]{3,}ed|took|left|hit|cut|won|lost|put|set)\s+(?:(?:the|a|an|its|their|his|her|some|about|around|at\s+least)\s+)?$", re.IGNORECASE)  # "a reshuffle dropped two of the coup leaders, soldiers detained …": the object of its own verb
BY_AGENT = re.compile(r"\s+by\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?(?:(?:some|about|around|nearly|at\s+least|more\s+than|only|just)\s+)?", re.IGNORECASE)
PROTESTED_NOUN = re.compile(r"(?<![\w-])(?:against|over|denounc\w*|condemn\w*|mourn\w*)\s+(?:the|this|these|those|recent|latest)\s+(?:recent\s+)?$", re.IGNORECASE)
ARRIVED = re.compile(r"(?<![\w-])(?:arrived|arriving|arrive|arrives|landed|deployed)(?![\w-])", re.IGNORECASE)


def counted_figures(ctx: SentenceContext, language: str) -> list[tuple[re.Match, str]]:
    """The figures of a sentence that count casualties, strength or equipment, with what they
    count, and its qualitative losses; dates, durations and numbers that count things are none."""
    pats, text = figure_patterns(language), ctx.sentence.text
    taken = [(t.char_start, t.char_end) for t in ctx.timexes]
    found: list[tuple[re.Match, str]] = []
    asides = [(a.start(), a.end()) for a in UNIT_ASIDE.finditer(text)]
    means = [(a.start(), a.end()) for a in MEANS_ASIDE.finditer(text)]
    marker = LIST_MARKER.match(text)
    for m in revisions_apart(text, pats):
        if any(m.start() < e and b < m.end() for b, e in taken):
            second = pats["figure_alone"].match(text, m.start("b")) if m.group("b") and not any(m.start("b") < e and b < m.end("b") for b, e in taken) else None
            if second is None:
                continue  # a date or a duration, not a count
            m = second  # "25 November 2019 – 13 French soldiers are killed": the year and the toll after a chronology's dash are no range
        if marker is not None and m.start() < marker.end():
            continue  # "1. presents its condolences … to the wounded": an item's number
        if any(b < m.start() and m.end() < e for b, e in asides):
            continue  # "4,630 people (812 households)": the same people counted by household, no figure of its own
        m = without_preposition(text, m, language)
        number_start = next(m.start(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None)
        head = count_head(text, m.end(), ctx.names, language)
        if not is_count(text, m, head[0], language):
            continue
        quantity = _quantity(text, (m.start(), number_start, m.end()), head, language)
        if quantity == "captured" and head[2].casefold() in folded_words(language, "holds", "refugees"):
            quantity = "displaced"  # "Mbera camp still holds some 90,000 refugees": a camp holds refugees, nobody holds them captive
        elif quantity == "captured" and held_not_captive(text, m, head[2], language):
            quantity = None  # "the coalition still holds 20 deputies", "the army still holds 300 men in the camp": no captives
        if quantity is None and (bare_number(text, m.start(), language) or (head[0] == "none" and said_bare(text, m))):
            quantity = SAME_AS_BEFORE  # "put the number at about 55": what was counted before
        if quantity == SET_FREE or (quantity == "wounded" and illness(language).search(text)):
            continue  # no claim, and none taken from the figure before ("four attackers killed, 36 hostages freed"); patients of an illness are no wounded
        participle = _participle_after(text, head[1], pats) if head[0] in ("person", "name") else None
        quantity = quantity_from_before(text, m, number_start, head, quantity, found, participle, language)
        aside = next(((b, e) for b, e in means if b < m.start() < e), None)
        if quantity in FATES and aside is not None and not any(pats[f"q:{q}"].search(text, m.end(), aside[1]) for q in FATES):
            quantity = "strength" if head[0] in ("person", "name") else None  # "which has 120 beds and five surgeons,": what it has (not "which has 12 players injured")
        if quantity is not None and figure_values(m, quantity, language)[:2] != (None, None):
            found.append((m, quantity))
    found = digits_over_words(text, found, language)
    found += [(m, "losses") for m in pats["qualitative"].finditer(text)]
    for m in [*pats["single"].finditer(text), *pats["ranked"].finditer(text), *pats["pair"].finditer(text), *pats["object_single"].finditer(text)]:
        loss = text[m.end("np") : m.end()] if "verb" not in m.re.groupindex else m.group("verb") or (before.group(1) if (before := OBJECT_LOSS_BEFORE.search(text, max(0, m.start() - 90), m.start())) else "")
        quantity = next((q for q in ("killed", "wounded", "captured", "missing") if pats[f"q:{q}"].search(loss)), None)
        if quantity and not pats["negated"].search(text, max(0, m.start() - 12), m.start()) and not any(f.start() < m.end() and m.start() < f.end() for f, _ in found):
            found.append((m, quantity))  # not "not a single civilian was killed": a denial, no figure
    return sorted(found, key=lambda f: f[0].start())
