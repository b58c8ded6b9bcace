"""An anniversary piece's year-less days near the publication's own day of the year are the
anniversary's, not this year's.

Why: "Ten years ago this week, mutinous soldiers in Mali overthrew President Touré … In the early
hours of 22 March the soldiers appeared on state television", published on 22 March 2022, tells
of 22 March 2012. Read against publication, the day would be the publication day itself; a
careful coder reads it in the year the piece looks back to. The signal is the title or the lead
saying how long ago ("ten years on", "five years ago to the day"); only days named by their month
within a few days of the publication's day of the year move, and not beside "last week" or "on
Monday" (the news); so do, in a paragraph that has told the anniversary's year ("The crisis had
begun in mid-January 2012. On 17 January, …"), its other year-less days, and a day whose weekday
fits the anniversary's year and not this one ("on Friday 30 March", 2012). A moved day carries
its year on, as a day told with its year does ("On 21 March, a mutiny … He resigned on 8 April").
Words and limits: dates_en.toml ``anniversary``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from timeline.dates import Timex, lexicon, names_weekday
from timeline.narrative_years import Narrative
from timeline.year_moves import moved_by_years, named_without_year, names_month
from timeline.regex_gate import alternation


@cache
def _config(language: str) -> dict:
    path = resources.files("timeline").joinpath(f"resources/dates_{language}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")).get("anniversary", {})


@cache
def _pattern(language: str) -> re.Pattern | None:
    conf = _config(language)
    if not conf:
        return None
    single = [w for w in lexicon(language).numbers if " " not in w]  # not "a few", "a couple of"
    return re.compile(rf"(?<![\w-])(?P<n>\d{{1,2}}|{alternation(single)})\s+(?P<unit>{alternation(conf['units'])})\s+(?P<after>{alternation(conf['after'])})(?![\w-])(?P<exact>\s+(?:{alternation(conf['exact'])})(?![\w-]))?", re.IGNORECASE)


def anniversary_year(texts: list[tuple[str, str, int]], published: date, language: str = "en") -> int | None:
    """The year an anniversary piece looks back to, from its title or lead: ``texts`` are the
    article's (kind, text, paragraph) in order."""
    pattern = _pattern(language)
    if pattern is None:
        return None
    conf = _config(language)
    lengths: dict[int, int] = {}
    ends: dict[int, str] = {}
    for kind, text, p in texts:
        if kind == "body":
            lengths[p] = lengths.get(p, 0) + len(text.split())
            ends[p] = text.rstrip()[-1:]
    told = [p for p in sorted(lengths) if lengths[p] >= conf["lead_words"] and ends[p] in ".!\"”’')"]  # a byline, a date line, a share bar or a question heading is no paragraph of the lead
    body_paragraphs = told[: conf["lead_paragraphs"]]
    for kind, text, paragraph in texts:
        if kind not in ("title", "heading") and paragraph not in body_paragraphs:
            continue
        if kind == "heading" and body_paragraphs and paragraph > body_paragraphs[-1]:
            continue  # a related link under the story ("- Mali's peace deal, two years on") frames no piece
        m = pattern.search(text)
        if m is not None and _frames_the_piece(text, m, kind):
            n = int(m.group("n")) if m.group("n").isdigit() else lexicon(language).numbers[m.group("n").casefold()]
            years = n * conf["units"][m.group("unit").casefold()]
            if 1 <= years <= 80:
                return published.year - years
    return None


AND_CLAUSE = re.compile(r"(?<![\w-])and(?![\w-])", re.IGNORECASE)
EARLIER_CLAUSE = re.compile(r"(?<![\w-])(?:had|having|since|before|after|until|months|weeks|years)(?![\w-])", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:last|this|next|past)\s+$", re.IGNORECASE)


def _frames_the_piece(text: str, m: re.Match, kind: str) -> bool:
    """"Ten years ago this week, …", "It was five years ago to the day" opening a sentence; a
    title that opens with "N years on" or ends with it ("One year on, Gao remembers …", "… widows
    ten years on"): the piece's own frame, not an aside ("the rebel bastion lost eleven years
    ago") nor a news lead ("Two years on, the junta is firmly in charge": "on" frames only a title)."""
    opens = re.fullmatch(r"\W*(?:it\s+(?:was|is)\s+)?", text[: m.start()], re.IGNORECASE) is not None
    if kind in ("title", "heading"):
        on = m.group("after").casefold() == "on"
        set_off = re.search(r",\s*$", text[: m.start()]) is not None and re.match(r"\s*[:—–-]", text[m.end() :]) is not None  # "Aguelhok, ten years on: the massacre …"
        return on and (opens or set_off or re.fullmatch(r"\W*", text[m.end() :]) is not None)
    return opens and (m.group("after").casefold() == "ago" or m.group("exact") is not None)


def tells_now(found: list[Timex]) -> bool:
    """A date read from the publication that names no month ("last week", "on Monday", "today"):
    the sentence tells the news, not the story looked back on."""
    return any(t.anchor == "publication" and t.kind in ("date", "range") and not named_without_year(t) for t in found)


def into_anniversary(found: list[Timex], year: int | None, published: date, language: str = "en", now: bool = False, told_year: int | None = None, reached: date | None = None, text: str = "") -> list[Timex]:
    """A sentence's year-less named days that belong to the anniversary's year, moved there; not
    in a sentence that tells the news (``now``: it, or the sentence just before in its paragraph,
    says "last week", "on Monday": "Last week the rebels signed an accord … The deal was signed
    on June 18"). ``told_year``: the year the paragraph told last, before this sentence;
    ``reached``: the latest day the story has told so far (story_reached); ``text``: the
    sentence, whose "last March" is this year's."""
    if year is None or now or tells_now(found):
        return found
    window = _config(language)["window_days"]
    out = []
    for t in found:
        if RELATIVE_BEFORE.search(text, max(0, t.char_start - 12), t.char_start):
            out.append(t)  # "Last March, Human Rights Watch said …": this year's last March, whatever the piece looks back to
            continue
        told = year if any(o.char_end <= t.char_start and o.start is not None and o.start.year == year and o.precision == "day" and not named_without_year(o) and o.anchor == "absolute" and not _goes_on(t, o, language, text) for o in found) else told_year  # "The polls of 29 March and 19 April 2020 were held days after … on 25 March"; not a month set against it ("Unlike the protests of June 2020, the rally on 2 July …")
        out.append(moved_by_years(t, year - t.start.year, published) if _looks_back(t, year, published, window, told) or _told_on(t, year, published, reached) or (told in (None, year) and _told_after(t, year, published, language)) else t)  # not after a paragraph told another year ("On April 19, 2024, … met in May that year")
    return out


def _goes_on(t: Timex, told: Timex, language: str, text: str) -> bool:
    """A year-less day or month that publication puts within weeks after a day the sentence told,
    in a clause of its own joined by "and": "… withdrew by 31 December 2023, and the junta ended
    the accord in January" (published September 2024) is the January after, not the anniversary
    year's (not "closed on 15 December 2023, had hosted 3,000 people since February")."""
    between = text[told.char_end : t.char_start]
    return (told.end is not None and t.start is not None and 0 < (t.start - told.end).days <= _config(language)["follows_days"]
            and AND_CLAUSE.search(between) is not None and EARLIER_CLAUSE.search(between) is None)


def _told_after(t: Timex, year: int, published: date, language: str) -> bool:
    """A year-less day or month in the weeks after the anniversary's own day that publication
    would put most of a year back: "Ten years ago today, … fired on a column near Konna … gunmen
    stormed the In Amenas gas plant on 16 January" (published 11 January 2023) is 16 January 2013,
    the story going on from the day it marks (``anniversary.follows_days``), not January 2022."""
    if not named_without_year(t) or names_weekday(t) or t.precision not in ("day", "month") or t.start.year != published.year - 1 or t.start.year == year:
        return False
    try:
        there, marked = t.start.replace(year=year), published.replace(year=year)
    except ValueError:  # 29 February
        return False
    return marked <= there <= marked + timedelta(days=_config(language)["follows_days"])


def _looks_back(t: Timex, year: int, published: date, window: int, told_year: int | None) -> bool:
    """Whether a year-less day is the anniversary's: its weekday fits only that year, or its
    paragraph told that year, or it is the anniversary's own day of the year."""
    if not named_without_year(t) or t.start.year == year:
        return False
    if t.precision == "day" and names_weekday(t):
        return _weekday_fits(t, year)  # a weekday settles the year, whatever the paragraph told
    if told_year == year:
        return True  # "The crisis had begun in mid-January 2012. On 17 January, …"
    return t.precision == "day" and abs((t.start - published).days) <= window


def _told_on(t: Timex, year: int, published: date, reached: date | None) -> bool:
    """A year-less day or month that carries the story on from the anniversary's year towards its
    day: "A year ago today, soldiers … [paragraphs later, after "On 30 April" of 2020] On 5 June,
    tens of thousands answered a call …" (published 18 August 2021) is 5 June 2020, the story
    still short of the day the piece marks; not once the story has told a day past it ("Deputies
    extended it on 1 December … the attack at Nampala on 19 July" is the next July)."""
    if reached is None or reached.year != year or not named_without_year(t) or t.start.year == year or names_weekday(t) or t.precision not in ("day", "month"):
        return False
    try:
        there, marked = t.start.replace(year=year), published.replace(year=year)
    except ValueError:  # 29 February
        return False
    return reached <= there <= marked


def story_reached(found: list[Timex], reached: date | None) -> date | None:
    """The latest day or month told by its month's name so far ("30 April", "in July", "on 1
    December 2015"), as read after the anniversary's moves: how far a retrospective's story has
    come ("The town voted in July [2013]. Then came May 17." is the next May)."""
    days = [t.start for t in found if t.kind == "date" and t.precision in ("day", "month") and t.start is not None and names_month(t)]
    return max([*days, *([reached] if reached is not None else [])], default=None)


def _weekday_fits(t: Timex, year: int) -> bool:
    """"on Friday 30 March" in a piece of 2022 that looks back to 2012: a Friday in 2012 only."""
    named = {lexicon().weekdays[w.casefold()] for w in re.findall(r"[^\W\d_]+", t.text) if w.casefold() in lexicon().weekdays}
    try:
        there = t.start.replace(year=year)
    except ValueError:  # 29 February
        return False
    return len(named) == 1 and there.weekday() in named and t.start.weekday() not in named


def restated(state: Narrative, before: list[Timex], after: list[Timex]) -> Narrative:
    """The narrative state with the days a sentence moved into the anniversary's year read in
    that year, so the days told after them follow them there."""
    moves, last = {}, None
    for old, new in zip(before, after):
        if old is not new:
            moves[old.start], moves[old.end], last = new.start, new.end, new
    dated = [t for t in after if t.kind != "duration" and t.start is not None]
    if last is None or dated[-1] is not last:
        return state  # a later date of the sentence told its own year ("… and France intervened on 11 January 2013")
    frame = state.frame
    if frame is not None and frame.start in moves:
        frame = replace(frame, start=moves[frame.start])
    moved = {f: moves.get(getattr(state, f), getattr(state, f)) for f in ("carried", "told_day")}
    return replace(state, frame=frame, told=last.end, told_month=last.start, **moved)  # a moved day tells its year, as "on 21 March 2012" would
