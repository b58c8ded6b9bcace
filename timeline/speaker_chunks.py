"""Where a speaker's phrase starts and ends: the chunks before a saying verb (split at commas,
relative pronouns and conjunctions, never inside a registry name or an organisation's title)
and the chunk after a cue ("according to local sources, …").

Why: speaker_phrases.py reads what a phrase names; cutting the phrase out of the sentence is a
separate job with its own rules about titles ("the Ministry of Security and Civil Protection")
and counts ("with 40,000 subscribers").
"""

from __future__ import annotations

import re

from timeline.dates import lexicon
from timeline.names import NameMatch
from timeline.sayings import norm
from timeline.speaker_shapes import COUNT_AFTER_SPEAKER, PARTICIPLE_MODIFIER


MONTHS = "|".join(sorted({m.title() for m in lexicon().months if len(m) > 3 and m.isalpha()}, key=len, reverse=True))  # "published that March": a time, not a clause
SPLIT = re.compile(
    r"[\"“”«»;]|:(?![A-Z]{1,6}\))|,(?!\d{3}(?!\d))|(?<![\w-])(?:with|viewed|watched|shared|seen)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d,]*\s+(?:subscribers|followers|members|views|readers|listeners|times)\b)|\s[—–-]\s|(?<![\w-])(?:that(?!\s+(?:year|month|week|day|morning|afternoon|evening|night|spring|summer|autumn|winter|time|(?-i:" + MONTHS + r"))\b)|which|who|whom|where|but|while|whereas|although|though|because|(?<!has\s)(?<!have\s)(?<!had\s)since|as|when|after|before|if|and|or|nor)(?![\w-])",  # not "have since counted": an adverb
    re.IGNORECASE,
)
TITLE_BEFORE_AND = re.compile(r"(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?:of|for|the|de|du|des)\s+)*(?-i:[A-Z])[\w’'-]*){2,}\s+$")  # "the National Alliance for the Safeguard of Peul Identity"
OFFICE_BEFORE_AND = re.compile(r"(?-i:Ministry|Minister|Department|Office|Directorate|Commission|Commissioner|Council|Committee|Agency|Authority|Secretariat|Secretary|Union|Federation|Association|Movement|Front|Alliance|Coalition|Platform|Network|Observatory|Mission|Court|Institute|Centre|Center)\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*\s+$")  # "the Ministry of Security and Civil Protection", "the Minister of Health and Social Development"
OFFICE_AFTER_AND = re.compile(r"\s+(?-i:[A-Z])[\w’'-]*")  # not "… of the Transition and the Prime Minister": two office-holders
TITLE_AFTER_AND = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w’'-]*)?")


def _joins_a_title(text: str, sep: re.Match) -> bool:
    """An "and" inside the name of an organisation the registry does not know ("the National
    Alliance for the Safeguard of Peul Identity and the Restoration of Justice"): three or more
    capitalised words before it, a capitalised one after (not "Mali and France")."""
    if sep.group().lower() != "and":
        return False
    before = max(0, sep.start() - 120)
    return (TITLE_BEFORE_AND.search(text, before, sep.start()) is not None and TITLE_AFTER_AND.match(text, sep.end()) is not None) or (
        OFFICE_BEFORE_AND.search(text, before, sep.start()) is not None and OFFICE_AFTER_AND.match(text, sep.end()) is not None
    )


WALK = {",", "that", "which", "who", "whom", '"', "“", "”", "with", "viewed", "watched", "shared", "seen"}  # the last five only before a count of followers or views (SPLIT)  # also 'it "recorded two dead"': a quote opened after the speaker


def chunks_before(text: str, pos: int, limit: int = 3, floor: int = 0, names: list[NameMatch] = ()) -> list[tuple[int, int]]:
    """The phrases before a verb, nearest first, across commas and relative pronouns
    ("Yusov, a spokesman for HUR, said"; "the group that claimed"), never past ``floor`` (the
    end of an earlier saying: in "X said he had counted", the speaker of "counted" is "he").
    A registry name is never cut ("the Group for the Support of Islam and Muslims")."""
    out: list[tuple[int, int]] = []
    hi = pos
    while len([c for c in out if text[c[0] : c[1]].strip()]) < limit and hi > floor:
        seps = [s for s in SPLIT.finditer(text, floor) if s.end() <= hi and not any(n.start < s.start() and s.end() < n.end for n in names) and not _joins_a_title(text, s)]
        sep = seps[-1] if seps else None
        out.append((sep.end() if sep else floor, hi))
        if sep is None or norm(sep.group()) not in WALK:
            break
        hi = sep.start()
    return out


def chunk_after(text: str, pos: int) -> tuple[int, int]:
    """The phrase after a cue ("according to local sources, …"), up to the next clause."""
    stop = re.compile(r"[\"“”«»;:,()\[\]]|(?<!\b[A-Z])(?<!\bLt)(?<!\bCol)(?<!\bGen)(?<!\bMaj)(?<!\bSgt)(?<!\bCapt)(?<!\bBrig)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.(?=\s|$)|\s[—–]\s|(?<![\w-])(?:that|which|who|whose|whom|and|on|in|late|early|last)(?![\w-])", re.IGNORECASE)  # also "a later U.N. investigation whose findings France rejected": the investigation
    m = stop.search(text, pos)
    modifier = PARTICIPLE_MODIFIER.search(text, pos, m.start() if m else len(text)) or COUNT_AFTER_SPEAKER.search(text, pos, m.start() if m else len(text))
    if modifier is not None:  # "according to the main coalition of separatist groups fighting the military government": the coalition
        m = modifier
    if re.search(r"(?<![\w-])by\s*$", text[:pos], re.IGNORECASE):  # "accused by the UN of executing …": the UN
        gerund = re.compile(r"\s(?:of|for)\s+(?=(?-i:[a-z])+ing\b)", re.IGNORECASE).search(text, pos, m.start() if m else len(text))
        m = gerund or m
    return pos, m.start() if m else len(text)
