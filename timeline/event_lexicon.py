"""The event lexicon: the ontology of event types, the trigger patterns and the English words the
event stage reads (resources/event_types.csv, triggers.csv, events_en.toml).

Why: the rules of what counts as an event are data; this module loads them once and finds the
triggers of a sentence, including those the patterns cannot see alone (a verb whose object is a
known place: "took Kidal").
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from timeline.dated_together import DATED_BY_PARTICIPLE, YEAR_HEADED
from timeline.regex_gate import PrefixGate, alternation
from timeline.names import NameMatch, visible

@dataclass(frozen=True)
class EventType:
    event_type: str
    label: str
    merge_group: str
    parent_group: str | None
    one_off: bool
    supports_only: bool
    needs_date: bool
    needs_person: bool
    needs_actor: bool
    needs_any_date: bool  # political events ("talks", "a protest") count only when the text dates them
    dated_by_report: bool  # the announcement is the event: "said on Sunday it was cutting ties" dates it
    plover: str
    acled_event_type: str | None
    acled_sub_event_type: str | None


def resource_text(name: str) -> str:
    return resources.files("timeline").joinpath(f"resources/{name}").read_text(encoding="utf-8")


@cache
def event_types() -> dict[str, EventType]:
    """The ontology (resources/event_types.csv), in priority order."""
    out = {}
    for row in csv.DictReader(resource_text("event_types.csv").splitlines()):
        out[row["event_type"]] = EventType(
            row["event_type"], row["label"], row["merge_group"], row["parent_group"] or None,
            row["one_off"] == "true", row["supports_only"] == "true", row["needs_date"] == "true", row["needs_person"] == "true",
            row["needs_actor"] == "true", row["needs_any_date"] == "true", row["dated_by_report"] == "true", row["plover"], row["acled_event_type"] or None, row["acled_sub_event_type"] or None,
        )
    return out


@cache
def _triggers() -> tuple[tuple[re.Pattern, str, int], ...]:
    types = event_types()
    out = []
    for order, row in enumerate(csv.DictReader(resource_text("triggers.csv").splitlines())):
        if None in row:
            raise ValueError(f"triggers.csv row {order + 2}: more fields than pattern,event_type,notes (quote a note that holds a comma)")
        if row["event_type"] not in types:
            raise ValueError(f"triggers.csv: unknown event_type {row['event_type']!r}")
        if re.search(r" [*+{]", row["pattern"]):
            raise ValueError(f"triggers.csv row {order + 2}: a space is any run of white space; quantify a group, not the space")
        pattern = row["pattern"].replace(" ?", r"\s?").replace(" ", r"\s+")  # hard-wrapped copy breaks lines between any two words; "air ?strikes" is "airstrikes" or "air strikes"
        out.append((re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), row["event_type"], order))
    return tuple(out)


@cache
def trigger_gate() -> PrefixGate:
    """Which trigger patterns can match a text at all, from the literal words they start with."""
    return PrefixGate([(order, pattern.pattern) for pattern, _, order in _triggers()])


@cache
def event_words(language: str) -> dict:
    return tomllib.loads(resource_text(f"events_{language}.toml"))


@cache
def reporting_re(language: str) -> re.Pattern:
    words = sorted(event_words(language)["reporting_words"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s+(?:on|in|at|late|early|last|this)?\s*$", re.IGNORECASE)


def find_triggers(text: str, has_person: bool) -> list[tuple[int, int, str]]:
    """Non-overlapping triggers (start, end, event_type), longest first, then lexicon order."""
    types = event_types()
    shown, at = visible(text)  # "kil\u200bled": invisible characters do not hide a trigger
    shown = shown.replace("\n", " ").replace("\t", " ")  # hard-wrapped copy ("Its aircraft\nstruck"): a line break is a space to the lexicon
    found = []
    triggers = _triggers()
    gate = trigger_gate()
    starts = gate.starts(shown)
    for order in sorted(gate.always.union(starts)):  # a trigger's order is its position
        pattern, event_type, _ = triggers[order]
        for m in gate.finditer(order, pattern, shown, starts):
            if m.end() > m.start():
                found.append((at[m.start()], at[m.end() - 1] + 1, event_type, order))
    chosen: list[tuple[int, int, str]] = []
    for start, end, event_type, _ in sorted(found, key=lambda f: (-(f[1] - f[0]), f[3], f[0])):
        if types[event_type].needs_person and not has_person:
            continue
        if any(start < c_end and c_start < end for c_start, c_end, _ in chosen):
            continue
        chosen.append((start, end, event_type))
    return sorted(chosen + _year_headed_inside(text, chosen, found))


def _year_headed_inside(text: str, chosen: list[tuple[int, int, str]], found: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """The event a year heads inside (or across) a longer trigger, as a trigger of its own: "ended
    the 2015 Algiers peace agreement" ends an agreement and tells that it was signed in 2015;
    so does "the 2015 peace deal collapsed", and "ended the peace agreement signed in 2015"."""
    inner: list[tuple[int, int, str]] = []
    for start, end, event_type, _ in sorted(found, key=lambda f: (-(f[1] - f[0]), f[3], f[0])):
        outer = next((c for c in chosen if c[0] < end and start < c[1]), None)
        dated = YEAR_HEADED.search(text[max(0, start - 60) : start]) or (outer is not None and end == outer[1] and DATED_BY_PARTICIPLE.match(text, end))
        if outer is None or outer[:2] == (start, end) or outer[2] == event_type or is_saying(event_type) or not dated:
            continue
        if not any(start < i_end and i_start < end for i_start, i_end, _ in inner):
            inner.append((start, end, event_type))
    return inner


def is_saying(event_type: str) -> bool:
    return event_types()[event_type].merge_group == "statement"


@cache
def _place_object_res(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for event_type, rule in event_words(language)["place_object_verbs"].items():
        verbs = "|".join(map(phrase_pattern, sorted(rule["verbs"], key=len, reverse=True)))
        named = _named_place(language, r"(?:the\s+)?", 3)  # "rolled into the fabled desert city of Timbuktu"
        never = alternation(event_words(language)["place_object_never_next"])
        agreed = "".join(rf"(?<!{re.escape(w)}\s)" for w in event_words(language).get("place_object_never_after", []))  # "a deal struck in Ouagadougou": no attack
        out.append((re.compile(rf"{agreed}\b({verbs})\s+(?!(?:{never})\s)(?:(?:back|control\s+of|it|them)\s+)?(?:{named}|(?:[\w’'\x22“”-]+\s+){{0,{rule['gap_words']}}})$", re.IGNORECASE), rule.get("event_type", event_type)))  # not "the wounded had been taken to Gao"; but 'had "taken up positions" in Kidal'
    return tuple(out)


APPOSITIVE = r"\s*,\s*(?:(?:the|a|an)\s+[^,.;:()\d]{{1,90}}?|(?:some\s+|about\s+|around\s+)?\d[\d,.]*\s*(?:{units})(?![\w-])[^,.;:()\d]{{0,60}}?),\s*"  # "Gao, the biggest town in the north, was retaken", "Anefis, 110km to the south, fell" (units: events_<language>.toml)


@cache
def _place_subject_res(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    """"Kidal fell on 14 November": a verb right after a known place whose subject it is."""
    out = []
    for event_type, rule in event_words(language).get("place_subject_verbs", {}).items():
        verbs = "|".join(map(phrase_pattern, sorted(rule["verbs"], key=len, reverse=True)))
        appositive = APPOSITIVE.format(units=alternation(event_words(language)["distance_units"]))
        out.append((re.compile(rf"(?:\s*,\s*(?:which|that)\s+|{appositive}|\s*,\s*|\s+)({verbs})(?=\s*[.,;]|\s+(?:{'|'.join(rule['followers'])})\b)", re.IGNORECASE), event_type))  # also "Gao, which was retaken on …", "Timbuktu, retaken on …"
    return tuple(out)


@cache
def _ellipsis_re(language: str) -> re.Pattern | None:
    rule = event_words(language).get("ellipsis")
    if not rule:
        return None
    verbs = "|".join(map(phrase_pattern, sorted(rule["verbs"], key=len, reverse=True)))
    followers = "|".join(map(phrase_pattern, sorted(rule["followers"], key=len, reverse=True)))
    another = "|".join(map(phrase_pattern, sorted(rule.get("another_verbs", []), key=len, reverse=True)))
    again = rf"|(?<![\w-])another\s+(?:one\s+)?({another})(?![\w-])" if another else ""
    one = rf"|(?<![\w-])(?:by|and|then)\s+((?:a\s+(?:second|third|fourth|fifth|new|further)|another)\s+one)(?=\s+(?:{followers})\b)"  # "a coup in August 2020 that was followed by a second one in May 2021"
    by_whom = r"|(?<![\w-])(?:followed\s+by|and\s+by)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:on|in)\s+(?:\d|(?-i:[A-Z])))"  # "signed the peace deal on May 15, 2015, followed by the CMA on June 20"
    return re.compile(rf"(?<![\w-])({verbs})(?=\s*[.,;:]|\s+[—–]\s|\s+(?:{followers})\b){again}{one}{by_whom}", re.IGNORECASE)  # also "Niger did the same: its spokesman said …"


DECIDED = re.compile(r"(?<![\w-])(?:step|decision|move)(?![\w-])", re.IGNORECASE)


def elliptic_triggers(text: str, triggers: list[tuple[int, int, str]], previous: str | None, language: str) -> list[tuple[int, int, str]]:
    """"…, and the CMA followed on 20 June", "signed … on May 15, 2015, followed by the CMA on June
    20": the event told just before (in this sentence, else ``previous``, the last one of the
    sentence before), told again for another subject (a signature, a decision; not violence)."""
    from timeline.trigger_context import VIOLENT  # trigger_context reads this module's lexicon

    pattern = _ellipsis_re(language)
    if pattern is None:
        return triggers
    added = []
    for m in pattern.finditer(text):
        before = [t for t in triggers if t[1] <= m.start() and not is_saying(t[2])]
        kind = before[-1][2] if before else previous
        group = next(g for g in (1, 2, 3, 4) if m.group(g))
        if kind and DECIDED.search(m.group(group)) and event_types()[kind].acled_event_type in VIOLENT:
            continue  # "Niger took the same decision" repeats a decision, never the attack told last
        if kind and group == 4 and (event_types()[kind].acled_event_type in VIOLENT or not before):
            continue  # "an attack, followed by the army's response on Monday": another event, not the same told again
        if kind and not any(m.start(group) < e and s < m.end(group) for s, e, _ in triggers):
            added.append((m.start(group), m.end(group), kind))
    return sorted([*triggers, *added]) if added else triggers


@cache
def _repeated_place_re(language: str) -> re.Pattern | None:
    prepositions = event_words(language).get("ellipsis", {}).get("repeated_prepositions")
    if not prepositions:
        return None
    return re.compile(rf",?\s+and\s+((?:{alternation(prepositions)})\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){{0,2}})(?=\s+(?:on|in)\s)", re.IGNORECASE)


def repeated_place_triggers(text: str, triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]], language: str) -> list[tuple[int, int, str]]:
    """"the mission's exit from Tessalit on 21 October and from Aguelhok on 23 October": the
    event before, again at another place on another day (its preposition repeated, no verb; the
    first place has its own date, unlike "deployed in Gao and in Kidal in 2013": one event)."""
    pattern = _repeated_place_re(language)
    added: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text) if pattern is not None else ():
        before = [t for t in triggers if t[1] <= m.start() and not is_saying(t[2])]
        if not before or re.search(r"[.;:]", text[before[-1][1] : m.start()]) or any(m.start(1) < e and s < m.end(1) for s, e, _ in triggers):
            continue
        own_date = next(((a, b) for a, b in dates if a >= m.end(1)), None)
        closes = own_date is not None and re.match(r"\s*(?:[,.;:]|and\b|$)", text[own_date[1] :]) is not None  # not "… and in Gao on Monday hundreds of people protested": a clause of its own
        if closes and any(before[-1][1] <= a and b <= m.start() for a, b in dates):
            added.append((m.start(1), m.end(1), before[-1][2]))
    return sorted([*triggers, *added]) if added else triggers


DEMONSTRATIVE_OF = re.compile(r"(?<![\w-])(that|those)\s+of\s+$|,?\s+and\s+(of)\s+$", re.IGNORECASE)


def demonstrative_triggers(text: str, triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """"This aggression follows those of 6 July near Aguelhok and of 11 July at Anefis": a
    pronoun for the event just told, with a day of its own, is that kind of event again (a day
    only: "more than those of 2019" compares years, it tells no event)."""
    added: list[tuple[int, int, str]] = []
    for a, b in sorted(dates):
        m = DEMONSTRATIVE_OF.search(text, max(0, a - 12), a)
        if m is None or not re.search(r"(?<!\d)\d{1,2}(?!\d)", text[a:b]):
            continue
        group = 1 if m.group(1) else 2
        before = [t for t in sorted([*triggers, *added]) if t[1] <= m.start(group) and not is_saying(t[2])]
        if not before or re.search(r"[.;:]", text[before[-1][1] : m.start(group)]):
            continue
        if group == 1 and not re.fullmatch(r"\s+(?:[\w’'-]+\s+){1,2}", text[before[-1][1] : m.start(group)]):
            continue  # the pronoun stands for the event noun right before its verb ("This aggression follows those of …"), not "its dead were buried next to those of 3 May"
        chained = group == 1 or re.fullmatch(r"\s+of\s+[^.;]{1,60}?", text[before[-1][1] : m.start()]) is not None  # "… and of 11 July": only after "those of …" or "the attacks of …"
        if chained and not any(m.start(group) < e and s < m.end(group) for s, e, _ in triggers):
            added.append((m.start(group), m.end(group), before[-1][2]))
    return sorted([*triggers, *added]) if added else triggers


def place_object_triggers(text: str, names: list[NameMatch], triggers: list[tuple[int, int, str]], language: str) -> list[tuple[int, int, str]]:
    """Triggers the lexicon cannot see alone: a verb whose object is a known place ("took Kidal",
    "seized the town of Diabaly", "was leaving Mali") or whose subject is ("Kidal fell on …"),
    added to the others."""
    added: list[tuple[int, int, str]] = []
    for n in names:
        if n.kind != "place":
            continue
        window = text[max(0, n.start - 60) : n.start]
        for pattern, event_type in _place_object_res(language):
            m = pattern.search(window)
            while m is not None and (later := pattern.search(window, m.start() + 1)) is not None:
                m = later  # the verb nearest the place: "the capture follows the fall of Gao" is the fall's
            if m is None or re.search(r"[.;:!?,]", window[m.start() :]):
                continue
            start = n.start - len(window) + m.start(1)
            end = start + len(m.group(1))
            if any(start < e and s < end for s, e, _ in [*triggers, *added]):
                continue  # "the capture follows the fall of Gao": the lexicon's "capture" is not Gao's verb; "fall of" may be
            added.append((start, end, event_type))
            break
        for pattern, event_type in _place_subject_res(language):
            m = pattern.match(text, n.end)
            if m is None or _aside_before_main_verb(text, n.start, m, language):
                continue
            same = [t for t in triggers if t[2] == event_type and m.start(1) < t[1] and t[0] < m.end(1)]
            if same:  # "Gao was overrun": the lexicon's "overrun", with its place
                triggers = [t for t in triggers if t not in same]
                added.append((n.start, max(m.end(1), *(t[1] for t in same)), event_type))
            elif not any(m.start(1) < e and s < m.end(1) for s, e, _ in [*triggers, *added]):
                added.append((n.start, m.end(1), event_type))  # "Kidal fell": the place is in the trigger
    for m in _relative_object_re(language).finditer(text):  # "the town, which it entered on 5 July 2013"
        if not any(m.start(1) < e and s < m.end(1) for s, e, _ in [*triggers, *added]):
            added.append((m.start(1), m.end(1), "territory_seized"))
    return sorted([*triggers, *added])


@cache
def _relative_object_re(language: str) -> re.Pattern:
    """A place (or "the town") taken in a relative clause whose object it is: "Kidal, which the
    army entered on …", "the town, which it retook in 2013" (the territory_seized verbs)."""
    verbs = "|".join(map(phrase_pattern, sorted(event_words(language)["place_object_verbs"]["territory_seized"]["verbs"], key=len, reverse=True)))
    heads = alternation(event_words(language)["relative_object"]["heads"])
    return re.compile(rf"(?:(?-i:[A-Z])[\w’'-]+|(?:the|that)\s+(?:{heads}))\s*(?:,\s*)?(?:which|that)\s+(?:it|they|(?:the|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+(?:had\s+|has\s+|have\s+|then\s+|later\s+|finally\s+)?({verbs})(?![\w-])", re.IGNORECASE)


PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(of|in|at|near|from|to|outside|around)\s+(?:the\s+)?$", re.IGNORECASE)


def _aside_before_main_verb(text: str, start: int, m: re.Match, language: str) -> bool:
    """A place at the end of a locative aside is not the subject of the verb after the aside's
    comma ("its post at Bamba, in the Bourem district of the Gao region, was attacked"); it is of
    a relative or a participle ("returns to Gao, which was retaken", "to Timbuktu, retaken on …"),
    and a settlement word names it ("the town of Kidal, …")."""
    lead = text[m.start() : m.start(1)]
    if "," not in lead or re.search(r"which|that", lead) or not re.match(r"(?:was|were|has|had|have|came)\b", m[1], re.IGNORECASE):
        return False
    before = text[max(0, start - 40) : start]
    m = PREPOSITION_BEFORE.search(before)
    if m is None:
        return False
    nouns = alternation(event_words(language)["listed_place_nouns"])
    return not (m[1].casefold() == "of" and re.search(rf"(?<![\w-])(?:{nouns})\s+$", before[: m.start()], re.IGNORECASE))


def phrase_pattern(words: str) -> str:
    """A phrase as a pattern whose spaces match any white space (wrapped lines)."""
    return r"\s+".join(map(re.escape, words.split()))


LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
DATE_GAP = re.compile(r"(?:\s*,\s*(?:the|a|an)\s+[^,.;:()\d]{1,90}?,)?\s*(?:on\s+|in\s+)?")  # also "Gao, the largest town in the north, on Saturday"
LIST_PREPOSITION = r"(?:(?:from|in|into|at|near|of)\s+)?"  # "departure from Tessalit on 21 October and from Aguelhok on 23 October", "the fall of Gao on Saturday and of Kidal on Friday"
LIST_PREPOSITION_RE = re.compile(LIST_PREPOSITION, re.IGNORECASE)
LIST_GOES_ON = re.compile(r"\s*(?:[,.;:)]|and\s|or\s|$)")


@cache
def _object_gap(language: str) -> re.Pattern:
    return re.compile(rf"\s+{LIST_PREPOSITION}(?:the\s+(?:{alternation(event_words(language)['listed_place_nouns'])})\s+(?:of|at)\s+)?", re.IGNORECASE)


def _named_place(language: str, article: str, adjectives: int) -> str:
    """"the fabled desert city of", "the garrison town of", "the airfield at": a settlement word naming the place after it."""
    return rf"{article}(?:[\w’'-]+\s+){{0,{adjectives}}}(?:{alternation(event_words(language)['listed_place_nouns'])})\s+(?:of|at)\s+"


@cache
def _listed_noun(language: str) -> re.Pattern:
    """"…, and the garrison town of Gao on Saturday": the words that may name the next listed place."""
    named = _named_place(language, r"the\s+", 1)
    return re.compile(rf"(?:{named})?", re.IGNORECASE)


COLON_LIST = re.compile(r"\s*:\s*")


def listed_place_triggers(text: str, names: list[NameMatch], triggers: list[tuple[int, int, str]], dates: list[tuple[int, int]], language: str = "en") -> list[tuple[int, int, str]]:
    """"We entered Kidal on 30 March, Gao the next day and Timbuktu on 1 April": places listed
    after a trigger's dated object (or its subject: "Kidal fell on 30 March, Gao …"), each with a
    date of its own, are the same act again (the place is the trigger). ``dates``: where the
    sentence's dates are."""
    places = sorted((n for n in names if n.kind == "place"), key=lambda n: n.start)
    starts = {s: e for s, e in dates}
    added: list[tuple[int, int, str]] = []
    for start, end, event_type in triggers:
        if is_saying(event_type):
            continue
        subject = next((n for n in places if n.start == start and n.end < end), None)  # "Kidal fell on 30 March, Gao the next day …"
        first = subject or next((n for n in places if n.start >= end), None)
        if first is None or (subject is None and not _object_gap(language).fullmatch(text, end, first.start) and not COLON_LIST.fullmatch(text, end, first.start)):  # also "hands its bases to the army: Kidal in October, Tessalit on 13 November …"
            continue
        cursor = _dated_after(text, end if subject else first.end, starts)
        while cursor is not None:
            joiner = LIST_JOINER.match(text, cursor)
            at = _listed_noun(language).match(text, LIST_PREPOSITION_RE.match(text, joiner.end()).end()).end() if joiner else None
            following = next((n for n in places if joiner and n.start == at), None)
            after = _dated_after(text, following.end, starts) if following else None
            if after is None or not LIST_GOES_ON.match(text, after):
                break  # not "…, and Algiers on Wednesday summoned Mali's ambassador": a subject with a verb of its own
            if not any(following.start < e and s < following.end for s, e, _ in [*triggers, *added]):
                added.append((following.start, following.end, event_type))
            cursor = after
    return sorted([*triggers, *added]) if added else triggers


def _dated_after(text: str, pos: int, starts: dict[int, int]) -> int | None:
    """The end of a date written right after ``pos`` ("Gao the next day", "Kidal on 30 March")."""
    gap = DATE_GAP.match(text, pos)
    for at in (gap.end(), pos):
        if at in starts:
            return starts[at]
    return None
