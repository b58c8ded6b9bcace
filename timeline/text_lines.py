"""Lines of an article's raw text, and the word lists and patterns every line rule reads.

Why apart: ingest (timeline/ingest.py) and the rejoining of hard-wrapped copy
(timeline/unwrap.py) both read lines, their words and the boilerplate rules
(resources/boilerplate.toml, resources/language.toml); each piece is written once, here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from timeline.regex_gate import PatternSet

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@lru_cache(maxsize=4096)
def words_of(text: str) -> tuple[str, ...]:
    """The words of a line, once: the line rules ask for them several times."""
    return tuple(WORD.findall(text))
URL_LINE = re.compile(r"(https?://|www\.)\S+")
SENTENCE_PUNCT = re.compile(r"[.!?…:;][\"'”’)\]]*$")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
QUOTE_START = re.compile(r"^[«“\"„‘']")
BOM = "\ufeff"  # a byte-order mark (a file's first character, or one pasted into another) is never text


@dataclass(frozen=True)
class Line:
    """A non-blank line of the raw text: the span of its text without surrounding white space.

    ``indent`` is the white space before it on its physical line; a rejoined (unwrapped) line
    spans several physical lines and its text keeps their line breaks.
    """

    start: int
    end: int
    text: str
    indent: int = 0

    @property
    def words(self) -> list[str]:
        return list(words_of(self.text))


@cache
def boilerplate_rules() -> dict:
    """resources/boilerplate.toml, with its pattern lists compiled behind prefix gates."""
    text = resources.files("timeline").joinpath("resources/boilerplate.toml").read_text(encoding="utf-8")
    rules = tomllib.loads(text)
    byline_word = "(" + "|".join([rules["byline_name"], *rules["byline_words"]]) + ")"
    rules["bylines"] = [p.replace("{word}", byline_word) for p in rules["bylines"]]
    for key in ("cues", "closing_cues", "bylines", "byline_followers", "captions", "tail_cues", "related_headings"):
        rules[f"{key}_res"] = PatternSet([re.compile(p, re.IGNORECASE) for p in rules[key]])
    return rules


@cache
def language_rules() -> dict:
    """resources/language.toml: stop words, dateline months, dangling and headline words."""
    text = resources.files("timeline").joinpath("resources/language.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _datelines(language: str) -> tuple[re.Pattern, ...]:
    """The dateline patterns of a language, with its month names put in."""
    lang = language_rules()
    months = "|".join(sorted(lang["months"].get(language, []), key=len, reverse=True))
    return tuple(re.compile(p.replace("{month}", months)) for p in lang["datelines"].get(language, []))


@cache
def _entry_opening(language: str) -> re.Pattern:
    """A chronology's line: a day (with or without its year) and a dash or colon, then its text
    ("10-12 July 2020 - Clashes in the capital; …", "Jan. 14: Islamist fighters seize Diabaly")."""
    months = "|".join(sorted(language_rules()["months"].get(language, []), key=len, reverse=True))
    weekdays = "|".join(sorted(language_rules()["weekdays"].get(language, []), key=len, reverse=True))
    day = rf"(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{months})\.?|(?:{months})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?)"
    return re.compile(rf"^[\W\s]{{0,3}}(?:(?:{weekdays})\.?,?\s+)?{day}(?:,?\s+(?:19|20)\d\d)?\s*(?:[-–—:])\s+(?:\S+\s+){{2,}}\S")


@cache
def _dated_head(language: str) -> re.Pattern:
    """A dated entry's head at any precision: a day as in ``_entry_opening``, a month and year
    ("March 2012 -") or a year ("2013: France launches …"), then a dash or colon and its text."""
    months = "|".join(sorted(language_rules()["months"].get(language, []), key=len, reverse=True))
    day = rf"(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{months})\.?|(?:{months})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?)"
    year = r"(?:19|20)\d\d"
    head = rf"(?:{day}(?:,?\s+{year})?|(?:{months})\.?\s+{year}|{year}(?:,\s+{day})?)"
    return re.compile(rf"^[\W\s]{{0,3}}{head}\s*(?:[-–—:])\s+(?:\S+\s+){{2,}}\S")


def dated_entry(text: str, language: str = "en") -> bool:
    """Whether a line opens with a date, a dash or colon and a text: an entry of a chronology or
    a key-dates box, at whatever precision its date has."""
    return _entry_opening(language).match(text) is not None or _dated_head(language).match(text) is not None


def chronology_line(text: str, language: str = "en") -> bool:
    """Whether a line is a chronology's entry (a day, a dash, then three words or more): body text, not a heading."""
    return _entry_opening(language).match(text) is not None


def dateline_end(text: str, language: str = "en") -> int:
    """Length of the dateline that opens a text ("BAMAKO, Mali (AP) —"), 0 when none does, nor
    when a few capitals alone follow it: "MALI - NORTH" heads a newsletter's section."""
    end = max((m.end() for p in _datelines(language) if (m := p.match(text))), default=0)
    rest = text[end:].strip()
    if end and rest and len(rest.split()) <= 4 and not any(c.islower() or c.isdigit() for c in rest) and not re.search(r"[,(/]", text[:end]):
        return 0  # a bare "WORD - WORD" (no agency, no comma): not "BAMAKO, Mali (AP) — UPDATE"
    return end


def trim_line(chunk: str) -> tuple[int, str]:
    """``chunk`` without white space (no-break spaces included) or byte-order marks at its ends,
    and how many characters were cut before it."""
    lead, end = 0, len(chunk)
    while lead < end and (chunk[lead].isspace() or chunk[lead] == BOM):
        lead += 1
    while end > lead and (chunk[end - 1].isspace() or chunk[end - 1] == BOM):
        end -= 1
    return lead, chunk[lead:end]


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a text, each trimmed of white space (including no-break spaces)
    and byte-order marks."""
    lines = []
    pos = 0
    for match in [*LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        lead, stripped = trim_line(chunk)
        if stripped:
            indent = lead - chunk.count(BOM, 0, lead)  # the columns it takes: a mark takes none
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped, indent))
        pos = match.end() if match else len(text)
    return lines


BULLET = re.compile(r"\s*[-–•*]\s+\S")  # a list item's mark: "- six soldiers killed", "* KATI, JULY 22 - …"
HEADING_BULLETS = "-–•*■▪●►◆"  # marks a digest sets before a heading ("■ Oct. 5 | A government at last")
DIGEST_MIN_DAYS = 2  # titled day headings that make a digest; one such line is a page's section or stamp
ITEM_MARK = re.compile(r"\s*\(?\d{1,2}[.)]\s*")  # a numbered item's mark: "1." before "Condemns …", "1. The CSP-PSD informs …"


def has_sentence_punct(text: str) -> bool:
    return bool(SENTENCE_PUNCT.search(text))


def matches_any(patterns: PatternSet, text: str) -> bool:
    return patterns.search_any(text) is not None


def dangles(text: str, language: str) -> bool:
    """A line the page broke mid-sentence: no closing punctuation and ends on a function word."""
    words = words_of(text)
    dangling = set(language_rules()["dangling_words"].get(language, []))
    return not has_sentence_punct(text) and bool(words) and words[-1].casefold() in dangling


@lru_cache(maxsize=8192)
def is_furniture(text: str) -> bool:
    """A line that a cue, a byline or a caption pattern names as page furniture (kept per line:
    ingest asks about most lines two or three times)."""
    rules = boilerplate_rules()
    n_words = len(words_of(text))
    return (
        n_words <= rules["cue_max_words"] and (matches_any(rules["cues_res"], text) or matches_any(rules["bylines_res"], text))
    ) or (n_words <= rules["caption_max_words"] and matches_any(rules["captions_res"], text))


def is_caption(text: str) -> bool:
    """A photo caption that tells something ("Photo: Soldiers in Gao on 27 January 2013, a day
    after …"): a caption pattern, with a sentence of its own."""
    rules = boilerplate_rules()
    words = words_of(text)
    return len(words) >= rules["gallery_caption_min_words"] and re.search(r"\w[.!?]", text) is not None and matches_any(rules["captions_res"], text)
