"""What became of captives a figure counts: killed after their capture, or killed and only
described by it.

Why: "100 soldiers had been seized … and killed" and "executed 20 soldiers captured at
Aguelhok" hold words of capture and of killing; the dead are counted as killed, not captured.
Split from timeline/claim_quantities.py, which decides each figure's quantity; ``pats`` are its
figure patterns (timeline/claim_figures.py).
"""

from __future__ import annotations

import re

from timeline.claim_figures import folded_words
from timeline.fate_words import HOLDS_BEFORE

ARMED_HOLDER = re.compile(r"(?<![\w-])(?:rebels|jihadists|militants|gunmen|kidnappers|insurgents|separatists|terrorists|captors|fighters)\s+(?:were|are|was|is)?\s*(?:still\s+)?holding\s+(?:[\w’'-]+\s+){0,3}?$", re.IGNORECASE)  # "The rebels were still holding about 30 civil servants": captives, not a strength
WE_HOLD = re.compile(r"(?<![\w-])we\s+(?:are|were|have\s+been)\s+(?:still\s+)?holding\s+(?:(?:about|some|around|nearly|at\s+least|more\s+than)\s+)?$", re.IGNORECASE)  # not "they are holding 500 of their fighters in reserve"
THEIR_MEN = re.compile(r"\s+of\s+(?:their|the\s+enemy['’]s|the\s+army['’]s|the\s+soldiers['’])\s+(?:men|soldiers|fighters|troops|comrades|militiamen)(?![\w-])", re.IGNORECASE)  # '"we are holding about 30 of their men," a commander said': the other side's, captives


def held_not_captive(text: str, m: re.Match, noun: str, language: str) -> bool:
    """People a body "still holds" that are not its captives ("the coalition still holds 20
    deputies", "the army still holds 300 men in the camp"), unless an armed group holds them, the
    sentence calls them prisoners or hostages, or "we are holding about 30 of their men"."""
    if not HOLDS_BEFORE.search(text, max(0, m.start() - 40), m.start()) or ARMED_HOLDER.search(text, max(0, m.start() - 60), m.start()):
        return False
    if noun.casefold() in folded_words(language, "holds", "captives") or re.match(r"[^.;,]{0,30}?(?<![\w-])(?:prisoners?|hostages?|captives?|captivity)(?![\w-])", text[m.end() :], re.IGNORECASE):
        return False
    return not (THEIR_MEN.match(text, m.end()) and WE_HOLD.search(text, max(0, m.start() - 40), m.start()))


def killed_after_capture(text: str, np_end: int, hi: int, pats: dict) -> bool:
    """"100 soldiers had been seized … and killed", "were abducted and later executed": after
    the figure's noun phrase, a word of killing joined by "and" to a word of capture tells what
    became of the captives (not "took 28 prisoners and killed 30 rebels": a count of its own)."""
    for cap in pats["q:captured"].finditer(text, np_end, hi):
        after = re.match(r"[^,;\d]{0,60}?\sand\s+(?:(?:then|later|subsequently|were|was|had\s+been|been)\s+)*", text[cap.end() : hi])
        kill = after and pats["q:killed"].match(text, cap.end() + after.end(), hi)
        if kill and not pats["figure"].match(text, kill.end() + 1):
            return True
    return False


LOST = re.compile(r"los[te]s?|losing", re.IGNORECASE)


def captives_killed(text: str, lo: int, figure_start: int, np_end: int, pats: dict) -> bool:
    """"executed 20 soldiers captured at Aguelhok", "the killing of dozens of soldiers captured
    there": a word of killing right before the figure, and a bare participle of capture right
    after its noun that says who they were, not what else became of them."""
    killed_right_before = any(re.fullmatch(r"\s*(?:of\s+)?(?:the\s+|some\s+)?", text[k.end() : figure_start]) and not LOST.fullmatch(k.group()) for k in pats["q:killed"].finditer(text, lo, figure_start))  # not "the army lost 15 soldiers captured by JNIM"
    participle = re.match(r"\s+", text[np_end:])
    return killed_right_before and participle is not None and pats["q:captured"].match(text, np_end + participle.end()) is not None
