"""A place told by reference to one named before: "another mine killed one of their comrades in
the same area" happened where the sentence (or the article) last placed something.

Why: a death or a blast needs a place to stand as an event of its own (timeline/linking.py);
"the same area" names none, but a careful coder reads it as the place just named.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.event_lexicon import event_words
from timeline.names import NameMatch, most_specific
from timeline.regex_gate import alternation


@cache
def _same_area(language: str) -> re.Pattern:
    phrases = event_words(language)["same_area_phrases"]
    return re.compile(rf"[^.;]{{0,60}}?(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)


def same_area(text: str, t_end: int, language: str) -> bool:
    """Whether the words after a trigger place it "in the same area" as a place named before."""
    return _same_area(language).match(text, t_end) is not None


def named_before(places: list[NameMatch], pos: int) -> str | None:
    """The most specific place named in the sentence before ``pos`` ("near Aguelhok in the Kidal
    region, four days after another mine killed … in the same area": Aguelhok)."""
    return most_specific(list(dict.fromkeys(n.id for n in places if n.end <= pos)))
