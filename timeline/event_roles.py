"""Who and where: an event's speaker or agent and its place, from the sentence's structure.

Why: the nearest name is often the wrong one. "A local politician told AFP" is not the army;
"towards the capital Bamako" is not where a battle was; "the army" is the state force the article
named last. Rules in docs/events.md; word lists in resources/events_en.toml.
"""

from __future__ import annotations

from collections.abc import Iterator

import re
from functools import cache

from timeline.event_lexicon import event_words, find_triggers, phrase_pattern
from timeline.names import NameMatch, actors, ancestors
from timeline.names import places as place_registry
from timeline.regex_gate import alternation
from timeline.claimant_institutions import home_country
from timeline.sayings import saying_patterns
from timeline.unregistered_speakers import state_of

@cache
def _locative_re(language: str) -> re.Pattern:
    w = event_words(language)
    words = "|".join(map(re.escape, w["locative_words"]))
    settled = alternation([*w["place_phrases"]["settlements"], "capital"])  # "in the capital, Bamako"
    return re.compile(rf"\b(?:{words})\s+(?:(?:[\w’'-]+\s+){{0,{w['locative_gap_words']}}}|the\s+(?:[\w’'-]+\s+)?(?:{settled})(?:\s+of)?\s*,\s*)$", re.IGNORECASE)


@cache
def _listed_re(language: str) -> re.Pattern:
    """"in Kolokani, Segou, Douentza": a town further down a list of names after a locative."""
    words = "|".join(map(re.escape, event_words(language)["locative_words"]))
    return re.compile(rf"\b(?:{words})\s+(?-i:(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}\s*,\s*){{1,6}})$", re.IGNORECASE)


def located_places(text: str, names: list[NameMatch], language: str) -> list[NameMatch]:
    """Places the sentence says something happened at, after a locative word ("near Kidal", "in
    the town of Konna"). "Towards the capital Bamako", "turned to Russia", "Russia's Wagner
    Group" and a bracketed aside ("(JNIM, banned in Russia)") locate nothing."""
    locative = _locative_re(language)
    asides = [m.span() for m in ASIDE.finditer(text)]  # "(JNIM, an al-Qaeda affiliate banned in Russia)"
    found = [
        n for n in names
        if n.kind == "place" and (locative.search(text[max(0, n.start - 60) : n.start]) or _place_words(language)["scene"].match(text, n.end) or _digest_heading(text, n)
                                  or (_listed_re(language).search(text[max(0, n.start - 80) : n.start]) and place_registry()[n.id].fields.get("precision") != "country"))
        and not any(a <= n.start and n.end <= b for a, b in asides)
        and not _possessive_country(text, n, language)
        and not (place_registry()[n.id].fields.get("precision") == "country" and BORDER_WITH.search(text, max(0, n.start - 60), n.start))  # "attacked seven towns near the borders with Senegal and Mauritania": in Mali
    ]
    places = [n for n in names if n.kind == "place"]
    return [n for n in found if not _locator_of_previous(text, n, places, language) and not _speakers_place(text, n, language)]


BORDER_WITH = re.compile(r"(?<![\w-])borders?\s+with\s+(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*(?:,|and)\s+)*$", re.IGNORECASE)


def _possessive_country(text: str, n: NameMatch, language: str) -> bool:
    """"fighters of Russia's Wagner Group", "troops of France's Barkhane force": a country in the
    possessive tells whose, not where (but "in Mali's north" is where: a locative right before)."""
    if place_registry()[n.id].fields.get("precision") != "country" or not re.match(r"['’]s?\s", text[n.end :]):
        return False
    where = [w for w in event_words(language)["locative_words"] if w != "of"]  # "fighters of Russia's Wagner Group": whose
    return not re.search(rf"\b(?:{alternation(where)})\s+(?:the\s+)?$", text[: n.start], re.IGNORECASE)


DIGEST_HEAD = re.compile(r"[\w\s–-]{0,25}?(?:\s*\([^()]{0,60}\))?\s*:")


def _digest_heading(text: str, n: NameMatch) -> bool:
    """"• Tuesday 4 March — Ansongo area: IED on army convoy": the place a digest's entry opens
    with, between its dash and its colon, is where the entry happened."""
    return re.search(r"[—–]\s*$", text[: n.start]) is not None and DIGEST_HEAD.match(text, n.end) is not None


SAID_THAT_AFTER = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?\s*,?\s+that(?![\w-])", re.IGNORECASE)


def _speakers_place(text: str, n: NameMatch, language: str) -> bool:
    """"a municipal councillor in nearby Mondoro said": the town the speaker speaks from."""
    from timeline.sayings import cues  # the saying verbs of the claims stage

    w = _place_words(language)
    if w["speaking_at"].search(text[max(0, n.start - 60) : n.start]) and SAID_THAT_AFTER.match(text, n.end):
        return True  # "told reporters in Paris that the pilot …": what is told happened elsewhere (not "announced in Bamako the dissolution …": done there)
    if not w["speaker_role"].search(text[max(0, n.start - 60) : n.start]):
        return False
    return any(n.end <= c.start and not c.speaker_after and not text[n.end : c.start].strip(" ,") or re.fullmatch(r",?\s+(?:[\w’'-]+\s+){0,3}", text[n.end : c.start]) for c in cues(text, language) if c.start >= n.end)


def _locator_of_previous(text: str, n: NameMatch, places: list[NameMatch], language: str) -> bool:
    """"around Ber, near Timbuktu": the second place only says where the first lies."""
    before = [p for p in places if p.end <= n.start]
    if not before:
        return False
    between = text[before[-1].end : n.start]
    if re.fullmatch(r",\s*(?:the\s+)?", between) and n.id != before[-1].id and n.id in ancestors(before[-1].id):
        return True  # "stationed in Bourem, Gao region,": the region says where the town lies
    return _place_words(language)["locator"].fullmatch(between) is not None


@cache
def _place_words(language: str) -> dict[str, re.Pattern]:
    """The phrases of ``events_<language>.toml`` [place_phrases], compiled: a place that only
    locates another ("Ber, near Timbuktu"), a place as the scene of an event, the settlement
    words before an unknown name ("the hamlet of Toula-Kanda")."""
    w = event_words(language)["place_phrases"]
    return {
        "locator": re.compile(rf",\s*(?:{'|'.join(w['locators'])})\s+(?:the\s+)?(?:(?:{alternation(w['settlements'])})\s+of\s+)?", re.IGNORECASE),
        "scene": re.compile(rf"(?:,[^,;]{{1,50}},)?\s+(?:was|is|has\s+been|had\s+been|became|remains)\s+the\s+(?:{alternation(w['scene_nouns'])})\s+of\b", re.IGNORECASE),
        "speaker_role": re.compile(rf"(?<![\w-])(?:{alternation(w['speaker_roles'])})\s+(?:in|of|at|from)\s+(?:nearby\s+|neighbouring\s+|the\s+(?:[\w’'-]+\s+)?(?:{alternation(w['settlements'])})\s+(?:of|in)\s+)?$", re.IGNORECASE),
        "speaking_at": re.compile(rf"(?<![\w-])(?:{'|'.join(w['speaking_at'])})\s+(?:in|from)\s+(?:the\s+(?:[\w’'-]+\s+)?(?:{alternation(w['settlements'])})\s+of\s+)?$", re.IGNORECASE),
        "admin": re.compile(rf"(?<![\w-])(?:{alternation(w['admin_units'])})(?![\w-])", re.IGNORECASE),
        "unknown": re.compile(
            rf"(?:\b(?:{alternation(w['unknown_locatives'])})\s+(?:the\s+(?:[\w’'-]+\s+)?(?:{alternation(w['settlements'])})\s+of\s+)?"
            rf"|\b(?:[Tt]he|[Aa])\s+(?:[\w’'-]+\s+){{0,2}}(?:{alternation(w['settlements'])})\s+of\s+)(?P<name>[A-Z][\w’'-]+)"  # "raided the Bambara village of Sarakala-Coura"
        ),
    }


ASIDE = re.compile(r"\([^()]{0,200}\)")


def _unknown_places(text: str, lo: int, hi: int, names: list[NameMatch], language: str) -> Iterator[re.Match]:
    from timeline.dates import lexicon  # month and weekday names are no places

    skip = {w.casefold() for w in [*lexicon().months, *lexicon().weekdays]}
    for m in _place_words(language)["unknown"].finditer(text, lo, hi):
        word = m.group("name")
        if word.casefold() in skip or any(n.start <= m.start("name") < n.end for n in names):
            continue
        yield m


def unknown_place(text: str, lo: int, hi: int, names: list[NameMatch], language: str) -> tuple[bool, str | None]:
    """Whether a clause places its event at a name the registry does not hold ("at an army base
    in Dioura", "near the hamlet of Toula-Kanda": then no other sentence's place is its place),
    and that name when it is a settlement ("in Kiral"), for linking; not an administrative unit
    around one ("in the commune of Ouenkoro" holds many villages)."""
    m = next(_unknown_places(text, lo, hi, names, language), None)
    if m is None:
        return False, None
    return True, None if _place_words(language)["admin"].search(m.group(0)) else m.group("name")


def object_place(text: str, trigger_end: int, names: list[NameMatch], language: str) -> str | None:
    """The place an event is done to: "seized the rebel stronghold of Kidal", "attacked Gao"."""
    gap = event_words(language)["locative_gap_words"]
    for n in names:
        between = text[trigger_end : n.start]
        if n.kind == "place" and n.start >= trigger_end and re.fullmatch(rf"\s+(?:(?!(?:with|to|from|towards?|against|by|for)\b)[\w’'-]+\s+){{0,{gap}}}", between, re.IGNORECASE):
            if re.match(r"['’]s\b", text[n.end : n.end + 2]):
                continue  # "attacked Mali's main military base at Kati": Mali owns the base, Kati is where
            return n.id
    return None


def agent(actor_names: list[NameMatch], clause: tuple[int, int], trigger_start: int) -> str | None:
    """The actor named last before a trigger in its clause: who does it."""
    before = [n for n in actor_names if clause[0] <= n.start and n.end <= trigger_start]
    return before[-1].id if before else None


SAID_IT = re.compile(r"\s+(?:said|says|announced|claimed|reported|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:(?:had|have|has|then|also|later|first|again)\s+)*$", re.IGNORECASE)


def by_agent(event_type: str, agent_kinds: list[str], language: str, trigger: str = "") -> str:
    """The type as its agent makes it (a town seized by the army is territory regained; a
    garrison the army lost stays seized: its subject is the loser, ``state_agents.loser_verbs``)."""
    w = event_words(language)["state_agents"]
    if not agent_kinds or agent_kinds[0] not in w["actor_types"]:
        return event_type
    if trigger.split(" ", 1)[0].casefold() in w["loser_verbs"]:
        return event_type
    return w["retype"].get(event_type, event_type)


def by_object(event_type: str, clause: str, language: str) -> str:
    """The type as its object makes it (expelling an ambassador is a diplomatic break); the
    first rule of the type whose words stand in the clause."""
    for rule in event_words(language).get("object_retype", {}).get(event_type, []):
        if re.search(rf"\b(?:{'|'.join(map(phrase_pattern, rule['words']))})\b", clause, re.IGNORECASE):
            return rule["type"]
    return event_type


@cache
def _agent_after_re(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(event_words(language)['state_agents']['agent_after'])})$", re.IGNORECASE)


@cache
def _anaphora_ahead(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    table = event_words(language)["speaker_anaphora"]
    return tuple((re.compile(rf"\s+(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE), kind) for kind, phrases in table.items() if kind not in ("person", "organisation"))


def agent_after(text: str, actor_names: list[NameMatch], trigger_end: int, language: str) -> list[str] | None:
    """Who a trigger ending in "to", "by" or "hands of" names right after it ("fell to the army",
    "occupied by the rebels"): their actor type; None when the trigger does not end so."""
    if not _agent_after_re(language).search(text, 0, trigger_end):
        return None
    first = next((n for n in actor_names if n.start >= trigger_end), None)
    if first is not None and re.fullmatch(r"\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}", text[trigger_end : first.start]):
        return [actors()[first.id].fields.get("type", "")]
    return [kind for pattern, kind in _anaphora_ahead(language) if pattern.match(text, trigger_end)]


def agent_kinds(text: str, actor_names: list[NameMatch], clause: tuple[int, int], trigger_start: int, language: str) -> list[str]:
    """The actor type of who does it: a named actor, else what "the army" points at; nobody
    when a pronoun is the trigger's subject ("soldiers they had captured when they overran")."""
    if re.search(r"\b(?:they|it|he|she|we|who|which)\s+(?:(?:had|have|has|then|also|later|first|again)\s+)*$", text[max(clause[0], trigger_start - 40) : trigger_start], re.IGNORECASE):
        said = SAID_IT.search(text, 0, trigger_start)
        if said is None:
            return []
        named = agent(actor_names, (0, said.start()), said.start())  # "Mali's army said it had pushed them out of Konna": the army
        return [actors()[named].fields.get("type", "")] if named else anaphor_kinds(text[max(0, said.start() - 60) : said.start()], language)
    named = agent(actor_names, clause, trigger_start)
    if named:
        last_end = max(n.end for n in actor_names if n.id == named and clause[0] <= n.start and n.end <= trigger_start)
        nearer = anaphor_kinds(text[max(last_end, trigger_start - 40) : trigger_start], language)
        opens = re.search(r"(?:^|[,;:]|(?<![\w-])(?:since|after|before|when|as|while|until|because|and|but|that|then))\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:(?:had|have|has|then|also|later|first|again)\s+)*$", text[: trigger_start], re.IGNORECASE)
        if nearer and opens and not {"person", "organisation"} & set(nearer):
            return nearer  # "11 Malian soldiers had died since the militants overran the town": the militants
        return [actors()[named].fields.get("type", "")]
    return anaphor_kinds(text[max(clause[0], trigger_start - 60) : trigger_start], language)


# "The army on Sunday denied …", "the ministry late on Friday said …": a day between a speaker and its verb
DAY_ADJUNCT = r"(?:\s+(?:(?:late|early|on|last|this)\s+){0,3}(?:\w+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?)?"


@cache
def _anaphora(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    """Phrases that point at an actor of a kind ("the army", "the government's spokesman")."""
    table = event_words(language)["speaker_anaphora"]
    owners = event_words(language).get("home_owners", {}).get("words", [])
    home = {kind: [*phrases, *(f"{o} {p[4:]}" for p in phrases if p.startswith("the ") for o in owners)] for kind, phrases in table.items() if kind == "home_government"}  # "Mali's defence ministry"
    spoken_for = r"\s+(?:spokesman|spokeswoman|spokesperson)"
    return tuple(
        (re.compile(rf"(?:^|\W)(?:(?:{_phrases(phrases)})(?:(?:['’]s)?{spoken_for})?|an?\s+(?:{_phrases([p[4:] for p in phrases if p.startswith('the ')])}){spoken_for})(?:\s+(?:had|has|have|also|later|then|again|earlier|first|previously|itself))*{DAY_ADJUNCT}\s*(?:,\s*)?$", re.IGNORECASE), kind)
        for kind, phrases in (table | home).items()
    )  # also "A government spokesman said": the body a spokesman speaks for


def _phrases(phrases: list[str]) -> str:
    return "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"


def _appositive_speaker(text: str, start: int, actor_names: list[NameMatch], language: str) -> str | None:
    """"Mohamed X, spokesperson for the CSP alliance, stated …": the last actor before the verb
    when no other event or saying stands between them."""
    before = [n for n in actor_names if n.end <= start]
    if not before:
        return None
    between = text[before[-1].end : start]
    saying = rf"\b(?:{'|'.join(map(re.escape, event_words(language)['reporting_words']))})\b"
    if find_triggers(between, True) or re.search(saying, between, re.IGNORECASE):
        return None
    return before[-1].id


OBJECT_OF = re.compile(r"(?<![\w-])(?:of|for|to|with|by|from|at|in|on|against|about|under|near)\s", re.IGNORECASE)


def _phrase_start(text: str, end: int) -> int:
    """Where the noun phrase ending at ``end`` starts: after the last comma, colon, dash or bracket."""
    return max(text.rfind(c, 0, end) for c in ",;:(—–") + 1
ASIDE_BEFORE_VERB = re.compile(r",\s*[^,;:()\"“”]{2,90}?,\s*$")


def _aside_head(text: str, start: int, actor_names: list[NameMatch], language: str) -> str | None:
    """"JNIM, al-Qaeda's branch in the Sahel, said", "The FLA, an alliance formed by the CMA in
    November, said": the actor a comma aside right before the verb describes, not one it names.
    Not "X, a spokesman for the CSP, said": a representative speaks for the body the aside names;
    nor "The leader of Ansar Dine, Iyad Ag Ghaly, said" or "A leader of the former rebel alliance
    CMA, Alghabass Ag Intalla, said": an actor inside a prepositional phrase is no head."""
    aside = ASIDE_BEFORE_VERB.search(text, 0, start)
    if aside is None or saying_patterns(language)["rep"].search(text, aside.start(), aside.end()):
        return None
    head = [n for n in actor_names if n.end <= aside.start() and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*", text[n.end : aside.start()])]
    if not head or OBJECT_OF.search(text, _phrase_start(text, head[-1].start), head[-1].start):
        return None  # "A close ally of Goita, the former minister Moussa Mara, said": the aside names the speaker
    return head[-1].id


def speaker(text: str, trigger: tuple[int, int, str], clause: tuple[int, int], actor_names: list[NameMatch], article_actors: list[str], language: str, home: bool = True) -> str | None:
    """Who says it: the actor named last before the verb in its clause ("Russia's Wagner Group on
    Monday confirmed"), or right after it in an inverted quote ('…," said the army'), or the
    actor named last before of the kind a phrase like "the army" or "the group" points at; else
    nobody. ``article_actors``: the article's actors in order of first mention so far; ``home``:
    False for a story datelined abroad, where a bare "the army" is no default's."""
    start, end, _ = trigger
    named = _aside_head(text, start, actor_names, language) or agent(actor_names, clause, start) or _appositive_speaker(text, start, actor_names, language)
    if named:
        return named
    after = [n for n in actor_names if n.start >= end and re.fullmatch(r"\s*(?:by\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}", text[end : n.start])]
    if after and re.search(r"[,\"”’]\s*$", text[:start]):
        return after[0].id
    # "In an interview broadcast on Sunday, prime minister X said …": the main clause's subject
    saying = rf"\b(?:{'|'.join(map(re.escape, event_words(language)['reporting_words']))})\b"
    verb = re.fullmatch(saying, text[start:end], re.IGNORECASE) is not None  # "Denmark said …, after the military government insisted": Denmark's saying, not the government's
    subject = [n for n in actor_names if n.start >= end and re.match(rf"[^.;:]{{0,30}}?{saying}", text[n.end :], re.IGNORECASE)]
    if subject and not verb and not re.search(saying, text[end : subject[0].start], re.IGNORECASE):
        return subject[0].id
    if DOCUMENT_NOUN.fullmatch(text, start, end):
        issuer = next((n for n in actor_names if n.start >= end and ISSUED_BY.fullmatch(text, end, n.start)), None)
        if issuer is not None:
            return issuer.id  # "the communiqué of the Malian government, read on Monday", "the statement issued this afternoon by …"
    registry = actors()
    defaults = event_words(language)["speaker_defaults"]
    head = text[max(clause[0], start - 60) : start]
    later = re.search(saying, text[end:], re.IGNORECASE)
    if not anaphor_kinds(head, language) and later and not verb and not re.search(r"[.;:]", text[end : end + later.start()]):
        head = text[end : end + later.start()]  # "In a statement on January 7, the army said …"
    for kind in anaphor_kinds(head, language):
        of_kind = [a for a in article_actors if _of_kind(registry[a].fields, kind)]
        if of_kind:
            return of_kind[-1]  # the one named last before
        if kind in defaults and home and not _foreign_owner(head):
            return defaults[kind]
    return None


def _foreign_owner(head: str) -> bool:
    """"Senegal's army", "the Nigerien military": another state's, never the home default."""
    state = state_of(re.split(r"[,;:.(]", head)[-1].strip())
    return state is not None and state.casefold() not in _home_names()


@cache
def _home_names() -> frozenset[str]:
    """The home country's names in the place registry ("Mali", "Republic of Mali")."""
    return frozenset(n.casefold() for p in place_registry().values() if p.fields.get("kind") == "country" and p.fields.get("country") == home_country() for n in p.names)


DOCUMENT_NOUN = re.compile(r"(?:statement|communiqu[eé]|declaration|press\s+release|message|remarks\s+made|comments\s+made)", re.IGNORECASE)
ISSUED_BY = re.compile(r"(?:,?\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:issued|released|published|posted|read(?:\s+out)?|broadcast|signed|sent)(?![\w-])(?:(?!(?<![\w-])(?:by|of|from)(?![\w-]))[^.;:]){0,50}?|\s+(?:on|late\s+on|early\s+on|last|this)\s+(?-i:[A-Z])[a-z]+)?\s+(?:of|by|from)\s+(?:the\s+)?(?:(?:general\s+staff|ministry|minister|spokesman|spokesperson|command|leadership|presidency|office|secretariat)\s+(?:of|for)\s+(?:the\s+)?)?(?:(?!of\b|by\b)[\w’'-]+\s+){0,2}?", re.IGNORECASE)


def _of_kind(fields: dict, kind: str) -> bool:
    """Whether an actor is one a phrase of ``kind`` can point at ("organisation": any body)."""
    if fields.get("generic") == "true":
        return False
    if kind == "organisation":
        return fields.get("type") not in ("person", "civilians", "media")
    if kind == "home_government":
        return fields.get("type") == "government" and fields.get("country") == home_country()
    return fields.get("type") == kind


def anaphor_kinds(head: str, language: str) -> list[str]:
    """The actor types a phrase ending ``head`` can point at ("the army" → state_force)."""
    return [kind for pattern, kind in _anaphora(language) if pattern.search(head)]


VERB_LIST_LINK = re.compile(r"^\W*(?:(?:and|then|also|later|before|promptly|swiftly)\s+)*$", re.IGNORECASE)


def shared_subject(text: str, spans: list[tuple[int, int]], index: int, triggers: list[tuple[int, int, str]], t_start: int, actor_names: list[NameMatch]) -> list[str]:
    """"Algiers dismissed the accusations, recalled its ambassadors and shut its airspace": a
    clause that opens with its verb shares the subject of the clause before, back to the
    first clause of the list, whose actors named before its first trigger are the subject."""
    if not VERB_LIST_LINK.match(text[spans[index][0] : t_start]):
        return []
    while index > 0:
        index -= 1
        lo, hi = spans[index]
        first = min((s for s, _, _ in triggers if lo <= s < hi), default=None)
        if first is None:
            return []
        if not VERB_LIST_LINK.match(text[lo:first]):
            return [n.id for n in actor_names if lo <= n.start and n.end <= first]
    return []
