"""The issuer of a document an article reproduces, told by its letterhead or by a marker.

Why: communiqués reproduced whole ("REPUBLIC OF MALI / … / GENERAL STAFF OF THE ARMED FORCES /
COMMUNIQUÉ No. 071", "… broadcast a statement on ORTM … / [Begin statement]") give their figures
in the issuer's voice without a verb of saying; the letterhead or the sentence before the marker
names who speaks. Split from timeline/claims.py, which reads each article's figures.
"""

from __future__ import annotations

from dataclasses import replace

import re
from functools import cache
from types import SimpleNamespace

from timeline.claimant_institutions import institution_actor, is_abroad
from timeline.claimants import Discourse, Speaker, subject_actor
from timeline.document_speakers import relayed_document
from timeline.mention_records import SentenceContext
from timeline.names import actors
from timeline.regex_gate import alternation
from timeline.sayings import cues, release_kind
from timeline.sayings import words as sayings_words
from timeline.speaker_nouns import institution_types
from timeline.text_lines import ITEM_MARK


@cache
def _one_line_letterhead(language: str) -> re.Pattern:
    return re.compile(rf"(?P<issuer>(?-i:[^a-z]){{6,}}?)\s*[—–:|-]\s*(?:{alternation(sayings_words(language)['headed_release']['kinds'])})\W*", re.IGNORECASE)


LETTERHEAD_LINE = re.compile(r"[^a-z]{8}")  # "REPUBLIC OF MALI - One People, One Goal, One Faith": opens in capitals
REPUBLIC_LINE = re.compile(r"\W*(?:REPUBLIC|RÉPUBLIQUE|REPUBLIQUE)\s+(?:OF|DU|DE)\s")  # a state's letterhead, four lines over the communiqué (not a page's section heading)


def headed_release(contexts: list[SentenceContext], i: int, discourse: Discourse) -> Speaker | None:
    """"MINISTRY OF THE ARMED FORCES" / "Press release - Paris, 26 November 2019", or both on one
    line ("MINISTRY OF THE ARMED FORCES — PRESS RELEASE"): the institution a letterhead in
    capitals names issues what follows (claimants_<language>.toml)."""
    ctx = contexts[i]
    if ctx.sentence.kind != "heading":
        return None
    one_line = _one_line_letterhead(discourse.language).fullmatch(" ".join(ctx.sentence.text.split()))
    if one_line is not None:  # "MINISTRY OF THE ARMED FORCES — PRESS RELEASE"
        letterhead = one_line.group("issuer")
    elif i and release_kind(discourse.language).match(ctx.sentence.text) and contexts[i - 1].sentence.kind in ("heading", "title"):  # the letterhead may open the page, read as its title
        letterhead = " ".join(contexts[i - 1].sentence.text.split())
        if (named := _named_letterhead(contexts, i)) is not None:
            return named
    else:
        return None
    types = _letterhead_types(letterhead, discourse.language)
    if (not types or not letterhead.isupper()) and one_line is None:  # "GENERAL STAFF OF THE ARMED FORCES" / "OFFICE OF INFORMATION AND PUBLIC RELATIONS" / "COMMUNIQUÉ": not the office, but the institution above it
        lines = [" ".join(c.sentence.text.split()) for c in contexts[max(0, i - 4) : i - 1] if c.sentence.kind == "heading"]
        typed = next((line for line in reversed(lines) if line.isupper() and _letterhead_types(line, discourse.language)), None)
        if typed is not None and (letterhead.isupper() or _opening_names_issuer(contexts, i, discourse)) and ((opener := _opening_issuer(contexts, i, discourse)) is not None or not any(is_abroad(n.id, discourse.language) for n in _letterhead_places(contexts, i))):
            return opener  # the institution's own opening sentence names it better ("The General Staff of the Armed Forces informs …"), and issues what follows; a foreign one ("Paris, 28 January 2013") is its letterhead's
        if typed is not None:  # "MINISTRY OF DEFENCE AND VETERANS AFFAIRS" / "Directorate of Information …" / "COMMUNIQUE No. 041/MDAC-DIRPA" over "On Tuesday 19 July 2016, … the camp … was the target of …"
            letterhead, types = typed, _letterhead_types(typed, discourse.language)
    if not letterhead.isupper() or not (types or ISSUING_BODY.search(letterhead)):
        return None  # not a page's own banner; but a body's name is its own letterhead ("… ELECTION OBSERVATION MISSION (WACSEOM)")
    above = SimpleNamespace(text=letterhead)
    named = _letterhead_places(contexts, i)
    home = not discourse.abroad and bool(named) and not any(is_abroad(n.id, discourse.language) for n in named)  # "REPUBLIC OF MALI / … / GENERAL STAFF OF THE ARMED FORCES"
    issuer = institution_actor(types, discourse.article_actors, discourse.language) if home else None  # not the French ministry's "MINISTRY OF THE ARMED FORCES"
    if issuer is None:
        return Speaker(None, " ".join(above.text.split()), "document", None, kind="label")
    return Speaker(issuer, None, "document", None, kind="institution", named_as=" ".join(above.text.split()))


def _letterhead_places(contexts: list[SentenceContext], i: int) -> list:
    """The places a letterhead's own lines and the dateline under them name ("REPUBLIC OF MALI"
    over its motto, "Paris, 26 November 2019"), not the page's title."""
    named = [n for c in contexts[max(0, i - 3) : i + 2] if c.sentence.kind == "heading" and LETTERHEAD_LINE.match(c.sentence.text) for n in c.names if n.kind == "place"]
    return named + [n for c in contexts[max(0, i - 4) : max(0, i - 3)] if c.sentence.kind == "heading" and REPUBLIC_LINE.match(c.sentence.text) for n in c.names if n.kind == "place"]


def _opening_names_issuer(contexts: list[SentenceContext], i: int, discourse: Discourse) -> bool:
    """Whether the first sentence under a letterhead opens on a body that speaks ("1. The General
    Staff of the Armed Forces informs …"), rather than on what happened ("On Tuesday, the camp …")."""
    opening = _opening(contexts, i)
    if opening is None:
        return False
    text = _unnumbered(opening.sentence.text)
    if relayed_document(text, opening.names, discourse) is not None:
        return True
    if re.match(r"\W*The\s+(?-i:[A-Z])", text) and any(c.start <= 140 and not c.speaker_after for c in cues(text, discourse.language)):
        return True  # "The President of the Republic, Head of State, Marshal …, announced this Friday that …"
    opener = subject_actor(text, opening.names, discourse)
    return opener is not None and bool(opener.actor_id or ISSUING_BODY.search(opener.label or ""))



def _opening_issuer(contexts: list[SentenceContext], i: int, discourse: Discourse) -> Speaker | None:
    """The registered body the first sentence under a letterhead opens on ("The Chief of General
    Staff of the Armies informs …"), as the issuer of the numbered paragraphs after it ("1. … our
    forces neutralised 24 terrorists")."""
    opening = _opening(contexts, i)
    opener = subject_actor(_unnumbered(opening.sentence.text), opening.names, discourse) if opening is not None else None
    return replace(opener, basis="document", cue=None) if opener is not None and opener.actor_id else None


def _opening(contexts: list[SentenceContext], i: int) -> SentenceContext | None:
    """The first sentence of a document's text under its letterhead: past its date line
    ("N'Djamena, 1 March 2013"), its title ("Operation Serval: French and Malian forces in control
    of Gao", no full stop) and a bracketed note ("[Unofficial translation from the French.")."""
    return next((c for c in contexts[i + 1 : i + 9] if c.sentence.kind == "body" and len(c.sentence.text.split()) > 6
                 and re.search(r"[.!?:;][\"”’)\]]?\s*$", c.sentence.text) and not c.sentence.text.lstrip().startswith("[")), None)


def _unnumbered(text: str) -> str:
    """A numbered item's text with its number blanked, offsets kept ("1. The CSP-PSD informs …")."""
    mark = ITEM_MARK.match(text)
    return " " * mark.end() + text[mark.end() :] if mark else text


SOURCE_LINE = re.compile(r"\W*Source\s*:\s*(?P<issuer>[^|;\n]{3,100}?)\s*(?:\||$)", re.IGNORECASE)


def source_line(contexts: list[SentenceContext], i: int) -> Speaker | None:
    """"Source: UN Office for the Coordination of Humanitarian Affairs" atop a page, before its
    text: a portal reposting a body's report, whose figures are that body's (not "Source: news
    agencies", nor an outlet)."""
    ctx = contexts[i]
    if ctx.sentence.kind not in ("title", "heading") or any(c.sentence.kind == "body" for c in contexts[:i]):
        return None
    m = SOURCE_LINE.match(ctx.sentence.text)
    found = {n.id for n in ctx.names if m and n.kind == "actor" and m.start("issuer") <= n.start and n.end <= m.end("issuer") and actors()[n.id].fields.get("type") not in ("media", "person")}
    return Speaker(found.pop(), None, "document", None, kind="actor", named_as=m.group("issuer")) if len(found) == 1 else None


def _letterhead_types(letterhead: str, language: str) -> list[str]:
    """The institution kinds a letterhead names, its acronym and "of <country>" tails cut off:
    "GENERAL STAFF OF THE ARMED FORCES OF CÔTE D'IVOIRE (EMG-FACI)" is a general staff."""
    phrase = re.sub(r"\s*\([^()]*\)\s*$", "", re.split(r"\s+[—–-]\s+", letterhead.lower())[0])  # also "… MISSION (WACSEOM) - MALI 2018"
    types = institution_types(phrase, language) or (institution_types(phrase.split(" and ")[0], language) if " and " in phrase else [])  # "MINISTRY OF DEFENCE AND VETERANS AFFAIRS": a ministry of defence
    while not types and " of " in phrase:
        phrase = phrase.rsplit(" of ", 1)[0]
        types = institution_types(phrase, language)
    return types


def _named_letterhead(contexts: list[SentenceContext], i: int) -> Speaker | None:
    """"COORDINATION OF AZAWAD MOVEMENTS (CMA)" / "Executive Bureau" / "Communiqué No. 017": a
    line in capitals among the headings just above that names a registry actor (not a person or
    an outlet) issues the document."""
    for before in reversed(contexts[max(0, i - 3) : i]):
        if before.sentence.kind != "heading":
            break
        line = " ".join(before.sentence.text.split())
        found = {n.id for n in before.names if n.kind == "actor" and actors()[n.id].fields.get("type") not in ("person", "media")}
        if LETTERHEAD_LINE.match(line) and line.upper() == line and len(found) == 1:
            return Speaker(found.pop(), None, "document", None, kind="actor", named_as=line)
    return None


def marked_release(contexts: list[SentenceContext], i: int, discourse: Discourse) -> Speaker | None:
    """"… broadcast a statement on ORTM announcing … / [Begin statement]": a marker that opens the
    text of a document a sentence just before speaks of; the registry actor it opens with issued it
    (claimants_<language>.toml ``relayed_document.begin_markers``)."""
    if i == 0 or not _begin_marker(discourse.language).match(contexts[i].sentence.text):
        return None
    for before in reversed(contexts[max(0, i - 3) : i]):  # past "The Monitor's translation from the French follows."
        if before.sentence.kind != "body":
            continue
        issuer = subject_actor(before.sentence.text, before.names, discourse)
        if issuer is not None and issuer.actor_id and actors()[issuer.actor_id].fields.get("type") == "media":
            continue  # "State broadcaster ORTM broadcast a statement …": who aired it, not who issued it
        if issuer is not None and (issuer.actor_id or (issuer.label and not issuer.label.rstrip().endswith(".") and not _not_issuer(discourse.language).search(issuer.label))):
            return Speaker(issuer.actor_id, issuer.label, "document", None, kind=issuer.kind, named_as=issuer.named_as)
    return None


@cache
def _not_issuer(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(sayings_words(language)['relayed_document']['not_issuers'])})(?![\w-])", re.IGNORECASE)


@cache
def _begin_marker(language: str) -> re.Pattern:
    return re.compile(sayings_words(language)["relayed_document"]["begin_markers"], re.IGNORECASE)


ISSUING_BODY = re.compile(r"(?<![\w-])(?:bureau|association|council|committee|commission|coordination|collective|movement|front|coalition|alliance|government|ministry|presidency|command|staff|office|network|union|federation|league|platform|party|mission|observatory|court|tribunal|prosecutor|prosecution|judicial unit)(?![\w-])", re.IGNORECASE)  # who may open a communiqué as its issuer


@cache
def _numbered_heading(language: str) -> re.Pattern:
    rule = sayings_words(language)["headed_release"]
    return re.compile(rf"\W*(?:{alternation(rule['numbered_kinds'])})(?:\s+{rule['numbers']})?\W*", re.IGNORECASE)


@cache
def _signature(language: str) -> re.Pattern:
    """"Mohamed Elmaouloud Ramadane, spokesman", "Signed: the Executive Bureau"."""
    rule = sayings_words(language)["headed_release"]
    roles = alternation(rule["signature_roles"])
    office_first = rf"(?:the\s+)?(?:{roles})(?:\s+of\s+[^,.;:]{{3,60}}?)?\s*,\s*(?P<holder>(?:[A-Z][\w'’.-]+\s+){{1,4}}[A-Z][\w'’.-]+)"  # "The Prime Minister, Boubou Cisse"
    return re.compile(rf"\W*(?:{rule['signed']}(?P<signer>.{{3,80}}?)|(?P<person>(?:[A-Z][\w'’.-]+\s+){{1,4}}[A-Z][\w'’.-]+)\s*,\s*(?:the\s+)?(?:[\w-]+\s+){{0,3}}(?:{roles})(?![\w-]).{{0,60}}?|{office_first}|(?:the\s+)?(?P<body>{roles}))\W*", re.IGNORECASE)


def numbered_release(contexts: list[SentenceContext], i: int, discourse: Discourse) -> Speaker | None:
    """"DECLARATION No. 001" / "COMMUNIQUÉ No. 002" over a text the article reproduces after words
    of its own ("Editor's note: We reproduce below …"), with no letterhead: its
    figures are the document's, issued by the signature that closes it ("Mohamed Ramadane,
    spokesman") or, unsigned, by the document the heading names (claimants_<language>.toml
    ``headed_release.numbered_kinds``); an issuer its first sentence names comes first, then a
    registry body a letterhead in capitals above names ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES")."""
    ctx = contexts[i]
    if ctx.sentence.kind != "heading" or not _numbered_heading(discourse.language).fullmatch(ctx.sentence.text):
        return None
    if not any(c.sentence.kind == "body" for c in contexts[:i]):
        return None  # the page is the document itself ("PRESS RELEASE" atop the agency's own release): the article's voice
    heading = " ".join(ctx.sentence.text.split())
    for before in reversed(contexts[max(0, i - 3) : i]):  # "Editor's note: the following statement was released by the government."
        if before.sentence.kind == "body" and (relayed := relayed_document(before.sentence.text, before.names, discourse)) is not None:
            return relayed
    opening = next((c for c in contexts[i + 1 : i + 4] if c.sentence.kind == "body"), None)
    if opening is not None and (named := relayed_document(_unnumbered(opening.sentence.text), opening.names, discourse)) is not None:
        return named  # "COMMUNIQUE No. 014 / The Permanent Strategic Framework … informs national and international opinion"
    opener = subject_actor(_unnumbered(opening.sentence.text), opening.names, discourse) if opening is not None else None
    if opener is not None and ((opener.actor_id and actors()[opener.actor_id].fields.get("type") != "person") or (not opener.actor_id and ISSUING_BODY.search(opener.label or ""))):
        return Speaker(opener.actor_id, opener.label, "document", None, kind=opener.kind or "label", named_as=opener.named_as)  # "The Executive Bureau of the Jamtan Pulaaku Association learned with deep sorrow …"
    above = [n for c in contexts[max(0, i - 6) : i] if c.sentence.kind in ("heading", "title") and c.sentence.text.isupper() for n in c.names if n.kind == "actor" and actors()[n.id].fields.get("type") not in ("person", "media") and not c.sentence.text[: n.start].strip() and not c.sentence.text[n.end :].strip(" .")]  # the line is the body's name, not a headline that names it
    if above:
        return Speaker(above[0].id, None, "document", None, kind="actor")  # "ECONOMIC COMMUNITY OF WEST AFRICAN STATES" / "… SUMMIT …" / "FINAL COMMUNIQUÉ": the body the letterhead names
    for after in contexts[i + 1 : i + 60]:
        if after.sentence.kind != "heading" and after.sentence.kind != "body":
            continue
        if after.sentence.kind == "heading" and _numbered_heading(discourse.language).fullmatch(after.sentence.text):
            break  # the next document
        signature = _signature(discourse.language).fullmatch(" ".join(after.sentence.text.split()))
        if signature is not None:
            signer = [n for n in after.names if n.kind == "actor"]
            label = " ".join(after.sentence.text.split()).strip(" .")
            return Speaker(signer[0].id if len(signer) == 1 else None, None if len(signer) == 1 else label, "document", None,
                           kind="actor" if len(signer) == 1 else "label", named_as=label)
        if after.sentence.kind == "heading":
            break
    return Speaker(None, heading, "document", None, kind="label", named_as=heading)
