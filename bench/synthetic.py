"""A synthetic corpus: the repository's own articles told again and again, moved in time and place.

Why: a build over a thousand articles must never fail its own validation; a failure must mean
bad input or a bug. Five seed articles cannot show that, so this writes a corpus folder of any
size from the articles we have (data/raw, tests/fixtures/corpus, tests/fixtures/devcorpus_a and
_b and, when present, ../shared/devset), deterministically from a seed:

- an *episode* is a family of template articles (those of one folder published within 30 days
  of each other, i.e. one story), or a random part of it, moved as a whole to a random month
  between 2012 and 2025; its articles keep their spacing, so linking sees several tellings of one
  story, and, with ~400 episodes over 14 years and a few dozen places, many stories that overlap;
- full dates ("14 November 2023", "August 1, 2024") and month names move with the episode, bare
  years move with the article's publication year, and a weekday written next to a full date is
  the new date's own weekday; other weekdays are permuted per episode;
- towns and regions of Mali in the place registry (resources/places.csv) are swapped for others
  of the same kind, the same swap for a whole episode;
- figures and number words ("two" … "twelve") change: mostly per episode (the same claim told by
  several articles), sometimes per article (a different telling).

Nothing here knows any article: every rule reads the date lexicon (resources/dates_en.toml) or
the place registry. ``python bench/synthetic.py OUT --articles 1000 --seed 1`` writes the folder
OUT (sources.csv and raw/*.txt); ``timeline build --raw OUT --out X`` builds it.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from timeline import names
from timeline.corpus import load_corpus
from timeline.dates import lexicon

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# The repository's own articles: the same templates on every machine (the test uses these).
IN_REPO_FOLDERS = (ROOT / "data" / "raw", FIXTURES / "corpus", FIXTURES / "devcorpus_a", FIXTURES / "devcorpus_b")
# ...and the shared development set, where this checkout has one beside it.
TEMPLATE_FOLDERS = (*IN_REPO_FOLDERS, ROOT.parent / "shared" / "devset")
FIRST_MONTH, LAST_MONTH = 2012 * 12, 2025 * 12 + 11  # publication dates spread over 2012–2025
FAMILY_GAP_DAYS = 30  # articles of one folder this close in time tell one story
FRESH_FIGURE = 0.25  # share of figures an article tells differently from its episode
KEEP_ARTICLE = 0.7  # chance each article of a family is part of an episode
SWAPPED_KINDS = ("town", "region")  # place kinds swapped for one of the same kind
NUMBER_WORD_RANGE = range(2, 13)  # "two" … "twelve": words that are figures; "one"/"a" are not varied
COLUMNS = ["source_id", "file", "outlet", "title", "url", "published", "language"]


@dataclass(frozen=True)
class Template:
    """One article we hold: its words, title, outlet, date and the folder it comes from."""

    source_id: str
    folder: str
    text: str
    title: str
    outlet: str
    published: date


@dataclass
class Episode:
    """What stays the same across the articles of one story: its shift, swaps and figures."""

    months: int
    weekdays: dict[int, int]
    places: dict[str, str]
    figures: dict[str, str] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.Random)


# ---------------------------------------------------------------------------------------------
# Word lists (from the date lexicon and the place registry)


@cache
def _month_names() -> tuple[dict[str, int], list[str], list[str]]:
    """Month words (capitalised) → number, and each month's full name and abbreviation."""
    months = lexicon().months
    full = [max((w for w, n in months.items() if n == i), key=len).capitalize() for i in range(1, 13)]
    short = [min((w for w, n in months.items() if n == i), key=len).capitalize() for i in range(1, 13)]
    return {w.capitalize(): n for w, n in months.items()}, full, short


@cache
def _weekday_names() -> list[str]:
    """Each weekday's full name, Monday first."""
    days = lexicon().weekdays
    return [max((w for w, n in days.items() if n == i), key=len).capitalize() for i in range(7)]


@cache
def _number_words() -> dict[str, int]:
    return {w: n for w, n in lexicon().numbers.items() if " " not in w and n in NUMBER_WORD_RANGE}


@cache
def _swappable_places() -> dict[str, list[str]]:
    """Places of Mali that may stand in for each other, by kind."""
    out: dict[str, list[str]] = {}
    for place_id, entry in names.places().items():
        kind = entry.fields.get("kind")
        if kind in SWAPPED_KINDS and "mali" in names.ancestors(place_id):
            out.setdefault(kind, []).append(place_id)
    return out


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """One scanner for every varied token; earlier alternatives win (full dates before years).
    Month and weekday names count only when capitalised ("may", "march" are words)."""
    month_words, full, _ = _month_names()
    ambiguous = {w.capitalize() for w in lexicon().ambiguous_months}
    month = rf"(?:{_alternation(month_words)})(?![A-Za-z])\.?"
    lone_month = _alternation(m for m in full if m not in ambiguous)
    weekday = _alternation(_weekday_names())
    numbers = _alternation([*_number_words(), *(w.capitalize() for w in _number_words())])
    day = r"\d{1,2}(?:st|nd|rd|th)?"

    def days(n: int) -> str:  # a day, or a range of days ("27 and 31", "25-27")
        return rf"(?P<d{n}>{day})(?:\s*(?:-|–|—|and|to|until)\s*(?P<e{n}>{day}))?"

    wd = rf"(?:(?P<wd>{weekday}),?\s+)?"
    return re.compile(
        rf"\b{wd}(?:{days(1)}\s+(?P<m1>{month}),?\s+(?P<y1>\d{{4}})\b"
        rf"|(?P<m2>{month})\s+{days(2)},?\s+(?P<y2>\d{{4}})\b"
        rf"|{days(4)}\s+(?P<m4>{month})"
        rf"|(?P<m5>{month})\s+{days(5)}\b(?![,.]?\s*\d))"
        rf"|\b(?P<m3>{month}),?\s+(?P<y3>\d{{4}})\b"
        rf"|\b(?P<m6>{lone_month})\b"
        rf"|\b(?P<weekday>{weekday})\b"
        rf"|(?<![\w.,:/-])(?P<year>(?:19|20)\d\d)(?![\w]|[.,:/-]\d)"
        rf"|(?<![\w.,:/-])(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w]|[.,:/-]\d)"
        rf"|\b(?P<word>{numbers})\b"
    )


# ---------------------------------------------------------------------------------------------
# Dates


def shift_month(d: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _month_number(word: str) -> int:
    return _month_names()[0][word.rstrip(".").capitalize()]


def _month_word(original: str, number: int) -> str:
    """The new month written as the old one was: full name or abbreviation."""
    _, full, short = _month_names()
    word = original.rstrip(".")
    is_full = word.capitalize() == full[_month_number(word) - 1]
    return (full if is_full else short)[number - 1]


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _render_date(m: re.Match, new: date, month_group: str) -> str:
    """Rewrite a matched date with its new weekday, day, month and year, keeping its layout."""
    spans = []
    for g, value in m.groupdict().items():
        if value is None:
            continue
        if g == "wd":
            spans.append((m.start(g), m.end(g), _weekday_names()[new.weekday()]))
        elif g == month_group:
            spans.append((m.start(g), m.end(g), _month_word(value, new.month) + ("." if value.endswith(".") else "")))
        elif g[0] == "d":
            spans.append((m.start(g), m.end(g), f"{new.day}{value[len(str(_day_of(value))):]}"))
        elif g[0] == "e":  # the last day of a range: the same day, if the new month has it
            last = min(_day_of(value), calendar.monthrange(new.year, new.month)[1])
            spans.append((m.start(g), m.end(g), f"{last}{value[len(str(_day_of(value))):]}"))
        elif g[0] == "y":
            spans.append((m.start(g), m.end(g), str(new.year)))
    return _apply(m.group(), [(s - m.start(), e - m.start(), t) for s, e, t in spans])


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with non-overlapping spans replaced."""
    out, pos = [], 0
    for start, end, new in sorted(edits):
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _full_date(m: re.Match, episode: Episode, published: date) -> str:
    """A date with day, month and year: moved by the episode's months, weekday recomputed."""
    day_group, month_group, year_group = ("d1", "m1", "y1") if m.group("m1") else ("d2", "m2", "y2")
    old = _safe_date(int(m.group(year_group)), _month_number(m.group(month_group)), _day_of(m.group(day_group)))
    return _render_date(m, shift_month(old, episode.months), month_group)


def _day_month(m: re.Match, episode: Episode, published: date) -> str:
    """A day and month without a year: read in the article's year, moved like a full date."""
    day_group, month_group = ("d4", "m4") if m.group("m4") else ("d5", "m5")
    original_published = shift_month(published, -episode.months)
    old = _safe_date(original_published.year, _month_number(m.group(month_group)), _day_of(m.group(day_group)))
    if old > original_published:
        old = _safe_date(old.year - 1, old.month, old.day)
    return _render_date(m, shift_month(old, episode.months), month_group)


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _month_year(m: re.Match, episode: Episode, published: date) -> str:
    old = date(int(m.group("y3")), _month_number(m.group("m3")), 1)
    new = shift_month(old, episode.months)
    dot = "." if m.group("m3").endswith(".") else ""
    return f"{_month_word(m.group('m3'), new.month)}{dot}{m.string[m.end('m3'):m.start('y3')]}{new.year}"


def _lone_month(m: re.Match, episode: Episode, published: date) -> str:
    number = (_month_number(m.group("m6")) - 1 + episode.months) % 12 + 1
    return _month_word(m.group("m6"), number)


def _year(m: re.Match, episode: Episode, published: date) -> str:
    """A bare year moves with the article's publication year."""
    delta = published.year - shift_month(published, -episode.months).year
    return str(int(m.group("year")) + delta)


def _weekday(m: re.Match, episode: Episode, published: date) -> str:
    names_ = _weekday_names()
    number = names_.index(m.group("weekday").capitalize())
    return _same_case(m.group("weekday"), names_[episode.weekdays[number]])


# ---------------------------------------------------------------------------------------------
# Figures


def vary_figure(value: int, rng: random.Random) -> int:
    """Another plausible figure: between half and twice the old one, never zero, never a year."""
    if value == 0:
        return 0
    low, high = max(1, round(value * 0.5)), max(2, round(value * 2))
    while True:
        new = rng.randint(low, high)
        if not 1900 <= new <= 2099:
            return new


def _figure_for(key: str, episode: Episode, rng: random.Random, make: Callable[[random.Random], str]) -> str:
    """The episode's figure for a token, or, now and then, the article's own."""
    if rng.random() < FRESH_FIGURE:
        return make(rng)
    if key not in episode.figures:
        episode.figures[key] = make(episode.rng)
    return episode.figures[key]


def _number(m: re.Match, episode: Episode, published: date, rng: random.Random) -> str:
    text = m.group("number")
    commas = "," in text

    def make(r: random.Random) -> str:
        new = vary_figure(int(text.replace(",", "")), r)
        return f"{new:,}" if commas and new >= 1000 else str(new)

    return _figure_for(text, episode, rng, make)


def _number_word(m: re.Match, episode: Episode, published: date, rng: random.Random) -> str:
    words = _number_words()
    by_value = {n: w for w, n in words.items()}
    text = m.group("word")

    def make(r: random.Random) -> str:
        return by_value[r.choice(NUMBER_WORD_RANGE)]

    return _same_case(text, _figure_for("word:" + text.lower(), episode, rng, make))


def _same_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new.lower()


# ---------------------------------------------------------------------------------------------
# Rewriting a text


def _token(m: re.Match, episode: Episode, published: date, rng: random.Random) -> str:
    """The replacement of one scanned token, by the alternative that matched it."""
    if m.group("y1") or m.group("y2"):
        return _full_date(m, episode, published)
    if m.group("m4") or m.group("m5"):
        return _day_month(m, episode, published)
    if m.group("number"):
        return _number(m, episode, published, rng)
    if m.group("word"):
        return _number_word(m, episode, published, rng)
    readers = {"m3": _month_year, "m6": _lone_month, "year": _year, "weekday": _weekday}
    for group, reader in readers.items():
        if m.group(group):
            return reader(m, episode, published)
    return m.group()


@cache
def _places_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """Spans of swappable registry places in a text, written with a capital (cached per text:
    matching is the slow part, and a template is retold hundreds of times)."""
    swappable = {p for group in _swappable_places().values() for p in group}
    by_span: dict[tuple[int, int], list] = {}
    for found in names.matcher().find(text):
        by_span.setdefault((found.start, found.end), []).append(found)
    out = []
    for (start, end), found in by_span.items():
        if len(found) != 1 or found[0].kind != "place" or found[0].id not in swappable:
            continue  # a name that is also an actor's stays
        if not any(ch.isupper() for ch in text[start:end]):
            continue  # "the region of …" in lower case is a phrase, not a name
        out.append((start, end, found[0].id))
    return tuple(out)


def _place_edits(text: str, episode: Episode) -> list[tuple[int, int, str]]:
    """Each swappable place replaced by the episode's swap for it."""
    registry = names.places()
    return [(start, end, registry[episode.places[p]].fields["name"]) for start, end, p in _places_in(text)]


def vary(text: str, episode: Episode, published: date, rng: random.Random) -> str:
    """The text retold: dates, weekdays, figures and places changed, everything else kept."""
    edits = [(m.start(), m.end(), _token(m, episode, published, rng)) for m in _pattern().finditer(text)]
    taken = [(s, e) for s, e, _ in edits]
    edits += [e for e in _place_edits(text, episode) if not any(e[0] < b and a < e[1] for a, b in taken)]
    return _apply(text, edits)


# ---------------------------------------------------------------------------------------------
# Templates, families and episodes


def load_templates(folders: tuple[Path, ...] = TEMPLATE_FOLDERS) -> list[Template]:
    """Every article of the template folders that exist, in a fixed order."""
    out = []
    for folder in folders:
        if not (folder / "sources.csv").is_file():
            continue
        for a in load_corpus(folder):
            out.append(Template(a.source_id, folder.name, a.text, a.meta.get("title") or "", a.meta.get("outlet") or "", a.published))
    return out


def families(templates: list[Template]) -> list[list[Template]]:
    """Articles of one folder published close together: the tellings of one story."""
    out: list[list[Template]] = []
    for folder in dict.fromkeys(t.folder for t in templates):
        ordered = sorted((t for t in templates if t.folder == folder), key=lambda t: (t.published, t.source_id))
        for t in ordered:
            if out and out[-1][0].folder == folder and (t.published - out[-1][-1].published).days <= FAMILY_GAP_DAYS:
                out[-1].append(t)
            else:
                out.append([t])
    return out


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def new_episode(family: list[Template], rng: random.Random) -> Episode:
    """A random month for the family's first article (the last stays within 2012–2025), a
    weekday permutation and a swap for every swappable place."""
    span = _month_index(family[-1].published) - _month_index(family[0].published)
    target = rng.randint(FIRST_MONTH, LAST_MONTH - span)
    weekdays = list(range(7))
    rng.shuffle(weekdays)
    places = {p: rng.choice(group) for group in _swappable_places().values() for p in group}
    return Episode(target - _month_index(family[0].published), dict(enumerate(weekdays)), places, rng=random.Random(rng.random()))


def _articles(templates: list[Template], n_articles: int, seed: int):
    """(template, episode, new publication date, article rng) for each article, in order."""
    rng = random.Random(seed)
    stories = families(templates)
    made = 0
    while made < n_articles:
        family = rng.choice(stories)
        episode = new_episode(family, rng)
        chosen = [t for t in family if rng.random() < KEEP_ARTICLE] or [rng.choice(family)]
        for t in chosen[: n_articles - made]:
            yield t, episode, shift_month(t.published, episode.months), random.Random(rng.random())
            made += 1


def make_corpus(folder: Path | str, n_articles: int, seed: int, templates: list[Template] | None = None) -> list[dict[str, str]]:
    """Write a corpus folder of ``n_articles`` articles (sources.csv, raw/*.txt); return its rows.

    Deterministic: the same templates and seed give the same bytes. A retelling identical to one
    already written (a template with nothing to vary) is not written again, so the folder may
    hold a few articles fewer than asked when the templates are very plain."""
    folder = Path(folder)
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    templates = load_templates() if templates is None else templates
    rows, seen = [], set()
    for t, episode, published, rng in _articles(templates, n_articles, seed):
        text = vary(t.text, episode, published, rng)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        source_id = f"syn{len(rows):04d}-{t.source_id}"
        (folder / "raw" / f"{source_id}.txt").write_text(text, encoding="utf-8", newline="")
        title = vary(t.title, episode, published, rng) if t.title else ""
        rows.append(dict(source_id=source_id, file=f"raw/{source_id}.txt", outlet=f"synthetic from {t.folder}/{t.source_id}",
                         title=title, url="", published=published.isoformat(), language="en"))
    with open(folder / "sources.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="corpus folder to write (sources.csv and raw/)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = make_corpus(args.out, args.articles, args.seed)
    print(f"wrote {len(rows)} articles to {args.out}")


if __name__ == "__main__":
    main()
