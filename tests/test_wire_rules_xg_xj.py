"""Rules found on the blind corpora of session 36 (XG–XJ) and the misses left from earlier
batches: a resolution's adoption and the act it makes, the owner of a toll a relative clause
continues. Each case is made up, in the style of the wire copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _mentions, _records  # one article of a day, headline and all


@pytest.mark.parametrize("text, expected", [
    ("The members recalled resolution 2164 (2014), adopted on 25 June 2014, by which they extended the mandate of MINUSMA until 30 June 2015.", ("mission_renewed", date(2014, 6, 25))),
    ("By resolution 2690, adopted on 30 June 2023, the Security Council ended the mandate of MINUSMA.", ("mission_ended", date(2023, 6, 30))),
    ("The Security Council, in resolution 2690 adopted unanimously on 30 June, ended the mandate of MINUSMA and gave the mission until 31 December to leave.", ("mission_ended", date(2023, 6, 30))),
    ("Resolution 2100, adopted on 25 April 2013, created MINUSMA.", ("mission_created", date(2013, 4, 25))),
])
def test_a_resolution_adopted_on_a_day_dates_the_act_it_makes_and_is_not_a_second_event(text, expected):
    assert _mentions(text, date(2023, 8, 1)) == {expected}


def test_a_resolution_adopted_on_a_day_with_no_act_told_is_the_council_s_decision():
    assert _mentions("The sanctions regime rests on resolution 2374 (2017), adopted on 5 September 2017.", date(2023, 8, 1)) == {("legislation", date(2017, 9, 5))}


def test_voting_to_end_a_named_mission_ends_the_mission():
    assert _mentions("On 30 June the Security Council voted to end MINUSMA, and the race for its bases began.", date(2023, 8, 1)) == {("mission_ended", date(2023, 6, 30))}


@pytest.mark.parametrize("text, claimant", [
    ("The new toll more than doubles the one the army gave late on Monday, which listed 17 soldiers killed.", "the army"),
    ("The army gave a first toll on Monday, which listed 17 soldiers killed.", "The army"),
    ("Residents rejected the figure that the governor had given, which counted only 17 dead.", "the governor"),
])
def test_a_toll_someone_gave_speaks_through_the_relative_that_continues_it(text, claimant):
    claims = _records(text, date(2022, 8, 10))["claims"]
    assert [(c.value_low, c.claimant_label) for c in claims] == [(17, claimant)]


def test_an_event_continued_by_a_relative_gives_no_speaker():
    claims = _records("He spoke after the attack, which killed 17 soldiers.", date(2022, 8, 10))["claims"]
    assert [c.claimant_basis for c in claims] == ["article"]


@pytest.mark.parametrize("text, published, expected", [
    ("When the jihadists pushed south to Konna in January 2013, France sent its jets.", date(2022, 3, 22), ("offensive", date(2013, 1, 1))),
    ("In Timbuktu, Ansar Dine ordered the MNLA out of the town on 28 June.", date(2012, 7, 12), ("expulsion", date(2012, 6, 28))),
    ("Sanogo's trial for their murder opened in November 2016 and was adjourned within days.", date(2022, 3, 22), ("court_ruling", date(2016, 11, 1))),
    ("The Authority took note of the declaration made by the CNRDRE on 1 April 2012 announcing the restoration of the Constitution.", date(2012, 4, 2), ("public_statement", date(2012, 4, 1))),
    ("The Constitutional Court recorded the vacancy of the presidency on Tuesday.", date(2012, 4, 12), ("court_ruling", date(2012, 4, 10))),
    ("On Sunday, the ECOWAS mediators and Captain Amadou Sanogo agreed that Mr Traore would lead a transition of twelve months.", date(2012, 5, 21), ("peace_agreement", date(2012, 5, 20))),
    ("On 19 May, French forces captured Mohamed el Mrabat, a veteran of jihad in the Sahel.", date(2020, 6, 5), ("arrest", date(2020, 5, 19))),
    ('The so-called independence of "Azawad" proclaimed by the MNLA on 6 April has been rejected by the African Union.', date(2012, 4, 12), ("independence_declared", date(2012, 4, 6))),
    ('Goïta used his New Year address on 31 December 2023 to announce an "inter-Malian" dialogue.', date(2024, 12, 10), ("public_statement", date(2023, 12, 31))),
    ("Algeria, which had opened its airspace to French aircraft last Sunday, closed its 1,400 km border with Mali on Monday.", date(2013, 1, 16), ("sanctions", date(2013, 1, 14))),
    ("A local official said soldiers had also reached Douentza, 170 kilometres further north-east, on Monday.", date(2013, 1, 23), ("territory_seized", date(2013, 1, 21))),
    ("The state of emergency declared on 20 November 2015 and extended on 21 December 2015 remains in force until 31 March 2016.", date(2016, 3, 22), ("curfew", date(2015, 11, 20))),
    ("A decree read on state television later on Monday named Choguel Kokalla Maiga, a veteran politician and a leader of the M5-RFP coalition, as prime minister.", date(2021, 6, 8), ("appointment", date(2021, 6, 7))),
    ("France handed Timbuktu, its last base in the north, to the Malian army on December 14.", date(2021, 12, 31), ("withdrawal", date(2021, 12, 14))),
    ("Residents said the militants had abandoned Diabaly, a town about 400 km north of Bamako that they seized on Monday.", date(2013, 1, 17), ("territory_seized", date(2013, 1, 14))),
])
def test_acts_told_in_the_words_of_communiques_wires_and_retrospectives(text, published, expected):
    assert expected in _mentions(text, published)


def test_each_place_of_a_listed_operation_is_an_operation_of_its_own_day_even_before_a_copula():
    text = "The operations of our forces at Bourem on 12 September, at Léré on 17 September and at Dioura on 28 September were acts of legitimate self-defence."
    assert _mentions(text, date(2023, 10, 8)) == {("offensive", date(2023, 9, 12)), ("offensive", date(2023, 9, 17)), ("offensive", date(2023, 9, 28))}


def test_a_mission_that_closed_some_of_its_bases_has_not_ended():
    assert _mentions("The spokesperson said that since 1 July, MINUSMA has closed or handed over eight of its 13 bases.", date(2023, 11, 1)) == set()
    assert ("mission_ended", date(2023, 12, 1)) in _mentions("MINUSMA closed its last bases in December.", date(2024, 1, 8))


def test_the_attacks_people_died_in_take_the_day_that_owns_them():
    found = _mentions("The government said 49 civilians and 15 soldiers died in last Thursday's attacks, which were claimed by JNIM.", date(2023, 9, 13))
    assert ("attack", date(2023, 9, 7)) in found


def test_a_heading_that_spans_years_frames_no_year_of_its_own():
    text = "From rebellion to rupture: northern Mali, 2012-2024\n\nLast month, the armed movements announced on 30 November that they were dissolving themselves into a single body."
    found = _mentions(text, date(2024, 12, 10))
    assert ("dissolution", date(2024, 11, 30)) in found


def test_a_national_letterhead_under_its_motto_issues_the_army_s_communique():
    from test_wire_rules_wy_xb import Article, process_article  # noqa: PLC0415 (one article with its own page)
    page = ("Below is our translation of the communiqué posted on the official FAMa page.\n\n---\n\nREPUBLIC OF MALI\nOne People - One Goal - One Faith\n\nMINISTRY OF DEFENCE AND VETERANS AFFAIRS\nGENERAL STAFF OF THE ARMIES\n\n"
            "COMMUNIQUÉ No. 071/EMGA/DIRPA\n\n"
            "1. On Monday, a patrol was attacked at Tabankort.\n\n"
            "2. The provisional toll is as follows:\n- on the friendly side: 24 dead and 29 wounded;\n- on the enemy side: 17 terrorists neutralised.")
    claims = process_article(Article("t", "t.txt", date(2019, 11, 19), "en", {}, "0" * 64, page + "\n"))["claims"]
    assert {(c.value_low, c.claimant_id, c.subject_id) for c in claims if c.value_low in (24, 29)} == {(24, "fama", "fama"), (29, "fama", "fama")}


def test_decisions_listed_under_an_undated_lead_take_the_day_the_communique_is_signed():
    from test_wire_rules_wy_xb import Article, process_article  # noqa: PLC0415
    page = ("In view of the seriousness of this act of aggression, the Government has decided:\n"
            "- to summon the Ambassador of Algeria in Bamako to lodge a formal protest;\n"
            "- to recall the Ambassador of Mali in Algiers for consultations, with immediate effect.\n\n"
            "The Government reaffirms its attachment to good-neighbourly relations.\n\n"
            "Bamako, 6 April 2025\nThe Minister of Foreign Affairs")
    mentions = process_article(Article("t", "t.txt", date(2025, 4, 7), "en", {}, "0" * 64, page + "\n"))["mentions"]
    assert {(m.event_type, m.start_date) for m in mentions} == {("ties_cut", date(2025, 4, 6))}


def test_an_anniversary_piece_goes_on_from_the_day_it_marks_into_the_following_weeks():
    text = ("Ten years ago today, two French helicopters fired on a column of Islamist pick-ups near Konna.\n\n"
            "Gunmen stormed the In Amenas gas plant in Algeria on 16 January. Abou Zeid was killed in late February, a death Paris confirmed only on 23 March.")
    starts = {t["text"]: t["start"] for t in _records(text, date(2023, 1, 11))["timexes"]}
    assert [starts[t][:4] for t in ("16 January", "late February", "23 March")] == ["2013", "2013", "2013"]


def test_a_paragraph_that_told_another_year_keeps_it():
    text = ("Three years ago this week, soldiers rounded up herders near the wells.\n\n"
            "On April 19, 2024, Nouakchott summoned the ambassador again. A border commission met in May that year.")
    starts = {t["text"]: t["start"] for t in _records(text, date(2025, 3, 8))["timexes"]}
    assert starts["May"][:4] == "2024"


def test_refugees_reaching_a_town_seize_nothing():
    assert _mentions("The refugees reached Bamako on Monday.", date(2013, 1, 23)) == set()


@pytest.mark.parametrize("text, published", [
    ("France's foreign ministry said later on Monday that it had taken note of the decision.", date(2022, 2, 1)),
    ("Claims that a named Russian commander had ordered the killings could not be confirmed on Monday.", date(2023, 5, 12)),
    ("Mali handed Timbuktu's police chief to the ICC on 31 March.", date(2018, 4, 2)),
])
def test_a_note_taken_a_named_commander_and_a_suspect_handed_over_are_no_such_acts(text, published):
    assert not {kind for kind, _ in _mentions(text, published)} & {"territory_seized", "appointment", "withdrawal"}


@pytest.mark.parametrize("text, expected", [
    ("France pays tribute to the 58 French soldiers who gave their lives in Mali since 2013.", ("killed", 58)),
    ("The Council demands the release of the 46 Ivorian soldiers who are still held in Bamako.", ("captured", 46)),
    ("France calls for the immediate release of the 49 Ivorian soldiers detained in Bamako since 10 July.", ("captured", 49)),
])
def test_people_who_gave_their_lives_or_are_still_held_are_counted(text, expected):
    assert expected in {(c.quantity, c.value_low) for c in _records(text, date(2022, 8, 15))["claims"]}


@pytest.mark.parametrize("text", [
    "It welcomes the release on Monday 19 May of the 32 persons who had been held at the Governorate.",
    "The mediation helped secure the release of four French nationals who had been held in Ouagadougou for a year.",
    "The junta freed 49 Ivorian soldiers detained in Bamako on Friday.",
])
def test_people_set_free_are_no_captives(text):
    assert "captured" not in {c.quantity for c in _records(text, date(2022, 8, 15))["claims"]}


@pytest.mark.parametrize("text", [
    "The golf club's resolution 1104, adopted on Monday, raises membership fees.",
    "The operations of the civil protection units in Mopti on Sunday saved 40 families from the floods.",
    "Assimi Goita bought a New Year address book at the market on Monday.",
    "The coach kicked Diarra out of the camp on Monday for missing training.",
    "Floods forced the soldiers out of the camp near Mopti on Tuesday.",
    "Pfizer's trial of the malaria vaccine began in March in three villages near Sikasso.",
    "The asset declaration made by Choguel Maiga on 2 May listed three houses.",
    "The club's board noted the vacancy of the presidency on Monday.",
    "The club and Moussa Diarra agreed to extend his contract until 2027.",
    "The camera captured Toumani Diabate, a veteran kora player, at the opening on Monday.",
    "The independence of Parliament, declared in Article 70 of the Constitution, was debated on Monday.",
    "The harmattan swept south to Bamako on Wednesday, grounding flights.",
    "The parcel was picked up in Bamako on Friday by the courier.",
    "The storm closed 2,500 schools near the border with Niger on Monday.",
    "The firefighters reached Kalaban Coro on Monday night and put out the blaze.",
    "The army reached Saturday's final after beating Djoliba 2-1.",
    "The locust emergency declared in April mobilised 300 sprayers.",
    "Villagers handed Hamadoun, a suspected jihadist, to the army on Monday.",
])
def test_the_same_words_in_other_senses_make_no_event(text):
    found = _mentions(text, date(2024, 5, 10))
    assert not {kind for kind, _ in found} & {"legislation", "offensive", "attack", "public_statement", "expulsion", "court_ruling", "peace_agreement", "arrest", "independence_declared", "sanctions", "territory_seized", "territory_regained", "curfew", "withdrawal"}, found


@pytest.mark.parametrize("text, claimant", [
    ("The toll the army gave on Monday was lower than the UN's, which listed 40 civilians killed.", "United Nations"),
    ("The count the ministry released was disputed by MSF, which reported 60 dead.", "Médecins Sans Frontières"),
])
def test_a_relative_after_another_noun_is_that_noun_s(text, claimant):
    labels = [(c.claimant_label or "") + " " + (c.claimant_id or "") for c in _records(text, date(2022, 8, 10))["claims"]]
    assert labels and all(not l.startswith(("the army", "the ministry")) for l in labels), labels


def test_a_singular_place_after_a_dated_act_is_not_the_act_again():
    found = _mentions("After the attack on Boni on Monday, Douentza on Tuesday was the scene of a market day.", date(2024, 5, 10))
    assert ("attack", date(2024, 5, 7)) not in found


def test_a_heading_span_still_frames_its_story_but_not_the_last_weeks_news():
    found = _mentions("Mali's coups, 2012-2021\n\nSoldiers seized power on 22 March, ousting President Touré.", date(2021, 6, 10))
    assert ("coup", date(2012, 3, 22)) in found
