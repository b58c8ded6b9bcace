"""Which event a free date of a sentence goes to: the event trigger nearest it whose clause
reaches it, unless a fence ("after", "amid"), a coordinated verb or a clause dated apart stands
between them.

Why: "discussed the attack on the army in late July" dates the attack, not the discussion; but
"toppled Keita in August 2020 after mass protests" does not date the protests. Split from
timeline/event_dates.py, which decides first whether a trigger owns a date of its own.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.dated_together import adjacent
from timeline.dates import Timex
from timeline.event_lexicon import event_types, event_words, is_saying, phrase_pattern
from timeline.regex_gate import alternation
from timeline.sentence_clauses import trigger_clause, trigger_reach
from timeline.trigger_context import negated, referred, unrealised


def dated_owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], owner: dict[int, int], t: Timex) -> set[int]:
    """Events a date already belongs to (written right after them, or opening their sentence):
    a free date of their clause goes to another ("On 13 February, the army launched an operation
    and, on 14 February, announced it had taken control": the 14th is the taking's; but "Earlier
    this year, on March 17, jihadists overran …" gives the overrunning both dates before it)."""
    opened = {k for k in owner.values() if k >= 0 and not is_saying(triggers[k][2]) and triggers[k][1] <= t.char_start}
    return _adjacent_owners(text, triggers, timexes) | opened


def _adjacent_owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex]) -> set[int]:
    return {k for k, trigger in enumerate(triggers) for t in timexes if t.kind != "duration" and adjacent(text, trigger, t)}


def fineness(t: Timex) -> int:
    """Rank of a date's precision, finest first (a day, then a week, a month, a year)."""
    rank = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}.get(t.precision or "", 5)
    days = (t.end - t.start).days if t.start and t.end and rank == 0 else 0  # "on Thursday" before "between July 25 and 27"
    return rank * 10**7 + days


def nearest_event(text: str, triggers: list[tuple[int, int, str]], t: Timex, spans: list[tuple[int, int]], timexes: list[Timex], owned: set[int], language: str) -> int | None:
    """The event trigger (not a saying, not one with a date of its own) nearest a free date among
    those whose clause reaches it: in "discussed the attack on the army in late July", late July
    is the attack's."""
    options = []
    types = event_types()
    for k, (start, end, event_type) in enumerate(triggers):
        if is_saying(event_type) or k in owned or referred(text, start, language) or unrealised(text, start, language) or negated(text, start, language):
            continue  # not "the handling of the rebellion": a known event, no date of the clause; nor "preparing an ambush": none yet
        lo, hi = trigger_reach(text, spans, triggers[k], timexes, language)
        fence = _fence(language).search(text, end, t.char_start) if t.char_start >= end else None
        set_off = fence is not None and re.search(r",\s*(?:(?:late|early)\s+)?(?:on\s+)?$", text[: t.char_start]) is not None and not any(fence.end() <= trig[0] < t.char_start for trig in triggers) and not re.search(r"(?:day|days|week|weeks|month|months|hours?|year|years)\s+$", text[: fence.start()])  # "met both candidates before the vote, on 9 August": the meeting's day, the fenced phrase tells no event
        if fence and not set_off and not re.match(r"\s+(?:the\s+ones?|that|those)\s+(?:of|on|in)\b", text[fence.end() :], re.IGNORECASE):
            continue  # but "comes after the one of 22 April" names another of its kind  # "the fighters who took Diabaly … after French strikes on their bases at the weekend": the strikes' date
        if t.char_end <= start and ABOUT_THE.fullmatch(text, t.char_end, start) and _document_before(language).search(text, max(0, t.char_start - 50), t.char_start):
            continue  # "published two communiqués on Saturday evening about the attack …": the communiqués' day
        if t.char_start >= end and (rel := RELATIVE_PAST.search(text, end, t.char_start)) and text[end : rel.start()].strip() and not LAUNCHED.search(rel.group()):
            continue  # "lifted the ban that it imposed three months ago": the relative clause's own time (not "the attack that the army repelled on Monday": the trigger's own)
        if t.char_start >= end and accused_of_event(text, triggers, end, t):
            continue  # the report's object, the killing, takes the date
        if _in_aside_before(text, triggers, k, t, language):
            continue  # "retook Kidal, the stronghold of the former rebellion, on 14 November": the retaking's day
        if t.char_end <= start and _clause_dated_apart(spans, trigger_clause(spans, triggers[k]), t, timexes):
            continue  # "stormed the base …, on June 1, and struck Timbuktu the next day": struck has its day
        if lo <= t.char_start and t.char_end <= hi:
            # "a drone strike on the outskirts of the town on Sunday had killed eight": the
            # strike's date, not the killing's (casualties only support an event); "toppled
            # Keita in August 2020 after mass protests": a date does not reach into the phrase
            # "after …" that comes after it
            fenced = t.char_end <= start and _fence(language).search(text, t.char_end, start) is not None
            # "began withdrawing from Aguelhok on Monday and is expected to leave Kidal": a verb
            # coordinated after the date has a clause of its own
            coordinated = t.char_end <= start and (COORDINATED.search(text, t.char_end, start) is not None or re.search(r"\bto\s+$", text[t.char_end : start]) is not None
                                                   or (COMMA_JOINED.fullmatch(text, t.char_end, start) is not None and any(e <= t.char_start and not is_saying(et) for _, e, et in triggers[:k]))  # "repelled an attack …, late on Friday, and had neutralised 12 assailants": the attack's day
                                                   or (JUST_JOINED.fullmatch(text, t.char_end, start) is not None and any(e <= t.char_start and not is_saying(et) for _, e, et in triggers[:k])
                                                       and any(o.kind != "duration" and end <= o.char_start < hi and not RELATIVE_BETWEEN.search(text, end, o.char_start) for o in timexes)))  # "retook Gao on 26 January and entered Timbuktu two days later": the date ends the first verb's clause (not "recalled its envoys on Monday and closed its airspace")
            options.append((fenced, coordinated, types[event_type].supports_only, min(abs(t.char_start - end), abs(start - t.char_end)), k))
    return min(options)[-1] if options else None


ACCUSED_OF = re.compile(r"(?<![\w-])(?:accus(?:ed|ing|es)|charg(?:ed|ing|es)|blam(?:ed|ing|es)|suspect(?:ed|ing|s)?|convicted|found\s+guilty)\s+(?:[\w’'-]+\s+){0,5}?(?:of|for)\s+[a-z]+ing(?![\w-])", re.IGNORECASE)  # "a report accusing troops of killing 500 people in March 2022": the date is the killing's
def accused_of_event(text: str, triggers: list[tuple[int, int, str]], end: int, t: Timex) -> bool:
    """Whether an accusation stands between a trigger and a date after it, and its gerund is an
    event ("a report accusing troops of killing 500 people in March 2022": the killing's date;
    not "soldiers accused of plotting …, the government said on Thursday": no event to take it)."""
    m = ACCUSED_OF.search(text, end, t.char_start)
    gerund = m.end() - len(m.group().split()[-1]) if m else -1
    return m is not None and any(gerund <= start < m.end() and not is_saying(event_type) for start, _, event_type in triggers)


JUST_JOINED = re.compile(r",?\s+(?:and|but)\s+(?:(?:the|a|an|its|their)\s+|(?:then\s+)?(?:began|begun|started|set\s+about|went\s+on)\s+(?:to\s+)?|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|then\s+|finally\s+)?)?")  # "… in March 2015 and the suicide bombing of … in January 2017"
ABOUT_THE = re.compile(r"\s+(?:about|on|concerning|regarding|over)\s+(?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,2}", re.IGNORECASE)


@cache
def _document_before(language: str) -> re.Pattern:
    """A document right before a date ("two communiqués on Saturday evening"): events_<language>.toml act_documents."""
    nouns = alternation([*event_words(language)["act_documents"], "communiqués", "communiques", "statements", "reports", "report", "briefing"])
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:(?:issued|released|published|read|posted)\s+)?(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+)?$", re.IGNORECASE)


LAUNCHED = re.compile(r"(?<![\w-])(?:launched|staged|mounted|carried|conducted|waged|began|started|led|claimed)(?![\w-])", re.IGNORECASE)  # "an attack on Boni that Islamists launched on Monday": the attack's own day
RELATIVE_PAST = re.compile(r"(?<![\w-])(?:that|which)\s+(?:it|they|he|she|we|the\s+[\w’'-]+|(?-i:[A-Z])[\w’'-]+)\s+(?:(?:had|has|have)\s+)?[a-z]+ed\s+(?:[^\s,;.]+\s+){0,3}$", re.IGNORECASE)  # an object's relative clause with a subject of its own ("the ban that it imposed three months ago"), not "a summit that ended … on Friday"
RELATIVE_BETWEEN = re.compile(r"(?<![\w-])(?:that|which|who|whom|where)(?![\w-])", re.IGNORECASE)  # "positions that jihadists had held since 2012": another clause's date
COMMA_JOINED = re.compile(r",\s+(?:and|but)\s+(?:(?:had|has|have|was|were|is|are|then|also|later)\s+)*", re.IGNORECASE)
COORDINATED = re.compile(r"\s(?:and|but)\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:\w+\s+){0,2}?(?:expected|due|set|scheduled|then|later|also|to)\b|\s(?:and|but)\s+(?:is|are|was|were)\s+(?:now\s+|still\s+)?being\b", re.IGNORECASE)  # also "… on Sunday night and are being questioned": a later state of its own


ASIDE_OPENS = re.compile(r",\s+(?:the|a|an|its|their|his|her|this|that)\s+[^,;.:()\"“”]*$", re.IGNORECASE)
ASIDE_CLOSES = re.compile(r"[^,;.:()\"“”]*,\s*(?:(?:on|in|at|during|late|early)\s+)*", re.IGNORECASE)


def _in_aside_before(text: str, triggers: list[tuple[int, int, str]], k: int, t: Timex, language: str) -> bool:
    """Whether trigger ``k`` is a noun in an aside set off by commas right before the date, after
    a verb of its own clause: the date closes the verb's clause ("retook Kidal, the stronghold of
    the former rebellion, on 14 November 2023")."""
    start, end, _ = triggers[k]
    if t.char_start < end or not ASIDE_CLOSES.fullmatch(text, end, t.char_start):
        return False
    opened = ASIDE_OPENS.search(text, max(0, start - 80), start)
    verbs = [e for _, e, et in triggers if opened is not None and e <= opened.start() and not is_saying(et)]
    return bool(verbs) and _fence(language).search(text, verbs[-1], opened.start()) is None  # not "took power after Bah Ndaw's ouster, the second coup in nine months, on 24 May"


def _clause_dated_apart(spans: list[tuple[int, int]], index: int, t: Timex, timexes: list[Timex]) -> bool:
    """Whether clause ``index`` gives a date of its own, other than ``t`` and outside it."""
    lo, hi = spans[index]
    return not lo <= t.char_start < hi and any(o is not t and o.kind != "duration" and lo <= o.char_start < hi for o in timexes)


@cache
def _fence(language: str) -> re.Pattern:
    """Prepositions that open a phrase of its own after a date ("after", "amid", "following");
    not the adverb of "the day before, on May 14", which only restates the date."""
    times = "|".join(map(phrase_pattern, event_words(language)["times_of_day"]))  # "shortly after dawn on Tuesday" fences nothing
    heard = event_words(language)["heard_before"]
    bodies = "|".join(map(phrase_pattern, heard["bodies"]))
    after_verb = "|".join(rf"(?<={re.escape(v)}\sbefore)" for v in heard["verbs"])  # "appeared before the Chamber on 4 April": a place, not a time (not "attacked the post before the assembly voted")
    return re.compile(rf"(?<![\w-])(?<!the\sday\s)(?<!the\snight\s)(?<!the\sweek\s)(?<!the\smonth\s)(?<!the\syear\s)(?:{'|'.join(map(phrase_pattern, event_words(language)['date_fences']))})(?![\w-])(?!(?:{after_verb})\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w’'-]+\s+)?(?:{bodies})(?![\w-]))(?!\s+(?:{times})\b)(?!\s+\d)", re.IGNORECASE)  # not "shortly before 9:00 am"
