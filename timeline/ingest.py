"""Ingest: from a raw article to its report text, paragraphs and sentences, with raw offsets.

Why: articles arrive wrapped in page furniture (comment forms, ad slots, teasers, spam). The raw
file is never edited; instead each line is judged by general rules (``resources/boilerplate.toml``)
and every kept piece keeps its offsets into the raw text, so that any later quote satisfies
``raw_text[char_start:char_end] == quote``. Everything here is a pure function of (text, language).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
URL_LINE = re.compile(r"(https?://|www\.)\S+")
SENTENCE_PUNCT = re.compile(r"[.!?…:;][\"'”’)\]]*$")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
QUOTE_START = re.compile(r"^[«“\"„‘']")


@dataclass(frozen=True)
class Line:
    """A non-blank line of the raw text: the span of its text without surrounding white space."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)


@dataclass(frozen=True)
class Paragraph:
    """A kept stretch of report text; ``kind`` is title, heading or body."""

    index: int
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Sentence:
    source_id: str
    sentence_index: int
    paragraph_index: int
    kind: str
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True)
class Removed:
    source_id: str
    char_start: int
    char_end: int
    rule: str
    text: str


@dataclass(frozen=True)
class CleanText:
    """The report text (kept paragraphs joined by blank lines) and its map back to the raw text."""

    text: str
    segments: tuple[tuple[int, int, int], ...]  # (clean_start, raw_start, length)

    def to_raw(self, offset: int) -> int:
        """Raw offset of a clean-text offset (an end offset maps to just past its segment)."""
        for clean_start, raw_start, length in self.segments:
            if clean_start <= offset <= clean_start + length:
                return raw_start + offset - clean_start
        raise ValueError(f"offset {offset} falls between paragraphs of the clean text")


@dataclass(frozen=True)
class Ingested:
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...]
    clean: CleanText

    @property
    def kept_chars(self) -> int:
        return sum(p.end - p.start for p in self.paragraphs)


@cache
def _rules() -> dict:
    text = resources.files("timeline").joinpath("resources/boilerplate.toml").read_text(encoding="utf-8")
    rules = tomllib.loads(text)
    rules["cue_res"] = [re.compile(p, re.IGNORECASE) for p in rules["cues"]]
    rules["closing_res"] = [re.compile(p, re.IGNORECASE) for p in rules["closing_cues"]]
    return rules


@cache
def _language() -> dict:
    text = resources.files("timeline").joinpath("resources/language.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _stopword_sets(language: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The article language's stop words and, per other language, the words only it has."""
    lists = {k: frozenset(v) for k, v in _language()["stopwords"].items()}
    own = lists[language]
    others = {lang: words - own for lang, words in lists.items() if lang != language}
    return own, others


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a text, each trimmed of white space (including no-break spaces)."""
    lines = []
    pos = 0
    for match in [*LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos = match.end() if match else len(text)
    return lines


def _normal(text: str) -> str:
    return " ".join(w.casefold() for w in WORD.findall(text))


def _has_sentence_punct(text: str) -> bool:
    return bool(SENTENCE_PUNCT.search(text))


def _matches(patterns: list[re.Pattern], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _is_spam(words: list[str], share: float) -> bool:
    folded = [w.casefold() for w in words]
    trigrams = [tuple(folded[i : i + 3]) for i in range(len(folded) - 2)]
    counts = Counter(trigrams)
    covered = set()
    for i, tri in enumerate(trigrams):
        if counts[tri] >= 3:
            covered.update(range(i, i + 3))
    return bool(folded) and len(covered) / len(folded) >= share


def _is_foreign(words: list[str], language: str) -> bool:
    own, others = _stopword_sets(language)
    folded = [w.casefold() for w in words]
    own_hits = sum(w in own for w in folded)
    best = max((sum(w in ws for w in folded) for ws in others.values()), default=0)
    return len(folded) >= 3 and best >= 2 and best > own_hits


def classify_lines(lines: list[Line], language: str) -> dict[int, str]:
    """Which lines are boilerplate, as {line position: rule}; lines not named are report text."""
    rules = _rules()
    removed: dict[int, str] = {}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        words = line.words
        norm = _normal(line.text)
        if len(words) <= rules["cue_max_words"] and _matches(rules["cue_res"], line.text):
            removed[i] = "cue"
        elif URL_LINE.fullmatch(line.text):
            removed[i] = "bare_url"
        elif norm and norm in seen:
            removed[i] = "repeated_line"
        elif _is_foreign(words, language) and not QUOTE_START.match(line.text):  # a quote in its own language is report
            removed[i] = "foreign_language"
        elif len(words) >= 9 and _is_spam(words, rules["spam_repetition_share"]):
            removed[i] = "spam_repetition"
        seen.add(norm)
    # A short line that only repeats text of a line removed for what it is (not for being a copy).
    removed_norms = [_normal(lines[i].text) for i, rule in removed.items() if rule != "repeated_line"]
    # After a closing cue, the short lines of the page's tail are furniture too: but only past the
    # last line that reads as report, so a teaser in mid-article takes nothing else with it.
    report_like = [
        i for i, line in enumerate(lines)
        if i not in removed and _has_sentence_punct(line.text) and len(line.words) > rules["echo_max_words"]
    ]
    tail_start = (report_like[-1] + 1) if report_like else 0
    closing = False
    for i, line in enumerate(lines):
        words = line.words
        short_unpunctuated = not _has_sentence_punct(line.text)
        if i in removed:
            closing = closing or _matches(rules["closing_res"], line.text)
            continue
        norm = _normal(line.text)
        if short_unpunctuated and len(words) <= rules["echo_max_words"] and norm and any(norm in r for r in removed_norms):
            removed[i] = "echo_of_removed"
        elif closing and i >= tail_start and len(words) <= rules["echo_max_words"]:
            removed[i] = "after_cue"
        elif i > 0 and short_unpunctuated and len(words) <= rules["label_max_words"]:
            removed[i] = "short_label"
    return removed


def _dangles(text: str, language: str) -> bool:
    """A line the page broke mid-sentence: no closing punctuation and ends on a function word."""
    words = WORD.findall(text)
    dangling = set(_language()["dangling_words"].get(language, []))
    return not _has_sentence_punct(text) and bool(words) and words[-1].casefold() in dangling


def paragraphs(lines: list[Line], removed: dict[int, str], language: str) -> list[Paragraph]:
    """Kept lines as paragraphs, rejoining lines the page broke mid-sentence."""
    rules = _rules()
    spans: list[list[int]] = []
    kept = [line for i, line in enumerate(lines) if i not in removed]
    position = {id(line): i for i, line in enumerate(lines)}
    for j, line in enumerate(kept):
        previous = kept[j - 1] if j else None
        adjacent = previous is not None and position[id(line)] == position[id(previous)] + 1  # never across a removed line
        rejoin = adjacent and (
            _dangles(previous.text, language) or (not _has_sentence_punct(previous.text) and line.text[:1].islower())
        )
        if rejoin:
            spans[-1][1] = line.end
        else:
            spans.append([line.start, line.end])
    out = []
    for index, (start, end) in enumerate(spans):
        first = next(line for line in kept if line.start == start)
        single = first.end == end
        short = single and not _has_sentence_punct(first.text) and len(first.words) <= rules["heading_max_words"]
        is_title = short and index == 0 and first is lines[0]
        kind = "title" if is_title else "heading" if short else "body"
        out.append(Paragraph(index, start, end, kind))
    return out


def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(_language()["abbreviations"].get(language, []))


BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])")
TOKEN_BEFORE = re.compile(r"(\S+)$")


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end) in a paragraph: a stop, ! or ? before a capital, unless an abbreviation."""
    abbreviations = _abbreviations(language)
    spans = []
    start = 0
    for match in BOUNDARY.finditer(text):
        token = TOKEN_BEFORE.search(text[start : match.end()])
        word = token.group(1) if token else ""
        word = word.lstrip("\"'“‘([")
        if word in abbreviations or re.fullmatch(r"[A-Z]\.", word) or re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return out


def clean_text(raw: str, paras: list[Paragraph]) -> CleanText:
    """Kept paragraphs joined by blank lines, with the map from clean offsets to raw offsets."""
    parts, segments, pos = [], [], 0
    for p in paras:
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(raw[p.start : p.end])
        segments.append((pos, p.start, p.end - p.start))
        pos += p.end - p.start
    return CleanText("".join(parts), tuple(segments))


def ingest(source_id: str, raw: str, language: str = "en") -> Ingested:
    """Boilerplate stripped, paragraphs and sentences found, everything as raw offsets."""
    lines = split_lines(raw)
    removed_at = classify_lines(lines, language)
    paras = paragraphs(lines, removed_at, language)
    sentences = []
    for p in paras:
        spans = [(0, p.end - p.start)] if p.kind != "body" else split_sentences(raw[p.start : p.end], language)
        for s, e in spans:
            start, end = p.start + s, p.start + e
            sentences.append(Sentence(source_id, len(sentences), p.index, p.kind, start, end, raw[start:end]))
    removed = tuple(
        Removed(source_id, lines[i].start, lines[i].end, rule, lines[i].text) for i, rule in sorted(removed_at.items())
    )
    return Ingested(tuple(paras), tuple(sentences), removed, clean_text(raw, paras))
