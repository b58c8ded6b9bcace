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
from functools import cache
from collections import Counter
from dataclasses import dataclass

from timeline.text_lines import (
    BULLET, DIGEST_MIN_DAYS, HEADING_BULLETS, QUOTE_START, URL_LINE, Line, boilerplate_rules, chronology_line, dangles, dateline_end, has_sentence_punct, is_caption, is_furniture, language_rules, matches_any,
    split_lines, trim_line, words_of,
)
from timeline.unwrap import split_tails, unwrap, wrap_width
from timeline.sayings import release_kind

__all__ = ["Line", "Paragraph", "Sentence", "Removed", "CleanText", "Ingested", "dateline_end", "ingest", "split_lines", "split_sentences", "wrap_width"]


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


def _stopword_sets(language: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The article language's stop words and, per other language, the words only it has."""
    lists = {k: frozenset(v) for k, v in language_rules()["stopwords"].items()}
    own = lists[language]
    others = {lang: words - own for lang, words in lists.items() if lang != language}
    return own, others


def _normal(text: str) -> str:
    return " ".join(w.casefold() for w in words_of(text))


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


DAY_LINE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*$", re.IGNORECASE)
ENTRY_START = re.compile(r"^\s*(?:[-•*]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)")  # "24 May - …", "Jan. 11: …": a dated entry
YEAR_LINE = re.compile(r"^\s*(?:19|20)\d\d\s*:?\s*$")  # "2012" heading a timeline's year
CLOCK_ENTRY = re.compile(r"^\s*\d{1,2}[:.h]\d{2}\b")


def _blog_day_heading(lines: list[Line], i: int) -> bool:
    """A line that is only a day, right above an entry that opens with a clock time."""
    following = next((line for line in lines[i + 1 :] if line.text.strip()), None)
    return bool(DAY_LINE.match(lines[i].text.strip())) and following is not None and CLOCK_ENTRY.match(following.text) is not None


DAY_SECTION = re.compile(rf"^\s*(?:[{re.escape(HEADING_BULLETS)}]\s*)?(?P<day>(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?P<m1>[A-Za-z]{{3,9}}\.?)|(?P<m2>[A-Za-z]{{3,9}}\.?)\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?))\s*[|:–—-]\s*(?P<title>[^|]+?)\s*$")


def _day_section(text: str, language: str) -> bool:
    """"■ Oct. 5 | A government at last": a digest's heading that dates the paragraph under it
    (a day and a month, no year, then a short title), not a breadcrumb of the page's menu."""
    from timeline.dates import lexicon

    m = DAY_SECTION.match(text)
    return m is not None and (m["m1"] or m["m2"]).rstrip(".").casefold() in lexicon(language).months and len(m["title"].split()) <= 8 and not re.search(r"\d{4}|[.!?]$|\bmin(?:ute)?s?\s+read\b", m["title"], re.IGNORECASE)


def classify_lines(lines: list[Line], language: str) -> dict[int, str]:
    """Which lines are boilerplate, as {line position: rule}; lines not named are report text."""
    rules = boilerplate_rules()
    removed: dict[int, str] = {}
    seen: set[str] = set()
    bylines: set[int] = set()
    digest = sum(1 for line in lines if _day_section(line.text, language)) >= DIGEST_MIN_DAYS  # "■ Oct. 5 | …", "■ Oct. 6 | …": a digest's days (one such line is a menu's or a stamp's)
    for i, line in enumerate(lines):
        words = line.words
        norm = _normal(line.text)
        if _blog_day_heading(lines, i):
            seen.add(norm)
            continue  # "Thursday 7 September 2023" above "11:52 GMT - …": a live blog's day, not the page's stamp
        if is_furniture(line.text) and not (digest and _day_section(line.text, language)):
            removed[i] = "cue"
            if matches_any(rules["bylines_res"], line.text):
                bylines.add(i)
        elif i - 1 in bylines and matches_any(rules["byline_followers_res"], line.text):  # "Associated Press" under a byline
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
    removed = _gallery_kept(lines, removed, rules)
    # A short line that only repeats text of a line removed for what it is (not for being a copy):
    # of one above it, of one below when it sits in the masthead, or the start of one below
    # ("AZAWAD LIBERATION FRONT" over a communiqué is its letterhead, not an echo of "Related: … |
    # Who is the Azawad Liberation Front?" at the foot).
    removed_norms = [(i, _normal(lines[i].text)) for i, rule in removed.items() if rule != "repeated_line"]
    # After a closing cue, the short lines of the page's tail are furniture too: but only past the
    # last line that reads as report, so a teaser in mid-article takes nothing else with it.
    report_like = [
        i for i, line in enumerate(lines)
        if i not in removed and has_sentence_punct(line.text) and len(line.words) > rules["echo_max_words"]
    ]
    tail_start = (report_like[-1] + 1) if report_like else 0
    head_end = report_like[0] if report_like else len(lines)  # the masthead above the first report line may echo the footer below
    closing = linked = False
    for i, line in enumerate(lines):
        words = line.words
        short_unpunctuated = not has_sentence_punct(line.text)
        linked = matches_any(rules["related_headings_res"], line.text) or (linked and (i in removed or LINKED_HEADLINE.match(line.text) is not None))
        if i in removed:
            closing = closing or matches_any(rules["closing_cues_res"], line.text)
            continue
        norm = _normal(line.text)
        if _place_heading(line.text):
            continue  # "GAO", "TIMBUKTU": a roundup's section, whose place its items take
        if short_unpunctuated and len(words) <= rules["echo_max_words"] and norm and any(norm in r and (j < i or i < head_end or r.startswith(norm)) for j, r in removed_norms) and not (YEAR_LINE.match(line.text) and i + 1 < len(lines) and ENTRY_START.match(lines[i + 1].text)) and not _letterhead(lines, i, language):  # not "2021" heading a timeline's entries because a removed byline named the year
            removed[i] = "echo_of_removed"
        elif closing and i >= tail_start and len(words) <= rules["echo_max_words"]:
            removed[i] = "after_cue"
        elif linked and LINKED_HEADLINE.match(line.text):
            removed[i] = "linked_headline"  # "Related coverage:" then "- Mali shuts schools as fuel runs short (Oct. 26, 2025)"
        elif i > 0 and short_unpunctuated and len(words) <= rules["label_max_words"] and not dateline_end(line.text, language) and norm not in rules["section_labels"] and not YEAR_LINE.match(line.text):
            removed[i] = "short_label"
    return removed


def _letterhead(lines: list[Line], i: int, language: str) -> bool:
    """"MINISTRY OF DEFENCE" over "PRESS RELEASE" within three lines: a document's letterhead,
    kept though a breadcrumb above it ("Home > Documents > Ministry of Defence") named it too."""
    return lines[i].text.isupper() and any(release_kind(language).match(line.text) for line in lines[i + 1 : i + 4])


LINKED_HEADLINE = re.compile(r"^[-•*–]\s+.*?(?:[^.\s)]|(?<=[A-Z])\.)\s*(?:\([^()]{4,30}\))?\s*$")  # a bulleted headline: no closing full stop ("U.S. urges …", "Why is Mali running out of fuel?" too)


@cache
def _file_photo() -> re.Pattern:
    words = boilerplate_rules()["gallery_file_photo_words"]
    return re.compile(rf"^\W*(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.IGNORECASE)


def _gallery_kept(lines: list[Line], removed: dict[int, str], rules: dict) -> dict[int, str]:
    """A photo gallery's captions are its report: kept when their words outnumber the other
    report lines' two to one (boilerplate.toml, ``gallery_min_captions``); a file photo's never."""
    captions = [i for i, rule in removed.items() if rule == "cue" and is_caption(lines[i].text) and not _file_photo().match(lines[i].text)]
    report = [i for i, line in enumerate(lines) if i not in removed and has_sentence_punct(line.text) and len(line.words) > rules["echo_max_words"]]
    caption_words, report_words = (sum(len(lines[i].words) for i in found) for found in (captions, report))
    distinct = {" ".join(lines[i].words).casefold() for i in captions}  # one caption repeated by the page is no gallery
    if len(distinct) < rules["gallery_min_captions"] or caption_words < 2 * report_words:
        return removed  # a report with photos: its captions are furniture (and "File photo: …" always is)
    return {i: rule for i, rule in removed.items() if i not in captions}


def _place_heading(text: str) -> bool:
    """A line that is only the name of a place in the registry, as a roundup heads its sections."""
    from timeline.names import matcher  # the registry's names; imported here, ingest needs no registry otherwise

    stripped = text.strip()
    if not stripped or len(stripped.split()) > 4 or has_sentence_punct(stripped):
        return False
    found = [n for n in matcher().find(stripped) if n.kind == "place"]
    return any(n.start == 0 and n.end == len(stripped) for n in found)


def _dateline_alone(text: str, language: str) -> bool:
    """A line that is only a dateline ("BAMAKO, Mali (AP) —"): the lead it opens is on the next line."""
    end = dateline_end(text, language)
    return bool(end) and not text[end:].strip()


def paragraphs(lines: list[Line], removed: dict[int, str], language: str) -> list[Paragraph]:
    """Kept lines as paragraphs, rejoining lines the page broke mid-sentence."""
    rules = boilerplate_rules()
    spans: list[list[int]] = []
    kept = [line for i, line in enumerate(lines) if i not in removed]
    position = {id(line): i for i, line in enumerate(lines)}
    for j, line in enumerate(kept):
        previous = kept[j - 1] if j else None
        adjacent = previous is not None and position[id(line)] == position[id(previous)] + 1  # never across a removed line
        adjacent = adjacent and not dateline_end(line.text, language)  # a title ending "… army moves in" above "BAMAKO, Oct 22 (Reuters) -"
        rejoin = adjacent and (
            dangles(previous.text, language)
            or _dateline_alone(previous.text, language)
            or (not has_sentence_punct(previous.text) and line.text[:1].islower())
            or (previous.text.rstrip().endswith(",") and line.start - previous.end - line.indent <= 1 and not BULLET.match(line.text) and not BULLET.match(previous.text))  # "On Nov. 8," / "Resolute Mining's chief executive," / "Terence Holohan, …": a clause goes on (not across a blank line)
        )
        if rejoin:
            spans[-1][1] = line.end
        else:
            spans.append([line.start, line.end])
    out = []
    firsts = [next(line for line in kept if line.start == start) for start, _ in spans]
    listed = _chronology(firsts, language) | _items_under_colon(firsts, spans, kept)
    for index, (start, end) in enumerate(spans):
        first = firsts[index]
        single = first.end == end
        limit = rules["title_max_words"] if index == 0 else rules["heading_max_words"]
        short = single and not has_sentence_punct(first.text) and len(first.words) <= limit and (index == 0 or index not in listed)
        is_title = short and index == 0  # the first kept line, whatever furniture stood above it
        kind = "title" if is_title else "heading" if short else "body"
        out.append(Paragraph(index, start, end, kind))
    return out


def _items_under_colon(firsts: list[Line], spans: list[list[int]], kept: list[Line]) -> set[int]:
    """Bulleted lines under a line that ends with a colon ("Provisional toll given by the army:" /
    "- six soldiers killed" / "- 18 wounded"): items of what it lists, body text though they lack a
    full stop (not headings); and an item that names its source (", according to …")."""
    ends = {line.end: line for line in kept}
    out: set[int] = set()
    for i in range(1, len(spans)):
        before = ends.get(spans[i - 1][1])
        kicker = not re.search(r"[a-z]", firsts[i].text)  # "* JULY 22, 2022 - KATI": a dated section's heading, not an item
        if BULLET.match(firsts[i].text) and not kicker and (i - 1 in out or (before is not None and before.text.rstrip().endswith(":"))):
            out.add(i)
    attributed = {i for i in range(1, len(spans)) if BULLET.match(firsts[i].text) and ATTRIBUTED_ITEM.search(firsts[i].text) and _under_key_points(firsts, i)}  # "KEY POINTS / * One election official killed …, according to local officials": a claim with its source (alone: the items after it stay headings; not a list of links)
    return out | attributed


def _under_key_points(firsts: list[Line], i: int) -> bool:
    """Whether the bulleted line ``i`` is an item of a story's key points (the heading over the bullets)."""
    j = i - 1
    while j > 0 and BULLET.match(firsts[j].text):
        j -= 1
    return KEY_POINTS.fullmatch(firsts[j].text.strip()) is not None


KEY_POINTS = re.compile(r"\W*(?:key\s+points|highlights|what\s+we\s+know(?:\s+so\s+far)?|at\s+a\s+glance|summary|in\s+brief|the\s+latest)\W*", re.IGNORECASE)
ATTRIBUTED_ITEM = re.compile(r",\s+(?:according\s+to\s+\S[^,]{1,60}|(?:[\w’'-]+\s+){1,4}(?:said|says|say|reported|reports))\s*$")


def _chronology(firsts: list[Line], language: str) -> set[int]:
    """The paragraphs that are lines of a chronology: two or more in a row that open with a day
    and a dash ("10-12 July 2020 - Clashes in the capital; …"), body text though they lack a full
    stop (one such line alone is a heading or a stamp: "12 March 2024 - 3 min read")."""
    found = [chronology_line(line.text, language) for line in firsts]
    return {i for i, hit in enumerate(found) if hit and ((i > 0 and found[i - 1]) or (i + 1 < len(found) and found[i + 1]))}


def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(language_rules()["abbreviations"].get(language, []))


@cache
def title_abbreviations(language: str) -> frozenset[str]:
    """Abbreviations that may stand in capitals: titles before a name ("COL. MARC DELAUNAY") and months."""
    months = {f"{m}." for m in language_rules()["months"].get(language, [])}  # "AUG. 7" in a capitals stamp
    return frozenset(language_rules()["title_abbreviations"].get(language, [])) | months


BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])")  # also a footnote marker: "about 100.[3] A daily …"
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
        capitalised = word[:1] + word[1:].lower() if word.isupper() and word[:1] + word[1:].lower() in title_abbreviations(language) else word  # "COL. MARC DELAUNAY" in a transcript's capitals
        if word in abbreviations or capitalised in abbreviations or re.fullmatch(r"[A-Z]\.", word) or re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        lead, stripped = trim_line(text[s:e])
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
