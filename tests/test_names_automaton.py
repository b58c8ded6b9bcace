"""The Aho–Corasick matcher finds exactly what the plain regular expression it replaced found.

Why: the automaton is an optimisation, not a change of meaning. The reference below is the
matcher as it was (one alternation of every alias, longest first, on word boundaries, any run of
whitespace between tokens); both must agree on the articles we hold (conftest.articles_we_hold) and on made-up text that
mixes names with punctuation, accents, wrapped lines and invisible characters.
"""

from __future__ import annotations

import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import articles_we_hold
from timeline.article_map import default_jobs
from timeline.names import Entry, Matcher, actors, fold, matcher, places, visible



class ReferenceMatcher:
    """The regular-expression matcher the automaton replaced, kept as the oracle."""

    def __init__(self, entries: list[Entry]) -> None:
        by_pattern: dict[str, list[tuple[str, str]]] = {}
        for entry in entries:
            for name in entry.names:
                tokens = fold(name).split()
                pattern = r"\s+".join(re.escape(t) for t in tokens) if tokens else None
                targets = by_pattern.setdefault(pattern, []) if pattern else []
                if pattern and (entry.kind, entry.id) not in targets:
                    targets.append((entry.kind, entry.id))
        ordered = sorted(by_pattern, key=len, reverse=True)
        self._targets = [by_pattern[p] for p in ordered]
        self._regex = re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"({p})" for p in ordered) + r")(?![a-z0-9])")

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        folded, raw_at = visible(fold(text))
        out = []
        for m in self._regex.finditer(folded):
            start, end = raw_at[m.start()], raw_at[m.end() - 1] + 1
            out.extend((start, end, kind, id_) for kind, id_ in self._targets[m.lastindex - 1])
        return out


_REFERENCE: list[ReferenceMatcher] = []


def reference() -> ReferenceMatcher:
    if not _REFERENCE:
        _REFERENCE.append(ReferenceMatcher([*actors().values(), *places().values()]))
    return _REFERENCE[0]


def automaton(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.kind, m.id) for m in matcher().find(text)]


def _differences(paths: list[Path]) -> tuple[int, list[str]]:
    """The paragraphs of these files checked, and those where the two matchers disagree."""
    checked, differ = 0, []
    for path in paths:
        for chunk in path.read_text(encoding="utf-8", errors="replace").split("\n\n"):
            if automaton(chunk) != reference().find(chunk):
                differ.append(f"{path.name}: {chunk[:80]!r}")
            checked += 1
    return checked, differ


def test_same_matches_on_every_article_we_hold():
    files = articles_we_hold()
    assert len(files) > 60
    jobs = default_jobs()  # the slow reference runs in a pool of the machine's cores
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_differences, [files[i::jobs * 4] for i in range(jobs * 4)]))
    assert sum(n for n, _ in results) > 500
    assert [d for _, found in results for d in found] == []


ALIASES = sorted({name for entry in [*actors().values(), *places().values()] for name in entry.names})
GLUE = st.sampled_from([" ", "  ", "\n", " -", "-", "’s ", ", ", "(", ")", "x", "9", "é", "\u200b", "\xa0", "\t", ". "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ALIASES), GLUE, st.text(alphabet="aeiklmnrstAKT \u200b-", max_size=6)), max_size=12))
def test_same_matches_on_names_in_any_surroundings(parts):
    text = "".join(parts)
    assert automaton(text) == reference().find(text)


def test_an_empty_registry_finds_nothing():
    assert Matcher([]).find("Kidal") == []
