"""Which trigger each date of a sentence belongs to, where the sentence says so: a saying's
date ("announced on Thursday"), an opening clause's date ("On April 1, the army said …"), a
when-clause's ("began on June 6, when Goita signed …"); bylines and datelines belong to none.

Why: "said on Saturday that fighting broke out on Thursday" dates the saying Saturday and the
fighting Thursday; dates owned here are never a free date for another trigger
(timeline/event_dates.py). Rules in docs/events.md.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.anchored_dates import after_phrase
from timeline.aside_dates import aside_owner
from timeline.chronology_entries import entry_main, subordinate
from timeline.clause_dates import opens_own_clause
from timeline.conjunct_dates import RELATIVE_BEFORE, conjunct_opening, in_relative
from timeline.dated_together import PLURAL_TRIGGER, adjacent, conjoined, groups_finer_days, headed_by_year, told_again
from timeline.dates import Timex
from timeline.event_lexicon import event_types, event_words, is_saying, reporting_re
from timeline.page_stamps import is_dateline
from timeline.regex_gate import alternation
from timeline.saying_dates import (
    ASIDE_BEFORE_SAYING,
    DECREE_OPENS,
    DOCUMENT_ISSUED,
    DOCUMENT_TRAILING,
    ISSUER_THEN_DATE,
    LONGER_OBJECT,
    SPEAKING_OPENS,
    accounts_re,
    adverbs_only,
    document_openers,
    media_published,
    object_medium_then_date,
    saying_then_date,
)
from timeline.sentence_clauses import clause_of, clauses, light, opening_frame, told_opening
from timeline.trigger_context import cause_between, referred
from timeline.verb_shapes import PARTICIPLE, PERFECT_OR_PAST


NAMED_TEXT_OF = re.compile(r"(?<![\w-])(?:repeal\w*|amend\w*|abrogat\w*|implement\w*|modif\w*)\s+(?:the\s+)?(?:Law|Decree|Ordinance|Order|Act|Charter|Protocol)\s+(?:No\.?\s*[\w/.-]+\s+)?of\s+$")
RESTATED = re.compile(r"\s*,\s*(?:on|in)?\s*")  # "The day before, on Thursday": a counted day restated by its name
OWN_VERB_LATER = re.compile(rf"(?:(?!,\s+(?:and|but|while|as)\b)[^.;:\"“”])*?,\s+{PERFECT_OR_PAST}\s+{PARTICIPLE}", re.IGNORECASE)  # "said drone strikes on Saturday on a well near Takalot, about 90 km west of Tinzaouaten, had killed four herders"
ADVERBIAL_INSIDE = re.compile(r"\s(?:had|has|have|was|were|is|are)\s+(?:on|late\s+on|early\s+on|overnight\s+on)\s+$", re.IGNORECASE)  # "had on Saturday struck": between the auxiliary and the verb


COORDINATED_SAYING = re.compile(r"\s+(?!that\b)(?:[a-z][\w’'-]*ed|gave|took|held|made|sent|met|spoke|wrote)\b[^.;:,]{0,80}?\s+and\s+(?:also\s+|then\s+)?")  # "France on Saturday called the accusation "unfounded" and demanded his release": the day of both verbs


def _ends_relative_clause(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], t: Timex) -> bool:
    """A date that closes a relative clause whose verb is an event ("the soldiers who overthrew
    Keita in August 2020 said …"): the relative clause's date, not the main verb's (but in "who
    seized power in August 2020 on Monday said", Monday is the saying's)."""
    return any(not is_saying(event_type) and end <= t.char_start and RELATIVE_BEFORE.search(text, max(0, start - 20), start) and not re.search(r"[,;:]", text[end : t.char_start])
               and not any(end <= o.char_start and o.char_end <= t.char_start for o in timexes)
               for start, end, event_type in triggers)


SET_OFF_OPENS = re.compile(r"(?<![\w-])(?:and|then|but),\s+(?:(?:late|early)\s+)?(?:on|in)\s+$", re.IGNORECASE)
SET_OFF_CLOSES = re.compile(r",\s+by\s+")  # not "and, on 14 February, announced that …": the saying's day is free for what it tells


def _set_off_for(text: str, triggers: list[tuple[int, int, str]], t: Timex) -> int | None:
    """The act told again right after a date set off by "and, on …," ("and, on Sunday, by the
    Macina Liberation Front"): the date is that act's, not the clause's before it."""
    if not SET_OFF_OPENS.search(text, max(0, t.char_start - 30), t.char_start):
        return None
    return next((k for k, (start, _, _) in enumerate(triggers) if start >= t.char_end and SET_OFF_CLOSES.fullmatch(text, t.char_end, start)), None)


def owners(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], language: str) -> dict[int, int]:
    """Which trigger each date belongs to, where the sentence says so: a date right after a
    saying ("announced on Thursday", "claimed responsibility on Friday") or right before one
    ("late yesterday declared") is the saying's; a date alone in an opening clause ("On April 1,
    the army said …") is the first trigger's after it. Other dates are free (absent here)."""
    reporting = reporting_re(language)
    spans = clauses(text, language, timexes)
    out: dict[int, int] = {}
    for i, t in enumerate(timexes):
        if i in out:
            continue
        if t.kind == "duration" or is_dateline(text, t) or NAMED_TEXT_OF.search(text, max(0, t.char_start - 80), t.char_start):
            out[i] = -1  # belongs to no trigger; "repealing Law No. 05-047 of 18 August 2005": the name of the text repealed
            continue
        if (k := _set_off_for(text, triggers, t)) is not None:
            out[i] = k  # "claimed by Al-Mourabitoune and, on Sunday, by the Macina Liberation Front": the second claim's day
            continue
        if media_published(language).search(text, max(0, t.char_start - 120), t.char_start):
            # "The longest video was published on 4 June and shows the attack … on 1 June": the
            # video's day dates no event it shows, only its own saying ("…, claiming the attack")
            out[i] = next((k for k, trig in enumerate(triggers) if trig[0] >= t.char_end and (is_saying(trig[2]) or trig[2] == "responsibility_claim")), -1)
            continue
        counted = COUNTED_DAY_OF.match(text, t.char_end)
        if counted:  # "Today marks day 896 of Russia's full-scale invasion": a day of it, not its start; another event the sentence tells takes the day
            of = next((k for k, trig in enumerate(triggers) if trig[0] >= counted.end()), None)
            out[i] = next((k for k, trig in enumerate(triggers) if k != of and not is_saying(trig[2]) and NEXT_CLAUSE.search(text, counted.end(), trig[0])), -1)
            continue
        counted_from = _counted_aside(language).match(text, t.char_end)
        if counted_from and told_opening(language).search(text[: t.char_start]):
            # "that on 10 April 2022, ten days after the troops withdrew, members … abducted": the
            # abduction's day (a date that opens its clause; not "The attack happened on 21 March, two days after …")
            out[i] = next((k for k, trig in enumerate(triggers) if trig[0] >= counted_from.end()), -1)
            continue
        headed = aside_owner(text, triggers, t)  # "the U.N. mission, ordered out by the junta in June, hands over": the expulsion's
        headed = headed if headed is not None else headed_by_year(text, triggers, t)
        if headed is not None:
            out[i] = headed  # "tore up the 2015 Algiers peace agreement": the agreement's year
            continue
        if groups_finer_days(text, t, timexes):
            out[i] = -1  # "June: … routed the separatists in Gao on June 27 and …": the month only groups the entry's days
            continue
        entry = entry_main(text, triggers, spans, t, language, timexes)
        if entry is not None:
            out[i] = entry  # "April 6, 2012 - After seizing Kidal, …, the MNLA declares independence": the entry's main event
            continue
        if i + 1 < len(timexes) and t.anchor == "other" and timexes[i + 1].anchor != "other" and RESTATED.fullmatch(text, t.char_end, timexes[i + 1].char_start):
            named = timexes[i + 1]
            near = t.start is not None and named.start is not None and abs((named.start - t.start).days) <= 3
            if near:  # "The day before, on Thursday, …": the day named outright, not the one counted, dates what follows
                out[i] = -1
                continue
            out[i + 1] = -1  # "[12 January 2013] The day before, on Friday": the weekday read from publication is another week's
        within = next((k for k, (start, end, _) in enumerate(triggers) if start < t.char_start and t.char_end < end and ADVERBIAL_INSIDE.search(text, start, t.char_start)), None)
        if within is not None:
            out[i] = within  # "its aircraft had on Saturday struck a group": the strike's day
            continue
        trailing = DOCUMENT_TRAILING.search(text, max(0, t.char_start - 80), t.char_start)
        if trailing is not None:  # "ECOWAS said it opposed any interference, in a statement issued on Sunday": the saying's day
            sayings = [k for k, trig in enumerate(triggers) if is_saying(trig[2])]
            before = [k for k in sayings if triggers[k][0] < trailing.start()]  # also "claimed the attack in an audio recording sent …": a trigger that takes in the document
            own = [k for k in sayings if trailing.start() <= triggers[k][0] < t.char_start]  # "The General Staff, in a communique released on Sunday, said": the communique's
            out[i] = before[-1] if before else (own or [-1])[0]
            continue
        for k, (start, end, event_type) in enumerate(triggers):
            if not is_saying(event_type):
                continue
            inside = start <= t.char_start and t.char_end <= end
            after = t.char_start >= end and saying_then_date(language).fullmatch(text[end : t.char_start] + " ") and not re.match(r"['’]s\b", text[t.char_end :])  # not "said Friday's attack killed 20": the attack's day
            before = t.char_end <= start and (adverbs_only(language).fullmatch(text[t.char_end : start]) or (COORDINATED_SAYING.fullmatch(text, t.char_end, start) and re.search(r"[\w’'-]\s+$", text[: t.char_start]) and not any(t.char_end <= trig[0] < start for trig in triggers))) and not _ends_relative_clause(text, triggers, timexes, t)  # "on Thursday again denied", not "the soldiers who overthrew Keita in August 2020 said"
            # "announced the withdrawal on 17 February": a short object between saying and date
            object_then_date = t.char_start >= end and (re.fullmatch(
                r"\s+(?!that\b)(?:the|a|an|its|their|his|her)?\s*[\w’'-]+(?:\s+(?!that\b)[\w’'-]+){0,3}\s+(?:on|in)\s+", text[end : t.char_start]
            ) or object_medium_then_date(language).fullmatch(text, end, t.char_start) or (LONGER_OBJECT.fullmatch(text, end, t.char_start) and not any(end <= trig[0] < t.char_start for trig in triggers)))  # but "said that on March 27, …" dates what is told, not the saying; "announced its first two cases of coronavirus on Wednesday"
            if object_then_date and any(end <= trig[0] and trig[1] <= t.char_start and not is_saying(trig[2]) for trig in triggers) and (re.search(r"(?<![\w-])(?:had|has|have|was|were|is|are|been)(?![\w-])", text[end : t.char_start]) or re.match(r"\s+(?:had|has|have|was|were|is|are|killed|hit|struck|left)\b", text[t.char_end :]) or OWN_VERB_LATER.match(text, t.char_end)):
                object_then_date = None  # "said an air strike on Sunday had hit a house", "said 132 civilians were killed in June 2022": the event's date (not "claimed the raid late on Thursday")
            if object_then_date and any(end <= trig[0] and trig[1] <= t.char_start and not is_saying(trig[2]) for trig in triggers) and OBJECT_PARTICIPLE.search(text, end, t.char_start):
                object_then_date = None  # "condemned the aggression launched on 21 May": the aggression's day
            claimed_then_date = event_type == "responsibility_claim" and t.char_start >= end and re.fullmatch(
                r"\s+(?:the|this|that|its|their|both)\s+[\w’'-]+(?:\s+(?!and\b)[\w’'-]+)?\s+(?:(?:on|in)\s+)?", text[end : t.char_start]
            ) and not re.match(r"['’]s\b", text[t.char_end :])  # "JNIM claimed the attack the same day": the claim's day (not "claimed both bombings and Sunday's raid")
            aside = t.char_end <= start and re.fullmatch(r"\s*,\s*", text[t.char_end : start]) and ASIDE_BEFORE_SAYING.search(text, max(0, t.char_start - 90), t.char_start) and not any(trig[1] <= t.char_start and not is_saying(trig[2]) for trig in triggers)  # "The embassy, in a message on its Telegram channel on Sunday, said" (not "Jihadists killed 12 soldiers, late on Sunday, said the army")
            issuer_then_date = t.char_start >= end and text[start:end].endswith(" by") and ISSUER_THEN_DATE.fullmatch(text, end, t.char_start)  # "the claim of responsibility issued by JNIM late on 20 January"
            if inside or after or before or object_then_date or claimed_then_date or aside or issuer_then_date:
                out[i] = k
                break
        if i in out:
            continue
        speaking = SPEAKING_OPENS.match(text[: t.char_start]) and re.match(r"\s*,", text[t.char_end :]) and not any(e <= t.char_start and not is_saying(ty) for _, e, ty in triggers)
        act = next((k for k, trig in enumerate(triggers) if trig[0] >= t.char_end and not RELATIVE_OPENS.search(text, max(0, trig[0] - 40), trig[0]) and (is_saying(trig[2]) or event_types()[trig[2]].dated_by_report)), None) if DECREE_OPENS.match(text[: t.char_start]) and not any(trig[0] < t.char_start and trig[2] != "legislation" for trig in triggers) else None  # the decree itself is no other act
        if act is not None:
            out[i] = act  # "In a decree signed this evening …, the President appointed …": the decree's day is the act's
            continue
        if DOCUMENT_ISSUED.match(text[: t.char_start]) or speaking:
            later = next((k for k, trig in enumerate(triggers) if trig[0] >= t.char_end and is_saying(trig[2])), -1)
            out[i] = later  # "In its first account of the fighting, issued late Monday, the army had said …": the saying's day
            continue
        told_when = _told_by_when(text, triggers, timexes, spans, t)
        if told_when is not None:
            out[i] = told_when
            continue
        if t.anchor == "other" and not t.text.casefold().startswith("the ") and (counted := after_phrase(language).match(text, t.char_start)) and counted.end() == t.char_end and not any(re.fullmatch(r"\s+(?:the\s+)?", text[t.char_end : o.char_start]) for o in timexes):  # not "A day after Tuesday's attack, gunmen …", nor "had initialled the text the day before" (the day told last)
            k = next((k for k, trig in enumerate(triggers) if trig[0] >= t.char_end and not is_saying(trig[2]) and not NEXT_CLAUSE.search(text, t.char_end, trig[0])), -1)  # "launches Operation Serval a day after Islamists take Konna": Konna's day
            told = next((j for j, o in enumerate(timexes) if k >= 0 and j > i and o.char_start >= triggers[k][1] and o.kind != "duration" and o.anchor != "other" and o.char_start - triggers[k][1] <= 80
                         and not re.search(r"[;:.]|,\s+(?:and|but|while|as|when|which|who)\s", text[triggers[k][1] : o.char_start]) and not any(triggers[k][1] <= trig[0] < o.char_start for trig in triggers)
                         and not re.search(r"(?:the|a|an|its|their|his|her|this|that)\s+$", text[max(0, o.char_start - 8) : o.char_start], re.IGNORECASE) and not re.match(r"['’]s\b", text[o.char_end :])), None)  # not "the August 2020 coup", "last year's coup": another event's
            out[i] = k if told is None else -1
            if told is not None:
                out[told] = k  # "a week after its fighters entered Kidal, Gao and then Timbuktu between 30 March and 1 April": the days told outright
            continue
        conjunct = conjunct_opening(text, triggers, t)
        if conjunct is not None:
            out[i] = conjunct  # "adopted a law on 31 March, and on 19 June the government … signed an entente": the entente's
            continue
        # "launched a rebellion in January and … a coup in March": a date right after an
        # event's trigger is that event's, whatever else its clause tells; so is a date followed
        # by ", the day Goita was sworn in"
        answered = next((k for k, trig in enumerate(triggers) if trig[0] >= t.char_end), None)
        acts = [k for k, trig in enumerate(triggers) if trig[1] <= t.char_start and not is_saying(trig[2])]
        if answered is not None and acts and (cause_between(language).match(text[t.char_end : triggers[answered][0]]) or PURPOSE_BETWEEN.match(text, t.char_end, triggers[answered][0])) and not ACT_CLAUSE_ENDS.search(text, triggers[acts[-1]][1], t.char_start) and _act_goes_on(text, triggers[acts[-1]], t, timexes):
            out[i] = acts[-1]  # "had killed a hostage on 10 March in reprisal for the intervention": the killing's day
            continue
        possessive = re.match(r"['’]s\b", text[t.char_end :]) is not None  # "said Sunday's attack killed 12": the attack's day, not the saying's
        written_with = [k for k, trigger in enumerate(triggers) if adjacent(text, trigger, t) and not (possessive and trigger[1] <= t.char_start)]
        if written_with:
            out[i] = written_with[-1]
            continue
        previous = out.get(i - 1, -1) if i else -1
        if previous >= 0 and (PLURAL_TRIGGER.search(text, triggers[previous][0], triggers[previous][1]) and conjoined(text, [timexes[i - 1], t]) and not opens_own_clause(text, triggers, t) or told_again(text, [timexes[i - 1], t])):
            out[i] = previous  # "coups in 2020 and 2021" (a plural trigger), not "intervened in January 2013, and in April 2013 …"
            continue
        if reporting.search(text[max(0, t.char_start - 40) : t.char_start]) and not possessive:
            earlier = [k for k, trig in enumerate(triggers) if is_saying(trig[2]) and trig[1] <= t.char_start]
            if earlier:
                out[i] = earlier[-1]
                continue
        if accounts_re(language).search(text[max(0, t.char_start - 40) : t.char_start]):
            out[i] = -1  # "gave sharply different accounts on Wednesday of the fighting": the accounts' day
            continue
        index = clause_of(spans, t.char_start)
        lo, hi = spans[index]
        if index == 0 and _counted_opening(text, lo, t, language):
            following = [k for k, trig in enumerate(triggers) if trig[0] >= hi]
            if following:  # "A day after Tuesday's attack, gunmen ambushed …": the ambush's day
                out[i] = following[0]
                if i + 1 < len(timexes) and not any(lo <= trig[0] < hi for trig in triggers):
                    out[i + 1] = -1  # "Two days before Sunday's vote, …": the day counted from dates nothing told
                continue
        lead_in = (_lead_in(language).match(text[lo : t.char_start]) is not None or CLEFT.match(text[lo : t.char_start]) is not None) and not text[t.char_end : hi].strip()  # "We recall that the 1st July 2025, …"; "It is on the evening of this Monday 7 October that …"
        when_opening = index == 0 and WHEN_OPENS.match(text, lo) is not None and not text[t.char_end : hi].strip()  # "When those allies moved south in January 2013, France sent troops": the main clause's time
        after_counted = index == 1 and COUNTED_FROM_EVENT.fullmatch(text, *spans[0]) is not None  # "Four days after the arrests, on July 14, Bamako suspended …": the main clause's day
        colon = text.rfind(":", lo, t.char_start)
        after_colon = colon >= 0 and text[colon + 1 : colon + 2].isspace() and any(o.char_end <= colon and o.kind != "duration" for o in timexes) and not COLON_INSTANCE.match(text, t.char_end) and re.search(r"\d{4}", t.text) is not None
        if after_colon:
            lo = colon + 1  # "the killings peaked in 2019: on March 23, 2019, militiamen attacked …": a colon after a dated clause opens another (not "the second deadly collapse in weeks: on Jan. 29, a gallery caved in", the collapse's day)
        opens = index == 0 or after_colon or text[:lo].rstrip().endswith(";")
        attributive = re.fullmatch(r"\W*(?:the|its|their|this|that)\s+", text[lo : t.char_start], re.IGNORECASE) is not None and re.match(r"\s+[a-z]", text[t.char_end :]) is not None  # "The 2015 accord, signed in Algiers, …": the accord's year, no opening date
        if ((opens or after_counted) and light(text, (lo, hi), timexes, language) or lead_in or when_opening) and not attributive and not any(lo <= trig[0] < hi for trig in triggers):
            following = [k for k, trig in enumerate(triggers) if trig[0] >= hi and not referred(text, trig[0], language)]
            main = [k for k in following if not subordinate(text, spans, triggers[k][0], language)]  # "On 17 February, with troops deployed, Macron announced …"
            # "Last month, Goita, who seized power in coups in 2020 and 2021, was granted …": the
            # main verb's; "On 22 October, a convoy that had left Tessalit struck a mine": the strike's
            main = [k for k in main if not in_relative(text, triggers, main, k)] or main
            if LIST_ENTRY.match(text):  # "- March 23, 2025, near Menaka: the FLA said a drone hit a well": the entry's event
                main = [k for k in main if not is_saying(triggers[k][2])] or main
            main = [k for k in main if not (is_saying(triggers[k][2]) and ASIDE_SAYING_AFTER.match(text, triggers[k][1]) and re.search(r",\s*(?:[\w’'-]+\s+){1,5}$", text[: triggers[k][0]]))] or main  # "On Tuesday, his brother said, a young man … was shot dead": the saying is an aside (not "the army said, in a statement, that …")
            if following:
                out[i] = (main or following)[0]
        elif opens and opening_frame(language).match(text[lo : t.char_start]):  # also "…; last month the government said": a clause after a semicolon opens as a sentence
            # "In September 2021 Macron announced that …": an opening date without a comma dates
            # the main verb when that verb is a saying (what is told keeps its own date)
            first = next((k for k, trig in enumerate(triggers) if t.char_end <= trig[0] < hi), None)
            if first is not None and is_saying(triggers[first][2]):
                out[i] = first
            elif first is None and _bare_subject(text[t.char_end : hi]):
                # "On 1 July a UN peacekeeping mission, MINUSMA, took over …": the subject's clause
                # tells no event, so the opening date is the main clause's
                following = [k for k, trig in enumerate(triggers) if trig[0] >= hi and not referred(text, trig[0], language) and not subordinate(text, spans, trig[0], language)]
                if following:
                    out[i] = following[0]
    return document_openers(text, triggers, spans, out)


COLON_INSTANCE = re.compile(r"[^.;:]*?(?<![\w-])(?:when|where)(?![\w-])")  # "targeted by car bombs this year: on 11 January, between Ménaka and Indelimane, when …": an instance of what the colon follows
RELATIVE_OPENS = re.compile(r"(?:,\s*|\s)(?:which|who|whom|that)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)  # a trigger inside a relative clause ("the junta, which had dismissed …")
VERB_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ed|met|went|came|fled|were|was|is|are|had|has|have|said|says|told)(?![\w-])")  # "Residents, hit by an attack, gathered on Sunday": another verb's clause


def _act_goes_on(text: str, act: tuple[int, int, str], t: Timex, timexes: list[Timex]) -> bool:
    """Whether a date can still be the act's told before it: no date of its own between them
    ("The rebels who seized Kidal in 2012 were tried on Monday over the attack") and no other
    verb's clause ("Residents, hit by an attack, gathered on Sunday to discuss …")."""
    return not any(act[1] <= o.char_start and o.char_end <= t.char_start and o.kind != "duration" for o in timexes) and not VERB_AFTER_COMMA.search(text, act[1], t.char_start)


PURPOSE_BETWEEN = re.compile(r"\s*,?\s*(?:in\s+order\s+)?to\s+(?:review|discuss|examine|prepare|plan|organi[sz]e|negotiate|assess|evaluate|study|coordinate|consider|finali[sz]e|address|talk\s+about|look\s+at|agree\s+on|decide\s+on|follow\s+up\s+on|take\s+stock\s+of)\s[^.;:]{0,80}$", re.IGNORECASE)  # "met the minister in Bamako on Friday to review the next stages of the withdrawal": the meeting's day
ACT_CLAUSE_ENDS = re.compile(r";|(?<![\w-])(?:and|but|while|prompting|forcing|leading|causing|before|after|then)(?![\w-])", re.IGNORECASE)  # "killed 20 villagers, prompting the government on Sunday in response to …": another clause's day
ASIDE_SAYING_AFTER = re.compile(r"\s*,(?!\s*(?:in|citing|quoting|according|that|on|late|early|adding|referring|speaking|without)(?![\w-]))(?![^,.;:]{0,80}?(?<![\w-])that(?![\w-]))", re.IGNORECASE)  # ", a young man …" (not ", in a statement, that …")
NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|as|when|then)\b", re.IGNORECASE)  # "hours after a reshuffle, and Goita was sworn in": another clause's event


def _told_by_when(text: str, triggers: list[tuple[int, int, str]], timexes: list[Timex], spans: list[tuple[int, int]], t: Timex) -> int | None:
    """"The thaw began on June 6, when Goita signed a decree …": a date before ", when" is what
    the when-clause tells, if the clause before tells nothing; not "since March, when …" (a
    range's start) nor "this month when troops seized Anefis, …, on June 5" (a day of its own)."""
    when = None if re.match(r"since\b", t.text, re.IGNORECASE) else WHEN_AFTER_DATE.match(text, t.char_end)
    if when is None:
        return None
    after_when = [k for k, trig in enumerate(triggers) if trig[0] >= when.end() and not is_saying(trig[2])]
    after_when = [k for k in after_when if not (PARTICIPLE_ASIDE.match(text, triggers[k][0]) and re.search(r",\s*$", text[when.end() : triggers[k][0]]))] or after_when  # "when separatists, fighting alongside jihadists, launched a rebellion": the main verb
    opening = spans[clause_of(spans, t.char_start)][0]
    own_date = any(u.char_start >= when.end() and not re.search(r"(?:from|until|till|to|through|since)\s+$", text[: u.char_start], re.IGNORECASE)
                   for u in timexes if u is not t and u.kind != "duration")  # not "… at 24 months from March 26"
    told_before = any(trig[1] > opening and trig[0] < t.char_start for trig in triggers)
    return after_when[0] if after_when and not own_date and not told_before else None


def _bare_subject(rest: str) -> bool:
    """"On 1 July a UN peacekeeping mission, …": the rest of an opening date's clause is a short
    noun phrase with no verb (not "On Saturday the government revised the toll …")."""
    return len(rest.split()) <= 6 and not re.search(r"(?<![\w-])(?:[a-z]+ed|is|was|were|are|has|had|have|said|says|took|went|made|gave)(?![\w-])", rest)


OBJECT_PARTICIPLE = re.compile(r"(?<![\w-])(?:launched|carried\s+out|committed|perpetrated|staged|mounted|conducted)\s+(?:(?:late|early)\s+)?(?:on|in)?\s*$", re.IGNORECASE)  # an event's own participle before the date


@cache
def _counted_aside(language: str) -> re.Pattern:
    """", ten days after the troops withdrew," right after a date (events_<language>.toml
    ``counted_aside``)."""
    w = event_words(language)["counted_aside"]
    count = rf"(?:(?:{alternation(w['counts'])})\s+)*(?:\d+|{alternation(w['counts'])})"
    return re.compile(rf"\s*,\s*{count}\s+(?:{alternation(w['units'])})\s+(?:{alternation(w['relations'])})\s+[^,;.]{{1,{w['max_chars']}}},", re.IGNORECASE)


COUNTED_DAY_OF = re.compile(r"\s*,?\s*(?:marks|is|was|marked)\s+(?:the\s+)?(?:day|week|month|year)\s+\d[\d,]*\s+of\s", re.IGNORECASE)
COUNTED_FROM_EVENT = re.compile(r"\W*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)|hours|days|weeks|months|shortly|soon|just)\s+(?:after|before)\s+(?:the|a|an|its|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}\s*", re.IGNORECASE)
WHEN_OPENS = re.compile(r"\s*when\s", re.IGNORECASE)
PARTICIPLE_ASIDE = re.compile(r"[\w’'-]+ing\s[^,;.]*,", re.IGNORECASE)  # a trigger opening an aside ", fighting alongside jihadist groups,"
WHEN_AFTER_DATE = re.compile(r",?\s+when\s+", re.IGNORECASE)


def _counted_opening(text: str, lo: int, t: Timex, language: str) -> bool:
    """A day counted from another ("A day after Tuesday's attack") that opens the sentence."""
    if t.anchor != "other" or text[lo : t.char_start].strip(" \t\n\"'“‘("):
        return False
    found = after_phrase(language).match(t.text + " x")
    return found is not None and found.end() == len(t.text)


@cache
def _lead_in(language: str) -> re.Pattern:
    """"We recall that …", "The General Staff informs national and international opinion that on
    the night of …": words after which a date opens the clause that follows."""
    verbs = alternation(event_words(language)["lead_in_verbs"])
    return re.compile(rf"^\W*(?:[\w’'-]+\s+){{0,12}}(?:{verbs})\s+(?:[\w’'-]+\s+){{0,4}}?that\s+(?:on\s+(?:the\s+)?|the\s+|in\s+)?$", re.IGNORECASE)


CLEFT = re.compile(r"^\W*it\s+(?:is|was)\s+(?:on|in|during|at)\s+(?:the\s+(?:evening|morning|night|afternoon|dawn|night)\s+of\s+)?(?:this\s+|last\s+)?$", re.IGNORECASE)
LIST_ENTRY = re.compile(r"^\s*[-•*–]\s")


