"""Past perfects: "had" and a participle, which tell a time before the one the narrative is at.

Why: "… fled Gao in April 2012. Rebels had seized it on 31 March": a year-less day in a past
perfect falls before the last date told, not after it (timeline/narrative_years.py,
timeline/later_frames.py). The words live in dates_<language>.toml [past_perfect].
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from timeline.dates import Timex
from timeline.regex_gate import alternation

HAD_AFTER = re.compile(r"[^.;]{0,40}?(?<![\w-])had\s+(?:also\s+|already\s+)?(?-i:[a-z])+(?:ed|en)\b", re.IGNORECASE)  # "In May, the junta had also arrested …": the past perfect after a fronted date


@cache
def past_perfect_words() -> tuple[re.Pattern, re.Pattern]:
    path = resources.files("timeline").joinpath("resources/dates_en.toml")
    conf = tomllib.loads(path.read_text(encoding="utf-8"))["past_perfect"]
    perfect = re.compile(rf"(?<![\w-])(?:{alternation(conf['auxiliaries'])})\s+(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+(?:ed|en|wn|t|ung|ook|ought|ade|one)(?![\w-])", re.IGNORECASE)
    relative = re.compile(rf"(?<![\w-])(?:{alternation(conf['relative_words'])})(?![\w-])", re.IGNORECASE)
    return perfect, relative


def clause_before(text: str, t: Timex) -> str:
    """The clause up to ``t``, an aside in brackets dropped ("had driven the Movement … (MUJAO) out of the city on")."""
    return re.split(r"[,;:()\u2013\u2014]", re.sub(r"\([^()]{0,80}\)", "", text[: t.char_start]))[-1]


def past_perfect(text: str, t: Timex) -> bool:
    """Whether ``t`` dates a past perfect: "had" and a participle in its clause, before it."""
    return past_perfect_words()[0].search(clause_before(text, t)) is not None
