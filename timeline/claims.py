"""Claims: every casualty figure with who claimed it, what it counts and how sure the text is.

Why: after a battle the figures run from "two soldiers" to "84 Wagner and 47 Malian soldiers".
Each figure is kept with its claimant, its status and the words it rests on, never averaged
away. Figures are read only from the text: a vague word maps to a documented range
(resources/claims_en.toml), "heavy losses" is a claim with no figure, and a number counts
only what its own noun counts ("two pickup trucks" are no casualties). Who says so is read
from the reporting structure (timeline/claimants.py). Everything here is a pure function of
one article's sentences, dates and names.

This module walks an article and assembles its rows; each part does one job: how a figure is
written (claim_figures.py), what it counts (claim_quantities.py), whose people it counts
(claim_subjects.py; a side's own losses, own_losses.py), who says it (claimants.py; inside a
reproduced document, document_voice.py) and how sure the text is (claim_status.py).
Across articles, claim_links.py ties claims to events and tellings to one claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from timeline.claim_figures import FATES, SAME_AS_BEFORE, figure_values, same_order, words
from timeline.claim_links import claim_events, claim_key, event_figures
from timeline.claim_quantities import BREAKDOWN_BEFORE, QUANTITIES, counted_figures
from timeline.claim_status import carry_statuses, saying_date, status
from timeline.claim_subjects import BARE_LABELS, is_own_side, subject_of
from timeline.claimant_institutions import dateline_abroad, opens_abroad
from timeline.claim_discourse import ARTICLE
from timeline.document_voice import OFFICIAL_LABEL, OUR_SOURCES, document_end, ends_document, impersonal, issuer_voice, publishers_own, writers_we
from timeline.own_losses import OWN_PEOPLE_AFTER, THEIR_FELLOWS, acknowledged_losses, own_people, speaker_is_their
from timeline.claimants import Discourse, Speaker, interlocutor, last_speaker, names_in_order, speaker_of, subject_actor
from timeline.document_speakers import document_speakers, lead_in_speaker, named_documents, relayed_document, reproduced_by_pronoun
from timeline.events import SentenceContext, quoted
from timeline.ingest import dateline_end
from timeline.invisible import raw_span, visible_context
from timeline.names import actors, matcher
from timeline.regex_gate import alternation
from timeline.sayings import cues, words as sayings_words
from timeline.text_lines import BULLET, ITEM_MARK
from timeline.release_headers import headed_release, marked_release, numbered_release, source_line
from timeline.quote_threads import QuoteThread, opens_quote
from timeline.transcript_turns import Floor, is_transcript, transcript_names, untagged_interview

# the names other modules and the tests import from here
__all__ = ["FATES", "QUANTITIES", "Claim", "claim_events", "claim_key", "claims_of_article", "event_figures", "words"]


@dataclass(frozen=True)
class Claim:
    """One figure (or qualitative loss) in one sentence, with its claimant and status."""

    claim_id: str
    source_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    figure: str
    figure_start: int
    figure_end: int
    quantity: str
    value_low: int | None
    value_high: int | None
    qualifier: str  # exact | at_least | up_to | about | range | vague | qualitative
    subject_id: str | None
    subject_label: str | None
    claimant_id: str | None
    claimant_label: str
    claimant_basis: str  # sentence | paragraph | article
    status: str  # claimed | unverified | acknowledged | confirmed | denied | reported
    claim_date: date | None
    claim_date_precision: str | None
    claimant_via: str | None = None  # who passed the words on ("AFP" in "X told AFP")


@cache
def _document_noun(language: str) -> re.Pattern:
    """A document an article relays (resources/claimants_<language>.toml, [documents])."""
    return re.compile(rf"(?<![\w-])(?:{alternation(sayings_words(language)['documents']['words'])})(?![\w-])", re.IGNORECASE)


OTHERS_NEXT = re.compile(r"\s+(?:other|others|more)(?![\w-])", re.IGNORECASE)  # "Four other passengers", "two more"
CONTINUES = re.compile(r"\W*(?:(?:[\w-]+|\d[\d,]*)\s+of\s+(?:those|these|them|whom|the\s+(?:men|women|people|victims|detainees|hostages|passengers|villagers|soldiers))\b|(?:those|these)\s+(?:men|women|people|victims|detainees|hostages|passengers|villagers)\b)", re.IGNORECASE)


def _dated(ctx: SentenceContext) -> bool:
    """A sentence that gives a date of its own (background, another episode), not one going on
    with the account just told."""
    return any(t.kind != "duration" for t in ctx.timexes)


OPENING_DATE = re.compile(r"\W*(?:(?:on|in|by|during|late|early|at\s+the\s+end\s+of)\s+)?(?:the\s+)?", re.IGNORECASE)
OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)(?![\w-])", re.IGNORECASE)  # "Two of them died": the people just counted, whatever befell them
MORE_AFTER = re.compile(r"\s+(?:more|others?|other|further|of\s+them|(?:[\w’'-]+\s+){0,2}?(?:died|succumbed)\s+(?:of|to)\s+(?:their|his|her)\s+(?:wounds|injuries))\b", re.IGNORECASE)  # "On Sunday, two more died", "On Monday, 3 died of their wounds": the same people


def _inherited(last: tuple, last_quantity: str | None, quantity: str, text: str, m: re.Match, carries: bool, other_episode: bool) -> tuple:
    """The subject a figure may take from the figure before it: none across another episode
    ("On 17 March, jihadists stormed the camp; the army acknowledged 26 dead"; but "On Monday, 3
    died of their wounds" are the same people), nor a bare "missing people" for a toll ("95 dead
    and 19 missing, then cut the toll to 35")."""
    if not carries or (other_episode and not MORE_AFTER.match(text, m.end())):
        return (None, None)
    if last[0] is None and re.sub(r"\s+\([^()]*\)$", "", last[1] or "") in BARE_LABELS and quantity != last_quantity and not OF_THEM.match(text, m.end()):  # also "dead people (the army)"
        return (None, None)
    return last


def _opens_on_date(ctx: SentenceContext) -> bool:
    """A sentence that opens on a date of its own ("On 17 March, jihadists stormed …"): another
    episode, whose figures count no one the sentence before named."""
    first = min((t for t in ctx.timexes if t.kind != "duration"), key=lambda t: t.char_start, default=None)
    counted = first is not None and re.search(r"(?<![\w-])(?:later|after|earlier|before|next|following|same)(?![\w-])", ctx.sentence.text[first.char_start : first.char_end], re.IGNORECASE)
    return first is not None and not counted and OPENING_DATE.fullmatch(ctx.sentence.text, 0, first.char_start) is not None  # "Three days later, gunmen …": the same story going on


OPENING_SAYING = re.compile(r"\W*(?:\d{1,2}\.\s+[A-Z]+\.\s+)?(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+$")  # a named body opening the sentence ("5. DISPLACEMENT. OCHA ")


def _opens_with_saying(text: str, language: str) -> bool:
    """"OCHA says that about 2,100 people have arrived in Ménaka town": a body's report whose
    next sentence, opening on a figure in the same paragraph, goes on with it."""
    found = cues(text, language)
    return len(found) == 1 and OPENING_SAYING.match(text[: found[0].start]) is not None and re.match(r"\s+that\s", text[found[0].end :]) is not None


def _ends_with_saying(text: str, language: str) -> bool:
    """A sentence closed by its reporting clause ("…, witnesses said.") or opened by "according
    to X": its account goes on in the next sentence of the paragraph when that one gives no date
    of its own or picks out the same people ("Nine of those men …")."""
    found = cues(text, language)
    if not found:
        return False
    last = found[-1]
    if found[0].speaker_after and found[0].start <= 3 and len(found) == 1:
        return True  # "According to the FAMa general staff, one soldier was killed …": the toll goes on in the next sentence
    return re.search(r",\s*[^,]{1,60}$", text[: last.start]) is not None and "," not in text[last.end :] and len(text[last.end :].split()) <= 8


def claims_of_article(source_id: str, contexts: list[SentenceContext], language: str = "en", outlet: str | None = None) -> list[Claim]:
    """Every figure and qualitative loss of one article, with claimant, status and date; read on
    the visible text of each sentence (invisible characters hide no figure), offsets raw. A
    figure no one else is said to give is the article's, named with its outlet ("the article
    (UN report)"): a report's or a wire's own voice."""
    cuts = _dateline_cuts(contexts, language)
    shown = [visible_context(ctx) for ctx in _without_datelines(contexts, cuts)]
    abroad = frozenset(ctx.sentence_id for ctx, cut in zip(contexts, cuts) if dateline_abroad(ctx.names, cut, language))
    claims = _without_definite_repeats(_claims_of_article(source_id, [ctx for ctx, _ in shown], language, abroad))
    if outlet:
        claims = [replace(c, claimant_label=f"the article ({outlet})") if c.claimant_basis == "article" else c for c in claims]
        claims = [replace(c, claimant_label=f"{c.claimant_label} ({outlet})") if publishers_own(c, language) else c for c in claims]  # "According to our teams": the publisher's own people
    raw = {ctx.sentence_id: (original, at) for original, (ctx, at) in zip(contexts, shown) if ctx.sentence.text != original.sentence.text}
    return [_to_raw(c, *raw[c.sentence_id]) if c.sentence_id in raw else c for c in claims]


DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:the|these|those)\s+$", re.IGNORECASE)


def _without_definite_repeats(claims: list[Claim]) -> list[Claim]:
    """"Gunmen killed 12 soldiers … The 12 soldiers killed were buried on Monday": a definite
    figure the article has already given for the same loss is the same people again, no claim."""
    out: list[Claim] = []
    for c in claims:
        head = c.quote[: c.figure_start - c.char_start]
        if DEFINITE_BEFORE.search(head) and any(o.quantity == c.quantity and c.value_low in (o.value_low, o.value_high) for o in out):  # also "more than 40 … the 40 dead"
            continue
        out.append(c)
    return out


def _dateline_cuts(contexts: list[SentenceContext], language: str) -> list[int]:
    """Where each sentence's opening dateline ends (0: none; only a paragraph's first sentence)."""
    out, previous = [], None
    for ctx in contexts:
        s = ctx.sentence
        out.append(dateline_end(s.text, language) if s.paragraph_index != previous and s.kind == "body" else 0)
        previous = s.paragraph_index
    return out


def _without_datelines(contexts: list[SentenceContext], cuts: list[int]) -> list[SentenceContext]:
    """The contexts with each opening dateline blanked out, same length ("BAMAKO, Mali --" is no
    speaker and names no one's dead)."""
    out = []
    for ctx, cut in zip(contexts, cuts):
        s = ctx.sentence
        if cut:
            blank = " " * cut + s.text[cut:]
            ctx = SentenceContext(replace(s, text=blank), ctx.sentence_id, [t for t in ctx.timexes if t.char_start >= cut],
                                  [n for n in ctx.names if n.start >= cut], ctx.timex_ids)
        out.append(ctx)
    return out


def _to_raw(c: Claim, ctx: SentenceContext, at: list[int]) -> Claim:
    """A claim read on a visible copy, pointed back at the raw sentence."""
    base = ctx.sentence.char_start
    start, end = raw_span(at, c.figure_start - base, c.figure_end - base)
    text = ctx.sentence.text
    return replace(c, claim_id=f"{c.source_id}:c{base + start}-{base + end}", quote=text, figure=text[start:end],
                   figure_start=base + start, figure_end=base + end)


def _claims_of_article(source_id: str, contexts: list[SentenceContext], language: str = "en", abroad_leads: frozenset[str] = frozenset()) -> list[Claim]:
    """Every figure and qualitative loss of one article, with claimant, status and date; a lead
    under a dateline abroad ("PARIS, Nov 26 -") speaks of that country's institutions."""
    article_actors = {n.id for ctx in contexts for n in ctx.names if n.kind == "actor"}
    discourse = Discourse(article_actors, language=language)
    out: list[Claim] = []
    said_at, previous_text, previous_paragraph = -10, "", -1
    figured_at = -10  # the last sentence that gave a figure
    counted_in_paragraph: set[str] = set()  # the fates a figure of two or more counted in this paragraph
    last_subject: tuple[str | None, str | None] = (None, None)
    last_people, last_quantity, last_figure = True, None, None
    last_subject_at = -1  # the sentence whose figure gave last_subject
    earlier_subject: tuple[str | None, str | None] = (None, None)  # the people a paragraph before counted, for "55 others were wounded" opening the next
    document: Speaker | None = None  # the issuer of a document the article reproduces
    page: Speaker | None = None  # the body a portal's "Source:" line reposts the whole page of
    listing, listed_paragraph = None, -1  # who gives the bulleted list a sentence ending with a colon opened
    sentences = [ctx.sentence for ctx in contexts]
    floor = Floor(transcript_names(sentences, language), language, verbatim=is_transcript(sentences, language), untagged=untagged_interview(sentences))
    thread = QuoteThread()
    for i, ctx in enumerate(contexts):
        s, text = ctx.sentence, ctx.sentence.text
        if s.kind in ("body", "heading") and floor.posts(text):
            continue
        if s.kind != "body":
            if s.kind == "heading" and document_end(text, language) and document is not page:
                document = None  # "Background", "Read also": the publisher's again (not a reposted report's own sections)
            page = source_line(contexts, i) or page
            document = headed_release(contexts, i, discourse) or numbered_release(contexts, i, discourse) or (page if page is not None and document is None else None) or (relayed_document(text, ctx.names, discourse) if s.kind in ("heading", "title") else None) or document or marked_release(contexts, i, discourse)  # also a heading "STATEMENT OF THE GENERAL STAFF …" over the text
            if s.kind == "heading" and (lead := lead_in_speaker(text, ctx.names, discourse)) is not None:
                listing, listed_paragraph = lead, s.paragraph_index  # "The association Ginna Yagu:" over its numbered items
            floor.leave_body(s.kind)
            continue
        if s.paragraph_index != discourse.paragraph:
            earlier_subject = last_subject if last_subject[1] and last_people else earlier_subject
            last_subject, last_quantity = (None, None), None
            counted_in_paragraph = set()
        discourse.enter(s.paragraph_index)
        masks = [(t.char_start, t.char_end) for t in ctx.timexes]
        discourse.abroad = opens_abroad(text, ctx.names, language) or ctx.sentence_id in abroad_leads
        if document is not None and document is not page and ends_document(ctx, contexts, i, language):
            document = None  # a heading or a note after the document's text: no longer the issuer's figures
        before = contexts[i - 1] if i and contexts[i - 1].sentence.kind == "body" else None
        document = document or relayed_document(text, ctx.names, discourse) or (reproduced_by_pronoun(text, before.sentence.text, before.names, discourse) if before else None) or marked_release(contexts, i, discourse)
        floor.enter(text, s.paragraph_index, previous_paragraph)
        quoted_from = thread.enter(text, s.paragraph_index)
        figures = [(m, q) for m, q in counted_figures(ctx, language) if not (_named_by_rank(m) and q in counted_in_paragraph)]  # "Two French soldiers were killed … Sergeant X was killed": one of the two, not a third
        counted_in_paragraph |= {q for m, q in figures if not _named_by_rank(m) and (figure_values(m, q, language)[0] or 0) >= 2}
        opens_on_figure = bool(figures) and not text[: figures[0][0].start()].strip(" \"“‘'(")  # "Thirty-five soldiers were wounded …"
        follows_colon = opens_on_figure and s.paragraph_index == listed_paragraph + 1 and previous_paragraph == listed_paragraph and previous_text.rstrip().endswith(":")
        if listing is not None and (BULLET.match(text) or ITEM_MARK.fullmatch(text) or s.paragraph_index == listed_paragraph or follows_colon):
            listed_paragraph = s.paragraph_index  # also "N'Djamena has published its toll of the battle:" / "13 Chadian soldiers killed, …" on the next line
        else:
            listing = None
        for m, quantity in figures:
            speaker = speaker_of(text, m.start(), m.end(), ctx.names, discourse, masks)
            if (voice := floor.voice(speaker.named_as, speaker.basis == "article")) is not None:
                speaker = Speaker(None, voice, "paragraph", None, kind="label")  # an interview's answer, a briefing's turn, a roundup's post
            prior = discourse.antecedent()
            if document is not None and (speaker.cue is None or speaker.basis == "article" or issuer_voice(language).match(speaker.named_as or speaker.label or "")):  # "our units", "According to a first count, …" inside the document
                speaker = document  # the article reproduces a communiqué: its figures are the issuer's, and so are "our units"
            elif speaker.cue is None and prior and s.sentence_index - said_at <= 2 and _document_noun(language).search(previous_text + " " + text):
                speaker = Speaker(prior.actor_id, prior.label, "paragraph", None)  # "The statement detailed … The clash killed seven rebels"
            elif speaker.cue is None and prior and said_at == s.sentence_index - 1 and previous_paragraph == s.paragraph_index and opens_on_figure and not _dated(ctx) and _opens_with_saying(previous_text, language):
                speaker = Speaker(prior.actor_id, prior.label, "paragraph", None)  # "OCHA says that … . More than 45,000 displaced people now live …"
            elif speaker.cue is None and prior and said_at == s.sentence_index - 1 and _ends_with_saying(previous_text, language) and (CONTINUES.match(text) or (previous_paragraph == s.paragraph_index and not _dated(ctx)) or (previous_paragraph == s.paragraph_index - 1 and figured_at == s.sentence_index - 1 and opens_on_figure and not _dated(ctx))):
                speaker = Speaker(prior.actor_id, prior.label, "paragraph", None)  # "…, witnesses said. Nine of those men were found dead …"
            elif speaker.cue is None and prior and said_at == figured_at == s.sentence_index - 1 and previous_paragraph == s.paragraph_index and opens_on_figure and OTHERS_NEXT.match(text, figures[0][0].end()) and not _dated(ctx) and len(text) < 90:
                speaker = Speaker(prior.actor_id, prior.label, "paragraph", None)  # "The Minister expresses his sorrow at the death of two teachers … Four other passengers were wounded": the count goes on
            elif (speaker.actor_id is None and speaker.label and OUR_SOURCES.fullmatch(speaker.named_as or speaker.label)) or writers_we(speaker, text, quoted_from is not None or thread.inside, language):
                speaker = document or ARTICLE  # "According to information gathered by our colleagues in the region": the publisher's own
            elif speaker.actor_id is None and speaker.label and impersonal(language).fullmatch(speaker.named_as or speaker.label):
                official = prior is not None and (actors()[prior.actor_id].fields.get("type") not in ("civilians", "other", "person") if prior.actor_id else bool(OFFICIAL_LABEL.search(prior.label or ""))) and not (figured_at == s.sentence_index - 1 and last_quantity == quantity)
                speaker = Speaker(prior.actor_id, prior.label, "paragraph", None) if official and s.sentence_index - said_at <= 2 else ARTICLE  # "A preliminary assessment indicates that three peacekeepers were killed": a body's that just spoke (not witnesses who gave their own toll), else the publisher's
            item = ITEM_MARK.fullmatch(previous_text) is not None and previous_paragraph == s.paragraph_index  # the sentence after "2."
            if listing is not None and speaker.basis == "article" and (speaker.cue is None or (item and speaker.cue.start == 0)):  # also "2. Recalls that …": the item's own verb, the body's
                speaker = listing  # "The report lists the deadliest strikes as follows: - Amasrakad, 17 March: 13 civilians killed"
            if speaker.label and ONE_OF_THEM.fullmatch(speaker.label) and (group := discourse.antecedent()) is not None and group.label and PLURAL_SOURCES.search(group.label):
                speaker = Speaker(group.actor_id, group.label, "paragraph", speaker.cue, speaker.via, group.kind)  # "Two military sources … One said 17 soldiers had been killed"
            if speaker.cue is None and speaker.basis != "document" and opens_quote(text):
                speaker = _closing_speaker(contexts, i, discourse) or speaker  # a quotation whose speaker follows it
            if speaker.cue is None and speaker.basis == "article" and quoted_from is not None:
                closing = _closing_speaker(contexts, i, discourse, first=0 if not opens_quote(text) else 1)  # '… They killed nine people. We are afraid," said a resident': the resident
                speaker = closing or replace(quoted_from, basis="paragraph", cue=None)  # a quotation that runs on after its attribution
            if quantity == SAME_AS_BEFORE:
                if last_quantity is None or not same_order(figure_values(m, SAME_AS_BEFORE, language)[0], last_figure):
                    continue  # "police said 40 people were arrested. Organisers put the number at about 50,000": the crowd, not the arrests
                quantity = last_quantity  # "… 40 soldiers had been arrested. A third source put the number at about 55": arrested
            carries = quantity == "equipment_lost" or last_people  # "two armoured vehicles destroyed" are no one's dead
            other_episode = last_subject_at != s.sentence_index and _opens_on_date(ctx)
            subject = subject_of(text, m, quantity, ctx.names, _inherited(last_subject, last_quantity, quantity, text, m, carries, other_episode), language)
            if subject[0] is None and re.fullmatch(r"others?", (subject[1] or "").strip(), re.IGNORECASE) and last_subject == (None, None) and earlier_subject[1] and quantity in ("killed", "wounded", "missing"):
                subject = earlier_subject  # "Government spokesman Amadou Kone said 55 others were wounded" under a lead that counted the dead
            if speaker.actor_id and subject[0] is None and (own_people(text, m, subject[1], language) or acknowledged_losses(text, m, subject[1], speaker, language)):
                subject = (speaker.actor_id, subject[1])  # "the CSP said it had lost nine of its men": the CSP's own
            elif not speaker.actor_id and speaker.label and subject[0] is None and (acknowledged_losses(text, m, subject[1], speaker, language) or (OWN_PEOPLE_AFTER.match(text, m.end()) and own_people(text, m, subject[1], language) and speaker_is_their(text, speaker.label, m.start(), language) and _names_an_actor(speaker.label))):
                subject = (None, f"{subject[1]} ({speaker.label})")  # "the army acknowledged 26 dead": the army's; "An MNLA official said two of its men": the MNLA's
            elif not speaker.actor_id and speaker.label and subject[0] is None and subject[1] and is_own_side(subject[1], language) and re.search(r"(?<![\w-])(?:its|their|our)(?![\w-])", subject[1], re.IGNORECASE) and speaker.basis != "article":
                subject = (None, f"{subject[1]} ({speaker.label})")  # "the army acknowledged 26 dead in its ranks": the army's ranks
            elif not speaker.actor_id and speaker.label and subject[0] is None and THEIR_FELLOWS.match(text, m.end()) and speaker_is_their(text, speaker.label, m.start(), language):
                subject = (None, f"{subject[1]} ({speaker.label})")  # "customs officers told him two of their colleagues were killed": the colleagues are customs officers
            breakdown = re.match(r"\s+of\s+(?:them|whom)(?![\w-])", text[m.end() :]) is not None or BREAKDOWN_BEFORE.search(text, 0, m.start()) is not None  # "seven civilians, three of them children, and wounding 12"; "eight civilians, among them two women, and wounding five others"
            if quantity != "strength" and not breakdown:  # "50 armed men took part" are not the wounded told next
                last_subject, last_people = subject, quantity != "equipment_lost"  # "two armoured vehicles destroyed" are no one's dead
                last_subject_at = s.sentence_index
            last_quantity, last_figure = quantity, figure_values(m, quantity, language)[0]
            out.append(_claim(source_id, ctx, m, quantity, subject, speaker, language))
        if (lead := lead_in_speaker(text, ctx.names, discourse, masks)) is not None:
            listing, listed_paragraph = lead, s.paragraph_index
        for issuer in [*document_speakers(text, ctx.names, discourse, masks), *named_documents(text, ctx.names, discourse, masks)]:
            discourse.remember(issuer, text)  # "the general staff said in a statement …, after … the CMA claim to have won"
        spoke = last_speaker(text, ctx.names, discourse, masks)
        thread.leave(text, spoke)
        discourse.remember(subject_actor(text, ctx.names, discourse, masks))  # "Mali's army gave a different account. Its statement said …"
        discourse.remember(interlocutor(text))  # "I spoke this morning to a driver … He told me …'
        if spoke is not None and not (spoke.label and ONE_OF_THEM.fullmatch(spoke.label)):  # "One said …; the other …": the group stays the antecedent
            discourse.remember(spoke, text)
            said_at = s.sentence_index
        discourse.named_before = names_in_order(text, ctx.names)
        figured_at = s.sentence_index if figures else figured_at
        previous_text, previous_paragraph = text, s.paragraph_index
    return carry_statuses(out, contexts, article_actors, language)


def _names_an_actor(label: str) -> bool:
    """"An MNLA official": a label that names the body whose "its men" it counts (not "A local
    official said the army had lost seven of its soldiers": the army's)."""
    return any(n.kind == "actor" for n in matcher().find_joined(label))


def _named_by_rank(m: re.Match) -> bool:
    """"Sergeant Harold Vormezeele was killed": one man named by rank (claim_figures' ``ranked``)."""
    return "single" in m.re.groupindex and "owner" not in m.re.groupindex


ONE_OF_THEM = re.compile(r"\s*(?:one|the\s+other|another|a\s+second(?:\s+one)?|the\s+first|the\s+second|the\s+latter|the\s+former)\s*", re.IGNORECASE)
PLURAL_SOURCES = re.compile(r"(?<![\w-])(?:two|three|four|several|both|the)\s+(?:[\w’'-]+\s+){0,3}?(?:sources|officials|people|residents|witnesses|diplomats|officers|doctors|medics)(?![\w-])", re.IGNORECASE)


QUOTE_CLOSERS = "\"”"


def _closing_speaker(contexts: list[SentenceContext], i: int, discourse: Discourse, first: int = 1) -> Speaker | None:
    """The speaker named where a quotation opened in sentence ``i`` closes, within its paragraph
    ('"They killed at least 40 people. They burned the tents," the official told AFP'); from
    sentence ``i + first`` on (0 for a sentence inside a quotation opened before it)."""
    paragraph = contexts[i].sentence.paragraph_index
    for ctx in contexts[i + first : i + 4]:
        if ctx.sentence.paragraph_index != paragraph:
            return None
        text = ctx.sentence.text
        close = next((j for j, ch in enumerate(text) if ch in QUOTE_CLOSERS), None)
        if close is None:
            continue
        masks = [(t.char_start, t.char_end) for t in ctx.timexes]
        found = speaker_of(text, max(0, close - 1), close, ctx.names, discourse, masks)
        return found if found.cue is not None else None
    return None


def _claim(source_id: str, ctx: SentenceContext, m: re.Match, quantity: str, subject: tuple, speaker: Speaker, language: str) -> Claim:
    text = ctx.sentence.text
    low, high, qualifier = figure_values(m, quantity, language)
    when = saying_date(text, speaker.cue, ctx.timexes) if speaker.basis == "sentence" else None
    dated = when is not None and when.precision == "day"
    start, end = ctx.sentence.char_start + m.start(), ctx.sentence.char_start + m.end()
    return Claim(
        claim_id=f"{source_id}:c{start}-{end}",
        **quoted(source_id, ctx),
        figure=m.group(),
        figure_start=start,
        figure_end=end,
        quantity=quantity,
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        subject_id=subject[0],
        subject_label=subject[1],
        claimant_id=speaker.actor_id,
        claimant_label=actors()[speaker.actor_id].fields["name"] if speaker.actor_id else speaker.label or "the article",
        claimant_basis=speaker.basis if (speaker.actor_id or speaker.label) else "article",
        status=status(speaker, text, language),
        claim_date=when.start if dated else None,
        claim_date_precision="day" if dated else None,
        claimant_via=speaker.via,
    )
