"""A gate before many regular expressions: run only those whose first literal letters occur.

Why: the trigger lexicon is dozens of patterns, each an alternation of words, and running every
one over every sentence was a fifth of the per-article map. Every match of a pattern starts with
one of a few literal prefixes ("kill", "ambush", "seize"); one Aho–Corasick pass over the
case-folded sentence (each run of white space as one space) tells which prefixes occur, and so which patterns can match at all. The
gate only skips patterns that cannot match, so results are those of running them all
(tests/test_regex_gate.py). A pattern whose prefixes cannot be read (it may start with any
letter) always runs. The same gate serves one long pattern alone (``GatedPattern``: tried only
where its prefixes begin), and word lists become tries (``alternation``), both for the same
reason: the re module tries a list's alternatives one by one at every place of a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # noqa: PLC2701 - the parser's opcodes, stable across 3.11+
from re import _parser as sre_parse  # noqa: PLC2701

import ahocorasick

def alternation(words) -> str:
    """A regex alternation of word lists that tries the longest word first, each word escaped; a
    space matches any run of white space (hard-wrapped copy breaks lines between any two words).

    Why a trie ("kill(?:ed|ing)?" for "killed|killing|kill"): the re module tries the
    alternatives of a flat list one by one at every word of every sentence, and lists of hundreds
    of words made them a large share of the map. A trie matches exactly what the flat list
    matches, longest first (the words that match at one place are prefixes of one another, and a
    trie tries the longer ones first); where words part on letters that match each other when
    case is ignored ("MP", "military"), the words past that point stay a flat list, longest
    first, as before (tests/test_regex_gate.py compares the two)."""
    return _alternation(tuple(words))


@lru_cache(maxsize=4096)
def _alternation(words: tuple[str, ...]) -> str:
    """``alternation`` kept per word list: some rules build their pattern for every sentence."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    if not ordered or "" in ordered:
        return flat_alternation(ordered)
    return _trie_branch(ordered)[0]


def flat_alternation(words: list[str]) -> str:
    """The words as one flat alternation, in the given order (longest first, from ``alternation``)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _trie_branch(words: list[str]) -> tuple[str, bool]:
    """The alternation of ``words`` (non-empty, longest first; "" may be among them) as a trie,
    and whether it is a choice at its top (and so needs a group to be followed by more)."""
    groups: list[list[str]] = []  # words by first letter, letters that match each other ignoring case in one group
    for w in (w for w in words if w):
        group = next((g for g in groups if _same_letter(g[0][0], w[0])), None)
        if group is None:
            groups.append([w])
        else:
            group.append(w)
    parts = []
    for group in groups:
        if len({w[0] for w in group}) > 1:
            parts.append((flat_alternation(group), len(group) > 1))  # "MP", "military": past a clash of cases, the flat list
            continue
        rest = [w[1:] for w in group]
        tail, choice = _trie_branch(rest) if rest != [""] else ("", False)
        parts.append((flat_alternation([group[0][0]]) + (f"(?:{tail})" if choice else tail), False))
    body = "|".join(p for p, _ in parts)
    choice = len(parts) > 1 or parts[0][1]
    if "" not in words:
        return body, choice
    return (f"{body}?" if len(body) == 1 else f"(?:{body})?"), False


def _same_letter(a: str, b: str) -> bool:
    """Whether two letters can match the same character of a text (case ignored, or both white
    space, which a space in a word stands for)."""
    return a == b or re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None or re.fullmatch(re.escape(b), a, re.IGNORECASE) is not None or (a.isspace() and b.isspace())


MIN_PREFIX = 3  # shorter prefixes occur in almost every sentence: no use as a gate
MAX_PREFIX = 5
MAX_PREFIXES = 400  # past this, a pattern's prefixes are not worth enumerating
ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)

Prefixes = list[tuple[str, bool]]  # (literal prefix, whether it covers all that was read so far)


def _alternatives(op, av) -> Prefixes | None:
    """What one parsed item can start with; None when it is not a short literal choice."""
    if op is sre.LITERAL:
        return [(chr(av), True)]
    if op is sre.BRANCH:
        out: Prefixes = []
        for branch in av[1]:
            found = _expand(list(branch))
            if found is None:
                return None
            out.extend(found)
        return out
    if op is sre.SUBPATTERN:
        return _expand(list(av[-1]))
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av) and len(av) <= 4:
        return [(chr(v), True) for _, v in av]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        if low >= 1 and list(body) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]:
            return [(" ", True)]  # "\s+": one space in the squeezed text
        if low == 0 and high == 1:  # "(?:the )?": with it or without it
            inner = _expand(list(body))
            return None if inner is None else [*inner, ("", True)]
    return None


def _zero_width(op, av) -> bool:
    """A lookaround, an anchor, or a group of alternatives that are all lookarounds
    ("(?:(?<=two )|(?<=three ))": lookbehinds of different widths)."""
    if op in ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[-1])
    if op is sre.BRANCH:
        return all(branch and all(_zero_width(o, a) for o, a in branch) for branch in av[1])
    return False


def _expand(items: list) -> Prefixes | None:
    """Literal prefixes covering every match of a sequence of parsed items (None: unknown)."""
    current: Prefixes = [("", True)]
    for op, av in items:
        if _zero_width(op, av):
            continue
        if all(not whole or len(p) >= MAX_PREFIX for p, whole in current):
            break
        alternatives = _alternatives(op, av)
        if alternatives is None:
            current = [(p, False) for p, _ in current]
            break
        current = [(p + q, whole2) if whole else (p, False) for p, whole in current for q, whole2 in (alternatives if whole else [("", False)])]
        current = list(dict.fromkeys(current))
        if len(current) > MAX_PREFIXES:
            return None
    if any(p == "" for p, _ in current):
        return None
    return current


def literal_prefixes(pattern: str) -> set[str] | None:
    """Case-folded literal prefixes one of which begins every match of ``pattern`` (compiled
    case-insensitively), or None when some match may begin otherwise."""
    found = _expand(list(sre_parse.parse(pattern, re.IGNORECASE)))
    if found is None:
        return None
    prefixes = {p.casefold()[:MAX_PREFIX] for p, _ in found}
    if any(len(p) < MIN_PREFIX for p in prefixes):
        return None
    kept: set[str] = set()
    for p in sorted(prefixes, key=len):  # "coup" makes "coups" redundant
        if not any(p.startswith(q) for q in kept):
            kept.add(p)
    return kept


class PrefixGate:
    """Tells which of a set of patterns (by key) can match a text."""

    def __init__(self, patterns: list[tuple[int, str]]) -> None:
        self.always: frozenset[int] = frozenset(key for key, p in patterns if literal_prefixes(p) is None)
        self._automaton = ahocorasick.Automaton()
        owners: dict[str, set[int]] = {}
        for key, pattern in patterns:
            for prefix in literal_prefixes(pattern) or ():
                owners.setdefault(prefix, set()).add(key)
        for prefix, keys in owners.items():
            self._automaton.add_word(prefix, (len(prefix), tuple(sorted(keys))))
        self._empty = not owners
        if not self._empty:
            self._automaton.make_automaton()

    def possible(self, text: str) -> set[int]:
        """The keys of the patterns that may match ``text``."""
        found = set(self.always)
        if not self._empty:
            for _, (_, keys) in self._automaton.iter(_SPACES.sub(" ", _casefold(text))):
                found.update(keys)
        return found

    def starts(self, text: str) -> dict[int, list[int]]:
        """Where in ``text`` each gated pattern may begin a match (key → sorted offsets): a match
        can only begin where one of its pattern's prefixes does, so trying those offsets alone
        finds every match (patterns in ``always`` must still be run over the whole text)."""
        where: dict[int, set[int]] = {}
        if not self._empty:
            folded, origin = _folded(text)
            for end, (length, keys) in self._automaton.iter(folded):
                start = origin[end + 1 - length]
                for key in keys:
                    where.setdefault(key, set()).add(start)
        return {key: sorted(offsets) for key, offsets in where.items()}

    def matches(self, patterns: list[re.Pattern], text: str):
        """(key, match) for every match of every pattern, key by key, each pattern's matches as
        its ``finditer`` gives them, a gated pattern tried only where it may begin (one pass for
        all patterns: a generator per pattern cost more than most of the matching)."""
        starts = self.starts(text)
        for key in sorted(self.always.union(starts)):
            pattern = patterns[key]
            if key in self.always:
                yield from ((key, m) for m in pattern.finditer(text))
                continue
            end = 0
            for start in starts[key]:
                if start >= end and (m := pattern.match(text, start)):
                    yield key, m
                    end = max(m.end(), start + 1)


_SPACES = re.compile(r"\s+")
_AS_RE_FOLDS = str.maketrans({"\u0130": "i"})  # "İ" folds to "i" and a dot above, but the re module's IGNORECASE matches it as "i"


def _casefold(text: str) -> str:
    """Case folding as the re module's IGNORECASE compares letters."""
    return text.translate(_AS_RE_FOLDS).casefold()
_ODD_SPACES = re.compile(r"\s{2,}|[^\S ]")


@lru_cache(maxsize=256)
def _folded(text: str) -> tuple[str, list[int] | range]:
    """``text`` case-folded with each run of white space as one space (what the prefixes are
    read against, as in ``possible``), and the offset in ``text`` of each character of it (kept
    per text: every gated pattern asks it of the same sentence; the offsets are only read)."""
    folded = _casefold(text)
    if len(folded) == len(text):  # each character folds to one ("ß" to two): only runs of white space move offsets
        runs = [m.span() for m in _ODD_SPACES.finditer(text)]
        if not runs:
            return folded, range(len(text))
        origin: list[int] = []
        at = 0
        for start, end in runs:
            origin += range(at, start + 1)
            at = end
        origin += range(at, len(text))
        return _SPACES.sub(" ", folded), origin
    out: list[str] = []
    origin = []
    for m in re.finditer(r"\s+|\S+", text):
        if m.group()[0].isspace():
            out.append(" ")
            origin.append(m.start())
            continue
        for i, ch in enumerate(m.group(), m.start()):
            one = _casefold(ch)
            out.append(one)
            origin.extend([i] * len(one))
    return "".join(out), origin


class GatedPattern:
    """A pattern whose ``finditer`` and ``search`` try only the offsets where one of its literal
    prefixes begins (the same matches as the pattern's own; a pattern without readable prefixes
    runs as it is). Why: a long list of hand-written alternatives behind look-behinds ("claimed"
    verbs) is tried at every place of every sentence, and most places hold none of its words."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.re = pattern
        self._gate = PrefixGate([(0, pattern.pattern)])

    def finditer(self, text: str):
        return (m for _, m in self._gate.matches([self.re], text))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if self._gate.always:
            return self.re.search(text, pos, len(text) if endpos is None else endpos)
        end = len(text) if endpos is None else endpos
        for start in self._gate.starts(text).get(0, ()):
            if pos <= start < end and (m := self.re.match(text, start, end)):
                return m
        return None


class PatternSet:
    """A list of patterns asked together ("does any match?"), behind a prefix gate."""

    def __init__(self, patterns: list[re.Pattern]) -> None:
        self.patterns = patterns
        self._gate = PrefixGate([(i, p.pattern) for i, p in enumerate(patterns)])

    def search_any(self, text: str) -> re.Match | None:
        """The match of the first pattern (in list order) that matches ``text``, if any."""
        for i in sorted(self._gate.possible(text)):
            if m := self.patterns[i].search(text):
                return m
        return None
