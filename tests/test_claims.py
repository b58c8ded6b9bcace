"""Claims: every figure with its claimant, status and words; the seeds' figures, each form, traps."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from timeline.claims import claims_of_article
from timeline.corpus import load_corpus
from timeline.dates import tag
from timeline.events import SentenceContext
from timeline.ingest import ingest
from timeline.names import actors, matcher
from timeline.pipeline import assemble

from conftest import RAW


def claims_in(text: str, published: str = "2024-07-30"):
    result = ingest("t", text)
    contexts = [
        SentenceContext(s, f"t:{s.sentence_index:04d}", tag(s.text, published), matcher().find(s.text), [])
        for s in result.sentences
    ]
    return claims_of_article("t", contexts)


def one(text: str, published: str = "2024-07-30"):
    found = claims_in(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def frames():
    return assemble(load_corpus(RAW))


@pytest.fixture(scope="module")
def battle_claims(frames):
    events = frames["events"]
    battle = events[(events["event_type"] == "armed_clash") & (events["start_date"] == pd.Timestamp("2024-07-25"))].iloc[0]
    family = {battle["event_id"], *events.loc[events["parent_event_id"] == battle["event_id"], "event_id"]}
    claims = frames["claims"]
    return claims[claims["event_id"].isin(family)]


def has(claims, claimant: str, quantity: str, low, high, status: str | None = None, subject: str | None = None, date: str | None = None) -> bool:
    def equals(column: str, value) -> pd.Series:
        return claims[column].isna() if value is None else claims[column] == value

    rows = claims[
        ((claims["claimant_id"] == claimant) | (claims["claimant_label"].str.casefold() == claimant.casefold()))
        & (claims["quantity"] == quantity)
        & equals("value_low", low)
        & equals("value_high", high)
    ]
    if status:
        rows = rows[rows["status"] == status]
    if subject:
        rows = rows[rows["subject_id"] == subject]
    if date:
        rows = rows[rows["claim_date"] == pd.Timestamp(date)]
    return len(rows) > 0


@pytest.mark.parametrize(
    "claimant, quantity, low, high, status, subject, date",
    [
        ("jnim", "killed", 50, 50, "unverified", "wagner", None),
        ("jnim", "killed", 10, 10, "unverified", "fama", None),
        ("csp", "killed", 84, None, "claimed", "wagner", "2024-08-01"),
        ("csp", "killed", 47, 47, "claimed", "fama", "2024-08-01"),
        ("csp", "killed", 7, 7, None, None, None),
        ("csp", "wounded", 12, 12, None, None, None),
        ("csp", "captured", 7, 7, "claimed", "fama", None),
        ("baza", "killed", 20, None, "claimed", "wagner", None),
        ("local sources", "killed_or_captured", 15, None, "claimed", "wagner", None),
        ("estimates", "killed", 20, 80, "unverified", "wagner", None),
        ("some Russian sources", "killed", 80, None, "unverified", "wagner", None),
        ("fama", "killed", 2, 2, "acknowledged", None, None),
        ("fama", "wounded", 10, 10, "acknowledged", None, None),
        ("wagner", "strength", 1000, None, None, None, None),
        ("wagner", "equipment_lost", 1, 1, None, None, None),
        ("csp", "killed_or_captured", 24, None, "claimed", "wagner", None),
    ],
)
def test_each_figure_of_the_battle_is_a_claim_with_its_claimant(battle_claims, claimant, quantity, low, high, status, subject, date):
    assert has(battle_claims, claimant, quantity, low, high, status, subject, date), battle_claims[
        ["figure", "quantity", "value_low", "value_high", "claimant_label", "status", "subject_id", "claim_date"]
    ].to_string()


def test_jnims_figures_told_by_several_articles_share_a_key(battle_claims):
    fifty = battle_claims[(battle_claims["claimant_id"] == "jnim") & (battle_claims["value_low"] == 50)]
    assert fifty["source_id"].nunique() >= 3
    assert fifty["claim_key"].nunique() == 1


def test_battle_figures_are_derived_and_disputed(frames):
    events = frames["events"]
    battle = events[(events["event_type"] == "armed_clash") & (events["start_date"] == pd.Timestamp("2024-07-25"))].iloc[0]
    assert battle["fatalities_disputed"]
    assert battle["fatalities_high"] == 80
    assert battle["n_claims"] == frames["claims"].loc[frames["claims"]["event_id"] == battle["event_id"], "claim_key"].nunique()


def test_no_figure_from_money_dates_or_years(frames):
    figures = " | ".join(frames["claims"]["figure"])
    for text in ("70", "2012", "2020", "2021", "2022", "2023", "29"):
        assert text not in frames["claims"]["figure"].tolist(), figures


@pytest.mark.parametrize(
    "text, quantity, low, high, qualifier",
    [
        ("The army said 12 soldiers were killed.", "killed", 12, 12, "exact"),
        ("The army said at least 12 soldiers were killed.", "killed", 12, None, "at_least"),
        ("Rebels said up to 30 soldiers were wounded.", "wounded", None, 30, "up_to"),
        ("Officials said about 40 people were killed.", "killed", 40, 40, "about"),
        ("Medical sources said between 5 and 9 civilians died.", "killed", 5, 9, "range"),
        ("Witnesses said dozens of villagers were abducted.", "captured", 24, None, "vague"),
        ("The group said it had downed one of two army helicopters.", "equipment_lost", 1, 1, "exact"),
        ("Residents said three soldiers were missing.", "missing", 3, 3, "exact"),
        ("The ministry admitted heavy losses.", "losses", None, None, "qualitative"),
    ],
)
def test_each_quantity_form(text, quantity, low, high, qualifier):
    c = one(text)
    assert (c.quantity, c.value_low, c.value_high, c.qualifier) == (quantity, low, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The authority expects approval to manage $70 billion in assets.",
        "The coup took place in 2020 and the army left in 2022.",
        "The convoy left at 3 p.m. on July 29 with a Mi-24 escort.",
        "The 190-room hotel reopened after a 10-day state of emergency.",
        "Prices rose 12 percent in Bamako.",
        "A meeting was held on Monday with 30 village chiefs.",
        "Residents said the attackers arrived in about fifteen vehicles, pick-ups and motorbikes.",
    ],
)
def test_traps_give_no_claim(text):
    assert claims_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb two joined figures share tells what befell both: the hostages were killed
        ("The minister said 19 hostages and two assailants had been killed.", [("killed", 19), ("killed", 2)]),
        # a clause joined by "and" with a figure of its own keeps its own verb
        ("The mission counts about 12,000 soldiers and police officers, and more than 140 of its personnel have died.", [("strength", 12000), ("killed", 140)]),
        ("A villager said 19 people had been killed, including two of his brothers, and that eight wounded had been taken to hospital.",
         [("killed", 19), ("killed", 2), ("wounded", 8)]),
        # the fate told after the people, or before them as their bodies, whatever their noun counts
        ("Government officials said 19 hostages and two attackers were among the dead.", [("killed", 19), ("killed", 2)]),
        ("Sadly, the bodies of five other hostages were found in the building.", [("killed", 5)]),
        # people set free are no captives, nor do they take the fate of the figure before them
        ("The toll: four attackers killed, 36 hostages freed.", [("killed", 4)]),
        ("Four hostages, all foreign nationals working for a contractor, were freed safe and sound.", []),
        # a thread's post number is no figure; a soldier "of the 1st Spahi Regiment" is one
        ("3/ Security ministry toll as of Monday morning: five people killed among guests and staff.", [("killed", 5)]),
        ("Earlier this month, a soldier of the 1st Spahi Regiment was killed by a roadside bomb near Menaka.", [("killed", 1)]),
        # a definite figure with its fate is news when it counts more than a few; "the two men" were met before
        ("Separately, the 49 Ivorian soldiers detained at Bamako airport 12 days ago remain at a gendarmerie school.", [("captured", 49)]),
        ("The two men detained at the airport were questioned.", []),
        # a saying between "has" and the figure: the figure is what was said, not what the speaker has
        ("Human Rights Watch has said about 300 men, most of them civilians, were executed.", [("killed", 300)]),
        # troops that stayed, will join or came on motorbikes are a force's strength
        ("About 150 French soldiers had remained at the camp in recent months.", [("strength", 150)]),
        ("The presidency announced that 220 additional soldiers would join Operation Barkhane.", [("strength", 220)]),
        ("Macron said the fight would go on through the task force, which now includes about 600 European troops.", [("strength", 600)]),
        ("Herders told him about thirty gunmen on motorbikes had crossed the road two days earlier.", [("strength", 30)]),
        ("A woman said her husband was among about 20 men whom the fighters tied up and drove away in a truck.", [("captured", 20)]),
        # "it accused" is another subject's verb, not the herders speaking
        ("An official said the column had executed four herders it accused of informing for JNIM.", [("killed", 4)]),
        # one person named by a possessive before a kin or job noun ("its men died" is a plural: no figure)
        ("The driver said his assistant was wounded in the leg.", [("wounded", 1)]),
        ("The army said a soldier of the escort was wounded.", [("wounded", 1)]),
        ("The group said its men died in the desert.", []),
        ("A man whose nephew was killed spoke to reporters.", []),
        # a force counted again without its noun, after its strength ("600 more", "to about 5,100"); a second verb of the subject has its own figure
        ("Paris promises 220 extra soldiers, and the following month announces 600 more, taking Barkhane to about 5,100.", [("strength", 220), ("strength", 600), ("strength", 5100)]),
        ("The army has 3,000 troops in the north and lost 12 in an ambush.", [("strength", 3000), ("killed", 12)]),
        ("Arrivals surged again in 2023, when some 55,000 people crossed the border according to UNHCR.", [("displaced", 55000)]),
        # captives killed: the killing told before them, the capture a participle of who they were;
        # a funeral "held" for its dead; a list whose verb of loss comes after its last item;
        # people who crossed or packed up; soldiers besieged or moved (corpora LN, LO)
        ("Rebels executed 20 soldiers captured at Aguelhok.", [("killed", 20)]),
        ("A funeral ceremony was held on Tuesday at the camp in Sevare for 11 soldiers.", [("killed", 11)]),
        ("Nine motorcycles, 12 assault rifles and a satellite telephone were seized.", [("equipment_lost", 9), ("equipment_lost", 12)]),
        ("Officials said more than 2,000 people crossed the border on Sunday alone.", [("displaced", 2000)]),
        ("Around 500 protesters crossed the Martyrs' Bridge on Friday.", []),
        ("He was one of about 400 soldiers besieged at the camp for seven weeks.", [("strength", 400)]),
        ("The attackers had driven away with two army vehicles.", [("equipment_lost", 2)]),
        # a force listed with police and gendarmes, or as members of the forces; hostages held by
        # jihadist groups (corpora LR-LU)
        ("Some 30,000 soldiers, police and gendarmes have been deployed, the ministry says.", [("strength", 30000)]),
        ("The minister said that 36,000 members of the defence and security forces had been deployed.", [("strength", 36000)]),
        ("Twelve members of the delegation travelled to Gao.", []),
        ("At least five other foreigners are believed to be held by jihadist groups in the Sahel.", [("captured", 5)]),
    ],
)
def test_a_figure_takes_the_verb_of_its_own_clause(text, expected):
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == expected


def test_status_comes_from_the_texts_own_words():
    assert one("The army denied that 40 soldiers were killed.").status == "denied"
    assert one("The army confirmed that 4 soldiers were killed.").status == "confirmed"
    assert one("JNIM claimed that 9 soldiers were killed, but this could not be verified.").status == "unverified"
    assert one("Nine soldiers were reportedly killed near Gao.").status == "unverified"
    c = one("Nine soldiers were killed near Gao.")
    assert (c.status, c.claimant_label, c.claimant_basis) == ("reported", "the article", "article")


def test_a_claim_in_another_style_keeps_its_speaker_and_date():
    c = one("According to the Malian army, 14 assailants were neutralised in the attack, a statement said on Sunday.", "2024-07-30")
    assert (c.claimant_id, c.quantity, c.value_low) == ("fama", "killed", 14)
    c = one("JNIM claimed on Monday to have killed 21 soldiers near Boulkessi.", "2024-07-30")
    assert (c.claimant_id, c.value_low, str(c.claim_date)) == ("jnim", 21, "2024-07-29")


# ---------------------------------------------------------------------------------------------
# Who says so: the claimant comes from the reporting structure, never from the nearest name


def who(text: str, published: str = "2024-07-30") -> list[tuple]:
    """(figure value, quantity, claimant label, basis) of every claim of a text."""
    return [(c.value_low if c.value_low is not None else c.value_high, c.quantity, c.claimant_label, c.claimant_basis) for c in claims_in(text, published)]


def test_a_speaker_who_tells_an_agency_is_the_claimant_and_the_agency_the_relay():
    c = one("A local politician told AFP that 12 soldiers were killed in the ambush near Gao.")
    assert (c.value_low, c.quantity, c.claimant_id, c.claimant_label, c.claimant_via) == (12, "killed", None, "A local politician", "AFP")


def test_the_army_named_before_the_saying_is_not_the_claimant_of_a_relative_clause():
    c = one("Malian army drones struck a wedding near Niono, an attack which the rebels said killed 50 civilians.")
    assert (c.value_low, c.claimant_id, c.claimant_label) == (50, None, "the rebels")


def test_a_former_fighter_speaking_to_a_broadcaster_is_not_his_old_group():
    c = one("A former Wagner fighter told the BBC's Russian service that up to 80 Wagner men may have died.")
    assert (c.value_high, c.claimant_id, c.claimant_label, c.claimant_via, c.status) == (80, None, "A former Wagner fighter", "the BBC's Russian service", "unverified")


def test_an_inverted_saying_names_its_speaker_after_the_verb():
    c = one('"At least 30 terrorists were neutralised," said Colonel Souleymane Dembele, the army spokesman.')
    assert (c.value_low, c.quantity, c.claimant_label) == (30, "killed", "Colonel Souleymane Dembele")


def test_a_quote_then_a_named_speaker_and_said():
    c = one('"We lost nine of our brothers," JNIM said in a message on Telegram.')
    assert (c.value_low, c.quantity, c.claimant_id) == (9, "killed", "jnim")


def test_a_breakdown_by_cause_keeps_the_fate_and_an_adverb_keeps_the_elided_subject():
    assert (175, "killed") in [(v, q) for v, q, _, _ in who("The mission has lost more than 300 personnel, about 175 of them in hostile acts, according to UN figures.")]
    assert [c.quantity for c in claims_in("Ten soldiers were wounded, two of them in a serious condition.")] == ["wounded"]
    wounded = [c for c in claims_in("Two Egyptian peacekeepers were killed and five seriously wounded when their vehicle hit a mine.") if c.quantity == "wounded"]
    assert [(c.value_low, c.subject_label) for c in wounded] == [(5, "Egyptian peacekeepers")]


def test_a_source_after_according_to_a_chain_inside_a_quote_and_no_one_who_spoke():
    assert who("MNLA fighters shot dead two young protesters, according to a local radio station.") == [(2, "killed", "a local radio station", "sentence")]
    quoted = '"Nobody wrote a letter," she said. "One of his comrades, who escaped on foot to Niger, told me eleven men from his unit were killed."'
    assert [(v, label) for v, _, label, _ in who(quoted)] == [(11, "One of his comrades")]
    assert who("One of the survivors told AFP that 12 soldiers were killed.") == [(12, "killed", "One of the survivors", "sentence")]


def test_men_a_group_says_it_lost_are_its_own():
    c = one("The MNLA said it had lost seven men.")
    assert (c.value_low, c.claimant_id, c.subject_id, c.subject_label) == (7, "mnla", "mnla", "its men")


def test_the_answers_of_an_interview_are_the_introduced_speaker_s():
    text = ("Moussa Diarra, Mali's minister for Malians abroad, received our correspondent in his office in Bamako on Tuesday.\n\n"
            "Q: How many soldiers has the army lost?\n\nA: We have lost 16 soldiers since January, and we honour them.")
    assert [(v, label) for v, _, label, _ in who(text)] == [(16, "Moussa Diarra")]


def test_according_to_names_the_speaker_after_it():
    c = one("Twenty gendarmes were killed in the raid on the post, according to a security source in Segou.")
    assert (c.value_low, c.claimant_label, c.status) == (20, "a security source", "claimed")


def test_a_bare_toll_is_no_speaker_but_an_owned_or_official_one_is():
    assert one("According to a provisional toll, eight peacekeepers were killed.").claimant_basis == "article"
    assert one("According to an official toll, 38 soldiers died.").claimant_label == "an official toll"
    assert one("Security ministry toll as of Monday morning: five people killed.").claimant_label == "Security ministry"


def test_saying_after_a_clause_is_said_by_its_subject_not_by_an_appositive_or_the_sentence_before():
    for text in ("JNIM claimed the attack today, saying its fighters had killed 30 soldiers.",
                 "A soldier was reported killed. JNIM, the alliance formed in March by Ansar Dine, claimed the attack, saying its fighters had killed 30 soldiers."):
        assert [c.claimant_id for c in claims_in(text) if c.value_low == 30] == ["jnim"], text


def test_a_briefing_turn_a_country_and_officials_who_had_spoken_of_a_toll_are_claimants():
    found = who("Question: What happened to the hostages?\n\nSpokesman: The roughly 30 officials who were held were released on Monday. "
                "The Mission has about 8,000 uniformed personnel.\n\nThe army said 12 soldiers were killed.")
    assert found == [(30, "captured", "Spokesman", "paragraph"), (8000, "strength", "Spokesman", "paragraph"), (12, "killed", "The army", "sentence")]
    assert one("Burkina Faso says it will send 500 troops.").claimant_label == "Burkina Faso"
    assert one("Earlier this month, officials had spoken of about 40 dead.").claimant_label == "officials"
    assert (one("Serval peaked at about 4,500 troops in 2013.").quantity, one("He led a unit of about 120 fighters.").quantity) == ("strength", "strength")


def test_a_release_headed_by_its_issuer_gives_the_issuers_figures():
    text = "Helicopters collide\n\nMINISTRY OF THE ARMED FORCES\n\nPress release - Paris, 26 November 2019\n\nThe minister learned with sadness of the death of thirteen soldiers, killed yesterday evening in Mali.\n"
    assert who(text, "2019-11-26") == [(13, "killed", "MINISTRY OF THE ARMED FORCES", "document")]
    home = "FAMa patrol attacked\n\nREPUBLIC OF MALI\nGENERAL STAFF OF THE ARMED FORCES\n\nCOMMUNIQUE No. 071\n\nA FAMa patrol came under attack on Monday near Tabankort. Provisional toll: 24 killed.\n"
    assert who(home, "2019-11-19") == [(24, "killed", "Malian Armed Forces", "document")]  # the home army's letterhead: the army the article names
    foreign = "Strike in Mali\n\nMINISTRY OF THE ARMED FORCES\n\nPRESS RELEASE\n\nBarkhane forces, supported by the Malian Armed Forces, neutralised 15 terrorists on Monday.\n"
    assert who(foreign, "2019-11-26")[0][2] == "MINISTRY OF THE ARMED FORCES"  # no home place named over it: not the Malian army's


def test_a_count_noun_and_its_verb_past_an_aside_are_one_saying_but_a_toll_list_is_no_aside():
    assert one("The government's first count, issued on Tuesday, had put the losses at 25 dead.").claimant_label == "The government"
    assert {c.claimant_label for c in claims_in("A security source gave a lower toll, nine dead and 20 wounded, adding that a patrol came.")} == {"A security source"}


def test_a_toll_noun_told_before_is_not_whose_dead_a_later_figure_counts():
    found = claims_in("The government put the death toll at 35. On Monday it had given a provisional toll of 95 dead and 19 missing.")
    assert [(c.value_low, c.subject_label) for c in found] == [(35, "people killed (the death toll)"), (95, "dead people"), (19, "missing people")]


def test_ages_in_a_list_are_no_counts_and_a_saying_inside_a_comparison_governs_nothing_after_it():
    assert [(c.quantity, c.value_low) for c in claims_in("Three Indian technicians, aged 29, 35 and 47, were taken away by the attackers.")] == [("captured", 3)]
    assert [(c.quantity, c.value_low) for c in claims_in("Six tankers were damaged by fire. One armoured vehicle was damaged.")] == [("equipment_lost", 6)]
    c = one("The HUR said Wagner's losses were far higher than Moscow had ever admitted, and that about 2,500 Russian fighters remained in Mali.")
    assert (c.value_low, c.quantity, c.claimant_id) == (2500, "strength", "ukraine_hur")


def test_an_opening_according_to_goes_on_and_four_or_five_is_one_range():
    found = claims_in("According to the FAMa general staff, one Malian soldier was killed. Seven attackers were neutralised and eight detained.")
    assert [(c.value_low, c.claimant_id) for c in found] == [(1, "fama"), (7, "fama"), (8, "fama")]
    assert [(c.value_low, c.value_high) for c in claims_in("Every hour or so they took away four or five men.")] == [(4, 5)]
    c = one("Witnesses said that about 100 foreign soldiers took part alongside Malian units.")
    assert (c.quantity, c.value_low) == ("strength", 100)


def test_review_cases_of_this_sessions_claim_rules():
    assert [(c.quantity, c.value_low) for c in claims_in("The attack wounded 14 soldiers and two civilians were among the dead.")] == [("wounded", 14), ("killed", 2)]
    assert [(c.quantity, c.value_low) for c in claims_in("Gunmen abducted 20 passengers, most of them traders, freed two.")][:1] == [("captured", 20)]
    assert [(c.quantity, c.value_low) for c in claims_in("A man aged 35, and 12 others were detained.")] == [("captured", 12)]
    assert one("More than a dozen witnesses told Reuters the soldiers fired, and that 30 civilians were killed.").claimant_basis == "sentence"
    assert one("President: Assimi Goita. Gunmen killed 12 soldiers on Monday.").claimant_basis == "article"
    assert all(c.claimant_label not in ("Updated", "Body") for c in claims_in("Updated toll: 12 dead. Body count: 14 dead."))


def test_by_the_united_nations_count_is_the_uns_and_gunmen_who_attack_are_a_strength():
    assert one("By the United Nations' count, more than 500 civilians have been killed since January.").claimant_id == "un"
    assert [(c.quantity, c.value_low) for c in claims_in("About 100 gunmen on motorbikes attack the two villages in the evening.")] == [("strength", 100)]
    assert claims_in("The court jailed three men convicted of helping to prepare the attack on the school.") == []


def test_claim_classes_of_corpora_bj_and_bk():
    assert one('"We buried 16 people yesterday," said one resident of Douentza.').claimant_label == "one resident of Douentza"
    found = claims_in("According to a police source, nine demonstrators were arrested and two police officers were slightly injured by stones.")
    assert [(c.quantity, c.value_low) for c in found] == [("captured", 9), ("wounded", 2)]
    assert [(c.quantity, c.value_low) for c in claims_in("The ministry said 14 escapees had been recaptured by the army.")] == [("captured", 14)]
    found = claims_in("Operation Barkhane replaced Serval, with some 3,000 French troops. Barkhane grew to 5,100 troops. Petronin was freed together with two Italians.")
    assert [(c.quantity, c.value_low) for c in found] == [("strength", 3000), ("strength", 5100)]


def test_a_trailing_reporting_clause_names_the_speaker():
    c = one("A French helicopter pilot was killed on Friday, the defence minister said.")
    assert (c.value_low, c.quantity, c.claimant_label, c.subject_label) == (1, "killed", "the defence minister", "French helicopter pilot")


def test_an_actors_statement_is_that_actors_claim():
    assert who("JNIM's statement said 40 soldiers were killed at Boulkessi.") == [(40, "killed", "Jama'at Nusrat al-Islam wal-Muslimin", "sentence")]
    assert who("In a statement, the CSP said seven of its fighters had been killed.") == [(7, "killed", "Strategic Framework for the Defense of the People of Azawad", "sentence")]


def test_a_spokesman_for_an_actor_speaks_for_it():
    c = one("A spokesman for the Malian army said 10 soldiers had died in the attack.")
    assert (c.value_low, c.claimant_id) == (10, "fama")


def test_a_spokesman_of_a_group_named_just_before_speaks_for_it():
    text = "The CSP gave a very different account. A spokesman told reporters that 35 soldiers had been killed."
    assert who(text) == [(35, "killed", "Strategic Framework for the Defense of the People of Azawad", "paragraph")]


def test_an_appositive_between_speaker_and_verb_is_skipped():
    saying = "Mohamed Elmaouloud Ramadane, a spokesman for the rebel coalition, said on Monday that 11 children were among the dead."
    assert (one(saying).value_low, one(saying).claimant_id) == (11, "ramadane")
    assert one("The CSP blamed the army for the strike. " + saying).claimant_id == "csp"  # a spokesman speaks for his group when it is named


def test_in_a_chain_the_original_speaker_claims_and_the_teller_relays():
    c = one("A local official told Reuters that residents said 15 civilians had been killed.")
    assert (c.value_low, c.claimant_label, c.claimant_via) == (15, "residents", "A local official")


def test_a_pronoun_is_the_previous_speaker_of_the_paragraph():
    text = "The CSP said on Thursday it had shot down an army helicopter near Kidal. It said 12 soldiers were also killed."
    assert who(text)[-1] == (12, "killed", "Strategic Framework for the Defense of the People of Azawad", "paragraph")


def test_the_group_is_the_actor_the_paragraph_opened_with():
    text = "JNIM attacked an army camp near Boulkessi on Sunday. The group said it killed 25 soldiers and seized weapons."
    assert who(text) == [(25, "killed", "Jama'at Nusrat al-Islam wal-Muslimin", "paragraph")]


def test_a_speaker_inside_the_sentence_is_his_own_pronoun():
    c = one("A 52-year-old trader said he had counted more than 100 bodies near the river.")
    assert (c.value_low, c.quantity, c.claimant_label) == (100, "killed", "A 52-year-old trader")


def test_a_figure_no_one_is_said_to_give_is_the_articles_even_beside_an_actor():
    c = one("Mali's army, backed by Wagner, retook the town, where 14 civilians died in the shelling.")
    assert (c.claimant_id, c.claimant_label, c.claimant_basis, c.status) == (None, "the article", "article", "reported")


def test_residents_not_the_actor_named_first():
    c = one("Malian troops and Wagner fighters entered the village on Monday, and residents said nine civilians were executed.")
    assert (c.value_low, c.claimant_label) == (9, "residents")


def test_a_contrast_ends_the_reach_of_a_saying():
    c = one("The army said it had repelled the assault, but 12 soldiers died according to hospital sources.")
    assert (c.value_low, c.claimant_label) == (12, "hospital sources")


def test_kinds_of_sources_keep_their_own_words():
    assert who("Pro-Kremlin military bloggers said at least 20 Wagner fighters had died.") == [(20, "killed", "Pro-Kremlin military bloggers", "sentence")]
    assert who("UN experts estimated that about 500 people were killed in Moura.") == [(500, "killed", "UN experts", "sentence")]
    assert who("Telegram channels close to Wagner reported that 15 fighters were captured.") == [(15, "captured", "Telegram channels close to Wagner", "sentence")]


def test_an_institution_by_kind_is_the_one_actor_of_that_kind_the_article_names():
    text = "FAMa units came under fire near Tessit. In a statement, Mali's armed forces said four soldiers were killed."
    assert who(text) == [(4, "killed", "Malian Armed Forces", "sentence")]


def test_the_militia_that_puts_a_toll_at_a_figure_claims_it():
    found = who("A CMA official said nine of its fighters had been killed; the militia put the rebels' dead at more than 20.", "2019-05-01")
    assert found == [(9, "killed", "A CMA official", "sentence"), (20, "killed", "the militia", "sentence")]


def test_adding_after_a_quote_is_still_the_speaker_of_the_sentence():
    found = who('The army said "dozens of terrorists were neutralised," adding that five of its soldiers were killed.')
    assert found == [(24, "killed", "The army", "sentence"), (5, "killed", "The army", "sentence")]


def test_a_quoted_verb_after_the_speaker_is_that_speakers():
    found = who('The army said it "recorded two dead and seven wounded" in the ambush, while 13 attackers were slain.')
    assert [f[:3] for f in found] == [(2, "killed", "The army"), (7, "wounded", "The army"), (13, "killed", "The army")]


def test_it_is_the_organisation_not_the_witnesses():
    text = ("HRW blamed JNIM for the ferry attack, which left 120 people dead according to witnesses.\n\n"
            "Soldiers and Wagner fighters killed 40 civilians in three operations, it said.")
    assert who(text)[-1] == (40, "killed", "Human Rights Watch", "paragraph")


def test_the_relay_is_only_the_relays_own_words():
    c = one("Four security sources told Reuters at least 89 soldiers killed in the attack were buried on Saturday.")
    assert (c.value_low, c.claimant_label, c.claimant_via) == (89, "Four security sources", "Reuters")


def test_a_toll_is_a_count_of_the_dead():
    assert who("The toll rose to 50, a hospital official said.") == [(50, "killed", "a hospital official", "sentence")]


def test_claiming_an_attack_is_no_saying_of_its_toll():
    c = one("JNIM claimed responsibility for the ambush, which killed 12 soldiers.")
    assert (c.claimant_label, c.status) == ("the article", "reported")


# ---------------------------------------------------------------------------------------------
# How sure: the text's own words, in the sentence or in the one right after


def test_a_later_sentence_denying_the_toll_makes_it_denied():
    text = "JNIM said it killed 30 soldiers in the ambush. The army denied the toll."
    c = one(text)
    assert (c.claimant_id, c.status) == ("jnim", "denied")


def test_a_figure_the_army_rejected_is_denied():
    assert one("The rebels said 50 soldiers died, a figure the army rejected.").status == "denied"


def test_neither_claim_could_be_verified_makes_the_figures_before_it_unverified():
    text = "The rebels said they killed 40 soldiers. The army said two soldiers died. Neither claim could be independently verified."
    assert [c.status for c in claims_in(text)] == ["unverified", "unverified"]


def test_a_status_sentence_does_not_reach_another_paragraph_unless_it_opens_its_own():
    text = "The rebels said they killed 40 soldiers.\n\nThe army gave no figure. The claim could not be verified."
    assert one(text).status == "claimed"


def test_denied_reports_that_is_the_deniers_denial():
    c = one("The army denied reports that 40 soldiers were killed at the camp.")
    assert (c.claimant_label, c.status) == ("The army", "denied")


def test_admitted_and_acknowledged_give_acknowledged():
    assert one("The army admitted that 5 soldiers were killed in the attack.").status == "acknowledged"
    assert one("Wagner acknowledged that 3 of its fighters had died.").status == "acknowledged"


# ---------------------------------------------------------------------------------------------
# Figures that are not counts


@pytest.mark.parametrize(
    "text",
    [
        "The decree, numbered 20120120, dissolved the unit after 14 days of fighting.",
        "The European Union pledged $10 million to families of those killed in the attack.",
        "The government paid CFA 5 billion in compensation to relatives of the dead.",
        "Turnout fell 40 percent in districts where fighters killed civilians last year.",
        "Relatives of those killed can call 20 22 33 44 for information.",
        "The army said no one was killed in the attack on the camp.",
        "None of the soldiers were hurt, the ministry said.",
        "The jihadists were opening one front after another and captured the town.",
        "Gunmen burned 30 houses and looted 12 shops before they fled.",
        "The camp was attacked three times last month.",
        "Goita, 41, first seized power in August 2020, when officers detained the president.",
        "Sergeant Moussa, now 38 and stationed near Mopti, spoke of the retreat.",
        "ECOWAS was founded in 1975 and has 15 members.",
        "The convoy of 40 vehicles reached Gao on Tuesday.",
        "Kidal, Gao and Timbuktu fell one after another.",
        "Officials said between 50 and 20 soldiers were killed.",  # no range runs backwards
    ],
)
def test_numbers_that_count_no_one_are_no_claims(text):
    assert claims_in(text) == [], claims_in(text)


def test_a_figure_counts_what_its_own_noun_counts():
    found = claims_in("The rebels said they destroyed two pickup trucks and wounded three soldiers.")
    assert [(c.value_low, c.quantity) for c in found] == [(2, "equipment_lost"), (3, "wounded")]


@pytest.mark.parametrize(
    "text, low, high, qualifier",
    [
        ("The outlet put the number of dead at more than two dozen.", 24, None, "at_least"),
        ("Residents said a dozen villagers were killed.", 12, 12, "exact"),
        ("Residents said two dozen villagers were killed.", 24, 24, "exact"),
        ("Residents said more than a dozen villagers were killed.", 12, None, "at_least"),
        ("Witnesses said scores of people were killed.", 40, None, "vague"),
        ("Witnesses said hundreds of people were killed.", 200, None, "vague"),
        ("Witnesses said dozens of people were killed.", 24, None, "vague"),
        ("Officials said twenty-five soldiers were killed.", 25, 25, "exact"),
        ("Officials said three hundred civilians were killed.", 300, 300, "exact"),
    ],
)
def test_number_words_and_vague_words_by_the_documented_mapping(text, low, high, qualifier):
    c = one(text)
    assert (c.value_low, c.value_high, c.qualifier) == (low, high, qualifier)


def test_glued_digits_give_no_figure_but_the_real_count_stays():
    assert [c.value_low for c in claims_in("Report 20120120 said 14 people were killed in Gao.")] == [14]


def test_an_apposed_figure_counts_what_the_figure_before_it_counts():
    found = claims_in("Drone strikes killed at least 21 civilians, among them 11 children, the rebels said.")
    assert [(c.value_low, c.quantity) for c in found] == [(21, "killed"), (11, "killed")]


def test_one_person_named_by_an_article_is_a_figure_of_one():
    c = one("A UN peacekeeper was killed when his vehicle struck a mine near Aguelhok.")
    assert (c.value_low, c.value_high, c.quantity, c.qualifier) == (1, 1, "killed", "exact")


def test_a_strength_needs_armed_people():
    c = one("France, which has some 5,100 troops in the Sahel, condemned the coup.")
    assert (c.quantity, c.value_low) == ("strength", 5100)


def test_a_predicate_right_after_the_noun_decides_over_a_word_before_it():
    found = claims_in("The ministry said 45 assailants had been killed and 12 others arrested.")
    assert [(c.value_low, c.quantity) for c in found] == [(45, "killed"), (12, "captured")]


def test_several_gives_no_count():
    found = claims_in("The ministry said 45 assailants had been killed and several others arrested.")
    assert [(c.value_low, c.quantity) for c in found] == [(45, "killed")]


# ---------------------------------------------------------------------------------------------
# Wire styles a blind corpus brought: speakers behind relative clauses, tolls, negated bounds,
# number words, detentions and people who fled


def test_the_speaker_stands_before_a_relative_clause_between_it_and_the_verb():
    c = one("A police officer, who asked not to be named because he was not allowed to speak to the press, said at least 14 bodies had been recovered.")
    assert (c.value_low, c.quantity, c.claimant_label) == (14, "killed", "A police officer")


def test_an_inverted_speaker_ends_before_its_relative_clause():
    c = one("At least nine villagers were killed, said a local official who was not authorised to speak publicly.")
    assert (c.value_low, c.claimant_label) == (9, "a local official")


def test_an_attack_claimed_by_a_group_is_no_speaker_of_the_toll():
    found = who("Gunmen killed 12 soldiers and wounded 20 near Menaka, an ambush claimed by the Islamic State group.")
    assert found == [(12, "killed", "the article", "article"), (20, "wounded", "the article", "article")]
    assert who("The raid killed more than 30 herders in an attack later claimed by JNIM.") == [(30, "killed", "the article", "article")]


def test_a_second_verb_of_saying_shares_the_subject_of_the_first_verb():
    c = one("JNIM claimed responsibility for the attack and said it killed 12 soldiers.")
    assert (c.value_low, c.claimant_id) == (12, "jnim")


def test_an_opening_statement_phrase_names_no_one():
    found = who("The army said on Monday that 12 soldiers died. In its new statement the government said 37 militants had been killed.")
    assert found[-1] == (37, "killed", "the government", "sentence")


def test_a_group_that_spoke_in_a_video_is_the_speaker():
    c = one("In a video posted on social media, the group said it had killed 17 soldiers.")
    assert (c.value_low, c.claimant_label) == (17, "the group")


@pytest.mark.parametrize(
    "text, low, high, qualifier",
    [
        ("A source close to the investigation said not fewer than 80 people died.", 80, None, "at_least"),
        ("No less than 40 civilians died in the shelling, witnesses said.", 40, None, "at_least"),
        ("Officials said not more than 15 soldiers were killed.", None, 15, "up_to"),
        ("The militia had no more than 300 fighters, a researcher said.", None, 300, "up_to"),
    ],
)
def test_a_negated_bound_is_turned_over(text, low, high, qualifier):
    c = one(text)
    assert (c.value_low, c.value_high, c.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "text, value, claimant, subject",
    [
        ("The death toll from Sunday's attack on a market in the central town has risen to 41, the regional governor said.", 41, "the regional governor", "death toll from Sunday's attack on a market in the central town"),
        ("Another soldier died in hospital on Tuesday, raising the toll to 16.", 16, "the article", "people killed (the death toll)"),  # the toll's dead, whoever they were
        ("The ministry gave a provisional toll of 19 dead.", 19, "The ministry", "dead people"),
    ],
)
def test_a_toll_told_far_from_its_figure_counts_the_dead(text, value, claimant, subject):
    c = one(text)
    assert (c.quantity, c.value_low, c.claimant_label, c.subject_label) == ("killed", value, claimant, subject)


def test_a_toll_that_rose_gives_both_its_figures():
    assert [(c.value_low, c.quantity) for c in claims_in("The toll, which stood at 20 on Monday, rose to 35 on Tuesday, officials said.")] == [(20, "killed"), (35, "killed")]


def test_a_toll_of_the_dead_is_not_the_subject_of_the_wounded_before_it():
    found = claims_in("A hospital source said 80 wounded had been admitted. The governor later gave a toll of 45 dead.")
    assert [(c.value_low, c.quantity, c.subject_label) for c in found] == [(80, "wounded", "wounded people"), (45, "killed", "dead people")]


def test_number_words_count_the_missing_and_civil_servants():
    found = claims_in("The government said 25 soldiers were killed, four wounded and about sixty missing.")
    assert [(c.value_low, c.quantity, c.qualifier) for c in found] == [(25, "killed", "exact"), (4, "wounded", "exact"), (60, "missing", "about")]
    c = one("The prefect said six civil servants were murdered in the town hall.")
    assert (c.value_low, c.quantity, c.subject_label) == (6, "killed", "civil servants")


def test_each_part_of_them_counts_what_the_whole_counts():
    found = claims_in("Investigators found that at least 22 people were killed, 19 of them civilians and three of them soldiers.")
    assert [(c.value_low, c.quantity, c.subject_label) for c in found] == [(22, "killed", "people"), (19, "killed", "civilians"), (3, "killed", "soldiers")]


def test_a_verb_of_killing_after_had_is_no_strength():
    c = one("The army said its troops had eliminated dozens of militants near the border.")
    assert (c.quantity, c.value_low, c.subject_label) == ("killed", 24, "militants")
    assert one("The group had some 300 fighters in the area, a researcher said.").quantity == "strength"


def test_captives_killed_afterwards_are_counted_as_killed():
    assert one("Witnesses said about 40 men were abducted from the village and later executed.").quantity == "killed"
    found = claims_in("The army said it killed 30 rebels and took 28 prisoners.")
    assert [(c.value_low, c.quantity) for c in found] == [(30, "killed"), (28, "captured")]


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("The row with Abidjan over 46 Ivorian soldiers detained in Bamako deepened.", 46, "exact"),
        ("Three aid workers have been held since March, the charity said.", 3, "exact"),
        ("About 20 villagers are still held hostage, a local official said.", 20, "about"),
    ],
)
def test_people_held_are_captured_and_over_after_a_dispute_is_a_preposition(text, value, qualifier):
    c = one(text)
    assert (c.quantity, c.value_low, c.value_high, c.qualifier) == ("captured", value, value, qualifier)


def test_holding_talks_holds_no_one():
    assert claims_in("Officials held talks with 12 community leaders on Monday.") == []


@pytest.mark.parametrize(
    "text, low, high, claimant",
    [
        ("More than 20,000 people have fled into neighbouring Niger, the UN refugee agency said.", 20000, None, "UNHCR"),
        ("UN figures show that about 375,000 people are internally displaced in the country.", 375000, 375000, "United Nations"),
        ("About 1,500 people were displaced by the fighting, the local authorities said.", 1500, 1500, "the local authorities"),
    ],
)
def test_people_who_fled_are_displaced(text, low, high, claimant):
    c = one(text)
    assert (c.quantity, c.value_low, c.value_high, c.claimant_label) == ("displaced", low, high, claimant)


def test_people_killed_as_they_fled_are_killed():
    assert one("Gunmen killed 12 civilians fleeing the fighting.").quantity == "killed"


def test_soldiers_who_fled_are_no_displaced_people():
    assert claims_in("About 300 soldiers fled across the border into Mauritania.") == []


def test_losses_inflicted_on_someone_are_theirs():
    c = one("The group said it had inflicted hundreds of casualties on the army.")
    assert (c.quantity, c.value_low, c.subject_label) == ("losses", 200, "the army")


# ---------------------------------------------------------------------------------------------
# Properties over the word lists


from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.claims import words as claim_words

THINGS = sorted(w for w in claim_words()["heads"]["things"] if w.isalpha())
PERSONS = sorted(w for w in claim_words()["heads"]["persons"] if re.fullmatch(r"[a-z]+s", w) and w not in {"others", "those", "casualties", "fatalities", "lives"})


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 9999), thing=st.sampled_from(THINGS))
def test_a_number_of_things_is_never_a_casualty(n, thing):
    found = claims_in(f"The attackers killed {n:,} {thing} near Gao, officials said.")
    assert [c for c in found if c.quantity in ("killed", "wounded", "captured", "missing")] == []


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 99999), person=st.sampled_from(PERSONS))
def test_a_number_of_people_killed_is_read_as_written(n, person):
    found = claims_in(f"Officials said {n:,} {person} were killed in the attack.")
    assert [(c.quantity, c.value_low, c.value_high, c.figure) for c in found] == [("killed", n, n, f"{n:,}")]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(2, 9999), bound=st.sampled_from(["more than", "over", "fewer than", "less than", "under"]), negation=st.sampled_from(["not", "no"]))
def test_a_negation_turns_a_bound_over(n, bound, negation):
    c = one(f"Officials said {negation} {bound} {n:,} soldiers were killed.")
    turned = "up_to" if bound in ("more than", "over") else "at_least"
    assert (c.qualifier, c.value_low if turned == "at_least" else c.value_high) == (turned, n)


def test_the_speakers_own_side_is_the_subject_of_its_own_losses():
    found = claims_in("The MNLA said some 50 soldiers had been wounded, while its own side had lost two dead and 10 wounded.")
    assert [(c.value_low, c.quantity, c.subject_label) for c in found][1:] == [(2, "killed", "its own side"), (10, "wounded", "its own side")]


def test_a_speakers_martyrs_are_its_own_dead_and_the_wounded_told_after_them_its_own_wounded():
    found = claims_in("The Malian army said on Thursday that the operation had cost it 20 martyrs and 30 wounded.")
    assert [(c.value_low, c.quantity, c.claimant_id, c.subject_id) for c in found] == [(20, "killed", "fama", "fama"), (30, "wounded", "fama", "fama")]  # "martyrs" are the speaker's own dead


def test_a_long_speaker_phrase_is_cut_to_its_head_before_a_place():
    found = claims_in("A coalition of armed groups in Mali's predominantly Tuareg north claimed Saturday that it killed dozens of government soldiers.")
    assert [(c.value_low, c.claimant_label) for c in found] == [(24, "A coalition of armed groups")]


def test_a_toll_that_names_no_one_counts_the_people_of_the_figure_before_it():
    claims = claims_in("At Aguelhok, dozens of captured soldiers were executed; French officials put the toll at 82, a figure the rebels disputed.")
    (toll,) = [c for c in claims if c.value_low == 82]
    assert toll.claimant_label == "French officials" and "soldiers" in toll.subject_label


def test_the_ministry_is_the_ministry_named_paragraphs_before():
    text = (
        "The base fell on Tuesday, the Defense Ministry said.\n\n"
        "The rebel spokesman said the group was holding about 40 soldiers.\n\n"
        "The ministry said 35 attackers were killed when the rebels stormed the town."
    )
    by_figure = {c.value_low: c for c in claims_in(text)}
    assert (by_figure[40].quantity, by_figure[40].claimant_label) == ("captured", "The rebel spokesman")
    assert by_figure[35].claimant_label == "the Defense Ministry"


def test_an_article_reproducing_a_communique_gives_its_figures_to_the_issuer():
    text = (
        "We publish below the full text of the communique issued by the Government of the Transition.\n\n"
        "1. The provisional toll is as follows: on the friendly side, 6 dead and 11 wounded; 27 terrorists neutralised."
    )
    found = claims_in(text)
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 6), ("wounded", 11), ("killed", 27)]
    assert {(c.claimant_label, c.claimant_basis) for c in found} == {("the Government of the Transition", "document")}
    assert found[0].subject_label == "the friendly side"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A security document, which we have seen, puts the toll at more than 70 dead, far above anything said officially.",
         ("killed", 70, "A security document")),
        ("The army said its units, pursuing the assailants, had neutralised about a dozen of them.", ("killed", 12, "The army")),
        ('It said the armed forces had "neutralised" about 50 assailants and declared three days of mourning.', ("killed", 50, "the article")),
        ("The organisation said eight men arrested during the operation were still missing.", ("missing", 8, "The organisation")),
        ("Residents gave the names of 13 dead.", ("killed", 13, "Residents")),
        ("The channel wrote that a detachment had fought against more than 1,000 militants and that its commander had been killed.",
         ("strength", 1000, "The channel")),
    ],
)
def test_reporting_structures_of_relayed_tolls(text, expected):
    c = claims_in(text)[0]
    assert (c.quantity, c.value_low, c.claimant_label) == expected


def test_a_pronoun_after_a_published_report_is_its_author():
    text = "The U.N. human rights office published its report on Friday. It concluded that at least 500 people had been killed."
    assert claims_in(text)[0].claimant_id == "ohchr"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A coordinator for a coalition of civil society groups, speaking on condition of anonymity, said at least 20 activists had been arrested.",
         ("captured", 20, "A coordinator for a coalition of civil society groups")),
        ("Data compiled by ACLED indicate that more than 1,600 people were killed in political violence in 2023.",
         ("killed", 1600, "Data compiled by ACLED")),
        ('A second channel, run by a former Wagner fighter who now comments on the war in Ukraine, put the number of dead at "up to 20".',
         ("killed", None, "A second channel")),
        ("The Fulani association Tabital Pulaaku, in a statement read on Sunday in Bamako, said that 23 people had been killed.",
         ("killed", 23, "The Fulani association Tabital Pulaaku")),
        ("The prefecture of Koro, for its part, spoke on Monday of a provisional toll of 14 dead.", ("killed", 14, "The prefecture of Koro")),
        ('In its new statement the government said 37 "terrorists" had been killed.', ("killed", 37, "the government")),
    ],
)
def test_how_a_speaker_spoke_is_not_who_spoke_and_data_that_indicate_a_toll_claim_it(text, expected):
    c = claims_in(text)[0]
    assert (c.quantity, c.value_low, c.claimant_label) == expected


def test_a_un_briefing_note_is_its_agencys_figures():
    text = ("Mali: refugees flee\n\nThis is a summary of what was said by the UNHCR spokesperson - to whom quoted text may be "
            "attributed - at today's press briefing.\n\nSince the start of the year, more than 14,000 new refugees have been registered in Mauritania.\n")
    assert [(c.quantity, c.value_low, c.claimant_label) for c in claims_in(text)] == [("displaced", 14000, "UNHCR")]


def test_a_toll_on_the_friendly_side_counts_the_speakers_own_people():
    found = claims_in("The provisional toll is 2 dead and 5 wounded on the friendly side. On the enemy side, 17 terrorists were neutralised.")
    assert [(c.quantity, c.value_low, c.subject_label) for c in found] == [
        ("killed", 2, "the friendly side"), ("wounded", 5, "the friendly side"), ("killed", 17, "terrorists")]


def test_the_issuer_of_a_reproduced_communique_ends_at_a_comma():
    text = ("Below is the full text of the communique issued by the General Staff of the Armies, translated from French.\n\n"
            "On 21 February 2023, an operation made it possible to neutralise 14 terrorists.\n")
    assert [c.claimant_label for c in claims_in(text)] == ["the General Staff of the Armies"]


@pytest.mark.parametrize("text", [
    ('We publish below extracts of the communique.\n\n"COMMUNIQUE No. 014\n\nThe Permanent Strategic Framework for Peace, Security and '
     "Development informs national and international opinion of the following:\n\nOur units counted the bodies of 23 soldiers. "
     "Two of our combatants fell as martyrs.\n"),
    ('We publish it almost in full.\n\n"Communique of the Permanent Strategic Framework for Peace, Security and Development, '
     "Kidal region, 4 December 2023\n\nOur units counted the bodies of 23 soldiers. Two of our combatants fell as martyrs.\n"),
])
def test_a_quoted_communique_and_its_first_person_are_the_issuers(text):
    """An issuer named with commas ("for Peace, Security and Development"), or in the title the
    document opens with; "our units" inside it are the issuer's voice; its figures are claims; but
    "US officials" and "our correspondent" after it speak for themselves."""
    found = claims_in(text + "\nUS officials said 40 people were killed in the clashes.\n\nOur correspondent in Gao counted 11 bodies at the hospital.\n")
    assert [(c.value_low, c.claimant_id or c.claimant_label, c.status) for c in found] == [
        (23, "csp", "claimed"), (2, "csp", "claimed"), (40, "US officials", "claimed"), (11, "Our correspondent in Gao", "claimed")]


def test_the_armed_group_is_the_group_named_before_and_a_service_speaks_for_itself():
    found = claims_in("In Menaka, the MSA says its fighters killed 12 members of the Islamic State on Saturday. "
                      "The armed group says it lost two of its own men.")
    assert [(c.value_low, c.claimant_id) for c in found] == [(12, "msa"), (2, "msa")]
    found = claims_in("In Bankass, the local social development service says more than 2,000 displaced people have arrived since the start of the month.")
    assert [(c.quantity, c.claimant_label) for c in found] == [("displaced", "the local social development service")]


def test_tankers_that_burned_are_equipment_not_the_dead_told_after_them():
    found = claims_in("A drivers' union official disputed that account, saying 17 tankers were burned and six drivers died.")
    assert [(c.quantity, c.value_low, c.subject_label) for c in found] == [("equipment_lost", 17, "tankers"), ("killed", 6, "drivers")]


def test_the_village_chief_speaks_for_the_village_and_one_source_to_another_counts_no_one():
    text = ("A spokesman for the Dozo hunters denies any involvement. On Monday evening, armed men raided the village. "
            "Six villagers were killed and four others wounded, according to the village chief. The toll differs from one source to another.")
    found = claims_in(text)
    assert [(c.quantity, c.value_low, c.claimant_label) for c in found] == [("killed", 6, "the village chief"), ("wounded", 4, "the village chief")]


def test_a_figure_no_one_is_said_to_give_is_the_articles_named_with_its_outlet():
    result = ingest("t", "A report\n\nDuring the period, at least 186 civilians were killed in the centre.\n")
    contexts = [SentenceContext(s, f"t:{s.sentence_index:04d}", tag(s.text, "2021-11-19"), matcher().find(s.text), []) for s in result.sentences]
    [claim] = claims_of_article("t", contexts, outlet="UN report")
    assert (claim.value_low, claim.claimant_label, claim.claimant_basis) == (186, "the article (UN report)", "article")
    [claim] = claims_of_article("t", contexts)
    assert claim.claimant_label == "the article"


def test_who_spoke_on_condition_of_anonymity_is_no_saying_of_a_figure():
    c = claims_in("A local official, who spoke on condition of anonymity for fear of reprisals, told Reuters that 40 people died.")[0]
    assert (c.value_low, c.claimant_label) == (40, "A local official")


def test_it_said_after_a_company_spoke_is_the_company():
    text = ("The trucks came under fire on Tuesday evening on the road between Kayes and Kenieba, the Vancouver-based producer "
            "said in a statement late Wednesday. Two contract drivers were killed and one was wounded, it said.")
    assert {c.claimant_label for c in claims_in(text)} == {"the Vancouver-based producer"}


def test_a_total_before_its_breakdown_is_counted_by_the_verb_after_the_breakdown():
    found = claims_in("Thirteen people, including five contractors working for the U.N. mission and four soldiers, were killed during a siege, the government said.")
    assert [(c.quantity, c.value_low) for c in found][:1] == [("killed", 13)]


def test_a_translated_statement_attributed_to_a_group_gives_the_group_its_figures():
    text = ("Translated sources\n\n[Unofficial English translation of an Arabic-language statement attributed to Jama'at Nusrat "
            "al-Islam wal-Muslimin (JNIM), circulated on 8 April 2025.]\n\nThe mujahideen were able to kill 23 of the apostate soldiers.\n")
    assert [(c.value_low, c.claimant_id) for c in claims_in(text)] == [(23, "jnim")]


def test_maimed_children_are_wounded_and_interpellated_men_captured():
    found = claims_in("At least 38 children were killed and 51 others maimed. The balance is 31 terrorists neutralised and 11 others interpellated.")
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 38), ("wounded", 51), ("killed", 31), ("captured", 11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group that claimed the attacks, ", saying …": the group speaks
        ('The al-Qaida-linked group JNIM claimed the attacks in messages on its channels, saying its fighters killed "dozens" of soldiers.',
         [("killed", 24, "jnim", "soldiers")]),
        # "X accused the army … and said": X, not the army it accused
        ('A spokesperson for the Azawad Liberation Front (FLA), a separatist alliance, accused the army of "collective punishment" and said "dozens" of civilians had died.',
         [("killed", 24, "fla", "civilians")]),
        # "The displacement adds to …": no saying; "according to" names the speaker
        ("The displacement adds to the toll of the attack on 1 June, after which more than 3,000 people fled towards Douentza, according to local authorities.",
         [("displaced", 3000, None, "people fled towards Douentza")]),
        # "N of them" counts the people named before, even indefinite or in quotes
        ('The general staff said an air patrol struck a group of armed men preparing attacks, "neutralizing" about 15 of them.',
         [("killed", 15, None, "armed men")]),
        ('The general staff says "terrorists" tried to infiltrate the airport area and that 14 of them were "neutralised".',
         [("killed", 14, None, "terrorists")]),
        # "five others injured": the others are drivers too
        ("Two drivers were killed and five others injured, the ministry said.",
         [("killed", 2, None, "drivers"), ("wounded", 5, None, "drivers")]),
    ],
)
def test_speakers_and_subjects_of_wire_sentences(text, expected):
    assert [(c.quantity, c.value_low, c.claimant_id, c.subject_label) for c in claims_in(text)] == expected


def test_a_raised_figure_keeps_what_it_counted_and_listed_vehicles_are_lost():
    text = ("The army said 52 attackers were neutralized. In an update late Tuesday, an army spokesman raised that figure to 68 "
            "and said soldiers had seized weapons, 14 motorcycles and four pickup trucks. Two armoured personnel carriers were destroyed, he added.")
    found = [(c.quantity, c.value_low, c.subject_label) for c in claims_in(text)]
    assert found == [("killed", 52, "attackers"), ("killed", 68, "attackers"), ("equipment_lost", 14, "motorcycles"),
                     ("equipment_lost", 4, "pickup trucks"), ("equipment_lost", 2, "armoured personnel carriers")]


def test_a_digest_bracket_names_the_source_of_its_figures():
    text = ("• Monday 3 March — Ténenkou circle (Mopti region): armed men raid two hamlets, burn granaries; 9 civilians killed "
            "(local officials; first count revised on 5 March). Around 300 residents fled to Ténenkou town (mayor's office).\n\n"
            "• Tuesday 4 March — Ansongo area: IED on army convoy; 3 soldiers killed (security source).")
    found = [(c.quantity, c.value_low, c.claimant_label) for c in claims_in(text, "2025-03-10")]
    assert found == [("killed", 9, "local officials"), ("displaced", 300, "mayor's office"), ("killed", 3, "security source")]


def test_a_speaker_who_spoke_before_speaks_again_after_then():
    text = ("The army first announced five soldiers killed, then said the next day that ten had died. "
            "The CSP put the army's dead at 81 and said it had seized nine vehicles.")
    found = [(c.value_low, c.claimant_label, c.subject_label) for c in claims_in(text, "2024-02-06")]
    assert found == [(5, "The army", "soldiers"), (10, "The army", "soldiers"), (81, "Strategic Framework for the Defense of the People of Azawad", "army's dead"),
                     (9, "Strategic Framework for the Defense of the People of Azawad", "vehicles")]


@pytest.mark.parametrize(
    "text",
    [
        "The junta let some 200 prisoners go.",
        "Some 50 detainees were freed in the exchange.",
        "A relative of one of the men said their bodies were found the following morning.",
    ],
)
def test_released_prisoners_and_kin_are_no_casualty_figures(text):
    assert claims_in(text) == []


def test_prisoners_taken_then_released_are_still_captured():
    assert [(c.quantity, c.value_low) for c in claims_in("JNIM took 12 soldiers prisoner and released two of them.")] == [("captured", 12)]


def test_a_toll_of_bare_dead_counts_people_and_is_not_the_vehicles_told_before():
    text = "A security source said two armoured vehicles had been destroyed. A local official gives a toll of at least eighteen dead and around ten wounded."
    found = [(c.quantity, c.value_low, c.subject_label) for c in claims_in(text, "2025-03-10")]
    assert found == [("equipment_lost", 2, "armoured vehicles"), ("killed", 18, "dead people"), ("wounded", 10, "wounded people")]


def test_sources_cited_by_number_are_speakers_not_counts():
    text = "At least 12 soldiers were killed, according to two security sources. The toll from three local officials rose to 20."
    found = [(c.value_low, c.claimant_label) for c in claims_in(text, "2025-03-10")]
    assert found == [(12, "two security sources"), (20, "three local officials")]


def test_losses_put_at_a_quoted_toll_are_the_named_sides():
    c = one('A security source in Mopti put the army\'s losses at "around fifteen dead".', "2025-03-10")
    assert (c.value_low, c.subject_label) == (15, "army's losses")


def test_timeline_brackets_and_an_offices_staff_name_the_source():
    text = ("• Jun 27, 2012 — MUJWA Islamists drive the MNLA out of Gao; at least 20 dead [hospital sources].\n\n"
            "The UN human rights office said on Monday that its staff had documented at least 150 deaths.")
    assert [(c.value_low, c.claimant_label) for c in claims_in(text, "2022-01-17")] == [(20, "hospital sources"), (150, "UN human rights office")]


def test_put_out_of_action_is_killed_and_treated_for_wounds_is_wounded():
    text = 'The army said "more than 100 terrorists" had been put out of action. A doctor said four people had been treated for gunshot wounds.'
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == [("killed", 100), ("wounded", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A survivor, reached by telephone at the hospital in Ménaka, said he saw "at least 20 bodies" by the store.', (20, "A survivor")),
        ('"We have perhaps 2,000 soldiers killed since 2012," said a retired Malian colonel.', (2000, "a retired Malian colonel")),
        ("The UN refugee agency counts more than 370,000 internally displaced people.", (370000, "UNHCR")),
    ],
)
def test_ranks_and_reached_by_telephone_asides_and_counts(text, expected):
    c = one(text, "2022-01-17")
    assert (c.value_low, c.claimant_label) == expected


def test_it_counts_soldiers_is_a_strength_not_a_saying():
    found = claims_in("It now counts about 12,000 soldiers and police officers, and more than 140 of its personnel have died in hostile acts.")
    assert [(c.quantity, c.value_low, c.claimant_label) for c in found if c.quantity == "killed"] == [("killed", 140, "the article")]


def test_a_bare_killed_after_a_figure_counts_people_killed():
    c = one("• Jan 18, 2017 — A suicide truck bomb hits a camp in Gao; at least 60 killed [government].", "2022-01-17")
    assert (c.value_low, c.claimant_label, c.subject_label) == (60, "government", "people killed")


def test_a_figure_of_acts_counts_those_acts():
    found = claims_in("They included 129 killings, 46 injuries and 61 abductions and enforced disappearances.", "2022-12-28")
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 129), ("wounded", 46), ("captured", 61)]


def test_it_said_is_never_a_person_and_a_time_lead_is_no_subject():
    text = ("A doctor at the hospital said the wards were full. JNIM claimed the attack through its media arm. "
            "It said its fighters had killed more than 60 soldiers.")
    assert [(c.value_low, c.claimant_id) for c in claims_in(text, "2024-03-05")] == [(60, "jnim")]
    text = "The army said 28 terrorists had been neutralised. Late on Monday it revised its toll, saying 16 soldiers were killed."
    assert [(c.value_low, c.claimant_label) for c in claims_in(text, "2024-03-05")] == [(28, "The army"), (16, "The army")]


def test_numbering_is_a_strength_of_the_people_before_it():
    text = ("Armed individuals, numbering about 200 according to local sources, attacked the post of Boni. "
            "Residents said the attackers numbered between 60 and 80 and had taken away a driver. The resolution, numbered 2690, ends the mandate.")
    found = [(c.quantity, c.value_low, c.value_high, c.subject_label) for c in claims_in(text, "2024-10-10")]
    assert found == [("strength", 200, 200, "Armed individuals"), ("strength", 60, 80, "attackers")]


def test_a_first_assessment_no_one_owns_is_the_last_speaker_s_or_the_publisher_s():
    """'A first assessment, communicated on 26 October, reported …' names no one: the speaker of
    the sentence before, else the article (not a claimant called "A first assessment")."""
    c = one("A first assessment, communicated on 26 October, reported about ten terrorists neutralised.", "2017-10-28")
    assert (c.value_low, c.claimant_label) == (10, "the article")
    text = "Headline\n\nThe army said on Friday that its units had repelled an attack near Dioura. A preliminary assessment indicates that ten terrorists were neutralised.\n"
    assert [(c.value_low, c.claimant_label) for c in claims_in(text, "2017-10-28")] == [(10, "The army")]


def test_a_breakdown_of_the_dead_is_not_whose_wounded_follow():
    text = "Drone strikes hit a water point, killing seven civilians, three of them children, and wounding 12."
    assert [(c.value_low, c.subject_label) for c in claims_in(text, "2024-04-26")] == [(7, "civilians"), (3, "children"), (12, "civilians")]


def test_setting_fire_to_and_destroying_vehicles_are_losses():
    found = claims_in("The gunmen set fire to 40 tankers on Tuesday, destroying two vehicles of the escort.", "2025-09-25")
    assert [(c.quantity, c.value_low) for c in found] == [("equipment_lost", 40), ("equipment_lost", 2)]


def test_in_a_transcript_the_one_answering_speaks():
    text = ("Transcript\n\nQ: Mayor Kanté, what happened on Thursday night?\n\n"
            "A: They came from the river side. On Friday we buried eleven people.\n\nQ: And the soldiers?\n\n"
            "A: He said his men had found the bodies of six attackers.")
    assert [(c.value_low, c.claimant_label) for c in claims_in(text, "2024-02-20")][:1] == [(11, "Mayor Kanté")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali's army on Wednesday raised to 16 the number of soldiers and civilians killed in a car bombing in Gao.", [("killed", 16, "fama")]),
        ("A spokesman said the toll had been revised to 158 after search teams found more bodies.", [("killed", 158, None)]),
        ("About ten armed men on motorbikes stopped the vehicle, checked the papers of all travellers and took away five men.", [("strength", 10, None), ("captured", 5, None)]),
    ],
)
def test_raised_to_speaks_and_the_takers_are_not_taken(text, expected):
    assert [(c.quantity, c.value_low, c.claimant_id) for c in claims_in(text, "2025-01-16")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to the same source": the speaker of the figure before
        ("The army said a patrol neutralised three terrorists near Bourem on Wednesday. One soldier was slightly wounded, according to the same source.",
         [("killed", 3, "The army", "terrorists"), ("wounded", 1, "The army", "soldier")]),
        # giving a journalist a toll is saying it
        ("On Monday evening a military source gave AFP a new toll of seven soldiers killed and five wounded.",
         [("killed", 7, "a military source", "soldiers"), ("wounded", 5, "a military source", "soldiers")]),
        # a speaker who gave a figure goes on past a semicolon
        ("Relatives of the detained say 23 men were taken away that morning; the bodies of 13 of them were found two days later.",
         [("captured", 23, "Relatives of the detained", "men"), ("killed", 13, "Relatives of the detained", "bodies")]),
        # "the detained men remain missing": the main verb tells their fate
        ("Relatives said at least four of the detained men remain missing.", [("missing", 4, "Relatives", None)]),
        # a breakdown after "among them" is not whom "five others" stand for
        ("The rebels said the strike killed eight civilians, among them two women and a child, and wounded five others.",
         [("killed", 8, "The rebels", "civilians"), ("killed", 2, "The rebels", "women"), ("wounded", 5, "The rebels", "civilians")]),
        # "alleged" after a preposition is an adjective, not a saying
        ("The government announced inquiries into alleged abuses, including the killing of about 300 people in Moura.",
         [("killed", 300, "The government", "people")]),
    ],
)
def test_who_said_it_across_anaphora_semicolons_and_breakdowns(text, expected):
    found = [(c.quantity, c.value_low, c.claimant_label, c.subject_label) for c in claims_in(text)]
    assert [(q, v, who) for q, v, who, _ in found] == [(q, v, who) for q, v, who, _ in expected]
    for (_, _, _, subject), (_, _, _, want) in zip(found, expected):
        if want is not None:
            assert subject == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ground unit recovered four assault rifles and a machine gun, the army said.", [("equipment_lost", 4, "assault rifles")]),
        ("The commander said the attackers had driven off with two army vehicles.", [("equipment_lost", 2, "army vehicles")]),
        ("The social development service said it had counted about 1,300 people newly arrived from villages.", [("displaced", 1300, "people newly arrived")]),
        ("Nearly one in three new arrivals is sleeping in the open.", []),
    ],
)
def test_things_taken_and_people_arrived_are_counted_and_ratios_are_not(text, expected):
    assert [(c.quantity, c.value_low, c.subject_label) for c in claims_in(text)] == expected


def test_an_account_goes_on_in_the_next_sentence_that_picks_out_the_same_people():
    text = ("Soldiers rounded up about 20 men at the weekly market, witnesses said. Nine of those men were found dead the next morning. "
            "Twelve people were killed in Sofara.")
    assert [(c.value_low, c.claimant_label) for c in claims_in(text)] == [(20, "witnesses"), (9, "witnesses"), (12, "the article")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an account closed by its speaker goes on in the same paragraph, not in the next one
        ("The attackers raided the camp near Kéniéba, according to the prefect. Seven people were taken away.",
         [(7, "the prefect")]),
        ("The attackers raided the camp near Kéniéba, according to the prefect.\n\nSeven people were taken away.",
         [(7, "the article")]),
        # a passive cue may carry its day before "by"
        ("The first toll of 17 dead was given Tuesday by the town hall.", [(17, "the town hall")]),
        # "by some estimates" names no one
        ("JNIM fighters attacked Barsalogho, killing hundreds of people, by some estimates.", [(200, "the article")]),
        # a sentence set in another country: its "defence ministry" is not the home one
        ("The Malian army said it killed 12 militants. In Niger, 23 soldiers were killed in an ambush, the defence ministry said.",
         [(12, "Malian Armed Forces"), (23, "the defence ministry")]),
    ],
)
def test_who_speaks_across_sentences_days_and_countries(text, expected):
    found = claims_in(text)
    names = [c.claimant_label or (actors()[c.claimant_id].fields["name"] if c.claimant_id else None) for c in found]
    assert [(c.value_low, n) for c, n in zip(found, names)] == expected


def test_a_towns_population_is_no_count_and_names_whom_the_next_figure_counts():
    found = claims_in("Of Ber's roughly 15,000 residents, about 11,000 had fled by mid-September, according to a local councillor.")
    assert [(c.quantity, c.value_low, c.subject_label, c.claimant_label) for c in found] == [("displaced", 11000, "Ber's residents", "a local councillor")]


def test_people_who_arrived_are_displaced_and_troops_who_arrived_a_strength():
    found = claims_in("About 33,500 people had arrived in Timbuktu town. About 300 Russian soldiers had arrived in Gao.")
    assert [(c.quantity, c.value_low) for c in found] == [("displaced", 33500), ("strength", 300)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after "among them" shares the toll's fate, item by item
        ("The spokesman said 14 people had been killed, among them five soldiers, two hotel employees and three foreigners.",
         [("killed", 14), ("killed", 5), ("killed", 2), ("killed", 3)]),
        # ... but not a count of attacks after a comma
        ("Six peacekeepers were killed and 31 injured in 14 attacks, nine of which involved explosive devices.", [("killed", 6), ("wounded", 31)]),
        # "lowering the figure to 35"
        ("The government first announced 95 dead before lowering the figure to 35.", [("killed", 95), ("killed", 35)]),
        # "capturing two armoured vehicles"
        ("He said the fighters had repulsed the column, killing 12 soldiers and capturing two armoured vehicles.", [("killed", 12), ("equipment_lost", 2)]),
        # "buried in two pits": pits are no one
        ("At least 34 civilians were killed and buried in two pits near the river.", [("killed", 34)]),
    ],
)
def test_lists_revised_figures_and_things_in_a_toll(text, expected):
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("In that case the government first announced 95 dead.", "the government"),
        ("A Fulani rights organisation said it had collected testimonies confirming at least 29 summary executions.", "A Fulani rights organisation"),
        ("France, which has more than 5,100 troops in the Sahel according to its defense ministry, condemned the mutiny.", "France"),
        ("A community leader, reached by RFI, said soldiers arrived. \"We heard shooting,\" he said. According to him, at least 34 civilians were killed.", "A community leader"),
    ],
)
def test_possessives_pronouns_evidence_and_openers_point_at_the_speaker(text, claimant):
    c = claims_in(text)[0]
    assert (c.claimant_label or actors()[c.claimant_id].fields["name"]) == claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One channel run by former Wagner members put the number of dead at 17 and said two armored vehicles had been lost.",
         [("killed", 17, "One channel run by former Wagner members"), ("equipment_lost", 2, "One channel run by former Wagner members")]),
        ("Western officials put their number at around 1,000.", [("strength", 1000, "Western officials")]),
        ("The association puts the number at 21 killed, including five women.", [("killed", 21, "The association"), ("killed", 5, "The association")]),
        ("After a cabinet reshuffle dropped two of the coup leaders, soldiers detained the president.", []),
        ("A trader said he had helped bury four civilians.", [("killed", 4, "A trader")]),
    ],
)
def test_channels_numbers_put_at_objects_and_burials(text, expected):
    assert [(c.quantity, c.value_low, c.claimant_label) for c in claims_in(text)] == expected


def test_the_man_is_the_person_just_introduced():
    text = ("A former Wagner fighter told our newsroom that losses had been hidden. The man, who asked to be identified only as Dmitry, "
            "said about 30 men of his detachment died.")
    assert [c.claimant_label for c in claims_in(text)] == ["A former Wagner fighter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A health worker said nine bodies had been brought in along with 11 wounded people, four of them children.",
         [("killed", 9), ("wounded", 11), ("wounded", 4)]),
        ('JNIM said its fighters had killed 14 "Russian mercenaries" and 20 soldiers and captured three vehicles.',
         [("killed", 14), ("killed", 20), ("equipment_lost", 3)]),
        ("The government gave a toll of 11 civilians killed and 17 wounded and condemned a cowardly attack.", [("killed", 11), ("wounded", 17)]),
        ("UNHCR had registered 8,700 new Malian refugees in Mauritania, most of them at the Mbera camp, 4,300 in Niger and 2,100 in Burkina Faso.",
         [("displaced", 8700), ("displaced", 4300), ("displaced", 2100)]),
        # army communiqués write counts with a leading zero; "12/05" is a date, not twelve dead
        ("The army said an air strike made it possible to neutralise 07 terrorists and destroy 02 motorbikes.", [("killed", 7), ("equipment_lost", 2)]),
        ("The army said the attack began at 05 hours on 12/05 and 3 soldiers died.", [("killed", 3)]),
        # a word of loss right after a later figure is that figure's
        ('According to the rebels, they killed "at least 40 Russians" and dozens of Malian soldiers and took six prisoners.', [("killed", 40), ("killed", 24), ("captured", 6)]),
        ("The army had said that 17 soldiers and four civilians died in the assault.", [("killed", 17), ("killed", 4)]),
        ("Another resident said around 40 families had abandoned the mining camp since the strike.", [("displaced", 40)]),
        ("Mali, one of Africa's largest gold producers, has been at odds with miners.", []),
        ("A spokesman for the mission said no one was killed among the peacekeepers.", []),
        # words of loss that are none; a verb ends the noun phrase
        ("Two residents reached by phone said the shooting had died down by midday.", []),
        ("Hours earlier two officers close to Col Goita lost their jobs in a reshuffle.", []),
        ("- 6 May, Gao region: some 1,500 people fled villages north of Ansongo, according to the regional office.", [("displaced", 1500)]),
        ('Its spokesman wrote that fighters had killed 41 "Russian mercenaries" and "dozens" of Malian soldiers and had taken two Russians prisoner.',
         [("killed", 41), ("killed", 24), ("captured", 2)]),
        ("A document put the number of dead at about 100.[3] A Bamako daily reported that around 50 trainees were buried.", [("killed", 100), ("killed", 50)]),
        ("The army said it had killed or arrested about 20 assailants, a figure we could not check.", [("killed_or_captured", 20)]),
    ],
)
def test_each_figure_takes_its_own_fate_and_things_that_are_no_count_none(text, expected):
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Inside Mali, the Commission on Population Movements estimates that about 241,000 people are displaced.", "the Commission on Population Movements"),
        ("Last Thursday, the EU said it had received credible reports that at least 31 civilians had been killed.", "European Union"),
        ("At least 41 servicemen were killed in that attack, local media reported.", "local media"),
        ("Nampala was the scene of a second assault in July 2016 in which 17 soldiers died, according to the authorities at the time.", "the authorities"),
        ("Nampala was the scene of an assault in which 17 soldiers died, according to some.", "some"),
        ('The JNIM group (recognized as a terrorist organization and banned in Russia) said it had killed "scores" of soldiers.', "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("The Group for the Support of Islam and Muslims (GSIM, or JNIM by its Arabic acronym) said it had killed 30 soldiers.", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("The junta on Saturday rejected a United Nations report that accuses soldiers of killing at least 500 people in Moura.", "United Nations"),
        ("Gunmen abducted three Indian nationals near Diboli, India's foreign ministry said on Wednesday. The junta denied it.", "India's foreign ministry"),
        ("A security official told The Associated Press that the army's losses were heavier than announced and that at least 17 soldiers had been killed.", "A security official"),
        ("A shopkeeper in Aguelhok, reached by phone, said a drone struck a group of herders on Monday afternoon, killing seven people.", "A shopkeeper in Aguelhok"),
        ('"Twelve soldiers died," said a retired officer.', "a retired officer"),
        ("The association said its volunteers counted 41 bodies.", "The association"),
        ("Paris denied it; a UN investigation published that March concluded that 19 of the 22 people killed were civilians.", "United Nations"),
        ("It lost 58 soldiers in Mali, according to the French armed forces ministry.", "France"),
        ("The Tabital Pulaaku association, which represents Fulani herders, said it had counted 17 dead.", "The Tabital Pulaaku association"),
    ],
)
def test_the_speaker_of_a_figure_is_who_the_sentence_says_gave_it(text, claimant):
    c = claims_in(text)[0]
    assert (c.claimant_label or actors()[c.claimant_id].fields["name"]) == claimant


def test_an_elided_noun_after_its_own_losses_is_the_first_figures():
    subjects = [(c.quantity, c.subject_label) for c in claims_in("The army put its own losses at four soldiers killed and seven wounded.")]
    assert subjects == [("killed", "soldiers"), ("wounded", "soldiers")]


def test_it_after_a_denial_of_anothers_account_is_the_denier():
    text = ('"The operations will continue," the army said.\n\nThe Azawad Liberation Front (FLA), a separatist coalition, rejected the army\'s account '
            "in a statement on Tuesday night. It said a drone strike on Monday had hit herders, killing eight civilians.")
    assert [actors()[c.claimant_id].fields["name"] for c in claims_in(text)] == ["Azawad Liberation Front"]


def test_the_subject_of_quoted_words_is_no_speaker_for_a_later_he():
    text = ('A government spokesman said the army had not been defeated. "No soldier has been taken prisoner," '
            "he said on state television. He said about 20 rebels had been killed.")
    (c,) = claims_in(text)
    assert "government" in c.claimant_label and "soldier" not in c.claimant_label


def test_claim_classes_of_corpus_bm():
    # a mid-sentence tag speaks for the clause after its "but"; a saying that opens the sentence does not
    assert one("Most detainees were freed by Sunday, a village chief said, but at least 15 were still held.").claimant_label == "a village chief"
    assert one("The army said the post held, but nine soldiers died.").claimant_basis == "article"
    # "The posts said" after the channels that posted them; "spoke at the time of"; "in a report that"
    found = claims_in("Pro-Wagner Telegram channels gave their own version. The posts said about 30 militants were eliminated.")
    assert [c.claimant_label for c in found] == ["Pro-Wagner Telegram channels"]
    assert one("Village associations spoke at the time of between 100 and 150 dead.").claimant_label == "Village associations"
    assert one("Amnesty International said in a report that about 40 villagers had been executed.").claimant_id == "amnesty"
    # bodies count the dead; a figure found alive or that got away is no casualty; "In [month year]," names no one
    assert [(c.quantity, c.value_low) for c in claims_in("In May 2019, 31 bodies were found in a well near Douentza.")] == [("killed", 31)]
    assert claims_in("Eight soldiers were found alive in the bush two days later.") == []
    assert claims_in("Soldiers took the men away. One of them got away and told the story.") == []
    assert one("In March 2020, the regional governor said 14 herders died.").claimant_label == "the regional governor"
    # a pronoun after an adverbial lead is the speaker; "attributed" is a saying
    assert one("The UN mission published quarterly notes. In the first quarter of 2021 alone it attributed 90 civilian deaths to militias.").claimant_id == "un"


def test_claim_classes_of_corpus_bn():
    # strengths: nationals deployed, "with an estimated", "had been in the column", a presence put at a figure
    assert [(c.quantity, c.value_low, c.value_high) for c in claims_in("Diplomats estimate that between 600 and 900 Russian troops are now deployed in the centre.")] == [("strength", 600, 900)]
    assert [(c.quantity, c.value_low) for c in claims_in("The contractors arrived in Bamako in 2022 with an estimated 400 fighters.")] == [("strength", 400)]
    assert [(c.quantity, c.value_low) for c in claims_in("A blogger wrote that about fifty Russian fighters had been in the convoy.")] == [("strength", 50)]
    assert [(c.quantity, c.value_low) for c in claims_in("Analysts put the Russian presence in Mali at about 1,500 fighters.")] == [("strength", 1500)]
    # "X, al-Qaeda's Sahel branch, claimed": X speaks; "quoted X as saying": X speaks
    assert one("JNIM, al-Qaeda's branch in the Sahel, said it killed 30 soldiers.").claimant_id == "jnim"
    assert one("The radio quoted a village chief as saying 14 people died.").claimant_label == "a village chief"
    assert one("A military source was quoted as saying 9 soldiers died.").claimant_label == "A military source"


def test_review_cases_of_the_bm_bn_claim_rules():
    # a "but" clause with a saying of its own is that saying's; a bare "Posts said" is no anaphor
    found = claims_in("Five soldiers were wounded, the ministry said, but 40 jihadists were neutralised, according to the army.")
    assert [(c.value_low, c.claimant_label) for c in found] == [(5, "the ministry"), (40, "the army")]
    assert claims_in("The army said five soldiers died. Posts said 30 soldiers were killed.")[1].claimant_label != "The army"
    # "spoke at the time of the attack" is no saying of a figure; Russians in a hotel are no strength
    assert one("The mayor spoke at the time of the attack, when 12 soldiers were killed, residents said.").claimant_label == "residents"
    assert claims_in("About 60 Russians were in the hotel when it was attacked, the embassy said.") == []
    assert one("Fighters of JNIM, al-Qaeda's Sahel branch, claimed they had killed 20 soldiers.").claimant_id == "jnim"


def test_public_figures_are_people():
    assert [(c.quantity, c.value_low) for c in claims_in("Two opposition figures were seized by armed men last week, their parties said.")] == [("captured", 2)]
    assert claims_in("The two figures differ by a wide margin.") == []


def test_a_possessed_toll_with_a_modifier_and_a_compiled_list_name_their_claimant():
    # "the government's provisional toll, published late on Tuesday, is 25": the government's
    assert one("The government's provisional toll, published late on Tuesday, is 25 soldiers killed.").claimant_label == "The government"
    assert one("JNIM's own figures put the dead at 40.").claimant_id == "jnim"
    # compiling the names of the dead is giving the toll
    found = one("From their accounts, the organisation has compiled the names of 172 people killed.")
    assert (found.value_low, found.claimant_label) == (172, "the organisation")


def test_a_denial_that_names_whose_figure_it_denies_gives_the_figure_to_that_source():
    found = one("The Government formally denies the allegations spread on certain social networks by the so-called JNIM, according to which more than forty soldiers were killed.")
    assert (found.claimant_id, found.status) == ("jnim", "denied")
    found = one('It also rejects as fanciful the figure of "more than 60 soldiers killed" put forward by accounts close to the armed groups.')
    assert (found.claimant_label, found.status) == ("accounts close to the armed groups", "denied")
    # a denial with no named source stays the denier's, and "reports" after it is no saying
    found = one("The General Staff firmly denies reports that 12 soldiers were killed.")
    assert (found.claimant_label, found.status) == ("The General Staff", "denied")


def test_people_arriving_at_a_camp_or_reaching_a_town_are_displaced():
    assert (one("UNHCR reports that about 2,300 people arrived at the Mbera camp in Mauritania on Monday.").quantity) == "displaced"
    assert (one("About 1,500 people reached the town of Menaka on Monday, officials said.").quantity) == "displaced"
    assert (one("The toll had reached 43 by Monday, a source said.").quantity) == "killed"


def test_a_roundup_s_posts_are_their_channels_figures():
    text = (
        "Channels on the attack\n\n"
        "Below is a selection of posts from Telegram channels.\n\n"
        "Mali Debout 223 (pro-government, French; 85,000 subscribers) | 08.08.2022 08:03\n\n"
        "\"Our army pushed back a cowardly attack yesterday. Dozens of terrorists neutralised.\"\n\n"
        "Sahel Province News (pro-Islamic State, Arabic; 3,100 subscribers) | 07.08.2022 21:12\n\n"
        "The channel says its fighters killed \"more than 40\" soldiers.\n\n"
        "CONTEXT\n\n"
        "Five soldiers died in a similar attack in 2021.\n"
    )
    found = claims_in(text, "2022-08-09")
    assert [(c.value_low, c.claimant_label) for c in found] == [(24, "Mali Debout 223"), (40, "Sahel Province News"), (5, found[-1].claimant_label)]
    assert found[-1].claimant_label != "Sahel Province News"  # a heading that heads no post ends the roundup's voices


def test_a_numbered_roundup_s_posts_with_time_and_views_are_their_channels_figures():
    text = (
        "Channels on the battle\n\n"
        "1. \"Desert Wind\" (channel close to the contractors), 27.07.2024, 21:40, 212K views\n"
        "\"The column is holding. The bandits have lost more than a hundred fighters.\"\n\n"
        "2. Azawad Front (rebel coalition, translated from French), 27.07.2024, 18:05\n"
        "\"The enemy left dozens of dead on the ground.\"\n\n"
        "Bamako, 28.07.2024\n\n"
        "Officials gave no toll.\n"
    )
    found = claims_in(text, "2024-07-28")
    assert [(c.value_low, c.claimant_label) for c in found] == [(100, "Desert Wind"), (24, "Azawad Front")]


def test_a_strength_told_in_a_relative_clause_or_the_historic_present():
    found = claims_in("The Africa Corps, which diplomats put at about 2,000 men, is staying.")
    assert [(c.quantity, c.value_low, c.claimant_label) for c in found] == [("strength", 2000, "diplomats")]
    assert [(c.quantity, c.value_low) for c in claims_in("Jan. 11, 2013 - France launches Operation Serval. Paris eventually sends about 4,000 troops.")] == [("strength", 4000)]


def test_the_whole_a_part_is_among_is_counted_but_not_a_bare_repeat():
    found = claims_in("A U.N. inquiry found that 19 civilians were among the 22 people killed in the strike.")
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 19), ("killed", 22)]
    assert [c.value_low for c in claims_in("Mali said 42 soldiers were killed. Missing men were among the 42.")] == [42]


def test_soldiers_a_state_has_held_are_captured():
    assert one("Mali has held 49 Ivorian soldiers since they landed at Bamako airport on July 10.").quantity == "captured"


def test_a_briefing_s_turns_headed_by_names_in_capitals_are_theirs():
    text = (
        "Press briefing\n\n"
        "COL. MARC DELAUNAY: Thank you. Between 5 and 8 June, Barkhane conducted an operation west of Menaka. About fifteen fighters were neutralised.\n\n"
        "Q (Test Weekly): Has your position on the strike changed?\n\n"
        "A (COL. MARC DELAUNAY): No. On 3 January, two jets struck an armed group; around thirty fighters were neutralised.\n"
    )
    found = claims_in(text, "2021-06-11")
    assert [(c.value_low, c.claimant_label) for c in found] == [(15, "COL. MARC DELAUNAY"), (30, "COL. MARC DELAUNAY")]


def test_a_turn_headed_by_a_full_title_in_capitals_holds_the_floor_until_the_next_turn():
    text = (
        "Full transcript\n\n"
        "COLONEL AMADOU TEST: Good afternoon. We regret the loss of 11 of our soldiers.\n\n"
        "Yesterday, another group tried to enter our camp at Timbuktu and 14 assailants were neutralised.\n\n"
        "Q (Test Radio): A security source spoke of more than 30 dead. Why believe you?\n\n"
        "A: Our figure is the figure of the bodies we identified.\n\n"
        "Reactions\n\n"
        "Five civilians died in the town.\n"
    )
    found = claims_in(text, "2025-06-03")
    labels = {c.value_low: c.claimant_label for c in found}
    assert labels[11] == labels[14] == "COLONEL AMADOU TEST"
    assert labels[5] != "COLONEL AMADOU TEST"  # a heading ends the turn


def test_the_speaker_stands_before_an_appositive_s_relative_clause():
    text = ("The Movement for the Salvation of Azawad (MSA), a Tuareg armed group that has fought the jihadists for years, "
            "gave a higher figure. Its spokesman said the movement had counted more than 50 civilians killed.")
    assert [c.claimant_id for c in claims_in(text, "2022-03-10")] == ["msa"]


def test_we_is_the_last_voice_not_the_last_subject():
    text = ("According to the lists drawn up by our volunteers, at least 168 civilians were killed. Forty-two people are still missing, "
            "most of them young shepherds.\n\nWe have also recorded some 2,400 families who fled to Menaka town.")
    labels = [c.claimant_label for c in claims_in(text, "2022-03-20")]
    assert labels[-1] != "most of them young shepherds" and "shepherds" not in labels[-1]


def test_a_group_that_does_something_is_the_speaker_and_a_monitoring_group_a_label():
    assert [c.claimant_label for c in claims_in("A regional monitoring group that tracks incidents in the area put the number of dead at 11 civilians.")] == ["A regional monitoring group"]
    assert [c.claimant_label for c in claims_in("Attacks on mine sites killed at least 11 people, according to a regional monitoring group.")] == ["a regional monitoring group"]
    told = claims_in("A soldier told the agency that comrades back from the front had counted at least 20 dead.")
    assert told[0].claimant_label != "the agency"


def test_people_to_arrest_and_an_arrest_of_are_captured():
    found = claims_in("Air and ground operations made it possible to neutralise 31 terrorists, to arrest 16 suspects and to seize weapons.")
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 31), ("captured", 16)]
    assert one("The junta announced the arrest of two generals on Thursday.").quantity == "captured"


def test_sources_who_speak_are_no_count():
    found = claims_in("Two security sources quoted by other news organizations put the number of dead soldiers at 30.")
    assert [(c.value_low, c.claimant_label) for c in found] == [(30, "Two security sources")]
    assert [c.value_low for c in claims_in("Two witnesses were killed in the attack, residents said.")] == [2]


def test_messages_posted_are_no_speaker():
    assert one("JNIM said in messages posted over the weekend that its fighters had killed dozens of soldiers.").claimant_id == "jnim"


def test_one_of_a_counted_group_is_the_group_and_hostages_handed_over_were_not_captured():
    assert (one("His cousin Adama was one of three drivers killed when fighters set a convoy on fire.").value_low) == 3
    assert one("Two of the three hostages were killed on Monday.").value_low == 2
    assert claims_in("The MNLA handed 28 hostages over to MINUSMA on Monday after talks.") == []


def test_a_force_that_has_troops_and_has_lost_others_is_a_strength():
    found = one("The U.N. mission, MINUSMA, has about 10,000 troops and police in Mali and has lost more peacekeepers to hostile acts than any other U.N. operation.")
    assert (found.quantity, found.value_low) == ("strength", 10000)


def test_an_agency_that_counts_people_claims_them_and_reported_fatalities_are_killed():
    found = one("The UN refugee agency counts more than 70,000 people in the camp of Mbera, across the border.")
    assert (found.quantity, found.value_low, found.claimant_id) == ("displaced", 70000, "unhcr")
    assert one("In October, we recorded 61 events and 238 reported fatalities, the highest count since 2012.").value_low == 238
    assert [c.claimant_id for c in claims_in("The mission now counts about 12,000 soldiers and police officers.")] in ([], [None])


def test_a_hundred_thousand_and_people_deployed_across_an_aside():
    assert one("More than a hundred thousand people have fled, the UN said.").value_low == 100000
    found = one("Diplomats estimate that between 800 and 1,000 Russians, many of them from the Wagner Group, have been deployed since December 2021.")
    assert (found.quantity, found.value_low, found.value_high) == ("strength", 800, 1000)


@pytest.mark.parametrize("text, low", [
    ("The contingent of around 100 personnel reached the town of Menaka on 18 January.", 100),
    ("Copenhagen said on Thursday that it would bring home about 90 soldiers.", 90),
    ("Western officials estimate that about 1,000 Russian contractors now operate alongside Malian troops.", 1000),
    ("France will keep about 2,500 troops in the region.", 2500),
    ("About 1,100 German soldiers currently serve with the UN mission.", 1100),
])
def test_forces_kept_brought_home_or_serving_are_strengths(text, low):
    found = one(text)
    assert (found.quantity, found.value_low) == ("strength", low)


def test_rival_figures_each_with_its_source_after_it():
    found = claims_in("In July 2020, the repression of the demonstrations had left 14 dead according to the UN, 23 according to the opposition.")
    assert [(c.quantity, c.value_low, c.claimant_label) for c in found] == [("killed", 14, "United Nations"), ("killed", 23, "the opposition")]


def test_a_statement_that_no_soldier_was_killed_counts_no_one():
    assert [c.value_low for c in claims_in("The army issued a statement that no soldier had been killed.") if c.value_low == 1] == []
    assert one("A French soldier of Operation Barkhane was killed on Monday.").value_low == 1


def test_half_a_million_troops_withdrawn_and_prisoners_handed_on():
    assert one("Half a million people have fled their homes since 2012, the UN said.").value_low == 500000
    assert [c.quantity for c in claims_in("France will withdraw 2,000 of its 5,100 troops from the Sahel.")] != ["strength"] or one("France will withdraw 2,000 of its 5,100 troops from the Sahel.").value_low != 2000
    assert [(c.quantity, c.value_low) for c in claims_in("The army handed 12 captured jihadists to the gendarmerie on Monday, a spokesman said.")] == [("captured", 12)]


def test_a_speaker_before_a_relative_clause_without_commas():
    c = [c for c in claims_in("A man whose brother and two nephews were among the dead said he helped bury 29 bodies in a common grave.") if c.value_low == 29][0]
    assert (c.quantity, c.claimant_label) == ("killed", "A man")
    c = one("A herder who hid in a riverbed and watched the raid told AFP that 17 men were killed.")
    assert (c.value_low, c.claimant_label, c.claimant_via) == (17, "A herder", "AFP")


def test_the_first_one_is_a_pronoun_and_that_one_patient_a_count():
    assert claims_in("The first one struck a pharmacy, and others then hit people who had gathered to help the wounded, a spokesman said.") == []
    c = one("MSF said armed men stopped one of its ambulances on Tuesday, and that one patient, a man in his 60s, died after being beaten.")
    assert (c.quantity, c.value_low) == ("killed", 1)


def test_russians_serving_or_now_in_the_country_are_a_strength():
    c = one("According to sources in the region, about 2,000 Russians are now serving in Mali.")
    assert (c.quantity, c.value_low, c.claimant_label) == ("strength", 2000, "sources")


def test_the_group_after_another_speaker_is_the_group_named_before():
    found = claims_in("JNIM overruns the army base at Boulkessi. Security sources say at least 30 soldiers were killed; the group says it killed more than 100 soldiers.")
    assert [(c.value_low, c.claimant_id or c.claimant_label) for c in found] == [(30, "Security sources"), (100, "jnim")]


def test_by_the_governments_own_count_names_the_claimant_without_a_comma():
    c = one("It failed, and lost about 50 soldiers by the government's own count.")
    assert (c.value_low, c.claimant_label, c.status) == (50, "the government", "claimed")


def test_by_his_count_is_the_speaker_named_before():
    c = one('"He was the first," said a retired colonel of the 4th Helicopter Regiment. Since 2013, 22 French soldiers have died in Mali, by his count.')
    assert (c.value_low, c.claimant_label, c.status) == (22, "a retired colonel of the 4th Helicopter Regiment", "claimed")


def test_a_bare_number_counts_what_its_paragraph_counted_last():
    found = claims_in("Two security sources said at least 40 soldiers had been arrested in the sweep. A third source put the number at about 55.")
    assert [(c.quantity, c.value_low) for c in found] == [("captured", 40), ("captured", 55)]
    assert claims_in("A third source put the number at about 55.") == []  # nothing counted before: no figure of anything


def test_a_bare_number_far_from_the_last_count_counts_something_else():
    found = claims_in("Thousands marched in Bamako on Friday, and police said 40 people were arrested. Organisers put the number at about 50,000.")
    assert [(c.quantity, c.value_low) for c in found] == [("captured", 40)]


def test_his_count_is_a_persons_and_a_report_is_nobodys_anaphor():
    found = claims_in("The army said 12 soldiers died. Amadou Kone, a farmer, lost his brother in the attack; 30 villagers were killed, by his count.")
    assert {c.value_low: c.claimant_label for c in found}[30] != "The army"
    found = claims_in("The governor said 12 people were killed in the attack on Sunday. A report, seen by Reuters, put the toll at 30.")
    assert {c.value_low: c.claimant_label for c in found}[30] != "The governor"


def test_a_ministry_of_mining_stays_whole_and_the_dead_now_38_are_counted():
    assert one("According to the Ministry of Mining, 12 miners were killed.").claimant_label == "the Ministry of Mining"
    assert ("killed", 38) in [(c.quantity, c.value_low) for c in claims_in("The dead, now 38 and including six children, were buried on Sunday, the mayor said.")]  # "now 38" after a common noun is a count


def test_documents_and_estimates_that_speak():
    c = one("A Ukrainian intelligence estimate published in February put Russian deaths in Mali at more than 250 since 2021.")
    assert (c.value_low, c.claimant_label, c.subject_label) == (250, "A Ukrainian intelligence estimate", "Russian deaths in Mali")
    c = one("Russian military bloggers estimated the Wagner toll at more than 80.")
    assert (c.value_low, c.claimant_label, c.subject_label) == (80, "Russian military bloggers", "Wagner toll")
    found = claims_in("At least 31 people were killed, the government said on Saturday. A first statement released on Friday evening had given a toll of 21 dead.")
    assert {c.value_low: c.claimant_label for c in found} == {31: "the government", 21: "the government"}


def test_a_place_accused_of_something_is_no_saying():
    found = claims_in("Fighters of the Katiba Macina attacked a village accused of backing a hunters' militia, killing nine men and abducting five others.")
    assert {(c.quantity, c.value_low, c.claimant_id, c.status) for c in found} == {("killed", 9, None, "reported"), ("captured", 5, None, "reported")}


def test_it_said_after_an_unnamed_army_gave_its_account_is_the_army():
    text = ('"We buried him on Friday," the relative said, a 34-year-old father of three. The army gave a very different account. '
            'In a statement posted on Friday evening, it said the escort had killed about fifteen terrorists.')
    assert one(text).claimant_label == "The army"


def test_hostages_kidnapped_in_an_aside_and_then_freed_are_no_capture():
    assert claims_in("Two Emirati nationals and an Iranian, kidnapped near Bamako in late September, were freed last week, according to sources close to the negotiations.") == []


# (sentence, figure, quantity, claimant id or label) from the CO and CS blind corpora
SPEAKERS_OF_WIRE_COPY = [
    # the subject before an aside speaks, not the aside
    ("An MNLA spokesman, reached by telephone, put the figure higher, saying the group had taken about 40 prisoners, army officers among them.", 40, "captured", "mnla"),
    # a possessed claim noun closing the phrase gives its possessor
    ("Forty-nine soldiers were killed in an attack on the Indelimane outpost on Nov. 1, according to the army's revised toll.", 49, "killed", "the army"),
    # "a" of "at least" opens no inverted speaker
    ("The MNLA, the Tuareg separatist group now working with French forces around Kidal, said at least five of its fighters died when a car bomb exploded.", 5, "killed", "mnla"),
    # a force counted as people now in the country, behind a demonym adjective, or to be hired
    ("A Western diplomat said that between 300 and 400 Russians were now in the country.", 300, "strength", "A Western diplomat"),
    ("Two Malian officers told Novaya Gazeta Europe that at least 1,500 Russian military personnel were still in the country in September.", 1500, "strength", "Two Malian officers"),
    ("Reports in September said the junta was close to a deal to hire up to 1,000 Wagner fighters.", None, "strength", "Reports"),
    # an appositive's relative clause is not the speaker
    ("Tabital Pulaaku, an association that defends the interests of Fulani people, said more than 170 villagers had been killed.", 170, "killed", "Tabital Pulaaku"),
    # an inverted "said the official" is the speaker, not the clause before it
    ("Three drivers were killed near Kolokani, said the official.", 3, "killed", "the official"),
    # a clause after ", said" with a verb in -ed and its object is what was said, not an inverted speaker
    ("A Tuareg armed group allied with the government, known by its French acronym GATIA, said its fighters pursued the attackers on Monday and killed 17 militants.", 17, "killed", "gatia"),
    # but a possessive phrase after ", reported" is the reported death, not a speaker
    ("This comes after the Russian mercenary group Wagner, an ally of Mali, reported the death of one of its commanders in the battle.", 1, "killed", "wagner"),
]


@pytest.mark.parametrize("text, low, quantity, claimant", SPEAKERS_OF_WIRE_COPY)
def test_a_wire_copy_figure_has_its_speaker(text, low, quantity, claimant):
    c = one(text)
    assert (c.value_low, c.quantity, c.claimant_id or c.claimant_label) == (low, quantity, claimant)


def test_a_quotation_that_runs_on_after_its_attribution_stays_the_speakers():
    text = ('"Nobody doubts who killed him," General Abakar Djibrine told ATP by telephone from Kidal. '
            '"My men found his body after the battle. He died with about 30 of his fighters around him." Twelve civilians died in the blast.')
    found = {(c.value_low, c.claimant_label) for c in claims_in(text)}
    assert (30, "General Abakar Djibrine") in found
    assert (12, "General Abakar Djibrine") not in found  # the quotation closed: the article speaks again


def test_a_quotation_that_closes_on_another_speaker_is_that_speakers():
    text = '"The attackers came at dawn," Mayor Hamadoun Dicko said. "They came on motorbikes. They killed nine people. We are afraid," said Ali Maiga, a resident.'
    assert [(c.value_low, c.claimant_label) for c in claims_in(text)] == [(9, "Ali Maiga")]


def test_a_force_moved_with_its_owner_credited_to_a_group_or_put_by_whose_strength_is_a_strength():
    cases = [("France completed the withdrawal of its 2,400 troops in August 2022.", 2400, None),
             ("Ghaly merged several groups into JNIM, which U.N. monitors now credit with between 5,000 and 6,000 fighters.", 5000, "U.N. monitors"),
             ("The rebels have gathered a force that officials put at about 1,500 fighters near Kidal.", 1500, "officials"),
             ("The army, whose strength diplomats estimated at between 1,200 and 2,000 men in the region, withdrew on Friday.", 1200, "diplomats")]
    for text, low, claimant in cases:
        found = [(c.value_low, c.quantity, c.claimant_label) for c in claims_in(text)]
        assert (low, "strength") in [(v, q) for v, q, _ in found], text
        assert claimant is None or (low, "strength", claimant) in found, text
    found = claims_in("Wagner handed its men to the Africa Corps, whose strength in Mali is estimated at about 2,500.")
    assert [(c.value_low, c.quantity, c.subject_label) for c in found] == [(2500, "strength", "Africa Corps")]
    assert claims_in("MINUSMA has lost more of its 13,000 peacekeepers than any other UN mission.") == []


def test_whose_number_is_a_strength_only_for_a_force_and_credit_speaks_only_before_a_figure():
    assert [c.quantity for c in claims_in("The displaced, whose number is estimated at 400,000, live in camps near Mopti.")] != ["strength"]
    found = claims_in("Residents credit the militia with protecting the town, where 12 people were killed last year.")
    assert [(c.value_low, c.claimant_label) for c in found] == [(12, "the article")] or [c.claimant_label for c in found] != ["Residents"]


def test_a_toll_brought_to_a_figure_over_days_of_fighting_is_a_count():
    assert (23, "killed") in {(c.value_low, c.quantity) for c in claims_in("Ten soldiers were killed on Saturday, bringing the death toll to 23 in three days of fighting, the army said.")}
    assert [c.value_low for c in claims_in("Nearly one in three new arrivals is sleeping in the open, the agency said.")] == []


def test_people_held_after_an_aside_behind_bars_or_arrived_from_a_region():
    assert [(c.quantity, c.value_low) for c in claims_in("The governor said about 30 civil servants, among them prefects and sub-prefects, were being held by the rebels.")] == [("captured", 30)]
    assert [(c.quantity, c.value_low) for c in claims_in("The standoff has already put four of its employees behind bars.")] == [("captured", 4)]
    assert [(c.quantity, c.value_low) for c in claims_in("Aid workers in Gao said about 6,000 people had arrived from the Kidal region since October.")] == [("displaced", 6000)]


def test_russian_agency_phrasings_of_losses_and_their_speakers():
    c = one("Jama'at Nusrat al-Islam wal-Muslimin (JNIM, a branch of Al-Qaeda, recognized as terrorist and banned in Russia), which says it took part in the fighting, has spoken of 50 Russians killed.")
    assert (c.value_low, c.claimant_id) == (50, "jnim")
    c = one("HUR singles out an ambush near Anefis on 9 July, in which, it says, 11 Africa Corps fighters were killed.")
    assert (c.value_low, c.claimant_id) == (11, "ukraine_hur")
    c = one("Russian military bloggers put Wagner's losses at anywhere between 20 and 80.")
    assert (c.quantity, c.value_low, c.value_high) == ("killed", 20, 80)
    assert [(c.quantity, c.value_low) for c in claims_in("Two Russian servicemen sustained light wounds and have already returned to duty, the Africa Corps added.")] == [("wounded", 2)]
    assert claims_in("The army also said that some 40 hostages held by the militants had been freed.") == []
    found = claims_in("Sixty soldiers were missing after the raids on Boulkessi and Mondoro, it said, adding that 15 attackers had been killed.")
    assert "Sixty soldiers" not in {c.claimant_label for c in found}


def test_night_fell_floors_and_a_population_are_no_casualties():
    assert claims_in("A survivor said that about 50 attackers had arrived as night fell.") == [] or all(c.quantity != "killed" for c in claims_in("A survivor said that about 50 attackers had arrived as night fell."))
    assert [(c.quantity, c.value_low) for c in claims_in("Peacekeepers who entered the building had counted 27 bodies on two floors.")] == [("killed", 27)]
    assert [(c.quantity, c.value_low) for c in claims_in("France, which counts some 6,000 nationals in Mali, says eight French nationals are held hostage in the Sahel.")] == [("captured", 8)]
    assert [(c.quantity, c.value_low) for c in claims_in("Chad said 13 of its soldiers fell in a single battle three days later.")] == [("killed", 13)]


def test_a_time_after_admitted_by_names_no_speaker():
    found = claims_in("At the regional hospital in Kayes, a health worker said seven wounded had been admitted by midday, two of them soldiers.")
    assert {(c.value_low, c.claimant_label, c.status) for c in found} == {(7, "a health worker", "claimed"), (2, "a health worker", "claimed")}


def test_a_lead_under_a_dateline_abroad_speaks_of_that_countrys_presidency():
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import process_article
    text = "Headline\n\nPARIS, Nov 26, 2019 (Test Agency) - Thirteen French soldiers were killed when two helicopters collided in Mali, the presidency said Tuesday.\n\nThe Malian government said it mourned them.\n"
    records = process_article(Article("t", "t.txt", date(2019, 11, 26), "en", {}, "0" * 64, text))
    (c,) = [c for c in records["claims"] if c.value_low == 13]
    assert (c.claimant_id, c.claimant_label) == (None, "the presidency")


def test_new_arrivals_are_displaced_a_ratio_counts_no_one_and_an_average_recorded_says_nothing():
    found = claims_in("In April, our teams registered more than 6,400 new arrivals at the Fassala transit centre, almost twice the monthly average recorded since January. Nearly one in three new arrivals is sleeping in the open.")
    assert [(c.quantity, c.value_low, c.claimant_label) for c in found] == [("displaced", 6400, "our teams")]  # who registered them


def test_a_speakers_own_men_are_the_speakers_losses():
    (c,) = claims_in("The CSP said it had lost nine of its men.")
    assert (c.value_low, c.claimant_id, c.subject_id) == (9, "csp", "csp")


def test_people_who_crossed_from_a_country_are_displaced():
    (c,) = claims_in("An Algerian aid association said that around 1,200 people had crossed from Mali since Sunday.")
    assert (c.quantity, c.value_low, c.claimant_label) == ("displaced", 1200, "An Algerian aid association")


def test_reports_that_opening_a_clause_are_the_claimant_not_reports_someone_received():
    (c,) = claims_in("In September, reports that the junta was close to hiring about 1,000 fighters from Russia's Wagner Group drew warnings from Paris.")
    assert (c.quantity, c.value_low, c.claimant_label) == ("strength", 1000, "reports")
    (c,) = claims_in("Last Thursday, the EU said it had received credible reports that at least 31 civilians had been killed.")
    assert c.claimant_id == "eu"


# strengths (-strong, put or estimated at, there are, count on, comprise), arrivals registered, abductions of, funerals, people taken
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris said it would keep its 3,000-strong force in the region for now.", [("strength", 3000)]),
        ("A 400-strong column of fighters on motorbikes reached the town.", [("strength", 400)]),
        ("European officials put the jihadists at between 2,000 and 3,000 fighters.", [("strength", 2000)]),
        ("About 600 Estonian soldiers will stay in Gao until the summer.", [("strength", 600)]),
        ("The pull-out of some 11,000 troops took eighteen months.", [("strength", 11000)]),
        ("Some 9,000 U.N. peacekeepers and about 1,500 Chadian troops serve in the north.", [("strength", 9000), ("strength", 1500)]),
        ("Its two-year-old son and three-year-old daughter survived.", []),
        ("A camp official said about 4,000 people had been registered at the transit site since Monday.", [("displaced", 4000)]),
        ("The local authorities said they had registered some 900 households by Friday.", [("displaced", 900)]),
        ("The governor said more than 1,500 people had reached his town from the villages since the attack.", [("displaced", 1500)]),
        ("Niger said some 7,000 Malians had crossed its western border in two weeks.", [("displaced", 7000)]),
        ("Some eight million voters were registered to choose a president.", []),
        ("The party said 300 registered members had resigned.", []),
        ("The report counted attacks that led to the abduction of 41 people.", [("captured", 41)]),
        ("A diplomat told reporters their number was between 800 and 1,000.", [("strength", 800)]),
        ("Officials have put the number of Russians in the country at about 2,000.", [("strength", 2000)]),
        ("The ministry put the number of dead soldiers at 17.", [("killed", 17)]),
        ("Funerals for some 40 recruits were held at the barracks on Friday.", [("killed", 40)]),
        ("The gunmen took four Turkish engineers from the quarry.", [("captured", 4)]),
        ("Two Egyptian drivers were taken from their trucks near Kayes.", [("captured", 2)]),
        ("An army helicopter took 12 wounded soldiers to Gao.", [("wounded", 12)]),
        ("The ambush took 20 lives.", [("killed", 20)]),  # lives taken are deaths, not captives
        ("A Western diplomat put the Africa Corps at about 2,000 men.", [("strength", 2000)]),
        ("Diplomats estimate the force at between 1,500 and 1,800 personnel.", [("strength", 1500)]),
        ("Western officials believe there are about 800 Russians in Mali.", [("strength", 800)]),
        ("Monitors wrote that the group could count on between 2,000 and 3,000 fighters.", [("strength", 2000)]),
        ("A military source said some 900 soldiers would be in Tessalit within days.", [("strength", 900)]),
        ("Officials later put the number executed at 40 soldiers.", [("killed", 40)]),
        ("Economists estimated the cost of the blockade at 200 million dollars.", []),
    ],
)
def test_what_a_figure_counts_in_the_shapes_of_the_do_to_ef_corpora(text, expected):
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == expected


def test_according_to_right_after_the_figures_noun_is_its_source():
    (c,) = claims_in("The group claimed the raid on the camp, which killed 40 soldiers according to the government.")
    assert (c.value_low, c.claimant_label or c.claimant_id) == (40, "the government")


# a clause before the tag is no speaker; speakers behind since, now and maintained
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed nine traders near Boni, a local youth association said.", [("killed", 9, "a local youth association")]),
        ("A women's association in Gao that has collected names from families says the toll is at least 60.", [("killed", 60, "A women's association in Gao")]),
        ("The strikes took the lives of at least 14 civilians, a local official said.", [("killed", 14, "a local official")]),
        ("A spokesman said the movement could field more than 2,000 fighters.", [("strength", 2000, "A spokesman")]),
        ("The minister said the joint force would comprise 3,000 troops.", [("strength", 3000, "The minister")]),
        ("The army gave no toll; rights groups have since counted 48 dead.", [("killed", 48, "rights groups")]),
        ("The MSA now puts the number of dead at between 40 and 50.", [("killed", 40, "Movement for the Salvation of Azawad")]),
        ("The French army has maintained since June that about 20 fighters were killed.", [("killed", 20, "French Armed Forces in the Sahel")]),
    ],
)
def test_who_claims_in_the_shapes_of_the_do_to_ef_corpora(text, expected):
    assert [(c.quantity, c.value_low, c.claimant_label) for c in claims_in(text)] == expected


def test_deaths_attributed_are_a_count_and_an_opening_after_the_attack_is_no_speaker():
    (c,) = claims_in("The country was ranked fourth, with 604 deaths attributed to terrorism.")
    assert (c.quantity, c.value_low) == ("killed", 604)
    (c,) = claims_in("After the attack the government announced 95 dead.")
    assert c.claimant_label == "the government"


def test_one_and_the_other_are_the_sources_named_before_and_those_sources_count_no_one():
    found = claims_in("Two security sources, however, told reporters the toll was higher. One said 12 soldiers had been killed. The other put the number of dead at about 15.")
    assert [(c.value_low, c.claimant_label) for c in found] == [(12, "Two security sources"), (15, "Two security sources")]


def test_an_interviews_named_turns_speak_for_their_figures():
    text = ("Headline\n\nRadio Sahel: Awa Traore, what did you see?\n\nAwa Traore: The market burned for hours. We buried 12 people on Sunday.\n\n"
            "RS: The army speaks of five dead.\n\nAT: That is not true. In my village alone, 9 men were killed.\n")
    found = claims_in(text)
    assert [(c.value_low, c.claimant_label) for c in found] == [(12, "Awa Traore"), (5, "The army"), (9, "Awa Traore")]


def test_a_lone_editors_note_is_no_turn():
    found = claims_in("Headline\n\nEditor's note: This story was updated. Gunmen killed 14 villagers on Monday.\n")
    assert [c.claimant_label for c in found] == ["the article"]


# shapes of the EG-EL corpora: a second clause's own verb, a denial with "not a single", people
# freed in a swap, and a clause that is no appositive of the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His bodyguard was killed and two other members of his team were wounded, his party said at the time.", [("killed", 1, "his party"), ("wounded", 2, "his party")]),
        ("The URD spoke of two wounded and of nine members of the delegation taken away with its leader.", [("wounded", 2, "The URD"), ("captured", 9, "The URD")]),
        ("The attack killed three soldiers and wounded two civilians.", [("killed", 3, None), ("wounded", 2, None)]),
        ("Its forces had only repelled an aggression, and not a single civilian was killed by its fighters.", []),
        ("Freed on 8 October with a French aid worker and two Italians, in exchange for some 200 prisoners, he told the press he bore no grudge.", []),
        ("Two soldiers were wounded, the party said.", [("wounded", 2, "the party")]),
        ("Insurers have doubled premiums since a convoy was attacked near Bourem, an ambush in which 11 drivers died, according to the Mali truckers' union.", [("killed", 11, "the Mali truckers' union")]),
        ("The government on Wednesday lowered the toll of Sunday's attack on the village, in the commune of Sangha, to 35 people killed.", [("killed", 35, "The government")]),
        ("The driver said one passenger was killed. The company's director, reached in Bamako, gave a different account: two passengers were killed, he said.", [("killed", 1, "The driver"), ("killed", 2, "The company's director")]),
        ("The release recalls that on 23 March, gunmen killed at least 157 villagers in Ogossagou, some 60 kilometres away, according to UN investigators.", [("killed", 157, "UN investigators")]),
        ("Human Rights Watch said in April 2022 that about 300 civilian men had been killed, citing witnesses.", [("killed", 300, "Human Rights Watch")]),
        ("The army said on Monday that 12 soldiers were killed in the attack, according to a statement.", [("killed", 12, "The army")]),
        ("At dawn, armed men killed at least 157 Fulani villagers there, according to UN investigators; local officials counted 160.", [("killed", 157, "UN investigators"), ("killed", 160, "local officials")]),
        ("The minister reminded the soldiers that 12 of their comrades were killed.", [("killed", 12, "The minister")]),
        ("Mbera camp still holds some 90,000 refugees.", [("displaced", 90000, None)]),
        ("Two residents of Kobou-Tire reached by phone said soldiers had taken away a group of herders.", []),
        ("A gendarmerie source said one guard was killed and two Chinese employees were taken.", [("killed", 1, "A gendarmerie source"), ("captured", 2, "A gendarmerie source")]),
        ("Twelve wounded soldiers were taken to hospital in Gao.", [("wounded", 12, None)]),
        ("Hours after a reshuffle in which two colonels lost the defence and security ministries.", []),
        ("Since Monday, a video of about 40 seconds has been circulating, showing the bodies of the people killed.", []),
        ("About 450 of those detained at the military camp were freed within a week, local officials said.", []),
        ("Chad has committed some 2,000 men, the largest African contingent on the ground.", [("strength", 2000, None)]),
        ("Chad has promised some 2,000 troops, and West African contingents are trickling in.", [("strength", 2000, None)]),
        ("A Western diplomat said about 15 Malian soldiers held by the jihadists were not part of the deal.", [("captured", 15, "A Western diplomat")]),
        ("On the friendly side, two soldiers fell with arms in hand and four others were wounded.", [("killed", 2, None), ("wounded", 4, None)]),
        ("CORRESPONDENT: She is 58 and has lost her shelter twice in five years.", []),
        ('Among the terrorists killed was their chief, known as "the one-eyed", the communique said.', []),
        ("Outside the military camp, dozens of soldiers' wives gathered on Tuesday to demand the names of the dead.", []),
        ("He said two apprentice drivers whom the gunmen had taken away were freed on Wednesday evening.", []),
        ("The camp now holds about 115,000 people, UNHCR says.", []),
    ],
)
def test_what_and_who_in_the_shapes_of_the_eg_to_el_corpora(text, expected):
    assert [(c.quantity, c.value_low, c.claimant_label if c.claimant_basis != "article" and not c.claimant_label.startswith("the article") else None) for c in claims_in(text)] == expected


def test_a_toll_on_the_speakers_own_side_counts_the_speakers_people():
    found = claims_in("Malian soldiers repelled an attack on Friday. The toll is one soldier killed and three wounded on the friendly side, the Malian army said.")
    wounded = next(c for c in found if c.quantity == "wounded")
    assert (wounded.claimant_id, wounded.subject_id, wounded.subject_label) == ("fama", "fama", "the friendly side")


def test_a_foreign_general_staff_is_not_the_home_army():
    found = claims_in("Malian troops took part. The Chadian general staff said that 13 Chadian soldiers and 65 jihadists had been killed in a clash.")
    assert {c.claimant_label for c in found} == {"The Chadian general staff"}
    assert {c.claimant_id for c in found} == {None}


@pytest.mark.parametrize("text, value", [
    ("Russian forces in Mali are estimated at around 1,500 fighters by Western officials.", 1500),
    ("The Kidal base, home to about 850 peacekeepers, was the last of three camps.", 850),
    ("A U.N. peacekeeping mission with more than 13,000 troops is the largest in Africa.", 13000),
    ("Dan Na Ambassagou, a Dogon militia, claims about 5,000 men under arms.", 5000),
])
def test_a_force_told_by_estimate_home_count_or_arms_is_a_strength(text, value):
    found = [c for c in claims_in(text) if c.value_low == value]
    assert [c.quantity for c in found] == ["strength"]


def test_one_of_the_guards_told_him_is_no_strength():
    assert [c for c in claims_in("A vendor whose kiosk faces the camp said one of the guards had told him about a car.") if c.quantity == "strength"] == []


def test_soldiers_posted_in_a_camp_are_no_saying():
    found = claims_in("A local official told AFP by phone that relatives of soldiers posted in the camp had told him more than 30 soldiers had been killed.")
    assert [(c.claimant_label, c.claimant_via) for c in found] == [("relatives of soldiers posted in the camp", "A local official")]


def test_one_as_a_pronoun_is_no_figure():
    assert claims_in("Queues formed at the few stations still selling fuel. At one, roughly 400 motorbikes and cars were waiting when a tanker arrived at midday.", "2025-10-28") == []


def test_a_toll_in_quotation_marks_is_the_possessors_losses():
    (c,) = claims_in("Pro-Wagner Telegram channels put the mercenaries' losses at \"more than 80\", which would make it their worst defeat.", "2024-08-12")
    assert (c.quantity, c.value_low, c.subject_label) == ("killed", 80, "mercenaries")


@pytest.mark.parametrize("text,claimant,subject", [
    ("The channel put the Russian losses at at least six killed.", "The channel", "Russian losses"),
    ("The source said the army had lost at least six men in Diboli.", "The source", "the army’s men"),
    ("Sergeant Moussa said his unit had lost six men in the retreat.", "Sergeant Moussa", "his unit’s men"),
    ("The commander said they lost six men in the retreat.", "The commander", "men"),
    ("The army said the patrol based in Boni had lost six men in the ambush.", "The army", "men"),
    ("A local official said the battalion commanded by Colonel Diarra lost six men.", "A local official", "men"),
    ("A source said the Wagner unit lost four men.", "A source", "the Wagner unit’s men"),
    ("Officials put the Monday dead at 12.", "Officials", None),
])
def test_whose_losses_a_figure_counts(text, claimant, subject):
    c = one(f"Title\n\n{text}\n")
    assert (c.claimant_label, c.subject_label) == (claimant, subject)


def test_a_document_that_lists_a_toll_gives_it_but_lists_compiled_by_others_do_not():
    assert {c.claimant_label for c in claims_in("Title\n\nThe document lists 77 people killed and 255 wounded.\n")} == {"The document"}
    c = one("Title\n\nLeaders told our staff that, according to lists compiled by village chiefs, at least 1,000 civilians had been killed.\n")
    assert c.claimant_label == "Leaders"


def test_which_after_a_sayings_own_statement_is_the_same_speaker():
    found = claims_in("Title\n\nThe army said in a statement read on public television, which put its losses at ten soldiers killed and 13 wounded.\n")
    assert {(c.figure, c.claimant_label) for c in found} == {("ten", "The army"), ("13", "The army")}


def test_which_after_a_statement_someone_rejects_is_not_the_rejecters():
    c = one("Title\n\nThe CSP-PSD firmly rejects the statement broadcast by the junta's television, which claims that dozens of terrorists were neutralised near Ber.\n")
    assert c.claimant_id == "mali_junta"  # the junta's television, not the CSP that rejects it


@pytest.mark.parametrize("text, expected", [
    ("The government statement, read on state television late last night, gives 49 civilians and 15 soldiers killed.",
     [(49, "The government"), (15, "The government")]),
    ("UNHCR and the Mauritanian authorities registered about 4,100 new arrivals from Mali at Fassala.", [(4100, "Government of Mauritania")]),  # the registry's actor (session 38)
    ("In Mauritania, some 22,000 refugees have registered since the first week.", [(22000, "the article")]),
    ("A soldier posted in the area told our newspaper that five soldiers were missing after the fighting.", [(5, "A soldier posted in the area")]),
    ("A former soldier posted photos of bodies, claiming the French had left behind dozens of bodies.", [(24, "A former soldier")]),
    ("In Niger's Tillaberi region, a local official told AFP that residents had reported seven civilians killed.", [(7, "residents")]),
    ("Jun 27, 2012 - Islamists drive the MNLA out of Gao; at least 20 dead [hospital sources].", [(20, "hospital sources")]),
    ("The provisional toll is as follows: 80 terrorists neutralised [neutralises]; several assailants taken alive.", [(80, "the article")]),
])
def test_who_gives_registers_or_posts_a_figure(text, expected):
    """A statement "gives" a toll; a body "registered" a count (not refugees who registered); a
    soldier "posted in the area" is stationed there; "In Niger, a local official told AFP that
    residents …" is no relative clause; a gloss in square brackets is no source."""
    assert [(c.value_low, c.claimant_label) for c in claims_in(text)] == expected


@pytest.mark.parametrize("intro", [
    "We asked Bamako residents about the blockade.",
    '"I spoke to President Goita, in July," the envoy said.',
])
def test_an_introduction_that_names_no_interviewee_names_no_one(intro):
    text = f"Interview\n\n{intro}\n\nQ: How many people died?\n\nA: Gunmen killed 12 people near the town.\n"
    assert [c.claimant_label for c in claims_in(text)] == ["the article"]


def test_an_interviews_introduction_names_who_answers():
    text = ("Interview\n\nWe spoke to Mariam Test-Sow, 38, who coordinates an aid group's work in the camp.\n\n"
            "Q: How many people arrive?\n\nA: In January alone, we saw about 9,000 new arrivals at the transit centre.\n")
    assert [(c.value_low, c.claimant_label) for c in claims_in(text)] == [(9000, "Mariam Test-Sow")]


def test_the_issuer_of_a_translated_statement_stops_before_how_it_was_read():
    text = ("This is our translation of the statement by the General Staff of the Armed Forces read by a presenter of "
            'state broadcaster ORTM on Tuesday.\n\n"The provisional toll is as follows: 80 terrorists neutralised."\n')
    assert [c.claimant_label for c in claims_in(text)] == ["the General Staff of the Armed Forces"]


@pytest.mark.parametrize("text, expected", [
    ("Officials say at least 12 mayors and sub-prefects have been taken in the centre this year.", [("captured", 12)]),
    ("Dozens of passengers were taken off buses near Bandiagara, an official said.", [("captured", 24)]),
    ("Relatives say at least 23 red berets vanished after being taken to the Kati camp.", [("missing", 23)]),
    ("According to the indictment, 21 red berets were taken from their cells at the Kati camp.", [("captured", 21)]),
    ("Two soldiers and a civilian were taken to hospital.", []),
])
def test_people_taken_with_a_second_noun_or_off_buses_and_people_who_vanished(text, expected):
    assert [(c.quantity, c.value_low) for c in claims_in(text)] == expected


def test_people_who_left_their_villages_are_displaced():
    found = claims_in("According to figures collected by TCFS, more than 12,000 people have left their villages along the roads since September.")
    assert [(c.quantity, c.value_low, c.claimant_label) for c in found] == [("displaced", 12000, "TCFS")]  # the body that collected them


def test_people_named_in_an_aside_then_abducted_and_killed_were_killed():
    found = claims_in("In November 2013, two journalists from Radio France Internationale, Ghislaine Dupont and Claude Verlon, "
                      "were abducted and killed outside the town of Kidal.")
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 2)]


@pytest.mark.parametrize("opening, issuer", [
    ("Below are long extracts from the briefing given by the ministry's spokesman, Colonel Laurent Bastide, translated from French.\n\nOn Gao\n\n", "the ministry's spokesman"),
    ("The following statement attributable to the Spokesperson for the Secretary-General was issued today:\n\n", "the Spokesperson for the Secretary-General"),
    ("STATEMENT OF THE GENERAL STAFF OF THE ARMED FORCES\n\n", "THE GENERAL STAFF OF THE ARMED FORCES"),
])
def test_a_document_s_figures_are_its_issuer_s_even_after_a_source_that_is_no_one(opening, issuer):
    """Extracts of a briefing, a statement "attributable to" a spokesperson, a heading that names
    the document: its figures are the issuer's, also after "According to a first count" or "the
    information available at this stage" (no one); a "Background" heading ends the document."""
    text = "Headline\n\n" + opening + (
        '"According to a first count, 65 terrorists were killed. According to the information available at this stage, '
        'ten soldiers lost their lives and five were wounded."\n\nBackground\n\nChad has committed some 2,000 men.\n'
    )
    found = claims_in(text, "2013-02-23")
    issuers = {c.claimant_label for c in found if c.quantity != "strength"}
    assert [(c.quantity, c.value_low) for c in found] == [("killed", 65), ("killed", 10), ("wounded", 5), ("strength", 2000)]
    assert issuers == {issuer}
    assert found[-1].claimant_basis == "article"


def test_a_communiques_count_with_its_figure_in_brackets_is_no_claimant():
    """'fifty-three (53) dead …, ten (10) survivors found': the survivors are counted, they do
    not speak for the toll before them."""
    from datetime import date

    from timeline.corpus import Article

    text = ("COMMUNIQUE\n\n2. The provisional toll is as follows: fifty-three (53) dead on the side of the FAMa, "
            "one (01) civilian killed, ten (10) survivors found, and considerable material damage.\n")
    claims = assemble([Article("q", "q.txt", date(2019, 11, 3), "en", {}, "0" * 64, text)])["claims"]
    dead = claims[(claims["quantity"] == "killed") & (claims["value_low"] == 53)]
    assert len(dead) == 1 and "survivors" not in str(dead.iloc[0]["claimant_label"])


def test_a_numbered_document_reproduced_after_an_editors_note_is_its_signers():
    """'Editor's note: We reproduce below …' / 'COMMUNIQUÉ No. 002' / … / 'Ahmed Ag Bilal,
    spokesman': the figures under the heading are the signer's; an unsigned 'DECLARATION No.
    001' gives them to the document; a release that is the page itself stays the article's."""
    text = ("Headline\n\nEditor's note: We reproduce below two documents received by our newsroom today.\n\n"
            "DECLARATION No. 001\n\nThe movements salute the fighters who fell, and the 14 civilians who died on 3 May.\n\n"
            "COMMUNIQUÉ No. 002\n\nThis morning, drones struck a house. Five members of our movement were martyred. "
            "Three people were wounded.\n\nAhmed Ag Bilal, spokesman\n")
    found = {(c.quantity, c.value_low): c.claimant_label for c in claims_in(text, "2024-12-01")}
    assert found == {("killed", 14): "DECLARATION No. 001", ("killed", 5): "Ahmed Ag Bilal, spokesman", ("wounded", 3): "Ahmed Ag Bilal, spokesman"}
    own = claims_in("Headline\n\nPRESS RELEASE\n\nSome 2,800 people were displaced this week, the agency said.\n", "2024-02-16")
    assert [c.claimant_label for c in own] == ["the agency"]
    page = claims_in("Headline\n\nPRESS RELEASE\n\nSome 2,800 people fled their homes this week.\n", "2024-02-16")
    assert [c.claimant_basis for c in page] == ["article"]


@pytest.mark.parametrize("text, claimant", [
    ("Partners were unable to confirm at least three drivers killed, a figure given to a local NGO by the drivers' families.", "the drivers' families"),
    ("Seven soldiers were killed, a toll given to reporters on Monday by the army.", "the army"),
    ("The group's count, which draws on hospital records, puts the toll at 45 dead.", "The group"),
    ("Police reports said nine people were wounded.", "Police reports"),
    ("The ministry records 12 dead.", "The ministry"),
    ("Western media reports that about 40 soldiers were wounded.", "Western media"),
])
def test_who_gives_a_figure_past_its_listener_and_what_it_rests_on(text, claimant):
    """A listener between a participle and 'by' ('given to a local NGO by'), what a count draws
    on ('hospital records': a noun, no saying) are no speaker."""
    assert [c.claimant_label for c in claims_in("Headline\n\n" + text + "\n", "2025-09-10")] == [claimant]


def test_a_tally_drawing_on_sources_is_the_tallys_and_a_story_based_on_sources_is_theirs():
    """'Our own tally, based on local sources and rebel statements, counts …': the outlet's own
    count; 'An earlier version of this story, based on two sources, said …': the sources."""
    tally = one("Headline\n\nOur own tally, based on local sources and rebel statements, counts at least 120 civilians killed.\n", "2025-01-10")
    assert tally.claimant_basis == "article"
    story = one("Headline\n\nAn earlier version of this story, based on two sources, said at least 15 soldiers had died.\n", "2025-01-10")
    assert story.claimant_label.endswith("two sources")


@pytest.mark.parametrize("text, expected", [
    ("The Katiba returned in June and killed, by the government's own count, 132 civilians.", [("killed", 132, "the government")]),
    ("The wounded, thirteen in number, have been evacuated to the health centres of Bankass.", [("wounded", 13, None)]),
    ("1. presents its most sincere condolences to the bereaved families and wishes a prompt recovery to the wounded;", []),
    ("The first two TB2s arrived in December.", []),
    ("By the evening the general staff in Paris confirms that Sergeant Harold Vormezeele was killed.", [("killed", 1, "the general staff in Paris")]),
    ("Jan. 11 - France launches air strikes. A French helicopter pilot is killed on the first day.", [("killed", 1, None)]),
    ("The siege ends Jan. 19; Algeria says 37 foreign hostages and 29 militants died.", [("killed", 37, "algeria"), ("killed", 29, "algeria")]),
    ("A driver said a colleague had seen gunmen lead away seven drivers.", [("captured", 7, "A driver")]),
    ('Estimates vary: the union counted at least five drivers, while a JNIM video boasted of "dozens" of soldiers killed.', [("killed", 24, "jnim")]),
])
def test_figures_told_the_ways_reports_tell_them(text, expected):
    """A source set off between verb and figure; 'the wounded, thirteen in number'; a numbered
    item's mark and a machine's model code count no one; a rank and a name, a present-tense
    chronology, a death both joined figures share, 'lead away', 'boasted of'."""
    found = [(c.quantity, c.value_low, c.claimant_id or (None if c.claimant_basis == "article" else c.claimant_label)) for c in claims_in("Headline\n\n" + text + "\n", "2023-01-20")]
    assert found == expected


def test_a_toll_announced_before_a_colon_gives_the_next_lines_figures():
    """Hard-wrapped copy puts "N'Djamena has published its toll of the battle:" on its own line:
    the figures on the next line are N'Djamena's."""
    found = claims_in("Headline\n\nN'Djamena has published its toll of the battle:\n\n13 Chadian soldiers killed, five wounded, and 65 jihadists killed.\n", "2013-02-24")
    assert [(c.value_low, c.claimant_id) for c in found] == [(13, "chad"), (5, "chad"), (65, "chad")]


def test_a_verbatim_record_s_turns_go_on_until_the_next_speaker():
    """'Minister of Defence: …' then a paragraph with no tag: still the minister; 'Hon. Mariam
    Guindo (supplementary question): …' (no sentence break after 'Hon.') is the deputy's turn."""
    text = ("Verbatim record\n\nHon. Mariam Guindo: Thank you, Mr President. Residents told me that eight civilians were killed.\n\n"
            "Minister of Defence: Thank you, honourable member. The strike hit a group of armed men.\n\n"
            "The general staff's assessment is that 11 terrorists were neutralised.\n\n"
            "Hon. Mariam Guindo (supplementary question): Mr Minister, last June the terrorists killed more than a hundred people in Diallassagou.\n\n"
            "Minister of Defence: Honourable member, the army reached Diallassagou within 48 hours.\n")
    found = {c.value_low: c.claimant_label for c in claims_in(text, "2023-01-20")}
    assert found[11] in ("Minister of Defence", "the general staff") and "Guindo" in found[100]


@pytest.mark.parametrize("text, expected", [
    ("The MNLA gave another account. Its spokesman in Paris, Mossa Ag Attaher, said the fighters had killed more than 40 soldiers.", [("killed", 40, "mnla")]),
    ("In Mopti, the regional governor, Colonel Ibrahima Diarra, said that some 3,000 displaced persons had been registered.", [("displaced", 3000, "the regional governor, Colonel Ibrahima Diarra")]),
    ("Its spokesman, Mohamed Ag Elmoctar, told Test Radio that its fighters had captured 14 soldiers.", [("captured", 14, "Mohamed Ag Elmoctar")]),
    ("Malian authorities should release the eleven political leaders arrested last week in Bamako, Rights Watch Sahel said today.", [("captured", 11, "Rights Watch Sahel")]),
    ("The Movement for the Salvation of Azawad (MSA), an armed group allied with the army, said its fighters caught up with the attackers near the border. Its spokesman, Ibrahim Ag Almoustapha, said the movement had killed more than 40 Islamic State fighters.", [("killed", 40, "msa")]),
    ("JNIM hit two camps at night, and the toll went from 25 to 38 in four days.", [("killed", 25, None), ("killed", 38, None)]),
    ("A UN report published in May 2023 said at least 500 people had been killed.", [("killed", 500, "un")]),
    ("More than 41,000 people have fled their homes, up from 33,100 reported in Flash Update No. 1 of 28 August.", [("displaced", 41000, None)]),
    ("Our own event data, compiled from local media and partner reports, record at least 430 fatalities.", [("killed", 430, "Our own event data")]),
    ("The attackers had lost dozens of their own, the army said.", [("killed", 24, "the army")]),
])
def test_who_speaks_when_a_role_and_a_name_are_set_side_by_side(text, expected):
    """A role before a name speaks for its body ('Its spokesman in Paris, Mossa Ag Attaher'), a
    role no registry holds keeps both, a role with no antecedent leaves the name; a capital's toll
    is its government's and a toll 'from 25 to 38' is two figures; a year or an aside's plural
    noun is no participle or saying."""
    found = [(c.quantity, c.value_low, c.claimant_id or (None if c.claimant_basis == "article" else c.claimant_label)) for c in claims_in("Headline\n\n" + text + "\n", "2024-01-20")]
    assert found == expected


def test_dozens_of_their_own_are_the_losers_and_a_press_release_on_one_line_is_its_issuer():
    """'the attackers had lost "dozens" of their own': the attackers'; 'MINISTRY OF THE ARMED
    FORCES — PRESS RELEASE' over a Paris dateline is the French ministry's, until "Editors' note"."""
    lost = one('Headline\n\nAn army spokesman said that the attackers had lost "dozens" of their own.\n', "2012-02-01")
    assert lost.subject_label == "the attackers"
    text = ("Headline\n\nWhat follows is our own rendering of the communiqué.\n\nMINISTRY OF THE ARMED FORCES — PRESS RELEASE\n"
            "Paris, 26 November 2019\n\nThe dead were six officers and a corporal.\n\nEditors' note\n\nIt brings to 41 the number of French soldiers killed.\n")
    found = {c.value_low: c.claimant_label or c.claimant_id for c in claims_in(text, "2019-11-26")}
    assert found[6] == "MINISTRY OF THE ARMED FORCES" and found[41].startswith("the article")


def test_a_capitals_toll_is_its_governments():
    """"Bamako's toll went from 25 to 38": the government's figures (names.with_capital_speakers)."""
    from timeline.corpus import Article
    from datetime import date

    text = "Headline\n\nJNIM hit two camps at night, and Bamako's toll went from 25 to 38 in four days.\n"
    claims = assemble([Article("q", "q.txt", date(2019, 10, 4), "en", {}, "0" * 64, text)])["claims"]
    assert sorted(zip(claims["value_low"], claims["claimant_id"])) == [(25, "mali_government"), (38, "mali_government")]


def test_in_a_radio_transcript_the_one_the_reporter_spoke_to_tells_and_we_is_the_turns_speaker():
    """'CORRESPONDENT (X): … I spoke this morning to a driver … He told me …': the driver, not the
    turn's tag line; 'MINISTER: … we have registered about 38,000 displaced people': the minister;
    'according to its sources' after 'HUR said' is HUR's."""
    text = ("Transcript\n\nPRESENTER: We begin with Anefis. The army says it entered the town.\n\n"
            "CORRESPONDENT (Abdoulaye Touré): Thank you, Fatoumata. I spoke this morning to a driver who came back from the column. "
            "He told me that his cousin had seen at least eight soldiers killed in the ambush.\n\n"
            "PRESENTER: And the displaced?\n\nMINISTER: The figure of the agencies is their figure. We have registered about 38,000 displaced people since January.\n")
    found = {c.value_low: c.claimant_label for c in claims_in(text, "2023-10-08")}
    assert found[8] == "a driver" and found[38000] == "MINISTER"
    hur = one("Headline\n\nUkraine's Defence Intelligence (HUR) said in a post on Sunday that, according to its sources, at least 15 Wagner fighters had been killed.\n", "2023-10-09")
    assert hur.claimant_id == "ukraine"


def test_a_bodys_named_man_is_the_he_who_speaks_next_and_an_interview_is_introduced_with_adverbials():
    """'A CMA spokesman, Mossa Ag Elmehdi, gave a very different account. He said …': the CMA, not
    the GATIA official before; 'We spoke by telephone on Thursday with the Platform's spokesman,
    Ahmed Ag Bakrene, …' introduces who answers; 'the toll of the summer' is no one's dead."""
    text = ("Headline\n\nThe CMA fought GATIA. Ibrahim Ag Mohamedoun, a senior GATIA official, told Sahel Newswire that his fighters had lost three men. "
            "A CMA spokesman, Mossa Ag Elmehdi, gave a very different account. He said that only four CMA fighters had been killed.\n")
    found = {c.value_low: c.claimant_id or c.claimant_label for c in claims_in(text, "2016-07-25")}
    assert found[4] == "cma"
    interview = ("Headline\n\nWe spoke by telephone on Thursday with the Platform's spokesman, Ahmed Ag Bakrene, 41, a former teacher.\n\n"
                 "Q: What happened at Takalot?\n\nA: At Takalot, on 26 July, we lost eight men.\n")
    assert [c.claimant_label for c in claims_in(interview, "2017-08-25")] == ["Ahmed Ag Bakrene"]
    summer = one("Headline\n\nA MINUSMA source puts the toll of the summer at about 60 dead on both sides.\n", "2017-10-01")
    assert "summer" not in (summer.subject_label or "")


def test_a_numbered_communique_is_the_body_that_opens_it_and_a_section_heading_ends_it():
    """'COMMUNIQUÉ No. 07/2018 / The Executive Bureau of the Jamtan Pulaaku Association learned …':
    the bureau's figures; 'OTHER HEADLINES' ends a reposted joint communiqué; 'seven French soldiers
    have given their lives' is a toll."""
    text = ("Headline\n\nWe publish below the communiqué the association sent to the press.\n\nCOMMUNIQUÉ No. 07/2018\n\n"
            "The Executive Bureau of the Jamtan Pulaaku Association learned with deep sorrow of the massacre.\n\n"
            "According to survivors, armed men killed at least 32 people. Ten others are still missing.\n\n"
            "OTHER HEADLINES\n\nDuring the ground sweep that followed, two soldiers were slightly wounded.\n")
    found = {c.value_low: c.claimant_label for c in claims_in(text, "2018-06-27")}
    assert "Jamtan Pulaaku" in found[10] and found[2].startswith("the article")
    toll = one("Headline\n\nSince France intervened on 11 January 2013, seven French soldiers have given their lives in Mali.\n", "2013-11-03")
    assert (toll.quantity, toll.value_low) == ("killed", 7)
