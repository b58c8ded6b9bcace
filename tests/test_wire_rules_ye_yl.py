"""Rules found on the blind corpora of session 39 (YE–YL): a week's digest told under bare day
headings (its items' weekdays, places and acts), a narrative's year-less day before a later
frame, an act a document does in the present, disasters, and words of events the lexicon
lacked. Each case is made up, in the style of the copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _mentions, _records  # one article of a day, headline and all

DIGEST = """SAHEL SECURITY WEEKLY
Issue 12 | The week of 6 to 12 March 2017

MONDAY 6 MARCH

Douentza: At dawn, gunmen attacked an army post north of the town.

Timbuktu: A few hours later, four men opened fire at the gate of the UN camp.

TUESDAY 7 MARCH

New York: The Security Council condemned both attacks in a statement.

Ouagadougou: The government revised the toll of Sunday night's attack on a hotel to 9 dead.

THURSDAY 9 MARCH

Timbuktu: Gendarmes arrested two suspects over Monday's attack on the camp.
"""


def _digest() -> list:
    return process(DIGEST, date(2017, 3, 13))["mentions"]


def process(text: str, published: date) -> dict:
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, text))


def test_every_item_under_a_bare_day_heading_takes_the_day_and_its_label_place():
    found = {(m.event_type, m.start_date, m.place_id) for m in _digest()}
    assert ("attack", date(2017, 3, 6), "timbuktu") in found  # the second item of Monday, placed by its label
    assert ("arrest", date(2017, 3, 9), "timbuktu") in found  # "over Monday's attack" names another day, not the item's


def test_a_weekday_under_a_day_heading_is_read_from_the_heading_not_from_publication():
    attacks = {m.start_date for m in _digest() if m.event_type == "attack"}
    assert date(2017, 3, 5) in attacks and date(2017, 3, 12) not in attacks  # the Sunday before Tuesday 7 March, not Sunday 12


def test_what_a_day_s_entry_refers_back_to_is_no_act_of_that_day():
    assert not any(m.start_date == date(2017, 3, 7) and m.event_type == "attack" for m in _digest())


def test_a_week_s_span_in_a_heading_sets_no_day_for_weekdays():
    text = ("SECURITY DIGEST\n\nWeek 44: 30 October - 5 November 2017\n\nDelegations met in Anefis on Friday to review the truce.\n\n"
            "MONDAY 6 NOVEMBER\n\nNothing was reported.\n\nTUESDAY 7 NOVEMBER\n\nNothing was reported.\n")
    days = {str(t["start"]) for t in process(text, date(2017, 11, 8))["timexes"] if t["text"] == "Friday"}
    assert days == {"2017-11-03"}


def test_a_year_less_day_before_a_later_frame_of_its_paragraph_falls_before_that_frame():
    text = ("Implementing decrees followed on July 9, 2024.\n\nThe companies resisted. In late September, four employees were detained in Bamako. "
            "On Nov. 8, the chief executive was detained after a meeting. In December 2024, a judge issued an arrest warrant.")
    starts = {t["text"]: str(t["start"]) for t in _records(text, date(2026, 1, 14))["timexes"]}
    assert starts["late September"] == "2024-09-21" and starts["Nov. 8"] == "2024-11-08"


@pytest.mark.parametrize("text, published, expected", [
    # not when the year-less day is the news of the last weeks, nor between dates years apart
    ("The army had first said on April 1 that one of its aircraft had crashed. In late August 2024, drones struck the same town.", date(2025, 4, 7), date(2025, 4, 1)),
    ("It first sent troops in January 2013. In February, 28 of its peacekeepers were wounded. On 27 October 2018, four were wounded by a mine.", date(2021, 12, 9), date(2021, 2, 1)),
])
def test_a_later_frame_moves_no_recent_day_and_no_day_between_distant_years(text, published, expected):
    starts = [str(t["start"]) for t in _records(text, published)["timexes"] if t["text"] in ("April 1", "February")]
    assert starts == [expected.isoformat()]


def test_an_act_a_document_does_in_the_present_is_of_its_day():
    text = "In view of this progress, the Authority decides to lift, with immediate effect, the economic and financial sanctions imposed on Mali on 9 January 2022."
    assert ("sanctions_lifted", date(2022, 7, 3)) in _mentions(text, date(2022, 7, 3))


def test_the_men_picked_up_in_a_raid_are_arrested_on_the_raid_s_night_and_the_raid_is_no_attack():
    text = "The men were picked up in a raid on a house in the Magnambougou district on Sunday night and are being questioned by investigators, a spokesman told reporters."
    found = _mentions(text, date(2015, 3, 9))
    assert ("arrest", date(2015, 3, 8)) in found and not any(t == "attack" for t, _ in found)


@pytest.mark.parametrize("text, published, expected", [
    ("A gold mine collapse near Kangaba killed more than 70 people on Friday.", date(2024, 1, 22), {("disaster", date(2024, 1, 19))}),
    ("A landslide at Danga killed about ten gold panners on 29 January.", date(2025, 2, 3), {("disaster", date(2025, 1, 29))}),
    ("In Ségou, three people swept away by the Niger River on Monday are still missing.", date(2024, 9, 13), {("disaster", date(2024, 9, 9))}),
    ("A pinnace capsized on the Niger near Mopti on Sunday, killing 20 passengers.", date(2024, 9, 13), {("disaster", date(2024, 9, 8))}),
])
def test_a_disaster_is_an_event_of_its_own_and_keeps_its_dead(text, published, expected):
    assert _mentions(text, published) == expected


@pytest.mark.parametrize("text, published", [
    ("Goïta won the election by a landslide in July.", date(2024, 9, 13)),
    ("The state's finances collapsed in 2023, the minister said on Monday.", date(2024, 9, 13)),
])
def test_no_disaster_in_other_senses(text, published):
    assert not any(t == "disaster" for t, _ in _mentions(text, published))


@pytest.mark.parametrize("text, published, expected", [
    ("President Abdelmadjid Tebboune received the imam Mahmoud Dicko in Algiers on Tuesday.", date(2023, 12, 20), ("diplomatic_call", date(2023, 12, 19))),
    ("The Court of Appeal upheld the sentence on 16 December.", date(2024, 12, 20), ("court_ruling", date(2024, 12, 16))),
    ("The prosecutor sought 18 months in prison for the economist on Monday.", date(2024, 5, 8), ("court_ruling", date(2024, 5, 6))),
    ("Mali's government said on Saturday that it had filed an application against Algeria at the International Court of Justice on Thursday.", date(2025, 9, 8), ("court_ruling", date(2025, 9, 4))),
    ("Nobody was hurt when police broke up a gathering of about 200 students on Thursday morning.", date(2024, 3, 16), ("protest", date(2024, 3, 14))),
    ("The Authority notes the adoption, on 17 June 2022, of a new electoral law.", date(2022, 7, 3), ("legislation", date(2022, 6, 17))),
    ("The Interministerial Committee on Thursday published a revised toll of the floods.", date(2024, 9, 13), ("report_published", date(2024, 9, 12))),
    ("The Government declared a state of national disaster on 23 August.", date(2024, 9, 13), ("curfew", date(2024, 8, 23))),
    ("Barrick filed for arbitration on 3 December.", date(2024, 12, 20), ("court_ruling", date(2024, 12, 3))),
    ("Floods in Ségou killed 12 people on Monday, the civil protection said.", date(2024, 9, 13), ("disaster", date(2024, 9, 9))),
    ("A collapse near Bilalikoto on February 15 killed at least 43 people, according to a union.", date(2025, 3, 1), ("disaster", date(2025, 2, 15))),
    ("In the Mopti region, a protective dyke on the Bani gave way near Sofara on Sunday morning.", date(2024, 8, 27), ("disaster", date(2024, 8, 25))),
    ('The suspension had been justified by the need to protect an "inter-Malian dialogue" held from April 13 to May 10.', date(2024, 7, 11), ("diplomatic_call", date(2024, 4, 13))),
])
def test_words_of_events_the_lexicon_lacked(text, published, expected):
    assert expected in _mentions(text, published)


def test_a_relative_clause_with_a_subject_of_its_own_keeps_its_date():
    text = "Mali's military government has lifted the ban on political party activities that it imposed three months ago, according to a council of ministers communique released late on Wednesday."
    assert {d for t, d in _mentions(text, date(2024, 7, 11)) if t == "legislation"} == {date(2024, 7, 10)}


def test_a_line_that_ends_with_a_comma_goes_on_in_the_next():
    text = "On Nov. 8,\nResolute Mining's chief executive,\nTerence Holohan, was detained in Bamako."
    sentences = [s["text"] for s in _records(text, date(2024, 11, 20))["sentences"] if s["kind"] == "body"]
    assert len(sentences) == 1


REVIEW_NOT_EVENTS = [  # the same words in other senses, found by a review of the session's rules
    ("The wounded soldiers were picked up by the army helicopter on Monday.", "arrest"),
    ("Weapons were picked up in a raid on a depot on Monday.", "arrest"),
    ("Lost children were picked up by police on Monday and returned to their parents.", "arrest"),
    ("The league upheld a three-match ban on the striker on Monday.", "court_ruling"),
    ("Critics overturned the film jury's judgment on Monday.", "court_ruling"),
    ("The prosecutor asked for a few months to complete the investigation on Monday.", "court_ruling"),
    ("The prosecutor called for the death penalty to be abolished on Monday.", "court_ruling"),
    ("A teacher filed an application at the ministry for a transfer on Monday.", "court_ruling"),
    ("The proposal met the Federation's president's approval on Monday.", "diplomatic_call"),
    ("A teacher broke up a gathering of pupils in the yard on Monday.", "protest"),
    ("The school notes the adoption, on 6 May 2024, of a new exam timetable.", "legislation"),
    ("The ministry published a revised toll of 500 CFA francs for lorries on the bridge on Monday.", "report_published"),
    ("Critics proclaimed a state of disaster of the national team on Monday.", "curfew"),
    ("The airline began its first operation, Air Sahel, in the region on Monday.", "offensive"),
    ("The band made its first trip outside Africa on Monday.", "diplomatic_call"),
    ("Russia blocked the adoption of the resolution on Mali on Wednesday.", "legislation"),
    ("The government's cave-in to union demands on Monday angered the IMF.", "disaster"),
    ("The landslide victory claimed by the ruling party on Monday was contested.", "disaster"),
    ("Heavy rains displaced the match to Sunday.", "disaster"),
    ("Floods of fake news destroyed his reputation in 2023.", "disaster"),
    ("The old guard was swept away by the current of change on Monday.", "disaster"),
    ("Two soldiers died in a mine accident near Gao on Monday when their vehicle hit an explosive device.", "disaster"),
    ("Fire broke out between soldiers and rebels near Anefis on Monday, killing five.", "disaster"),
    ("A boat carrying soldiers was attacked and capsized near Bamba on Monday, killing 15.", "disaster"),
    ("Despite heavy rains the army killed 10 jihadists near Mopti on Monday.", "disaster"),
    ("The storm hit the army base on Monday.", "attack"),
    ("The collapse near Bamako of the coalition government on Monday surprised analysts.", "disaster"),
    ("The striker hit the post on Monday.", "attack"),
    ("In the film, the junta decides to expel the French ambassador.", "ties_cut"),
    ("Each time the ministry decides to impose a curfew, traders lose money.", "curfew"),
]


@pytest.mark.parametrize("text", [
    # no items of a day: background, a guess, a past perfect, a diary's talk, a quote
    "MONDAY 6 MAY\n\nGunmen killed five villagers near Bandiagara.\n\nBackground: France withdrew its last troops from Mali and jihadists seized Boni.\n\nTUESDAY 7 MAY\n\nNothing was reported.\n",
    "MONDAY 6 MAY\n\nGunmen attacked a post near Boni.\n\nAnalysts fear jihadists could attack Bamako.\n\nTUESDAY 7 MAY\n\nNothing was reported.\n",
    "MONDAY 6 MAY\n\nRain at last.\n\nTUESDAY 7 MAY\n\nRain again.\n\nNeighbours talk about the coup that ousted the president.\n",
])
def test_what_a_digest_tells_between_its_items_takes_no_day(text):
    mentions = process(f"Weekly notes\n\n{text}", date(2024, 5, 10))["mentions"]
    dated = {(m.event_type, m.start_date) for m in mentions if m.start_date in (date(2024, 5, 6), date(2024, 5, 7))}
    assert not {t for t, _ in dated} & {"withdrawal", "territory_seized", "coup"} and ("attack", date(2024, 5, 6)) not in {(m.event_type, m.start_date) for m in mentions if m.place_id == "bamako"}


@pytest.mark.parametrize("text, published, weekday, expected", [
    ("THURSDAY 9 MAY\n\nThe unions plan a march on Tuesday.\n\nFRIDAY 10 MAY\n\nNothing was reported.\n", date(2024, 5, 17), "Tuesday", "2024-05-14"),
    ("SATURDAY 4 MAY\n\nThe opposition called a rally for Wednesday.\n\nSUNDAY 5 MAY\n\nNothing was reported.\n", date(2024, 5, 13), "Wednesday", "2024-05-08"),
])
def test_a_plan_under_a_day_heading_keeps_its_reading(text, published, weekday, expected):
    days = {str(t["start"]) for t in process(f"Weekly notes\n\n{text}", published)["timexes"] if t["text"] == weekday}
    assert days == {expected}


@pytest.mark.parametrize("text", [
    "Bamako: When will the curfew end? The army attacked a base last year, a reader recalls.\n\nGao: Are the schools open?",
    "Mali: 2, Senegal: 1. Fans attacked the referee on Monday.\n\nGhana: 0, Nigeria: 0. Police arrested ten fans on Monday.",
])
def test_labels_outside_a_digest_place_nothing(text):
    assert all(m.place_id is None for m in _records(text, date(2024, 5, 10))["mentions"])


@pytest.mark.parametrize("text, published, label, expected", [
    ("The league began in September 2023. On 12 June, Djoliba won the title. In May 2024, the final round was played.", date(2025, 9, 1), "12 June", "2025-06-12"),
    ("Funding was cut in October 2023. Gunmen attacked the clinic on 20 March, staff said. In January 2024, the clinic closed.", date(2025, 6, 20), "20 March", "2025-03-20"),
])
def test_a_later_frame_never_moves_a_day_before_the_date_told_last(text, published, label, expected):
    assert [str(t["start"]) for t in _records(text, published)["timexes"] if t["text"] == label] == [expected]


def test_a_comma_at_a_line_s_end_joins_no_paragraph_across_a_blank_line():
    text = "Residents still remember when jihadists attacked the village and burned the market,\n\nOn Monday, the army arrested two suspects in Boni."
    assert ("arrest", date(2024, 5, 6)) in _mentions(text, date(2024, 5, 10))


def test_the_relative_clause_of_the_trigger_itself_dates_it():
    text = "The ministry said on Wednesday that the attack that the army repelled on Monday killed three soldiers."
    assert ("attack", date(2024, 5, 6)) in _mentions(text, date(2024, 5, 10))


def test_a_place_that_opens_a_sentence_is_no_speaker_of_the_quote_after_it():
    text = ('GAO, Mali — At the bus station on the road to Ansongo, Hamadou Touré, 52, keeps a notebook with the names of the drivers he has lost.\n'
            '"Nine people in my minibus died," he said.')
    assert all("bus station" not in (c.claimant_label or "") for c in _records(text, date(2025, 7, 10))["claims"])


def test_a_year_less_day_heading_after_a_dated_one_takes_its_year_and_frames_its_section():
    text = ("The eight months of 2012\n\n22 March 2012 — The mutiny\n\nSoldiers at Kati rose against their officers.\n\n"
            "6 April — The deal at Kati\n\nSanogo signed a framework agreement. On 20 April, a new prime minister was named.\n")
    starts = {t["text"]: str(t["start"]) for t in process(text, date(2022, 3, 22))["timexes"]}
    assert starts["6 April"] == "2012-04-06" and starts["20 April"] == "2012-04-20"


REVIEW2_NOT_EVENTS = [  # a second review's texts: the narrowed rules in other senses
    ("Talks on the gold mine collapsed on Monday.", "disaster"),
    ("The collapse of the tunnel project on Monday cost 200 jobs.", "disaster"),
    ("A landslide swept the ruling party to power on Sunday.", "disaster"),
    ("The singer's farewell caused floods of tears on Sunday.", "disaster"),
    ("Heavy rains killed off the tournament on Sunday.", "disaster"),
    ("The dam on the Niger broke records for power output in April.", "disaster"),
    ("Opposition hopes capsized on Monday when the court rejected their appeal.", "disaster"),
    ("The road accident statistics for 2023 were published on Monday.", "disaster"),
    ("Budget cuts hit army bases on Monday.", "attack"),
    ("The mosque received the imam of Mecca for Friday prayers.", "diplomatic_call"),
    ("Russia blocked the adoption by the Security Council of resolution 2085 on Wednesday.", "legislation"),
    ("The minister of sport declared a state of disaster for Malian football on Tuesday.", "curfew"),
    ("Troops began a new operation to vaccinate cattle on Monday.", "offensive"),
    ("In the musical, the general decides to dissolve the assembly.", "dissolution"),
    ("The council decides to close schools as soon as temperatures exceed 45C, the rules state.", "closure"),
]


@pytest.mark.parametrize("item", [
    "- Officials hope the ceasefire will hold.",
    "Gao: Suicide bombers usually strike at dawn, a soldier explained.",
    "- Rebels who had seized Anefis in 2023 withdrew long ago.",
    "- Opinion: Mali needs a ceasefire now.",
])
def test_an_item_of_hope_habit_or_opinion_takes_no_day(item):
    text = f"Weekly notes\n\nMONDAY 6 MAY\n\nGao: Gunmen attacked a post near Boni.\n\n{item}\n\nTUESDAY 7 MAY\n\nNothing was reported.\n"
    dated = {m.event_type for m in process(text, date(2024, 5, 10))["mentions"] if m.start_date == date(2024, 5, 6)}
    assert not dated & {"ceasefire", "suicide_bombing", "territory_seized", "withdrawal"}


@pytest.mark.parametrize("line, weekday, expected", [
    ("Officials said talks would resume on Friday.", "Friday", "2024-05-10"),
    ("The hearing was adjourned to Thursday.", "Thursday", "2024-05-09"),
])
def test_a_weekday_aimed_ahead_under_a_day_heading_keeps_its_reading(line, weekday, expected):
    text = f"Weekly notes\n\nTUESDAY 7 MAY\n\n{line}\n\nWEDNESDAY 8 MAY\n\nNothing was reported.\n"
    assert {str(t["start"]) for t in process(text, date(2024, 5, 10))["timexes"] if t["text"] == weekday} == {expected}


def test_a_day_heading_of_the_last_weeks_keeps_its_own_year():
    text = "Serval, then and now\n\n11 January 2013 — Serval\n\nFrance intervened.\n\n9 May — This week\n\nJihadists attacked a post near Boni.\n"
    assert ("attack", date(2024, 5, 9)) in {(m.event_type, m.start_date) for m in process(text, date(2024, 5, 10))["mentions"]}


def test_the_launch_told_in_a_relative_clause_dates_the_attack():
    assert ("attack", date(2024, 5, 6)) in _mentions("The army repelled an attack on Boni that Islamists launched on Monday.", date(2024, 5, 10))


def test_a_disaster_keeps_no_dead_told_apart_in_its_sentence():
    text = "A bus accident near Ségou killed three people on Monday, a day after gunmen killed five villagers near Mopti."
    assert any(t == "mass_killing" for t, _ in _mentions(text, date(2024, 5, 10)))


@pytest.mark.parametrize("text, event_type", REVIEW_NOT_EVENTS + REVIEW2_NOT_EVENTS)
def test_the_session_s_words_in_other_senses_are_no_event(text, event_type):
    assert not any(t == event_type for t, _ in _mentions(text, date(2024, 5, 10)))
