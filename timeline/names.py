"""Finding the registry's actors and places in text, whatever the case, accents or punctuation.

Why: reporters write "Tinzaouatene", "Tin Zaouatene" and "Tinzaouaten"; "Mali’s army" and
"Malian army"; "al-Qaeda" and "al Qaeda". Names are matched on a normalised copy of the text
that keeps one character per original character, so every match maps straight back to raw
offsets. The registries are curated data (resources/actors.csv, resources/places.csv).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

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


def fold(text: str) -> str:
    """The text normalised for matching, exactly as long as the original."""
    return "".join(_fold_char(ch) for ch in text)


def _alias_pattern(alias: str) -> str | None:
    tokens = fold(alias).split()
    if not tokens:
        return None
    return r"\s+".join(re.escape(t) for t in tokens)


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
    """Leftmost-longest matching of every name of a set of registry entries."""

    def __init__(self, entries: list[Entry]) -> None:
        by_pattern: dict[str, list[tuple[str, str]]] = {}
        for entry in entries:
            for name in entry.names:
                pattern = _alias_pattern(name)
                targets = by_pattern.setdefault(pattern, []) if pattern else []
                if pattern and (entry.kind, entry.id) not in targets:
                    targets.append((entry.kind, entry.id))
        ordered = sorted(by_pattern, key=len, reverse=True)
        self._targets = [by_pattern[p] for p in ordered]
        self._regex = re.compile(
            r"(?<![a-z0-9])(?:" + "|".join(f"({p})" for p in ordered) + r")(?![a-z0-9])"
        ) if ordered else None

    def find(self, text: str) -> list[NameMatch]:
        """Every name in ``text``, with its raw span (invisible characters inside it included)."""
        if self._regex is None:
            return []
        folded, raw_at = visible(fold(text))
        out = []
        for m in self._regex.finditer(folded):
            start, end = raw_at[m.start()], raw_at[m.end() - 1] + 1
            for kind, id_ in self._targets[m.lastindex - 1]:  # "Algeria": the state and the country
                out.append(NameMatch(start, end, kind, id_))
        return out


def visible(text: str) -> tuple[str, list[int] | range]:
    """``text`` without its invisible characters, and the raw offset of each character kept."""
    if INVISIBLE.isdisjoint(text):
        return text, range(len(text))
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    return "".join(text[i] for i in kept), kept


@cache
def matcher() -> Matcher:
    """One matcher over actors and places: the longest name wins; a name both an actor and a
    place have ("Algeria") gives both."""
    return Matcher([*actors().values(), *places().values()])


def ancestors(place_id: str) -> set[str]:
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
    return seen


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


def compatible_places(a: str | None, b: str | None) -> bool:
    """Unknown is compatible with anything, and so is a loose area ("the Sahel"); otherwise one
    place must contain the other."""
    if a is None or b is None:
        return True
    registry = places()
    if registry[a].fields.get("kind") == "area" or registry[b].fields.get("kind") == "area":
        return True
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
        if not words or (start == 0 and len(words) == 1) or all(w.casefold() in skip for w in words):
            continue
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        out.append((start, start + len(" ".join(words)) if len(words) == len(m.group().split()) else end))
    return out
