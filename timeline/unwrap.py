"""Hard-wrapped copy rejoined: lines a wrapping tool or a page broke, put back together.

Why: plain-text wire copy breaks a line every ~70 characters, mid-sentence; read line by line it
turns into headings and loses a claim's speaker. The evidence is the article's own layout
(wrap_width); each rejoined line keeps its raw span exactly, line breaks included.
"""

from __future__ import annotations

import re

import statistics

from timeline.text_lines import (
    LINE_BREAK, URL_LINE, Line, boilerplate_rules, dangles, dateline_end, has_sentence_punct, is_furniture, language_rules, matches_any,
    words_of,
)


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
    wrap = boilerplate_rules()["wrap"]
    pairs = [
        (a, b)
        for a, b in zip(lines, lines[1:])
        if _same_block(raw, a, b)
        and wrap["min_chars"] <= _width(a) <= wrap["max_chars"]
        and not any(is_furniture(x.text) or URL_LINE.fullmatch(x.text) for x in (a, b))  # furniture is no evidence
    ]
    open_ended = sum(not has_sentence_punct(a.text) for a, _ in pairs)
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
    articles = set(language_rules()["headline_dropped_words"].get(language, []))
    return not any(w.casefold() in articles for w in words_of(text))


def _shouting(text: str) -> bool:
    """A line in capitals (a slug, a banner, a headline): never part of a wrapped paragraph."""
    return text.isupper() and len(words_of(text)) >= 2  # isupper: some cased letter, none lower-case


def _stands_alone(line: Line, first: bool) -> bool:
    """A line never glued to its neighbours: a byline, a title, a line in capitals.

    Cues are not asked here: a piece of a wrapped sentence can start like one ("latest in …").
    """
    byline = matches_any(boilerplate_rules()["bylines_res"], line.text)
    return byline or _shouting(line.text) or (first and _headline_case(line.text))


def _open_ended(text: str, language: str) -> bool:
    """A line that cannot end there: it ends on a function word or leaves a bracket open."""
    return dangles(text, language) or text.count("(") > text.count(")")


SENTENCE_END = re.compile(r"(?:[.!?:;)\]»]|[.!?:;,][\"”’]+)\s*$")  # not a quoted word mid-sentence: 'and "neutralised"' over '14 attackers'
LIST_ITEM = re.compile(r"[-•*–]\s+\S")
LOWER_START = re.compile(r"[\"“‘'«(]*[a-z0-9]")  # the next line goes on in lower case, perhaps after a quote mark
DATED_ENTRY = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+\.?(?:\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+\.?)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?)(?:\s+\d{4})?\s*[-–—:]\s+\S"
)  # a chronology's entry ("11 January 2013 - France launches …", "Jan. 11, 2013: …") opens a line of its own


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
    if SENTENCE_END.search(a.text) and LIST_ITEM.match(b.text):
        return False  # "… since the start of the year:" over "- On 5 January, a convoy …": an item opens its line
    if width is not None and not SENTENCE_END.search(a.text) and LOWER_START.match(b.text):
        return True  # wrapped copy: a line that ends mid-sentence ('… spokesman X said' over '"dozens" of …') goes on, however short
    if width is None or max(_width(a), _width(b)) > boilerplate_rules()["wrap"]["max_chars"]:
        return False
    return _width(a) + 1 + len(b.text.split()[0]) > width  # the tool broke here: b's first word did not fit


def _next_entry(group: list[Line], b: Line) -> bool:
    """b opens the next entry of a chronology printed one entry a line: the line b would join
    opens an entry too, or ends a sentence (not AP copy wrapped before "Aug. 18, 2020 — the first
    of two coups …")."""
    return DATED_ENTRY.match(b.text) is not None and (DATED_ENTRY.match(group[0].text) is not None or SENTENCE_END.search(group[-1].text) is not None)


def unwrap(raw: str, lines: list[Line], language: str = "en") -> list[Line]:
    """Lines broken by a wrapping tool or the page rejoined into the lines the writer meant.

    Each rejoined line keeps its raw span exactly, line breaks included.
    """
    if not lines:
        return lines
    width = wrap_width(raw, lines)
    title_at = next((i for i, line in enumerate(lines) if not is_furniture(line.text)), 0)  # below any skip link
    groups = [[lines[0]]]
    for i, (a, b) in enumerate(zip(lines, lines[1:])):
        if _continues(raw, a, b, width, i == title_at, language) and not _next_entry(groups[-1], b):
            groups[-1].append(b)
        else:
            groups.append([b])
    return [Line(g[0].start, g[-1].end, raw[g[0].start : g[-1].end], g[0].indent) for g in groups]


def split_tails(lines: list[Line]) -> list[Line]:
    """A credit appended to a line ("… said. (Reporting by …)") cut off as a line of its own."""
    out = []
    for line in lines:
        match = boilerplate_rules()["tail_cues_res"].search_any(line.text)
        if match is None:
            out.append(line)
            continue
        cut = match.start("tail")
        head = line.text[:cut].rstrip()
        out.append(Line(line.start, line.start + len(head), head, line.indent))
        out.append(Line(line.start + cut, line.end, line.text[cut:], 0))
    return out
