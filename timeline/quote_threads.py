"""Who speaks inside a quotation that runs on after its attribution: '"Nobody doubts who killed
him," the general told AFP. "My men found his body. He died with about 30 of his fighters around
him."' The second quotation, and every sentence of it, is still the general's.

Why: wire copy attributes a quotation once, at its first break, and lets the speaker go on for
several sentences; a figure there is the speaker's, not the article's. The thread ends with the
paragraph or where the quotation closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.claim_discourse import Speaker

OPENERS = "\"“"
MARKS = "\"“”"


def opens_quote(text: str) -> bool:
    """A sentence that begins a quotation it does not close: the speaker comes after, or before."""
    return text.lstrip()[:1] in OPENERS and sum(text.count(q) for q in MARKS) % 2 == 1


@dataclass
class QuoteThread:
    """The speaker of the quotation open in this paragraph, sentence by sentence."""

    paragraph: int = -1
    speaker: Speaker | None = None
    last: Speaker | None = None  # who spoke in the sentence before, if it quoted them
    was_open: bool = False
    opened: bool = False
    inside: bool = False  # a quotation of any speaker's, attributed or not, is open as the sentence starts

    def enter(self, text: str, paragraph: int) -> Speaker | None:
        """Before a sentence's figures: the speaker its words are quoted from, if any."""
        if paragraph != self.paragraph:
            last = self.last if paragraph == self.paragraph + 1 else None  # '…," she said.¶"That leaves four missing': a new paragraph's quotation, unattributed, is still hers
            self.paragraph, self.speaker, self.last, self.was_open, self.inside = paragraph, None, last, False, False
        self.opened = not self.was_open and self.last is not None and opens_quote(text)
        if self.opened:
            self.speaker = self.last  # '…," the general said. "My men found his body.'
        return self.speaker if self.was_open or self.opened else None

    def leave(self, text: str, spoke: Speaker | None) -> None:
        """After the sentence: whether the quotation is still open, and who spoke in it."""
        odd = sum(text.count(q) for q in MARKS) % 2 == 1
        self.was_open = (self.was_open and not odd) or self.opened
        self.inside = self.inside != odd
        if not self.was_open:
            self.speaker = None
        self.last = spoke if spoke is not None and any(q in text for q in MARKS) else None
