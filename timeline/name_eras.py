"""Registry names read in the era of the article that uses them.

Why: the registry's aliases name today's actors ("the Malian government" is the junta since
August 2020); in a story written before that, the same words name the government of the day.
The rules are data (resources/eras.toml), each with its source.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources

from timeline.names import NameMatch


@cache
def _eras() -> tuple[tuple[str, date, str, re.Pattern], ...]:
    table = tomllib.loads(resources.files("timeline").joinpath("resources/eras.toml").read_text(encoding="utf-8"))
    return tuple(
        (e["actor_id"], date.fromisoformat(e["until"]), e["becomes"], re.compile("|".join(re.escape(w) for w in e["keep_when"]), re.IGNORECASE))
        for e in table.get("alias_eras", [])
    )


def in_era(texts: list[str], found: list[list[NameMatch]], published: date) -> list[list[NameMatch]]:
    """Each sentence's names, an alias of an actor that did not yet exist when the article was
    published read as the actor of its day ("the Malian government" in 2015)."""
    eras = [e for e in _eras() if published <= e[1]]
    if not eras:
        return found
    out = []
    for text, names in zip(texts, found):
        kept = []
        for n in names:
            era = next((e for e in eras if e[0] == n.id), None)
            kept.append(replace(n, id=era[2]) if era and not era[3].search(text[n.start : n.end]) else n)
        out.append(kept)
    return out
