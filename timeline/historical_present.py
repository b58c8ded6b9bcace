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
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from timeline.event_lexicon import event_words
from timeline.mention_records import SentenceContext
from timeline.text_lines import dated_entry


@dataclass(frozen=True)
class Offsets:
    """For each character of a text read in the past tense, where it starts and ends in the
    original: a replaced word's characters all span the whole word they replace."""

    starts: list[int]
    ends: list[int]


@cache
def _verbs(language: str) -> tuple[re.Pattern, dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    conf = event_words(language).get("historical_present", {})
    past: dict[str, str] = {}
    singular: set[str] = set()
    for base, done in conf.get("verbs", {}).items():
        past[base] = done
        past[_third_person(base)] = done
        singular.add(_third_person(base))
    words = "|".join(sorted(past, key=len, reverse=True)) or "(?!)"
    relative = frozenset(form for form, done in past.items() if done in conf.get("not_in_relative", []))  # "Goita, who says the transition will end in 2022, detains …": a state, not the entry's act
    return re.compile(rf"(?<![\w’'-])(?:{words})(?![\w’'-])"), past, frozenset(conf.get("not_after", [])), frozenset(singular), relative


def _third_person(base: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:who|which|that)\s+(?:[\w-]+ly\s+)?$", re.IGNORECASE)
PLURAL_SUBJECT = re.compile(r"(?:(?<![’'])(?<!ss)s|\bthey|\bwho|\bmen|\bpeople|\bpolice|\bboth|\bwe)$", re.IGNORECASE)  # "Soldiers detain", "they take", "Both resign"; not "Kidal's fall"


def _a_verb(text: str, m: re.Match, singular: frozenset[str], not_after: frozenset[str]) -> bool:
    """Whether a form of the verb list is used as a verb: not after a determiner or a number ("an
    attack", "30 attacks"), nor right after a verb that takes it as object ("imposes
    sanctions"); a base form only after a plural subject ("Soldiers detain", not "Roadside bomb",
    "hunger strike", "asset freeze")."""
    before = re.search(r"([\w’'-]+)(?:\s+[\w-]+ly)?\W*$", text[max(0, m.start() - 40) : m.start()])  # past an adverb: "authorities briefly hold"
    if before is None:
        return m.group(0) in singular
    word = before.group(1)
    if word.lower() in not_after or word[0].isdigit() or word in singular:
        return False
    clause = re.split(r"[:;–—]|\s-\s", text[: m.start()])[-1]
    return m.group(0) in singular or PLURAL_SUBJECT.search(word) is not None or re.search(r"(?<![\w-])and(?![\w-])", clause) is not None  # "the CMA and its allies … suspend"


def in_past(text: str, language: str) -> tuple[str, Offsets]:
    """The text with its present-tense event verbs in the past, and where each of its characters
    lies in the original."""
    pattern, past, not_after, singular, relative = _verbs(language)
    out, starts, ends, last = [], [], [], 0
    for m in pattern.finditer(text):
        if not _a_verb(text, m, singular, not_after) or (m.group(0) in relative and RELATIVE_BEFORE.search(text, 0, m.start())):
            continue
        out.append(text[last : m.start()])
        starts.extend(range(last, m.start()))
        ends.extend(range(last + 1, m.start() + 1))
        word = past[m.group(0)]
        out.append(word)
        starts.extend([m.start()] * len(word))
        ends.extend([m.end()] * len(word))
        last = m.end()
    out.append(text[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return "".join(out), Offsets(starts, ends)


def entry_paragraphs(contexts: list[SentenceContext], language: str) -> set[int]:
    """The paragraphs a dated chronology entry opens ("- 20 June 2015: …", "Jan. 26, 2023 - …",
    "2013 – …"), when two or more do: a list of dates, not a lone line."""
    firsts: dict[int, str] = {}
    for ctx in contexts:
        firsts.setdefault(ctx.sentence.paragraph_index, ctx.sentence.text)
    found = {p for p, text in firsts.items() if dated_entry(text, language)}
    return found if len(found) >= 2 else set()


def past_context(ctx: SentenceContext, language: str) -> tuple[SentenceContext, Offsets | None]:
    """The context read in the past tense, its dates and names moved with the text, and where
    its characters lie in the original (None when no verb changed)."""
    text, offsets = in_past(ctx.sentence.text, language)
    if text == ctx.sentence.text:
        return ctx, None
    new_at = lambda pos: bisect_left(offsets.starts, pos)  # noqa: E731 - original position → new position, as invisible.visible_context maps them
    timexes = [replace(t, char_start=new_at(t.char_start), char_end=new_at(t.char_end), text=text[new_at(t.char_start) : new_at(t.char_end)]) for t in ctx.timexes]
    names = [replace(n, start=new_at(n.start), end=new_at(n.end)) for n in ctx.names]
    return SentenceContext(replace(ctx.sentence, text=text), ctx.sentence_id, timexes, names, ctx.timex_ids), offsets


def original_span(offsets: Offsets | None, start: int, end: int) -> tuple[int, int]:
    """The original span of [start, end) in a text read in the past tense: a span that ends on a
    replaced word ends where the original word does ("take" for "took", "leave" for "left")."""
    if offsets is None:
        return start, end
    if end <= start:
        point = offsets.starts[start] if start < len(offsets.starts) else (offsets.ends[-1] if offsets.ends else 0)
        return point, point
    return offsets.starts[start], offsets.ends[end - 1]
