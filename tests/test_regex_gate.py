"""The prefix gate skips only trigger patterns that cannot match: triggers found are the same;
a pattern gated alone (GatedPattern) and a word list built as a trie (alternation) match what the
pattern and the flat list match.

Why: the gate and the tries (timeline/regex_gate.py) are optimisations of the map; they must
never lose or change a match. Checked on the articles we hold (conftest.articles_we_hold) and
on made-up text of trigger words in odd case, spacing and punctuation.
"""

from __future__ import annotations

import re
from concurrent.futures import ProcessPoolExecutor
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline import event_lexicon
from conftest import articles_we_hold
from timeline.article_map import default_jobs
from timeline.event_lexicon import _triggers, find_triggers
from timeline.regex_gate import GatedPattern, PrefixGate, alternation, flat_alternation, literal_prefixes



class Open:
    """No gate: every pattern runs over the whole text."""

    always = frozenset(order for _, _, order in _triggers())

    def matches(self, patterns, text):
        return ((key, m) for key, pattern in enumerate(patterns) for m in pattern.finditer(text))


def both(text: str) -> tuple[tuple, tuple]:
    gated = find_triggers(text, True), find_triggers(text, False)
    with patch.object(event_lexicon, "trigger_gate", lambda: Open()):
        ungated = find_triggers(text, True), find_triggers(text, False)
    return gated, ungated


def _compared(lines: list[str]) -> tuple[int, list[str]]:
    """Triggers found in these lines, and the lines where the gate changes what is found."""
    found, differ = 0, []
    for line in lines:
        gated, ungated = both(line)
        found += len(gated[0])
        if gated != ungated:
            differ.append(line[:80])
    return found, differ


def test_same_triggers_on_every_article_we_hold():
    files = articles_we_hold()
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) > 1000
    jobs = default_jobs()  # the ungated lexicon is slow: a pool of the machine's cores
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_compared, [lines[i::jobs * 4] for i in range(jobs * 4)]))
    assert [d for _, found in results for d in found] == []
    assert sum(n for n, _ in results) > 500


WORDS = ["killed", "KILLED", "ambushed", "Seized power", "coup", "d’état", "ousted", "were\nousted", "drone strike",
         "shelled", "arrested", "sworn in", "talks", "withdrew", "massacre", "protest", "the", "army", "Kidal", "attack", "IED"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", "-", ", ", "\u200b", ".", "\u00a0", "\t", "ß", "İ", "ﬁ", "é"])), max_size=14))
def test_same_triggers_on_trigger_words_in_any_surroundings(parts):
    gated, ungated = both("".join(parts))
    assert gated == ungated


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"ambush(?:ed|es)?", {"ambus"}),
        (r"(?:was|were)\s+killed", {"was k", "were "}),  # white space as one space
        (r"coups?|putsch", {"coup", "putsc"}),
        (r"\w+ed", None),  # may start with anything: always runs
        (r"(?:the )?army", {"the a", "army"}),  # with the optional start and without it
        (r"[a-z]+ed", None),  # a class: always runs
        (r"at", None),  # too short to be worth a gate
    ],
)
def test_literal_prefixes(pattern, expected):
    assert literal_prefixes(pattern) == expected


def test_a_gate_lets_through_only_patterns_whose_prefix_occurs():
    gate = PrefixGate([(0, r"ambush(?:ed)?"), (1, r"\w+ed"), (2, r"shell(?:ed|ing)")])
    assert gate.possible("Gunmen AMBUSHED a convoy") == {0, 1}
    assert gate.possible("nothing here") == {1}


def test_every_trigger_pattern_is_gated_by_a_literal_prefix():
    """A trigger with no literal prefix runs its regular expression on every sentence of every
    article (two such patterns cost a tenth of the per-article map)."""
    from timeline.event_lexicon import trigger_gate

    assert trigger_gate().always == frozenset()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aklied KILLED-\u00a0\t\nßİﬁé.")), max_size=40))
@example("KİLL")  # "İ" folds to two characters, but IGNORECASE matches it as "i"
def test_a_pattern_tried_only_where_its_prefixes_are_finds_what_finditer_finds(text):
    pattern = re.compile(r"(?<![\w-])(?:kill(?:ed|s)?|ﬁe\s+led)(?![\w-])", re.IGNORECASE)
    gate = PrefixGate([(0, pattern.pattern)])
    assert 0 not in gate.always
    found = [m.span() for _, m in gate.matches([pattern], text)]
    assert found == [m.span() for m in pattern.finditer(text)]


LETTERS = list("abkKlLmMİiıſsSK.- ")  # letters that match each other when case is ignored (K, the Kelvin sign, k; ſ and s; İ, i, ı), punctuation, spaces


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=6), min_size=1, max_size=12),
    st.text(alphabet=st.sampled_from([*LETTERS, "\n", "x"]), max_size=40),
    st.booleans(),
)
@example(["kill", "killed", "killing", "MP", "military"], "the military killed an MP", True)
@example(["a b", "a bc", "a"], "a  bc a b x a x", False)
@example(["Mxyz", "Ma", "mab"], "mab", True)  # "Ma" and "mab" part on letters equal but for case: the longer must still win
def test_a_trie_alternation_matches_what_the_flat_list_matches(words, text, ignore_case):
    """alternation() builds a trie ("kill(?:ing|ed)?"); it must find the same matches as the flat
    list, longest first, alone, between word boundaries, and followed by more pattern (so that
    backtracking into a shorter word is tried in the same order)."""
    flags = re.IGNORECASE if ignore_case else 0
    flat = flat_alternation(sorted(dict.fromkeys(words), key=len, reverse=True))
    trie = alternation(words)
    for shape in ("(?:{})", r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})\s*x", r"(?P<w>{})(?:\s+(?:{}))?"):
        expected = [(m.span(), m.groups()) for m in re.finditer(shape.format(flat, flat), text, flags)]
        assert [(m.span(), m.groups()) for m in re.finditer(shape.format(trie, trie), text, flags)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aklied KILLED-\u00a0\t\nßİﬁé.s")), max_size=40), st.integers(0, 45), st.integers(0, 45))
@example("was killed, killed", 4, 18)
@example("killed kills", 7, 12)  # a match that begins at pos
def test_a_gated_pattern_finds_what_the_pattern_finds(text, pos, endpos):
    """GatedPattern tries only the offsets where a prefix begins; search (with pos and endpos)
    and finditer must give what the pattern itself gives, look-behinds included."""
    pattern = re.compile(r"(?<![\w-])(?:(?<!was\s)kill(?:ed|s)?|(?<=s\s)led|ﬁe\s+led)(?![\w-])", re.IGNORECASE)
    gated = GatedPattern(pattern)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    found, expected = gated.search(text, pos, endpos), pattern.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    assert (gated.search(text) and gated.search(text).span()) == (pattern.search(text) and pattern.search(text).span())
