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

from timeline.dates import lexicon
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
def _trigger_patterns() -> list[re.Pattern]:
    """The trigger patterns by order, as the gate's ``matches`` takes them."""
    return [pattern for pattern, _, _ in _triggers()]


@cache
def event_words(language: str) -> dict:
    return tomllib.loads(resource_text(f"events_{language}.toml"))


@cache
def _instrument_noun(language: str) -> re.Pattern:
    return re.compile(rf"(?:{alternation(event_words(language)['instruments']['nouns'])})(?![\w-])", re.IGNORECASE)


def adopts_instrument(event_type: str, trigger: str, language: str) -> bool:
    """"resolution 2690, adopted": the adoption of an instrument whose act the sentence may tell
    (events_<language>.toml ``instruments``)."""
    return event_type in event_words(language)["instruments"]["adoption_types"] and _instrument_noun(language).match(trigger) is not None


def instrument_act(event_type: str, language: str) -> bool:
    """A mandate ended, extended or created: what an adopted instrument does."""
    return event_types()[event_type].merge_group in event_words(language)["instruments"]["act_groups"]


@cache
def reporting_re(language: str) -> re.Pattern:
    words = sorted(event_words(language)["reporting_words"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s+(?:on|in|at|late|early|last|this)?\s*$", re.IGNORECASE)


def find_triggers(text: str, has_person: bool) -> list[tuple[int, int, str]]:
    """Non-overlapping triggers (start, end, event_type), longest first, then acts before sayings,
    then lexicon order."""
    types = event_types()
    shown, at = visible(text)  # "kil\u200bled": invisible characters do not hide a trigger
    shown = shown.replace("\n", " ").replace("\t", " ")  # hard-wrapped copy ("Its aircraft\nstruck"): a line break is a space to the lexicon
    found = []
    triggers = _triggers()
    for order, m in trigger_gate().matches(_trigger_patterns(), shown):  # a trigger's order is its position
        if m.end() > m.start():
            found.append((at[m.start()], at[m.end() - 1] + 1, triggers[order][1], order))
    chosen: list[tuple[int, int, str]] = []
    for start, end, event_type, _ in sorted(found, key=lambda f: (-(f[1] - f[0]), is_saying(f[2]), f[3], f[0])):  # a saying's bare verb yields to an act of the same words ("the state of emergency declared on 20 November")
        if types[event_type].needs_person and not has_person:
            continue
        if any(start < c_end and c_start < end for c_start, c_end, _ in chosen) or _scene_after().match(text, end):
            continue  # "east of the ambush site": a place named after the event, not the event told
        chosen.append((start, end, event_type))
    return sorted(chosen + _year_headed_inside(text, chosen, found))


@cache
def _scene_after() -> re.Pattern:
    """A scene noun right after a trigger (events_en.toml [place_phrases] scene_nouns)."""
    return re.compile(rf"\s+(?:{alternation(event_words('en')['place_phrases']['scene_nouns'])})(?![\w-])", re.IGNORECASE)


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
        named = named_place(language, r"(?:the\s+)?", 3)  # "rolled into the fabled desert city of Timbuktu"
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
    dates = alternation([*lexicon(language).weekdays, *lexicon(language).months])  # "said later on Monday that it had taken note": no place
    return re.compile(rf"(?:(?!(?:{dates})\b)(?-i:[A-Z])[\w’'-]+|(?:the|that)\s+(?:{heads}))\s*(?:,\s*)?(?:which|that)\s+(?:it|they|(?:the|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+(?:had\s+|has\s+|have\s+|then\s+|later\s+|finally\s+)?({verbs})(?![\w-])(?!\s+(?:note|part|place)\b)", re.IGNORECASE)  # not "said later on Monday that it had taken note of"


PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(of|in|at|near|from|to|outside|around)\s+(?:the\s+)?$", re.IGNORECASE)


def _aside_before_main_verb(text: str, start: int, m: re.Match, language: str) -> bool:
    """A place at the end of a locative aside is not the subject of the verb after the aside's
    comma ("its post at Bamba, in the Bourem district of the Gao region, was attacked"); it is of
    a relative or a participle ("returns to Gao, which was retaken", "to Timbuktu, retaken on …"),
    and a settlement word names it ("the town of Kidal, …")."""
    lead = text[m.start() : m.start(1)]
    if "," not in lead or re.search(r"which|that", lead) or not re.match(r"(?:was|were|has|had|have|came|fell|falls|fall|changed|changes)\b", m[1], re.IGNORECASE):
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


def named_place(language: str, article: str, adjectives: int) -> str:
    """"the fabled desert city of", "the garrison town of", "the airfield at": a settlement word naming the place after it."""
    return rf"{article}(?:[\w’'-]+\s+){{0,{adjectives}}}(?:{alternation(event_words(language)['listed_place_nouns'])})\s+(?:of|at)\s+"
