"""Event mentions: in each sentence, what happened (a trigger), to whom, where and when.

Why: an event table is only as good as the evidence under each row. A mention is one trigger
in one sentence with the actors and place named around it and the date its own clause gives
(or, when only the reporting of it is dated, that date marked ``reported``). Everything here is
a pure function of one article's sentences, dates and names; linking across articles is
``timeline.linking``.
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import replace
from datetime import date

from timeline.date_owners import owners
from timeline.dated_together import date_only, entry_head_place, entry_place_head, entry_separator, kicker_head
from timeline.dates import Timex
from timeline.event_dates import date_for
from timeline.event_lexicon import EventType, event_types, event_words, find_triggers, is_saying, phrase_pattern, place_object_triggers
from timeline.repeated_acts import REPEATED_DATE_TRIGGER, demonstrative_triggers, elliptic_triggers, listed_place_triggers, repeated_date_triggers, repeated_place_triggers
from timeline.event_roles import DOCUMENT_NOUN, agent_after, agent_kinds, by_agent, by_object, located_places, object_place, shared_subject, speaker, unknown_place
from timeline.claimant_institutions import dateline_abroad
from timeline.continued_events import continued_into
from timeline.historical_present import entry_paragraphs, original_span, past_context
from timeline.ingest import dateline_end
from timeline.listed_decisions import list_leads
from timeline.live_blogs import entry_days, framed_sentences, item_paragraphs, titled_sections, told_by_days
from timeline.present_acts import performed_now
from timeline.text_lines import BULLET
from timeline.mention_records import Mention, SentenceContext, quoted, replace_context
from timeline.names import NameMatch, actors, most_specific, places
from timeline.mention_places import a_building, appositive_head, country_level, heading_place, labelled_paragraphs, told_by, place_before_aside, sentence_place_for, where_antecedent, whose_antecedent
from timeline.parallel_lists import interleaved_places, paired_places
from timeline.place_anaphora import named_before, same_area
from timeline.regex_gate import alternation
from timeline.same_sentence import PLACED_BY_CONTEXT, collapse_same_sentence, drop_claimed_references, is_loose
from timeline.sentence_clauses import clause_of, clauses, trigger_reach
from timeline.trigger_context import VIOLENT, conditional, negated, unrealised
from timeline.unregistered_speakers import unregistered_speaker

__all__ = ["EventType", "Mention", "SentenceContext", "event_types", "mentions_of_article", "quoted", "dateline_end"]

# ---------------------------------------------------------------------------------------------
# The per-article stage

# Violence happens somewhere: a battle or a strike the sentence does not place takes the place
# its paragraph has named. A coup or a statement does not.
# A place changing hands is where a roundup's section is, like fighting ("the last troops left the camp")
PLACE_CHANGES = frozenset(["Non-violent transfer of territory", "Government regains territory", "Non-state actor overtakes territory"])
# "the town" near a trigger stands for the last town its paragraph named
THE_TOWN = re.compile(r"[^.;]*?(?<![\w-])the\s+(?:town|city|village|locality)(?![\w-])|(?:retake|retook|retaken|retaking|recapture|recaptured|recapturing|seize|seized|seizing|capture|captured|capturing|enter|entered|entering)\s+it(?![\w-])", re.IGNORECASE)  # also "an offensive to retake it": the town just named
# event types told as how an attack of the same sentence was carried out


AND_THEN = re.compile(r"\W*(?:and|then)\s+(?:(?:also|then|later)\s+)?[\w’'-]+\s*$", re.IGNORECASE)  # a verb coordinated with the one before it ("… and demanded")

OPENING_AND = re.compile(r"^(?:And|But|Yet|So)\s+(?=(?:in|on|at|late|early|by|during|after|before|last|this|that)\s)", re.IGNORECASE)  # a sentence opening on a conjunction before its date opener

BARE_DOCUMENT = re.compile(r"(?:^\W*|[,;:]\s+)(?:the|a|this|that)\s+$", re.IGNORECASE)  # "…, the statement was read": a document no one is named before


ALSO_BEFORE = re.compile(r"(?<![\w-])also\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)  # "also closed", "also summoned the ambassador and announced"
MEDIA_PEOPLE = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:journalists?|correspondents?|reporters?|crew|staff|employees|cameraman|photographers?|drivers?)(?![\w-])", re.IGNORECASE)


KILLED_OBJECT = re.compile(r"kill(?:ed|ing)\s", re.IGNORECASE)


def _founding_of_a_non_group(text: str, trigger: tuple[int, int, str], actor_names: list[NameMatch], language: str) -> bool:
    """"GATIA, created in 2014, …" is a group's founding; "ORTM, created in 1957" or "the camp at
    Mbera, set up in 2012" is not: an appositive founding needs an armed group or alliance named
    right before its comma (events_<language>.toml ``appositive_founders``)."""
    conf = event_words(language)["appositive_founders"]
    if trigger[2] != "alliance_formed" or text[trigger[0] : trigger[1]].casefold() not in conf["participles"] or not re.search(r",\s$", text[max(0, trigger[0] - 2) : trigger[0]]):
        return False
    kinds = conf["actor_types"]
    before = [n for n in actor_names if n.end <= trigger[0] and not text[n.end : trigger[0]].strip(" ,)(")]
    return not any(actors()[n.id].fields.get("type") in kinds for n in before)


DIGEST_DAY_GROUPS = frozenset({"consult", "statement"})  # calls, meetings and statements a digest lists under its day ("- Bamako: the defence ministry said …"), which a report tells only on that day


def mentions_of_article(source_id: str, contexts: list[SentenceContext], language: str = "en", published: date | None = None) -> list[Mention]:
    """Every event mention of one article (a pure function of its sentences, dates and names;
    ``published`` dates a live blog's entries that no day heading dates)."""
    types = event_types()
    registry = actors()
    out: list[Mention] = []
    last_place: dict[int, str] = {}  # paragraph → last place named in it
    last_town: dict[int, str] = {}  # paragraph → last town named in it, located or not ("the town" stands for it)
    last_named: str | None = None  # the last place the article named ("in the same area" stands for it)
    section_place: str | None = None  # the place a roundup's heading names ("GAO", "TIMBUKTU - …")
    headings = [c for c in contexts if c.sentence.kind == "heading"]
    placed = sum(1 for c in headings if heading_place(c.sentence.text, c.names))
    sectioned = placed >= 2 or (placed == 1 and len(headings) >= 2)  # a lone "BAMAKO" line is a dateline, not a section
    labels = labelled_paragraphs(contexts) if told_by_days(contexts) else {}  # a digest's items "Timbuktu: A few hours later, …"
    items = item_paragraphs(contexts, set(labels))
    previous_paragraph = None
    article_actors: list[str] = []  # in order of appearance, up to the current sentence
    home: bool | None = None  # whether the story is datelined at home (None: no dateline yet)
    told_last: str | None = None  # the type of the last event the sentence before told ("Niger followed")
    in_entries = entry_paragraphs(contexts, language)
    list_items = list_leads(contexts, language)  # items of a dated list of decisions take the lead's date later
    framed = framed_sentences(contexts, published, items)  # sentences under a day heading take its day later
    digest_days = titled_sections(contexts, items)  # … and under a digest's titled day, even an act a report must date
    for ctx in contexts:
        s = ctx.sentence
        text = s.text
        opens_paragraph = s.paragraph_index != previous_paragraph
        previous_paragraph = s.paragraph_index
        cut = dateline_end(text, language) if opens_paragraph and s.kind == "body" else 0
        if cut and home is None:  # "NIAMEY, Niger (AP) -": the army and the government are Niger's
            home = not dateline_abroad(ctx.names, cut, language)
        ctx = replace_context(ctx, cut)
        as_told = ctx  # the article's own words, which quotes and triggers keep
        ctx, at = past_context(ctx, language) if s.paragraph_index in in_entries else (ctx, None)  # "20 June 2015: the CMA signs …" read as "signed"
        text = ctx.sentence.text if at is not None else " " * cut + text[cut:]  # the dateline read as blank, offsets kept: "BAMAKO (AP) - On Sunday the army said …" opens with its date
        text = OPENING_AND.sub(lambda m: " " * len(m.group()), text)  # "And in a decree read on Monday evening, the president named …": the opener dates the clause as without "And"
        if s.kind in ("heading", "title"):
            section_place = heading_place(text, ctx.names) if s.kind == "heading" and sectioned else None
        # "pro-Kremlin bloggers", "anti-French protests": a name as an attribute acts in nothing
        actor_names = [n for n in ctx.names if n.kind == "actor" and not re.search(r"\b(?:pro|anti)[-‑]$", text[max(0, n.start - 5) : n.start], re.IGNORECASE) and not a_building(text, n, language)]
        article_actors = [a for a in article_actors if a not in {n.id for n in actor_names}] + [n.id for n in actor_names]
        has_person = any(registry[n.id].fields.get("type") == "person" for n in actor_names)
        spans = clauses(text, language, ctx.timexes)
        triggers = elliptic_triggers(text, place_object_triggers(text, ctx.names, [t for t in find_triggers(text, has_person) if not conditional(text, t[0], language)], language), told_last, language)
        dates = [(t.char_start, t.char_end) for t in ctx.timexes if t.kind != "duration"]
        triggers = demonstrative_triggers(text, repeated_date_triggers(text, repeated_place_triggers(text, listed_place_triggers(text, ctx.names, triggers, dates, language), dates, language, [(n.start, n.end) for n in ctx.names if n.kind == "place"]), dates), dates)
        told_last = next((t[2] for t in reversed(triggers) if not is_saying(t[2])), None) if s.kind == "body" else None
        place_names = located_places(text, ctx.names, language)
        sentence_place = most_specific(list(dict.fromkeys(n.id for n in place_names)))
        owner = owners(text, triggers, ctx.timexes, language)
        typed: dict[str, str] = {}  # a trigger's type → what its agent and object made of it, for the places listed after it
        first_told: dict[str, tuple] = {}  # a trigger's type → its type, actors and place as first told, for the dates listed after it
        for k, trigger in enumerate(triggers):
            t_start, t_end, event_type = trigger
            etype = types[event_type]
            speaker_name = None
            lo, hi = trigger_reach(text, spans, trigger, ctx.timexes, language)
            near_actors = [n.id for n in actor_names if lo <= n.start and n.end <= hi] or shared_subject(text, spans, clause_of(spans, t_start), triggers, t_start, actor_names)
            if is_saying(event_type):  # a saying is an event only with a speaker, named first
                who = speaker(text, trigger, spans[clause_of(spans, t_start)], actor_names, article_actors, language, home is not False) or (next(iter(shared_subject(text, spans, clause_of(spans, t_start), triggers, t_start, actor_names)), None) if AND_THEN.match(text, spans[clause_of(spans, t_start)][0], t_start) else None)  # "called the accusation unfounded and demanded his release"
                if who is None and text[t_start:t_end].endswith(" by"):  # "the claim of responsibility issued by JNIM": the issuer named after
                    who = next((n.id for n in actor_names if 0 <= n.start - t_end <= 5), None)
                near_actors = [who, *near_actors] if who else []
                speaker_name = None if who or BARE_DOCUMENT.search(text, 0, t_start) and DOCUMENT_NOUN.fullmatch(text, t_start, t_end) else unregistered_speaker(text, t_start, t_end, ctx.names, ctx.timexes, language)  # "India's Ministry of External Affairs said"; not "Aminata, the statement was read …"
            elif etype.merge_group != "media":  # "told The Associated Press that troops entered the town": AP heard it (not "two RFI journalists")
                told = {n.id for n in actor_names if registry[n.id].fields.get("type") == "media" and not MEDIA_PEOPLE.match(text, n.end)}
                near_actors = [a for a in near_actors if a not in told]
            if any(o_start < t_end and t_start < o_end and o_end - o_start > t_end - t_start for o_start, o_end, _ in triggers):
                near_actors = [n.id for n in actor_names if t_start <= n.start and n.end <= t_end]  # "ended the 2015 peace agreement": the junta ended it, it signed nothing
            actor_ids = tuple(dict.fromkeys(near_actors))
            near_places = [n.id for n in place_names if lo <= n.start and n.end <= hi]
            within = [n.id for n in ctx.names if n.kind == "place" and t_start <= n.start and n.end <= t_end]  # "struck the Kati military camp"
            listed = [n.id for n in ctx.names if n.kind == "place" and (n.start, n.end) == (t_start, t_end)]  # "…, Gao the next day": the place is the trigger
            subject_place = None if any(n.start >= t_end for n in place_names if lo <= n.start and n.end <= hi) else appositive_head(text, t_start, [n for n in ctx.names if n.kind == "place"])  # a place after the verb wins over the subject's
            place_id = (listed or [None])[0] or object_place(text, t_end, ctx.names, language) or most_specific([p for p in within if not country_level(p)]) or subject_place or most_specific(list(dict.fromkeys(near_places)))
            if listed and event_type in typed:
                event_type = typed[event_type]  # "entered Gao on 26 January, and Timbuktu two days later": as Gao was
            else:
                raw_type = event_type
                after = agent_after(text, actor_names, t_end, language)
                if after is None:
                    event_type = by_agent(event_type, agent_kinds(text, actor_names, (lo, hi), t_start, language), language, text[t_start:t_end])
                else:
                    event_type = by_agent(event_type, after, language)  # the taker is named: no loser to read from the verb
                event_type = by_object(event_type, text[lo:hi], language)
                typed[raw_type] = event_type
            etype = types[event_type]
            if lo < spans[clause_of(spans, t_start)][0]:  # the clause opens after an aside
                place_id = place_before_aside(text, lo, place_names, place_id)
            if place_id is None or country_level(place_id):
                place_id = whose_antecedent(text, t_start, [n for n in ctx.names if n.kind == "place"]) or place_id
            if place_id is None:
                place_id = where_antecedent(text, spans, t_start, place_names)  # "around Ber, near Timbuktu, where the army said …"
            if place_id is None and (etype.acled_event_type in PLACED_BY_CONTEXT or country_level(sentence_place)):
                place_id = sentence_place_for(text, spans, k, triggers, place_names, sentence_place, language)  # fighting told beside its place; a coup is not where the sentence's massacre was
            if place_id is None and (etype.acled_event_type in PLACED_BY_CONTEXT or etype.supports_only):
                place_id = entry_head_place(text, ctx.names, ctx.timexes)  # "- Sobane Da (Bandiagara), 9 June 2019: 35 villagers killed"
            place_basis = "sentence" if place_id else "none"
            elsewhere, place_name = unknown_place(text, lo, hi, ctx.names, language) if place_id is None else (False, None)  # "at a base in Dioura"
            place_basis = "unregistered" if elsewhere else place_basis
            if place_id is None and not elsewhere and s.paragraph_index in last_town and THE_TOWN.match(text, t_start, min(len(text), t_end + 30)):
                place_id, place_basis = last_town[s.paragraph_index], "inherited"  # "Diabaly has changed hands before. Islamist fighters seized the town on …"; "the town" is the last town named, not the sentence's most specific place
            if place_id is None and not elsewhere and same_area(text, t_end, language):
                place_id = named_before([n for n in ctx.names if n.kind == "place"], t_start) or last_named  # "another mine killed one of their comrades in the same area"
                place_basis = "inherited" if place_id else "none"
            if place_id is None and not elsewhere and s.paragraph_index in last_place and etype.acled_event_type in PLACED_BY_CONTEXT:
                place_id, place_basis = last_place[s.paragraph_index], "inherited"
            # "in the Dogon country of central Mali" or an unknown village, under BANKASS: the section's place
            loose = place_id is None or is_loose(place_id)
            if loose and s.paragraph_index in labels and not any(n.kind == "place" and n.id != labels[s.paragraph_index] for n in ctx.names) and not told_by(text, language):  # "Bamako: The junta said soldiers killed 20 jihadists": where it was said
                place_id, place_basis = labels[s.paragraph_index], "section"  # an item's label tells where whatever it tells happened
            elif loose and section_place and s.kind in ("body", "heading") and (etype.acled_event_type in PLACED_BY_CONTEXT or etype.acled_sub_event_type in PLACE_CHANGES):
                place_id, place_basis = section_place, "section"
            if REPEATED_DATE_TRIGGER.fullmatch(text, t_start, t_end) and trigger[2] in first_told:
                event_type, actor_ids, place_id, place_basis = first_told[trigger[2]]  # "attacked Boni on 3 May, on 9 May and again on 14 May": who, what and where as first told
                etype = types[event_type]
            first_told.setdefault(trigger[2], (event_type, actor_ids, place_id, place_basis))
            if (etype.needs_actor and not actor_ids and speaker_name is None) or negated(text, t_start, language) or _founding_of_a_non_group(text, trigger, actor_names, language):
                continue
            killed = {n.id for n in actor_names if n.start >= t_start} if KILLED_OBJECT.match(text, t_start) else set(actor_ids)  # "Goïta said troops killed the leader of a gang, …": the dead are named after "killed"
            if etype.needs_person and not any(registry[a].fields.get("type") == "person" for a in actor_ids if a in killed):
                fallback = event_words(language).get("person_fallback", {}).get(event_type)
                if fallback is None:
                    continue
                event_type, etype = fallback, types[fallback]  # "X, chief of staff of Goïta, is killed in an attack": deaths, not a named death
            dated = date_for(text, triggers, k, ctx.timexes, owner, language)
            if dated[0][2] is None and len(dated) == 1 and s.kind == "body" and not is_saying(event_type) and (now := performed_now(text, t_start, published, language)) is not None:
                dated = [(None, "occurred", now)]  # "The Authority decides to lift … the sanctions": the document's day
            paired = paired_places(text, [p for p in place_names if lo <= p.start and p.end <= hi], [d[2] for d in dated], language) if place_basis == "sentence" else None
            paired = paired or (interleaved_places(text, [n for n in ctx.names if n.kind == "place"], [d[2] for d in dated]) if place_basis in ("sentence", "none") else None)
            place_basis = "sentence" if paired else place_basis
            for n, (timex_index, basis, timex) in enumerate(dated):
                entry_day = timex is None and etype.merge_group in DIGEST_DAY_GROUPS and ctx.sentence_id in framed and framed[ctx.sentence_id][0].precision == "day" and BULLET.match(s.text) is not None  # "THURSDAY 16 SEPTEMBER" over "- Macron spoke by telephone with …": a digest's item of a call, the day's (not a live blog's entry, nor background: "- Analysts fear jihadists could attack Bamako")
                if etype.needs_date and (timex is None or timex.precision not in ("day", "week")) and not entry_day:
                    continue
                if etype.needs_any_date and timex is None and not entry_day and (is_saying(event_type) or not (ALSO_BEFORE.search(text, max(0, t_start - 40), t_start) or pronoun_chain(language).fullmatch(text, 0, t_start) or ctx.sentence_id in list_items or (ctx.sentence_id in digest_days and not unrealised(text, t_start, language)))):
                    continue  # kept only to take the date of the sentence before ("… also closed its airspace") or of a list's lead, else dropped below
                suffix = f"/{n}" if n else ""
                o_start, o_end = original_span(at, t_start, t_end)
                out.append(
                    Mention(
                        mention_id=f"{source_id}:{s.char_start + o_start}-{s.char_start + o_end}{suffix}",
                        **quoted(source_id, as_told),
                        trigger=as_told.sentence.text[o_start:o_end] if at is not None else text[t_start:t_end],
                        trigger_start=s.char_start + o_start,
                        trigger_end=s.char_start + o_end,
                        event_type=event_type,
                        start_date=timex.start if timex else None,
                        end_date=timex.end if timex else None,
                        date_precision=timex.precision if timex else None,
                        date_approximate=timex.approximate if timex else False,
                        date_basis=basis,
                        timex_id=ctx.timex_ids[timex_index] if timex_index is not None and ctx.timex_ids else None,
                        tense="future" if basis in ("occurred", "reported") and unrealised(text, t_start, language) else timex.tense if timex else "past",
                        actor_ids=actor_ids,
                        place_id=paired[n] if paired else place_id,
                        place_basis=place_basis,
                        place_name=place_name,
                        speaker_name=speaker_name,
                    )
                )
        if sentence_place:
            last_place[s.paragraph_index] = sentence_place
        last_named = most_specific(list(dict.fromkeys(n.id for n in ctx.names if n.kind == "place"))) or last_named
        towns = [n.id for n in ctx.names if n.kind == "place" and places()[n.id].fields.get("precision") == "town"]
        if towns:
            last_town[s.paragraph_index] = towns[-1]
    inherited = [m for m in continued_into(_inherit_dates(entry_days(out, contexts, framed, digest_days), contexts, language, list_items), contexts, language) if m.start_date is not None or not types[m.event_type].needs_any_date]
    return _drop_sayings_of_announcements(collapse_same_sentence(drop_claimed_references(inherited, language), language), language)


def _drop_sayings_of_announcements(mentions: list[Mention], language: str) -> list[Mention]:
    """"The government said on Sunday it was cutting ties with Ukraine" is one event, the cutting
    of ties: a saying whose date dates an announced event told in it is not a second event."""
    types = event_types()
    announced = {(m.sentence_id, m.timex_id) for m in mentions if m.tense != "future" and (m.date_basis == "announced" or (m.date_basis == "reported" and types[m.event_type].dated_by_report))}  # a promise ("promised … elections") leaves the saying its own event
    return [m for m in mentions if not (is_saying(m.event_type) and (m.sentence_id, m.timex_id) in announced and not _gives_toll(m.quote, language))]


def _gives_toll(text: str, language: str) -> bool:
    """A saying that gives a toll ("said 203 militants were neutralised and 51 arrested") is an
    event of its own, whatever else it announces."""
    words = event_words(language)["toll_words"]
    toll = "|".join(map(phrase_pattern, words))
    return bool(re.search(rf"\b(?:\d[\d,]*|dozens|scores|hundreds)\b(?:\W+\w+){{0,4}}?\W+(?:{toll})\b|\b(?:{toll})\W+(?:(?:about|some|around|more\s+than|at\s+least|nearly|over)\s+)?(?:\d[\d,]*|dozens|scores|hundreds)\b", text, re.IGNORECASE))  # also "neutralised about 20 terrorists", "had killed 'dozens of soldiers'"


@cache
def pronoun_chain(language: str) -> re.Pattern:
    """A sentence whose one subject, a pronoun for the speaker of the sentence before, goes on
    acting with a verb of its own ("It summoned the ambassador and announced its withdrawal"), not
    through a clause, a negation, an opinion or a pluperfect ("It did not mention the kidnappings")
    (events_<language>.toml ``[pronoun_chain]``)."""
    w = event_words(language)["pronoun_chain"]
    pronouns, not_next, blockers = (alternation(w[k]) for k in ("pronouns", "not_next", "blockers"))
    noun_before = "".join(rf"(?<!\b{d}\s)" for d in w["determiners"])
    return re.compile(rf"\s*(?-i:{pronouns})\s+(?!(?:{not_next})\b)(?:(?!\b(?:{blockers})\b)[^.;:])*{noun_before}")


def _inherit_dates(mentions: list[Mention], contexts: list[SentenceContext], language: str, leads: dict[str, tuple]) -> list[Mention]:
    """An undated mention in a sentence without any date takes the date of the same kind of
    event told in the sentence just before it, in the same paragraph ("On Thursday, fighting
    erupted near Kidal. The clashes left …"), recorded as ``inherited``."""
    types = event_types()
    order = {ctx.sentence_id: (ctx.sentence.paragraph_index, ctx.sentence.sentence_index) for ctx in contexts}
    dateless = {ctx.sentence_id for ctx in contexts if not any(t.kind != "duration" for t in ctx.timexes)}
    by_sentence: dict[str, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_id, []).append(m)
    previous_of = {}
    heads = _entry_heads(contexts)
    entries = _entry_openings(contexts)
    ordered = sorted(order, key=order.get)
    for before, after in zip(ordered, ordered[1:]):
        if order[before][0] == order[after][0]:
            previous_of[after] = before
    out = []
    for m in mentions:
        prior = previous_of.get(m.sentence_id)
        if m.date_basis == "undated" and m.sentence_id in dateless and prior:
            group = types[m.event_type].merge_group
            donor = next(
                (d for d in by_sentence.get(prior, []) if d.date_basis == "occurred" and types[d.event_type].merge_group == group),
                None,
            )
            if donor is None and types[m.event_type].needs_any_date and not is_saying(m.event_type) and ALSO_BEFORE.search(m.quote, max(0, m.trigger_start - m.char_start - 40), m.trigger_start - m.char_start):
                donor = next((d for d in by_sentence.get(prior, []) if d.start_date is not None and d.date_basis in ("occurred", "announced", "reported") and not is_saying(d.event_type)), None)  # "Algeria said on Monday it was recalling its ambassadors. The ministry also closed its airspace": the same occasion
            if donor is None and not is_saying(m.event_type) and types[m.event_type].acled_event_type not in VIOLENT and not types[m.event_type].supports_only and pronoun_chain(language).fullmatch(m.quote, 0, m.trigger_start - m.char_start):
                donor = next((d for d in by_sentence.get(prior, []) if is_saying(d.event_type) and d.start_date is not None and d.date_basis == "occurred" and d.date_precision == "day"), None)  # "On Sunday, the government said … . It summoned the ambassador and announced its withdrawal": the speaker's decisions of that Sunday
            if donor is not None:
                m = replace(m, start_date=donor.start_date, end_date=donor.end_date, date_precision=donor.date_precision,
                            date_approximate=donor.date_approximate, date_basis="inherited", timex_id=donor.timex_id, tense=donor.tense)
            elif not by_sentence.get(prior) and (head := heads[prior]) is not None:
                t, timex_id, place = head  # "15 March - Tin-Assalak, Menaka region. Fighters … raided the camp …": the entry's day, and its place
                m = replace(m, start_date=t.start, end_date=t.end, date_precision=t.precision, date_approximate=t.approximate,
                            date_basis="inherited", timex_id=timex_id, tense=t.tense)
                if m.place_basis == "none" and place is not None:
                    m = replace(m, place_id=place, place_basis="inherited")
            elif (opening := entries.get(m.sentence_id)) is not None:
                t, timex_id = opening  # "- 31 October: MINUSMA completes its departure. Its last convoy is struck by two IEDs …": the entry's day
                m = replace(m, start_date=t.start, end_date=t.end, date_precision=t.precision, date_approximate=t.approximate,
                            date_basis="inherited", timex_id=timex_id, tense=t.tense)
        if m.date_basis == "undated" and m.sentence_id in dateless and not is_saying(m.event_type) and (lead := leads.get(m.sentence_id)) is not None:
            t, timex_id = lead  # "… adopted the following measures: - the appointment of General Coulibaly …": the meeting's day
            m = replace(m, start_date=t.start, end_date=t.end, date_precision=t.precision, date_approximate=t.approximate,
                        date_basis="inherited", timex_id=timex_id, tense=t.tense)
        out.append(m)
    return out


def _entry_openings(contexts: list[SentenceContext]) -> dict[str, tuple[Timex, str | None]]:
    """The date that opens a chronology entry of several sentences ("- 14 November: FAMa enter
    Kidal town. CSP forces withdraw towards the north-east."), by later sentence of the entry:
    what they tell without a date of their own happened then. A new bullet or paragraph ends it."""
    out: dict[str, tuple[Timex, str | None]] = {}
    current, paragraph = None, None
    for ctx in sorted(contexts, key=lambda c: (c.sentence.paragraph_index, c.sentence.sentence_index)):
        dated = [(i, t) for i, t in enumerate(ctx.timexes) if t.kind != "duration" and t.start is not None]
        if ctx.sentence.paragraph_index != paragraph or BULLET.match(ctx.sentence.text):
            current, paragraph = None, ctx.sentence.paragraph_index
        if dated and entry_separator(ctx.sentence.text, dated[0][1]) is not None:
            i, t = dated[0]
            current = (t, ctx.timex_ids[i] if ctx.timex_ids else None)
        elif current is not None:
            out[ctx.sentence_id] = current
    return out


def _entry_heads(contexts: list[SentenceContext]) -> dict[str, tuple[Timex, str | None, str | None] | None]:
    """The date that heads a chronology entry whose first sentence only names a place
    ("15 March - Tin-Assalak, Menaka region."), by sentence: what the entry's next sentence tells
    happened that day."""
    out: dict[str, tuple[Timex, str | None] | None] = {}
    for ctx in contexts:
        dated = [(i, t) for i, t in enumerate(ctx.timexes) if t.kind != "duration"]
        head = None
        if len(dated) == 1 and (entry_separator(ctx.sentence.text, dated[0][1]) is not None or entry_place_head(ctx.sentence.text, dated[0][1]) or date_only(ctx.sentence.text, dated[0][1]) or kicker_head(ctx.sentence.text, dated[0][1])) and len(ctx.sentence.text.split()) <= 10:
            i, t = dated[0]
            head = (t, ctx.timex_ids[i] if ctx.timex_ids else None, most_specific([n.id for n in ctx.names if n.kind == "place"]))
        out[ctx.sentence_id] = head
    return out
