"""A document's own act told in the present ("The Authority decides to lift, with immediate
effect, the sanctions"): done on the day the text is issued.

Why: a reproduced communiqué decides in the present tense and gives no date of its own beyond
its date line; without this the lifting of sanctions it decides would be undated and dropped.
Words: events_<language>.toml ``performatives`` and ``performative_not``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.live_blogs import publication_day
from timeline.regex_gate import alternation


@cache
def _performative(language: str) -> tuple[re.Pattern, re.Pattern]:
    words, nots = (alternation(event_words(language)[k]) for k in ("performatives", "performative_not"))
    return (re.compile(rf"(?<![\w-])(?:{words})\s+(?:[^\s.;:]+\s+){{0,4}}$", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{nots})(?![\w-])", re.IGNORECASE))


def performed_now(text: str, trigger_start: int, published: date | None, language: str) -> Timex | None:
    """The publication day, for an act a document does in the present ("The Authority decides to
    lift, with immediate effect, the sanctions": events_<language>.toml ``performatives``), not
    a habit, a story or a condition (``performative_not``)."""
    act, other = _performative(language)
    if published is None or act.search(text, max(0, trigger_start - 60), trigger_start) is None or other.search(text):
        return None
    return publication_day(published)
