"""The act told once and told again (timeline/repeated_acts.py): a list of places or dates after
an act's own date repeats it, with its own date; nothing else does."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.repeated_acts import repeated_date_triggers

from conftest import mentions_in


def _dated(text: str, published: str, event_type: str) -> list[tuple[date, date, str | None]]:
    return sorted((m.start_date, m.end_date, m.place_id) for m in mentions_in(text, published) if m.event_type == event_type and m.start_date is not None)


def test_a_gapped_list_of_places_after_a_semicolon_repeats_the_hand_over():
    text = "Ber was handed over on August 13 amid fighting between the army and the CSP; Tessalit on October 21; Kidal on October 31."
    assert [(s, p) for s, _, p in _dated(text, "2024-01-10", "withdrawal")] == [(date(2023, 8, 13), "ber"), (date(2023, 10, 21), "tessalit"), (date(2023, 10, 31), "kidal")]


def test_a_listed_camp_named_by_its_town_takes_its_own_date():
    text = "Lere was handed over on 1 October 2023, and the main Timbuktu camp in late December 2023, days before the mandate expired."
    assert [p for _, _, p in _dated(text, "2024-01-10", "withdrawal")] == ["lere", "timbuktu"]


def test_dates_listed_with_their_preposition_repeat_the_act_with_its_actors_and_place():
    found = [m for m in mentions_in("Jihadists attacked Boni on 3 May, on 9 May and again on 14 May, residents said.", "2023-06-01") if m.event_type == "attack"]
    assert sorted(m.start_date for m in found) == [date(2023, 5, 3), date(2023, 5, 9), date(2023, 5, 14)]
    assert {m.place_id for m in found} == {"boni"} and all(m.actor_ids for m in found)


def test_years_listed_after_a_rebellion_are_three_rebellions():
    years = [s.year for s, _, _ in _dated("Mali's north rebelled against the capital in 1963, in 1990 and in 2006.", "2024-01-10", "rebellion")]
    assert years == [1963, 1990, 2006]


def test_a_participle_after_the_act_may_carry_the_first_date():
    text = "- Recalls that the Agreement for Peace and Reconciliation in Mali resulting from the Algiers process, signed on 15 May 2015 and on 20 June 2015, crowned eight months of talks."
    assert date(2015, 6, 20) in [s for s, _, _ in _dated(text, "2017-03-01", "peace_agreement")]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the camp, which was built in 2015, on Sunday.",  # an aside's date is no first date of the act
    "Gunmen attacked the village in January, and in March the army came back.",  # a clause of its own
    "The army retook Gao on Monday; Kidal remained in rebel hands on Tuesday, officials said.",  # a subject with its own verb
])
def test_no_repeat_where_the_list_goes_on_with_a_clause_of_its_own(text):
    assert len(_dated(text, "2024-03-05", "attack") + _dated(text, "2024-03-05", "territory_regained")) <= 1


def test_repeated_date_triggers_leave_a_sentence_without_a_list_alone():
    triggers = [(9, 17, "attack")]
    assert repeated_date_triggers("Gunmen attacked the post on Monday.", triggers, [(30, 36)]) is triggers


def test_a_day_restated_after_a_comma_is_not_the_act_repeated():
    assert len(_dated("Jihadists attacked Dioura on Sunday, on 17 March, killing 23 soldiers.", "2019-06-01", "attack")) == 1
    assert len(_dated("The MNLA attacked Aguelhok in January 2012, on 24 January, killing dozens of soldiers.", "2019-06-01", "attack")) == 1


def test_a_date_before_and_was_retaken_ends_the_first_verbs_clause():
    text = "Timbuktu fell to jihadist groups in April 2012 and was retaken by French and Malian forces in late January 2013."
    found = {m.event_type: m.start_date for m in mentions_in(text, "2022-08-19")}
    assert found["territory_seized"] == date(2012, 4, 1) and found["territory_regained"] == date(2013, 1, 21)
