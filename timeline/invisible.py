"""Reading a sentence as if its invisible characters were not there, with raw offsets kept.

Why: a zero-width space or a bidirectional mark inside "kil\u200bled" or "1\u200b2 soldiers" must
not hide a trigger or a figure, but every record must still point at the raw text
(``raw[char_start:char_end] == quote``). The stages that read a sentence pattern by pattern work
on the visible copy this module gives, and their offsets are mapped back to raw ones.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from timeline.events import SentenceContext
from timeline.names import visible


def visible_context(ctx: SentenceContext) -> tuple[SentenceContext, list[int] | range]:
    """The context with its sentence text made visible (dates and names moved with it), and the
    raw offset (within the sentence) of each visible character."""
    text, at = visible(ctx.sentence.text)
    if isinstance(at, range):
        return ctx, at
    to_visible = lambda pos: bisect_left(at, pos)  # noqa: E731 - raw position → visible position
    sentence = replace(ctx.sentence, text=text)
    timexes = [replace(t, char_start=to_visible(t.char_start), char_end=to_visible(t.char_end), text=text[to_visible(t.char_start) : to_visible(t.char_end)]) for t in ctx.timexes]
    names = [replace(n, start=to_visible(n.start), end=to_visible(n.end)) for n in ctx.names]
    return SentenceContext(sentence, ctx.sentence_id, timexes, names, ctx.timex_ids), at


def raw_span(at: list[int] | range, start: int, end: int) -> tuple[int, int]:
    """The raw span (within the sentence) of the visible span [start, end)."""
    if end <= start:  # an empty span sits before the next visible character
        point = at[start] if start < len(at) else (at[-1] + 1 if len(at) else 0)
        return point, point
    return at[start], at[end - 1] + 1
