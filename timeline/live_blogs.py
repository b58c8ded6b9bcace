"""Live blogs: entries under a day heading ("Friday, 22 July", then "07:50 GMT - …"), or under
clock stamps alone in a blog titled "LIVE", tell that day's events.

Why: a live blog dates its entries by their headings, not in their sentences; without this an
entry's "gunmen attacked the camp" has no date at all (rules in docs/events.md).
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import replace
from datetime import date

from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.mention_records import Mention, SentenceContext
from timeline.regex_gate import alternation
from timeline.text_lines import BULLET, DIGEST_MIN_DAYS, HEADING_BULLETS


CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")


def day_heading(ctx: SentenceContext, digest: bool = False):
    """A heading that is a day and little else ("Friday, 22 July"; a factbox's "SEVARE, AUG. 7-8,
    2015" or "AGUELHOK, JANUARY 2012"): (timex, its id), or None."""
    days = [(t, i) for t, i in zip(ctx.timexes, ctx.timex_ids or [None] * len(ctx.timexes))
            if (t.precision == "day" and t.kind in ("date", "range")) or (t.precision == "month" and t.kind == "date" and ctx.sentence.text.isupper())]
    if ctx.sentence.kind != "heading" or len(days) != 1:
        return None
    before, after = ctx.sentence.text[: days[0][0].char_start], ctx.sentence.text[days[0][0].char_end :]
    if PLACE_AFTER.fullmatch(after) and len(re.findall(r"[^\W\d_]+", before)) <= 1:
        return days[0]  # "Monday 22 September - Ségou region": a roundup's day and where
    if BRACKETED_DAY.fullmatch(before + "\0" + after):
        return days[0]  # "MALI - Segou region (Tuesday 15 August)": where, then the day in brackets
    if digest and _titled(before, after):
        return days[0]  # "■ Oct. 5 | A government at last": a digest's day and its title
    return days[0] if len(re.findall(r"[^\W\d_]+", before + after)) <= 1 else None


BRACKETED_DAY = re.compile(r"\s*(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s*[-–—:|,]\s*(?:(?:(?-i:[A-Z])[\w’'-]*|and|&)\s*){1,4}(?:region|area|province|district|circle|cercle)?\s*\(\0\)\s*", re.IGNORECASE)  # "MALI - Segou region (Tuesday 15 August)"; the day is where \0 stands
BULLET_ONLY = re.compile(rf"[\s{re.escape(HEADING_BULLETS)}]*")
TITLE_AFTER = re.compile(r"\s*[|:–—]\s*[^|.!?]+?(?:\s+[^|.!?\s]+){0,7}\s*")  # a short title with no sentence's stop
PLACE_AFTER = re.compile(r"\s*[-–—:|,]\s*(?:(?-i:[A-Z])[\w’'()-]*\s*){1,3}(?:region|area|province|district|circle|cercle)?\s*", re.IGNORECASE)


ENTRY_CLOCK = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s*(?:GMT|UTC|local(?:\s+time)?)?\s*[—–-]\s", re.IGNORECASE)


def publication_day(published: date) -> Timex:
    """The day a live blog without day headings is written on, as a date its entries take."""
    return Timex(0, 0, "", "date", published, published, "day", False, published.isoformat(), None, "publication", "past")


def _live_title(contexts: list[SentenceContext]) -> bool:
    """Whether the article's title says it is a live blog ("LIVE: …", "… as it happened")."""
    first_body = next((i for i, c in enumerate(contexts) if c.sentence.kind == "body"), len(contexts))
    titles = [c.sentence.text.casefold() for c in contexts[:first_body] if c.sentence.kind in ("title", "heading")]  # also a title under a masthead line ("Test Live Desk")
    return any(w in t for t in titles for w in event_words("en")["live_title_words"])


def _summary_heading(text: str) -> bool:
    """"Key points", "What we know": a live blog's summary of its day."""
    return re.sub(r"[^\w\s]", "", text).strip().casefold() in event_words("en")["live_summary_headings"]


def framed_sentences(contexts: list[SentenceContext], published: date | None = None, items: frozenset[int] = frozenset()) -> dict[str, tuple]:
    """The sentences a day heading frames, with its (timex, id). A live blog's entries under a day
    heading ("Friday, 22 July", then "07:50 GMT - …"), or a digest's paragraph under "■ Oct. 5 |
    A government at last", tell that day's events: an undated mention in an entry's headline ("12:10 GMT - Mutiny at Kati")
    or its paragraph whose sentence gives no date of its own takes the day heading's day. A heading that is
    neither a day nor a clock time ("Background") ends the day's entries, and so does text that
    is not under an entry's heading. A blog with no day headings whose entries open with a clock
    time ("21:40 — Ambulances …") is a blog of its publication day."""
    day_of: dict[str, tuple] = {}
    digest = is_digest(contexts)
    plain = items if told_by_days(contexts) else frozenset()  # "MONDAY 14 AUGUST" over items "Douentza: …", "Timbuktu: …": every item is the day's
    day, entry = None, None  # the day in force; the paragraph an entry's text may take
    summary = False  # under a one-day blog's "Key points": its bullet points
    summary_point = -1  # the paragraph of the point being read (its later sentences are no bullets)
    headed = False  # whether the blog gives its days in headings
    listed = False  # whether the day's first entry is a list item ("- …"): the items after it are the day's too
    one_day = published is not None and _live_title(contexts) and not any(day_heading(c, digest) for c in contexts)
    for ctx in contexts:
        s = ctx.sentence
        heading = day_heading(ctx, digest)
        headed = headed or heading is not None
        if one_day and s.kind == "title":
            day = (publication_day(published), None)  # "LIVE: …" whose clock stamps were stripped: every entry
        if not headed and published is not None and s.kind == "body" and (ENTRY_CLOCK.match(s.text) or one_day and day is not None):
            day, entry = (publication_day(published), None), s.paragraph_index  # "21:40 — …" in a blog of one day
        if headed and day is not None and s.kind == "body" and ENTRY_CLOCK.match(s.text):
            entry = s.paragraph_index  # "14:45 GMT - …": the next entry of the same day
        if headed and day is not None and s.kind == "body" and listed and s.paragraph_index > entry and BULLET.match(s.text):
            entry = s.paragraph_index  # "TUESDAY 14 SEPTEMBER", "- Le Drian told …", "- An improvised explosive device hit …": the day's next item
        listed = (listed or (s.kind == "body" and s.paragraph_index == entry and BULLET.match(s.text) is not None)) and s.kind != "heading"
        if s.kind == "heading":
            summary = one_day and _summary_heading(s.text)
        elif summary and s.kind == "body" and not BULLET.match(s.text) and s.paragraph_index != summary_point:
            summary = False  # the summary's points end with the first paragraph that is no point
        summary_point = s.paragraph_index if summary and s.kind == "body" else -1
        if heading is not None:
            day, entry = heading, s.paragraph_index + 1
        elif s.kind == "heading":
            day = day if CLOCK.search(s.text) else None
            if one_day and (summary or CLOCK.search(s.text)):
                day = (publication_day(published), None)  # "Key points", "22:05 GMT" in a blog of one day
            entry = s.paragraph_index + 1
            if day is not None and not any(t.kind != "duration" for t in ctx.timexes):
                day_of[ctx.sentence_id] = day  # "12:10 GMT - Mutiny at Kati": the entry's headline
        elif s.kind == "body" and day is not None and (s.paragraph_index == entry or summary or s.paragraph_index in plain) and not _own_dates(ctx):
            day_of[ctx.sentence_id] = day
    return day_of


ASIDE_BEFORE = re.compile(r",\s+(?:a|an|which|who|whose)\s[^,;:]*$|(?<=\w)\s+(?:who|which)\s+(?:had\s+|has\s+)?(?:[a-z]+ed|held|led|run|been|kept|won|known|seen)\s[^,;:]*$", re.IGNORECASE)  # not ", where rebels attacked an army post on Sunday": the entry's event told again; "the gunmen who attacked the hotel in August", "an administrator who had held the post since 2017": someone else's past


def _own_dates(ctx: SentenceContext) -> bool:
    """Whether a sentence gives a date of its own, not one inside an aside about something else
    ("appointed Colonel Sissoko governor of the Mopti region, a post vacant since … May") nor
    one naming another event ("arrested three suspects over Monday's attack")."""
    text = ctx.sentence.text
    return any(t.kind != "duration" and not ASIDE_BEFORE.search(text, 0, t.char_start) and not POSSESSIVE_AFTER.match(text, t.char_end) for t in ctx.timexes)


POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w-])")  # "in connection with Monday's attack": a date naming another event


def _titled(before: str, after: str) -> bool:
    return BULLET_ONLY.fullmatch(before) is not None and TITLE_AFTER.fullmatch(after) is not None


def _titled_days(contexts: list[SentenceContext]) -> list[SentenceContext]:
    """The headings that are a day and a short title ("■ Oct. 5 | A government at last")."""
    out = []
    for ctx in contexts:
        days = [t for t in ctx.timexes if t.precision == "day" and t.kind in ("date", "range")]
        if ctx.sentence.kind == "heading" and len(days) == 1 and _titled(ctx.sentence.text[: days[0].char_start], ctx.sentence.text[days[0].char_end :]):
            out.append(ctx)
    return out


def is_digest(contexts: list[SentenceContext]) -> bool:
    """A digest tells its week day by day under two or more titled day headings; one such
    line ("Apr 14 | Opinion", "May 2 | On this day") is a page's section or stamp."""
    return len(_titled_days(contexts)) >= DIGEST_MIN_DAYS


def _plain_digest_days(contexts: list[SentenceContext]) -> list[SentenceContext]:
    """A week told day by day under bare day headings ("■ Friday 27 November") with no clock
    stamp heading an entry ("12:10 GMT - …") and no "LIVE" title: a digest's days, not a live
    blog's."""
    if _live_title(contexts) or any(CLOCK.search(c.sentence.text) if c.sentence.kind == "heading" else ENTRY_CLOCK.match(c.sentence.text) for c in contexts if c.sentence.kind != "title"):
        return []
    return [c for c in contexts if day_heading(c) is not None]


def told_by_days(contexts: list[SentenceContext]) -> bool:
    """A digest: titled day headings, or bare ones with no live blog's clock stamps."""
    return is_digest(contexts) or len(_plain_digest_days(contexts)) >= DIGEST_MIN_DAYS


def item_paragraphs(contexts: list[SentenceContext], labelled: set[int]) -> frozenset[int]:
    """The paragraphs a digest tells as items of its day: labelled with a place ("Timbuktu: …",
    ``labelled``) or bulleted ("- …"), not the background or the quotes between them."""
    bulleted = {c.sentence.paragraph_index for c in contexts if c.sentence.kind == "body" and BULLET.match(c.sentence.text)}
    return frozenset(labelled | bulleted)


def titled_sections(contexts: list[SentenceContext], items: frozenset[int] = frozenset()) -> set[str]:
    """The sentences of the paragraph under a digest's titled day heading ("■ Oct. 5 | A
    government at last"), or of the items under a plain digest's bare day ("■ Friday 27
    November"; ``items``): what they tell undated is that day's, even an act a report must date
    (not a live blog's entries, whose undated acts are often the background of the day's news)."""
    titled, plain = {c.sentence_id for c in _titled_days(contexts)}, False
    if len(titled) < DIGEST_MIN_DAYS:
        titled, plain = {c.sentence_id for c in _plain_digest_days(contexts)}, True
    if len(titled) < DIGEST_MIN_DAYS:
        return set()
    out: set[str] = set()
    under = None
    for ctx in contexts:
        s = ctx.sentence
        if s.kind == "heading":
            under = s.paragraph_index + 1 if ctx.sentence_id in titled else None
        elif under is not None and (s.paragraph_index == under or (plain and s.paragraph_index in items)) and not _own_dates(ctx):
            out.add(ctx.sentence_id)
    return out


def entry_days(mentions: list[Mention], contexts: list[SentenceContext], day_of: dict[str, tuple], digest_ids: set[str] = frozenset()) -> list[Mention]:
    """Undated mentions of the sentences a day heading frames (``framed_sentences``) take its
    day; under a digest's titled day (``digest_ids``) not an event told as the background of
    another ("officials held since the coup"), which a live blog's entry keeps ("retook the town
    after the rebels withdrew" is the entry's day)."""
    text_of = {c.sentence_id: c.sentence for c in contexts}
    out = []
    for m in mentions:
        if m.date_basis == "undated" and m.sentence_id in day_of and not (m.sentence_id in digest_ids and _background(text_of[m.sentence_id], m.trigger_start, m.trigger_end)) and not _appositive(m, mentions, text_of[m.sentence_id]) and not _known_or_generic(text_of[m.sentence_id], m.trigger_start, m.trigger_end) and not _no_act_of_the_day(text_of[m.sentence_id], m.trigger_start):
            timex, timex_id = day_of[m.sentence_id]
            m = replace(m, start_date=timex.start, end_date=timex.end, date_precision=timex.precision, date_approximate=False,
                        date_basis="occurred", timex_id=timex_id, tense=timex.tense)
        out.append(m)
    return out


KNOWN_BEFORE = re.compile(r"(?<![\w-])(?:(?:both|these|those|such)\s+|(?:return\s+to|respect|observe|honou?r|abide\s+by|uphold)\s+(?:the|a|an|its|their)\s+)(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)  # "condemned both attacks", "called on both groups to return to the ceasefire": what the day's entry refers to
GENERIC_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:may|might|could|can|would)\s", re.IGNORECASE)  # "said attacks on peacekeepers may constitute war crimes"


def _known_or_generic(sentence, trigger_start: int, trigger_end: int) -> bool:
    """A trigger the day's entry refers back to ("condemned both attacks"), or a bare plural told
    as a kind ("attacks on peacekeepers may constitute war crimes"): no act of the heading's day."""
    at, end = trigger_start - sentence.char_start, trigger_end - sentence.char_start
    text = sentence.text
    bare_plural = text[at:end].casefold().endswith("s") and not re.search(r"(?<![\w-])(?:the|a|an|its|their|his|her|two|three|\d+)\s+(?:[\w’'-]+\s+)?$", text[max(0, at - 30) : at], re.IGNORECASE)
    return KNOWN_BEFORE.search(text, max(0, at - 40), at) is not None or (bare_plural and GENERIC_AFTER.match(text, end) is not None)




@cache
def _not_the_day() -> re.Pattern:
    words = event_words("en")["digest_item_not"]
    return re.compile(rf"(?<![\w-])(?:{alternation(words['words'])})(?![\w-])|^\W*(?:{alternation(words['labels'])})\s*:", re.IGNORECASE)


@cache
def _not_before() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words('en')['digest_item_not']['before'])})(?![\w-])", re.IGNORECASE)


PAST_PERFECT_BEFORE = re.compile(r"(?<![\w-])had\s+(?:\w+\s+)?$", re.IGNORECASE)  # "Rebels who had seized Anefis …": the trigger's own past perfect


def _no_act_of_the_day(sentence, trigger_start: int) -> bool:
    """An item that tells a habit, a hope, a plan, a story or a past perfect ("Suicide bombers
    usually strike at dawn", "Officials hope the ceasefire will hold", "Rebels who had seized
    Anefis …", "Opinion: Mali needs a ceasefire"; events_en.toml digest_item_not): no act of the
    heading's day."""
    at = trigger_start - sentence.char_start
    return _not_the_day().search(sentence.text) is not None or _not_before().search(sentence.text, 0, at) is not None or PAST_PERFECT_BEFORE.search(sentence.text, max(0, at - 30), at) is not None


APPOSITIVE_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _appositive(m: Mention, mentions: list[Mention], sentence) -> bool:
    """"… who attacked the hotel in August, a siege that left 13 dead": the noun renames a dated
    event told before it in the sentence, it is not an act of the heading's day."""
    at = m.trigger_start - sentence.char_start
    return APPOSITIVE_BEFORE.search(sentence.text, max(0, at - 40), at) is not None and any(
        o.sentence_id == m.sentence_id and o.start_date is not None and o.trigger_end <= m.trigger_start for o in mentions)


@cache
def _background_before() -> re.Pattern:
    """"since the coup", "after the attack": a date fence (events_en.toml date_fences) or
    "since", "until", "during" before the trigger's noun phrase."""
    fences = [*event_words("en")["date_fences"], "since", "until", "during"]
    return re.compile(rf"(?<![\w-])(?:{alternation(fences)})\s+(?:the|a|an|its|their|last|this)\s+(?:[\w’'-]+\s+){{0,2}}$", re.IGNORECASE)


def _background(sentence, trigger_start: int, trigger_end: int) -> bool:
    """A trigger told as the frame of another act ("held since the coup", "after the attack"),
    or as a state since another ("officials detained since the coup")."""
    at, end = trigger_start - sentence.char_start, trigger_end - sentence.char_start
    return _background_before().search(sentence.text, max(0, at - 60), at) is not None or SINCE_AFTER.match(sentence.text, end) is not None


SINCE_AFTER = re.compile(r"\s+(?:(?:ever|only|even)\s+)?since(?![\w-])", re.IGNORECASE)
