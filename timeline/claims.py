"""Claims: every casualty figure with who claimed it, what it counts and how sure the text is.

Why: after a battle the figures run from "two soldiers" to "84 Wagner and 47 Malian soldiers".
Each figure is kept with its claimant, its status and the words it rests on, never averaged
away. Figures are read only from the text: a vague word maps to a documented range
(resources/claims_en.toml) and "heavy losses" is a claim with no figure. Everything here is a
pure function of one article's sentences, dates and names.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from timeline.dates import Timex, lexicon
from timeline.events import SentenceContext, quoted
from timeline.names import NameMatch, actors

QUANTITIES = ("killed", "wounded", "captured", "missing", "strength", "equipment_lost", "killed_or_captured", "losses")


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


@cache
def words(language: str = "en") -> dict:
    text = resources.files("timeline").joinpath(f"resources/claims_{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _alt(items) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


@cache
def _patterns(language: str = "en") -> dict[str, re.Pattern]:
    w = words(language)
    numbers = {k: v for k, v in lexicon(language).numbers.items() if k not in ("a", "an")}
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_alt(numbers)})(?![\w-]))"
    qualifier = _alt([q for qs in w["qualifiers"].values() for q in qs])
    vague = _alt(w["vague"])
    figure = (
        rf"(?<![\w$€£.,:/-])(?:(?P<qual>{qualifier})\s+)?"
        rf"(?:between\s+(?P<lo>{number})\s+and\s+(?P<hi>{number})"
        rf"|(?P<part>{number})\s+of\s+(?:their|its|the|his|her)?\s*(?P<whole>{number})"
        rf"|(?P<a>{number})\s*(?:-|–|to)\s*(?P<b>{number})(?!\s*[-–]\s*\w)"
        rf"|(?P<n>{number})(?![\w%]|[.,:]\d|-\w)(?!\s+of\s+(?:its|their|the|his|her|our)\s+(?:units?|positions?|bases?|camps?|convoys?|columns?))"
        rf"|(?P<vague>{vague})(?!\w))"
    )
    quantity_words = {q: _alt(ws) for q, ws in w["quantities"].items()}
    return {
        "figure": re.compile(figure, re.IGNORECASE),
        "number": re.compile(number, re.IGNORECASE),
        **{f"q:{q}": re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE) for q, alt in quantity_words.items()},
        "equipment": re.compile(rf"^\W*(?:\w+\s+){{0,2}}(?:{_alt(w['equipment']['nouns'])})(?!\w)", re.IGNORECASE),
        "not_count": re.compile(rf"^\s*(?:{_alt(w['not_counts']['after'])})(?!\w)", re.IGNORECASE),
        "verbs": re.compile(rf"(?<![\w-])(?:{_alt([v for vs in w['verbs'].values() for v in vs])})(?![\w-])", re.IGNORECASE),
        "hedge": re.compile(rf"(?:{_alt(w['hedges']['words'])})", re.IGNORECASE),
        "label": re.compile(rf"(?<![\w-])(?:{_alt(w['claimant_labels']['words'])})(?![\w-])", re.IGNORECASE),
        "qualitative": re.compile("|".join(w["qualitative"]["patterns"]), re.IGNORECASE),
    }


def _value(token: str | None, language: str) -> int | None:
    if token is None:
        return None
    token = " ".join(token.casefold().split())
    if re.fullmatch(r"[\d,]+", token):
        return int(token.replace(",", ""))
    return lexicon(language).numbers.get(token)


def _qualifier_kind(qual: str | None, language: str) -> str | None:
    if not qual:
        return None
    qual = " ".join(qual.casefold().split())
    for kind, options in words(language)["qualifiers"].items():
        if qual in options:
            return kind
    return None


STATEMENT_NOUN = re.compile(r"\b(?:statement|communiqu[eé]|announcement|declaration|report)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;:()—–]|\s(?:but|while|although|whereas)\s")


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


def _is_count(text: str, m: re.Match, language: str) -> bool:
    """Not an age ("a man aged 70", "a 14-year-old"), not "the two operations" (a definite
    number names things already known, it does not count victims), not a speaker ("One resident
    said …")."""
    w = words(language)["not_counts"]
    before = text[max(0, m.start() - 20) : m.start()].casefold()
    after = text[m.end() : m.end() + 40]
    if re.search(rf"\b(?:{_alt(w['before'])})\s*$", before) or re.match(r"\s*(?:-year-old|years?\s+old|-years?-old)", after, re.IGNORECASE):
        return False
    if m.group("qual") is None and re.search(rf"\b(?:{_alt(w['determiners'])})\s+$", before):
        return False
    speaker = re.match(r"\s+(?:[\w’'-]+\s+){0,2}?(?:" + _alt(words(language)["verbs"]["claimed"]) + r")\b", after, re.IGNORECASE)
    return speaker is None


def _quantity(text: str, start: int, end: int, language: str) -> str | None:
    """What a figure counts, from the nearest quantity words in its clause."""
    pats = _patterns(language)
    if pats["not_count"].match(text[end:]):
        return None
    lo, hi = _clause_bounds(text, start, end)
    after, before = text[end:hi], text[lo:start]
    if pats["equipment"].match(after):
        hits = [pats["q:equipment_lost"].search(text[lo:hi])]
        return "equipment_lost" if any(hits) else None
    found: dict[str, int] = {}
    for q in ("killed", "wounded", "captured", "missing", "strength"):
        for m in pats[f"q:{q}"].finditer(after):
            if q != "strength" or m.group().casefold() == "strength":
                found[q] = min(found.get(q, 10**6), m.start())
        for m in pats[f"q:{q}"].finditer(before):
            distance = len(before) - m.end()
            if distance > 40:
                continue  # too far to govern the figure ("seized power … on one promise")
            if q != "strength" or m.group().casefold() == "strength" or distance <= 15:  # "had over 1,000 men"
                found[q] = min(found.get(q, 10**6), distance)
    if not found:
        # "at least 50 Russian mercenaries, mainly from the Wagner Group, were reportedly killed"
        rest = text[hi : hi + 80]
        for q in ("killed", "wounded", "captured", "missing"):
            hit = pats[f"q:{q}"].search(rest)
            if hit:
                found[q] = len(after) + hit.start()
    if "killed" in found and "captured" in found and re.search(r"\b(?:killed|dead|died)\s+or\s+(?:captured|taken|detained|abducted)|\b(?:captured|taken prisoner)\s+or\s+killed", text[lo:hi], re.IGNORECASE):
        return "killed_or_captured"  # "either killed or captured": the text does not separate them
    if not found:
        return None
    return min(found, key=lambda q: (found[q], q))


SUBJECT_STOP = re.compile(
    r"(?:were|was|is|are|had|have|has|who|that|which|in|on|at|during|to|from|for|by|with|may|might|could|would|"
    r"died|perished|killed|sent|dispatched|either|or|but|as|after|before|while|when|mainly|including)$",
    re.IGNORECASE,
)


def _subject(text: str, end: int, names: list[NameMatch]) -> tuple[str | None, str | None]:
    """Whose people or things: the registry actor among, or else the words of, the noun phrase
    right after the figure ("84 Russian Wagner mercenaries", "seven Malian soldiers and Wagner fighters")."""
    tail = text[end:]
    lead = re.match(r"[\s\"”’']*(?:of\s+(?:the|their|its)?\s*)?", tail)
    pos = lead.end()
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


def _claimant(text: str, start: int, end: int, names: list[NameMatch], language: str) -> tuple[str | None, str | None, re.Match | None]:
    """The speaker of the saying that governs the figure at [start, end): (actor, label, verb)."""
    pats = _patterns(language)
    verbs = list(pats["verbs"].finditer(text))
    before = [v for v in verbs if v.end() <= start]
    after = [v for v in verbs if v.start() >= end]
    verb = before[-1] if before else (after[0] if after else None)
    if verb is None:
        return None, None, None
    if verb.group().casefold().startswith("according to"):
        window = (verb.end(), min(len(text), verb.end() + 80))
        pick = min  # the first name after "according to"
    else:
        window = (max(0, verb.start() - 120), verb.start())
        pick = max  # the last name before the verb
    registry = actors()
    actors_in = [
        n for n in names
        if n.kind == "actor" and window[0] <= n.start and n.end <= window[1] and registry[n.id].fields.get("type") != "civilians"
    ]
    labels_in = [
        m for m in pats["label"].finditer(text, *window)
        if not any(n.start < m.end() and m.start() < n.end for n in actors_in)  # "Malian authorities" is an actor
    ]
    options = [(n.start, n.id, None) for n in actors_in] + [(m.start(), None, m.group()) for m in labels_in]
    coordinated = before and len(before) > 1 and re.search(r"\band\s+$", text[: verb.start()])
    if coordinated:  # "Wagner estimated …, and reported …": the first verb's speaker
        earlier = before[-2]
        options = [o for o in options if o[0] < earlier.start()] or options
    if not options:
        # a speaker the registries do not know: the name right before the verb ("Henri de Raincourt told")
        named = re.search(r"((?:[A-Z][\w’'.-]*\s+(?:(?:de|du|al|ag|bin|ibn|van|von)\s+)?){1,4})(?:[^\w]{0,3}\w+){0,6}?\s*$", text[max(0, verb.start() - 60) : verb.start()])
        first = named.group(1).strip().split()[0].casefold() if named and named.group(1).strip() else ""
        if named and pick is max and first and first not in {"the", "a", "an", "on", "in"} and first not in lexicon(language).numbers:
            return None, named.group(1).strip(), verb
        return None, None, verb
    _, actor_id, label = pick(options, key=lambda o: o[0])
    return actor_id, label, verb


def _status(verb: str | None, sentence: str, language: str) -> str:
    if _patterns(language)["hedge"].search(sentence):
        return "unverified"
    if verb is None:
        return "reported"
    verb = " ".join(verb.casefold().split())
    for status, options in words(language)["verbs"].items():
        if verb in options:
            return status
    return "claimed"


def _saying_date(text: str, verb: re.Match | None, timexes: list[Timex]) -> Timex | None:
    """A date written right after or right before the verb of saying ("claimed on Thursday")."""
    if verb is None:
        return None
    for t in timexes:
        if t.kind == "duration":
            continue
        if t.char_start >= verb.end() and re.fullmatch(r"\s+(?:on|in)?\s*", text[verb.end() : t.char_start] + " "):
            return t
        if t.char_end <= verb.start() and not text[t.char_end : verb.start()].strip():
            return t
    return None


def _resolve_generic(actor_id: str | None, article_actor_ids: set[str]) -> str | None:
    """An umbrella label ("Tuareg rebels") is the one specific actor of its kind the article
    names (the CSP), when there is exactly one; otherwise it stays the label."""
    registry = actors()
    if actor_id is None or registry[actor_id].fields.get("generic") != "true":
        return actor_id
    kind = registry[actor_id].fields.get("type")
    specific = [a for a in article_actor_ids if registry[a].fields.get("type") == kind and registry[a].fields.get("generic") != "true"]
    return specific[0] if len(specific) == 1 else actor_id


def claims_of_article(source_id: str, contexts: list[SentenceContext], language: str = "en") -> list[Claim]:
    """Every figure and qualitative loss of one article, with claimant, status and date."""
    pats = _patterns(language)
    registry = actors()
    article_actors = {n.id for ctx in contexts for n in ctx.names if n.kind == "actor"}
    out: list[Claim] = []
    paragraph_claimant: dict[int, tuple[str | None, str | None, int]] = {}
    previous_text = ""
    for ctx in contexts:
        s, text = ctx.sentence, ctx.sentence.text
        if s.kind != "body":
            continue
        taken = [(t.char_start, t.char_end) for t in ctx.timexes]
        found = []
        for m in pats["figure"].finditer(text):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue  # a date or a duration, not a count
            number_start = next(m.start(g) for g in ("lo", "part", "a", "n", "vague") if m.group(g) is not None)
            if not _is_count(text, m, language):
                continue
            quantity = _quantity(text, number_start, m.end(), language)
            if quantity is None and found and re.fullmatch(r"[\w\s’'-]*?\s(?:and|as well as)\s+", text[found[-1][0].end() : m.start()]):
                quantity = found[-1][1]  # "killed at least 84 Wagner mercenaries and 47 Malian soldiers"
            if quantity is None:
                continue
            found.append((m, quantity))
        for m in pats["qualitative"].finditer(text):
            found.append((m, "losses"))
        last_subject: tuple[str | None, str | None] = (None, None)
        for m, quantity in sorted(found, key=lambda f: f[0].start()):
            low, high, qualifier = _figure_values(m, quantity, language)
            subject_id, subject_label = (None, None) if quantity == "losses" else _subject(text, m.end(), ctx.names)
            elided = subject_label is None or subject_label.casefold() in {"others", "other"}
            if quantity != "losses" and elided and last_subject != (None, None):  # "injuries to ten others"
                subject_id, subject_label = last_subject
            if quantity == "strength":
                before = [n for n in ctx.names if n.kind == "actor" and n.end <= m.start()]
                subject_id = before[-1].id if before else subject_id
            last_subject = (subject_id, subject_label)
            claimant_id, claimant_label, verb = _claimant(text, m.start(), m.end(), ctx.names, language)
            basis = "sentence"
            if claimant_id is None and claimant_label is None:
                inherited = paragraph_claimant.get(s.paragraph_index)
                continues = inherited and s.sentence_index - inherited[2] <= 2 and STATEMENT_NOUN.search(previous_text + " " + text)
                if verb is None and continues:  # "The statement detailed … The clash resulted in the deaths of seven rebels"
                    claimant_id, claimant_label = inherited[0], inherited[1]
                    basis = "paragraph"
                else:
                    basis = "article"
            claimant_id = _resolve_generic(claimant_id, article_actors)
            if claimant_id and registry[claimant_id].fields.get("type") == "person":
                organisation = [p for p in registry[claimant_id].parents if p in article_actors]
                claimant_id = organisation[0] if organisation else claimant_id
            when = _saying_date(text, verb, ctx.timexes) if basis == "sentence" else None
            status = _status(verb.group() if verb else None, text, language) if basis != "paragraph" else _status("claimed", text, language)
            start, end = s.char_start + m.start(), s.char_start + m.end()
            out.append(
                Claim(
                    claim_id=f"{source_id}:c{start}-{end}",
                    **quoted(source_id, ctx),
                    figure=m.group(),
                    figure_start=start,
                    figure_end=end,
                    quantity=quantity,
                    value_low=low,
                    value_high=high,
                    qualifier=qualifier,
                    subject_id=subject_id,
                    subject_label=subject_label,
                    claimant_id=claimant_id,
                    claimant_label=(registry[claimant_id].fields["name"] if claimant_id else claimant_label or "the article"),
                    claimant_basis=basis,
                    status=status,
                    claim_date=when.start if when is not None and when.precision == "day" else None,
                    claim_date_precision="day" if when is not None and when.precision == "day" else None,
                )
            )
        claimant = _claimant(text, len(text), len(text), ctx.names, language)
        if claimant[0] or claimant[1]:
            paragraph_claimant[s.paragraph_index] = (claimant[0], claimant[1], s.sentence_index)
        previous_text = text
    return out


def _figure_values(m: re.Match, quantity: str, language: str) -> tuple[int | None, int | None, str]:
    """Low, high and qualifier of a figure, by the documented mapping."""
    if quantity == "losses":
        return None, None, "qualitative"
    if m.group("vague") is not None:
        spec = words(language)["vague"][" ".join(m.group("vague").casefold().split())]
        return spec["low"], spec["high"] or None, "vague"
    if m.group("lo") is not None:
        return _value(m.group("lo"), language), _value(m.group("hi"), language), "range"
    if m.group("a") is not None:
        return _value(m.group("a"), language), _value(m.group("b"), language), "range"
    n = _value(m.group("part") if m.group("part") is not None else m.group("n"), language)
    kind = _qualifier_kind(m.group("qual"), language)
    if kind == "at_least":
        return n, None, "at_least"
    if kind == "up_to":
        return None, n, "up_to"
    if kind == "about":
        return n, n, "about"
    return n, n, "exact"


# ---------------------------------------------------------------------------------------------
# Across articles: which event a claim is about, and which claims are the same claim

FIGHTING_GROUPS = ("fighting", "ambush", "aircraft_lost", "civilians", "rebellion")


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
        counts[m["event_id"]] = counts.get(m["event_id"], 0) + 1
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
            counts = per_source[c.source_id]
            main = min(counts, key=lambda e: (-counts[e], e))
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
