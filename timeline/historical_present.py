"""A chronology's entries in the past tense: "20 June 2015: the CMA signs in Bamako" read as
"the CMA signed".

Why: timelines and key-date boxes (a wire's "TIMELINE-", a feature's "Key dates") tell each
past event in the present tense, and the trigger lexicon is written in the past tense, as news
tells events. Rather than double every trigger, a paragraph that a dated entry opens is read
with its present-tense event verbs put in the past; every offset maps back to the article's
own words, which quotes and triggers keep.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.event_lexicon import event_words
from timeline.mention_records import SentenceContext
from timeline.text_lines import dated_entry


@cache
def _verbs(language: str) -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    conf = event_words(language).get("historical_present", {})
    past: dict[str, str] = {}
    for base, done in conf.get("verbs", {}).items():
        past[base] = done
        past[_third_person(base)] = done
    words = "|".join(sorted(past, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w’'-])(?:{words})(?![\w’'-])"), past, frozenset(conf.get("not_after", []))


def _third_person(base: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def in_past(text: str, language: str) -> tuple[str, list[int]]:
    """The text with its present-tense event verbs in the past, and the original offset of each
    character of it (a replaced word's characters all point into the word it replaces)."""
    pattern, past, not_after = _verbs(language)
    out, at, last = [], [], 0
    for m in pattern.finditer(text):
        before = re.search(r"([\w’'-]+)\W*$", text[max(0, m.start() - 30) : m.start()])
        if before is not None and (before.group(1).lower() in not_after or before.group(1)[0].isdigit() or before.group(1) in past):
            continue  # "an attack", "30 attacks", "imposes sanctions": nouns, not verbs
        out.append(text[last : m.start()])
        at.extend(range(last, m.start()))
        word = past[m.group(0)]
        out.append(word)
        at.extend(min(m.start() + i, m.end() - 1) for i in range(len(word)))
        last = m.end()
    out.append(text[last:])
    at.extend(range(last, len(text)))
    return "".join(out), at


def entry_paragraphs(contexts: list[SentenceContext], language: str) -> set[int]:
    """The paragraphs a dated chronology entry opens ("- 20 June 2015: …", "Jan. 26, 2023 - …",
    "2013 – …"), when two or more do: a list of dates, not a lone line."""
    firsts: dict[int, str] = {}
    for ctx in contexts:
        firsts.setdefault(ctx.sentence.paragraph_index, ctx.sentence.text)
    found = {p for p, text in firsts.items() if dated_entry(text, language)}
    return found if len(found) >= 2 else set()


def past_context(ctx: SentenceContext, language: str) -> tuple[SentenceContext, list[int] | None]:
    """The context read in the past tense, its dates and names moved with the text, and the
    original offset of each character (None when no verb changed)."""
    text, at = in_past(ctx.sentence.text, language)
    if text == ctx.sentence.text:
        return ctx, None
    new_at = _inverse(at, len(ctx.sentence.text))
    timexes = [replace(t, char_start=new_at[t.char_start], char_end=new_at[t.char_end], text=text[new_at[t.char_start] : new_at[t.char_end]]) for t in ctx.timexes]
    names = [replace(n, start=new_at[n.start], end=new_at[n.end]) for n in ctx.names]
    return SentenceContext(replace(ctx.sentence, text=text), ctx.sentence_id, timexes, names, ctx.timex_ids), at


def _inverse(at: list[int], length: int) -> list[int]:
    """For each original offset (and the end), the first new offset at or after it."""
    inverse = [len(at)] * (length + 1)
    for new in range(len(at) - 1, -1, -1):
        inverse[at[new]] = new
    for old in range(length - 1, -1, -1):
        inverse[old] = min(inverse[old], inverse[old + 1])
    return inverse


def original_span(at: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The original span of [start, end) in a text read in the past tense."""
    if at is None:
        return start, end
    if end <= start:
        point = at[start] if start < len(at) else (at[-1] + 1 if at else 0)
        return point, point
    return at[start], at[end - 1] + 1
