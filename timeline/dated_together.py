"""Whether a date is written with a trigger: right after it ("a coup in March"), made the
trigger's by the next words ("June 7, 2021, the day Goita was sworn in"), or listed with
another date of the same act ("coups in 2020 and 2021", "in August 2020 and again in May 2021").

Why: both who owns a date (timeline/date_owners.py) and which date a trigger takes
(timeline/event_dates.py) ask it; one place keeps them agreeing.
"""

from __future__ import annotations

import re

from timeline.dates import Timex


VERB_AND_OBJECT = re.compile(r"[\w’'-]+(?:,[^,]{1,40},)?\s+(?:the|a|an|its|their|his|her)\s", re.IGNORECASE)  # "ended the Algiers peace agreement signed in 2015": the participle dates the object, not the act
PARTICIPLE = r"(?!(?:claimed|reported|announced|denied|confirmed|condemned|described|recalled|mentioned|cited|blamed|attributed)\b)(?:[a-z]+ed|signed|made|held|taken|done|begun|won|set|carried\s+out)\s+"
PARTICIPLE_THEN_DATE = re.compile(
    rf"\s+{PARTICIPLE}(?:by\s+(?:[\w’'-]+\s+){{1,4}})?"
    r"(?:(?:in|at|near|on|against)\s+[A-Z][\w’'-]+\s+)?(?:(?:on|in|at|during)\s+(?:the\s+)?)?",  # "signed in Bamako in May and June 2015", "imposed on Mali six months ago", "carried out during the night of Sunday 9 to Monday 10 June"
)
# after a comma the participle needs its agent or its place ("the Agreement …, signed in Bamako on
# 15 May"; "the blockade, declared by JNIM in early September"): "flights, halted during the
# fighting, resumed on Wednesday" is the flights' main verb
COMMA_PARTICIPLE_THEN_DATE = re.compile(
    rf",\s+{PARTICIPLE}(?:by\s+(?:[\w’'-]+\s+){{1,4}}|(?:in|at|near)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]+){{0,2}}\s+)(?:on|in|at|during)\s+",  # also ", held in St. Petersburg on July 27-28"
)


# "the attack on the village of Sobane Da, commune of Sangha, cercle of Bandiagara, Mopti region,
# carried out during the night of …": an act's own participle after the place it hit and that
# place's administrative asides (names in capitals, "region", "commune of", "cercle of")
PLACE_ASIDES_THEN_ACT = re.compile(
    r"\s+(?:on|against|in|at)\s+(?:the\s+)?(?:(?:village|town|city|camp|base|post|hamlet|locality|commune)\s+of\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}"
    r"(?:,\s+(?:(?:in\s+)?(?:the\s+)?(?:(?:rural\s+)?(?:commune|cercle|circle|district|municipality|region|province|prefecture)\s+of\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}(?:\s+(?:region|cercle|circle|district|province))?)){1,4}"
    r",\s+(?:carried\s+out|committed|perpetrated|staged|launched)\s+(?:on|in|during|at)\s+(?:the\s+)?(?:(?:night|evening|morning|afternoon)\s+of\s+)?"
)


# "an attack on the army camp at Nampala on 19 July that killed 17 soldiers": the target of an
# attack told by its noun, where it stood, then the day
TARGET_PLACE_THEN_DATE = re.compile(r"\s+(?:on|against)\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:camp|base|post|barracks|garrison|checkpoint|position|convoy|patrol|market|hotel|town|village)\s+(?:(?:at|in|near|of)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+)?(?:on|in)\s+", re.IGNORECASE)


# "took to the streets of Commune V, Kati and Sikasso on Thursday evening": the places an act
# happened in, listed, then its day
VERB_NEXT = re.compile(r"\s+(?:(?-i:[a-z])+ed|said|told|met|went|came|took|gave|made|held|began|sent|urged|asked|left)\b")  # "… on Monday asked the government": the date opens another clause
PLACES_THEN_DATE = re.compile(r"\s+(?:(?:the\s+)?streets\s+of|of|in|at|across|through)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z0-9])[\w’'-]*)?(?:,\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z0-9])[\w’'-]*)?)*,?\s+and\s+(?-i:[A-Z])[\w’'-]*\s+(?:on|in)\s+")


# "the peace accord that the rebels signed in June 2015": a relative clause whose verb is the act
# the noun names
ACT_PARTICIPLES = "signed|reached|concluded|brokered|struck|imposed"  # the verbs of an agreement or a measure made (the two patterns below add their own)
RELATIVE_ACT_THEN_DATE = re.compile(rf"\s+(?:that|which)\s+(?:the\s+)?(?:[\w’'-]+\s+){{1,3}}?(?:{ACT_PARTICIPLES}|negotiated|ratified|declared)\s+(?:(?:in|at)\s+[A-Z][\w’'-]+\s+)?(?:on|in)\s+")


# A participle that dates the noun a longer trigger ends with, so that the noun is an event of its
# own (timeline/event_lexicon.py): "… the Algiers peace agreement signed with northern rebel groups in 2015"
DATED_BY_PARTICIPLE = re.compile(rf"\s+(?:{ACT_PARTICIPLES}|agreed|launched)(?:\s+(?:with|by|between|in|at)\s+[^,.;:]{{1,50}}?)?\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d(?!\d)")


def object_participle_date(text: str, trigger: tuple[int, int], t: Timex, timexes: list[Timex]) -> bool:
    """A date a participle or a relative clause gives a verb's object ("ended the peace agreement
    signed in 2015", "bring home the special forces it sent to Mali this month"): the object's
    date, never the act's."""
    start, end = trigger
    between = text[end : t.char_start] + " "
    if t.char_start < end:
        return False
    if RELATIVE_VERB.search(between) and not re.search(r"[,;:]", between) and not any(end <= o.char_start and o.char_end <= t.char_start for o in timexes):
        return True  # the first date after the relative clause's verb is its own (not "… it had lost in 2012 on Tuesday")
    return VERB_AND_OBJECT.match(text, start, end) is not None and (PARTICIPLE_THEN_DATE.fullmatch(between) or COMMA_PARTICIPLE_THEN_DATE.fullmatch(between)) is not None


RELATIVE_VERB = re.compile(r"^\s+(?:the|a|an|its|their|his|her)\s+(?:(?!(?:as|when|while|after|before|because|since|until|once)\s)[\w’'-]+\s+){0,3}?(?:that\s+|which\s+|whom\s+)?(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|t|en)\s", re.IGNORECASE)  # "the forces it sent to Mali this month" (not "shot dead the imam as he walked home on Sunday": an occasion, the killing's day)


PLURAL_TRIGGER = re.compile(r"s(?:\s+d['’][^\W\d_]+)?$")  # a trigger told in the plural: "coups", "coups d'État" (several events, one date each)


def adjacent(text: str, trigger: tuple[int, int, str], t: Timex) -> bool:
    """A date written right after a trigger ("a coup in March", "three days of mourning starting
    on Monday"), or a date the next words make a
    trigger's ("June 7, 2021, the day Goita was sworn in"; "on Thursday 7 September, on the day a
    passenger boat of the river company was targeted")."""
    start, end, _ = trigger
    if t.char_start >= end:
        between = text[end : t.char_start] + " "
        return bool(_reduced_relative(text, trigger, t) or re.fullmatch(r"\s+(?:(?:happened|took\s+place|occurred)\s+)?(?:again\s+)?(?:on|in|at|during|by|(?:starting|beginning)(?:\s+on|\s+from)?)?\s*(?:the\s+(?:night|evening|morning|afternoon)\s+of\s+)?", between) or ((PARTICIPLE_THEN_DATE.fullmatch(between) or COMMA_PARTICIPLE_THEN_DATE.fullmatch(between)) and not VERB_AND_OBJECT.match(text, start, end))
                    or re.fullmatch(r"\s+by\s+(?:a\s+|an\s+|the\s+)?(?:decree|vote|order|ruling|law|presidential decree|council\s+of\s+ministers)\s+(?:on|in|of)\s+", between, re.IGNORECASE)  # "suspended by decree on 10 April"
                    or set_off_before_object(text, end, t) or RELATIVE_ACT_THEN_DATE.fullmatch(between) or PLACE_ASIDES_THEN_ACT.fullmatch(between)
                    or (_bare_noun(text[start:end]) and TARGET_PLACE_THEN_DATE.fullmatch(between)) or (PLACES_THEN_DATE.fullmatch(between) and not VERB_NEXT.match(text, t.char_end))
                    or (re.fullmatch(r"\s+of\s+", between) and _bare_noun(text[start:end])))  # "The French intervention of January 2013 pushed …"
    return t.char_end <= start and bool(
        re.fullmatch(r",?\s*(?:on\s+)?the\s+(?:day|date|night|week|month|year)\s+(?!after\b|before\b)(?:that\s+|when\s+|on\s+which\s+)?(?:[\w’'()-]+\s+){0,12}", text[t.char_end : start])
    )


def _bare_noun(trigger: str) -> bool:
    return re.fullmatch(r"[^\W\d_]+(?:\s+d['’][^\W\d_]+)?", trigger) is not None and not trigger.casefold().endswith(("ed", "ing"))  # also "the coups d'État of August 2020 and May 2021"


def set_off_before_object(text: str, end: int, t: Timex) -> bool:
    """A date set off by commas between an event noun and its object: "welcomes the release, on
    Friday, of two former ministers" (the release's day)."""
    return bool(re.fullmatch(r",\s+(?:on|in)\s+", text[end : t.char_start]) and re.match(r",\s+of\s", text[t.char_end :]))


REDUCED_RELATIVE_GAP = re.compile(r"\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?(?:(?:in|near|at|from|outside|on|along|between|and)\s+(?:[\w’'-]+\s+){1,4}?){0,3}")
MAIN_VERB_NEXT = re.compile(r"\s+(?:has|have|had|was|were|is|are)\s+(?:been|now|since|finally|(?:later\s+|finally\s+|eventually\s+)?(?-i:[a-z])+(?:ed|en|eed))\b")  # also "A Dutch national kidnapped in Timbuktu in November 2011 was freed …": the main verb's passive


def _reduced_relative(text: str, trigger: tuple[int, int, str], t: Timex) -> bool:
    start, end, _ = trigger
    passive_relative = RELATIVE_PASSIVE.search(text, max(0, start - 24), start) is not None  # "A Dutch national who was kidnapped in Timbuktu in 2011 was freed …"
    if not re.fullmatch(r"[\w’'-]+(?:ed|en)", text[start:end]) and not passive_relative:
        return False
    if re.search(r"(?:has|have|had|was|were|is|are|been|being)\s+$", text[max(0, start - 12) : start]) and not passive_relative:
        return False
    relative = passive_relative or RELATIVE_PRONOUN.search(text, max(0, start - 10), start) is not None  # "drivers who disappeared near Gao in March were let go …"
    return bool(REDUCED_RELATIVE_GAP.fullmatch(text[end : t.char_start] + " ") and (MAIN_VERB_NEXT.match(text, t.char_end) or (relative and RELATIVE_MAIN_VERB.match(text, t.char_end))))


RELATIVE_PRONOUN = re.compile(r"(?<![\w-])(?:who|which)\s+$", re.IGNORECASE)
RELATIVE_PASSIVE = re.compile(r"(?<![\w-])(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.IGNORECASE)
RELATIVE_MAIN_VERB = re.compile(r"\s+(?:has|have|had|was|were|is|are)\s+[a-z]")


def told_again(text: str, timexes: list[Timex]) -> bool:
    """The same act told twice: "seized power in August 2020 and again in May 2021", "a coup in
    August 2020 and a second one in May 2021", "…, followed by another in May 2021"."""
    return all(TOLD_AGAIN.fullmatch(text, a.char_end, b.char_start) for a, b in zip(timexes, timexes[1:]))


TOLD_AGAIN = re.compile(
    r"\s*,?\s*(?:and\s+(?:then\s+)?again|(?:and\s+(?:then\s+)?|then\s+|(?:followed|succeeded)\s+by\s+)(?:a\s+(?:second|third|fourth|further|new)|another)(?:\s+one)?)\s+(?:in|on)\s+",
    re.IGNORECASE,
)


ENTRY_SEPARATOR = re.compile(r"\s*[-–—:]\s+")


def entry_separator(text: str, t: Timex) -> re.Match | None:
    """The dash or colon after a date that heads a chronology's entry ("Jan. 14: Islamist fighters
    seize Diabaly", "• 18 August 2020 - Mutiny at Kati"): only bullets stand before the date."""
    return None if text[: t.char_start].strip(" \t•*-–—") and not KICKER.fullmatch(text, 0, t.char_start) else ENTRY_SEPARATOR.match(text, t.char_end)


# A bulletin item's kicker before its date ("* KATI, JULY 22 - Two car bombs exploded …",
# "* LOULOUNI-SIKASSO ROAD, Sunday 16 November. Militants ambushed …"): a bullet, a capitalised
# place or topic, a comma. Without a bullet it would be a dateline, which dates nothing.
KICKER = re.compile(r"\s*[•*–—-]\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4},\s+(?:(?:late|early)\s+)?(?:on\s+)?")


def kicker_head(text: str, t: Timex) -> bool:
    """A bulletin item whose first sentence is only its kicker and date ("* KATI, late on
    Wednesday 12 November."): the sentence after it tells what happened that day."""
    return KICKER.fullmatch(text, 0, t.char_start) is not None and not text[t.char_end :].strip(" .")


def groups_finer_days(text: str, t: Timex, timexes: list[Timex]) -> bool:
    """A month or year heading an entry whose main clause has a day of its own inside it ("June:
    … routed the separatists in Gao on June 27 and …"), not one whose later clause has ("March
    2012: Soldiers seize power in a coup; on March 30, rebels take Kidal": the coup's month)."""
    sep = entry_separator(text, t)
    if sep is None or t.precision not in ("month", "year") or t.start is None:
        return False
    semicolon = text.find(";", sep.end())
    main_end = semicolon if semicolon >= 0 else len(text)
    return any(sep.end() <= o.char_start < main_end and o.precision == "day" and o.start is not None and t.start <= o.start <= t.end for o in timexes)


ENTRY_PLACE_TAIL = re.compile(r"\s*,\s*(?-i:[A-Z])[\w’'-]*(?:[\s,]+[\w’'-]+){0,6}\s*\.?\s*$")


def entry_place_head(text: str, t: Timex) -> bool:
    """A list entry that is only its date and its place ("- 28 November 2015, Kidal."): the
    sentence after it tells what happened there that day."""
    return not text[: t.char_start].strip(" \t•*-–—") and ENTRY_PLACE_TAIL.match(text, t.char_end) is not None


ENTRY_PLACE_TO_DATE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s*(?:on\s+)?")


def entry_head_place(text: str, names: list, timexes: list[Timex]) -> str | None:
    """The place that heads a chronology entry before its date ("- Ogossagou (Bankass), 23 March
    2019: at least 157 villagers killed"): where what the entry tells happened."""
    places = [n for n in names if n.kind == "place"]
    if not places or text[: places[0].start].strip(" \t•*-–—"):
        return None
    head, bulleted = places[0], bool(text[: places[0].start].strip())
    for t in timexes:
        separator = ENTRY_SEPARATOR.match(text, t.char_end) if t.char_start >= head.end and ENTRY_PLACE_TO_DATE.fullmatch(text, head.end, t.char_start) else None
        if separator and (bulleted or ":" in separator.group()):  # "BAMAKO, June 12 - …" is a dateline, which places nothing
            return head.id
    return None


# what may stand around a date told as a sentence of its own ("A: For me, on 18 January 2017.")
DATE_ONLY_LEAD = re.compile(r"\s*(?:(?-i:[A-Z])[\w.]{0,12}:\s*)?(?:(?:for\s+(?:me|us|him|her|them|many)|it\s+was|that\s+was|this\s+was|then\s+came)\s*,?\s*)?(?:on\s+|in\s+)?", re.IGNORECASE)


def date_only(text: str, t: Timex) -> bool:
    """A sentence that is only a date (an answer, "For me, on 18 January 2017."): the sentence
    after it tells what happened then."""
    return t.precision in ("day", "month") and DATE_ONLY_LEAD.fullmatch(text, 0, t.char_start) is not None and not text[t.char_end :].strip(" .!")


def conjoined(text: str, timexes: list[Timex]) -> bool:
    """Dates listed together ("in 2020 and 2021", "2012, 2015 and 2020")."""
    return all(re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*(?:in\s+|on\s+)?", text[a.char_end : b.char_start]) for a, b in zip(timexes, timexes[1:]))  # also "on 5 June and on 19 June"


# a year heading a noun a few words on ("the 2015 Algiers peace agreement", "its 2012 coup")
YEAR_HEADED = re.compile(r"(?<![\w-])(?:the|its|their|a|an)\s+(?P<year>(?:1[89]|20)\d\d)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def headed_by_year(text: str, triggers: list[tuple[int, int, str]], t: Timex) -> int | None:
    """The trigger a bare year heads as an adjective ("the 2015 peace deal", "its 2012 coup")."""
    if t.precision != "year":
        return None
    k = next((k for k, (start, _, _) in enumerate(triggers) if start >= t.char_end and (m := YEAR_HEADED.search(text, max(0, start - 60), start)) and m.start("year") == t.char_start), None)
    if k is None or TOLD_AFTER_NOUN.search(text, triggers[k][0], triggers[k][1]):
        return None  # "a 2015 peace deal … was scrapped in January": the year heads the deal, not its scrapping
    return k


TOLD_AFTER_NOUN = re.compile(r"(?:ed|down|apart)$")


ACROSS_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|but|then)(?![\w-])", re.IGNORECASE)


def across_conjunction(text: str, trigger: tuple[int, int], t: Timex) -> bool:
    """"launched in July 2017 and abandoned by Mali in May 2022": a date across "and" is another
    conjunct's, so the one on the trigger's own side of it comes first."""
    between = text[t.char_end : trigger[0]] if t.char_end <= trigger[0] else text[trigger[1] : t.char_start]
    return bool(ACROSS_CONJUNCTION.search(between))


BETWEEN_PLACES = re.compile(r"between\s+(?-i:[A-Z])[\w’'-]+\s+and\s+(?-i:[A-Z])[\w’'-]+")  # "the camp at Bamba, between Gao and Bourem, on April 6": a place, not a second clause
BARE_PREPOSITION = re.compile(r"\s*(?:(?:in|on|at|around|during|early|late|from)\s+)?(?:the\s+)?", re.IGNORECASE)
NOUN_DATE_BEFORE = re.compile(r"(?:(?<![\w-])[a-z]+ed|(?<![\w-])of|holiday|festival)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$", re.IGNORECASE)
CLOSES_CLAUSE = re.compile(r"\s*(?:[,.;:)]|$|(?:in|at|near|to|from|on|of|outside|inside|around|with|under)(?![\w-]))", re.IGNORECASE)  # the date ends its clause, or a place or a manner follows (not "on Tuesday life returned")
SPAN_WORDS = re.compile(r"(?:since|over|for|in\s+the\s+past|during|throughout|until|till|by|so\s+far)(?![\w-])", re.IGNORECASE)  # a span or a deadline, not the day of what happened
ONLY_APPOSITIONS = re.compile(r"(?:(?![;:.!?\"“”]|,\s+[a-z]+ed(?![\w-])|(?<![\w-])(?:which|who|whom|where|when|that|after|before|since|until|while|as|because|and|but|for|from|than|following|amid|despite|against|over|during|by|had|has|have|was|were|is|are|will|would|planned|scheduled|due|expected|set|said|says|told|tells)(?![\w-])).)*", re.IGNORECASE | re.DOTALL)  # places and asides, no other clause, verb, saying or comparison


def lone_date_after(text: str, trigger: tuple[int, int], t: Timex, events_told: int, reporting: re.Pattern) -> bool:
    """The sentence's one free date, after its one event (``events_told`` non-saying triggers),
    with only places and asides between ("The strike hit the market at Tin-Essako, about 100 km
    southeast of Kidal, around midday Sunday, said …"): that event's, when no rule of the clause
    reached it; never after a reporting word (``reporting``: "told us on Sunday")."""
    chunk = text[trigger[1] : t.char_start].rsplit(",", 1)
    attached = len(chunk) == 1 or BARE_PREPOSITION.fullmatch(chunk[-1]) is not None  # "the battles of the Adrar des Ifoghas in February 2013"; not "…, a supporter of the former president in 2019"
    return (t.char_start >= trigger[1] and t.kind != "duration" and (t.precision == "day" or attached) and not SPAN_WORDS.match(t.text) and events_told == 1
            and not NOUN_DATE_BEFORE.search(text, max(0, t.char_start - 30), t.char_start)  # "a man jailed in 2021", "the mayor of 2015": a noun's date
            and ONLY_APPOSITIONS.fullmatch(BETWEEN_PLACES.sub("between", text[trigger[1] : t.char_start])) is not None and not reporting.search(text, trigger[1], t.char_start)
            and CLOSES_CLAUSE.match(text, t.char_end) is not None)  # not "The army retook the town, on Tuesday life returned to normal"


def days_apart(text: str, days: list[Timex]) -> bool:
    """Days joined by "and" that are not consecutive ("dropped food on Tuesday and last Friday"):
    two acts, not one event running over both days ("fighting on Thursday and Friday")."""
    return any(re.fullmatch(r"\s*,?\s*and\s*(?:on\s+)?", text[a.char_end : b.char_start]) is not None and abs((b.start - a.start).days) > 1 for a, b in zip(days, days[1:]))


def claim_dated_before(text: str, span: tuple[int, int], timexes: list[Timex], i: int) -> bool:
    """"published a statement late on Wednesday claiming an attack on Tuesday": when the claim
    already has its own day before the object, a weekday right after the object is the object's."""
    t = timexes[i]
    return bool(re.fullmatch(r"\s+(?:on\s+)?", text[span[1] : t.char_start])) and any(
        o.char_end <= span[0] and o.kind != "duration" and not re.search(r"[.;]", text[o.char_end : span[0]]) for o in timexes)
