"""What the words around a trigger say about it: an event already known ("the handling of the
rebellion"), the object of a claim ("JNIM claimed the attack"), inside a toll ("the toll from the
attack rose to 31"), intended or not (yet) realised ("was due to step down").

Why: these decide whether a date near a trigger is the trigger's (timeline/event_dates.py) and
whether a trigger is an event at all (timeline/events.py); the words are data in
``events_<language>.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.event_lexicon import event_types, event_words, phrase_pattern
from timeline.regex_gate import alternation
from timeline.verb_shapes import AUXILIARY


@cache
def _referring(language: str) -> re.Pattern:
    nouns = alternation(event_words(language)["referring_nouns"]["words"])
    about = alternation(event_words(language)["referring_nouns"]["about_words"])
    honoured = alternation(event_words(language)["referring_nouns"]["commemorations"])
    return re.compile(rf"(?<![\w-])(?:(?:(?:{nouns})\s+of|(?:{about})\s+(?:on|about|regarding|concerning))\s+(?:the|this|that|its|their)\s+"
                      rf"|(?:{honoured})\s+(?:the|those|all\s+the|its|their)\s+(?:(?!(?:and|or|but|then|as|while)\s)[\w’'-]+\s+){{0,3}}?(?:who\s+(?:were|had\s+been|was)\s+)?)$", re.IGNORECASE)


@cache
def cause_between(language: str) -> re.Pattern:
    """What an act answers, between a date and the event named after it ("killed a hostage on 10
    March in reprisal for the intervention"): the date is the act's, not the older event's."""
    causes = alternation(event_words(language)["referring_nouns"]["cause_words"])
    return re.compile(rf"^\s*,?\s*(?:in\s+|as\s+(?:a\s+)?)?(?:{causes})\s+(?:the|this|that|its|their|an?)\s+(?:[\w’'-]+\s+){{0,2}}$", re.IGNORECASE)


POSSESSIVE_TIME = re.compile(r"(?<![\w-])last\s+(?:year|month|week|spring|summer|autumn|fall|winter)['’]s\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@cache
def possessed_by_date(language: str) -> re.Pattern:
    """What stands between a date's possessive and the event it dates: "'s" and an adjective or
    none ("last month's coup", "last year's failed coup"; not "last month's coup signed …")."""
    adjectives = alternation(event_words(language)["referring_nouns"]["possessive_adjectives"])
    return re.compile(rf"['’]s\s+(?:(?:[\w-]+(?:ed|al|ary|ic|ous|ive|ful|ly)|{adjectives})\s+)?", re.IGNORECASE)


def referred(text: str, start: int, language: str) -> bool:
    """Whether the trigger at ``start`` names an event already known ("the handling of the
    rebellion", "the leader of last year's coup"): the clause's date is not its date."""
    return _referring(language).search(text[max(0, start - 60) : start]) is not None or POSSESSIVE_TIME.search(text, max(0, start - 40), start) is not None


@cache
def claim_medium(language: str) -> re.Pattern:
    """Where a claim is made ("on its Telegram channel"): a date after it is the claim's."""
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words(language)['referring_nouns']['claim_media'])})(?![\w-])", re.IGNORECASE)


@cache
def _claimed_object(language: str) -> re.Pattern:
    verbs = alternation(event_words(language)["referring_nouns"]["referring_verbs"])
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?P<that>that\s+)?(?(that)|(?!that\s)(?:(?:the|this|its|their|last|[\w’'-]+['’]s)\s+)?(?:(?!the\s)[\w’'-]+\s+)?)$", re.IGNORECASE)  # "claimed that attack", not "claimed that the ambush …": a saying


DEMONSTRATIVE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|near|last|this|late|early|overnight|earlier|which|that|and)(?![\w-]))", re.IGNORECASE)


def claimed_object(before: str, language: str, after: str | None = None, trigger: str = "") -> bool:
    """Whether an event noun is the object of a claim ("JNIM claimed the attack"), from the text
    before it; "claimed that attack" only when the trigger is a bare noun that ends its phrase
    (not "claimed that fighting broke out", "claims that air strikes killed 19": sayings)."""
    m = _claimed_object(language).search(before[-60:])
    if m is None:
        return False
    noun = re.fullmatch(r"[^\W\d_]+", trigger) is not None and not trigger.casefold().endswith("ed")
    return m.group("that") is None or (noun and after is not None and DEMONSTRATIVE_END.match(after) is not None)


@cache
def _toll_noun(language: str) -> re.Pattern:
    nouns = alternation(event_words(language)["toll_nouns"])
    verbs = alternation(event_words(language)["toll_revision_verbs"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{nouns})\s+(?:of|from|in)|(?:{verbs})\s+(?:(?:the|its|their|that|this)\s+)?(?:(?:death\s+)?(?:toll|tally|figure|count|number)|it)\s+(?:up\s+|down\s+)?(?:to|at)(?=\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|over\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|\w+teen\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))|(?:{verbs})\s+to\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|over\s+)?[\w,]+\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|tally|figure|count|number)\s+(?:of|from|in))\s+(?:[\w,’'-]+\s+){{0,5}}$",
        re.IGNORECASE,
    )


def in_toll(before: str, language: str) -> bool:
    """A trigger inside a toll given ("a new toll of seven soldiers killed", "the death toll from
    an attack … rose to 31 on Wednesday"): a date not written with the trigger is the toll's."""
    return _toll_noun(language).search(before) is not None


def intended(text: str, start: int, language: str, event_type: str | None = None) -> bool:
    """"said on Thursday it would bring them home", "said it was leaving Mali", "announced their
    withdrawal": a decision or a step under way told in a saying, which the saying's day dates
    (unlike a battle told in one)."""
    before, after = text[max(0, start - 40) : start], text[start:]
    if event_type is not None and event_types()[event_type].merge_group in event_words(language)["decision_groups"]:
        if _decision_object(language).search(before) or _decision_passive(language).match(text, start):
            return True
    if event_type is not None and event_types()[event_type].acled_event_type in VIOLENT:
        return False  # "said Kyiv was fighting Russia in Africa": fighting told, not a decision announced
    if re.match(r"(?:is|was|are|were)\s+\w+ing\b", after, re.IGNORECASE):
        return True
    if re.match(r"\w+ing\b", after, re.IGNORECASE) and re.search(r"\b(?:is|was|are|were)\s+$", before, re.IGNORECASE):
        return True
    return _modal_before("intention_words", language, 2).search(before) is not None


VIOLENT = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])


@cache
def _decision_object(language: str) -> re.Pattern:
    """The trigger as the object of a verb of deciding: "announced (the|its) (full) withdrawal"."""
    verbs = "|".join(map(phrase_pattern, event_words(language)["decision_verbs"]))
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w’'-]+\s+){{0,2}}$", re.IGNORECASE)


@cache
def _decision_passive(language: str) -> re.Pattern:
    """The trigger as the subject of a passive verb of deciding: "whose departure was announced on
    17 February", "the decision to leave the bloc was announced on 28 January", "the closure,
    ordered on Monday"."""
    verbs = "|".join(map(phrase_pattern, (v for v in event_words(language)["decision_verbs"] if v.endswith("ed"))))
    passive = rf"(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+\s*,?\s+(?:(?:which|that)\s+)?{AUXILIARY}\s+"
    participle = r"[\w’'-]+(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s*,\s+"
    return re.compile(rf"(?:{passive}|{participle})(?:first\s+|formally\s+|officially\s+)?(?:{verbs})(?![\w-])(?!\s+(?:that|it|by\s+the\s+(?:rebels|jihadists)))", re.IGNORECASE)


def unrealised(text: str, start: int, language: str) -> bool:
    """A trigger in a plan, a schedule or a promise ("was due to step down", "will hold elections",
    "promised … elections"): told as something that has not (yet) happened."""
    return _modal_before("unrealised_words", language, 0).search(text[max(0, start - 40) : start]) is not None or _promised(language).search(text[max(0, start - 60) : start]) is not None


@cache
def _promised(language: str) -> re.Pattern:
    """A promise of something new before the trigger ("promised a civilian transition and
    elections"), not of what was done ("pledged at the donors' conference", "promised that the
    killings … would be punished"); "vowed to" and "pledged to" are unrealised_words already."""
    words = "|".join(map(phrase_pattern, event_words(language)["promise_words"]))
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:a|an|new|fresh|free|more)\s+(?:[\w’'-]+\s+){{0,3}}$", re.IGNORECASE)


# "making it one of the deadliest attacks in years": a kind the event is ranked among, no event told
# (not "carried out one of the deadliest attacks", where the ranked event is the one told)
@cache
def _ranked_among(language: str) -> re.Pattern:
    superlatives = alternation(event_words(language)["ranked_superlatives"])
    return re.compile(rf"(?:(?<![\w-])(?:making|made|makes)\s+it|(?<![\w-])(?:it|this|that)\s+(?:was|is)|,)\s+one\s+of\s+(?:the|its|their|the\s+country['’]s|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w’'-]+\s+)?(?:most\s+[\w-]+|{superlatives})\s+(?:[\w’'-]+\s+){{0,2}}$", re.IGNORECASE)


def negated(text: str, start: int, language: str) -> bool:
    """A trigger its clause denies ("did not attack", "no fighting", "not a defeat", "without a
    fight"): no event is told (events_<language>.toml, ``negated_trigger_words``); nor is one
    ranked among others of its kind ("one of the deadliest attacks")."""
    if _ranked_among(language).search(text, max(0, start - 70), start):
        return True
    if _negation(language).search(text[max(0, start - 40) : start]) is None and _negated_subject(language).search(text, max(0, start - 50), start) is None:  # the whole text, so "^" is the sentence's start
        return False
    lifted = alternation(event_words(language)["negation_lifted_by"])
    return re.match(rf"[^.;]{{0,60}}?(?<![\w-])(?:{lifted})(?![\w-])", text[start:], re.IGNORECASE) is None  # "did not retake Kidal until 14 November"


def conditional(text: str, start: int, language: str) -> bool:
    """"unless the export ban is lifted": a trigger that opens a condition tells nothing that
    happened (and must not take the sentence's date from its main verb)."""
    return _condition(language).search(text, max(0, start - 50), start) is not None


@cache
def _condition(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w’'-])(?:{alternation(event_words(language)['conditions'])})\s+(?:(?:the|its|their|a|an|this|that|any|new|further)\s+)?(?:[\w’'-]+\s+)?$", re.IGNORECASE)


@cache
def _negation(language: str) -> re.Pattern:
    w = event_words(language)
    return re.compile(rf"(?<![\w’'-])(?:{alternation(w['negated_trigger_words'])})\s+(?:(?:{alternation(w['negated_trigger_fillers'])})\s+){{0,2}}$", re.IGNORECASE)


@cache
def _negated_subject(language: str) -> re.Pattern:
    """"no one has been attacked", "no convoy had been ambushed": a passive whose subject is none."""
    subjects = alternation(event_words(language)["negated_subjects"])
    opens = r"(?:^|[,;:\"“]\s*|(?<![\w’'-])(?:that|and|but)\s+)"  # the clause's subject, not "a convoy with no escort was ambushed"
    noun = r"(?:(?!(?:it|they|he|she|we|there)\b)[\w’'-]+\s+){0,2}?"  # not "no doubt it was attacked"
    return re.compile(rf"{opens}(?:{subjects})\s+{noun}(?:has|have|had|was|were|is|are)\s+(?:(?:ever|yet|actually)\s+)?(?:been\s+)?$", re.IGNORECASE)


@cache
def _modal_before(key: str, language: str, gap_words: int) -> re.Pattern:
    """A word of ``events_<language>.toml``'s ``key`` list right before a trigger, ``gap_words``
    words apart at most (adverbs such as "formally" do not count)."""
    words = "|".join(map(phrase_pattern, event_words(language)[key]))
    adverbs = alternation(event_words(language)["modal_adverbs"])
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:{adverbs})\s+)?(?:[\w’'-]+\s+){{0,{gap_words}}}$", re.IGNORECASE)
