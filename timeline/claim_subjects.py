"""Claim subjects: whose people or things a figure counts.

Why: "84 Wagner mercenaries and 47 Malian soldiers" are two sides' dead, and a toll means little
without whose losses it gives. The subject is the noun phrase right after the figure, or the one
a toll names ("put the number of dead Wagner troops at 80"); "ten others" and "three of them"
count the people the paragraph counted last.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.claim_figures import figure_patterns, folded_words, number_words, words
from timeline.figure_chains import OF_THE_DEAD
from timeline.dates import lexicon
from timeline.event_lexicon import event_words
from timeline.fate_words import fate_nouns
from timeline.regex_gate import alternation
from timeline.names import NameMatch
from timeline.strength_cues import STRONG_WORD
from timeline.sentence_subjects import subject_span


SUBJECT_STOP = re.compile(
    r"(?:were|was|is|are|had|have|has|who|that|which|in|on|at|during|to|from|for|by|with|may|might|could|would|cannot|can|will|should|must|"
    r"died|perished|drowned|killed|sent|dispatched|either|or|but|as|after|before|while|when|mainly|including|according|"
    r"near|outside|inside|across|along|into|around|between|under|since|overnight|yesterday|today|tonight)$",
    re.IGNORECASE,
)


POSSESSOR_BEFORE = re.compile(r"(?<![\w-])(?:the\s+)?((?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*|[a-z][\w-]*s)(?:['’]s|['’])\s+(?:own\s+)?$")  # "the mercenaries' ", "Wagner's "


UNIFORM = re.compile(r"\s+in\s+(?:(?:military|army|police|gendarmerie)\s+)?(?:uniforms?|fatigues)(?![\w-])", re.IGNORECASE)


HELD_AS = frozenset({"prisoner", "prisoners", "hostage", "hostages", "captive", "captives"})


def _subject(text: str, end: int, names: list[NameMatch]) -> tuple[str | None, str | None]:
    """Whose people or things: the registry actor among, or else the words of, the noun phrase
    right after the figure ("84 Russian Wagner mercenaries", "seven Malian soldiers and Wagner fighters")."""
    tail = re.sub(r"(?<=\b(?:the|its|his|her|our) )[\"“‘]|(?<=\btheir )[\"“‘]", " ", text[end:], count=1, flags=re.IGNORECASE)  # 'on the "crusaders and their allies"': the words, not the mark (same length, so offsets hold)
    lead = re.match(rf"(?:{STRONG_WORD}\s+)?[\s\"”’']*(?:\(\s*\d[\d,.]*\s*\)\s*|\)\s*)?(?:of\s+(?:(?:the|their|its)\b)?\s*)?", tail)  # "six (06) soldiers", "a 300-strong column"
    pos = lead.end()
    partitive = re.match(r"(?:them|whom|those|these)\s+([A-Za-z][\w’'-]*)", tail[pos:])
    verb = partitive and partitive.group(1).endswith("ed") and re.match(r"\s*(?:[,.;:)]|$|(?:and|in|by|on|during|at|after|before)\b)", tail[pos + partitive.end() :])
    held = partitive and partitive.group(1).casefold() in HELD_AS  # "taken two of them prisoner": them
    if partitive and lead.group().strip() and not SUBJECT_STOP.match(partitive.group(1)) and not verb and not held:  # not "30 of them neutralized"
        pos += partitive.start(1)  # "19 of them civilians": civilians; "three of them were wounded": them
    if re.match(r"[,.;:)!?]", tail[pos:]):
        return None, None  # "wounded 255, a security source told AFP": no noun of its own
    taken: list[str] = []
    for word in re.finditer(r"((?:[A-Za-z]\.){2,}(?![\w’'-])|[\w’'-]+)(\s*)", tail[pos:]):  # "U.S." and "U.N." are one word
        token = word.group(1)
        if SUBJECT_STOP.match(token) or re.fullmatch(r"\d[\d,]*", token) or len(taken) == 5 or (token.casefold() in ("late", "early") and WHEN_AFTER.match(tail, pos + word.end())):
            break  # also "put the toll at 43 late on Saturday" (not "12 late arrivals")
        if token.casefold() == "and":
            following = tail[pos + word.end() :]
            if not re.match(r"[A-Z][a-z]", following):
                break
        taken.append(token)
        if re.match(r"\s*[,.;:()\[\]!?\"”]", tail[pos + word.end() - len(word.group(2)) :]):
            break
    if not taken:
        return None, None
    label = " ".join(taken)
    span_end = end + tail.find(taken[-1], pos) + len(taken[-1])
    dressed = UNIFORM.match(text, span_end) or IN_ARMS.match(text, span_end)
    if dressed is not None:
        label, span_end = label + " " + " ".join(dressed.group().split()), dressed.end()  # "six bodies in uniform": soldiers, not just bodies
    actor = next((n.id for n in names if n.kind == "actor" and end <= n.start < span_end), None)
    return actor, label


WHEN_AFTER = re.compile(r"\s*(?:on|in|last|this|that|yesterday|today|tonight|(?-i:[A-Z])[a-z]+day)(?![\w-])", re.IGNORECASE)
TOLL_SET_OFF = re.compile(r"(?<![\w-])(?:death\s+)?toll\s*[,:—–]\s*(?:(?:of\s+)?(?:about|some|around|at\s+least|more\s+than|nearly)\s+)?$", re.IGNORECASE)
IN_ARMS = re.compile(r"(?:(?<=brothers)|(?<=comrades)|(?<=sisters))\s+in\s+arms(?![\w-])", re.IGNORECASE)  # "thousands of our brothers in arms have fallen": soldiers


LOST_BY = re.compile(r"(?<![\w’'-])(?P<who>(?:(?:the|its|their|his|her|our)\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+)?(?!(?:he|she|it|they|we|i|you|who|which|that|had|has|have|and|or|but|also|reportedly|then|later|already|never|only|just|since|once|itself|themselves|himself|herself)\b)[\w’'-]+)\s+(?:had\s+|has\s+|have\s+)?(?:lost|loses|lose|admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)\s+(?:(?:at\s+least|about|some|nearly|more\s+than|up\s+to|around|over)\s+)?[\"“‘']?$", re.IGNORECASE)  # also 'had lost "dozens"'
PRONOUN_LOST = re.compile(r"(?<![\w’'-])(it|we)\s+(?:had\s+|has\s+|have\s+)?(?:lost|loses|lose)\s+(?:(?:at\s+least|about|some|nearly|more\s+than|up\s+to|around|over|only)\s+)?$", re.IGNORECASE)
OBJECT_BEFORE = re.compile(r"(?:(?<![\w-])(?:in|by|of|near|at|from|to|with|for|on|under)|[a-z]{3,}ed)\s+$", re.IGNORECASE)  # "the patrol based in Boni had lost": Boni is no one's side
OWN_TOLL_VERB = r"(?:put|puts|putting|estimated|estimates|estimating|placed|places)"
OWN_TOLL_NOUN = r"(?:dead|deaths|wounded|injured|missing|casualties|losses|toll|death\s+toll|fatalities)"
NUMBER_OF = re.compile(rf"(?:(?:number|toll|tally|count)\s+of\s+(?:the\s+)?|(?:put|and)\s+(?:the\s+)?(?=(?:dead|wounded|injured|missing|casualties)\s)|{OWN_TOLL_VERB}\s+(?:the\s+)?(?=[\w’'-]+['’]s\s+(?:own\s+)?{OWN_TOLL_NOUN}\s)|{OWN_TOLL_VERB}\s+(?:the\s+)?(?=(?:(?-i:[a-z])+\s+)?(?-i:[A-Z])[\w’'-]+\s+{OWN_TOLL_NOUN}\s))(?P<np>[^,;\d]{{1,60}}?)\s+(?:at|to|as)\s+[\"“‘']?$", re.IGNORECASE)
ELIDED = re.compile(r"(?:(?:also|more|were|had)\s+)?(?:others?(?:\s+(?:seriously|critically|slightly|lightly|badly|gravely|severely|also))?(?:\s+(?:[\w’'-]+ed|hurt))?(?:\s+(?:remain|remains|remained|are|were|still)(?:\s+(?:missing|unaccounted\s+for|held|in\s+hospital))?)?|(?:(?:seriously|critically|slightly|lightly|badly|gravely|severely)\s+)?(?:dead|wounded|injured|hurt|killed|missing)(?:\s+(?:evacuated|recorded|reported|counted|confirmed|registered|treated|hospitali[sz]ed))?|arrested|captured|detained|abducted|kidnapped|held|more|in\s+all|in\s+total|total)(?:\s+(?:there|too|then))?", re.IGNORECASE)
OF_OPENER = re.compile(r"\W*of\s+(?:the\s+)?(?P<np>(?:[^,;:]|,(?=\d{3})){3,60}?)\s*,\s*(?:(?:about|some|around|roughly|nearly|more\s+than|at\s+least|only)\s+)?$", re.IGNORECASE)  # "Of the 40 passengers, 12 …"
PRONOUN = re.compile(r"them|whom|those", re.IGNORECASE)


VERB_FIRST = re.compile(r"(?:remain|remains|remained|were|was|are|is|had|have|has|never|still|came|died|went|returned|lost|fell|perished|gave|paid)\b", re.IGNORECASE)
WHEN_WORDS = re.compile(r"(?:the\s+)?(?:next|previous|following|same|day|days|week|weeks|month|year|morning|evening|night|hours?)\b|(?:on|in|by|since|last|this|overnight|yesterday|today)\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:later|after|before|earlier)\b", re.IGNORECASE)  # also "cut the toll to 35 two days later"


def _calendar_word(phrase: str) -> bool:
    """A phrase that opens with a weekday, a month or a season ("Monday dead", "January losses",
    "the toll of the summer")."""
    words = [w.casefold().rstrip(".") for w in phrase.split() if w.casefold() not in ("the", "this", "that", "last")]
    first = words[0] if words else ""
    lex = lexicon()
    return first in lex.weekdays or first in lex.months or first in SEASONS


SEASONS = frozenset({"summer", "winter", "spring", "autumn", "fall", "year", "week", "month", "day", "weekend", "night", "period", "quarter", "semester", "campaign", "rainy", "dry"})


@cache
def _counted_events(language: str) -> re.Pattern:
    """The words that may stand before an event noun a toll names ("the toll of the three attacks
    at more than 70 dead": the attacks', not whose): an article, a number, an adjective of the
    brief frames (events_<language>.toml)."""
    adjectives = alternation([*event_words(language)["brief_frames"]["adjectives"], "recent", "latest", "double"])
    return re.compile(rf"^(?:(?:the|\d+|{alternation(number_words(language))}|{adjectives})\s+)+", re.IGNORECASE)


def _loser(text: str, figure_start: int, names: list[NameMatch]) -> re.Match | None:
    """Who "lost" the men a figure counts ("the army had lost at least six men"): the subject of
    "lost", not a place or a name inside a phrase ("the patrol based in Boni had lost")."""
    lost = LOST_BY.search(text, 0, figure_start)
    if lost is None or OBJECT_BEFORE.search(text, 0, lost.start("who")):
        return None
    return None if any(n.kind == "place" and lost.start("who") <= n.start < lost.end("who") for n in names) else lost


def _fate_noun_only(label: str, language: str) -> bool:
    """A figure's noun that only says what befell people ("killings", "deaths", "abductions"),
    with no one named after it; not "dead", a casualty word the caller reads on its own, nor
    "martyrs", the speaker's own dead."""
    head = " ".join(label.casefold().split()[:1])
    return head in fate_nouns(language) and head not in folded_words(language, "heads", "casualty_words") and not is_own_side(head, language) and not re.search(r"(?<![\w-])(?:of|among|amongst)(?![\w-])", label, re.IGNORECASE)


WHOSE_STRENGTH = re.compile(r",\s+whose\s+(?:strength|number|numbers|size)(?![\w-])[^,;.]*$", re.IGNORECASE)


PARTED_AS = re.compile(r"\s+(?:were|was|are|is)\s+(?:(?:presumed|believed|said|thought|reported|suspected)\s+(?:to\s+be\s+)?|reportedly\s+|allegedly\s+)?(?!(?:in|at|on|under|still|being|now|not|also|seriously|critically|badly|among|from|back)\b|[a-z]+ed\b)(?P<np>(?:members\s+of\s+)?(?:the\s+|a\s+|an\s+)?[^\W\d][^,;:.]{1,60}?)(?=\s*(?:[,;:.]|$)|\s(?:and|but|while|whereas)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|the\s+rest|others?)\b))", re.IGNORECASE)


def subject_of(text: str, m: re.Match, quantity: str, names: list[NameMatch], last: tuple, language: str = "en") -> tuple[str | None, str | None]:
    """Whose people or things a figure counts: the words after it, or those of "put the number
    of dead Wagner troops at N"; "injuries to ten others" and "up to 82 may have been killed"
    count the people of the paragraph's last figure."""
    if quantity == "losses":
        return _losses_subject(text, m, names, language)
    if "pair" in m.re.groupindex:  # "both Russian pilots had been killed": the pilots; "both were killed": the people told before
        named = re.sub(r"^both(?:\s+of\s+them)?\s*", "", m.group("np"), flags=re.IGNORECASE)
        return (next((n.id for n in names if n.kind == "actor" and m.start("np") <= n.start < m.end("np")), None), named) if named else last
    if "single" in m.re.groupindex:  # "a French helicopter pilot was killed"
        return next((n.id for n in names if n.kind == "actor" and m.start("np") <= n.start < m.end("np")), None), m.group("np")
    subject_id, subject_label = _subject(text, m.end(), names)
    predicate = PARTED_AS.match(text, m.end()) if not subject_label else None
    if predicate is not None and OF_THE_DEAD.match(text):  # "Of the 22 dead, 19 were civilians and three were presumed members of the katiba Serma"
        lo, hi = predicate.span("np")
        return next((n.id for n in names if n.kind == "actor" and lo <= n.start < hi), None), predicate.group("np")
    if subject_label and _fate_noun_only(subject_label, language):
        subject_id, subject_label = None, f"people ({subject_label.split()[0]})"  # "documented 96 killings there", "reported 14 deaths": people, not who; the noun told
    if subject_label and VERB_FIRST.match(subject_label):
        subject_id, subject_label = None, None  # "11 remain unaccounted for", "nine never came back": the noun is left out
    if subject_label and (subject_label.casefold() in ("men", "own") or OWN_DEAD.fullmatch(subject_label)) and (lost := _loser(text, m.start(), names)):
        subject_id = next((n.id for n in names if n.kind == "actor" and lost.start("who") <= n.start < lost.end("who")), None)
        who = lost.group("who")
        if subject_label.casefold() != "men":  # "admits four dead of its own": the militia's
            return subject_id, who  # "the attackers had lost "dozens" of their own": the attackers
        return subject_id, f"{who}’ men" if who.endswith("s") else f"{who}’s men"  # "the army had lost at least six men": the army's men
    clause = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1  # "a doctor told us 35 died; the MNLA has only ever admitted to seven dead of its own"
    if subject_label and OWN_DEAD.fullmatch(subject_label) and (span := subject_span(text[clause : m.start()].lstrip(), language)) and span[1] > span[0]:
        lo, hi = (clause + len(text[clause : m.start()]) - len(text[clause : m.start()].lstrip()) + i for i in span)
        verb = OWN_VERB.search(text, lo, hi)
        hi = verb.start() if verb is not None and verb.start() > lo else hi  # "The jihadists admit four dead of their own": the jihadists, not "… admit"
        return next((n.id for n in names if n.kind == "actor" and lo <= n.start < hi), None), text[lo:hi]  # "The militia claims 19 killed and admits four dead of its own": its clause's subject
    if subject_label and subject_label.casefold() == "men" and (pronoun := PRONOUN_LOST.search(text, 0, m.start())):
        return None, {"it": "its men", "we": "our men"}[pronoun.group(1).casefold()]  # "the MNLA said it had lost seven men": the speaker's own men
    if subject_label and WHEN_WORDS.match(subject_label):
        subject_id, subject_label = None, None  # "raised the toll to 23 the next day": a time, not whose dead
    bare = subject_label is None or " ".join(subject_label.casefold().split()) in BARE_TOLL_WORDS
    left = LEFT_DEAD.search(text, max(0, m.start() - 60), m.start()) if quantity == "killed" and (bare or ABANDONED_BODIES.fullmatch(subject_label)) else None
    abandoned = left is not None and ABANDONED_BODIES.fullmatch(subject_label or "dead") is not None and "abandon" in left.group(0) and not re.match(r"[\w\s]*?\s+of(?![\w-])", text[m.end() : m.end() + 20]) and not VICTIMS_AFTER.search(text, m.end(), m.end() + 80)
    left = left if left is not None and (abandoned or (bare and (re.search(r"enem(?:y|ies)", left.group("who"), re.IGNORECASE) or ON_THE_GROUND.match(text, m.end())))) else None  # not "The attackers left 30 dead in the village": their victims; but 'the attackers "abandoned 24 bodies"' are theirs
    if left is not None:  # "The enemy left more than 20 dead on the ground": the enemy's dead
        who = left.group("who")
        return next((n.id for n in names if n.kind == "actor" and left.start("who") <= n.start < left.end("who")), None), f"{who}’ dead" if who.endswith("s") else f"{who}’s dead"
    after = _own_side_after(language).match(text, m.end())
    if after is not None and re.search(r"(?<![\w-])(?:that|while|whereas|but)(?![\w-])", text[m.end() : after.start(1)], re.IGNORECASE):
        after = None  # "wounded eleven others and that three of its own men were wounded": the own men are the next figure's
    own = _own_side(language).search(text[: m.start()]) or after  # "2 dead and 5 wounded on the friendly side"
    bare = subject_label is None or ELIDED.fullmatch(subject_label) or " ".join(subject_label.casefold().split()) in folded_words(language, "heads", "casualty_words")
    if own and bare:  # "its own side had lost two dead and 10 wounded"
        earlier = last != (None, None) and last[1] and own.start() < m.start() and figure_patterns(language)["figure"].search(text, own.end(1), m.start())
        return last if earlier and " ".join(last[1].casefold().split()) != " ".join(own.group(1).casefold().split()) else (None, own.group(1))  # "put its own losses at four soldiers killed and seven wounded": soldiers
    side = SIDE_AFTER.match(text, m.end()) if bare and quantity in PEOPLE_COUNTS else None
    if side is not None and (ARMED_WHO.search(side.group("who")) or re.fullmatch(r"enem(?:y|ies)", side.group("who"), re.IGNORECASE)):  # "a provisional toll of 15 dead on the FAMa side": the FAMa's
        return next((n.id for n in names if n.kind == "actor" and side.start("who") <= n.start < side.end("who")), None), side.group("who")
    mostly = MOSTLY_AFTER.match(text, m.end()) if bare and quantity in PEOPLE_COUNTS else None
    if mostly is not None:  # "a toll of at least 70 dead, mostly gendarmerie students": whose dead
        return next((n.id for n in names if n.kind == "actor" and mostly.start("who") <= n.start < mostly.end("who")), None), mostly.group("who")
    deplored = DEPLORED_BY.search(text, max(0, m.start() - 120), m.start()) if bare and quantity in PEOPLE_COUNTS else None
    if deplored is not None and ARMED_WHO.search(deplored.group("who")):  # "the FAMa deplore 24 dead, 29 wounded", "the army had lost 40 dead": the deplorer's own (not "the government deplored 16 dead after the floods")
        return next((n.id for n in names if n.kind == "actor" and deplored.start("who") <= n.start < deplored.end("who")), None), deplored.group("who")
    possessed = POSSESSED_LOSSES.search(text, max(0, m.start() - 120), m.start()) if bare and quantity in PEOPLE_COUNTS else None
    if possessed is not None:  # "put the rebels' own losses at nine dead and 11 wounded": the rebels'
        return next((n.id for n in names if n.kind == "actor" and possessed.start(1) <= n.start < possessed.end(1)), None), possessed.group(1)
    unnamed = subject_label is None or " ".join(subject_label.casefold().split()) in BARE_TOLL_WORDS or subject_label.startswith("people (")
    fronted = (FRONTED_SIDE.search(text, 0, m.start()) or TOLL_ON_SIDE.search(text, 0, m.start())) if unnamed and quantity in PEOPLE_COUNTS else None  # not "On the side of the road, 12 bodies …"
    if fronted is not None and is_own_side(f"the {fronted.group(1) or fronted.group(2)} side", language):
        fronted = None  # "on the friendly side: two soldiers fell … and five were wounded": the soldiers, told before
    if fronted is not None:  # "On the side of the assailants, 28 were killed and 62 wounded": the assailants'
        group = 1 if fronted.group(1) else 2
        return next((n.id for n in names if n.kind == "actor" and fronted.start(group) <= n.start < fronted.end(group)), None), fronted.group(group)
    named = NUMBER_OF.search(text[: m.start()])
    if named and (_calendar_word(named.group("np")) or _counted_events(language).sub("", named.group("np")).split()[0].casefold() in words(language)["tolls"]["events"]):
        named = None  # "put the Monday dead at 12": a day, not whose dead; "the toll of the attack stands at 35": the attack's
    if (subject_label is None or (bare and subject_id is None)) and named:
        subject_id = next((n.id for n in names if n.kind == "actor" and named.start("np") <= n.start < named.end("np")), None)
        return subject_id, named.group("np")  # "put the number of dead Wagner troops at 80", "put the dead at 70"
    whose = WHOSE_STRENGTH.search(text, 0, m.start()) if subject_label is None and quantity == "strength" else None
    owners = [n for n in names if n.kind == "actor" and whose and n.end <= whose.start()]
    if owners:  # "the Africa Corps, whose strength in Mali is estimated at about 2,500": the Africa Corps
        return owners[-1].id, text[owners[-1].start : owners[-1].end]
    if subject_label is None and quantity == "killed" and TOLL_SET_OFF.search(text, max(0, m.start() - 40), m.start()):
        return None, "people killed (the death toll)"  # "gave a higher death toll, 177, which …": the toll's dead
    toll = figure_patterns(language)["toll"].search(text[: m.start()]) if not BARE_FATE_AFTER.match(text, m.end()) else None  # "put the toll at 31 killed": the killed, not the toll
    if subject_label is None and toll:  # "the death toll … has risen to 77": it counts the toll's dead
        told_noun = " ".join((toll.group("noun") or toll.group("object") or "").casefold().split())
        if last != (None, None) and last[1] and (told_noun in folded_words(language, "heads", "toll_nouns") or re.fullmatch(r"(?:that|the|this|its) figure|it", told_noun)):
            return last  # "dozens of captured soldiers were executed; officials put the toll at 82": the soldiers
        if not toll.group("noun"):
            owner = POSSESSOR_BEFORE.search(text, 0, toll.start("object"))
            if owner is not None:  # "put the mercenaries' losses at 80", "put Wagner's losses at"
                subject_id = next((n.id for n in names if n.kind == "actor" and owner.start(1) <= n.start < owner.end(1)), None)
                return subject_id, owner.group(1)
            return None, "people killed (the death toll)" if re.fullmatch(r"(?:the\s+)?death\s+toll|(?:the\s+)?(?:toll|tally)", toll.group("object") or "", re.IGNORECASE) and quantity == "killed" else toll.group("object")  # "put the death toll at more than 70", "had put the toll at 43": the dead, whoever they were
        told = " ".join(text[toll.start("noun") : toll.end()].split())  # "death toll from the suicide bombing of a camp in Gao rose to"
        verbs = "|".join(map(re.escape, words(language)["tolls"]["verbs"]))
        return None, re.sub(rf"\s+(?:(?:has|have|had|was|is|now)\s+)*(?:{verbs})\b.*$", "", told, flags=re.IGNORECASE)
    if subject_label and PRONOUN.fullmatch(subject_label.split()[0]) and (len(subject_label.split()) == 1 or re.fullmatch(r"\w+ed", subject_label.split()[-1]) or subject_label.split()[-1].casefold() in HELD_AS):  # "30 of them neutralized", "two of them prisoner"
        named = [n for n in names if n.kind == "actor" and n.end <= m.start()]  # "U.N. peacekeepers …, three of them"
        people = _people_before(text[: m.start()], language)  # "pursuing the assailants, had neutralised a dozen of them"
        if named and (people is None or named[-1].end >= people[0]):
            subject_id, subject_label = named[-1].id, text[named[-1].start : named[-1].end]
        else:
            subject_id, subject_label = (None, people[1]) if people else (None, None)
    opener = OF_OPENER.match(text[: m.start()])
    if subject_label is None and opener:  # "Of Ber's roughly 15,000 residents, about 11,000 had fled": Ber's residents
        return None, re.sub(r"(?:^|\s+)(?:(?:roughly|about|some|around|nearly)\s+)?\d[\d,.]*\s+", " ", opener.group("np")).strip()
    casualty = " ".join((last[1] or "").casefold().split()) in folded_words(language, "heads", "casualty_words") | folded_words(language, "heads", "toll_nouns") | BARE_LABELS  # nor a toll's: "a toll of 95 dead" after "put the death toll at 35"
    if last != (None, None) and (subject_label is None or (ELIDED.fullmatch(subject_label) and not casualty)):
        subject_id, subject_label = last  # "injuries to ten others"; "60 dead" stays dead after "115 wounded"
    if quantity == "strength":
        before = [n for n in names if n.kind == "actor" and n.end <= m.start()]
        subject_id = before[-1].id if before else subject_id
        numbered = re.search(r"(?:the\s+)?([\w’'-]+(?:\s+[\w’'-]+)?)\s*,?\s+(?:numbered|numbering)\s+\S*\s*$", text[: m.start()], re.IGNORECASE)
        if numbered and (subject_label is None or (subject_label, subject_id) == tuple(reversed(last))):
            subject_label = numbered.group(1)  # "armed individuals, numbering about 200": the armed individuals
    if subject_id is None and subject_label is None and quantity in PEOPLE_COUNTS:
        bare = re.match(r"\s+(dead|killed|wounded|injured|missing)(?![\w-])", text[m.end() :], re.IGNORECASE)
        subject_label = bare.group(1) if bare else None  # "at least 60 killed [government]"
    shared = SHARED_AMONG.match(text, m.end()) if subject_id is None and quantity in PEOPLE_COUNTS else None
    if shared is not None:  # "a first toll of 12 dead and around 30 wounded among the soldiers": the soldiers' dead too
        return None, f"{shared.group(1)} {shared.group(2)} {shared.group(3)}"
    side = SIDE_OF.match(text, m.end()) if subject_id is None and quantity in PEOPLE_COUNTS else None
    if side is not None:  # "fifty-three (53) dead on the side of the FAMa": the FAMa's dead
        return next((n.id for n in names if n.kind == "actor" and side.start(2) <= n.start < side.end(2)), None), " ".join(text[side.start(1) if side.group(1) else side.start(2) : side.end()].split())
    if subject_id is None and quantity in PEOPLE_COUNTS and subject_label is not None and " ".join(subject_label.casefold().split()) in BARE_TOLL_WORDS:
        word = " ".join(subject_label.casefold().split()).removeprefix("the ")
        subject_label = f"{word} people" if word in ("dead", "wounded", "injured", "missing") else "people killed" if word == "killed" else subject_label  # "11 dead": dead people, whose side the text does not say
    return subject_id, subject_label


SIDE_NP = r"(?:the\s+)?(?:[\w’'-]+\s+and\s+[\w’'-]+\s+(?:forces|troops)|(?:[\w’'-]+\s+){0,2}?[\w’'-]+?)"  # whose dead: "the FAMa", "the defence and security forces"
SHARED_AMONG = re.compile(rf"\s+(dead|killed)\s+and\s+(?:(?:about|around|some|at\s+least|nearly|over|more\s+than)\s+)?[\w,]+\s+(?:wounded|injured|missing)\s+(among|in\s+the\s+ranks\s+of)\s+({SIDE_NP})(?=\s*[,.;]|\s+(?:and|in|at|after|during|when)\b|\s*$)", re.IGNORECASE)  # one "among X" for both figures
SIDE_OF = re.compile(rf"(?:\s*\(\d+\)|\))?(?:\s+(dead|killed|wounded|injured|missing))?\s+(?:on\s+the\s+side\s+of|among|in\s+the\s+ranks\s+of)\s+({SIDE_NP})(?=\s*[,.;)]|\s+(?:and|in|at|after|during|when)\b|\s*$)", re.IGNORECASE)  # "53 dead on the side of the FAMa", "12 killed among the attackers"
TOLL_ON_SIDE = re.compile(r"(?:toll|losses|casualties|balance(?:\s+sheet)?|count)\s+(?:on|for)\s+the\s+side\s+of\s+((?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?:is|was|stands\s+at|stood\s+at|amounts\s+to)\s[^.;]*$()", re.IGNORECASE)  # "The provisional toll on the side of the Defence and Security Forces is 20 killed and 30 wounded"
SIDE_AFTER = re.compile(r"[^.;,]{0,30}?\s+on\s+(?:the\s+)?(?P<who>(?:[\w’'-]+\s+)?[\w’'-]+?)(?:[’']s?)?\s+side(?![\w-])(?!\s+of\s)", re.IGNORECASE)  # "15 dead on the FAMa side" (not "on the Malian side of the border")
FRONTED_SIDE = re.compile(r"(?:^|[;:]\s*|,\s*(?:and|while|whereas)\s+)\W*(?:(?:on\s+the\s+side\s+of|among(?:st)?|in\s+the\s+ranks\s+of)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:\s+\([^()]{1,20}\))?)|on\s+(?:the\s+)?((?:[\w’'-]+\s+)?[\w’'-]+?)(?:[’']s?)?\s+side)\s*[,:][^.;,:]*$", re.IGNORECASE)  # "On the side of the assailants, 28 were killed", "On the army's side, …", "- on the side of the FDS: three dead"
ON_THE_GROUND = re.compile(r"\s+(?:dead\s+|bodies\s+|of\s+their\s+own\s+)?(?:on\s+the\s+(?:ground|battlefield|field)|behind)\b", re.IGNORECASE)
LEFT_DEAD = re.compile(r"(?<![\w-])(?<!of\s)(?<!on\s)(?<!in\s)(?<!against\s)(?P<who>(?:the\s+)?(?:(?-i:[a-z])[\w’'-]+\s+)?(?:enemy|assailants|attackers|terrorists|jihadists|rebels|militants|gunmen|insurgents))\s+[\"“]?(?:had\s+|has\s+|have\s+)?(?:left|abandoned)\s+(?:behind\s+)?(?:(?:about|some|around|nearly|more\s+than|at\s+least|over)\s+)?$")  # "The enemy left more than 20 dead on the ground", 'The attackers "abandoned 24 bodies"'
OWN_VERB = re.compile(r"\s+(?:had\s+|has\s+|have\s+|only\s+|ever\s+)*(?:admit\w*|acknowledg\w*|conced\w*|lost|lose|loses|says?|said|claims?|claimed|mourns?|mourned)(?![\w-])", re.IGNORECASE)
MOSTLY_AFTER = re.compile(r"\s*(?:(?:people|persons)\s+)?(?:dead|killed|wounded|injured|casualties|victims|deaths)?\s*,\s+(?:mostly|mainly|largely|chiefly|most\s+of\s+them|nearly\s+all|almost\s+all|all|all\s+of\s+them(?=\s+(?:[\w’'-]+\s+)?(?:(?-i:[a-z])+s|men|women|police|people)(?![\w-])))\s+(?!(?:on|with|in|at|from|near|by|of|during|after|before|around|outside|inside|along|among|[\w’'-]+ed|hit|shot|struck|taken|caught|burnt|hurt|seen|held|left|sent|brought|flown)\b)(?P<who>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s*(?:[,.;:)]|$|who\b|from\b|in\b|at\b|near\b))", re.IGNORECASE)
ARMED_WHO = re.compile(r"(?<![\w-])(?:army|armies|forces|troops|military|staff|command|battalion|brigade|gendarmerie|movement|group|coalition|FAMa|(?-i:[A-Z]{2,}[a-z]?))(?![\w-])", re.IGNORECASE)  # a force speaks of its own dead
DEPLORED_BY = re.compile(r"(?<![\w’'-])(?P<who>(?:the\s+)?(?!(?:he|she|it|they|we|i|you|who|which|that)\b)[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+(?:deplore|deplores|deplored|mourn|mourns|mourned|(?:had\s+|has\s+|have\s+)?lost)\s+[\"“]?(?:(?:at\s+least|about|some|nearly|more\s+than|around|over)\s+)?(?:\d[\d,]*\s+[\w’'-]+,?\s+(?:and\s+)?)*$", re.IGNORECASE)  # also 'the army had lost "around 40 dead"'
POSSESSED_LOSSES = re.compile(r"(?<![\w-])(?:the\s+)?((?-i:[a-z])[\w-]*s)['’]\s+(?:own\s+)?losses\s+at\s+(?:(?:at\s+least|about|some|around|nearly|more\s+than)\s+)?(?:[\w-]+\s+(?:dead|killed)\s*(?:,\s*|\s+and\s+))?$")  # "put the rebels' own losses at nine dead": the rebels' (not "Sunday's toll", "the UN's toll": a day, a counter)
OWN_DEAD = re.compile(r"(?:dead|killed|wounded|injured|men|fighters|combatants|members)\s+of\s+(?:its|their|our)\s+own", re.IGNORECASE)  # "admits four dead of its own"
BARE_FATE_AFTER = re.compile(r"\s+(?:dead|killed|wounded|injured|missing)(?![\w-])", re.IGNORECASE)
BARE_LABELS = frozenset({"dead people", "wounded people", "injured people", "missing people", "people killed"})
PEOPLE_COUNTS = frozenset({"killed", "wounded", "missing", "captured", "killed_or_captured"})
VICTIMS_AFTER = re.compile(r"(?<![\w-])(?:civilians?|villagers?|victims?|residents?|women|children|graves?|execut\w*|massacre|killings?)(?![\w-])", re.IGNORECASE)  # bodies of those they killed, not their own
ABANDONED_BODIES = re.compile(r"\s*(?:the\s+)?(?:dead|bodies|corpses)\s*", re.IGNORECASE)  # what fighters abandon is their own dead
BARE_TOLL_WORDS = frozenset({"dead", "wounded", "injured", "killed", "missing", "the dead", "the wounded", "the missing"})


def _people_before(text: str, language: str) -> tuple[int, str] | None:
    """The last plural noun of people in ``text`` that a pronoun can stand for ("the assailants",
    "a group of armed men", '"terrorists"'): where it ends, and it."""
    found = None
    for found in _definite_people(language).finditer(text):
        pass
    return (found.end(), found.group("np")) if found else None


@cache
def _definite_people(language: str) -> re.Pattern:
    plural = [w for w in words(language)["heads"]["persons"] if (w.endswith("s") or w.casefold() in ("men", "women", "children", "people", "police", "personnel")) and w.casefold() not in ("others", "those", "whom", "them", "lives")]  # not "paid with their lives"
    return re.compile(rf"(?:(?<![\w-])(?:the|these|those|its|their|of|\d[\d,]*)\s+|[\"“‘](?=[a-z]))(?P<np>(?:(?-i:[a-z])[\w’'-]*\s+)?(?P<noun>{alternation(plural)}))(?![\w-])", re.IGNORECASE)


@cache
def _own_side_after(language: str) -> re.Pattern:
    """The speaker's own people named just after the figures, in the same clause."""
    return re.compile(rf"[^.;,]{{0,40}}?(?<![\w-])({alternation(words(language)['heads']['own_side'])})(?![\w-])", re.IGNORECASE)


def is_own_side(label: str | None, language: str = "en") -> bool:
    """Whether a subject label names the speaker's own people ("the friendly side", "our ranks")."""
    return label is not None and " ".join(label.casefold().split()) in folded_words(language, "heads", "own_side")


@cache
def _own_side(language: str) -> re.Pattern:
    """The speaker's own people named just before the figures (claims_<language>.toml, heads.own_side)."""
    return re.compile(rf"(?<![\w-])({alternation(words(language)['heads']['own_side'])})(?![\w-])[^.;]{{0,40}}$", re.IGNORECASE)

LOSSES_ON = re.compile(r"\s*(?:on|among|to|in\s+the\s+ranks\s+of)\s+", re.IGNORECASE)


def _losses_subject(text: str, m: re.Match, names: list[NameMatch], language: str) -> tuple[str | None, str | None]:
    """Whose losses: "killed and wounded hundreds of soldiers", "inflicted hundreds of
    casualties on the army", "heavy losses among the troops"."""
    end = m.end()
    if "qual" in m.re.groupindex:
        subject = _subject(text, end, names)
        head = (subject[1] or "").split()
        if not head or head[-1].casefold() not in folded_words(language, "heads", "losses_of"):
            return subject
        end = end + text[end:].find(head[-1]) + len(head[-1])
    on = LOSSES_ON.match(text, end)
    return _subject(text, on.end(), names) if on else (None, None)
