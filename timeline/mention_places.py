"""Where a mention happened when its own clause names no place: the place a "where" or "whose"
clause hangs on, the place before an aside that only locates it, the sentence's place (unless
it belongs to a clause counted from another event), a roundup heading's place; and which
actor names are only buildings ("outside the French embassy").

Why: a battle told beside its place is at that place, but a capital named as a country ("in
Mali") or a building named for an actor says nothing of where or who. Split from events.py."""

from __future__ import annotations

import re

from timeline.anchored_dates import after_phrase
from timeline.event_lexicon import event_words
from timeline.names import NameMatch, ancestors, most_specific, places
from timeline.regex_gate import alternation
from timeline.sentence_clauses import clause_of
from timeline.sayings import cues


def country_level(place_id: str | None) -> bool:
    """A place no finer than a country: context enough for a coup or a statement ("in Mali")."""
    return place_id is not None and places()[place_id].fields.get("precision") == "country"


def where_antecedent(text: str, spans: list[tuple[int, int]], position: int, place_names: list[NameMatch]) -> str | None:
    """The place a "where" clause refers to, for the events told in it: the place named last
    before the clause ("fighting erupted around Ber, near Timbuktu, where … had been killed")."""
    lo = spans[clause_of(spans, position)][0]
    if not re.match(r"\s*where\b", text[lo:position], re.IGNORECASE):
        return None
    before = [n for n in place_names if n.end <= lo]
    return before[-1].id if before else None


def whose_antecedent(text: str, t_start: int, place_names: list[NameMatch]) -> str | None:
    """"Konna, the central town whose capture last week prompted France to intervene": an event
    noun right after "whose" happened at the place the relative clause hangs on."""
    whose = re.search(r"(?<![\w-])whose\s+$", text[max(0, t_start - 12) : t_start], re.IGNORECASE)
    if whose is None:
        return None
    before = [n for n in place_names if n.end <= t_start and re.fullmatch(r",?\s*(?:(?:the|a|an)\s+[^,;.]{0,40}?\s+)?whose\s+", text[n.end : t_start], re.IGNORECASE)]
    return before[-1].id if before and not country_level(before[-1].id) else None


PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:from|in|at|to|near|of|into|towards|outside|around|via)\s+$", re.IGNORECASE)
APPOSITIVE_TO_VERB = re.compile(r"\s*,\s*(?:the|a|an|some|about)\s[^,.;:()]{1,120},\s*", re.IGNORECASE)


def appositive_head(text: str, t_start: int, place_names: list[NameMatch]) -> str | None:
    """"Timbuktu, a heritage site some 700 km northeast of Bamako, fell to …": the place the
    aside describes is the verb's subject, not the place that closes the aside."""
    return next((n.id for n in place_names if n.end < t_start and APPOSITIVE_TO_VERB.fullmatch(text, n.end, t_start) and not PREPOSITION_BEFORE.search(text, max(0, n.start - 12), n.start)), None)  # not "Sent from Bamako, the soldiers, ambushed …"


def place_before_aside(text: str, lo: int, place_names: list[NameMatch], place_id: str | None) -> str | None:
    """"its post at Bamba, in the Bourem district of the Gao region, was attacked": the clause
    opens with an aside that only says where the place named just before it lies; that place,
    inside the aside's, is where it happened."""
    before = [n for n in place_names if n.end <= lo and text[n.end : lo].strip() == ","]
    if not before or (place_id is not None and place_id not in ancestors(before[-1].id)):
        return place_id
    return before[-1].id


def sentence_place_for(text: str, spans: list[tuple[int, int]], k: int, triggers: list[tuple[int, int, str]], place_names: list[NameMatch],
                        sentence_place: str | None, language: str) -> str | None:
    """The sentence's place for an event whose clause names none, unless that place lies in a
    clause counted from this event's day ("attacked on 2 June, the day after jihadists overran
    the base of Boulkessi"): that clause's place is its own event's."""
    if sentence_place is None:
        return None
    counted = [spans[clause_of(spans, t[0])] for j, t in enumerate(triggers) if j != k and after_phrase(language).search(text, spans[clause_of(spans, t[0])][0], t[0])]
    kept = [n.id for n in place_names if not any(a <= n.start and n.end <= b for a, b in counted)]
    return sentence_place if sentence_place in kept else most_specific(list(dict.fromkeys(kept)))


def a_building(text: str, n: NameMatch, language: str) -> bool:
    """"protested outside the French embassy", "took the former MINUSMA camp": a building named
    for an actor is where it happened, not who acted (events_<language>.toml ``buildings``)."""
    conf = event_words(language).get("buildings")
    if not conf:
        return False
    if re.search(rf"(?<![\w-])(?:{alternation(conf['former'])})\s+$", text[max(0, n.start - 12) : n.start], re.IGNORECASE) and re.match(rf"\s+(?:{alternation(conf['former_sites'])})(?![\w-])", text[n.end :], re.IGNORECASE):
        return True  # "took the former MINUSMA camp": the camp is no longer theirs, they did nothing
    if not re.search(rf"(?<![\w-])(?:{alternation(conf['nouns'])})\s*$", text[n.start : n.end], re.IGNORECASE):
        return False
    return re.search(rf"(?<![\w-])(?:{alternation(conf['before'])})\s+(?:the\s+)?$", text[max(0, n.start - 30) : n.start], re.IGNORECASE) is not None


LABEL_BULLET = re.compile(r"\s*(?:[-–•*■▪●►◆]\s*)?")  # "- Kidal region: …"
ITEM_LABEL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?:\s")  # "Timbuktu: …", "Anefis (Kidal region): …"


def labelled_paragraphs(contexts: list) -> dict[int, str]:
    """The paragraphs a roundup heads with a place and a colon ("Timbuktu: A few hours later, six
    men … opened fire"): the place of what the item tells. Two or more such items make a
    roundup; a name in capitals is a dateline ("BAMAKO: …"), never an item's label."""
    out: dict[int, str] = {}
    seen: set[int] = set()
    for ctx in contexts:
        s = ctx.sentence
        if s.kind != "body" or s.paragraph_index in seen:
            continue
        seen.add(s.paragraph_index)
        first = next((n for n in ctx.names if n.kind == "place" and LABEL_BULLET.fullmatch(s.text, 0, n.start)), None)
        if first is not None and not s.text[: first.end].isupper() and ITEM_LABEL.match(s.text, first.end):
            out[s.paragraph_index] = first.id
    return out if len(out) >= 2 else {}


def told_by(text: str, language: str) -> bool:
    """Whether a sentence is someone's saying ("The junta said soldiers killed …"): an item's label
    is then where it was said, not where it happened."""
    return bool(cues(text, language))


def heading_place(text: str, names: list) -> str | None:
    """The place a section heading opens with, as roundups head their items ("GAO", "TIMBUKTU -
    Assault on the airport camp", "Menaka: army vehicle hits mine")."""
    for n in names:
        if n.kind == "place" and n.start == 0 and re.match(r"\s*(?:$|[-–—:|]\s|\()", text[n.end :]):
            return n.id
    return None
