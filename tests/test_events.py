"""Events on the seeds: one row per real event with the dates the issue lists; mention rules."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from timeline.corpus import load_corpus
from timeline.pipeline import assemble
from timeline.validate import failures

from conftest import RAW, mentions_in


@pytest.fixture(scope="module")
def frames():
    return assemble(load_corpus(RAW))


def events_of(frames, event_type, start, end=None, **more):
    events = frames["events"]
    chosen = events[(events["event_type"] == event_type) & (events["start_date"] == pd.Timestamp(start))]
    chosen = chosen[chosen["end_date"] == pd.Timestamp(end or start)] if end or event_type else chosen
    for column, value in more.items():
        chosen = chosen[chosen[column] == value]
    return chosen


@pytest.mark.parametrize(
    "event_type, start, end, precision, place",
    [
        ("rebellion", "2012-01-01", "2012-12-31", "year", "northern_mali"),
        ("coup", "2020-01-01", "2020-12-31", "year", None),
        ("coup", "2021-01-01", "2021-12-31", "year", None),
        ("expulsion", "2022-01-01", "2022-12-31", "year", None),
        ("offensive", "2023-01-01", "2023-12-31", "year", "kidal"),
        ("death", "2023-01-01", "2023-12-31", "year", None),
        ("armed_clash", "2024-07-25", "2024-07-27", "day", "tinzaouaten"),
        ("public_statement", "2024-07-28", "2024-07-28", "day", None),
        ("public_statement", "2024-07-29", "2024-07-29", "day", None),
        ("casualty_claim", "2024-08-01", "2024-08-01", "day", None),
    ],
)
def test_each_milestone_is_one_row_with_its_dates(frames, event_type, start, end, precision, place):
    rows = events_of(frames, event_type, start, end)
    assert len(rows) == 1, frames["events"][["title", "event_type", "start_date", "end_date"]]
    assert rows.iloc[0]["date_precision"] == precision
    if place:
        assert rows.iloc[0]["place_id"] == place


def test_the_battle_is_one_row_and_the_ambush_is_within_it(frames):
    events = frames["events"]
    battle = events[events["event_type"] == "armed_clash"]
    battle = battle[battle["start_date"].dt.year == 2024]
    assert len(battle) == 1
    battle = battle.iloc[0]
    assert battle["n_sources"] == 5
    ambush = events[events["event_type"] == "ambush"]
    assert list(ambush["parent_event_id"]) == [battle["event_id"]]
    assert list(ambush["start_date"]) == [pd.Timestamp("2024-07-27")]


def test_the_statements_carry_their_speakers(frames):
    sunday = events_of(frames, "public_statement", "2024-07-28").iloc[0]
    assert "csp" in sunday["actor_ids"]
    monday = events_of(frames, "public_statement", "2024-07-29").iloc[0]
    assert "wagner" in monday["actor_ids"]


def test_the_lavrov_call_is_dated_by_its_report(frames):
    call = events_of(frames, "diplomatic_call", "2024-08-01")
    assert len(call) == 1
    assert call.iloc[0]["date_basis"] == "reported"
    assert "lavrov" in call.iloc[0]["actor_ids"]


def test_wagners_arrival_is_one_event_with_a_disputed_date(frames):
    arrival = frames["events"][frames["events"]["event_type"] == "deployment"]
    assert len(arrival) == 1
    arrival = arrival.iloc[0]
    assert arrival["date_disputed"] and "wagner" in arrival["actor_ids"] and arrival["n_sources"] == 3
    mentions = frames["mentions"][frames["mentions"]["event_id"] == arrival["event_id"]]
    assert {d.year for d in mentions["start_date"]} == {2021, 2022}, "each source keeps its own date"


def test_a_range_over_two_coups_is_left_ambiguous(frames):
    mentions = frames["mentions"]
    series = mentions[mentions["quote"].str.contains("series of coups")]
    assert list(series["link_status"]) == ["ambiguous"]


def test_every_table_of_the_build_validates(frames):
    assert len(failures(frames)) == 0


def test_a_date_in_another_clause_does_not_date_the_trigger():
    (m,) = [m for m in mentions_in("The junta, which seized power in 2020, expelled French forces.") if m.event_type == "expulsion"]
    assert m.start_date is None and m.date_basis == "undated"


def test_a_light_clause_lends_its_date():
    (m,) = [m for m in mentions_in("On Thursday, heavy fighting erupted near Kidal.") if m.event_type == "armed_clash"]
    assert (m.start_date, m.date_basis, m.place_id) == (date(2024, 7, 25), "occurred", "kidal")


def test_an_event_told_after_a_dated_saying_is_reported():
    found = mentions_in("The ministry announced on Monday that Lavrov had discussed security with Diop.")
    call = [m for m in found if m.event_type == "diplomatic_call"][0]
    assert (call.start_date, call.date_basis) == (date(2024, 7, 29), "reported")


def test_a_saying_without_its_own_date_is_not_an_event():
    assert [m for m in mentions_in("On Thursday, fighting erupted as the army claimed to have retaken Kidal.") if m.event_type == "public_statement"] == []


def test_plural_trigger_with_listed_years_gives_one_mention_per_year():
    found = [m for m in mentions_in("The army took control in coups in 2020 and 2021.") if m.event_type == "coup"]
    assert sorted(m.start_date.year for m in found) == [2020, 2021]


def test_a_trigger_pattern_may_mark_a_space_optional_but_not_repeat_it(monkeypatch):
    from timeline import event_lexicon

    header, original = "pattern,event_type,notes\n", event_lexicon.resource_text
    event_lexicon.event_types()  # read before the lexicon is replaced
    monkeypatch.setattr(event_lexicon, "resource_text", lambda name: header + "air ?strikes?,air_strike,\n" if name == "triggers.csv" else original(name))
    pattern = event_lexicon._triggers.__wrapped__()[0][0]
    assert pattern.search("airstrikes") and pattern.search("air\nstrike") and not pattern.search("air  strike")
    monkeypatch.setattr(event_lexicon, "resource_text", lambda name: header + "air +strikes?,air_strike,\n")
    with pytest.raises(ValueError, match="row 2"):
        event_lexicon._triggers.__wrapped__()


def test_a_trigger_row_with_an_unquoted_comma_in_its_note_is_refused(monkeypatch):
    """A note with a comma, unquoted, spills into extra fields that the reader would drop silently."""
    from timeline import event_lexicon

    header, original = "pattern,event_type,notes\n", event_lexicon.resource_text
    event_lexicon.event_types()
    monkeypatch.setattr(event_lexicon, "resource_text", lambda name: header + "airstrikes,air_strike,'strikes', not strikers\n" if name == "triggers.csv" else original(name))
    with pytest.raises(ValueError, match="row 2: more fields"):
        event_lexicon._triggers.__wrapped__()
