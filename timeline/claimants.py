"""Claimants: who says a figure, read from the reporting structure of its sentence.

Why: the name nearest a figure is often not its source ("a local politician told AFP" is not
the army; in "which the rebels said killed 50 civilians" the rebels speak). The claimant is the
subject of the saying that governs the figure ("X said", "X told AFP", "according to X",
'"…," said X', "X's claim that"); a pronoun is the previous speaker of its paragraph; a figure
no one is said to give belongs to the article. Word lists: resources/claimants_en.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

from timeline.dates import Timex
from timeline.names import NameMatch, actors


@dataclass(frozen=True)
class Cue:
    """A saying in a sentence: its words, the status it gives, and where its speaker stands."""

    start: int
    end: int
    status: str
    speaker_after: bool = False  # "according to X", "confirmed by X"
    participle: bool = False  # ", saying …": the speaker is the one who spoke before
    possessive: bool = False  # "X's claim that …"
    relay: bool = False  # "told", "said on": may name who passed the words on


@dataclass(frozen=True)
class Speaker:
    """Who says a figure: a registry actor or the text's words; how it was found; the relay."""

    actor_id: str | None
    label: str | None
    basis: str  # sentence | paragraph | article
    cue: Cue | None
    via: str | None = None
    kind: str = ""  # what named it: actor, label, institution, name, anaphor, representative, other


ARTICLE = Speaker(None, None, "article", None)


def alternation(items) -> str:
    """A regex alternation, longest first, each item escaped; spaces match any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@cache
def words(language: str = "en") -> dict:
    text = resources.files("timeline").joinpath(f"resources/claimants_{language}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _word_pattern(items) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(items)})(?![\w-])", re.IGNORECASE)


@cache
def _patterns(language: str = "en") -> dict[str, re.Pattern]:
    w = words(language)
    affiliation = w["affiliation"]
    return {
        "verb": _word_pattern(v for vs in w["verbs"].values() for v in vs),
        "after": _word_pattern(v for vs in w["speaker_after"].values() for v in vs),
        "possessive": re.compile(rf"(?:['’]s|s['’])\s+(?:own\s+|latest\s+|new\s+|initial\s+|official\s+)?(?:{alternation(w['claim_nouns']['words'])})(?![\w-])", re.IGNORECASE),
        "noun_by": re.compile(rf"(?<![\w-])(?:{alternation(w['claim_nouns']['sourced'])})\s+(?:by|from)\s+(?=[A-Za-z])", re.IGNORECASE),
        "not_after": re.compile(rf"\s+(?:{alternation(w['not_saying']['after'])})(?![\w-])", re.IGNORECASE),
        "passive": re.compile(rf"(?<![\w-])(?:{alternation(w['not_saying']['before'])})\s+(?:\w+ly\s+)?$|(?:['’]s|s['’])\s+$", re.IGNORECASE),
        "label": _word_pattern(w["labels"]["heads"]),
        "rep": _word_pattern(w["representatives"]["words"]),
        "relay": _word_pattern(w["relays"]["words"]),
        "affiliated_before": re.compile(rf"(?:{alternation(affiliation['before'])})\s*$", re.IGNORECASE),
        "affiliated_after": re.compile(rf"^(?:{alternation(affiliation['after'])})", re.IGNORECASE),
        "lead": re.compile(rf"^(?:\s|,)*(?:(?:{alternation(w['trim']['lead'])}|{'|'.join(w['trim']['lead_patterns'])})(?![\w-])[\s,]*)+", re.IGNORECASE),
        "event_claimed": re.compile(
            rf"(?<![\w-])(?:{alternation(w['not_saying']['events'])})(?:\s*,?\s+(?:which|that)\s+(?:was|were|has\s+been|had\s+been|is|are))?(?:\s+(?:later|quickly|swiftly|since|also|jointly|both|subsequently|\w+ly))?\s+$",
            re.IGNORECASE,
        ),
        "tail": re.compile(rf"(?:(?<![\w-])(?:{alternation(w['trim']['tail'])})[\s,]*)+$", re.IGNORECASE),
    }


@cache
def _statuses(table: str, language: str) -> dict[str, str]:
    return {_norm(o): status for status, options in words(language)[table].items() for o in options}


def _status_of(token: str, table: str, language: str) -> str:
    return _statuses(table, language).get(_norm(token), "claimed")


@lru_cache(maxsize=4096)
def cues(text: str, language: str = "en") -> tuple[Cue, ...]:
    """Every saying in a sentence, in order; an adjective or a passive without agent is none."""
    pats = _patterns(language)
    claim_verbs = {_norm(v) for v in words(language)["not_saying"]["verbs"]}
    found: list[Cue] = []
    for m in pats["after"].finditer(text):
        if _norm(m.group()).startswith("claimed") and pats["event_claimed"].search(text[: m.start()]):
            continue  # "an attack claimed by JNIM": responsibility, not a saying
        found.append(Cue(m.start(), m.end(), _status_of(m.group(), "speaker_after", language), speaker_after=True))
    for m in pats["noun_by"].finditer(text):
        found.append(Cue(m.start(), m.end(), "claimed", speaker_after=True))
    for m in pats["possessive"].finditer(text):
        found.append(Cue(m.start(), m.end(), "claimed", possessive=True))
    for status, patterns in words(language)["verb_patterns"].items():
        for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(patterns)})", text, re.IGNORECASE):
            found.append(Cue(m.start(), m.end(), status))
    for m in pats["verb"].finditer(text):
        token, status = _norm(m.group()), _status_of(m.group(), "verbs", language)
        if pats["passive"].search(text[: m.start()]):
            by = re.match(r"\s+by\s+", text[m.end() :])
            if by:  # "a toll confirmed by the ministry"
                found.append(Cue(m.start(), m.end() + by.end(), status, speaker_after=True))
            continue
        if token in claim_verbs and (pats["not_after"].match(text[m.end() :]) or pats["event_claimed"].search(text[: m.start()])):
            continue  # "claimed responsibility", "claimed the lives of", "an assault claimed both by"
        participle = token.endswith("ing") and re.search(r",[\"”’']?\s*$", text[: m.start()]) is not None
        relay = token.startswith(("told", "tell", "said", "says", "say"))
        found.append(Cue(m.start(), m.end(), status, participle=participle, relay=relay))
    kept: list[Cue] = []
    for c in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and c.start < kept[-1].end:
            continue  # "claimed by" is one cue, not a verb and a cue
        kept.append(c)
    # Two sayings side by side are a noun and a verb: "estimates suggest", "reports say" (the
    # first is the subject), "denied reports that …", "rejected claims that …" (the second is the object).
    nouns = {_norm(n) for n in words(language)["claim_nouns"]["words"]} | {"reports"}
    adjacent = {i for i in range(len(kept) - 1) if not kept[i].speaker_after and not text[kept[i].end : kept[i + 1].start].strip()}
    noun = {i + 1 if _norm(text[kept[i + 1].start : kept[i + 1].end]) in nouns and not _norm(text[kept[i].start : kept[i].end]).endswith("s") else i for i in adjacent}
    return tuple(c for i, c in enumerate(kept) if i not in noun)


# A contrast ends the reach of a saying ("X said it held, but 12 soldiers died"); "but that …"
# and "while …" go on telling what the speaker said ("two dead, while 13 attackers were slain").
HARD_BREAK = re.compile(r";|\s[—–]\s|(?<![\w-])(?:but(?!\s+that\b)|although|though)(?!\s+\w+ing\b)(?![\w-])", re.IGNORECASE)
SPLIT = re.compile(
    r"[\"“”«»;:]|,|\s[—–]\s|(?<![\w-])(?:that|which|who|whom|where|but|while|whereas|although|though|because|since|as|when|after|before|if|and|or|nor)(?![\w-])",
    re.IGNORECASE,
)
WALK = {",", "that", "which", "who", "whom", '"', "“", "”"}  # also 'it "recorded two dead"': a quote opened after the speaker


def _chunks_before(text: str, pos: int, limit: int = 3, floor: int = 0) -> list[tuple[int, int]]:
    """The phrases before a verb, nearest first, across commas and relative pronouns
    ("Yusov, a spokesman for HUR, said"; "the group that claimed"), never past ``floor`` (the
    end of an earlier saying: in "X said he had counted", the speaker of "counted" is "he")."""
    out: list[tuple[int, int]] = []
    hi = pos
    while len([c for c in out if text[c[0] : c[1]].strip()]) < limit and hi > floor:
        seps = [s for s in SPLIT.finditer(text, floor, hi) if s.end() <= hi]
        sep = seps[-1] if seps else None
        out.append((sep.end() if sep else floor, hi))
        if sep is None or _norm(sep.group()) not in WALK:
            break
        hi = sep.start()
    return out


def _chunk_after(text: str, pos: int) -> tuple[int, int]:
    """The phrase after a cue ("according to local sources, …"), up to the next clause."""
    stop = re.compile(r"[\"“”«»;:,(]|(?<!\b[A-Z])\.(?=\s|$)|\s[—–]\s|(?<![\w-])(?:that|which|who|and|on|in|late|early|last)(?![\w-])", re.IGNORECASE)
    m = stop.search(text, pos)
    return pos, m.start() if m else len(text)


@dataclass(frozen=True)
class Phrase:
    kind: str  # actor | label | institution | name | anaphor | other
    text: str
    actor_id: str | None = None


def _masked(text: str, lo: int, hi: int, masks: list[tuple[int, int]]) -> str:
    chars = list(text[lo:hi])
    for a, b in masks:  # dates are no part of a speaker ("the army on Monday said")
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _trim(text: str, lo: int, hi: int, masks: list[tuple[int, int]], language: str) -> str:
    pats = _patterns(language)
    phrase = pats["lead"].sub("", _masked(text, lo, hi, masks))
    phrase = pats["tail"].sub("", phrase)
    return " ".join(phrase.strip(" ,\"“”'’").split())


def _lead_end(text: str, lo: int, hi: int, masks: list[tuple[int, int]], language: str) -> int:
    """Where a speaker's phrase starts after its opener ("In its new statement the government"):
    the opener's words name no one."""
    lead = _patterns(language)["lead"].match(_masked(text, lo, hi, masks))
    return lo + lead.end() if lead else lo


def _affiliated(text: str, n: NameMatch, language: str) -> bool:
    pats = _patterns(language)
    return bool(pats["affiliated_before"].search(text[: n.start]) or pats["affiliated_after"].match(text[n.end :]))


def _phrase(text: str, lo: int, hi: int, names: list[NameMatch], masks: list[tuple[int, int]], language: str) -> Phrase | None:
    """What a speaker's noun phrase names: an actor, a kind of source, a pronoun, a name."""
    lo = _lead_end(text, lo, hi, masks, language)
    phrase = _trim(text, lo, hi, masks, language)
    if not phrase:
        return None
    w, pats = words(language), _patterns(language)
    registry = actors()
    if _norm(phrase) in {_norm(a) for a in w["anaphors"]["words"]}:
        return Phrase("anaphor", phrase)
    inside = [n for n in names if n.kind == "actor" and lo <= n.start and n.end <= hi and not _affiliated(text, n, language)]
    rep = pats["rep"].search(text, lo, hi)
    if rep:
        owners = [n for n in inside if registry[n.id].fields.get("type") not in ("other", "civilians")]
        owner = next((n for n in owners if n.start >= rep.end()), owners[-1] if owners else None)
        if owner:  # "a spokesman for the army", "Wagner's statement"
            return Phrase("actor", phrase, owner.id)
        if re.search(r"(?<![\w-])(?:its|their|the group['’]s|the group)(?![\w-])", phrase, re.IGNORECASE):
            return Phrase("anaphor", phrase)
        if not _institution_types(phrase, language):
            return Phrase("representative", phrase)  # "a Tuareg militant spokesman": not the Tuareg people
    label = pats["label"].search(text, lo, hi)
    if label and not any(n.start <= label.start() and label.end() <= n.end for n in inside):
        return Phrase("label", phrase)
    modifier = lambda n: registry[n.id].fields.get("type") in ("other", "civilians") and text[n.end : hi].strip(" ,\"”’'")  # noqa: E731  "mainly Tuareg armed groups"
    heads = [n for n in inside if not modifier(n) and not re.search(r"(?<![\w-])(?:in|at|near|from|of|for|with|against|on|to)\s+(?:the\s+)?$", text[lo : n.start], re.IGNORECASE)]
    if heads:
        return Phrase("actor", phrase, heads[-1].id)
    if _institution_types(phrase, language):
        return Phrase("institution", phrase)
    if re.fullmatch(r"(?:[A-Z][\w’'.-]*|de|du|al|ag|bin|ibn|van|von)(?:\s+(?:[A-Z][\w’'.-]*|de|du|al|ag|bin|ibn|van|von))*", phrase) and phrase[0].isupper():
        return Phrase("name", phrase)
    if len(phrase.split()) > 8 or re.search(r"\d", phrase) or CLAUSE_VERB.search(phrase):
        return None  # "he was not authorized to brief reporters" is a clause, not a speaker
    return Phrase("other", phrase)


CLAUSE_VERB = re.compile(r"(?<![\w-])(?:was|were|is|are|am|be|been|being|had|has|have|not|would|will|could|should|did|does|do|can)(?![\w-])", re.IGNORECASE)


def _institution_types(phrase: str, language: str) -> list[str]:
    table = words(language)["institutions"]
    return [kind for kind, nouns in table.items() if re.search(rf"(?<![\w-])(?:{alternation(nouns)})$", phrase, re.IGNORECASE)]


USEFUL = ("actor", "label", "institution", "name", "anaphor", "representative")


def _speaker_phrase(text: str, cue: Cue, names: list[NameMatch], masks: list[tuple[int, int]], language: str) -> Phrase | None:
    """The noun phrase of a cue's speaker: after it ("according to X", '"…," said X'), before
    it ("X said", "X, a spokesman for Y, said"), or the possessor ("X's claim that")."""
    if cue.speaker_after:
        return _phrase(text, *_chunk_after(text, cue.end), names, masks, language)
    floor = max([c.end for c in cues(text, language) if c.end <= cue.start], default=0)
    if cue.possessive:
        lo = (_chunks_before(text, cue.start, 1, floor) or [(floor, cue.start)])[0][0]
        return _phrase(text, lo, cue.start, names, masks, language)
    if re.search(r"[,\"”’]\s*$", text[: cue.start]) and _inverted(text, cue):  # '"…," said the army spokesman'
        after = _phrase(text, *_chunk_after(text, cue.end), names, masks, language)
        if after and after.kind in USEFUL and after.kind != "anaphor":
            return after
    chunks = [_phrase(text, lo, hi, names, masks, language) for lo, hi in _chunks_before(text, _before_relative(text, floor, cue.start), floor=floor)]
    if chunks and chunks[0] is not None and chunks[0].kind in USEFUL:
        return chunks[0]  # "X said"
    # "X, a spokesman for Y, said": the appositive and its head name the same speaker
    useful = [p for p in chunks if p is not None and p.kind in USEFUL]
    named = [p for p in useful if p.kind == "actor"]
    return (named or useful or [p for p in chunks if p is not None] or [None])[0]


RELATIVE = re.compile(r",\s*(?:who|whose|whom|which)(?![\w-])[^;:\"“”]*,\s*$", re.IGNORECASE)


def _before_relative(text: str, floor: int, pos: int) -> int:
    """"A Malian army officer, who spoke on condition of anonymity because he was not
    authorized to brief reporters, said": the speaker stands before the relative clause."""
    m = RELATIVE.search(text, floor, pos)
    return m.start() if m else pos


def _inverted(text: str, cue: Cue) -> bool:
    """'…," said the army' names its speaker after the verb; '…, reported at least 20 …' does not."""
    lo, hi = _chunk_after(text, cue.end)
    phrase = text[lo:hi].strip()
    opens = re.match(r"(?:the|a|an|its|their|[A-Z])", phrase)
    return bool(opens) and not re.search(r"\d|(?<![\w-])(?:were|was|is|are|had|have|has|been|would|will)(?![\w-])", phrase)


def _relay(text: str, cue: Cue, names: list[NameMatch], language: str) -> str | None:
    """Who passed the words on: "told AFP", "told the BBC's Russian service", "said on state TV"."""
    if not cue.relay:
        return None
    lead = re.match(r"\s*(?:on\s+|to\s+|in\s+an\s+interview\s+with\s+)?", text[cue.end :])
    lo, hi = _chunk_after(text, cue.end + lead.end())
    media = [n.end for n in names if n.kind == "actor" and lo <= n.start < hi and actors()[n.id].fields.get("type") == "media"]
    words_ = [m.end() for m in _patterns(language)["relay"].finditer(text, lo, hi)]
    if not (media or words_):
        return None
    return " ".join(text[lo : max(media + words_)].split())  # "told Reuters at least 89 …" relays by Reuters


def governing(text: str, found: tuple[Cue, ...], start: int, end: int) -> tuple[Cue | None, Cue | None]:
    """The saying that governs a figure, and the saying that relays it if there is one: the
    nearest saying before it in its clause ("X said …", "X told AFP that Y said …"), else a
    reporting clause after it ('…, the army said', '…," said X', '…, according to X')."""
    before = [c for c in found if c.end <= start and not HARD_BREAK.search(text[c.end : start])]
    after = [c for c in found if c.start >= end and not HARD_BREAK.search(text[end : c.start])]
    trailing = next((c for c in after[:1] if _is_trailing(text, c, end)), None)
    if before:
        cue = before[-1]
        outer = before[-2] if len(before) > 1 and _embeds(text, before[-2], cue) else trailing
        return cue, outer
    return trailing, None


def _is_trailing(text: str, cue: Cue, end: int) -> bool:
    """A reporting clause after the figure: '…, the army said', '…," X said', '…, according to X'."""
    if cue.speaker_after:
        return True
    between = text[end : cue.start]
    cut = max(between.rfind(","), between.rfind('"'), between.rfind("”"), between.rfind("’"))
    if cut < 0:
        return False
    subject = between[cut + 1 :]
    if re.match(r"\s*(?:and|but|or|while|as|so|yet)(?![\w-])", subject, re.IGNORECASE):
        return False  # "…, and the United States said …" is a clause of its own
    if re.match(r"[^,;.]*?(?<![\w-])that(?![\w-])", text[cue.end :]):
        return False  # the saying has its own "that …"
    return len(subject.split()) <= 8 and not re.search(r"(?<![\w-])(?:which|that|who|whom|when|where)(?![\w-])", subject, re.IGNORECASE)


def _embeds(text: str, outer: Cue, inner: Cue) -> bool:
    """"X told AFP that Y said …": Y's saying is told by X."""
    between = text[outer.end : inner.start]
    return bool(re.match(r"^[^,;.\d]{0,60}?(?<![\w-])that\s+[^,;\d]{0,80}$", between))


@dataclass
class Discourse:
    """Who was spoken of last, so that "it said" and "the group said" find their speaker: the
    speakers and opening actors of this paragraph, or of the one before when this one has none."""

    article_actors: set[str]
    paragraph: int = -1
    current: list[Speaker] = field(default_factory=list)
    before: list[Speaker] = field(default_factory=list)
    language: str = "en"

    def enter(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.before = self.current or self.before if self.paragraph >= 0 else []
            self.current, self.paragraph = [], paragraph

    def antecedent(self, pronoun: str = "") -> Speaker | None:
        """The latest one, or for "it" the latest actor (an organisation, not "witnesses")."""
        recent = list(reversed(self.current or self.before))
        if _norm(pronoun) in ("it", "its"):
            recent = [s for s in recent if s.actor_id] + [s for s in recent if not s.actor_id and not (s.label or "").endswith("s")]
        return recent[0] if recent else None

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None and (speaker.actor_id or speaker.label):
            self.current = [*self.current[-3:], speaker]


def speaker_of(
    text: str, start: int, end: int, names: list[NameMatch], discourse: Discourse,
    masks: list[tuple[int, int]] = (), found: tuple[Cue, ...] | None = None,
) -> Speaker:
    """The speaker of the figure at [start, end) of a sentence, or the article's when none is named."""
    found = cues(text, discourse.language) if found is None else found
    cue, outer = governing(text, found, start, end)
    if cue is None:
        return ARTICLE
    speaker = _speaker(text, cue, names, discourse, masks)
    via = _relay(text, cue, names, discourse.language)
    if outer is not None and not outer.speaker_after:
        relayed = _speaker(text, outer, names, discourse, masks)
        if (relayed.actor_id, relayed.label) != (speaker.actor_id, speaker.label) and relayed.kind != "other":
            via = relayed.label or (actors()[relayed.actor_id].fields["name"] if relayed.actor_id else via)
    return Speaker(speaker.actor_id, speaker.label, speaker.basis, cue, via, speaker.kind)


def subject_actor(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """The actor a sentence opens with ("Mali's army gave a different account."): what "its
    statement" or "the group" in the next sentence refers to, when no one spoke in between."""
    p = _phrase(text, *_subject_span(text), names, masks, discourse.language)
    if p is None or p.kind != "actor":
        return None
    resolved = _resolved(p, None, discourse)
    return Speaker(resolved.actor_id, None, "sentence", None)


def last_speaker(text: str, names: list[NameMatch], discourse: Discourse, masks: list[tuple[int, int]] = ()) -> Speaker | None:
    """The speaker of a sentence's last saying: the antecedent of the next "it said"."""
    found = cues(text, discourse.language)
    for cue in reversed(found):
        s = _speaker(text, cue, names, discourse, masks)
        if (s.actor_id or s.label) and s.kind != "other":  # not "the deadliest atrocity reported since"
            return s
    return None


def _speaker(text: str, cue: Cue, names: list[NameMatch], discourse: Discourse, masks) -> Speaker:
    language = discourse.language
    earlier = [c for c in cues(text, language) if c.end <= cue.start and not c.participle]
    if cue.participle:  # "…, saying …": whoever spoke before in the sentence, or its subject
        if earlier:
            return _speaker(text, earlier[-1], names, discourse, masks)
        return _resolved(_phrase(text, *_subject_span(text), names, masks, language), cue, discourse)
    phrase = _speaker_phrase(text, cue, names, masks, language)
    coordinated = re.search(r"(?:,|(?<![\w-])and|(?<![\w-])but)\s*$", text[: cue.start]) is not None
    if coordinated and not earlier and (phrase is None or phrase.kind not in USEFUL):
        subject = _phrase(text, *_subject_span(text), names, masks, language)
        if subject is not None and subject.kind in USEFUL:
            return _resolved(subject, cue, discourse)  # "JNIM claimed the attack and said it killed 12 soldiers"
    if earlier and ((coordinated and (phrase is None or phrase.kind not in USEFUL)) or (phrase and phrase.kind == "anaphor")):
        before = _speaker(text, earlier[-1], names, discourse, masks)  # "X estimated …, and reported …"; "X said he had counted"
        if before.actor_id or before.label or phrase is None or phrase.kind != "anaphor":
            return before
    return _resolved(phrase, cue, discourse)  # "In a statement posted online, the group said": the group


def _subject_span(text: str) -> tuple[int, int]:
    """The opening noun phrase of a sentence (after a leading adverbial): its subject, roughly."""
    lead = re.match(r"(?:[^,]{0,40},\s+)?", text)
    lo = lead.end() if lead and not re.search(r"\w+\s+\w+\s+\w+\s+\w+\s+\w+\s+\w+", lead.group()) else 0
    m = re.compile(r"[\s,](?:has|have|had|is|are|was|were|will|would|could|can|may|on|in|at|gave|took|made|said|says|told|claimed|claims|\w+ed|\w+ing)\s").search(text, lo)
    return lo, m.start() if m else min(len(text), lo + 60)


def _resolved(p: Phrase | None, cue: Cue | None, discourse: Discourse) -> Speaker:
    registry = actors()
    if p is None:
        return Speaker(None, None, "article", cue)
    prior = discourse.antecedent(p.text)
    if p.kind == "representative" and prior is not None and prior.actor_id:
        return Speaker(prior.actor_id, None, "paragraph", cue, kind=p.kind)  # "The MNLA … A spokesman told AP …"
    if p.kind == "anaphor":
        if prior is not None:
            return Speaker(prior.actor_id, prior.label, "paragraph", cue, kind=prior.kind)
        pronoun = _norm(p.text) in {"he", "she", "they", "it", "we", "i"}
        return Speaker(None, None, "article", cue) if pronoun else Speaker(None, p.text, "sentence", cue, kind="label")
    actor_id = p.actor_id
    if p.kind == "institution":
        actor_id = _unique_of_types(_institution_types(p.text, discourse.language), discourse.article_actors)
    if actor_id is None:
        return Speaker(None, p.text, "sentence", cue, kind=p.kind)
    actor_id = _resolve_generic(actor_id, discourse.article_actors)
    if registry[actor_id].fields.get("type") == "person":
        organisation = [a for a in registry[actor_id].parents if a in discourse.article_actors]
        actor_id = organisation[0] if organisation else actor_id
    return Speaker(actor_id, None, "sentence", cue, kind="actor")


def _unique_of_types(types: list[str], article_actors: set[str]) -> str | None:
    registry = actors()
    of_type = [a for a in article_actors if registry[a].fields.get("type") in types and registry[a].fields.get("generic") != "true"]
    return of_type[0] if len(of_type) == 1 else None


def _resolve_generic(actor_id: str, article_actors: set[str]) -> str:
    """An umbrella label ("Tuareg rebels") is the one specific actor of its kind the article
    names (the CSP), when there is exactly one; otherwise it stays the label."""
    registry = actors()
    if registry[actor_id].fields.get("generic") != "true":
        return actor_id
    return _unique_of_types([registry[actor_id].fields.get("type")], article_actors) or actor_id


# ---------------------------------------------------------------------------------------------
# How sure the text is, and when the claim was made (the status words of resources/claimants_en.toml)


@cache
def _status_patterns(language: str = "en") -> dict[str, re.Pattern]:
    s = words(language)["status_sentences"]
    refer, denied = alternation(s["denied_refer"]), alternation(s["denied"])
    return {
        "hedge": re.compile(alternation(words(language)["hedges"]["words"]), re.IGNORECASE),
        "denied": re.compile(rf"(?<![\w-])(?:(?:{denied})\W+(?:[\w'’-]+\W+){{0,4}}?(?:{refer})|(?:{refer})\W+(?:[\w'’-]+\W+){{0,4}}?(?:{denied}))(?![\w-])", re.IGNORECASE),
        "unverified": re.compile(
            rf"(?<![\w-])(?:{alternation(s['refer'])})(?![\w-]).*?(?:{alternation(s['unverified'])})"
            rf"|(?<![\w-])(?:neither|none)(?![\w-]).*?(?:could|can|has|have)\s+(?:not\s+)?(?:yet\s+)?(?:been|be)\s+(?:independently\s+)?(?:verified|confirmed)",
            re.IGNORECASE,
        ),
    }


def status(speaker: Speaker, sentence: str, language: str = "en") -> str:
    """From the text's own words: the verb of the saying, a hedge, a denial of the figure."""
    if speaker.cue is not None and speaker.cue.status == "denied":
        return "denied"
    if _status_patterns(language)["hedge"].search(sentence):
        return "unverified"
    if _status_patterns(language)["denied"].search(sentence):
        return "denied"  # "…, a toll the army denied"
    if speaker.cue is None:
        return "claimed" if speaker.basis == "paragraph" else "reported"
    return speaker.cue.status


def _sentence_status(text: str, language: str) -> str | None:
    """A sentence that speaks of figures told before it: "Neither claim could be verified."."""
    pats = _status_patterns(language)
    if pats["denied"].search(text):
        return "denied"
    if pats["unverified"].search(text):
        return "unverified"
    return None


def saying_date(text: str, cue: Cue | None, timexes: list[Timex]) -> Timex | None:
    """A date written right after or right before the verb of saying ("claimed on Thursday")."""
    if cue is None or cue.speaker_after:
        return None
    for t in timexes:
        if t.kind == "duration":
            continue
        if t.char_start >= cue.end and re.fullmatch(r"\s+(?:on|in)?\s*", text[cue.end : t.char_start] + " "):
            return t
        if t.char_end <= cue.start and not text[t.char_end : cue.start].strip():
            return t
    return None


def carry_statuses(claims: list, contexts: list, article_actors: set[str], language: str = "en") -> list:
    """"Neither claim could be independently verified." and "The army denied the toll." speak of
    the figures told before them in their paragraph (or, opening a paragraph, in the one before)."""
    rows: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        rows.setdefault(c.sentence_id, []).append(i)
    body = [ctx for ctx in contexts if ctx.sentence.kind == "body"]
    out = list(claims)
    for k, ctx in enumerate(body):
        status = _sentence_status(ctx.sentence.text, language)
        if status is None or k == 0 or ctx.sentence_id in rows:
            continue  # a sentence with figures of its own speaks of them ("…, but these figures remain unverified")
        paragraph = ctx.sentence.paragraph_index
        if not any(b.sentence.paragraph_index == paragraph for b in body[:k]):
            paragraph = body[k - 1].sentence.paragraph_index  # it opens its paragraph
        denier = last_speaker(ctx.sentence.text, ctx.names, Discourse(article_actors, language=language))
        for b in body[max(0, k - 3) : k]:
            if b.sentence.paragraph_index == paragraph:
                for i in rows.get(b.sentence_id, []):
                    out[i] = _restatus(out[i], status, denier)
    return out


def _restatus(c, new: str, denier: Speaker | None):
    """Unverified hedges a claimed or reported figure; a denial denies anyone's but the denier's own."""
    if new == "unverified" and c.status in ("claimed", "reported"):
        return replace(c, status="unverified")
    own = denier is not None and ((denier.actor_id and denier.actor_id == c.claimant_id) or (denier.label and denier.label == c.claimant_label))
    if new == "denied" and c.status in ("claimed", "reported", "unverified") and not own:
        return replace(c, status="denied")
    return c
