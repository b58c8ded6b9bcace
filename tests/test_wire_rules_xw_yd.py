"""Rules found on the blind corpora of session 38 (XW–YD): names of one group that overlap, a
report's division that speaks for the excerpts printed under it, figures of the people a speaker
holds or lost, breakdowns of the dead ("Of the 22 dead, 19 were civilians"), the items of a
digest's day, a year-less day after "since the start of the year", and words of events the
lexicon lacked. Each case is made up, in the style of the copy where the class was seen."""

from __future__ import annotations

from datetime import date

import pytest

from test_wire_rules_wq_wx import _claims, _mentions, _records  # one article of a day, headline and all
from timeline.names import matcher


def _one(text: str, published: date, value: int):
    return next(c for c in _claims(text, published) if c.value_low == value)


def test_two_names_of_one_group_that_overlap_are_one_name_and_no_word_is_a_speaker():
    text = "The Al-Qaeda-linked Group to Support Islam and Muslims (JNIM) said its fighters killed 12 soldiers near Boni on Tuesday."
    assert _one(text, date(2024, 3, 7), 12).claimant_id == "jnim"
    spans = [(n.start, n.end) for n in matcher().find_joined(text) if n.id == "jnim"]
    assert spans[0] == (4, text.index(" (JNIM)"))


@pytest.mark.parametrize("text, published, value, claimant, subject", [
    ('An MNLA spokesman, Mahmoud Ag Iknane, said his group had lost "only four men" and had killed more than 40 Islamists.', date(2012, 6, 28), 4, "mnla", "mnla"),
    ('"We are holding about 30 of their men," Hamadoun Ould Bilal, a commander of the Movement for Oneness and Jihad in West Africa (MUJAO), told AFP.', date(2012, 9, 2), 30, "mujao", None),
    ("JNIM said its fighters had killed dozens of the camp's defenders and taken two of them prisoner.", date(2021, 4, 3), 2, "jnim", None),
])
def test_whose_people_a_speaker_lost_or_holds(text, published, value, claimant, subject):
    claim = _one(text, published, value)
    assert claim.claimant_id == claimant and claim.subject_id == subject
    if value == 2:
        assert claim.subject_label == "camp's defenders"


def test_the_division_a_note_says_released_the_report_speaks_for_the_paragraphs_printed_under_it():
    text = ("Editor's note: The Human Rights and Protection Division of the UN mission in Mali (MINUSMA) released its report on the Bounti air strike on Tuesday. "
            "We reproduce paragraphs 1 to 4 of the English version.\n\n1. On 3 January 2021, an air strike killed 19 civilians near Bounti.")
    claim = _one(text, date(2021, 3, 30), 19)
    assert claim.claimant_label == "The Human Rights and Protection Division" and claim.claimant_basis == "document"


@pytest.mark.parametrize("text, published, value, quantity, subject", [
    ("The strike killed at least 22 people. Of the 22 dead, 19 were civilians and three were presumed members of the katiba Serma.", date(2021, 3, 30), 3, "killed", "members of the katiba Serma"),
    ("The strike killed at least 22 people. Of the 22 dead, 19 were civilians and three were presumed members of the katiba Serma.", date(2021, 3, 30), 19, "killed", "civilians"),
    ("Residents said about 20 men arrested by soldiers at the weekly market on 12 May were later found dead.", date(2025, 8, 15), 20, "killed", "men arrested"),
    ("The army says 130 people were killed. Local officials told me the real figure is closer to 160.", date(2021, 6, 10), 160, "killed", "people"),
    ("A Western security official said that some 400 Russians had arrived since mid-December.", date(2021, 12, 30), 400, "strength", "Russians"),
])
def test_figures_the_session_read(text, published, value, quantity, subject):
    claim = _one(text, published, value)
    assert (claim.quantity, claim.subject_label) == (quantity, subject)


@pytest.mark.parametrize("text, published", [
    ("Three survivors interviewed separately by the Monitor described soldiers being disarmed and then killed with knives.", date(2012, 3, 1)),
    ("Nearly four in ten of the dead were civilians in 2017.", date(2019, 3, 1)),
    ("On Tuesday hundreds of residents marched on the base to protest against the killing.", date(2012, 6, 28)),
    ("The camp was held by a company of some 150 soldiers, many of them recent recruits.", date(2012, 3, 1)),
])
def test_no_casualties_where_the_figure_counts_witnesses_a_share_marchers_or_a_garrison(text, published):
    assert [c for c in _claims(text, published) if c.quantity in ("killed", "wounded", "captured")] == []


def test_one_of_the_interviewed_who_survived_is_no_death():
    text = "Three survivors described the killings. One of them, a 23-year-old corporal, said he survived because he lay among the bodies."
    assert [c for c in _claims(text, date(2012, 3, 1)) if c.value_low == 1] == []


def test_a_release_of_weapons_frees_no_one():
    text = '"The militia handed over its weapons and we are holding about 30 of their men," a commander told AFP.'
    assert _one(text, date(2012, 9, 2), 30).quantity == "captured"


def test_a_time_before_the_speaker_is_no_part_of_its_name():
    claim = _one("That same evening a Fulani youth association said that at least 20 civilians had been killed.", date(2021, 3, 30), 20)
    assert claim.claimant_label == "a Fulani youth association"


DIGEST = """SAHEL SECURITY WEEKLY | Week of 13-19 September 2021

TUESDAY 14 SEPTEMBER

- The foreign minister told members of parliament that a deployment would be incompatible with the presence of French troops.
- An improvised explosive device hit an army vehicle between Boni and Hombori, killing two soldiers.

THURSDAY 16 SEPTEMBER

- Macron spoke by telephone with Niger's President Mohamed Bazoum.
"""


def test_every_item_of_a_digest_s_day_takes_its_day():
    found = _mentions(DIGEST, date(2021, 9, 19))
    assert ("explosive_device", date(2021, 9, 14)) in found
    assert ("diplomatic_call", date(2021, 9, 16)) in found


@pytest.mark.parametrize("text, published, expected", [
    ("The group has stepped up raids since the start of the year: it said it had killed 41 soldiers at Dioura on 23 May.", date(2025, 6, 3), ("casualties", date(2025, 5, 23))),
    ("Last year, on July 17, gunmen abducted three Chinese workers near Kwala.", date(2022, 8, 2), ("abduction", date(2021, 7, 17))),
    ("Legislative elections have been postponed; last month the government said they would not take place before June.", date(2019, 3, 5), ("election", date(2019, 2, 1))),
    ("In late September 2019, JNIM fighters overran the camp at Mondoro, killing 38 soldiers.", date(2025, 6, 3), ("territory_seized", date(2019, 9, 21))),
])
def test_days_the_session_dated(text, published, expected):
    assert expected in _mentions(text, published)


def test_the_dead_of_an_overrun_told_after_it_are_its_own():
    found = _mentions("In late September 2019, JNIM fighters overran the camp at Mondoro, killing 38 soldiers.", date(2025, 6, 3))
    assert ("casualties", None) not in found


@pytest.mark.parametrize("text, published, expected", [
    ("Residents of Timbuktu said the Islamic police arrested about 20 young people at a wedding and flogged three of them in public on Thursday.", date(2012, 10, 13), ("attack", date(2012, 10, 11))),
    ("The destruction of the mausoleums of Sidi Mahmoud and Sidi Moctar began on Saturday, witnesses said.", date(2012, 7, 2), ("looting", date(2012, 6, 30))),
    ("Mali's new government of national unity, named on August 20, has said it will ask for help.", date(2012, 9, 2), ("appointment", date(2012, 8, 20))),
    ("On 5 August, hundreds of Gao residents had occupied the square to stop the amputation.", date(2012, 8, 9), ("protest", date(2012, 8, 5))),
    ("Dec. 20 - Resolution 2085 authorises an African-led force for an initial period of one year.", date(2012, 12, 31), ("mission_created", date(2012, 12, 20))),
    ("On Sunday six armed men shot the president of the polling station dead.", date(2018, 8, 14), ("mass_killing", date(2018, 8, 12))),
    ("Violence has surged since 2015, when the preacher Amadou Koufa launched an extremist movement in the area.", date(2019, 1, 2), ("alliance_formed", date(2015, 1, 1))),
    ("On 13 December, the European Union put sanctions on the Wagner group.", date(2021, 12, 30), ("sanctions", date(2021, 12, 13))),
    ("It takes note of the judgment of the Constitutional Court of 28th May 2021 declaring Colonel Assimi Goïta President of the Transition.", date(2021, 5, 30), ("court_ruling", date(2021, 5, 28))),
    ("The Authority received the report of the Mediator on the mission he led to Bamako from 25th to 26th May 2021.", date(2021, 5, 30), ("diplomatic_call", date(2021, 5, 25))),
    ("Fifty French soldiers have died since the launch of Operation Serval in January 2013, which Barkhane replaced on 1 August 2014.", date(2021, 1, 7), ("mission_created", date(2014, 8, 1))),
    ("This follows the adoption by the National Transitional Council, on Monday 12 May 2025, of the law repealing Law No. 05-047 of 18 August 2005.", date(2025, 5, 13), ("legislation", date(2025, 5, 12))),
    ("It implements the recommendations of the national consultations of the living forces of the nation, held in Bamako from 16 to 29 April 2025.", date(2025, 5, 13), ("diplomatic_call", date(2025, 4, 16))),
    ("A coalition of parties, which brought several hundred supporters onto the streets of Bamako on 3 May, said it would appeal.", date(2025, 5, 13), ("protest", date(2025, 5, 3))),
    ("Former prime minister Moussa Mara has been detained since 1 August over a post on social media.", date(2025, 8, 15), ("arrest", date(2025, 8, 1))),
    ("On July 31 former prime minister Moussa Mara was questioned for several hours by the cybercrime unit.", date(2025, 8, 15), ("investigation", date(2025, 7, 31))),
])
def test_words_of_events_the_lexicon_lacked(text, published, expected):
    assert expected in _mentions(text, published)


def test_the_date_of_a_text_repealed_dates_no_repeal():
    found = _mentions("This follows the adoption by the Council, on Monday 12 May 2025, of the law repealing Law No. 05-047 of 18 August 2005.", date(2025, 5, 13))
    assert not any(d == date(2005, 8, 18) for _, d in found)


def test_two_appointments_of_two_people_in_one_sentence_stay_two():
    found = _records("Assimi Goita was sworn in on Monday, and on Monday evening he signed the decree naming Choguel Kokalla Maiga prime minister.", date(2021, 6, 10))["mentions"]
    assert {m.actor_ids for m in found if m.event_type == "appointment"} == {("goita",), ("choguel_maiga",)}


def test_a_title_before_a_surname_keeps_the_person_named_before():
    found = _records("Soumaila Cisse ran second. On Friday, Mr Cisse had declared that he rejected the provisional results.", date(2018, 8, 20))["mentions"]
    assert any(m.event_type == "public_statement" and m.actor_ids == ("soumaila_cisse",) for m in found)


@pytest.mark.parametrize("text, published, place", [
    ("On Monday ECOWAS leaders meeting in Abuja approved a plan for a 3,300-strong force.", date(2012, 11, 13), "abuja"),
])
def test_regional_capitals_are_places(text, published, place):
    assert place in {m.place_id for m in _records(text, published)["mentions"]}


@pytest.mark.parametrize("text, published", [
    ("On Tuesday jihadists attacked seven towns near the borders with Senegal and Mauritania.", date(2025, 7, 3)),
    ("On Tuesday gunmen attacked lorries on the Dakar and Nouakchott corridors.", date(2025, 7, 3)),
])
def test_a_border_s_neighbour_or_a_route_named_for_a_city_is_not_where_it_happened(text, published):
    assert {m.place_id for m in _records(text, published)["mentions"]} <= {None}


def test_a_neighbour_s_capital_that_gives_a_toll_is_its_government():
    claim = _one("On 16 February, Mauritanian herders were killed near Fassala. Nouakchott put the toll at six dead.", date(2025, 3, 1), 6)
    assert claim.claimant_id == "mauritania"


# Readings the session's review found too wide, narrowed before the rules were kept.
NOT_EVENTS = [
    ("He whipped two of them into the top corner in the second half on Sunday.", "attack"),
    ("The city council approved the demolition of the old Independence monument on Monday to build a road.", "looting"),
    ("Kenya's opposition called on Monday for a national unity government, formed by all parties.", "appointment"),
    ("The law authorises the police force to use drones over stadiums from Monday.", "mission_created"),
    ("The hunter shot a lion dead near Kita on Sunday.", "mass_killing"),
    ("The director shot the first episode of The Grateful Dead documentary in Bamako on Monday.", "mass_killing"),
    ("Dissident MPs launched a rebel movement inside the ruling party on Monday.", "alliance_formed"),
    ("Meta launched an extremist group detection tool on Monday.", "alliance_formed"),
    ("The league slapped sanctions on three clubs for fan violence on Monday.", "sanctions"),
    ("On Monday, the opposition challenged the decision of the Constitutional Court confirming the results.", "court_ruling"),
    ("MINUSMA replaced on 12 May the commander of its Gao sector.", "mission_created"),
    ("The adoption of the new club budget on Monday angered fans.", "legislation"),
    ("The regional conference of the Lions Club, held in Dakar from 2 to 4 May, elected a new governor.", "diplomatic_call"),
    ("The Eagles' victory brought hundreds of supporters onto the streets on Sunday night.", "protest"),
    ("Paris came under fire on Monday for its handling of the hostage crisis.", "attack"),
    ("Traders marched to the stadium on Saturday to watch the cup final.", "protest"),
    ("AFP spoke to Mayor Ousmane Diallo by telephone on Monday.", "diplomatic_call"),
]


@pytest.mark.parametrize("text, event_type", NOT_EVENTS)
def test_the_session_s_words_in_other_senses_tell_no_such_event(text, event_type):
    assert event_type not in {t for t, _ in _mentions(text, date(2024, 5, 14))}


@pytest.mark.parametrize("text, published", [
    ("Of the victims of the pension scam, 300 were retirees and 40 were teachers.", date(2024, 5, 14)),
    ("Among the injured players, three are back in training ahead of Sunday's match.", date(2024, 5, 14)),
    ("The floods killed 12 people, officials said. For emergencies, the number is 112.", date(2024, 5, 14)),
    ("The rebels said they are holding 500 of their fighters in reserve near Kidal.", date(2024, 5, 14)),
])
def test_no_figure_the_session_s_rules_would_have_read_too_widely(text, published):
    assert [c.value_low for c in _claims(text, published) if c.value_low not in (12,)] == []


@pytest.mark.parametrize("text, published, value, claimant", [
    ("The rebels claimed to be holding 40 soldiers captured near Kidal on Monday.", date(2024, 5, 14), 40, "The rebels"),
    ("This Day newspaper said on Monday that 30 villagers were killed in Menaka.", date(2024, 5, 14), 30, "This Day newspaper"),
])
def test_speakers_the_session_s_rules_must_keep(text, published, value, claimant):
    assert _one(text, published, value).claimant_label == claimant


def test_a_report_s_issuer_does_not_speak_for_someone_else_s_text_printed_under_it():
    text = ("The UN released its report on Monday. We reproduce paragraphs 1 to 3 of the Malian government's response.\n\n"
            "1. On 27 March, the army killed 203 terrorists in Moura.")
    assert _one(text, date(2022, 5, 1), 203).claimant_basis != "document"


@pytest.mark.parametrize("text, event_type, person", [
    ("Choguel Kokalla Maiga was dismissed on Wednesday. Colonel Maiga, the government spokesman, said soldiers were attacked near Boni on Tuesday.", "attack", "choguel_maiga"),
    ("Ibrahim Boubacar Keita died in January 2022. His son Karim Keita lives in exile. Mr Keita was arrested in Abidjan on Monday, police said.", "arrest", "ibk"),
])
def test_a_surname_after_a_rank_or_after_a_namesake_is_not_the_person_named_first(text, event_type, person):
    found = [m for m in _records(text, date(2024, 5, 14))["mentions"] if m.event_type == event_type]
    assert found and not any(person in m.actor_ids for m in found)


def test_dead_told_in_another_clause_are_not_the_dated_attack_s():
    found = _mentions("On Monday gunmen attacked Bankass, killing 12 people; a flood in Mopti killed 3 children.", date(2024, 5, 20))
    assert ("casualties", None) in found


@pytest.mark.parametrize("text, published", [
    ("Jihadists attacked trucks on the Dakar-Bamako road on Monday.", date(2024, 5, 20)),
    ("Jihadists attacked a convoy carrying Togo-made cement near Kayes on Monday.", date(2024, 5, 20)),
])
def test_a_route_s_far_end_or_a_make_is_not_where_it_happened(text, published):
    assert not {m.place_id for m in _records(text, published)["mentions"]} & {"dakar", "togo"}


@pytest.mark.parametrize("text, published, value, quantity, claimant", [
    ("About 20 people were wounded, four of them seriously, said the mission, known as MINUSMA.", date(2015, 11, 29), 20, "wounded", "MINUSMA"),
    ("According to the committee, Olivier is the only French journalist held hostage in the world, and one of 65 journalists held hostage worldwide.", date(2022, 4, 9), 65, "captured", "the committee"),
    ("Three of our employees lost their lives in the attack on Friday. Two other colleagues are still being treated in hospital.", date(2015, 11, 22), 2, "wounded", None),
    ("According to the information we have at this moment, 140 guests and 30 employees are being held inside the hotel.", date(2015, 11, 20), 140, "captured", None),
    ("According to the Malian authorities, 20 people were killed in the hotel, in addition to two attackers.", date(2015, 11, 22), 2, "killed", "Government of Mali"),
])
def test_figures_of_the_second_batch(text, published, value, quantity, claimant):
    claim = _one(text, published, value)
    assert claim.quantity == quantity and (claimant is None or claim.claimant_label == claimant)


def test_patients_of_an_illness_are_no_wounded():
    assert _claims("About 200 people with cholera were being treated in hospital on Monday.", date(2024, 5, 14)) == []


@pytest.mark.parametrize("text, published, expected", [
    ("In Kidal, several hundred people marched against the agreement on Thursday.", date(2015, 5, 16), ("protest", date(2015, 5, 14))),
    ("French President Francois Hollande spoke to President Ibrahim Boubacar Keita by telephone on Saturday.", date(2015, 3, 9), ("diplomatic_call", date(2015, 3, 7))),
    ("Shortly after 3 p.m. on Sunday, the camp at Tessit came under what the army called a complex attack.", date(2022, 8, 11), ("attack", date(2022, 8, 7))),
    ("The Government decided yesterday evening that the Republic of Mali is leaving every body of the G5 Sahel.", date(2022, 5, 16), ("organisation_exit", date(2022, 5, 15))),
])
def test_words_of_the_second_batch(text, published, expected):
    assert expected in _mentions(text, published)


def test_since_opening_a_quotation_runs_to_publication():
    from timeline.dates import tag
    found = tag('"Since January, nine of our peacekeepers have been killed," he said.', date(2015, 6, 20))
    assert [(t.text, t.start, t.end, t.kind) for t in found] == [("Since January", date(2015, 1, 1), date(2015, 6, 20), "range")]
