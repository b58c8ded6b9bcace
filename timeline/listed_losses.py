"""Equipment counted in a list whose verb of loss stands before its first item or after its last.

Why: "seized weapons, 14 motorcycles and four pickup trucks" and "Nine motorcycles, 12 assault
rifles and a satellite telephone were seized": each item's clause holds no verb of its own, the
list's verb tells they were lost. Split from timeline/claim_quantities.py; ``pats`` are its
figure patterns (timeline/claim_figures.py).
"""

from __future__ import annotations

import re

LIST_ITEMS = re.compile(r"(?:\s+[\w’'-]+){1,4}\s*,(?:(?:\s+[\w’'-]+){1,4}\s*,)?\s*$")


def listed_after_loss(text: str, lo: int, pats: dict) -> bool:
    """"seized weapons, 14 motorcycles and four pickup trucks": a figure in a list whose verb of
    loss comes before the list's first comma."""
    back = max(0, lo - 80)
    verbs = list(pats["q:equipment_lost"].finditer(text, back, lo))
    return bool(verbs) and LIST_ITEMS.fullmatch(text, verbs[-1].end(), lo) is not None


ITEM = r"(?:\s+(?!(?:and|that|which|who|they|he|she|it|the)\b)[\w’'-]+){1,4}"
LIST_TAIL = re.compile(rf",{ITEM}(?:\s*,{ITEM})*\s*,?\s+and{ITEM}\s+(?:were|was|had\s+been|have\s+been)\s+")


def listed_before_loss(text: str, hi: int, pats: dict) -> bool:
    """"Nine motorcycles, 12 assault rifles and a satellite telephone were seized": a figure in a
    list whose verb of loss comes after the list's last item."""
    tail = LIST_TAIL.match(text, hi)
    return tail is not None and pats["q:equipment_lost"].match(text, tail.end()) is not None
