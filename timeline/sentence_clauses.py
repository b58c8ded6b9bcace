"""The clauses of a sentence, as the date rules read them: cut at commas, semicolons, dashes and
brackets, but not inside a date, a short bracket, a place phrase set off by commas or a list of
names; and how far a clause reaches over light neighbours ("On Thursday, …").

Why: which date a trigger takes depends on the clause it stands in (timeline/event_dates.py); the
cutting itself is one concern, kept here with its own rules.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.dates import Timex
from timeline.event_lexicon import event_words
from timeline.regex_gate import alternation
from timeline.text_lines import dateline_end
from timeline.transcript_turns import TRANSCRIPT_TURN, tag_end


SHORT_BRACKET = re.compile(r"\((?:[^()\s,;]+\s?){1,3}\)")


def clauses(text: str, language: str = "en", timexes: list[Timex] = ()) -> list[tuple[int, int]]:
    """The clause spans of a sentence, cut at commas, semicolons, dashes and brackets (but not
    inside a date: "between March 27 and 31, 2022")."""
    return list(_clauses(text, language, tuple(timexes)))


@lru_cache(maxsize=2048)
def _clauses(text: str, language: str, timexes: tuple[Timex, ...]) -> tuple[tuple[int, int], ...]:
    """``clauses``, kept: the date, event and claim rules ask for one sentence's clauses several times."""
    spans, start = [], dateline_end(text, language)  # "MOPTI - On Tuesday in Boni, …": the clause opens after the dateline
    # a short bracket ("the Operational Coordination Mechanism (MOC) on Wednesday") is part of
    # its clause: an acronym or a gloss, not a clause of its own
    quiet = [m.span() for m in SHORT_BRACKET.finditer(text)] if "(" in text else []
    for m in _breaks(language).finditer(text, start):
        i = m.start()
        if any(a <= i < b for a, b in quiet) or any(t.char_start <= i < t.char_end for t in timexes):
            continue
        if text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
            continue  # "some 50,000 people": a number, not a clause break
        spans.append((start, i))
        start = i + 1
    spans.append((start, len(text)))
    return tuple(_join_name_appositives(text, _join_name_lists(text, _join_place_asides(text, [(s, e) for s, e in spans if text[s:e].strip()], language, timexes), timexes, language), language))


NAME_ITEM = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*")
LIST_TAIL = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+and\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+other\s+(?:towns|villages|localities|places|posts|camps|sites|cities|regions))\s+(?:in|on|at|during|by|since|last|this|early|late|from|to|into|with|over|for|of)\b")  # "took over Timbuktu, Gao and Kidal in April 2012"; "the departure of Mali, Burkina Faso and Niger from ECOWAS"
ENDS_WITH_PLURAL = re.compile(r"(?<![\w’'-])(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*[^s\W]s\s*$")
THING_LIST_TAIL = re.compile(r"\s*(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*s\s+and\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*s\s+(?:around|near|in|at|on|outside|across|throughout)\b")
ENDS_WITH_NAME = re.compile(r"[A-Z][\w’'-]*\s*$")


@cache
def _ends_with_body(language: str) -> re.Pattern:
    """A clause ending in "the government" (events_<language>.toml listed_bodies), which may open a list of names."""
    return re.compile(rf"(?<![\w-])the\s+(?:{alternation(event_words(language)['listed_bodies'])})\s*$", re.IGNORECASE)


def _join_name_lists(text: str, spans: list[tuple[int, int]], timexes: list[Timex] = (), language: str = "en") -> list[tuple[int, int]]:
    """A list of names is one clause: "hit army positions in Kolokani, Segou, Douentza and three
    other towns on Thursday" (the items between commas are names, the one before ends in one)."""
    out: list[tuple[int, int]] = []
    joining = False
    for s, e in spans:
        item = NAME_ITEM.fullmatch(text, s, e) is not None
        listed = out and text[out[-1][1] : out[-1][1] + 1] == "," and (ENDS_WITH_NAME.search(text, out[-1][0], out[-1][1]) or _ends_with_body(language).search(text, out[-1][0], out[-1][1]))
        listed = listed and not any(out[-1][0] <= t.char_start and t.char_end >= out[-1][1] - 1 for t in timexes if t.char_end <= out[-1][1])  # "Also on Monday, Andriy Yusov, …"
        if listed and (item or (joining and NAME_ITEM.match(text, s)) or LIST_TAIL.match(text, s)):
            out[-1] = (out[-1][0], e)
            joining = item
            continue
        things = out and text[out[-1][1] : out[-1][1] + 1] == "," and ENDS_WITH_PLURAL.search(text, out[-1][0], out[-1][1])
        if things and THING_LIST_TAIL.match(text, s):  # "struck training camps, fuel depots and command posts around Gao on Sunday"
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
        joining = False
    return out


ENDS_WITH_NOUN = re.compile(r"(?<![\w’'-])(?:the|a|an|its|their|his|her|of|former|two|three)\s+(?:[a-z][\w’'-]*\s+){0,3}(?P<noun>[a-z][\w’'-]*)(?:\s+(?:in|of|from)\s+[A-Z][\w’'-]*)?\s*$")  # "one of the men", "the destruction in Timbuktu"


@cache
def _appositive_name(language: str) -> tuple[re.Pattern, re.Pattern]:
    """A name of capitalised words and particles, and what may go on after it (events_<language>.toml ``appositive_names``)."""
    w = event_words(language)["appositive_names"]
    particle = rf"(?:(?:{'|'.join(map(re.escape, w['particles']))})[-\s]+)?"
    name = re.compile(rf"\s*{particle}[A-Z][\w’'.-]*(?:\s+{particle}[A-Z][\w’'.-]*){{0,4}}\s*")
    return name, re.compile(rf"\s*(?:{'|'.join(w['goes_on'])})\s")


def _join_name_appositives(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """A name set off by commas after the noun it names continues the clause: "sentenced one of
    the men, Ahmad al-Faqi al-Mahdi, to nine years in prison in September 2016" is one clause, its
    date the sentencing's."""
    place_nouns = set(event_words(language)["place_appositive_nouns"])
    name, goes_on = _appositive_name(language)

    def joins(before: tuple[int, int], aside: tuple[int, int], after: tuple[int, int]) -> bool:
        noun = ENDS_WITH_NOUN.search(text, *before)
        return bool(noun and name.fullmatch(text, *aside) and goes_on.match(text, after[0]) and noun.group("noun").casefold() not in place_nouns)

    return _join_asides(text, spans, joins)


def _join_place_asides(text: str, spans: list[tuple[int, int]], language: str, timexes: list[Timex] = ()) -> list[tuple[int, int]]:
    """A place phrase set off by commas inside a clause ("seized the chief of Dougabougou, near
    Niono, and two councillors on Friday") does not cut the clause around it; a date set off so
    ("took place in Ouatagouna, in the Gao region, in August 2021, and …") is no place phrase."""
    conf = event_words(language)

    def joins(before: tuple[int, int], aside: tuple[int, int], after: tuple[int, int]) -> bool:
        words = re.findall(r"[\w’'-]+", text[aside[0] : aside[1]])
        return _place_phrase(words, conf) and not _dated(aside, timexes) and re.match(r"\s*(?:and|or)\s", text[after[0] :]) is not None

    return _join_asides(text, spans, joins)


def _join_asides(text: str, spans: list[tuple[int, int]], joins) -> list[tuple[int, int]]:
    """Spans with an aside set off by commas joined to the clauses around it, where ``joins``
    (the clause before, the aside, the clause after) says the aside does not cut its clause."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if out and i + 1 < len(spans) and text[e : e + 1] == "," and text[out[-1][1] : out[-1][1] + 1] == "," and joins(out[-1], (s, e), spans[i + 1]):
            out[-1] = (out[-1][0], spans[i + 1][1])
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


@cache
def _breaks(language: str) -> re.Pattern:
    return re.compile("[" + re.escape(event_words(language)["clause_breaks"]) + "]")


def trigger_clause(spans: list[tuple[int, int]], trigger: tuple[int, int, str]) -> int:
    """The clause of a trigger's last word, its head: "the drone, registered TZ-98D, was
    destroyed on …" and "Ogossagou, handed over … on 3 August" are told in the verb's clause."""
    return clause_of(spans, trigger[1] - 1)


def clause_of(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(spans):
        if s <= pos < e:
            return i
    return len(spans) - 1


@cache
def opening_frame(language: str) -> re.Pattern:
    """What may stand before a sentence's opening date: a preposition ("On Sunday, …"), after an
    occasion ("At an emergency cabinet meeting on Sunday, …"; events_<language>.toml, occasion_frames)."""
    occasions = "|".join(event_words(language)["occasion_frames"])
    sittings = "|".join(event_words(language)["occasion_participles"])  # "Sitting in Bamako on Monday, …"
    times = alternation(event_words(language)["times_of_day"])
    clock = rf"(?:(?:shortly|just|soon|long|well)\s+)?(?:after|before|at|around|about|by)\s+(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|local\s+time)?|{times})\s+"  # "Shortly after 3 p.m. on Sunday, …"
    return re.compile(
        rf"^\W*(?:(?:at|during)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{occasions})s?\s+|(?:{sittings})\s+(?:in\s+(?-i:[A-Z])[\w’'-]+\s+)?|{clock})?(?:(?:in|on|by|during|since|from)\s+)?$", re.IGNORECASE
    )


@cache
def told_opening(language: str) -> re.Pattern:
    """What may stand before a date that opens a sentence or a clause told after "that": "said
    that on March 27, …", "said that at dawn on February 11, …", "that early on Sunday, …"."""
    times = alternation(event_words(language)["times_of_day"])
    return re.compile(rf"(?:^|\bthat\s+|[,;:]\s*)(?:(?:(?:at|before|shortly\s+before|just\s+before|after)\s+(?:{times})|early|late|shortly\s+after\s+(?:{times}))\s+)?(?:on|in|at)?\s*$", re.IGNORECASE)


def light(text: str, span: tuple[int, int], timexes: list[Timex], language: str) -> bool:
    """A clause a date or an event can be read across: a date alone, a short appositive, or a
    place phrase ("in the north of the country")."""
    return _light(text, span, tuple(timexes), language)


@lru_cache(maxsize=4096)
def _light(text: str, span: tuple[int, int], timexes: tuple[Timex, ...], language: str) -> bool:
    """``light``, kept: the reach of every trigger and date of a sentence asks about the same clauses."""
    s, e = span
    if s == 0:
        s = _after_turn_tag(text, language)  # "A: On the night of 22 to 23 November, …": the answer's own clause
    rest = text[s:e]
    inside = [t for t in timexes if s <= t.char_start and t.char_end <= e]
    if inside and opening_frame(language).match(text[s : inside[0].char_start]) and not text[inside[-1].char_end : e].strip(" ,"):
        return True  # "At an emergency cabinet meeting on Sunday,": the date's frame
    for t in inside:
        rest = rest.replace(t.text, " ")
    words = re.findall(r"\w+", SHORT_BRACKET.sub(" ", rest))  # "(37 miles)" adds nothing to a clause
    words_conf = event_words(language)
    if len(words) > 1 and words[0].casefold() in words_conf["light_clause_adverbs"]:
        words = words[1:]  # ", notably in Moura in March 2022,": a place phrase
    if len(words) <= words_conf["light_clause_max_words"]:
        return True
    if words[0].casefold() in words_conf["light_fillers"] and len(words) <= words_conf["place_phrase_max_words"] and all(
        w.casefold() in words_conf["light_fillers"] for w in words
    ):
        return True  # "On the night of June 20 to 21, …": the date's frame
    if inside and not text[:s].strip(" \"“") and not text[inside[-1].char_end : e].strip(" ,") and _fronted_frame(words, rest, words_conf, language):
        return True  # "On a stage in Bamako's international conference centre on Tuesday, Keïta …": the main clause's date
    words = _after_distance(words, words_conf["distance_units"])
    if _place_phrase(words, words_conf):
        return True
    folded = [w.casefold() for w in words]
    if _opens_aside(words, words_conf["aside_openers"]):  # ", including the chief of X, near Y, and one of his sons,"
        return len(words) <= words_conf["place_appositive_max_words"] and not any(w in words_conf["place_appositive_breaks"] for w in folded)
    return _place_appositive(folded, words_conf)


@cache
def _frame_verb(language: str) -> re.Pattern:
    """A verb that makes a fronted phrase a clause (events_<language>.toml fronted_frame_verbs)."""
    conf = event_words(language)
    return re.compile(rf"(?<![\w’'-])(?!(?:{alternation(conf['fronted_frame_not_verbs'])})(?![\w’'-]))(?:{alternation(conf['fronted_frame_verbs'])}|[a-z]+ed)(?![\w’'-])", re.IGNORECASE)


def _fronted_frame(words: list[str], rest: str, conf: dict, language: str) -> bool:
    """A dated phrase opening the sentence with a preposition and no verb of its own: it sets
    the scene of the clause after it."""
    return bool(words) and words[0].casefold() in conf["fronted_frame_openers"] and len(words) <= conf["fronted_frame_max_words"] and not _frame_verb(language).search(rest)


def _after_turn_tag(text: str, language: str) -> int:
    """Where a sentence's own words begin after a transcript's turn tag ("A: ", "Q. ",
    "PRESENTER: "), or 0."""
    m = TRANSCRIPT_TURN.match(text)
    if m is not None and not m.group(3):
        return m.end()
    end = tag_end(text, language)
    return end if end is not None else 0


def _place_phrase(words: list[str], conf: dict) -> bool:
    """Words that open with a place-phrase word and are few enough to be one ("in the north of
    the country", "near Tessalit in June 2020"); a longer one only of names and the words of
    places ("in the Gao region near the borders with Burkina Faso and Niger"), never a clause."""
    if not words or words[0].casefold() not in conf["place_phrase_openers"]:
        return False
    if len(words) <= conf["place_phrase_max_words"]:
        return True
    vocabulary = conf["place_phrase_long_words"]
    return len(words) <= conf["place_phrase_long_max_words"] and all(w[:1].isupper() or w.casefold() in vocabulary for w in words[1:])


def _after_distance(words: list[str], units: list[str]) -> list[str]:
    """", 800km (500 miles) north-east of Bamako,": the words after a leading distance, which
    then read as a place phrase ("north-east of Bamako")."""
    number = re.fullmatch(r"\d[\d,.]*([a-z]*)", words[0].casefold()) if words else None
    if number is None:
        return words
    if number[1] in units:
        return words[1:]
    return words[2:] if not number[1] and len(words) > 1 and words[1].casefold() in units else words


def _opens_aside(words: list[str], openers: list[str]) -> bool:
    """", most of them Fulani herders,": a description of the people just named."""
    head = " ".join(words[:4]).casefold() + " "
    return any(head.startswith(o + " ") for o in openers)


def _place_appositive(words: list[str], conf: dict) -> bool:
    """", a farming village in the Segou region near the town of Niono,": about the place named
    (", a town that straddles the border," too: a relative clause that only describes it)."""
    if " ".join(words[:2]) in conf["place_describing_heads"]:  # ", home to a Malian battalion,"
        return len(words) <= conf["place_appositive_max_words"] and not any(w in conf["place_appositive_breaks"] for w in words)
    describing = {i for i, w in enumerate(words[:-1]) if w in ("that", "which") and words[i + 1] in conf["place_appositive_descriptive"]}
    possessed = "s" in words[1:3]  # ", northern Mali's largest city," (the words split at the apostrophe)
    return (len(words) <= conf["place_appositive_max_words"] and (words[0] in conf["place_appositive_openers"] or possessed)
            and any(w in conf["place_phrases"]["settlements"] for w in words[1 : 4 + possessed])
            and not any(w in conf["place_appositive_breaks"] for i, w in enumerate(words) if i not in describing))


def reach(text: str, spans: list[tuple[int, int]], index: int, timexes: list[Timex], language: str) -> tuple[int, int]:
    """The clause at ``index`` widened over light neighbouring clauses ("On Thursday, …")."""
    lo = hi = index
    semicolon = lambda span: text[span[1] : span[1] + 1] == ";"  # noqa: E731  a clause after ";" is a sentence of its own
    while lo > 0 and light(text, spans[lo - 1], timexes, language) and not semicolon(spans[lo - 1]):
        lo -= 1
    while hi < len(spans) - 1 and light(text, spans[hi + 1], timexes, language) and not semicolon(spans[hi]):
        hi += 1
    if index < hi < len(spans) - 1 and _resumes(text, spans[hi + 1], language):
        hi += 1  # "rounded up 25 men, most of them herders, at the fair on Monday": the clause goes on
    elif hi == index and hi < len(spans) - 2 and APPOSITIVE_SPAN.match(text, *spans[hi + 1]):
        hi = _after_appositive(text, spans, hi, timexes, language)  # "answered a call by the M5-RFP, a loose coalition of religious leaders, on Friday": the clause goes on
    elif hi == index and hi < len(spans) - 2 and RELATIVE_ASIDE_SPAN.match(text, *spans[hi + 1]) and text[spans[hi][1] : spans[hi][1] + 1] == "," and DATE_ONLY_SPAN.match(text, *spans[hi + 2]) and _dated(spans[hi + 2], timexes):
        hi += 2  # "set fire to the Ahmed Baba building, which houses the manuscripts, on Saturday": the aside ends, the clause goes on
    elif hi == index and hi < len(spans) - 2 and PLACE_ONLY_SPAN.match(text, *spans[hi + 1]) and DATE_ONLY_SPAN.match(text, *spans[hi + 2]):
        hi += 2  # "ambushed a convoy near Bougouni, on the road from Ivory Coast, on the night of Nov. 16"
    elif hi == index:
        hi = _after_place_names(text, spans, hi, timexes)
    return spans[lo][0], spans[hi][1]


# ", just outside the capital", ", Bamako", ", Burkina Faso": where the place named before lies
PLACE_NAME_SPAN = re.compile(r"\W*(?:(?:just\s+|some\s+|about\s+|right\s+)?(?:outside|near|close\s+to|(?:north|south|east|west)\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})\s*$", re.IGNORECASE)
DATE_LEAD = re.compile(r"\W*(?:(?:late|early)\s+)?on\s+", re.IGNORECASE)
DATE_THEN = re.compile(r"\s*(?:$|[.,;]|(?:that|which|who|when|after|before|while)(?![\w-]))", re.IGNORECASE)


def _after_place_names(text: str, spans: list[tuple[int, int]], hi: int, timexes: list[Timex]) -> int:
    """The clause goes on past up to two place phrases to the date that opens the clause after
    them ("struck the Kati military camp, just outside the capital, Bamako, on July 22"; "signed a
    deal in Ouagadougou, Burkina Faso, on June 18 that allowed …"); else ``hi``."""
    j = hi + 1
    while j < min(hi + 3, len(spans)) and PLACE_NAME_SPAN.match(text, *spans[j]):
        j += 1
    if j == hi + 1 and not re.search(r",\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}$", text[spans[hi][0] : spans[hi][1]]):
        return hi  # no place phrase between (nor one the clause itself ends with: "in Ouagadougou, Burkina Faso")
    if j >= len(spans):
        return hi
    lead = DATE_LEAD.match(text, spans[j][0], spans[j][1])
    opening = lead and next((t for t in timexes if t.char_start == lead.end() and t.kind != "duration" and t.char_end <= spans[j][1]), None)
    return j if opening and DATE_THEN.match(text, opening.char_end, spans[j][1]) else hi


def _ends_on_date(text: str, span: tuple[int, int], timexes: list[Timex]) -> bool:
    """Whether a clause ends with a date ("was killed on 11 January")."""
    return any(span[0] <= t.char_start and t.char_end <= span[1] and not text[t.char_end : span[1]].strip(" ,") for t in timexes)


def _after_appositive(text: str, spans: list[tuple[int, int]], hi: int, timexes: list[Timex], language: str) -> int:
    """The date-only clause that ends a clause's appositive (itself over up to three commas:
    "a loose coalition of religious leaders, opposition parties and civil society groups"), or a
    dated place phrase ("killed Droukdel, the leader of AQIM, near Tessalit in June 2020"), or
    ``hi`` when the appositive is followed by anything else."""
    conf = event_words(language)
    for j in range(hi + 2, min(hi + 5, len(spans))):
        if DATE_ONLY_SPAN.match(text, *spans[j]):
            return j
        lead = DATE_OPENS_SPAN.match(text, *spans[j])
        if lead is not None and any(spans[j][0] <= t.char_start <= lead.end() and t.kind != "duration" for t in timexes):
            return j  # "conducted its first operation, code-named "Dougouba", from 23 to 31 March in the tri-border area"
        if _place_phrase(re.findall(r"\w+", text[spans[j][0] : spans[j][1]])[:1], conf) and light(text, spans[j], timexes, language) and (_dated(spans[j], timexes) or (_ends_on_date(text, spans[hi], timexes) and not text[spans[j][1] :].strip(" .;"))):
            return j  # also "was killed on 11 January, the first day of the operation, near Konna": the date's appositive, then the place
        if not NO_VERB_SPAN.match(text, *spans[j]):
            break
    return hi


DATE_OPENS_SPAN = re.compile(r"\W*(?:(?:late|early)\s+)?(?:from|between|on)\s+", re.IGNORECASE)
NO_VERB_SPAN = re.compile(r"(?![^.;:]*(?<![\w-])(?:is|are|was|were|has|have|had|said|says|did|does|will|would|on|in|at)(?![\w-]))[^.;:]*$", re.IGNORECASE)
PLACE_ONLY_SPAN = re.compile(r"\W*(?:on|along|near|outside|north|south|east|west|in)\s+(?:of\s+)?the\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,2}(?:road|highway|route|axis|border|outskirts|banks?|river|edge)\b(?![^.;:]*(?<![\w-])(?:is|are|was|were|has|have|had|said|says)(?![\w-]))[^.;:,]{0,60}$", re.IGNORECASE)  # ", on the road from Ivory Coast,"
DATE_ONLY_SPAN = re.compile(r"\W*(?:on|late|early|overnight|last|this)\s+(?:[\w’'.-]+\s*){1,5}[.,]?\s*$", re.IGNORECASE)  # ", on Friday."


# A noun phrase set off by commas, with no verb of its own: "the M5-RFP, a loose coalition of
# religious leaders and opposition parties, on Friday"
SUPPORT_ASIDE_SPAN = re.compile(r"\W*(?:(?:backed|supported|aided|helped|assisted|accompanied|flanked|joined|reinforced|escorted)\s+by|with\s+the\s+(?:help|support|backing)\s+of|alongside|together\s+with|along\s+with)\s[^.;:,]{1,80}$", re.IGNORECASE)  # ", backed by fighters of Russia's Wagner group,"
BARE_SUBJECT_SPAN = re.compile(r"\W*(?:[\w’'-]+\s+){0,5}[\w’'-]+\s*$")  # a subject alone before an aside: a few words, the verb after it
RELATIVE_ASIDE_SPAN = re.compile(r"\W*(?:which|who|whose|where)\s[^.;:]*$", re.IGNORECASE)  # ", which houses the manuscripts,": an aside about the object


def _dated(span: tuple[int, int], timexes: list[Timex]) -> bool:
    return any(span[0] <= t.char_start and t.char_end <= span[1] and t.kind != "duration" for t in timexes)


APPOSITIVE_SPAN = re.compile(r"\W*(?:a|an|the|its|their|code-?named|dubbed|called|named|known\s+as)\s(?![^.;:]*(?<![\w-])(?:is|are|was|were|has|have|had|said|says|did|does|will|would)(?![\w-]))[^.;:]*$", re.IGNORECASE)


def trigger_reach(text: str, spans: list[tuple[int, int]], trigger: tuple[int, int, str], timexes: list[Timex], language: str) -> tuple[int, int]:
    """The reach of a trigger's clauses: from its first word's clause (the drone's owner in "the
    army drone, registered TZ-98D, was destroyed") to its head's (the date and place)."""
    index = clause_of(spans, trigger[0])
    lo = reach(text, spans, index, timexes, language)[0]
    if lo == spans[index][0] and index >= 2 and not text[lo : trigger[0]].strip(" ,") and SUPPORT_ASIDE_SPAN.match(text, *spans[index - 1]) and BARE_SUBJECT_SPAN.match(text, *spans[index - 2]) and text[spans[index - 2][1] : spans[index - 2][1] + 1] == ",":
        lo = spans[index - 2][0]  # "Malian troops, backed by Wagner fighters, entered Kidal": the subject before the aside, and its backers
    if FRAME_BEFORE.search(text, max(0, trigger[0] - 20), trigger[0]):
        return lo, spans[trigger_clause(spans, trigger)][1]  # "flights, halted during the fighting, resumed on Wednesday": the frame is not dated by the next clause
    return lo, reach(text, spans, trigger_clause(spans, trigger), timexes, language)[1]


FRAME_BEFORE = re.compile(r"(?<![\w-])(?:during|amid|amidst|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _resumes(text: str, span: tuple[int, int], language: str) -> bool:
    """A clause after an aside that opens with a place phrase continues the clause before the aside."""
    first = re.match(r"\W*(\w+)", text[span[0] : span[1]])
    conf = event_words(language)
    return first is not None and (first[1].casefold() in (*conf["place_phrase_openers"], *conf["resume_openers"]) or FOR_A_WHILE.match(text, span[0], span[1]) is not None)


FOR_A_WHILE = re.compile(r"\W*for\s+(?:several|many|a\s+few|some|two|three|four|five|six|\d+)\s+(?:hours|days|weeks|months|years)(?![\w-])", re.IGNORECASE)  # ", in the Mopti region, for several months in 2022": how long, the clause goes on (not "for the first time since 2019")
