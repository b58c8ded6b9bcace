"""Scoring a date tagger against a labelled set: precision, recall and exact-value accuracy.

Why: the tests hold our tagger to its targets and ``bench/dates.py`` compares it with other
taggers on the same set; both must count the same way, so the counting lives here once.

A labelled set is a CSV with one row per expected expression (see tests/data/timexes_gold.csv):
``case, published, sentence, text, kind, start, end, precision, approximate, duration, edtf,
tense, note``; a case whose only row has an empty ``text`` expects no expression at all.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.dates import Timex, tag


@dataclass
class Case:
    case: str
    published: date
    sentence: str
    expected: list[Timex] = field(default_factory=list)  # what the tagger should return


@dataclass
class Score:
    predicted: int = 0
    expected: int = 0
    matched: int = 0  # one-to-one pairs of overlapping spans
    exact_span: int = 0  # of the matched pairs, same span
    exact_value: int = 0  # of the matched pairs, same kind and value
    exact_record: int = 0  # of those, also the same precision, hedge, EDTF and tense
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def value_accuracy(self) -> float:
        """Exact-value accuracy: expected expressions found with the right kind and value."""
        return self.exact_value / self.expected if self.expected else 1.0

    @property
    def record_accuracy(self) -> float:
        """Expected expressions found with every labelled field right."""
        return self.exact_record / self.expected if self.expected else 1.0


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def load_cases(path: Path) -> list[Case]:
    """The labelled set, grouped by case, each expectation located in its sentence."""
    cases: dict[str, Case] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            case = cases.setdefault(row["case"], Case(row["case"], date.fromisoformat(row["published"]), row["sentence"]))
            if not row["text"]:
                continue
            at = case.sentence.find(row["text"])
            if at < 0 or case.sentence.find(row["text"], at + 1) >= 0:
                raise ValueError(f"{path}: case {row['case']}: {row['text']!r} must occur exactly once in its sentence")
            case.expected.append(
                Timex(
                    at, at + len(row["text"]), row["text"], row["kind"], _date(row["start"]), _date(row["end"]),
                    row["precision"] or None, row["approximate"] == "true", row["edtf"] or None, row["duration"] or None,
                    anchor="", tense="future" if row["tense"] == "future" else "past",  # the sets do not label anchors
                )
            )
    return list(cases.values())


def _value_matches(found: Timex, exp: Timex) -> bool:
    if exp.kind == "duration":
        return found.kind == "duration" and found.duration == exp.duration
    return found.kind == exp.kind and found.start == exp.start and found.end == exp.end


def score(cases: list[Case], tagger: Callable[[str, date], list[Timex]]) -> Score:
    """Run a tagger over every case and count matches (spans pair one-to-one when they overlap)."""
    result = Score()
    for case in cases:
        found = tagger(case.sentence, case.published)
        result.predicted += len(found)
        result.expected += len(case.expected)
        unused = list(found)
        for exp in case.expected:
            partner = next((f for f in unused if f.char_start < exp.char_end and exp.char_start < f.char_end), None)
            if partner is None:
                result.errors.append(f"case {case.case}: missed {exp.text!r} in {case.sentence!r}")
                continue
            unused.remove(partner)
            result.matched += 1
            result.exact_span += (partner.char_start, partner.char_end) == (exp.char_start, exp.char_end)
            if _value_matches(partner, exp):
                result.exact_value += 1
                details = (partner.precision, partner.approximate, partner.edtf, partner.tense)
                if details == (exp.precision, exp.approximate, exp.edtf, exp.tense):
                    result.exact_record += 1
                else:
                    result.errors.append(f"case {case.case}: {exp.text!r} details {details}, expected {(exp.precision, exp.approximate, exp.edtf, exp.tense)}")
            else:
                got = partner.duration if partner.kind == "duration" else f"{partner.kind} {partner.start}..{partner.end}"
                want = exp.duration if exp.kind == "duration" else f"{exp.kind} {exp.start}..{exp.end}"
                result.errors.append(f"case {case.case}: {exp.text!r} (published {case.published}) gave {got}, expected {want}")
        for f in unused:
            result.errors.append(f"case {case.case}: spurious {case.sentence[f.char_start:f.char_end]!r} in {case.sentence!r}")
    return result


def timeline_tagger(sentence: str, published: date) -> list[Timex]:
    """Our tagger, as the scorer calls a tagger."""
    return tag(sentence, published)
