"""Ingest: from a raw article to its report text, paragraphs and sentences, with raw offsets.

Why: articles arrive wrapped in page furniture (comment forms, ad slots, teasers, spam). The raw
file is never edited; instead each line is judged by general rules (``resources/boilerplate.toml``)
and every kept piece keeps its offsets into the raw text, so that any later quote satisfies
``raw_text[char_start:char_end] == quote``. Plain-text wire copy arrives hard-wrapped (a line
break every ~70 characters, mid-sentence): such lines are rejoined first, so that a line is what
the writer meant as one; a rejoined line keeps its line breaks inside its raw span. Everything
here is a pure function of (text, language).
"""

from __future__ import annotations

import re
import statistics
import tomllib
from collections import Counter
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
    byline_word = "(" + "|".join([rules["byline_name"], *rules["byline_words"]]) + ")"
    rules["bylines"] = [p.replace("{word}", byline_word) for p in rules["bylines"]]
    for key in ("cues", "closing_cues", "bylines", "byline_followers", "captions", "tail_cues"):
        rules[f"{key}_res"] = PatternSet([re.compile(p, re.IGNORECASE) for p in rules[key]])
    return rules


@cache
def _language() -> dict:
    text = resources.files("timeline").joinpath("resources/language.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _datelines(language: str) -> tuple[re.Pattern, ...]:
    """The dateline patterns of a language, with its month names put in."""
    lang = _language()
    months = "|".join(sorted(lang["months"].get(language, []), key=len, reverse=True))
    return tuple(re.compile(p.replace("{month}", months)) for p in lang["datelines"].get(language, []))


def dateline_end(text: str, language: str = "en") -> int:
    """Length of the dateline that opens a text ("BAMAKO, Mali (AP) —"), 0 when none does."""
    return max((m.end() for p in _datelines(language) if (m := p.match(text))), default=0)


def _stopword_sets(language: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The article language's stop words and, per other language, the words only it has."""
    lists = {k: frozenset(v) for k, v in _language()["stopwords"].items()}
    own = lists[language]
    others = {lang: words - own for lang, words in lists.items() if lang != language}
    return own, others


def _trim(chunk: str) -> tuple[int, str]:
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
        lead, stripped = _trim(chunk)
        if stripped:
            indent = lead - chunk.count(BOM, 0, lead)  # the columns it takes: a mark takes none
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped, indent))
        pos = match.end() if match else len(text)
    return lines


def _same_block(raw: str, a: Line, b: Line) -> bool:
    """b is on the line right after a's last line (no blank line between them)."""
    return len(LINE_BREAK.findall(raw, a.end, b.start)) == 1


def _width(line: Line) -> int:
    """Columns a physical line takes, its indent included (what a wrapping tool counts)."""
    return line.indent + len(line.text)


def wrap_width(raw: str, lines: list[Line]) -> int | None:
    """The width an article was hard-wrapped at, or None when its lines show no wrapping.

    Why: the evidence is the article's own layout: many lines, each followed by another line of
    its block, of nearly equal length, most ending mid-sentence, many followed by a lower-case word.
    """
    wrap = _rules()["wrap"]
    pairs = [
        (a, b)
        for a, b in zip(lines, lines[1:])
        if _same_block(raw, a, b)
        and wrap["min_chars"] <= _width(a) <= wrap["max_chars"]
        and not any(_is_furniture(x.text) or URL_LINE.fullmatch(x.text) for x in (a, b))  # furniture is no evidence
    ]
    open_ended = sum(not _has_sentence_punct(a.text) for a, _ in pairs)
    run_on = sum(b.text[:1].islower() for _, b in pairs)
    if (
        len(pairs) < wrap["min_lines"]
        or open_ended < wrap["unpunctuated_share"] * len(pairs)
        or run_on < wrap["lowercase_next_share"] * len(pairs)
    ):
        return None
    return int(statistics.median(_width(a) for a, _ in pairs))


def _headline_case(text: str) -> bool:
    """Most longer words capitalised ("Rebels Seize Base in Northern Mali"): a title, not a wrapped line."""
    long_words = [w for w in words_of(text) if len(w) >= 4]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _headline_style(text: str, language: str) -> bool:
    """No article word ("the", "a"): headlines leave them out, a line of prose seldom does."""
    articles = set(_language()["headline_dropped_words"].get(language, []))
    return not any(w.casefold() in articles for w in words_of(text))


def _shouting(text: str) -> bool:
    """A line in capitals (a slug, a banner, a headline): never part of a wrapped paragraph."""
    return text.isupper() and len(words_of(text)) >= 2  # isupper: some cased letter, none lower-case


def _is_furniture(text: str) -> bool:
    """A line that a cue, a byline or a caption pattern names as page furniture."""
    rules = _rules()
    n_words = len(words_of(text))
    return (
        n_words <= rules["cue_max_words"] and (_matches(rules["cues_res"], text) or _matches(rules["bylines_res"], text))
    ) or (n_words <= rules["caption_max_words"] and _matches(rules["captions_res"], text))


def _stands_alone(line: Line, first: bool) -> bool:
    """A line never glued to its neighbours: a byline, a title, a line in capitals.

    Cues are not asked here: a piece of a wrapped sentence can start like one ("latest in …").
    """
    byline = _matches(_rules()["bylines_res"], line.text)
    return byline or _shouting(line.text) or (first and _headline_case(line.text))


def _open_ended(text: str, language: str) -> bool:
    """A line that cannot end there: it ends on a function word or leaves a bracket open."""
    return _dangles(text, language) or text.count("(") > text.count(")")


def _continues(raw: str, a: Line, b: Line, width: int | None, first: bool, language: str) -> bool:
    """b goes on a's line: a cannot end there, or (wrapped copy) b's first word would not have fitted on a.

    ``first``: a is the article's first line that is not furniture, where a title stands.
    """
    if not _same_block(raw, a, b) or b.indent > a.indent or dateline_end(b.text, language):
        return False  # a blank line, an indented line or a dateline opens a paragraph
    if _stands_alone(a, first) or _stands_alone(b, False):
        return False
    capital_next = next((c.isupper() for c in b.text if c.isalnum()), False)
    if first and capital_next and not dateline_end(a.text, language) and _headline_style(a.text, language):
        return False  # the article's title over its first line
    if _open_ended(a.text, language):
        return True
    if width is None or max(_width(a), _width(b)) > _rules()["wrap"]["max_chars"]:
        return False
    return _width(a) + 1 + len(b.text.split()[0]) > width  # the tool broke here: b's first word did not fit


def unwrap(raw: str, lines: list[Line], language: str = "en") -> list[Line]:
    """Lines broken by a wrapping tool or the page rejoined into the lines the writer meant.

    Each rejoined line keeps its raw span exactly, line breaks included.
    """
    if not lines:
        return lines
    width = wrap_width(raw, lines)
    title_at = next((i for i, line in enumerate(lines) if not _is_furniture(line.text)), 0)  # below any skip link
    groups = [[lines[0]]]
    for i, (a, b) in enumerate(zip(lines, lines[1:])):
        if _continues(raw, a, b, width, i == title_at, language):
            groups[-1].append(b)
        else:
            groups.append([b])
    return [Line(g[0].start, g[-1].end, raw[g[0].start : g[-1].end], g[0].indent) for g in groups]


def split_tails(lines: list[Line]) -> list[Line]:
    """A credit appended to a line ("… said. (Reporting by …)") cut off as a line of its own."""
    out = []
    for line in lines:
        match = _rules()["tail_cues_res"].search_any(line.text)
        if match is None:
            out.append(line)
            continue
        cut = match.start("tail")
        head = line.text[:cut].rstrip()
        out.append(Line(line.start, line.start + len(head), head, line.indent))
        out.append(Line(line.start + cut, line.end, line.text[cut:], 0))
    return out


def _normal(text: str) -> str:
    return " ".join(w.casefold() for w in words_of(text))


def _has_sentence_punct(text: str) -> bool:
    return bool(SENTENCE_PUNCT.search(text))


def _matches(patterns: PatternSet, text: str) -> bool:
    return patterns.search_any(text) is not None


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
    bylines: set[int] = set()
    for i, line in enumerate(lines):
        words = line.words
        norm = _normal(line.text)
        if _is_furniture(line.text):
            removed[i] = "cue"
            if _matches(rules["bylines_res"], line.text):
                bylines.add(i)
        elif i - 1 in bylines and _matches(rules["byline_followers_res"], line.text):  # "Associated Press" under a byline
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
            closing = closing or _matches(rules["closing_cues_res"], line.text)
            continue
        norm = _normal(line.text)
        if short_unpunctuated and len(words) <= rules["echo_max_words"] and norm and any(norm in r for r in removed_norms):
            removed[i] = "echo_of_removed"
        elif closing and i >= tail_start and len(words) <= rules["echo_max_words"]:
            removed[i] = "after_cue"
        elif i > 0 and short_unpunctuated and len(words) <= rules["label_max_words"] and not dateline_end(line.text, language):
            removed[i] = "short_label"
    return removed


def _dangles(text: str, language: str) -> bool:
    """A line the page broke mid-sentence: no closing punctuation and ends on a function word."""
    words = words_of(text)
    dangling = set(_language()["dangling_words"].get(language, []))
    return not _has_sentence_punct(text) and bool(words) and words[-1].casefold() in dangling


def _dateline_alone(text: str, language: str) -> bool:
    """A line that is only a dateline ("BAMAKO, Mali (AP) —"): the lead it opens is on the next line."""
    end = dateline_end(text, language)
    return bool(end) and not text[end:].strip()


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
            _dangles(previous.text, language)
            or _dateline_alone(previous.text, language)
            or (not _has_sentence_punct(previous.text) and line.text[:1].islower())
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
        is_title = short and index == 0  # the first kept line, whatever furniture stood above it
        kind = "title" if is_title else "heading" if short else "body"
        out.append(Paragraph(index, start, end, kind))
    return out


def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(_language()["abbreviations"].get(language, []))


BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])")
TOKEN_BEFORE = re.compile(r"(\S+)$")


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end) in a paragraph: a stop, ! or ? before a capital, unless an abbreviation
    or inside the dateline that opens the paragraph."""
    abbreviations = _abbreviations(language)
    spans = []
    start = 0
    dateline = dateline_end(text, language)  # "MOSCOW, August 1. Russian …": the stop ends no sentence
    for match in BOUNDARY.finditer(text):
        if match.end() <= dateline:
            continue
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
        lead, stripped = _trim(text[s:e])
        if stripped:
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
    lines = split_tails(unwrap(raw, split_lines(raw), language))
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
