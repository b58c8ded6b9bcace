"""Claimants that only the article around a figure tells (timeline/claims.py, claim_discourse.py,
transcript_turns.py): an anaphor whose antecedent is in its own paragraph, an interview whose
first question opens with a date, colleagues of the speaker, a communiqué reproduced by "its"."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.corpus import Article
from timeline.pipeline import process_article


def _claims(text: str, published: date = date(2024, 7, 29)) -> list:
    return process_article(Article("t", "t.txt", published, "en", {}, "0" * 64, text))["claims"]


def _of(claims: list, value: int):
    return next(c for c in claims if c.value_low == value)


def test_the_group_is_the_group_named_in_its_paragraph_not_a_name_with_group_in_it_above():
    text = (
        "Wagner suffers losses\n\n"
        "DAKAR, July 29 (Wire) - Russian mercenaries of the Wagner Group and Malian soldiers suffered heavy losses in fighting last week, a channel said.\n\n"
        "Al Qaeda's Sahel affiliate JNIM also claimed a role. In a message shared on Sunday, the group said it had killed 50 Russian fighters.\n"
    )
    assert _of(_claims(text), 50).claimant_id == "jnim"


def test_a_question_that_opens_with_a_date_names_no_interviewee():
    text = (
        "TRANSCRIPT | A former negotiator on the dialogue\n\n"
        "Ahmed Test Assaleh, 61, was a member of the delegation at the Algiers talks. He spoke to our presenter.\n\n"
        "Q: On Friday, the dialogue recommended extending the transition. Did anyone from your side take part?\n\n"
        "A: Nobody I know of.\n\n"
        "Q: How many men did you lose at Anefis?\n\n"
        "A: At Anefis we lost 11 men in four days.\n"
    )
    assert _of(_claims(text, date(2024, 5, 12)), 11).claimant_label == "Ahmed Test Assaleh"


def test_colleagues_of_the_speaker_are_named_with_the_speaker():
    text = "Attacks in Kayes\n\nIn Diboli, a trader said customs officers at the border post had told him two of their colleagues were killed.\n"
    claim = _of(_claims(text, date(2025, 7, 2)), 2)
    assert claim.claimant_label == "customs officers at the border post"
    assert "customs officers" in claim.subject_label


def test_a_communique_reproduced_by_its_pronoun_speaks_its_figures():
    text = (
        "Boulkessi: the army gives its toll\n\n"
        "The figures were given in a communiqué of the General Staff of the Armed Forces read on national television on Monday evening. We reproduce its main passages below.\n\n"
        '"The provisional toll is as follows: on the friendly side, nine dead and 11 wounded; on the enemy side, dozens of terrorists neutralised."\n'
    )
    claim = _of(_claims(text, date(2025, 6, 3)), 24)
    assert claim.claimant_id == "fama" or "General Staff" in claim.claimant_label


def test_one_among_phrase_after_two_figures_names_whose_dead_too():
    text = "Nampala\n\nHours earlier, the government spokesman had given a first toll of 12 dead and around 30 wounded among the soldiers.\n"
    claims = _claims(text, date(2016, 7, 20))
    assert _of(claims, 12).subject_label == "dead among the soldiers"
    assert _of(claims, 30).subject_label == "wounded among the soldiers"


def test_a_communique_reproduced_as_it_speaks_with_its_signatory():
    text = (
        "Aguelhok: ministry names the soldiers killed\n\n"
        "The communiqué, signed by the minister, was read on national television on Monday night. We reproduce it below.\n\n"
        "The provisional toll is as follows: on the friendly side, ten (10) dead and twenty-five (25) wounded.\n"
    )
    assert _of(_claims(text, date(2019, 1, 22)), 10).claimant_label == "the minister"


def test_review_cases_of_this_sessions_claimant_rules():
    on_sunday = _claims("Attack\n\nThe army said the attack left 12 dead and 30 wounded on Sunday.\n", date(2025, 1, 1))
    assert _of(on_sunday, 12).subject_label == "dead people"
    comrades = _claims("Attack\n\nResidents said jihadists killed five soldiers on Sunday and wounded two of their comrades.\n", date(2025, 1, 1))
    assert "Residents" not in (_of(comrades, 2).subject_label or "")
    placed = _claims("Attack\n\nThe attack killed 12 soldiers near Boulkessi, Mopti Region, said a local official.\n", date(2025, 1, 1))
    assert _of(placed, 12).claimant_label == "a local official"
    victim = _claims(
        "TRANSCRIPT | After Ogossagou\n\nMoussa Traore, 45, was killed in the attack on Ogossagou on Sunday. We spoke to his brother.\n\n"
        "Q: What happened?\n\nA: They came at dawn. They killed 37 people.\n", date(2025, 1, 1))
    assert _of(victim, 37).claimant_label != "Moussa Traore"


def test_a_count_of_people_with_its_households_in_brackets_is_one_displaced_figure():
    text = "Flash update\n\n4,630 people (812 households) newly displaced from Kidal have been registered in Anefis since 2 November.\n\nCommunity leaders said a further 900 people had arrived between 16 and 19 November.\n"
    claims = _claims(text, date(2023, 11, 24))
    assert _of(claims, 4630).quantity == "displaced"
    assert not any(c.value_low == 812 for c in claims)
    assert _of(claims, 900).quantity == "displaced"


def test_a_rival_figure_said_without_its_noun_counts_what_the_first_counted():
    claims = _claims("Tolls\n\nThe government of the time counted 11 dead during the three days of clashes; the movement said 23.\n", date(2021, 8, 18))
    rival = _of(claims, 23)
    assert (rival.quantity, rival.claimant_label) == ("killed", "the movement")
    other = _claims("Tolls\n\nThe army said 20 soldiers were killed; the ceremony lasted until 5.\n", date(2021, 8, 18))
    assert not any(c.value_low == 5 for c in other)


def test_a_capital_that_speaks_of_a_toll_and_then_announces_another_is_its_government_both_times():
    claims = _claims("Pau\n\nAnother assault reminded everyone of what is at stake: Niamey first spoke of 25 soldiers killed, before announcing on Sunday that the toll stood at 89.\n", date(2020, 1, 14))
    assert (_of(claims, 25).claimant_id, _of(claims, 89).claimant_id) == ("niger", "niger")


def test_he_is_neither_a_plural_nor_a_woman_said_before():
    text = ("Report\n\nA 46-year-old farmer said the fighters accused the villagers of feeding the militia. He said he helped bury 37 people "
            "in a common grave the next morning. A woman said two of her sons were missing. He said 12 bodies were found.\n")
    claims = _claims(text, date(2022, 8, 9))
    assert (_of(claims, 37).claimant_label, _of(claims, 12).claimant_label) == ("A 46-year-old farmer", "A 46-year-old farmer")


def test_a_time_phrase_before_a_saying_verb_is_no_speaker():
    claims = _claims("Barkhane\n\nParis promises 220 extra soldiers, and the following month announces 600 more.\n", date(2022, 2, 18))
    assert "the following month" not in {c.claimant_label for c in claims}


def test_a_statement_posted_on_x_is_the_group_that_said_it():
    claims = _claims("Mali\n\nThe Sahelian League for Human Rights said in a statement posted on X on Friday that around 30 men had been arrested at the market.\n", date(2025, 5, 17))
    assert _of(claims, 30).claimant_label == "The Sahelian League for Human Rights"


def test_a_described_document_speaks_for_the_one_who_issued_it_but_a_ministrys_statement_for_the_ministry():
    text = ("Mali\n\nThe Islamic State's Amaq news agency said on Monday that its fighters had attacked positions of JNIM near Nampala on Saturday. "
            "The short text claims that more than 40 \"apostates\" were killed.\n")
    assert "Amaq" in _of(_claims(text, date(2020, 5, 15)), 40).claimant_label
    text = "Mali\n\nA military source said two soldiers had died. The ministry statement put army losses at eight dead and 12 wounded.\n"
    assert _of(_claims(text, date(2012, 1, 27)), 8).claimant_label != "A military source"


def test_a_figure_sourced_after_its_noun_takes_that_source_over_a_name_with_states_in_it():
    text = (
        "Sahel\n\n"
        "Diplomats expect the junta to keep leaning on its Alliance of Sahel States partners and on Russia's Africa Corps, "
        "which has about 2,500 personnel in the country according to Western estimates.\n\n"
        "Residents still remember September last year, when JNIM fighters attacked a gendarmerie school before dawn, "
        "killing more than 70 people, according to security sources.\n\n"
        "In June an assault near Banibangou killed 34 soldiers, according to Niamey, which said dozens of the attackers had also died.\n"
    )
    claims = _claims(text, date(2025, 10, 23))
    assert _of(claims, 2500).claimant_label == "Western estimates"
    assert _of(claims, 70).claimant_label == "security sources"
    assert _of(claims, 34).claimant_id == "niger"


def test_drivers_not_heard_from_are_missing_and_employees_taken_in_a_timeline_are_captured():
    text = (
        "Roundup\n\n"
        "An official of the union said four drivers had not been heard from since Saturday night.\n\n"
        "- 1 July 2025: Three Indian employees are taken at a cement factory near Diboli.\n"
    )
    claims = _claims(text, date(2025, 11, 12))
    assert (_of(claims, 4).quantity, _of(claims, 3).quantity) == ("missing", "captured")


def test_a_count_of_fates_counts_people_and_a_count_by_investigators_is_theirs():
    text = (
        "Moura\n\n"
        "SCPN documented 96 killings there. Officials privately spoke of more than 60 deaths among trainee gendarmes alone.\n\n"
        "At Moura, more than 500 people were killed in five days, by the count of UN investigators.\n\n"
        "The UN human rights office, after seven months of remote investigation, said at least 400 people had been killed.\n"
    )
    claims = _claims(text, date(2025, 6, 17))
    assert _of(claims, 96).subject_label == "people (killings)"
    assert "gendarmes" in _of(claims, 60).subject_label
    assert _of(claims, 500).claimant_label == "UN investigators"
    assert _of(claims, 400).claimant_id == "ohchr"


@pytest.mark.parametrize("intro, question, answer, published, figure, speaker", [
    # a place a question asks about is no speaker; a single name with an age answers
    ("Sergei (not his real name), 38, from the Urals, served with the group in Mali from 2022 until 2023.", "Tinzaouaten, in July?",
     "I lost three friends there. Nobody knows how many died.", date(2024, 9, 12), 3, "Sergei"),
    # a retired rank before the name
    ("General (retired) Henri Test, 66, served in Mali during Operation Serval.", "Last November was a terrible month.",
     "The worst I can remember. The Malian army lost 49 soldiers at Indelimane at the start of the month.", date(2020, 6, 10), 49, "General (retired) Henri Test"),
    # a present-tense verb after the age, and "a 27-year-old" in place of the age
    ("Bakary Test-Coulibaly, 52, grows rice and millet in a village of the Niono cercle.", "Where were you when the siege began?",
     "In my field. Men on motorbikes came out of the bush and took about 20 of us.", date(2021, 4, 20), 20, "Bakary Test-Coulibaly"),
    ("Moussa (not his real name), a 27-year-old night porter, spent the siege under a bed.", "The government says 13 people died.",
     "When they brought us out I saw six bodies in the courtyard.", date(2015, 8, 14), 6, "Moussa"),
])
def test_an_interviewee_introduced_by_name_and_age_answers(intro, question, answer, published, figure, speaker):
    text = f"Interview\n\n{intro}\n\nQ: {question}\n\nA: {answer}\n"
    assert _of(_claims(text, published), figure).claimant_label == speaker


def test_according_to_without_a_comma_names_the_source_not_the_count_after_it():
    text = (
        "Convoys under fire\n\n"
        "In February, a convoy escorted by the army near a town south of Gao was attacked, and according to local transporters more than 50 civilians died.\n"
    )
    assert _of(_claims(text), 50).claimant_label == "local transporters"


def test_a_health_centre_that_received_the_wounded_gives_their_count_unless_someone_told_it():
    text = (
        "Strike on a market\n\n"
        "On 19 October, a drone strike hit a weekly market in the Mopti region. The health centre in the neighbouring commune received 17 wounded, among them children, and residents told our staff that 23 people were killed.\n\n"
        "A shopkeeper told AFP that a nurse had told him the morgue had received 21 bodies.\n"
    )
    claims = _claims(text)
    assert _of(claims, 17).claimant_label == "The health centre in the neighbouring commune"
    assert _of(claims, 23).claimant_label == "residents"
    assert _of(claims, 21).claimant_label == "a nurse"


def test_a_second_toll_with_its_verb_left_out_is_its_own_speakers():
    text = "Protests\n\n- 10 July 2020: protesters storm the parliament. The government put the death toll at 11, the protest movement at 23.\n"
    claims = _claims(text, date(2021, 5, 25))
    assert _of(claims, 11).claimant_label == "The government"
    assert _of(claims, 23).claimant_label == "the protest movement"


def test_it_said_is_the_movement_named_before_even_when_its_name_ends_in_forces():
    text = (
        "Toll disputed\n\n"
        "The Rally of Patriotic Forces told reporters that 23 of its supporters had died. It said more than 150 people had been wounded.\n"
    )
    assert _of(_claims(text, date(2020, 7, 14)), 150).claimant_label == "The Rally of Patriotic Forces"


def test_the_verb_of_a_relative_clause_on_the_speaker_is_no_earlier_saying():
    text = (
        "Bodies found\n\n"
        "A councillor told us by telephone that the herders who found the site had counted 35 bodies, most of them men.\n"
    )
    assert _of(_claims(text, date(2022, 3, 18)), 35).claimant_label == "the herders"


def test_soldiers_held_somewhere_are_captured_and_a_towns_health_centre_displaces_no_one():
    claims = _claims("Crisis\n\nThe 46 soldiers held in Mali since July landed in Abidjan late on Saturday.\n", date(2023, 1, 8))
    assert _of(claims, 46).quantity == "captured"
    claims = _claims("Wounded\n\nA health worker said that 11 wounded soldiers reached the town's health centre during the night.\n", date(2025, 6, 4))
    assert _of(claims, 11).quantity == "wounded"


def test_according_to_the_statement_is_whoever_spoke_in_a_statement_not_the_last_speaker():
    text = (
        "Army takes a camp\n\n"
        "The army took the camp on Sunday morning, the general staff said in a statement released on Sunday evening, after days of fighting that both the army and the rebel coalition claim to have won.\n\n"
        "According to the statement, clashes along the way left six dead and four wounded in its ranks.\n"
    )
    claims = _claims(text, date(2023, 8, 14))
    assert _of(claims, 6).claimant_label == "the general staff"


def test_an_interviewee_introduced_by_rank_name_and_age_answers_the_questions():
    text = (
        "INTERVIEW\n\n"
        "A former peacekeeper on the mission's end\n\n"
        "The mission ceased to exist on 31 December. Retired Lieutenant-Colonel Abdou Test Sarr, 61, served with his country's contingent in Gao in 2014.\n\n"
        "Q: When did that change?\n\n"
        "A: For me, on 18 January 2017. A suicide bomber drove a truck into the camp. More than 70 men died.\n"
    )
    assert "Sarr" in (_of(_claims(text, date(2024, 1, 9)), 70).claimant_label or "")


def test_the_missing_told_bare_are_people_and_a_government_counting_them_speaks():
    text = (
        "Village attack\n\n"
        "The UN mission had put the toll at 134. On Monday the government had announced a provisional toll of 95 dead and 19 missing.\n\n"
        "Within two days the government was counting 132 dead.\n"
    )
    claims = _claims(text, date(2022, 7, 4))
    assert _of(claims, 19).subject_label == "missing people"
    assert _of(claims, 132).claimant_label == "the government"


def test_a_possessed_communique_with_its_day_is_the_subject_of_the_verb_after_it():
    text = "Roundup\n\n5. The Malian army's provisional communique of Friday spoke of two soldiers killed and ten wounded in its ranks.\n"
    claims = _claims(text)
    assert _of(claims, 2).claimant_id == "fama"
    assert _of(claims, 10).claimant_id == "fama"


def test_a_bulleted_list_a_report_opens_with_a_colon_gives_the_reports_figures():
    text = (
        "Drone strikes\n\n"
        "In a 48-page report, the Sahel Test Protection Network (STPN), a coalition of lawyers and activists, documents 11 strikes in the north.\n\n"
        "The report lists the deadliest strikes as follows:\n\n"
        "- A village in the Gao region, 17 March: 13 civilians killed, seven of them children.\n"
        "- A market in the Timbuktu region, 21 October: at least eight people killed.\n\n"
        "Traders said prices had doubled.\n"
    )
    claims = _claims(text, date(2024, 11, 7))
    assert "Network" in (_of(claims, 13).claimant_label or "")
    assert "Network" in (_of(claims, 8).claimant_label or "")


def test_an_office_that_keeps_to_its_own_figure_gives_it_and_a_possessed_statement_which_lists_is_its_owners():
    text = (
        "Wedding attack\n\n"
        "By the count of the village youth association, 41 people died that evening. The governor's office has kept to its own figure of 21 dead, published two days after the attack.\n\n"
        "The assault lasted nearly three hours, according to the governor's statement, which also listed one person missing.\n"
    )
    claims = _claims(text, date(2024, 7, 12))
    assert _of(claims, 21).claimant_label == "The governor's office"
    assert _of(claims, 1).claimant_label == "the governor"


def test_a_first_assessment_shared_on_a_day_is_the_missions_and_a_toll_raised_on_a_day_the_governments():
    text = (
        "Camp attacked\n\n"
        "According to the Mission's latest figures, ten peacekeepers were killed. The Mission's first assessment, shared on Sunday afternoon, had put the toll at eight dead and 19 injured.\n\n"
        "The government nonetheless raised its own toll on Wednesday to 26 dead.\n"
    )
    claims = _claims(text, date(2019, 1, 21))
    assert _of(claims, 8).claimant_label == "The Mission's first assessment"
    assert _of(claims, 26).claimant_label == "The government"


def test_an_interviewee_introduced_by_name_and_career_answers_the_questions():
    text = (
        "INTERVIEW\n\n"
        "A former official looks back\n\n"
        "The Council voted on Friday to end the mission. Ingrid Test-Halvorsen spent four years with the mission, as head of the field office in Kidal.\n\n"
        "Q: You arrived in Kidal in 2017. What was the camp like?\n\n"
        "A: Under siege. On 8 June 2017 they fired mortars at the camp. We lost three Guineans that day.\n"
    )
    assert "Halvorsen" in (_of(_claims(text, date(2023, 7, 3)), 3).claimant_label or "")


def test_a_denied_figure_relayed_on_social_networks_is_the_networks():
    text = (
        "Communique\n\n"
        "The Government further denies the information relayed on social networks according to which more than 40 soldiers lost their lives in the attack on Tuesday.\n"
    )
    c = _of(_claims(text, date(2022, 2, 19)), 40)
    assert (c.claimant_label, c.status) == ("social networks", "denied")


def test_a_groups_fighters_speak_for_the_group():
    text = "Convoy attacked\n\nJNIM claimed the attack in a video posted late on Friday. Its fighters say they killed 11 soldiers of the escort.\n"
    assert _of(_claims(text, date(2025, 10, 18)), 11).claimant_id == "jnim"


def test_where_a_speaker_stands_is_no_speaker_and_a_colleague_posted_at_the_morgue_counts():
    text = "Boat attack\n\nAt the regional hospital in Gao, a Red Cross volunteer said his team had received 27 injured passengers since Saturday.\n"
    assert _of(_claims(text, date(2023, 9, 11)), 27).claimant_label == "a Red Cross volunteer"
    text = "Bamako attack\n\nA gendarmerie officer told AFP that a colleague posted at the morgue of the hospital had counted 64 bodies in uniform by Wednesday night.\n"
    assert "colleague" in _of(_claims(text, date(2024, 9, 19)), 64).claimant_label


def test_an_officer_who_gave_reporters_a_toll_and_a_coalition_formed_to_resist_speak():
    text = "Nampala\n\nAn army officer had given reporters in Bamako an earlier toll of 12 dead.\n"
    assert _of(_claims(text, date(2016, 7, 20)), 12).claimant_label == "An army officer"
    text = "Parties dissolved\n\nA coalition of about a hundred parties formed to resist the dissolution said that two of its young leaders had been abducted.\n"
    assert _of(_claims(text, date(2025, 5, 14)), 2).claimant_label == "A coalition of about a hundred parties"


def test_one_death_is_a_death_and_people_who_drowned_were_killed():
    text = "Boat\n\nThe Government recalls that the vessel had been targeted on 1 September near Zorghoi, an attack which caused one death and two wounded.\n"
    claims = _claims(text, date(2023, 9, 8))
    assert [(c.quantity, c.value_low, c.claimant_label) for c in claims] == [("killed", 1, "The Government"), ("wounded", 2, "The Government")]
    text = "Boat\n\n\"From what the survivors told me, at least 60 people drowned trying to reach the bank,\" he said.\n"
    assert [(c.quantity, c.value_low, c.subject_label) for c in _claims(text, date(2023, 9, 11))] == [("killed", 60, "people")]


def test_the_attackers_a_hostage_was_seized_by_and_a_force_on_duty_are_strengths_not_losses():
    claims = _claims("Freed\n\nAlgeria's defence ministry says he was seized on January 14 by five armed men.\n", date(2025, 1, 22))
    assert [(c.quantity, c.value_low) for c in claims] == [("strength", 5)]
    claims = _claims("Run-off\n\nThe authorities said 36,000 soldiers were on duty. The patrol included about 30 French soldiers.\n", date(2018, 8, 13))
    assert [(c.quantity, c.value_low) for c in claims] == [("strength", 36000), ("strength", 30)]
    claims = _claims("Raid\n\nGunmen killed five soldiers and were driven off by 20 others.\n", date(2018, 8, 13))
    assert ("killed", 5) in [(c.quantity, c.value_low) for c in claims]


def test_a_toll_named_by_who_gave_it_in_a_relative_clause_is_theirs():
    claims = _claims("Toll\n\nThe army on Monday put the toll at 23 soldiers killed, up from a toll of 16 that military sources had given late on Sunday. "
                     "The UN figure of 157 is below the toll of 160 that the Malian government announced on 24 March.\n", date(2019, 3, 26))
    assert _of(claims, 16).claimant_label == "military sources"
    assert _of(claims, 160).claimant_id == "mali_government"
    assert _of(claims, 23).claimant_label == "The army"


def test_a_toll_listed_after_its_colon_and_in_its_issuer_s_own_statement_is_the_issuer_s():
    claims = _claims("Toll\n\nThe government put the final toll at 13 dead: four soldiers, five civilians working for UN contractors, "
                     "and four attackers, according to a statement read on state television.\n", date(2015, 8, 13))
    assert sorted((c.value_low, c.quantity) for c in claims) == [(4, "killed"), (4, "killed"), (5, "killed"), (13, "killed")]
    assert {c.claimant_label for c in claims} == {"The government"}


def test_the_dead_a_communique_informs_of_and_their_children_are_counted_as_dead():
    claims = _claims("Toll\n\nThe Government informs national and international opinion that the toll of the attack stands at 35 dead, of whom 24 are children.\n\n"
                     "Of the dead, 46 were children. He was one of 20 people killed, and one of six Malians among the dead.\n", date(2019, 6, 12))
    assert _of(claims, 35).claimant_label.casefold() == "the government" and _of(claims, 35).subject_label == "dead people"
    assert _of(claims, 46).quantity == "killed"
    assert _of(claims, 6).quantity == "killed" and not [c for c in claims if c.value_low == 1]


def test_a_statement_opened_by_a_marker_is_its_issuer_s_and_rival_figures_after_a_colon_are_their_sources():
    """(not a broadcaster that aired it: "State broadcaster ORTM broadcast a statement by the CSP" stays the CSP's)"""
    claims = _claims("Junta statement\n\nMali's ruling junta, the National Committee for the Recovery of Democracy and the Restoration of the State (CNRDRE), late on Sunday broadcast a statement on state television. "
                     "Our translation follows.\n\n[Begin statement]\n\nPeople of Mali,\n\nIn Gao, our forces put out of action some thirty assailants.\n", date(2012, 4, 2))
    assert "CNRDRE" in _of(claims, 30).claimant_label or _of(claims, 30).claimant_id == "mali_junta"
    claims = _claims("Gao\n\nMost traders knew one of the young men shot dead on 12 July: three, according to the government, four according to the youth coordination. "
                     "\n", date(2016, 7, 19))
    assert (_of(claims, 3).quantity, _of(claims, 3).claimant_label) == ("killed", "the government")
    assert (_of(claims, 4).quantity, _of(claims, 4).claimant_label) == ("killed", "the youth coordination")


def test_a_broadcaster_that_aired_a_marked_statement_is_not_its_issuer_nor_a_colon_clause_a_list():
    claims = _claims("Rebels\n\nState broadcaster ORTM on 3 July broadcast a statement by the CSP rebel alliance about the fighting in Anefis.\n\n"
                     "[Begin statement]\n\nOur fighters killed 25 Malian soldiers.\n", date(2025, 7, 4))
    assert _of(claims, 25).claimant_id == "csp"
    claims = _claims("Tessit\n\nFourteen soldiers were killed in Tessit on Sunday: 40 others were taken prisoner, the army said.\n", date(2025, 7, 4))
    assert _of(claims, 40).quantity == "captured"


def test_bodies_in_uniform_are_soldiers_not_just_bodies():
    text = "Ambush\n\nA municipal councillor said families in the village had counted six bodies in uniform after the ambush on Sunday.\n"
    assert _of(_claims(text, date(2021, 8, 2)), 6).subject_label == "bodies in uniform"


def test_an_interviewee_introduced_only_by_what_they_are_answers():
    text = (
        "Interview\n\nAn air strike hit a group of men outside the village on 3 January. "
        "We spoke by telephone with a 54-year-old farmer from Bounti who attended the wedding.\n\n"
        "Q: What did you see?\n\nA: The planes came at three. We buried 19 men the next morning.\n"
    )
    assert _of(_claims(text, date(2021, 1, 12)), 19).claimant_label == "a 54-year-old farmer from Bounti"


def test_a_named_introduction_wins_over_a_person_the_lead_only_describes():
    text = (
        "Interview: the governor of Mopti on the attacks\n\nMoussa Traore, 45, sells fish at the Mopti market, where prices have doubled.\n\n"
        "We spoke with the governor of Mopti, Abass Dembele, about the attacks.\n\nQ: How many people were killed?\n\nA: We recorded 38 dead in the attack on Dinangourou.\n"
    )
    assert _of(_claims(text, date(2022, 3, 10)), 38).claimant_label == "Abass Dembele"


def test_an_aside_saying_whom_the_speaker_spoke_to_is_not_the_speaker():
    text = (
        "Border killings\n\nA member of parliament for Bassikounou, speaking to our reporter outside the presidential palace, "
        "said at least 15 Mauritanians had been killed since the weekend.\n"
    )
    assert _of(_claims(text, date(2022, 3, 8)), 15).claimant_label == "A member of parliament for Bassikounou"


def test_a_body_that_issued_the_following_statement_speaks_in_it():
    text = (
        "STATEMENT: a strategic withdrawal\n\nThe Permanent Strategic Framework (CSP) issued the following statement on Wednesday. We publish it in full.\n\n"
        "PERMANENT STRATEGIC FRAMEWORK\n\nCommuniqué No. 027/2023\n\n1. Our forces killed 12 soldiers of the Malian army near Kidal on Monday.\n"
    )
    assert "Strategic Framework" in _of(_claims(text, date(2023, 11, 15)), 12).claimant_label


# session 25: documents, sides and bare figures

def test_a_government_that_informs_the_community_speaks_its_communique():
    text = ("GOVERNMENT COMMUNIQUE\n\nThe Government of the Republic of Mali informs the national and international community of the following.\n\n"
            "The provisional toll on the Malian side is eight soldiers killed and 25 wounded.\n")
    assert _of(_claims(text, date(2014, 5, 18)), 8).claimant_label == "Government of Mali"  # the registry's government


def test_a_fronted_side_names_whose_dead_a_bare_figure_counts():
    found = _claims("Report\n\nOn the side of the assailants, 28 were killed and 62 wounded.\n", date(2014, 5, 18))
    assert {c.subject_label for c in found} == {"the assailants"}


def test_a_sentence_opening_on_another_day_inherits_no_subject_and_an_army_acknowledges_its_own():
    text = ("Report\n\nOn 1 January, men in hunters' dress killed 37 Fulani villagers there. On 17 March, jihadists stormed the army camp at Dioura; "
            "the Malian army acknowledged 26 dead, while the JNIM boasted of more than 30.\n")
    found = _claims(text, date(2019, 7, 5))
    assert _of(found, 26).subject_id == "fama" and _of(found, 30).quantity == "killed"


def test_a_bare_number_after_a_saying_counts_what_was_counted_before():
    found = _claims("Report\n\nThe mayor of Yoro counted 41 dead; the government said 38.\n", date(2019, 7, 5))
    assert (_of(found, 38).quantity, _of(found, 38).claimant_label) == ("killed", "the government")


def test_a_toll_cut_later_is_not_the_missing_and_no_time_is_a_subject():
    found = _claims("Report\n\nThe government first announced 95 dead and 19 missing, then cut the toll to 35 two days later.\n", date(2019, 7, 5))
    assert _of(found, 35).quantity == "killed" and _of(found, 35).subject_label not in ("missing people", "two days later")


def test_a_letterhead_naming_a_movement_issues_the_numbered_communique_under_it():
    text = ("CMA statement\n\nEditor's note: We publish the statement below.\n\nCOORDINATION OF AZAWAD MOVEMENTS (CMA)\n\nExecutive Bureau\n\n"
            "Communiqué No. 017-2017\n\n2. The CMA regrets two martyrs in its ranks. The enemy left more than 20 dead on the ground.\n")
    found = _claims(text, date(2017, 7, 12))
    assert _of(found, 2).claimant_id == "cma" and "enemy" in _of(found, 20).subject_label


def test_a_letterhead_of_a_foreign_general_staff_is_read_past_its_acronym():
    text = ("Kafolo\n\nMINISTRY OF DEFENCE\n\nGENERAL STAFF OF THE ARMED FORCES OF CÔTE D'IVOIRE (EMG-FACI)\n\nPRESS RELEASE\n\n"
            "The provisional toll established by the command is as follows: eleven soldiers killed.\n")
    assert "GENERAL STAFF" in _of(_claims(text, date(2020, 6, 11)), 11).claimant_label


def test_a_name_ending_in_ed_does_not_end_the_subject():
    text = ("Bourem\n\nThe CSP said its fighters took the camp.\n\nLate on Tuesday, the general staff of the Malian Armed Forces gave a very different account. "
            "It said 10 soldiers had been killed.\n")
    assert _of(_claims(text, date(2023, 9, 13)), 10).claimant_id == "fama"


def test_reports_of_more_killings_and_a_toll_after_a_colon_count_the_dead():
    found = _claims("Report\n\nThe federation said it had reports of close to 20 other executions. The government's toll has never changed: 49 civilians and 15 soldiers.\n", date(2023, 9, 20))
    assert [_of(found, v).quantity for v in (20, 49, 15)] == ["killed", "killed", "killed"]


def test_its_own_men_after_and_that_belong_to_the_next_figure():
    found = _claims("Report\n\nIts spokesman said its fighters had killed eight soldiers, wounded eleven others and that three of its own men were wounded.\n", date(2016, 7, 20))
    assert _of(found, 11).subject_label == "soldiers"


def test_a_place_before_the_speaker_is_no_speaker_and_one_person_killed_as_an_object_counts():
    found = _claims("Report\n\nIn Douentza, the mission said one peacekeeper was killed. Gunmen fired on the camp, killing a Togolese peacekeeper and a Malian soldier.\n", date(2017, 8, 21))
    assert _of(found, 1).claimant_label == "the mission"
    assert sorted(c.subject_label for c in found if c.subject_label != "peacekeeper") == ["Malian soldier", "Togolese peacekeeper"]


def test_a_portal_source_line_makes_the_page_that_bodys_report():
    text = ("Source: UN Office for the Coordination of Humanitarian Affairs\nFormat: Situation Report\n\nFlash Update No. 1\n\n"
            "BACKGROUND\n\nBefore the crisis, the region hosted more than 21,000 internally displaced people.\n")
    assert _of(_claims(text, date(2022, 3, 16)), 21000).claimant_id == "ocha"


def test_people_restated_after_households_are_counted_too():
    found = _claims("Update\n\nLocal authorities have registered at least 1,700 households, or about 9,800 people, arriving in Ménaka town.\n", date(2022, 3, 16))
    assert _of(found, 9800).quantity == "displaced"


def test_objects_after_a_count_executions_with_a_modifier_and_the_wounded_named_by_the():
    found = _claims("Report\n\nA suicide bomber struck the headquarters on Friday, killing two soldiers and a civilian. "
                    "The Division documented 44 extrajudicial executions attributed to the forces. "
                    "The Association wishes a speedy recovery to the eight wounded.\n", date(2018, 7, 1))
    assert [(_of(found, v).quantity) for v in (1, 44, 8)] == ["killed", "killed", "wounded"]


def test_a_definite_figure_that_repeats_an_open_one_is_no_new_claim():
    found = _claims("Report\n\nThe group claims that more than 40 apostates were killed. What we could not verify: the 40 dead.\n", date(2024, 3, 1))
    assert [(c.value_low, c.value_high) for c in found] == [(40, None)]


@pytest.mark.parametrize("text, value", [
    ("Jihadists killed a man and abducted a woman and a child in Ngolo.", 1),  # the child was abducted: no second death
    ("Twenty soldiers were killed in Boulkessi. Asked how many troops were still in the camp, the minister said 150.", 150),
    ("The coalition still holds 20 deputies in the assembly.", 20),
])
def test_a_review_of_session_25s_claim_rules_no_false_figures(text, value):
    found = _claims("Report\n\n" + text + "\n", date(2019, 6, 1))
    assert [c.quantity for c in found if c.value_low == value] in ([], ["killed"]) and len([c for c in found if c.value_low == value]) <= 1


def test_a_review_of_session_25s_claim_rules_subjects_and_claimants():
    found = _claims("Report\n\nThe attackers left 30 dead in the village of Ogossagou, the mayor said. "
                    "On the side of the road, 12 bodies were found.\n\nThe army said 12 soldiers were killed in Boulkessi on Sunday. On Monday, 3 died of their wounds.\n\n"
                    "The mission said 14 civilians were killed, while the UN said 10.\n", date(2019, 6, 1))
    assert "attackers" not in _of(found, 30).subject_label and _of(found, 3).subject_label == "soldiers"
    assert _of(found, 14).claimant_label == "The mission"


def test_session_26_figures_the_authorities_own_and_a_side_that_counts_its_own_dead():
    found = _claims("Report\n\nVillagers in Kani list 29 names, while the official toll is 24 dead.\n\n"
                    "The militia says it killed 15 attackers and admits three dead of its own.\n\n"
                    "The ministry had first put the toll at 18 killed and 9 wounded.\n", date(2021, 12, 10))
    assert _of(found, 24).claimant_label.startswith("officials")
    assert _of(found, 3).subject_label == "The militia"
    assert _of(found, 18).subject_label == "people killed"


def test_session_26_a_person_with_companions_both_and_a_fact_checks_headings():
    found = _claims("Report\n\nAccording to the party, Mr Touré and four members of his delegation are still held. "
                    "Two engineers were seized near Kobri, and both were killed a week later.\n", date(2020, 4, 1))
    assert ("captured", 5) in [(c.quantity, c.value_low) for c in found] and [c.value_low for c in found if c.quantity == "killed"] == [2]
    checked = _claims("Fact check\n\nClaim: A video shared on Facebook says it shows 200 soldiers lying dead in Boni.\n\n"
                      "Verdict: FALSE. The clip dates from 2019.\n\n"
                      "Claim: Posts say 40 pilots were captured.\n\nVerdict: MISLEADING. Only two were held.\n", date(2024, 9, 25))
    assert all(c.claimant_label not in ("Claim", "Verdict") for c in checked) and "video" in _of(checked, 200).claimant_label
    assert _claims("Report\n\nThe Division considers that at least 30 persons were executed.\n", date(2018, 5, 20))[0].claimant_label == "The Division"


def test_a_person_named_with_people_of_another_kind_adds_no_one():
    found = _claims("Report\n\nGunmen attacked Kidal and two other towns, killing 12 soldiers. The convoy and 30 trucks were stopped.\n", date(2020, 4, 1))
    assert [c.value_low for c in found if c.quantity == "killed"] == [12]


def test_session_26_a_letterhead_ministry_issues_its_release_and_an_event_speaks_for_no_one():
    text = ("Attack on the post\n\nWe publish the statement below.\n\nREPUBLIC OF NIGER\nFraternity - Work - Progress\n"
            "MINISTRY OF NATIONAL DEFENCE\nPRESS RELEASE\n\nOn Thursday the post of Abala was attacked. The final toll is 14 soldiers killed.\n\n"
            "This cowardly attack recalls the assault on Inates, where 71 of our soldiers lost their lives.\n")
    found = _claims(text, date(2020, 1, 12))
    assert _of(found, 14).claimant_label == "MINISTRY OF NATIONAL DEFENCE" and _of(found, 71).claimant_label == "MINISTRY OF NATIONAL DEFENCE"


def test_session_26_days_named_with_their_weekdays_are_no_figures():
    found = _claims("Report\n\nAfter the sweeps carried out from Friday 10 to Saturday 11 January 2020, the final toll is 14 soldiers killed.\n", date(2020, 1, 12))
    assert [c.value_low for c in found] == [14]


def test_session_26_a_chronologys_dash_between_its_day_and_a_toll_makes_no_range():
    text = ("Key dates\n\nThe last soldiers left yesterday. Key dates:\n\n"
            "• 25 November 2019 – 13 French soldiers are killed when two helicopters collide.\n"
            "• 10 July 2022 – 49 Ivorian soldiers are arrested at Bamako airport.\n")
    found = _claims(text, date(2022, 8, 16))
    assert sorted((c.quantity, c.value_low) for c in found) == [("captured", 49), ("killed", 13)]


@pytest.mark.parametrize("text, expected", [
    ("Soldiers and six others were kidnapped near Gao.", [("captured", 6)]),  # a plural is no one person with companions
    ("Two peace initiatives were launched; both died in committee.", []),  # a bare "both" that died is no one's death
    ("Nobody believes that 30 soldiers died, a resident said.", [("killed", 30)]),
])
def test_a_review_of_session_26s_claim_rules_no_false_figures(text, expected):
    found = _claims("Report\n\n" + text + "\n", date(2020, 4, 12))
    assert [(c.quantity, c.value_low) for c in found] == expected


def test_a_review_of_session_26s_claim_rules_claimants_and_subjects():
    found = _claims("Report\n\nThe jihadists admit four dead of their own, the army said.\n\nNobody believes that 30 soldiers died, a resident said.\n", date(2020, 4, 12))
    assert _of(found, 4).subject_label == "The jihadists" and _of(found, 30).claimant_label == "a resident"


def test_session_27_the_lead_of_an_untagged_interview_is_the_reporters():
    text = (
        "A wounded driver speaks\n\n"
        "Ten days after the attack, Hamadou Test Cissé, a 34-year-old driver, is in a hospital bed. He was flown there with nine other wounded men.\n\n"
        "Where were you?\n\n"
        "In the first lorry. I saw some 30 bodies on the road.\n\n"
        "Did anyone help you?\n\n"
        "Nobody came for hours.\n\n"
        "What now?\n\n"
        "I will drive again.\n"
    )
    found = _claims(text, date(2021, 3, 10))
    assert _of(found, 30).claimant_label == "Hamadou Test Cissé"
    assert _of(found, 9).claimant_label.startswith("the article")


@pytest.mark.parametrize("text, expected", [
    ("I lost goods worth more than one million.", []),  # money, not the dead
    ("Three security sources have since put that toll at 41 dead.", [("killed", 41)]),  # the sources are no dead
    ("Of the 30 members of the crew, two lost their lives and four were wounded.", [("killed", 2), ("wounded", 4)]),
    ("The militia said its fighters put about 25 terrorists out of action.", [("killed", 25)]),
    ("Dozens of its soldiers have surrendered to us, the rebel spokesman said.", [("captured", 24)]),
    ("Two of our drivers were burned alive in their cabs.", [("killed", 2)]),
])
def test_session_27_figures_and_their_fates(text, expected):
    found = _claims("Report\n\n" + text + "\n", date(2022, 4, 12))
    assert sorted((c.quantity, c.value_low) for c in found) == expected


def test_session_27_claimants_of_a_discovery_told_by_someone_else_and_of_a_statement_about_a_clash():
    found = _claims("Report\n\nOn Friday soldiers found nine more bodies, local officials said.\n\nThe army's own statement about that clash said four soldiers were killed.\n", date(2022, 4, 12))
    assert _of(found, 9).claimant_label == "local officials"
    assert _of(found, 4).claimant_label == "The army"
    assert _of(found, 2 + 2).subject_label == "soldiers"


def test_session_27_a_group_named_after_its_kind_claims_responsibility():
    found = process_article(Article("t", "t.txt", date(2017, 1, 20), "en", {}, "0" * 64, "Gao\n\nThe group Katiba Test claimed responsibility for the attack on Thursday evening.\n"))["mentions"]
    assert [(m.event_type, m.start_date) for m in found] == [("responsibility_claim", date(2017, 1, 19))]


def test_session_27_local_authorities_who_count_the_dead_give_their_count():
    found = _claims("Chronology\n\n• 18 June: three camps are attacked; local authorities count 22 dead, a rights group later says at least 34.\n", date(2022, 9, 1))
    assert _of(found, 22).claimant_label == "local authorities" and _of(found, 34).claimant_label == "a rights group"


def test_session_27_a_release_whose_issuer_informs_its_customers_or_is_described_speaks_for_it():
    text = (
        "PRESS RELEASE No. 12\n\n"
        "The General Management of the Compagnie Test de Navigation (CTN) informs its customers, its partners and the general public that its vessel was attacked on Thursday.\n\n"
        "Of the 30 members of the crew, two lost their lives.\n"
    )
    assert _of(_claims(text, date(2023, 9, 9)), 2).claimant_label.startswith("The General Management of the Compagnie Test de Navigation")
    text = (
        "PRESS RELEASE\n\n"
        "The Secretary General of the Groupe Test (GATIA), a signatory movement, informs national and international opinion of the following.\n\n"
        "1. According to a provisional assessment by our command, the aggressors lost more than 20 fighters.\n"
    )
    assert _of(_claims(text, date(2016, 7, 22)), 20).claimant_id == "gatia"


def test_session_27_others_who_remain_missing_are_the_people_counted_before():
    found = _claims("Report\n\nAccording to the Government, at least 95 people were killed and 19 others remain missing.\n", date(2019, 6, 12))
    assert _of(found, 19).quantity == "missing" and _of(found, 19).subject_label == "people"


def test_session_27_men_who_scattered_into_the_bush_are_no_captives():
    found = _claims("Report\n\nThe general said 27 were still missing, after dozens of men who had scattered into the bush during the fighting found their way back.\n", date(2019, 10, 3))
    assert [(c.quantity, c.value_low) for c in found] == [("missing", 27)]


@pytest.mark.parametrize("text, published, value, claimant", [
    # introduced after a phrase that sets the scene, in a Q/A interview
    ("INTERVIEW\n\nTwo weeks after the ambush on the convoy near Boni, Hamadou Test Cissé, a 34-year-old lorry driver from Douentza, is back at the wheel. He spoke to us on Monday.\n\n"
     "Q: What did you see?\n\nA: When I got out of the cab I counted 11 bodies on the road.\n", date(2021, 3, 10), 11, "Hamadou Test Cissé"),
    # introduced by what he did, in an interview whose questions carry no "Q:"
    ("INTERVIEW\n\nAhmed Test Aklini, 48, kept goats near Intadeyni until the night of 18 June. We spoke to him on Friday.\n\n"
     "What happened that night?\n\nThey came on motorbikes. In our camp they killed nine people.\n\nDid anyone help?\n\nNo one came.\n\nWhere do you live now?\n\nHere, in the camp.\n", date(2022, 7, 12), 9, "Ahmed Test Aklini"),
    # introduced by his relation to the man the interview is about
    ("INTERVIEW\n\nAmong the freed men was Hamadou Test, a herder. His elder brother Boubacar, 52, a teacher, agreed to speak to us.\n\n"
     "Q: When was your brother arrested?\n\nA: Last week, near our hamlet, hunters killed three herders.\n", date(2020, 10, 16), 3, "Boubacar"),
])
def test_session_27_an_interviewee_introduced_in_the_ways_leads_do_answers(text, published, value, claimant):
    assert _of(_claims(text, published), value).claimant_label == claimant


def test_session_28_our_teams_in_a_press_release_are_the_publishers_own_people():
    text = (
        "More than 20,000 flee fighting in northern Mali\n\n"
        "GENEVA - More than 20,000 people have fled across Mali's borders since fighting broke out on 17 January, the Sahel Test Alliance said today.\n\n"
        "According to our teams, at least 10,000 people have crossed into Niger, most of them from the Menaka area.\n"
    )
    found = process_article(Article("t", "t.txt", date(2012, 2, 8), "en", {"outlet": "Sahel Test Alliance"}, "0" * 64, text))["claims"]
    claim = _of(found, 10000)
    assert claim.quantity == "displaced" and claim.claimant_label == "our teams (Sahel Test Alliance)"


@pytest.mark.parametrize("sentence, quantity, value", [
    ("Some 30,000 compatriots have left their homes in the regions of Gao, Kidal and Timbuktu, the minister said.", "displaced", 30000),
    ("The shelling claimed the life of one peacekeeper from the Chadian contingent, the mission said.", "killed", 1),
    ("Gunmen burst into a restaurant on Friday and dragged away three foreign tourists, a local official said.", "captured", 3),
])
def test_session_28_ways_news_counts_the_displaced_the_dead_and_the_taken(sentence, quantity, value):
    claim = _of(_claims(f"Report\n\n{sentence}\n", date(2012, 2, 8)), value)
    assert claim.quantity == quantity


def test_session_28_a_toll_that_left_people_dead_is_no_displacement():
    found = _claims("Report\n\nThe attack left 64 people dead, the government said.\n", date(2022, 5, 2))
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 64)]


@pytest.mark.parametrize("sentence, value, claimant", [
    # the subject of a first verb not in -ed speaks for the coordinated saying
    ("The army drove MNLA fighters out of Anefis, about 100 km (60 miles) south of Kidal, on June 5, and said it had killed about 30 rebels.", 30, "army"),
    # a body named as a noun before a toll claims it, as a possessive would
    ("The government figure, read on national television on Monday, is 42 dead.", 42, "government"),
    ("The army toll rose to 20 killed on Tuesday.", 20, "army"),
])
def test_session_28_a_subject_or_a_body_before_a_toll_is_the_claimant(sentence, value, claimant):
    assert claimant in _of(_claims(f"Report\n\n{sentence}\n", date(2021, 8, 10)), value).claimant_label.casefold()


def test_session_28_a_body_named_before_a_toll_inside_anothers_words_is_not_the_claimant_of_what_follows():
    found = _claims("Report\n\nThe Fulani association said the army toll of 10 dead was a lie; it counted 33 killed.\n", date(2022, 3, 22))
    assert _of(found, 33).claimant_label == "The Fulani association"


def test_session_29_according_to_the_statement_is_the_issuer_whose_saying_was_the_statement():
    """"X issued a statement claiming …" makes X the issuer of "the statement" that a later
    paragraph cites, even when another speaker came in between."""
    text = ("Report\n\nThe Islamic State in the Greater Sahara issued a statement on Sunday claiming a raid on the Tessit post. "
            "The defence ministry confirmed a raid but gave its own figures.\n\n"
            "According to the statement, the fighters killed 22 soldiers and seized three vehicles.\n\n"
            "The ministry said nine soldiers were killed.\n")
    found = _claims(text, date(2021, 3, 23))
    assert "islamic state" in _of(found, 22).claimant_label.casefold()
    assert "defence" in _of(found, 9).claimant_label.casefold() or "ministry" in _of(found, 9).claimant_label.casefold()


def test_session_29_a_body_that_gave_a_bare_toll_claims_it():
    found = _claims("Report\n\nAfter the raid on the Boulkessi camp the defence ministry gave 38 dead; local officials spoke of more.\n", date(2019, 10, 5))
    assert "ministry" in _of(found, 38).claimant_label.casefold()


def test_session_29_a_groups_media_arm_speaks_for_the_group():
    text = ("Report\n\nJNIM's propaganda arm az-Zallaqa posted a statement on Sunday claiming an ambush near Boni. "
            "The army said it had repelled the assailants.\n\n"
            "According to the statement, the fighters killed nine soldiers.\n")
    assert _of(_claims(text, date(2024, 2, 12)), 9).claimant_id == "jnim"


def test_session_30_a_force_that_deplores_its_dead_claims_them_as_its_own():
    found = _claims("Communique\n\nDuring the fighting near Boni the FAMa deplore 7 dead, 12 wounded and some damage to vehicles.\n", date(2020, 3, 2))
    assert [(_of(found, n).claimant_id, _of(found, n).subject_label) for n in (7, 12)] == [("fama", "the FAMa"), ("fama", "the FAMa")]


def test_session_30_a_bare_toll_told_with_mostly_names_whose_dead_and_a_radio_that_is_saying_speaks():
    found = _claims("Report\n\nA journalist said two police sources had given him a toll of at least 40 dead, mostly police cadets.\n", date(2024, 9, 19))
    assert _of(found, 40).subject_label == "police cadets"
    radio = _claims("Briefing\n\nLocal radio in Gao is saying three civilians died near the market.\n", date(2018, 4, 16))
    assert _of(radio, 3).claimant_label == "Local radio in Gao"


def test_session_30_a_government_deploring_flood_victims_does_not_make_them_its_own():
    found = _claims("Floods\n\nThe government deplored 16 dead after the floods in Bamako on Monday.\n", date(2021, 10, 8))
    assert _of(found, 16).subject_label != "The government"


def test_session_31_a_release_headed_by_its_issuer_and_a_statement_said_to_be_issued_by_a_body_give_its_figures():
    headed = _claims("Defence\n\nCOMMUNIQUE - MINISTRY OF DEFENCE OF NIGER\nNiamey, 4 May 2022\n\n1. On Monday an army patrol was ambushed near Tillia. Four soldiers were killed.\n", date(2022, 5, 4))
    assert "MINISTRY OF DEFENCE" in (_of(headed, 4).claimant_label or "")
    issued = _claims("G5\n\nThe following communique was issued in French by the Executive Secretariat of the Sahel Alliance late on Monday.\n\n"
                     "According to the provisional toll, three soldiers of the force died and seven others were wounded.\n", date(2021, 3, 2))
    assert [("Secretariat" in (_of(issued, n).claimant_label or "")) for n in (3, 7)] == [True, True]


def test_session_31_an_observers_letterhead_and_a_statement_sent_to_the_publisher_speak_for_their_authors():
    observers = _claims("Monitor\n\nCITIZEN ELECTION OBSERVATION MISSION (CEOM) - MALI 2023\nPRELIMINARY STATEMENT ON THE REFERENDUM\n\n"
                        "3. In Ansongo, three election officials were injured by armed men.\n", date(2023, 6, 20))
    assert "MISSION" in (_of(observers, 3).claimant_label or "")
    sent = _claims("Travel\n\nThe lodge's manager, Aminata Keita, sent us the letter below.\n\n\"Dear guests,\n\nFour of our staff were hurt when the gunmen came.\n",
                   date(2017, 6, 25))
    assert _of(sent, 4).claimant_label == "Aminata Keita"


def test_session_31_whose_toll_a_side_phrase_names_groups_allied_to_a_state_speak_and_a_compound_modifier_counts_nothing():
    side = _claims("Communique\n\nThe provisional toll on the side of the national guard is 6 killed and 14 wounded.\n", date(2014, 5, 22))
    assert [_of(side, n).subject_label for n in (6, 14)] == ["the national guard", "the national guard"]
    allied = _claims("Report\n\nGAO, June 3 (Reuters) - Three Arab-led militias allied to Mali's government said on Friday they had killed at least 15 jihadists.\n", date(2022, 6, 3))
    assert "militias" in (_of(allied, 15).claimant_label or "") and [c for c in allied if c.value_low == 3] == []


def test_session_31_a_report_opened_by_a_body_that_says_goes_on_in_its_next_sentence():
    found = _claims("Digest\n\n4. REFUGEES. UNHCR says that about 900 people crossed into Niger last week. More than 12,000 refugees now live in the Abala camp.\n", date(2023, 3, 2))
    assert _of(found, 12000).claimant_label == "UNHCR"


def test_session_31_an_abbreviation_is_no_end_of_a_subject_or_of_a_speakers_title():
    found = _claims("Report\n\nTwo U.S. soldiers were wounded in the ambush, said Lt. Col. Anne Brown, a spokeswoman for the command.\n", date(2017, 10, 7))
    assert (_of(found, 2).subject_label, _of(found, 2).claimant_label) == ("U.S. soldiers", "Lt. Col. Anne Brown")
    side = _claims("Communique\n\nThe provisional toll is as follows:\n\n- on the side of the National Guard (GN), 4 dead and 9 wounded;\n", date(2020, 1, 27))
    assert _of(side, 4).subject_label == "the National Guard (GN)"


def test_session_32_the_ministry_after_a_joint_speaker_is_the_ministry_alone_and_a_body_backed_by_others_is_it():
    joint = _claims("Rebels\n\nGAO, Jan 18 (AFP) - Rebels attacked two towns on Wednesday, the defence ministry and a security source said.\n\n"
                    "In a statement, the ministry said troops had retaken Menaka. Two soldiers were killed, it said.\n", date(2012, 1, 18))
    assert _of(joint, 2).claimant_label == "the defence ministry"
    backed = _claims("Moura\n\nThe army, backed by foreign instructors, has stepped up its operations. It said it killed 40 militants in the village.\n", date(2022, 4, 2))
    assert "army" in (_of(backed, 40).claimant_label or "").lower()


def test_session_32_whose_dead_a_side_after_the_figure_a_colon_or_a_list_names():
    after = _claims("Toll\n\nThe army gave a provisional toll of 12 dead on the FAMa side.\n", date(2019, 11, 2))
    assert _of(after, 12).subject_label == "FAMa"
    colon = _claims("Communique\n\nThe provisional toll is as follows: - on the side of the FDS: two dead and six wounded.\n", date(2026, 4, 16))
    assert [_of(colon, n).subject_label for n in (2, 6)] == ["the FDS", "the FDS"]
    listed = _claims("Communique\n\nThe army said the toll is as follows: on the friendly side, 9 dead, 3 wounded evacuated to Sevare, and 20 missing.\n", date(2019, 10, 2))
    assert [_of(listed, n).subject_label for n in (9, 3, 20)] == ["the friendly side"] * 3


def test_session_32_statements_issued_by_a_body_with_an_aside_or_under_a_letterhead_after_a_translation_marker_are_its():
    issued = _claims("Statement\n\nThe Herders' Union of Mali (HUM), which speaks for families in the Mopti region, issued the following statement on Friday.\n\n"
                     "Our members counted 40 dead in the village. A dozen people are still missing.\n", date(2019, 4, 19))
    assert [("Herders" in (_of(issued, n).claimant_label or "")) for n in (40, 12)] == [True, True]
    marked = _claims("Documents\n\n[Editor's note: the front published this statement on Saturday.]\n\nTranslation begins\n\nAZAWAD LIBERATION FRONT\nExecutive Bureau\nCommunique No. 12\n\n"
                     "The toll established by our staff is as follows: 14 soldiers killed.\n\nTranslation ends\n\nRelated: Who is the Azawad Liberation Front?\n", date(2026, 4, 26))
    assert _of(marked, 14).claimant_label == "Azawad Liberation Front"


def test_session_32_a_speaker_named_after_according_to_inside_a_relative_clause_and_people_not_seen_since_are_missing():
    found = _claims("Summit\n\nThe leaders deplored the protests, which according to the Government of Mali left 11 persons dead.\n", date(2020, 7, 27))
    assert _of(found, 11).claimant_label == "Government of Mali"
    gone = _claims("Report\n\nWitnesses said that more than 30 villagers had not been seen since the raid.\n", date(2022, 4, 5))
    assert _of(gone, 30).quantity == "missing"


def test_session_32_others_opening_a_paragraph_are_more_of_the_people_the_lead_counted():
    found = _claims("Massacre\n\nBAMAKO, March 24 - Gunmen killed at least 120 people in a herding village, the government said.\n\n"
                    "The assault began before dawn.\n\nA government spokesman said 40 others were wounded.\n", date(2019, 3, 24))
    assert _of(found, 40).subject_label == "people"


def test_session_32_an_appeal_quoted_in_a_news_line_is_no_donation_banner():
    found = _claims("Bankass\n\nEvery donation helps the victims, said the mayor of Bankass, where gunmen killed 12 civilians on Tuesday.\n", date(2022, 2, 10))
    assert _of(found, 12).claimant_label == "the mayor of Bankass"


def test_session_32_a_ministrys_letterhead_over_a_communique_that_opens_on_the_facts_and_a_statement_handed_to_the_newsroom_name_the_issuer():
    ministry = _claims("Nampala\n\nREPUBLIC OF MALI\nOne People - One Goal - One Faith\n\nMINISTRY OF DEFENCE AND VETERANS AFFAIRS\nDirectorate of Information and Public Relations of the Armies (DIRPA)\n\n"
                       "COMMUNIQUE No. 041/MDAC-DIRPA\n\nOn Tuesday 19 July 2016, the camp of Nampala was attacked. The provisional toll is 17 dead.\n", date(2016, 7, 20))
    assert "MINISTRY OF DEFENCE" in (_of(ministry, 17).claimant_label or "")
    families = _claims("Red Berets\n\nWe publish below, without changes, the statement handed to our newsroom on Tuesday by the Association of Families.\n\n"
                       "About 80 of our men were arrested in 2012.\n", date(2021, 3, 17))
    assert "ASSOCIATION" in (_of(families, 80).claimant_label or "").upper()


def test_session_32_a_lists_dash_is_no_speaker_and_hurt_after_a_count_are_its_people():
    listed = _claims("Communique\n\nFollowing these attacks, the Government: - presents its condolences; - informs that two suspects were arrested today near Ansongo.\n", date(2021, 8, 9))
    assert _of(listed, 2).claimant_label != "-"
    hurt = _claims("Gao\n\nThree people were shot dead and at least 31 hurt in Gao on Tuesday, two doctors said.\n", date(2016, 7, 12))
    assert _of(hurt, 31).subject_label == "people"


def test_session_32_a_relayed_statements_issuer_is_the_registry_name_it_opens_with():
    csp = _claims("CSP\n\nWe reproduce below, in our own English translation, the communique issued late on Tuesday by the Permanent Strategic Framework for Peace, Security and Development (CSP-PSD), the coalition of armed movements.\n\n"
                  "Our forces killed 30 soldiers.\n", date(2023, 9, 13))
    assert "Strategic Framework" in (_of(csp, 30).claimant_label or "") and "for Peace" not in (_of(csp, 30).claimant_label or "")
    cma = _claims("CMA\n\nWe publish below the statement issued by the Coordination of Azawad Movements (CMA) after the strike near Tabankort.\n\n"
                  "Seven of our fighters were killed.\n", date(2015, 1, 21))
    assert _of(cma, 7).claimant_label == "Coordination of Azawad Movements"

