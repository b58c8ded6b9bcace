"""Institutions as claimants: "the ministry" resolved to the one ministry actor the article
names, "India's foreign ministry" kept foreign, a paragraph that opens abroad ("In Paris, …").

Why: a bare institution noun must become an actor only when the article leaves no doubt which
one (timeline/claimants.py); the home country's places are data (the place registry).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.names import NameMatch, actors, places
from timeline.sayings import norm
from timeline.sayings import words as sayings_words


def home_country(language: str = "en") -> str:
    """The country whose institutions a bare "the army" or "the government" names (claimants_<language>.toml)."""
    return sayings_words(language)["national_institutions"]["country"]


def is_abroad(place_id: str, language: str) -> bool:
    """A registry place in a country other than the home one (Niamey, Niger; not Gao)."""
    return places()[place_id].fields.get("country") not in ("", None, home_country(language))


def _unique_of_types(types: list[str], article_actors: set[str]) -> str | None:
    registry = actors()
    of_type = [a for a in article_actors if registry[a].fields.get("type") in types and registry[a].fields.get("generic") != "true"]
    return of_type[0] if len(of_type) == 1 else None


def institution_actor(types: list[str], article_actors: set[str], language: str, abroad: bool = False) -> str | None:
    """The one actor of an institution's kinds the article names; for a national kind ("the
    army"), the one of the home country, whatever foreign forces the article names too, unless
    the sentence is set in another country ("In Niger, … the defence ministry said")."""
    national = sayings_words(language)["national_institutions"]
    if not set(types) & set(national["types"]):
        return _unique_of_types(types, article_actors)
    if abroad:
        return None
    home = {a for a in article_actors if actors()[a].fields.get("country") == home_country(language)}
    return _unique_of_types(types, home)


OWNER = re.compile(r"(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s?\s")  # "India's foreign ministry"


@cache
def _home_places(language: str) -> frozenset[str]:
    """Folded names and aliases of the registry's places in the home country (and the country)."""
    home = home_country(language)
    out = set()
    for p in places().values():
        if p.fields.get("country") == home:
            out |= {norm(n) for n in [p.fields.get("name", ""), *p.fields.get("aliases", "").split("|")] if n}
    return frozenset(out)


def foreign_owner(phrase: str, language: str) -> bool:
    """A possessive naming somewhere outside the home country's places ("India's", not "Gao's"),
    or a foreign nationality ("the Chadian general staff")."""
    m = OWNER.match(phrase)
    if m is not None and norm(m.group(1)) not in _home_places(language):
        return True
    return _foreign_demonym(language).match(phrase) is not None


@cache
def _foreign_demonym(language: str) -> re.Pattern:
    words = sayings_words(language)["national_institutions"]["foreign_demonyms"]
    return re.compile(rf"\W*(?:the\s+)?(?:{'|'.join(map(re.escape, sorted(set(words), key=len, reverse=True)))})\s", re.IGNORECASE)


ABROAD_OPENER = re.compile(r"\W*(?:(?:meanwhile|elsewhere|separately|also)\s*,?\s+)?in\s+$", re.IGNORECASE)


def dateline_abroad(names: list[NameMatch], cut: int, language: str) -> bool:
    """A dateline (ending at ``cut``) that names a place outside the home country ("NIAMEY,
    Niger (AP) -", "PARIS, Nov 26 -"): its story's army, government or presidency are that
    country's."""
    return bool(cut) and any(n.kind == "place" and n.end <= cut and is_abroad(n.id, language) for n in names)


def opens_abroad(text: str, names: list[NameMatch], language: str) -> bool:
    """A sentence that opens in a country other than the home one ("In Niger, 23 soldiers …")."""
    first = next((n for n in names if n.kind == "place"), None)
    if first is None or not ABROAD_OPENER.fullmatch(text[: first.start]):
        return False
    return places()[first.id].fields.get("precision") == "country" and is_abroad(first.id, language)


def resolve_generic(actor_id: str, article_actors: set[str]) -> str:
    """An umbrella label ("Tuareg rebels") is the one specific actor of its kind the article
    names (the CSP), when there is exactly one; otherwise it stays the label."""
    registry = actors()
    if registry[actor_id].fields.get("generic") != "true":
        return actor_id
    return _unique_of_types([registry[actor_id].fields.get("type")], article_actors) or actor_id
