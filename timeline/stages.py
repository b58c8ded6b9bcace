"""Progress bars and timings for the stages of a build.

Why: a build of thousands of articles that prints nothing for a minute looks hung. Each stage
gets a bar on stderr when stderr is a terminal and the build is more than a few articles (never
in a pipe, a log or with ``--quiet``), and every stage's seconds are kept for ``--timings``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm

FEW_ARTICLES = 20  # builds this small finish before a bar would help


class Stages:
    """Times each stage of a build and, when asked, draws its progress bar."""

    def __init__(self, bars: bool = False) -> None:
        self.bars = bars
        self.articles: int | None = None  # set once the corpus is read: few articles, no bars
        self.seconds: dict[str, float] = {}
        self.notes: dict[str, str] = {}

    @classmethod
    def on_terminal(cls, quiet: bool = False) -> Stages:
        """Bars only on a terminal, and not when quiet."""
        return cls(bars=not quiet and sys.stderr.isatty())

    def _drawn(self) -> bool:
        return self.bars and (self.articles is None or self.articles > FEW_ARTICLES)

    @contextmanager
    def stage(self, name: str, total: int | None = None, unit: str = "it") -> Iterator[Callable[[int], None]]:
        """Time ``name``; the body calls the yielded function to advance its bar."""
        bar = tqdm(total=total, desc=name, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True) if self._drawn() else None
        started = time.perf_counter()
        try:
            yield (bar.update if bar is not None else _ignore)
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
            if bar is not None:
                bar.close()

    def note(self, name: str, text: str) -> None:
        self.notes[name] = text

    def summary(self) -> str:
        """One line: each stage's seconds (and note), then the total."""
        parts = [f"{name} {secs:.2f} s" + (f" ({self.notes[name]})" if name in self.notes else "") for name, secs in self.seconds.items()]
        return "timings: " + " · ".join(parts) + f" · total {sum(self.seconds.values()):.2f} s"


def _ignore(_: int = 1) -> None:
    return None
