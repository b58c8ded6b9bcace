"""Figures of the speaker's own people: "nine of its men", "while losing four men", "the army
acknowledged 26 dead", "two of their colleagues".

Why: a side's count of its own losses is the most conservative figure a casualty estimate rests
on (UCDP's low), so it must be tied to the speaker's side, not left unowned."""

from __future__ import annotations

import re
from functools import cache

from timeline.claim_figures import words
from timeline.claim_quantities import CAPTOR_BEFORE
from timeline.claim_subjects import BARE_LABELS, is_own_side
from timeline.claimants import Speaker
from timeline.names import actors
from timeline.regex_gate import alternation
from timeline.speaker_nouns import institution_types


OWN_PEOPLE_AFTER = re.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?", re.IGNORECASE)


@cache
def other_people(language: str) -> re.Pattern:
    """Plural nouns of people (claims_<language>.toml ``heads.persons``, not pronouns)."""
    nouns = [w for w in words(language)["heads"]["persons"] if w.endswith("s") or w in ("men", "women", "people", "police")]
    return re.compile(rf"(?<![\w-])(?:{alternation(nouns)})(?![\w-])", re.IGNORECASE)


def speaker_is_their(text: str, label: str, figure: int, language: str) -> bool:
    """Whether "their colleagues" can be the speaker's: no other people named between the
    speaker and the figure ("Residents said jihadists killed five soldiers and wounded two of
    their comrades": the soldiers' comrades)."""
    found = list(re.finditer(r"\s+".join(map(re.escape, label.split())), text[:figure]))  # hard-wrapped copy breaks a label across lines
    return bool(found) and other_people(language).search(text, found[-1].end(), figure) is None


WHILE_LOSING = re.compile(r"(?<![\w-])(?:while|but|and|for|after)\s+(?:only\s+)?losing\s+(?:(?:at\s+least|about|some|nearly|more\s+than|only|just)\s+)?$", re.IGNORECASE)
HAD_LOST = re.compile(r"(?<![\w-])(?:it|they|we|(?:his|her|its|their|our)\s+(?:own\s+)?(?:group|movement|side|forces|unit|camp|organi[sz]ation|coalition))\s+(?:had\s+|has\s+|have\s+)?(?:only\s+)?lost\s+[\"“]?(?:(?:only|just|at\s+least|about|some)\s+)?$", re.IGNORECASE)
THEIR_FELLOWS = re.compile(r"\s+of\s+(?:their|his|her|our|my)\s+(?:own\s+)?(?:colleagues|comrades|co-workers|workmates|fellow\s+[\w-]+)(?![\w-])", re.IGNORECASE)


def own_people(text: str, m: re.Match, label: str | None, language: str) -> bool:
    """A figure of the speaker's own people: "nine of its men", "its own side had lost two",
    "16 wounded on the friendly side", "we deplore 4 martyrs … on our side"."""
    if CAPTOR_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # '"we are holding about 30 of their men"': the other side's, held by the speaker
    if OWN_PEOPLE_AFTER.match(text, m.end()) is not None:
        return True
    if label is not None and re.fullmatch(r"(?:his|her)\s+(?:own\s+)?(?:men|fighters|combatants|troops)", label, re.IGNORECASE):
        return True  # "GATIA's secretary-general … said no more than eight of his men had died": his group's men
    if label is not None and label.casefold() in ("men", "fighters", "combatants") and WHILE_LOSING.search(text, max(0, m.start() - 40), m.start()):
        return True  # "had killed more than 40 soldiers …, while losing four men": the speaker's side lost them
    if label is not None and label.casefold() in ("men", "fighters", "combatants", "soldiers", "troops") and HAD_LOST.search(text, max(0, m.start() - 60), m.start()):
        return True  # 'said his group had lost "only four men"': the speaker's side
    if label is None:
        return False
    return re.match(r"(?:its|their)\s+own\b", label, re.IGNORECASE) is not None or is_own_side(label, language)


ACKNOWLEDGED = re.compile(r"(?<![\w-])(?:(?:acknowledged|acknowledges|acknowledging|admitted|admits|admitting|conceded|concedes|conceding)|(?:put|puts|putting|gave|gives|estimated|estimates)\s+(?:its|their|our)\s+(?:own\s+)?(?:losses|casualties)\s+at)\s+(?:(?:at\s+least|only|just|some|about)\s+)?(?:\d[\d,]*\s+(?:dead|killed)\s*(?:,\s*|\s+and\s+))?$", re.IGNORECASE)  # also "the CMA puts its losses at 11 dead"
ARMED = frozenset({"state_force", "separatist", "jihadist", "militia", "pmc"})


def acknowledged_losses(text: str, m: re.Match, label: str | None, speaker: Speaker, language: str) -> bool:
    """"the army acknowledged 26 dead", "the army gave a provisional toll of 15 dead": an armed
    state force's bare toll is its own (not a government's count of villagers), unless the
    sentence names other dead (civilians, attackers, a village), a disaster or a strike, breaks
    the toll down after a colon, or gives it as an attack's or the speaker's own blows (OTHERS_TOLL)."""
    kinds = {actors()[speaker.actor_id].fields.get("type")} if speaker.actor_id else set(institution_types((speaker.label or "").lower(), language))  # "the army", "the general staff": claimants_<language>.toml institutions
    if not ARMED & kinds or label not in BARE_LABELS:
        return False
    if ACKNOWLEDGED.search(text, max(0, m.start() - 40), m.start()) is not None:
        return True
    return "state_force" in kinds and label != "people killed" and MIXED_TOLL.search(text) is None and OTHERS_TOLL.search(text, 0, m.start()) is None  # an army's "toll of 15 dead" (a jihadist group's "leaving 40 dead" are its enemies)


OTHERS_TOLL = re.compile(r"(?<![\w-])(?:(?:the|an?|this|that)\s+(?:[\w’'-]+\s+)?(?:attack|assault|ambush|raid|bombing|explosion|blast|fighting|clashes|violence)|it|they|we|its\s+(?:troops|soldiers|men|units)|their\s+(?:troops|soldiers|men|units))\s+(?:had\s+|has\s+|have\s+)?(?:killed|left|inflicted|neutrali[sz]ed)(?![\w-])", re.IGNORECASE)  # "the army said its troops had killed 20, leaving 20 dead": the other side's; "the attack left 12 dead": whoever the attack hit
MIXED_TOLL = re.compile(r"(?<![\w-])(?:civilians?|villagers?|residents?|passengers?|women|children|victims?|villages?|markets?|weddings?|mosques?|buses|bus|boats?|attackers?|assailants?|terrorists?|jihadists?|rebels?|fighters|enemy|massacre|including|among\s+them|floods?|accident|crash|collapse|collapsed|fire|explosion|blast|strikes?|drones?|bombardment|shelling|hideouts?|miners|lost)(?![\w-])|\d\s+dead\s*:", re.IGNORECASE)  # a toll that names whose dead is not the speaker's own
