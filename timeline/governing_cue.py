"""Which reporting cue governs a figure: the nearest "said", "according to", "told AFP" whose
reach covers it, unless a hard break (";", "but", a dash) or a quotation stands between.

Why: a figure's claimant is the speaker of the cue that governs it (timeline/claimants.py);
"the army said 12 were killed, but residents counted 40" gives each figure its own cue.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.regex_gate import alternation
from timeline.sayings import Cue, no_one, words


# A contrast ends the reach of a saying ("X said it held, but 12 soldiers died"); "but that …"
# and "while …" go on telling what the speaker said ("two dead, while 13 attackers were slain").
HARD_BREAK = re.compile(r";|\s[—–]\s|(?<![\w-])(?:but(?!\s+that\b)|although|though)(?!\s+\w+ing\b)(?![\w-])", re.IGNORECASE)


DASH_ASIDE = re.compile(r"\s[—–]\s[^—–;]*?\s[—–]\s(?!(?:yet|but|although|though|while|whereas|still)(?![\w-]))", re.IGNORECASE)  # "five people were killed – a Frenchman, a Belgian and three Malians – and nine wounded": an aside, closed
COMPARED = re.compile(r"(?<![\w-])(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)than\s+(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)  # a saying inside a comparison governs nothing after it


@cache
def _apposed_tag(language: str) -> re.Pattern:
    """'…," Hamadoun Ould Bilal, a commander of the Movement for Oneness and Jihad in West Africa
    (MUJAO), told AFP': a name and a representative's role (claimants_<language>.toml tag_roles),
    with no relative clause ("a faction that fought …")."""
    roles = alternation(words(language)["tag_roles"]["words"])
    return re.compile(rf"\s*(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){{0,4}},\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{roles})\s+(?:of|for|in|with)\s+(?:(?!\s(?:that|which|who|whose)\s)[^,\"“”]){{3,120}},\s*")


NEXT_CLAUSE_AND = re.compile(r",\s+(?:and|while|but)\s+(?!that\b|(?:at\s+least\s+|some\s+|about\s+)?\d)(?:[\w’'-]+\s+){1,4}?(?-i:[a-z]+ed|killed|took|shot|struck|stormed|overran|hit)\s[^,;:\"“”]*$", re.IGNORECASE)  # a clause of its own after the first saying's: ", and gunmen killed"


def governing(text: str, found: tuple[Cue, ...], start: int, end: int, language: str = "en") -> tuple[Cue | None, Cue | None]:
    """The saying that governs a figure, and the saying that relays it if there is one: the
    nearest saying before it in its clause ("X said …", "X told AFP that Y said …"), else a
    reporting clause after it ('…, the army said', '…," said X', '…, according to X')."""
    quote = quote_around(text, start, end)
    inner = None
    if quote is not None:  # '"I counted 60 bodies before the soldiers told us to move," said a trader': the trader's
        inner = _inner_cue(text, found, quote, start, language)
        found = tuple(c for c in found if c.end <= quote[0] or c.start >= quote[1])
        start, end = quote
    before = [c for c in found if c.end <= start and (not HARD_BREAK.search(DASH_ASIDE.sub(" ", text[c.end : start])) or _toll_goes_on(text[c.end : start]) or _tag_goes_on(text, c, start))
              and not (COMPARED.search(text, 0, c.start) and re.search(r",\s*(?:and\s+)?that\s", text[c.end : start]))]  # "far higher than Moscow had ever admitted, and that about 2,500 …": the outer saying's
    after = [c for c in found if c.start >= end and not HARD_BREAK.search(text[end : c.start])]
    if quote is not None:  # '…," the source said' / '…," said the trader': the words after the quote
        trailing = next((c for c in after[:1] if (len(text[end : c.start].split()) <= 8 or _apposed_tag(language).fullmatch(text, end, c.start)) and not re.search(r"[.;:!?]", text[end : c.start])), None)
        closed = text[quote[1] - 1 : quote[1]] in "\"”"  # the quotation ends in this sentence (not '"We counted 11 dead … Most families have fled," the trader said')
        if inner is not None and ((trailing is None and closed) or not PRONOUN_SPEAKER.search(text, quote[0], inner.start)):
            return inner, trailing  # '"When they left, I counted 17 bodies"' with no tag: the I of the quotation; '"We told them 12 died," said the mayor': the mayor
    else:
        trailing = next((c for c in after[:1] if _is_trailing(text, c, end)), None)
    owner = next((c for c in after[:1] if not c.speaker_after and TOLL_OF.search(text, max(0, start - 40), start) and THAT_SPEAKER.fullmatch(text, end, c.start) and GIVEN_THEN.match(text, c.end)), None)
    if owner is not None:
        return owner, None  # "up from a toll of 16 that military sources had given late on Sunday": theirs
    if trailing is not None and trailing.speaker_after and before and BARE_DOCUMENT.match(text, trailing.end) and not before[-1].speaker_after:
        return before[-1], None  # "The government put the toll at 13 dead: …, according to a statement read on state television": its own statement
    if trailing is not None and trailing.speaker_after and (re.fullmatch(r"\s*,?\s*", text[end : trailing.start]) or OWN_NOUN_THEN.fullmatch(text, end, trailing.start)):
        return trailing, (before[-1] if before and RELAYED_SOURCE.match(text, trailing.start) else None)  # "14 dead according to the UN, 23 according to the opposition", "which killed 71 soldiers according to the government": the figure's own source ("put the toll at nine dead, citing relatives": relayed by who put it)
    if before and trailing is not None and (m := SAID_STATE.match(text, before[-1].end)) is not None and m.end() <= start and not COUNTED.search(text, before[-1].end, m.end()):
        return trailing, None  # "opened fire in a market the mayor said was crowded, killing 12 people, residents said": the mayor spoke of the market
    if before and trailing is not None and trailing.speaker_after and _closed_tag(text, before[-1]):
        return trailing, None  # "detained three leaders on Saturday, the movement said, a day after clashes in which four people were killed, according to hospital sources"
    if before and trailing is not None and _original_source(text, before[-1], trailing, start):
        return trailing, before[-1]  # "The release recalls that … killed at least 157 villagers …, according to UN investigators": theirs, relayed
    if before and trailing is not None and not trailing.speaker_after and NEXT_CLAUSE_AND.search(text, before[-1].end, start) and text[end : trailing.start].count(",") <= 1 and not re.search(r"[;:.]|(?<![\w-])(?:who|which|that|figure|toll)(?![\w-])", text[end : trailing.start]) and re.fullmatch(r"[\s.!\"”’]*", text[trailing.end :]):
        return trailing, None  # "The agency said … were displaced, and gunmen killed three soldiers in an ambush on Saturday, a security source said": the source's
    if before:
        cue = before[-1]
        outer = before[-2] if len(before) > 1 and _embeds(text, before[-2], cue) else trailing
        return cue, outer
    return trailing, None


def _inner_cue(text: str, found: tuple[Cue, ...], quote: tuple[int, int], start: int, language: str) -> Cue | None:
    """A saying inside a quotation whose own clause holds the figure ('"One of his comrades …
    told me eleven men were killed," she said': the comrade's, relayed), not one whose clause
    ends before it ('"The army said it would protect us, yet 12 people were killed," the mayor
    said'), nor one that no one says ('"Nobody told us anything, and 12 of our men died"'); a
    pronoun's saying ('"We told them …," said the mayor') yields to the tag after the quotation."""
    c = next((c for c in reversed(found) if quote[0] <= c.start and c.end <= start and not c.speaker_after), None)
    if c is None or HARD_BREAK.search(text, c.end, start) or INNER_BREAK.search(text, c.end, start):
        return None
    if no_one(language).match(text, quote[0], c.start):
        return None
    return c


INNER_BREAK = re.compile(r",\s*(?:yet|and|while|so|then|when)(?![\w-])|(?<![\w-])(?:yet|and\s+when|and\s+then)\s|[.!?]\s", re.IGNORECASE)  # another clause of the quotation
PRONOUN_SPEAKER = re.compile(r"(?<![\w’'-])(?:i|we|you|he|she|they|it)\s+(?:(?:had|have|has|was|were|also|then|later|first|never|did|didn['’]t)\s+)*$", re.IGNORECASE)  # '"We told them 12 died," said X': X speaks
SAID_STATE = re.compile(r"\s+(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,", re.IGNORECASE)  # a saying whose clause is a state, closed by a comma
RELAYED_SOURCE = re.compile(r"(?:citing|quoting)(?![\w-])", re.IGNORECASE)  # "put the toll at nine, citing relatives": the one who puts it relays them
OWN_NOUN_THEN = re.compile(r"\s+(?:(?!(?:were|was|had|have|has|been|is|are|and|but|or|who|which|that)\s)[a-z][\w’'-]*(?:\s+|(?=,))){1,3}?,?\s*")  # the figure's own noun phrase, no verb, then the source
TAG_THEN_BUT = re.compile(r"\s*,\s*but\s+(?:[\w’'-]+\s+){0,3}", re.IGNORECASE)
SAYING_AFTER = re.compile(r",\s*(?:according\s+to|citing|[^,;.]{1,40}?(?<![\w-])(?:said|says|told|reported|claimed|added))(?![\w-])", re.IGNORECASE)  # "…, but 40 jihadists were neutralised, according to the army": its own
BARE_DOCUMENT = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:(?:short|brief|new|written|official|joint|first|second|latest)\s+)?(?:statement|communiqu[eé]|press\s+release|message|bulletin)(?![\w-])(?!\s+(?:by|from|of|issued\s+by|released\s+by)\b)", re.IGNORECASE)  # a document that names no issuer of its own
TOLL_OF = re.compile(r"(?<![\w-])(?:toll|figure|count|tally|estimate|number)\s+of\s+(?:(?:at\s+least|about|some|more\s+than|nearly|around|over)\s+)?$", re.IGNORECASE)
THAT_SPEAKER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:that|which)\s+(?:[\w’'-]+\s+){1,5}?(?:(?:had|has|have|first|earlier|initially)\s+)*", re.IGNORECASE)  # "… that the Malian government (had) announced"
GIVEN_THEN = re.compile(r"\s*(?:[.,;)]|$|(?:on|late|earlier|early|last|in|at|this|by|the\s+day|that\s+day|hours|days)(?![\w-]))", re.IGNORECASE)  # the toll given then (not "which the army said was exaggerated", "that the army had given as a lie")
TAG_OPENS = re.compile(r",\s*(?:[\w’'-]+\s+){1,8}$")


def _closed_tag(text: str, cue: Cue) -> bool:
    """A reporting tag set off by commas in mid-sentence (", the movement said,"): it speaks for
    what comes before it."""
    return TAG_OPENS.search(text, 0, cue.start) is not None and re.match(r"\s*,", text[cue.end :]) is not None


def _tag_goes_on(text: str, cue: Cue, start: int) -> bool:
    """A reporting tag set in the middle of a sentence speaks for all of it, the clause after
    its "but" included when the figure opens that clause: "Most were released, a local official
    said, but at least 20 were still held" (not "X said it held, but 12 soldiers died", where
    the saying opens the sentence and its reach ends at the contrast)."""
    return TAG_THEN_BUT.fullmatch(text, cue.end, start) is not None and TAG_OPENS.search(text, 0, cue.start) is not None and not SAYING_AFTER.search(text, start)


def _toll_goes_on(between: str) -> bool:
    """A saying that gave a figure before a semicolon goes on past it when nothing else breaks:
    "Relatives say 23 men were taken away; the bodies of 13 of them were found" (not after "but",
    nor past a second semicolon)."""
    head, sep, tail = between.partition(";")
    return bool(sep) and COUNTED.search(head) is not None and not HARD_BREAK.search(head) and not HARD_BREAK.search(tail)


QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation (its marks included) a span lies in: what is said inside it, sayings
    included, is the words of whoever the sentence says spoke them."""
    for m in QUOTED.finditer(text):
        if m.start() < start and end <= m.end() and m.end() - m.start() > end - start + 2:
            return m.start(), m.end()
    return None


SENTENCE_TAIL = re.compile(r"[^,;:]*[.!?\"”’]*\s*")
DOCUMENT_AFTER = re.compile(r"\s*(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|communiqu|report|toll|figures?|count|tally|estimate|document|release|note|bulletin)", re.IGNORECASE)


def _original_source(text: str, outer: Cue, trailing: Cue, start: int) -> bool:
    """"X recalls that … killed 157 …, according to Y" closing the sentence: Y is the figure's
    original source and X relays it (not "…, according to a statement": X's own document)."""
    return (trailing.speaker_after and re.match(r"according\s+to", text[trailing.start : trailing.end], re.IGNORECASE) is not None and SENTENCE_TAIL.fullmatch(text, trailing.end) is not None and DOCUMENT_AFTER.match(text, trailing.end) is None
            and re.search(r"(?<![\w-])that\s", text[outer.end : start]) is not None and not outer.speaker_after)


def _is_trailing(text: str, cue: Cue, end: int) -> bool:
    """A reporting clause after the figure: '…, the army said', '…," X said', '…, according to X'."""
    if cue.speaker_after:
        return True
    between = text[end : cue.start]
    if cue.possessive and re.search(r"(?<![\w-])by\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+$", between) and not re.search(r"[,;:]", between):
        return True  # "lost about 50 soldiers by the government's own count"
    cut = max(between.rfind(","), between.rfind('"'), between.rfind("”"), between.rfind("’"))
    if cut < 0:
        return False
    subject = between[cut + 1 :]
    if re.match(r"\s*(?:and|but|or|while|as|so|yet)(?![\w-])", subject, re.IGNORECASE):
        return False  # "…, and the United States said …" is a clause of its own
    if re.match(r"[^,;.]*?(?<![\w-])that(?![\w-])", text[cue.end :]):
        return False  # the saying has its own "that …"
    return len(subject.split()) <= 12 and not re.search(r"(?<![\w-])(?:which|that|who|whom|when|where)(?![\w-])", subject, re.IGNORECASE)


def _embeds(text: str, outer: Cue, inner: Cue) -> bool:
    """"X told AFP that Y said …": Y's saying is told by X."""
    between = text[outer.end : inner.start]
    return bool(re.match(r"^[^,;.\d]{0,60}?(?<![\w-])that\s+[^,;\d]{0,80}$", between))


COUNTED = re.compile(r"\d|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?)(?![\w-])", re.IGNORECASE)
