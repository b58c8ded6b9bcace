"""Claims: every casualty figure with who claimed it, what it counts and how sure the text is.

Why: after a battle the figures run from "two soldiers" to "84 Wagner and 47 Malian soldiers".
Each figure is kept with its claimant, its status and the words it rests on, never averaged
away. Figures are read only from the text: a vague word maps to a documented range
(resources/claims_en.toml), "heavy losses" is a claim with no figure, and a number counts
only what its own noun counts ("two pickup trucks" are no casualties). Who says so is read
from the reporting structure (timeline/claimants.py). Everything here is a pure function of
one article's sentences, dates and names.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from timeline.claimants import ARTICLE, Discourse, Speaker, alternation, carry_statuses, last_speaker, saying_date, speaker_of, status, subject_actor
from timeline.claimants import words as claimant_words
from timeline.dates import Timex, lexicon
from timeline.events import SentenceContext, quoted
from timeline.names import NameMatch, actors

QUANTITIES = ("killed", "wounded", "captured", "missing", "strength", "equipment_lost", "killed_or_captured", "losses", "displaced")
FATES = ("killed", "wounded", "captured", "missing", "displaced")  # what befell people, nearest word first


@dataclass(frozen=True)
class Claim:
    """One figure (or qualitative loss) in one sentence, with its claimant and status."""

    claim_id: str
    source_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    figure: str
    figure_start: int
    figure_end: int
    quantity: str
    value_low: int | None
    value_high: int | None
    qualifier: str  # exact | at_least | up_to | about | range | vague | qualitative
    subject_id: str | None
    subject_label: str | None
    claimant_id: str | None
    claimant_label: str
    claimant_basis: str  # sentence | paragraph | article
    status: str  # claimed | unverified | acknowledged | confirmed | denied | reported
    claim_date: date | None
    claim_date_precision: str | None
    claimant_via: str | None = None  # who passed the words on ("AFP" in "X told AFP")


@cache
def words(language: str = "en") -> dict:
    text = resources.files("timeline").joinpath(f"resources/claims_{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _folded(items) -> frozenset[str]:
    return frozenset(" ".join(i.casefold().split()) for i in items)


@cache
def _numbers(language: str = "en") -> dict[str, int]:
    """Number words: the shared ones (dates_en.toml) that count on their own, and the tens."""
    w = words(language)["numbers"]
    shared = {k: v for k, v in lexicon(language).numbers.items() if k not in w["not_numbers"]}
    return {**shared, **w["tens"]}


def _number_pattern(language: str) -> str:
    w = words(language)["numbers"]
    units = _numbers(language)
    ones = alternation(k for k, v in units.items() if 0 < v < 10 and " " not in k)
    word = rf"(?:(?:{alternation(w['tens'])})[-\s](?:{ones})|{alternation(units)})(?![\w-])"
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+|{word})(?:\s+(?:{alternation(w['multipliers'])})(?![\w-]))?"


@cache
def _patterns(language: str = "en") -> dict[str, re.Pattern]:
    w = words(language)
    number = _number_pattern(language)
    qualifier = alternation([q for qs in w["qualifiers"].values() for q in qs])
    negation = alternation(w["qualifiers_negated"]["words"])
    figure = (
        rf"(?<![\w$€£.,:/+-])(?:(?:(?P<neg>{negation})\s+(?=(?:{qualifier})\s))?(?P<qual>{qualifier})\s+)?"
        rf"(?:between\s+(?P<lo>{number})\s+and\s+(?P<hi>{number})"
        rf"|(?P<part>{number})\s+of\s+(?:their|its|the|his|her)?\s*(?P<whole>{number})"
        rf"|(?P<a>{number})\s*(?:-|–|to)\s*(?P<b>{number})(?!\s*[-–]\s*\w)"
        rf"|(?P<vague>{alternation(w['vague'])})(?!\w)"
        rf"|(?P<n>{number})(?![\w%]|[.,:]\d|-\w)(?!\s+of\s+(?:its|their|the|his|her|our)\s+(?:units?|positions?|bases?|camps?|convoys?|columns?)))"
    )
    nc = w["not_counts"]
    return {
        "figure": re.compile(figure, re.IGNORECASE),
        **{f"q:{q}": re.compile(rf"(?<![\w-])(?:{alternation(ws)})(?![\w-])", re.IGNORECASE) for q, ws in w["quantities"].items()},
        "single": _single_pattern(language),
        "not_count": re.compile(rf"^\s*(?:{alternation(nc['after'])})(?![\w-])", re.IGNORECASE),
        "not_before": re.compile(rf"(?:^|[^\w])(?:{alternation(nc['before'])})\s*$", re.IGNORECASE),
        "negated": re.compile(rf"(?<![\w-])(?:{alternation(w['negation']['words'])})\s+$", re.IGNORECASE),
        "determined": re.compile(rf"(?<![\w-])(?:{alternation(nc['determiners'])})\s+$", re.IGNORECASE),
        "speaker": re.compile(rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(claimant_words(language)['verbs']['claimed'])})\b", re.IGNORECASE),
        "qualitative": re.compile("|".join(w["qualitative"]["patterns"]), re.IGNORECASE),
        "q:captured_after": re.compile(rf"(?<![\w-])(?:{alternation(w['quantities']['captured_after'])})(?![\w-])", re.IGNORECASE),
        "toll": _toll_pattern(language),
        "preposition_over": re.compile(
            rf"(?<![\w-])(?:{alternation(w['qualifiers_preposition']['over'])})(?:\s+(?:with|between|among|against|within|in)\s+[^,;:.\d]{{1,40}}?)?\s+$", re.IGNORECASE
        ),
    }


def _toll_pattern(language: str) -> re.Pattern:
    """The words before a figure that make it a toll told far from its noun: "the death toll
    from the bombing has risen to", "raising the toll to", "put the number of dead at"."""
    t = words(language)["tolls"]
    noun, verb = alternation(t["nouns"]), alternation(t["verbs"])
    return re.compile(
        rf"(?:(?<![\w-])(?P<noun>{noun})(?![\w-])[^;:.]{{0,150}}?(?<![\w-])(?:{verb})\s+(?:\w+\s+){{0,2}}?"
        rf"|(?<![\w-])(?:{verb})\s+(?:[\w’'-]+\s+){{0,2}}?(?P<object>{noun})(?![\w-])[^;:.]{{0,60}}?\s)(?:to|at)\s+$",
        re.IGNORECASE,
    )


def _single_pattern(language: str) -> re.Pattern:
    """"A French helicopter pilot was killed": one person, named by an indefinite article, as
    the subject of a loss (resources/claims_en.toml [singles])."""
    persons = words(language)["heads"]["persons"]
    singular = {p[:-1] for p in persons if p.endswith("s") and not p.endswith("ss")} | {p for p in persons if not p.endswith("s")}
    verbs = alternation(words(language)["singles"]["verbs"])
    return re.compile(
        rf"(?<![\w-])(?P<single>an?)\s+(?P<np>(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(singular)}))\s+(?:{verbs})(?![\w-])",
        re.IGNORECASE,
    )


def _value(token: str | None, language: str) -> int | None:
    """The number a figure's words say ("1,000", "twenty-five", "two dozen" = 24)."""
    if token is None:
        return None
    parts = token.casefold().replace("-", " ").split()
    multipliers = words(language)["numbers"]["multipliers"]
    factor = multipliers[parts.pop()] if len(parts) > 1 and parts[-1] in multipliers else 1
    numbers = _numbers(language)
    if len(parts) == 1 and re.fullmatch(r"[\d,]+", parts[0]):
        return int(parts[0].replace(",", "")) * factor
    if " ".join(parts) in numbers:
        return numbers[" ".join(parts)] * factor
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return (numbers[parts[0]] + numbers[parts[1]]) * factor  # "twenty-five"
    return None


def _qualifier_kind(qual: str | None, language: str) -> str | None:
    if not qual:
        return None
    qual = " ".join(qual.casefold().split())
    for kind, options in words(language)["qualifiers"].items():
        if qual in options:
            return kind
    return None


# ---------------------------------------------------------------------------------------------
# What a figure counts


@cache
def _noun_kinds(language: str = "en") -> dict[str, frozenset[str]]:
    w = words(language)
    return {"equipment": _folded(w["equipment"]["nouns"]), "thing": _folded(w["heads"]["things"]), "person": _folded(w["heads"]["persons"])}


def _noun_kind(token: str, language: str) -> str | None:
    low = token.casefold().strip("'’")
    for kind, nouns in _noun_kinds(language).items():
        if low in nouns or low + "s" in nouns or (low.endswith("s") and low[:-1] in nouns):
            return kind
    return None


def _head(text: str, end: int, names: list[NameMatch], language: str) -> tuple[str, int, str]:
    """What the noun phrase right after a figure counts, by its last known noun ("two Russian
    helicopters" count helicopters), and where it ends: person, equipment, thing, name (a
    capitalised word no list knows), unknown (a lower-case one) or none ("killed 12 in Gao")."""
    heads = words(language)["heads"]
    stops = _folded(heads["stops"]) | _folded(_numbers(language))
    lead = re.match(r"[\s\"“”'‘’]*(?:of\s+(?:(?:the|its|their|his|her|our|those|these)\s+)?(?:own\s+)?)?", text[end:])
    pos = np_end = end + lead.end()
    kind, unknown, noun, capitalised = None, None, "", False
    for i, word in enumerate(re.finditer(r"[\"“”'‘’]*([A-Za-z][\w’'-]*)|(\S)", text[pos : pos + 80])):
        if word.group(2) or i >= 6:
            break
        token, at = word.group(1), pos + word.start(1)
        if token.casefold() in stops or (token.casefold() in ("and", "or") and (kind or i == 0)):
            break  # "two soldiers and three trucks": the first phrase is the figure's
        if token.casefold() in ("and", "or"):
            continue  # "Malian and Russian soldiers"
        actor = [n for n in names if n.kind == "actor" and n.start <= at < n.end]
        word_kind = "person" if actor else _noun_kind(token, language)
        if word_kind or kind is None:
            np_end = max([pos + word.end(1)] + [n.end for n in actor])
        if word_kind:
            kind, unknown, noun = word_kind, None, token.casefold()
        elif kind is None:
            unknown, capitalised = token, capitalised or token[0].isupper()
    if kind:
        return kind, np_end, noun
    if unknown is None:
        return "none", end, ""
    if capitalised:  # "seven Algerian diplomats": a people's name before an unknown noun
        return "name", np_end, unknown.casefold()
    return ("person" if unknown.casefold().endswith(tuple(heads["person_endings"])) else "unknown"), np_end, unknown.casefold()


def _is_count(text: str, m: re.Match, head: str, language: str) -> bool:
    """Not an age, a label, money, a phone number, an id or a year; not negated ("no one was
    killed"); not "the two operations" (a definite number names things already known); not a
    speaker ("One resident said …")."""
    pats = _patterns(language)
    before = text[max(0, m.start() - 25) : m.start()]
    after = text[m.end() : m.end() + 40]
    if pats["not_before"].search(before) or re.match(r"\s*(?:-year-old|years?\s+old|-years?-old)", after, re.IGNORECASE):
        return False
    if m.group("qual") is None and (pats["negated"].search(before) or pats["determined"].search(before)):
        return False
    token = next(m.group(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None)
    if re.fullmatch(r"\d+", token):
        if len(token) > 6 or (token.startswith("0") and len(token) > 1):
            return False  # "20120120" is a date or an id, never twenty million dead
        if re.search(r"\d[\s.-]?$", before) or re.match(r"[\s.-]?\d", after):
            return False  # a group of a phone number or a code
        yearlike = len(token) == 4 and 1900 <= int(token) <= 2099
        if (len(token) >= 5 or yearlike) and head != "person":
            return False
        if re.search(r"[A-Z][\w’'-]*,\s*$", before) and re.match(r"\s*,", after) and int(token) < 120:
            return False  # "Goita, 41, first seized power": an age
    return pats["speaker"].match(after) is None


GAP_WORDS = re.compile(r"(?<![\w-])(?:had|have|has|been|were|was|are|is|being|who|which|that|reportedly|also|then|all|later|now|since|either)(?![\w-])|[\s,\"”’']", re.IGNORECASE)


def _gap(between: str) -> int:
    """How far a word is from a noun phrase, not counting auxiliaries ("soldiers had been killed")."""
    return len(GAP_WORDS.sub("", between))


def _quantity(text: str, span: tuple[int, int, int], head: tuple[str, int, str], language: str) -> str | None:
    """What a figure counts: its own noun decides whether it can count people or equipment,
    then the nearest quantity words of its clause say how they were lost; a figure of people
    with no word of loss near it is a strength when its clause says so ("had 1,000 men").
    ``span`` is where the figure's words start, where its number starts and where it ends."""
    pats, (kind, np_end, noun) = _patterns(language), head
    figure_start, start, end = span
    if kind == "thing" or pats["not_count"].match(text[end:]):
        return None
    lo, hi = _clause_bounds(text, start, end)
    if kind == "equipment":
        return "equipment_lost" if pats["q:equipment_lost"].search(text[lo:hi]) else None
    found = _fates(text, lo, hi, start, end, np_end, language)
    if pats["toll"].search(text[:figure_start]):
        found["killed"] = 0  # "the death toll from the bombing has risen to 77"
    armed = noun in _folded(words(language)["heads"]["armed"]) or kind == "name"
    if not found and armed and (_strength_before(text, lo, start, language) or pats["q:strength_after"].search(text, np_end, hi)):
        return "strength"  # "had over 1,000 men", "the combined strength of their adversaries to exceed 1,000"
    if not found and text[hi : hi + 1] == ",":
        # "at least 50 Russian mercenaries, mainly from the Wagner Group, were reportedly killed"
        for q in FATES:
            hit = pats[f"q:{q}"].search(text[hi : hi + 80])
            if hit:
                found[q] = 100 + hit.start()
    if "killed" in found and "captured" in found and re.search(r"\b(?:killed|dead|died)\s+or\s+(?:captured|taken|detained|abducted)|\b(?:captured|taken prisoner)\s+or\s+killed", text[lo:hi], re.IGNORECASE):
        return "killed_or_captured"  # "either killed or captured": the text does not separate them
    if "killed" in found and "captured" in found and _killed_after_capture(text, np_end, hi, language):
        return "killed"  # "seized at Aguelhok and killed in cold blood": their fate is death
    if found:
        quantity = min(found, key=lambda q: (found[q], q == "displaced", q))  # "killed 12 civilians fleeing the fighting"
        if quantity == "displaced" and (noun in _folded(words(language)["heads"]["armed"])):
            return None  # "300 soldiers fled across the border" is a retreat, not displacement
        return quantity if kind != "unknown" or quantity in ("killed", "wounded") else None
    return None


def _fates(text: str, lo: int, hi: int, start: int, end: int, np_end: int, language: str) -> dict[str, int]:
    """Each quantity word of the figure's clause, by its distance from the figure: after the
    noun phrase ("12 hostages were killed"), or before the number ("killed 12")."""
    pats = _patterns(language)
    found: dict[str, int] = {}
    for q in ("losses", *FATES):
        for m in pats[f"q:{q}"].finditer(text, end, hi):
            found[q] = min(found.get(q, 10**6), 1 if m.start() < np_end else _gap(text[np_end : m.start()]))
        for m in pats[f"q:{q}"].finditer(text, lo, start):
            if _gap(text[m.end() : start]) <= 30:  # not "seized power … on one promise"
                found[q] = min(found.get(q, 10**6), _gap(text[m.end() : start]))
    for m in pats["q:captured_after"].finditer(text, np_end, hi):  # "30 civil servants are still held"
        found["captured"] = min(found.get("captured", 10**6), _gap(text[np_end : m.start()]))
    return found


def _strength_before(text: str, lo: int, start: int, language: str) -> bool:
    """A strength word just before the figure that governs it ("had 1,000 men", "deployed
    some 300"), not an auxiliary of another verb ("had eliminated dozens of militants")."""
    qualifiers = {q for qs in words(language)["qualifiers"].values() for q in qs}
    for m in _patterns(language)["q:strength"].finditer(text, max(lo, start - 45), start):
        between = text[m.end() : start]
        verbs = [v for v in re.findall(r"[A-Za-z]+ed\b", between) if v.casefold() not in qualifiers]
        if _gap(between) <= 30 and not verbs:
            return True
    return False


def _killed_after_capture(text: str, np_end: int, hi: int, language: str) -> bool:
    """"100 soldiers had been seized … and killed", "were abducted and later executed": after
    the figure's noun phrase, a word of killing joined by "and" to a word of capture tells what
    became of the captives (not "took 28 prisoners and killed 30 rebels": a count of its own)."""
    pats = _patterns(language)
    for cap in pats["q:captured"].finditer(text, np_end, hi):
        after = re.match(r"[^,;\d]{0,60}?\sand\s+(?:(?:then|later|subsequently|were|was|had\s+been|been)\s+)*", text[cap.end() : hi])
        kill = after and pats["q:killed"].match(text, cap.end() + after.end(), hi)
        if kill and not pats["figure"].match(text, kill.end() + 1):
            return True
    return False


CLAUSE_END = re.compile(r"[,;:()—–]|\s(?:but|while|although|whereas|before|after|until|when)\s")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure's clause, for looking at what it counts (commas inside numbers do not cut)."""
    lo = 0
    for m in CLAUSE_END.finditer(text[:start]):
        if not (m.group() == "," and re.match(r"\d{3}", text[m.end() : m.end() + 3])):
            lo = m.end()
    hi = len(text)
    for m in CLAUSE_END.finditer(text, end):
        if m.group() == "," and re.match(r"\s*(?:either|or|and)\b", text[m.end() :]):
            continue  # "…15 Wagner fighters, either killed or captured"
        hi = m.start()
        break
    return lo, hi


SUBJECT_STOP = re.compile(
    r"(?:were|was|is|are|had|have|has|who|that|which|in|on|at|during|to|from|for|by|with|may|might|could|would|"
    r"died|perished|killed|sent|dispatched|either|or|but|as|after|before|while|when|mainly|including|according|"
    r"near|outside|inside|across|along|into|around|between|under|since|overnight)$",
    re.IGNORECASE,
)


def _subject(text: str, end: int, names: list[NameMatch]) -> tuple[str | None, str | None]:
    """Whose people or things: the registry actor among, or else the words of, the noun phrase
    right after the figure ("84 Russian Wagner mercenaries", "seven Malian soldiers and Wagner fighters")."""
    tail = text[end:]
    lead = re.match(r"[\s\"”’']*(?:of\s+(?:(?:the|their|its)\b)?\s*)?", tail)
    pos = lead.end()
    partitive = re.match(r"(?:them|whom|those|these)\s+([A-Za-z][\w’'-]*)", tail[pos:])
    if partitive and lead.group().strip() and not SUBJECT_STOP.match(partitive.group(1)):
        pos += partitive.start(1)  # "19 of them civilians": civilians; "three of them were wounded": them
    if re.match(r"[,.;:)!?]", tail[pos:]):
        return None, None  # "wounded 255, a security source told AFP": no noun of its own
    taken: list[str] = []
    for word in re.finditer(r"([\w’'-]+)(\s*)", tail[pos:]):
        token = word.group(1)
        if SUBJECT_STOP.match(token) or re.fullmatch(r"\d[\d,]*", token) or len(taken) == 5:
            break
        if token.casefold() == "and":
            following = tail[pos + word.end() :]
            if not re.match(r"[A-Z][a-z]", following):
                break
        taken.append(token)
        if re.match(r"\s*[,.;:)!?\"”]", tail[pos + word.end() - len(word.group(2)) :]):
            break
    if not taken:
        return None, None
    label = " ".join(taken)
    span_end = end + tail.find(taken[-1], pos) + len(taken[-1])
    actor = next((n.id for n in names if n.kind == "actor" and end <= n.start < span_end), None)
    return actor, label


# ---------------------------------------------------------------------------------------------
# One article


STATEMENT_NOUN = re.compile(r"\b(?:statement|communiqu[eé]|announcement|declaration|report)\b", re.IGNORECASE)


def _figures(ctx: SentenceContext, language: str) -> list[tuple[re.Match, str]]:
    """The figures of a sentence that count casualties, strength or equipment, with what they
    count, and its qualitative losses; dates, durations and numbers that count things are none."""
    pats, text = _patterns(language), ctx.sentence.text
    taken = [(t.char_start, t.char_end) for t in ctx.timexes]
    found: list[tuple[re.Match, str]] = []
    for m in pats["figure"].finditer(text):
        if any(m.start() < e and b < m.end() for b, e in taken):
            continue  # a date or a duration, not a count
        m = _without_preposition(text, m, language)
        number_start = next(m.start(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None)
        head = _head(text, m.end(), ctx.names, language)
        if not _is_count(text, m, head[0], language):
            continue
        quantity = _quantity(text, (m.start(), number_start, m.end()), head, language)
        joined = found and re.fullmatch(r"[\w\s’'-]*?\s(?:and|as well as)\s+", text[found[-1][0].end() : m.start()])
        apposed = found and (
            re.fullmatch(r"[^,;]*,\s*(?:among\s+them|including|of\s+whom|among\s+whom|mostly|mainly|most\s+of\s+them)\s+", text[found[-1][0].end() : m.start()])
            or (re.fullmatch(r"[^;]*,\s*", text[found[-1][0].end() : m.start()]) and PARTITIVE.match(text, m.end()))
        )  # "at least 22 people were killed, 19 of them civilians"
        if quantity is None and (joined or apposed) and head[0] in ("person", "name", "none") and found[-1][1] != "equipment_lost":
            quantity = found[-1][1]  # "killed at least 84 Wagner mercenaries and 47 Malian soldiers"; "21 civilians, among them 11 children"
        if quantity is not None and _figure_values(m, quantity, language)[:2] != (None, None):
            found.append((m, quantity))
    found += [(m, "losses") for m in pats["qualitative"].finditer(text)]
    for m in pats["single"].finditer(text):
        loss = text[m.end("np") : m.end()]
        quantity = next((q for q in ("killed", "wounded", "captured", "missing") if pats[f"q:{q}"].search(loss)), None)
        if quantity and not any(f.start() < m.end() and m.start() < f.end() for f, _ in found):
            found.append((m, quantity))
    return sorted(found, key=lambda f: f[0].start())


PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|those|these)(?![\w-])", re.IGNORECASE)


def _without_preposition(text: str, m: re.Match, language: str) -> re.Match:
    """"A row with Ivory Coast over 49 soldiers": after a noun of dispute, "over" is a
    preposition and the figure is the number alone."""
    if m.group("qual") and m.group("qual").casefold() == "over" and _patterns(language)["preposition_over"].search(text[: m.start()]):
        number = m.end("qual") + len(text[m.end("qual") :]) - len(text[m.end("qual") :].lstrip())
        return _patterns(language)["figure"].match(text, number) or m
    return m


def claims_of_article(source_id: str, contexts: list[SentenceContext], language: str = "en") -> list[Claim]:
    """Every figure and qualitative loss of one article, with claimant, status and date."""
    article_actors = {n.id for ctx in contexts for n in ctx.names if n.kind == "actor"}
    discourse = Discourse(article_actors, language=language)
    out: list[Claim] = []
    said_at, previous_text = -10, ""
    last_subject: tuple[str | None, str | None] = (None, None)
    for ctx in contexts:
        s, text = ctx.sentence, ctx.sentence.text
        if s.kind != "body":
            continue
        if s.paragraph_index != discourse.paragraph:
            last_subject = (None, None)
        discourse.enter(s.paragraph_index)
        masks = [(t.char_start, t.char_end) for t in ctx.timexes]
        for m, quantity in _figures(ctx, language):
            speaker = speaker_of(text, m.start(), m.end(), ctx.names, discourse, masks)
            prior = discourse.antecedent()
            if speaker.cue is None and discourse.current and prior and s.sentence_index - said_at <= 2 and STATEMENT_NOUN.search(previous_text + " " + text):
                speaker = Speaker(prior.actor_id, prior.label, "paragraph", None)  # "The statement detailed … The clash killed seven rebels"
            subject = _subject_of(text, m, quantity, ctx.names, last_subject, language)
            last_subject = subject
            out.append(_claim(source_id, ctx, m, quantity, subject, speaker, language))
        spoke = last_speaker(text, ctx.names, discourse, masks)
        discourse.remember(subject_actor(text, ctx.names, discourse, masks))  # "Mali's army gave a different account. Its statement said …"
        if spoke is not None:
            discourse.remember(spoke)
            said_at = s.sentence_index
        previous_text = text
    return carry_statuses(out, contexts, article_actors, language)


NUMBER_OF = re.compile(r"(?:number|toll|tally|count)\s+of\s+(?:the\s+)?(?P<np>[^,;]{1,60}?)\s+(?:at|to|as)\s+$", re.IGNORECASE)
ELIDED = re.compile(r"(?:(?:also|more|were|had)\s+)?(?:others?|dead|wounded|injured|killed|missing|more|in\s+all|in\s+total|total)", re.IGNORECASE)
PRONOUN = re.compile(r"them|whom|those", re.IGNORECASE)


def _subject_of(text: str, m: re.Match, quantity: str, names: list[NameMatch], last: tuple, language: str = "en") -> tuple[str | None, str | None]:
    """Whose people or things a figure counts: the words after it, or those of "put the number
    of dead Wagner troops at N"; "injuries to ten others" and "up to 82 may have been killed"
    count the people of the paragraph's last figure."""
    if quantity == "losses":
        return _losses_subject(text, m, names, language)
    if "single" in m.re.groupindex:  # "a French helicopter pilot was killed"
        return next((n.id for n in names if n.kind == "actor" and m.start("np") <= n.start < m.end("np")), None), m.group("np")
    subject_id, subject_label = _subject(text, m.end(), names)
    named = NUMBER_OF.search(text[: m.start()])
    if subject_label is None and named:
        subject_label = named.group("np")
        subject_id = next((n.id for n in names if n.kind == "actor" and named.start("np") <= n.start < named.end("np")), None)
    toll = _patterns(language)["toll"].search(text[: m.start()])
    if subject_label is None and toll:  # "the death toll … has risen to 77": it counts the toll's dead
        return None, toll.group("noun") or toll.group("object")
    if subject_label and PRONOUN.fullmatch(subject_label):
        named = [n for n in names if n.kind == "actor" and n.end <= m.start()]  # "U.N. peacekeepers …, three of them"
        subject_id, subject_label = (named[-1].id, text[named[-1].start : named[-1].end]) if named else (None, None)
    casualty = " ".join((last[1] or "").casefold().split()) in _folded(words(language)["heads"]["casualty_words"])
    if last != (None, None) and (subject_label is None or (ELIDED.fullmatch(subject_label) and not casualty)):
        subject_id, subject_label = last  # "injuries to ten others"; "60 dead" stays dead after "115 wounded"
    if quantity == "strength":
        before = [n for n in names if n.kind == "actor" and n.end <= m.start()]
        subject_id = before[-1].id if before else subject_id
    return subject_id, subject_label


LOSSES_ON = re.compile(r"\s*(?:on|among|to|in\s+the\s+ranks\s+of)\s+", re.IGNORECASE)


def _losses_subject(text: str, m: re.Match, names: list[NameMatch], language: str) -> tuple[str | None, str | None]:
    """Whose losses: "killed and wounded hundreds of soldiers", "inflicted hundreds of
    casualties on the army", "heavy losses among the troops"."""
    end = m.end()
    if "qual" in m.re.groupindex:
        subject = _subject(text, end, names)
        head = (subject[1] or "").split()
        if not head or head[-1].casefold() not in _folded(words(language)["heads"]["losses_of"]):
            return subject
        end = end + text[end:].find(head[-1]) + len(head[-1])
    on = LOSSES_ON.match(text, end)
    return _subject(text, on.end(), names) if on else (None, None)


def _claim(source_id: str, ctx: SentenceContext, m: re.Match, quantity: str, subject: tuple, speaker: Speaker, language: str) -> Claim:
    text = ctx.sentence.text
    low, high, qualifier = _figure_values(m, quantity, language)
    when = saying_date(text, speaker.cue, ctx.timexes) if speaker.basis == "sentence" else None
    dated = when is not None and when.precision == "day"
    start, end = ctx.sentence.char_start + m.start(), ctx.sentence.char_start + m.end()
    return Claim(
        claim_id=f"{source_id}:c{start}-{end}",
        **quoted(source_id, ctx),
        figure=m.group(),
        figure_start=start,
        figure_end=end,
        quantity=quantity,
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        subject_id=subject[0],
        subject_label=subject[1],
        claimant_id=speaker.actor_id,
        claimant_label=actors()[speaker.actor_id].fields["name"] if speaker.actor_id else speaker.label or "the article",
        claimant_basis=speaker.basis if (speaker.actor_id or speaker.label) else "article",
        status=status(speaker, text, language),
        claim_date=when.start if dated else None,
        claim_date_precision="day" if dated else None,
        claimant_via=speaker.via,
    )


def _figure_values(m: re.Match, quantity: str, language: str) -> tuple[int | None, int | None, str]:
    """Low, high and qualifier of a figure, by the documented mapping."""
    if "qual" not in m.re.groupindex and "single" not in m.re.groupindex:
        return None, None, "qualitative"  # "heavy losses"
    if "single" in m.re.groupindex:
        return 1, 1, "exact"
    if m.group("lo") is not None or m.group("a") is not None:
        low, high = (_value(m.group(g), language) for g in (("lo", "hi") if m.group("lo") is not None else ("a", "b")))
        return (low, high, "range") if low is not None and high is not None and low < high else (None, None, "range")
    if m.group("vague") is not None:
        spec = words(language)["vague"][" ".join(m.group("vague").casefold().split())]
        if spec["low"] != spec["high"]:
            return spec["low"], spec["high"] or None, "vague"
        n = spec["low"]  # "a dozen" is twelve: "more than a dozen" is at least twelve
    else:
        n = _value(m.group("part") if m.group("part") is not None else m.group("n"), language)
    kind = _qualifier_kind(m.group("qual"), language)
    if m.group("neg") and kind in ("at_least", "up_to"):
        kind = "up_to" if kind == "at_least" else "at_least"  # "not fewer than 80", "no more than 300"
    if kind == "at_least":
        return n, None, "at_least"
    if kind == "up_to":
        return None, n, "up_to"
    if kind == "about":
        return n, n, "about"
    return n, n, "exact"


# ---------------------------------------------------------------------------------------------
# Across articles: which event a claim is about, and which claims are the same claim

RECENT_DAYS = 45  # how far back an article's news reaches (as linking's undated window)
FIGHTING_GROUPS = ("fighting", "ambush", "aircraft_lost", "civilians", "rebellion", "remote", "territory_seized", "territory_regained", "abduction")


def _dates_fit(mention: dict, event: tuple[date, date]) -> bool:
    """Undated, inside the event, or a short period around it ("late July" for a July battle)."""
    start, end = mention["start_date"], mention["end_date"]
    if start is None:
        return True
    inside = event[0] <= start and end <= event[1]
    return inside or (start <= event[1] and event[0] <= end and (end - start).days <= 31)


def claim_events(
    claims: list[Claim], mentions: list[dict], groups: dict[str, str],
    sentence_dates: dict[str, list[tuple[date, date]]], event_dates: dict[str, tuple[date, date]],
    published: dict[str, date], parents: dict[str, str | None] | None = None,
) -> dict[str, str | None]:
    """The event each claim is about: the fighting its own sentence names (the mention nearest
    the figure), else the fighting its article reports most, unless the claim's sentence dates
    itself outside that event ("264 civilians killed between March and June" is no one day's
    toll); else none."""
    by_sentence: dict[str, list[dict]] = {}
    per_source: dict[str, dict[str, int]] = {}
    for m in mentions:
        if m["event_id"] is None or groups[m["event_type"]] not in FIGHTING_GROUPS:
            continue
        by_sentence.setdefault(m["sentence_id"], []).append(m)
        counts = per_source.setdefault(m["source_id"], {})
        top = (parents or {}).get(m["event_id"]) or m["event_id"]  # an ambush's mentions count for its battle
        counts[top] = counts.get(top, 0) + 1
    out: dict[str, str | None] = {}
    for c in claims:
        # a mention of its sentence carries the claim to its event only if its own date lies
        # within that event (a "March to June" toll is no one day's toll)
        near = [m for m in by_sentence.get(c.sentence_id, []) if _dates_fit(m, event_dates[m["event_id"]])]
        if by_sentence.get(c.sentence_id) and not near:
            out[c.claim_id] = None
        elif near:
            out[c.claim_id] = min(near, key=lambda m: (abs(m["trigger_start"] - c.figure_start), m["mention_id"]))["event_id"]
        elif c.source_id in per_source:
            # the article's news, not its background: the fighting it reports most among those
            # of the recent past, else among all ("JNIM claimed 50 dead" in a story that also
            # recalls the 2012 rebellion is about this week's battle)
            counts = per_source[c.source_id]
            recent = [e for e in counts if (published[c.source_id] - event_dates[e][1]).days <= RECENT_DAYS] or list(counts)
            main = min(recent, key=lambda e: (-counts[e], e))
            first, last = event_dates[main]
            own = sentence_dates.get(c.sentence_id, [])
            inside = all(first <= s and e <= last for s, e in own)
            out[c.claim_id] = main if inside else None
        else:
            out[c.claim_id] = None
    return out


def claim_key(c: Claim, event_id: str | None) -> str:
    """The same claim told by several articles (JNIM's 50 and 10) shares one key: same event,
    claimant, quantity and figures. Count distinct claims with ``claims.claim_key.nunique()``."""
    claimant = c.claimant_id or c.claimant_label.casefold()
    return "ck_" + hashlib.sha256(f"{event_id}|{claimant}|{c.quantity}|{c.value_low}|{c.value_high}".encode()).hexdigest()[:12]


def event_figures(claims: list[dict]) -> dict[str, dict]:
    """Per event, derived from its claims (the claims table stays the truth): the smallest low
    and the largest high among killed figures, the number of distinct claims, and whether
    claimants disagree."""
    out: dict[str, dict] = {}
    for c in claims:
        if c["event_id"] is None:
            continue
        e = out.setdefault(c["event_id"], {"lows": [], "highs": [], "keys": set(), "killed": set()})
        e["keys"].add(c["claim_key"])
        if c["quantity"] == "killed" and (c["value_low"] is not None or c["value_high"] is not None):
            if c["value_low"] is not None:
                e["lows"].append(c["value_low"])
            if c["value_high"] is not None:
                e["highs"].append(c["value_high"])
            e["killed"].add((c["claimant_id"] or c["claimant_label"], c["subject_id"] or c["subject_label"], c["value_low"], c["value_high"]))
    return {
        event_id: {
            "fatalities_low": min(e["lows"]) if e["lows"] else None,
            "fatalities_high": max(e["highs"]) if e["highs"] else None,
            "n_claims": len(e["keys"]),
            "fatalities_disputed": len({k[0] for k in e["killed"]}) > 1 and len({(k[2], k[3]) for k in e["killed"]}) > 1,
        }
        for event_id, e in out.items()
    }
