"""Finding the registry's actors and places in text, whatever the case, accents or punctuation.

Why: reporters write "Tinzaouatene", "Tin Zaouatene" and "Tinzaouaten"; "Mali’s army" and
"Malian army"; "al-Qaeda" and "al Qaeda". Names are matched on a normalised copy of the text
that keeps one character per original character, so every match maps straight back to raw
offsets. The registries are curated data (resources/actors.csv, resources/places.csv).
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

from timeline.text_lines import language_rules

SEPARATORS = "-‐‑‒–—'’‘`´.,/()[]\"“”"
# Zero-width and bidirectional control characters: invisible, so a name may carry them
# anywhere ("Wag\u200bner", "Ki\u200edal"); matching skips them, offsets stay raw.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _fold_char(ch: str) -> str:
    """One character, lower-cased without accents; punctuation inside names becomes a space."""
    if ch in SEPARATORS:
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else ch.lower()[:1] or " "


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character: folding runs in C."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """The text normalised for matching, exactly as long as the original."""
    return text.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class Entry:
    """One registry row: its id, kind (actor or place) and all its fields as text."""

    id: str
    kind: str
    fields: dict[str, str]

    @property
    def names(self) -> list[str]:
        return [self.fields["name"], *[a for a in self.fields.get("aliases", "").split("|") if a.strip()]]

    @property
    def parents(self) -> list[str]:
        return [p for p in self.fields.get("parent_ids", "").split("|") if p.strip()]


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    kind: str  # actor | place
    id: str


def _read(name: str, kind: str, id_column: str) -> dict[str, Entry]:
    text = resources.files("timeline").joinpath(f"resources/{name}").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    return {row[id_column]: Entry(row[id_column], kind, {k: (v or "").strip() for k, v in row.items()}) for row in rows}


@cache
def actors() -> dict[str, Entry]:
    """The actor registry, keyed by actor_id."""
    return _read("actors.csv", "actor", "actor_id")


@cache
def places() -> dict[str, Entry]:
    """The place registry, keyed by place_id."""
    return _read("places.csv", "place", "place_id")


class Matcher:
    """Leftmost-longest matching of every name of a set of registry entries, on word boundaries.

    Why an Aho–Corasick automaton: one pass over a sentence finds every alias at once, where a
    regular expression of hundreds of alternatives retried each of them at every position
    (20–40× slower). Whitespace runs count as one space, as "Tin  Zaouaten" across a wrapped
    line is still the town.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self._automaton = ahocorasick.Automaton()
        targets: dict[str, list[tuple[str, str]]] = {}
        for entry in entries:
            for name in entry.names:
                key = " ".join(fold(name).split())
                found = targets.setdefault(key, []) if key else []
                if key and (entry.kind, entry.id) not in found:
                    found.append((entry.kind, entry.id))
        for key, found in targets.items():
            self._automaton.add_word(key, (len(key), tuple(found)))
        self._empty = not targets
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[NameMatch]:
        """Every name in ``text``, with its raw span (invisible characters inside it included):
        leftmost-longest, as the one regular expression this automaton replaced found them."""
        return self._find(text, joined=False)

    def find_joined(self, text: str) -> list[NameMatch]:
        """``find``, with two names of one entry that overlap read as one ("the Al-Qaeda-linked
        Group to Support Islam and Muslims": "al-Qaeda-linked group" and "Group to Support Islam
        and Muslims" are both JNIM's): the whole phrase names it, no word of it is left over."""
        return self._find(text, joined=True)

    def _find(self, text: str, joined: bool) -> list[NameMatch]:
        if self._empty:
            return []
        folded, raw_at = visible(fold(text))
        squeezed, at = _squeeze_spaces(folded)
        hits = []
        for end, (length, found) in self._automaton.iter(squeezed):
            start = end - length + 1
            if (start == 0 or not _is_word_char(squeezed[start - 1])) and (end + 1 == len(squeezed) or not _is_word_char(squeezed[end + 1])):
                hits.append((start, -length, found))
        hits.sort()
        spans: list[list] = []  # [start, end, found]
        for start, minus_length, found in hits:
            end = start - minus_length
            if spans and start < spans[-1][1]:
                if joined and found == spans[-1][2] and end > spans[-1][1]:
                    spans[-1][1] = end
                continue
            spans.append([start, end, found])
        out = []
        for start, end, found in spans:
            raw_start, raw_end = raw_at[at[start]], raw_at[at[end - 1]] + 1
            out.extend(NameMatch(raw_start, raw_end, kind, id_) for kind, id_ in found)  # "Algeria": the state and the country
        return out


def _is_word_char(ch: str) -> bool:
    return "a" <= ch <= "z" or "0" <= ch <= "9"


_SPACE_RUN = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]|  ")  # any whitespace but a lone space
_ONE_SPACE = str.maketrans("\n\t\r\f\v", "     ")


def _squeeze_spaces(text: str) -> tuple[str, list[int] | range]:
    """``text`` with each whitespace run as one space, and the offset in ``text`` of each character kept."""
    if not _ODD_SPACE.search(text):
        return text, range(len(text))
    single = text.translate(_ONE_SPACE)  # a line break between two words is one space already
    if "  " not in single and not _ODD_SPACE.search(single):
        return single, range(len(text))
    pieces, at, last = [], [], 0
    for m in _SPACE_RUN.finditer(text):
        pieces.append(text[last : m.start()])
        at.extend(range(last, m.start() + 1))  # the run's first character stands for the run
        pieces.append(" ")
        last = m.end()
    pieces.append(text[last:])
    at.extend(range(last, len(text)))
    return "".join(pieces), at


def visible(text: str) -> tuple[str, list[int] | range]:
    """``text`` without its invisible characters, and the raw offset of each character kept."""
    if INVISIBLE.isdisjoint(text):
        return text, range(len(text))
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    return "".join(text[i] for i in kept), kept


SURNAME_WORD = re.compile(r"[A-Z][\w’'-]+")


def with_surnames(texts: list[str], found: list[list[NameMatch]], language: str = "en") -> list[list[NameMatch]]:
    """Each sentence's names, with a person's bare surname added once the article has named them
    in full ("President Ibrahim Boubacar Keita … soldiers arrested Keita"): the registry leaves
    bare surnames out (many people share them), but within one article the surname of the last
    person so named is that person."""
    registry = actors()
    known: dict[str, str] = {}  # folded surname → the person last named with it
    out = []
    for text, names in zip(texts, found):
        added = []
        for m in SURNAME_WORD.finditer(text):
            person = known.get(fold(m.group()))
            before = re.search(r"([A-Z][\w’'.-]*)\s+$", text[: m.start()])
            another = before is not None and before.group(1) not in _name_titles(language)  # "Hamidou Maiga": someone else (not "Mr Cissé")
            named = any(n.start < m.end() and m.start() < n.end for n in names)
            if person and not another and not named:
                added.append(NameMatch(m.start(), m.end(), "actor", person))
            elif person and another and not named:
                known.pop(fold(m.group()), None)  # "His son Karim Keita …": another Keita named since; "Mr Keita" is no longer sure
        for n in names:
            if n.kind == "actor" and registry[n.id].fields.get("type") == "person":
                words = text[n.start : n.end].split()
                if len(words) > 1:
                    known[fold(words[-1])] = n.id
        out.append(sorted([*names, *added], key=lambda n: (n.start, n.end)))
    return out


@cache
def _name_titles(language: str) -> frozenset[str]:
    """Titles before a bare surname that name no one else (resources/language.toml name_titles)."""
    return frozenset(language_rules().get("name_titles", {}).get(language, ()))


def with_capital_speakers(texts: list[str], found: list[list[NameMatch]], language: str) -> list[list[NameMatch]]:
    """"Algiers dismissed the accusations": a capital that says or does what governments do is
    also its government's actor, and a foreign capital's possessive ("Moscow's worst setback")
    is its government only (``capital_speakers`` in claimants_<language>.toml)."""
    rules = _capital_rules(language)
    if rules is None:
        return found
    governments, before, after, possessive, source_before = rules
    out = []
    for text, names in zip(texts, found):
        owners = [n for n in names if n.kind == "place" and ((n.id in possessive and re.match(r"['’]s?(?![\w-])", text[n.end :])) or (n.id in governments and CAPITAL_TOLL.match(text, n.end)))]  # also "Bamako's toll went from 25 to 38"
        owners += _capitals_between(text, names, governments)  # "relations between Bamako and Algiers": two governments
        names = [n for n in names if n not in owners] + [NameMatch(n.start, n.end, "actor", governments[n.id]) for n in owners]  # "Moscow's worst setback"
        added = [
            NameMatch(n.start, n.end, "actor", governments[n.id])
            for n in names
            if n.kind == "place" and n.id in governments and (before.search(text[: n.start]) and after.match(text, n.end) or (source_before is not None and source_before.search(text[: n.start]) and SOURCE_AFTER.match(text, n.end)))
        ]
        out.append(sorted([*names, *added], key=lambda n: (n.start, n.end)) if added or owners else names)
    return out


CAPITAL_TOLL = re.compile(r"['’]s?\s+(?:(?:own|official|first|initial|provisional|new|latest|final|revised)\s+)?(?:death\s+)?(?:toll|count|tally|figures?|estimate|account|version)(?![\w-])", re.IGNORECASE)  # a capital's toll is its government's
SOURCE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")  # the capital alone, not "according to Niamey residents"
BETWEEN_STATES = re.compile(r"(?<![\w-])(?:relations|ties|tensions?|talks|dispute|rift|row|crisis|cooperation|rapprochement|standoff|feud|quarrel|mediation)\s+between\s+$", re.IGNORECASE)


def _capitals_between(text: str, names: list[NameMatch], governments: dict[str, str]) -> list[NameMatch]:
    """Two capitals joined after "relations/ties/tensions between" stand for their governments,
    not for places ("air traffic between Paris and Bamako" is between places)."""
    capitals = [n for n in names if n.kind == "place" and n.id in governments]
    out: list[NameMatch] = []
    for a, b in zip(capitals, capitals[1:]):
        if re.fullmatch(r"\s+and\s+", text[a.end : b.start]) and BETWEEN_STATES.search(text[: a.start]):
            out += [a, b]
    return out


@cache
def _capital_rules(language: str) -> tuple[dict[str, str], re.Pattern, re.Pattern, frozenset[str], re.Pattern | None] | None:
    text = resources.files("timeline").joinpath(f"resources/claimants_{language}.toml").read_text(encoding="utf-8")
    conf = tomllib.loads(text).get("capital_speakers")
    if not conf:
        return None
    verbs = "|".join(re.escape(v) for v in sorted(conf["verbs"], key=len, reverse=True))
    between = "|".join(re.escape(w) for w in conf["between"])
    after = re.compile(rf"\s+(?:(?:{between})\s+){{0,3}}(?:{verbs})\b", re.IGNORECASE)
    source_before = re.compile(conf["source_before"], re.IGNORECASE) if conf.get("source_before") else None
    return conf["governments"], re.compile(conf["before"], re.IGNORECASE), after, frozenset(conf.get("possessive", ())), source_before


@cache
def matcher() -> Matcher:
    """One matcher over actors and places: the longest name wins; a name both an actor and a
    place have ("Algeria") gives both."""
    return Matcher([*actors().values(), *places().values()])


@cache
def ancestors(place_id: str) -> frozenset[str]:
    """A place and every place that contains it, through the registry's parent_ids."""
    seen: set[str] = set()
    todo = [place_id]
    registry = places()
    while todo:
        current = todo.pop()
        if current in seen or current not in registry:
            continue
        seen.add(current)
        todo.extend(registry[current].parents)
    return frozenset(seen)


PRECISION_RANK = {"town": 0, "region": 1, "country": 2}


def most_specific(place_ids: list[str]) -> str | None:
    """The finest of the places named (a town over its region over its country)."""
    if not place_ids:
        return None
    registry = places()

    def rank(p: str) -> int:
        if registry[p].fields.get("kind") == "area":  # "the Sahel" locates less than a country
            return 3
        return PRECISION_RANK.get(registry[p].fields.get("precision", "country"), 3)

    return min(place_ids, key=lambda p: (rank(p), place_ids.index(p)))


@cache
def compatible_places(a: str | None, b: str | None) -> bool:
    """Unknown is compatible with anything, and so is a loose area ("the Sahel"); an area inside
    a region (the Adrar des Ifoghas in Kidal Region) is where that region is; otherwise one place
    must contain the other."""
    if a is None or b is None:
        return True
    registry = places()
    for area, other in ((a, b), (b, a)):
        if registry[area].fields.get("kind") == "area":
            parents = [p for p in (registry[area].fields.get("parent_ids") or "").split("|") if p in registry]
            return not parents or any(compatible_places(p, other) for p in parents)  # the Adrar des Ifoghas lies in Kidal Region, not at Gao
    return a in ancestors(b) or b in ancestors(a)


CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|al|ag|ul|wa|de|du|of|the|bin|ibn)){0,5}\b")


def unmatched_capitalised(text: str, matches: list[NameMatch], skip: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words that no registry name covers (for curators to review)."""
    taken = [(m.start, m.end) for m in matches]
    out = []
    for m in CAPITALISED_RUN.finditer(text):
        start, end = m.span()
        words = m.group().split()
        while words and words[-1].casefold() in {"al", "ag", "ul", "wa", "de", "du", "of", "the", "bin", "ibn"}:
            end -= len(words.pop()) + 1
        opening = not text[:start].strip(" \t\n\"“‘'«([—–-")  # '"No soldier has been taken …': a sentence's first word
        if not words or (opening and len(words) == 1) or all(w.casefold() in skip for w in words):
            continue
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        out.append((start, start + len(" ".join(words)) if len(words) == len(m.group().split()) else end))
    return out
