"""Who speaks a paragraph when the page itself says so: the turns of a transcript or an
interview ("Q: …", "Spokesman: …", "COL. MARC DELAUNAY: …", "Mamadou Test: …" then "MT: …")
and the heading of a quoted post ("Menaka Vigilance (…) | 07.08.2022 16:40").

Why: in transcripts and roundups the speaker of a figure is named once, at the head of its
paragraph, not in the sentence; these pure functions read those heads for timeline/claims.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.names import matcher
from timeline.regex_gate import alternation
from timeline.sayings import words as sayings_words
from timeline.text_lines import language_rules


TRANSCRIPT_TURN = re.compile(r"^\s*([QA])\s*(?:\(\s*([^()]{2,60}?)\s*\))?\s*[:.]\s*(?:([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s)?")  # "Q: Mayor Kanté, …", "A (COL. MARC DELAUNAY): …"


# A turn headed by a name in capitals ("COL. MARC DELAUNAY: Thank you. …"): that person speaks.
@cache
def _capital_name_tag(language: str) -> re.Pattern:
    """A turn headed by a title and a name in capitals ("COL. MARC DELAUNAY: Thank you."), not a
    headline's label ("BREAKING NEWS:", "FACT CHECK:")."""
    words = list(language_rules()["title_abbreviations"].get(language, [])) + list(sayings_words(language)["transcript"]["roles"])  # "COL." and "COLONEL"
    titles = "|".join(re.escape(t.upper()).replace(r"\ ", r"\s+") for t in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*((?:{titles})\s+(?:[A-ZÀ-Þ][A-ZÀ-Þ.’'-]*\s+){{0,3}}[A-ZÀ-Þ][A-ZÀ-Þ.’'-]*[A-ZÀ-Þ])(?:\s*,\s*[^:,]{{2,60}})?\s*:\s+(?=\S)")  # also "GENERAL IBRAHIMA DAHIROU DEMBÉLÉ, Minister of Defence: …"


@cache
def _speaker_tag(language: str) -> re.Pattern:
    roles, titles = (alternation(sayings_words(language)["transcript"][key]) for key in ("roles", "titles"))
    office = r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]+){0,4})?"  # "Minister of Defence and Veterans Affairs:"
    return re.compile(rf"^\s*((?:(?:{titles})\s+)?(?:{roles}){office})\s*(?:\([^()]{{1,40}}\)\s*)?:\s+(?=\S)", re.IGNORECASE)


TURN_MIN_WORDS = 5

# "Mamadou Test: Calm, but heavy." / "MT: I only know …": a turn an interview opens with a name
NAME_TURN = re.compile(r"^\s*((?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}(?:\s+\d{1,2})?|(?-i:[A-Z]{2,5})(?:\s+\d{1,2})?)\s*(?:\([^()]{1,40}\)\s*)?:\s+(?=\S)")  # also "Hon. Mariam Guindo (supplementary question): …", "CALLER 2 (Awa, Kalaban-Coro): …"


def transcript_names(sentences, language: str = "en") -> dict[str, str]:
    """The names that open the turns of an interview, with their initials: only when two or more
    speakers (names, or roles: "Minister of Defence:") each open two or more paragraphs (question
    and answer), so a lone "Editor's note:" or "Read more:" is no turn. Initials ("MT") stand for
    the full name they abbreviate."""
    openers: dict[str, int] = {}
    roles: dict[str, int] = {}
    for tag, named in _turn_tags(sentences, language):
        if named:
            openers[tag] = openers.get(tag, 0) + 1
        else:
            roles[tag.casefold()] = roles.get(tag.casefold(), 0) + 1
    full = [n for n in openers if " " in n]
    names = {n: next((f for f in full if "".join(w[0] for w in f.split()).upper() == n.replace(".", "")), n) if n.isupper() and " " not in n else n for n in openers}  # "H.K." is Hamadoun Kassogué
    turns: dict[str, int] = {}
    for n, k in openers.items():
        turns[names[n]] = turns.get(names[n], 0) + k
    return names if sum(1 for k in [*turns.values(), *roles.values()] if k >= 2) >= 2 else {}


def is_transcript(sentences, language: str = "en") -> bool:
    """A verbatim record or an interview: two or more speakers each open two or more paragraphs
    with their tag. There a turn goes on, past its paragraph, until the next tag or a heading."""
    tags: dict[str, int] = {}
    for tag, _ in _turn_tags(sentences, language):
        tags[tag.casefold()] = tags.get(tag.casefold(), 0) + 1
    return sum(1 for k in tags.values() if k >= 2) >= 2


def untagged_interview(sentences) -> bool:
    """An interview whose questions carry no "Q:" ("Where were you when it started?" alone on its
    line, the answer in the paragraphs after it): three or more short paragraphs end with a question."""
    last: dict[int, str] = {}
    count: dict[int, int] = {}
    for s in sentences:
        if s.kind == "body":
            last[s.paragraph_index] = s.text
            count[s.paragraph_index] = count.get(s.paragraph_index, 0) + 1
    return sum(1 for p, text in last.items() if text.rstrip(" \"”’'").endswith("?") and count[p] <= 2 and not TRANSCRIPT_TURN.match(text)) >= 3


CLOCK = re.compile(r"\s*\[\d{1,2}:\d{2}(?::\d{2})?\]")  # "[00:47] COULIBALY: …"


def tag_end(text: str, language: str) -> int | None:
    """Where a turn's tag ends ("PRESENTER: ", "[00:47] COULIBALY: ", "CORRESPONDENT (Abdoulaye
    Touré): "), if the sentence opens with one: what follows is the turn's own sentence."""
    clock = CLOCK.match(text)
    at = clock.end() if clock else 0
    rest = text[at:]
    m = NAME_TURN.match(rest) or _capital_name_tag(language).match(rest) or _speaker_tag(language).match(rest)
    return at + m.end() if m else None


@cache
def _not_speakers(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in sayings_words(language)["transcript"]["not_speakers"])


def _a_place(tag: str) -> bool:
    """"GAO: Quiet.": a one-word tag in capitals that names a place labels an answer, no speaker."""
    return " " not in tag and tag.isupper() and any(n.kind == "place" for n in matcher().find(tag.title()))


def _turn_tags(sentences, language: str):
    """Each paragraph's opening tag, with whether it is a name ("Mamadou Test:", "Hon. Mariam
    Guindo (supplementary question):") rather than a role ("Minister of Defence:")."""
    seen = set()
    for s in sentences:
        if s.kind != "body" or s.paragraph_index in seen:
            continue
        seen.add(s.paragraph_index)
        m = NAME_TURN.match(s.text)
        if m and m.group(1).casefold() in _not_speakers(language):
            continue  # a fact-check's "Claim:" and "Verdict:", a page's "Update:": headings, no one speaking
        if m and _a_place(m.group(1)):
            continue  # "BAMAKO: The capital is calm.": a place labels the answer
        if m:
            yield m.group(1), True
        elif (role := speaker_tag(s.text, language, verbatim=True)) is not None:
            yield role, False
        elif (turn := TRANSCRIPT_TURN.match(s.text)) is not None and turn.group(1).upper() == "Q":
            yield "Q", False  # "Q: …" then "MACRON: …": the questions are the other speaker's turns


def _introducing(language: str) -> str:
    """The words that introduce an interviewee ("We spoke to", "We spoke by telephone on
    Thursday with …")."""
    words = alternation(sayings_words(language)["transcript"]["introductions"])
    adverbial = r"(?:\s+(?:by|on|over|in|this|last|late|early|at)\s+[\w’'-]+){1,3}"
    return rf"(?:{words}|(?:we|i)\s+(?:spoke|talked|met){adverbial}\s+(?:to|with))"


@cache
def _introduction(language: str) -> re.Pattern:
    role = r"(?:(?:the|a|an|his|her|its|their)\s+[^,.;:\"“”]{2,50}?,\s+)?"  # "we spoke with the mayor of the commune, Hamidou Ouologuem, 58, …", "to his deputy, Major X"
    return re.compile(rf"(?<![\w-]){_introducing(language)}\s+{role}((?-i:[A-ZÀ-Þ])[\w.-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.-]+){{1,3}})(?:\s*,|(?=\s+(?:on|at|in|last|this|by|over|earlier)\s))", re.IGNORECASE)  # also "we met Siaka Dembélé on Saturday at his home"


@cache
def _anonymous_introduction(language: str) -> re.Pattern:
    """"We spoke by telephone with a 54-year-old farmer from Bounti who …": an interviewee the
    introduction names only by what they are."""
    roles = alternation(sayings_words(language)["transcript"]["anonymous_roles"])
    one_of = rf"one\s+of\s+(?:its|the|their|our|his|her)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{roles})s"  # "to one of its nurses, a 41-year-old mother of four"
    return re.compile(rf"(?<![\w-]){_introducing(language)}\s+((?:a|an)\s+(?:\d{{1,2}}-year-old\s+)?(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{roles})(?:\s+(?:from|in|of|at)\s+(?-i:[A-ZÀ-Þ])[\w’'-]+)?|{one_of})(?=\s+(?:who|whose|that|living|based)\b|\s*[,.;:])", re.IGNORECASE)


@cache
def _introduced_by(language: str) -> re.Pattern:
    words = alternation(sayings_words(language)["transcript"]["introduced_by"])
    return re.compile(rf"^\W*((?-i:[A-ZÀ-Þ])[\w.-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.-]+){{1,3}})\s*,[^.;:]{{1,160}}?,\s+(?:{words})(?![\w-])", re.IGNORECASE)


def named_introduction(text: str, language: str) -> str | None:
    """The interviewee an introduction names by saying so ("We spoke with the governor of Mopti,
    Abass Dembele, …", "X received our correspondent"), not a person the lead only describes."""
    if any(q in text for q in "\"“”"):
        return None
    m = _introduction(language).search(text) or _introduced_by(language).match(text)
    return " ".join(m.group(1).split()) if m else None


def introduced_interviewee(text: str, language: str) -> str | None:
    """The person an interview's introduction names ("We spoke to Mariam Test-Sow, 38, who …";
    "Moussa Diarra, Mali's minister for …, received our correspondent"): two or more capitalised
    words set off by a comma, in a sentence that quotes no one."""
    named = named_introduction(text, language)
    if named is not None or any(q in text for q in "\"“”"):
        return named
    m = ((AGED_BIO.match(text) or CAREER_BIO.match(text)) if not FATE.search(text) else None) or _anonymous_introduction(language).search(text)
    return " ".join(m.group(1).split()) if m else None  # a hard-wrapped name is one name


FATE = re.compile(r"(?<![\w-])(?:killed|died|dead|shot|abducted|kidnapped|wounded|injured|missing|buried|executed|arrested|detained)(?![\w-])", re.IGNORECASE)  # "Moussa Traore, 45, was killed …": a victim, not the one who answers


# "Ahmed Ag Assaleh, 61, was a member of the delegation …", "Sergei (not his real name), 38, from
# the Urals, served …", "Retired Lieutenant-Colonel Abdou Karim Sarr, 61, served …", "Bakary
# Coulibaly, 52, grows rice …", "Moussa (not his real name), a 27-year-old night porter …": a name
# (perhaps after a rank) and an age open the introduction of the one who answers, perhaps after a
# phrase that sets the scene ("A week ago today, Ibrahim Maïga, a 31-year-old livestock trader, …").
AGED_BIO = re.compile(r"^\W*(?:[^.;:\"“”]{1,160}?,\s+)?(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?-i:[a-z])[\w-]+\s+){1,2})?((?-i:[A-ZÀ-Þ])[\w.-]+(?:\s+\((?:retired|ret\.|rtd\.?|res\.)\))?(?:\s+(?-i:[A-ZÀ-Þ])[\w.-]+){0,4})\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:\d{2},\s+(?:is|was|has|had|a|an|the|now|who|from|served|worked|fought|spent|joined|kept|ran|led|lived|grew|sold|owned|drove|taught|(?-i:[a-z]{3,}s))\b|an?\s+\d{2}-year-old\s)")  # also "Sergei (not his real name), 38, from the Urals, served …", "General (retired) Henri Castaing, 66, served …"


# "Ingrid Test-Halvorsen spent four years with the mission, as head of …": a name and the career
# that qualifies the one who answers.
CAREER_BIO = re.compile(r"^\W*((?-i:[A-ZÀ-Þ])[\w.-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w.-]+){1,3})\s+(?:(?:spent|served|worked)\s+(?:\w+\s+){0,3}?(?:years?|months?|as|with|in|for|the)|(?:commands|heads|leads|runs|directs|chairs|coordinates)\s+(?:the|a|an)\s)\b")


def _addressee(words: str, language: str) -> bool:
    """Whether the capitalised words a question opens with name its addressee ("Q: Mayor Kanté, …"),
    not a time or a linking phrase ("Q: On Friday, …", "Q: In March, …", "Q: And Kidal, …"), nor a
    question word ("Q: Why Diarra, and why now?"), nor a place asked about ("Q: Tinzaouaten, in July?")."""
    rules = language_rules()
    times = {w.lower().rstrip(".") for key in ("weekdays", "months") for w in rules[key].get(language, [])}
    first, *_ = words.split()
    if any(n.kind == "place" and n.start == 0 and n.end == len(words) for n in matcher().find(words)):
        return False  # "Q: Tinzaouaten, in July?": a place asked about, not whom
    return first.lower() not in set(rules["stopwords"].get(language, [])) | set(rules["question_words"].get(language, [])) | {"then", "so", "now", "last", "since", "before", "yes", "no", "well"} and not any(w.lower().rstrip(".") in times for w in words.split())


def named_turn(text: str, names: dict[str, str]) -> str | None:
    m = NAME_TURN.match(text) if names else None
    return names.get(m.group(1)) if m else None


# "Mali Debout 223 (pro-government, French; 85,000 subscribers) | 08.08.2022 08:03", '1. "Orchestra
# Veterans" (channel close to Wagner), 27.07.2024, 21:40, 212K views': the heading of a post a
# roundup quotes (a channel, an account), with its date and time, maybe numbered and its views.
POST_HEAD = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s+)?[\"“]?(?P<name>[^|()\d\"“”][^|()\"“”]{1,59}?)[\"”]?\s*(?:\([^()]*\))?\s*"
    r"(?:\|\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC))?)?"  # "| 08.08.2022 08:03"
    r"|[,·]\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC))?)"  # ", 27.07.2024, 21:40" (a time: not a dateline's "Bamako, 27.07.2024")
    r"(?:\s*[,·|]\s*[\d.,]+\s*[KkMm]?\s+(?:views|subscribers|reads))?\s*$"
)


POSTER_ANAPHOR = re.compile(r"(?:the\s+)?(?:channel|account|page|post|blogger|author)", re.IGNORECASE)  # "The channel says …" under a post's heading


def post_heading(text: str) -> str | None:
    """Who posted what follows, when a line heads a post ("Menaka Vigilance (…) | 07.08.2022 16:40")."""
    m = POST_HEAD.match(text)
    return " ".join(m["name"].split()) if m else None


def holds_floor(tag: str) -> bool:
    """A turn tagged in capitals ("COLONEL X: …", "THE SPOKESMAN: …"), the way transcripts set
    off their speakers: the paragraphs after it are still that speaker's until another turn or a
    heading (a "Spokesman:" tag in running copy heads its paragraph only)."""
    return tag.isupper()


def speaker_tag(text: str, language: str, verbatim: bool = False) -> str | None:
    """The role or the name in capitals a transcript's turn opens with ("Spokesman: …", "COL.
    MARC DELAUNAY: …"), if any; in a verbatim record a short turn counts too ("Minister of
    Defence: Thank you, honourable member.")."""
    named = _capital_name_tag(language).match(text)
    if named:
        return named.group(1)  # "COL. MARC DELAUNAY: Thank you.": the turn goes on in the sentences after
    m = _speaker_tag(language).match(text)
    return m.group(1) if m and (verbatim or len(text[m.end() :].split()) >= TURN_MIN_WORDS) else None  # not a factbox's "President: Assimi Goita."


@dataclass
class Floor:
    """Who holds the floor as an article is read sentence by sentence: the one answering in an
    interview, the role a briefing's turn opens with, the channel whose post a roundup quotes.
    ``voice`` is the label of that speaker, for a figure whose sentence names none."""

    names: dict[str, str]  # the turn names of a transcript (transcript_names)
    language: str
    poster: str | None = None
    answering: bool = False
    interviewee: str | None = None
    answer_paragraph: int = -1
    asked: bool = False
    turn_speaker: str | None = None
    held: bool = False  # the turn opened with a name in capitals, which goes on past its paragraph
    verbatim: bool = False  # a transcript whose every turn goes on until the next (is_transcript)
    untagged: bool = False  # questions without "Q:", each answered in the paragraphs after it (untagged_interview)
    introduced_weakly: bool = False  # the interviewee so far is only a lead's "Name, 45, sells fish …" or "a farmer": a named introduction after it wins
    question_paragraph: int = -1  # the last paragraph that ended with a question

    def posts(self, text: str) -> bool:
        """Whether ``text`` heads a post (whose channel then holds the floor)."""
        posted = post_heading(text)
        if posted is not None:
            self.poster = posted
        return posted is not None

    def leave_body(self, kind: str) -> None:
        """A heading ends a post's and a transcript's turn; other page lines leave them be."""
        if kind == "heading":
            self.poster, self.turn_speaker, self.held = None, None, False

    def enter(self, text: str, paragraph: int, previous_paragraph: int) -> None:
        """Read a body sentence's turn marks ("Q: …", "A: …", "Spokesman: …", "MT: …")."""
        turn = TRANSCRIPT_TURN.match(text)
        if (self.interviewee is None or self.introduced_weakly) and not turn and not self.asked:
            named = named_introduction(text, self.language)  # "We spoke to Mariam Test-Sow, who …" (before the first turn)
            if named is not None or self.interviewee is None:
                self.interviewee = named or introduced_interviewee(text, self.language)
                self.introduced_weakly = named is None and self.interviewee is not None
        self.asked = self.asked or turn is not None
        if turn:  # an interview transcript: "Q: Mayor Kanté, what happened?" / "A: … we buried eleven people"
            self.answering = turn.group(1).upper() == "A"
            addressed = turn.group(3) if turn.group(3) and _addressee(turn.group(3), self.language) else None  # not "Q: On Friday, the dialogue …"
            self.interviewee = (addressed or self.interviewee) if not self.answering else (turn.group(2) or self.interviewee)
        elif paragraph != self.answer_paragraph:
            answered = self.untagged and self.interviewee is not None and self.question_paragraph == previous_paragraph >= 0  # "Where were you?" / "At the back gate, …"
            goes_on = self.answering and (self.asked or self.untagged) and paragraph == self.answer_paragraph + 1 and not text.rstrip(" \"”’'").endswith("?")  # an answer's next paragraph, untagged (hard-wrapped copy breaks answers into paragraphs)
            self.answering = answered or goes_on
        if not turn and (ends := text.rstrip(" \"”’'")).endswith(("?", ".", "!", ":")):
            self.question_paragraph = paragraph if ends.endswith("?") else (-1 if self.question_paragraph == paragraph else self.question_paragraph)
        new_paragraph = paragraph != previous_paragraph
        tag = (speaker_tag(text, self.language, self.verbatim) or named_turn(text, self.names)) if new_paragraph else None
        if tag or new_paragraph:
            kept = self.turn_speaker if self.held and not turn else None  # "COLONEL X: …" holds the floor until the next turn
            self.turn_speaker = tag or kept  # "Spokesman: …": the paragraph is the spokesman's turn
            self.held = bool(tag and (holds_floor(tag) or self.verbatim)) or (kept is not None and not tag)
        self.answer_paragraph = paragraph if self.answering else self.answer_paragraph

    def voice(self, named_as: str | None, unattributed: bool) -> str | None:
        """The label of who speaks a figure the sentence leaves ``unattributed`` (or gives to the
        post's channel by anaphora, ``named_as`` "the channel"), if the floor says."""
        unattributed = unattributed or (named_as or "").casefold() in ("we", "i", "us", "me")  # "we have registered about 38,000" in a minister's turn: the minister
        if self.answering and self.interviewee and unattributed:
            return self.interviewee  # the one answering speaks
        if self.turn_speaker and unattributed:
            return self.turn_speaker  # a briefing's turn: "Spokesman: …"
        if self.poster and (unattributed or POSTER_ANAPHOR.fullmatch(named_as or "")):
            return self.poster  # a roundup's post: its channel's figure
        return None
