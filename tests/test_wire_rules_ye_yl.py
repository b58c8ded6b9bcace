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
    attacks = {m.start_date for m in _digest() if m.place_id == "ouagadougou"}
    assert attacks == {date(2017, 3, 5)}  # the Sunday before Tuesday 7 March, not Sunday 12


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
    ("When the press group met the HAC's president in Bamako on 18 June, he promised a hearing.", date(2024, 9, 20), ("diplomatic_call", date(2024, 6, 18))),
    ("Nobody was hurt when police broke up a gathering of about 200 students on Thursday morning.", date(2024, 3, 16), ("protest", date(2024, 3, 14))),
    ("The Authority notes the adoption, on 17 June 2022, of a new electoral law.", date(2022, 7, 3), ("legislation", date(2022, 6, 17))),
    ("The Interministerial Committee on Thursday published a revised toll of the floods.", date(2024, 9, 13), ("report_published", date(2024, 9, 12))),
    ("The Government declared a state of national disaster on 23 August.", date(2024, 9, 13), ("curfew", date(2024, 8, 23))),
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
