"""Dates as news writes them around other dates: shared years, "last October", "this morning"."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.corpus import Article
from timeline.dates import tag
from timeline.pipeline import process_article


def values(text: str, published: str) -> dict[str, tuple[date, date]]:
    return {t.text: (t.start, t.end) for t in tag(text, published)}


def test_a_yearless_date_takes_the_year_written_after_its_partner():
    found = values("The accord was signed in two stages, on May 15 and June 20, 2015.", "2024-06-01")
    assert found["May 15"] == (date(2015, 5, 15), date(2015, 5, 15))


def test_a_yearless_month_told_right_after_a_dated_event_takes_its_year():
    found = values("Soldiers ousted Toure on March 22, 2012, and by April the rebels held the north.", "2024-06-01")
    assert found["April"] == (date(2012, 4, 1), date(2012, 4, 30))


def test_a_month_told_after_a_verb_keeps_the_publication_year():
    found = values("The accord signed in June 2015 was scrapped in January.", "2024-06-01")
    assert found["January"] == (date(2024, 1, 1), date(2024, 1, 31))


@pytest.mark.parametrize("published, expected", [("2025-07-10", date(2024, 10, 1)), ("2025-10-20", date(2024, 10, 1)), ("2025-11-02", date(2025, 10, 1))])
def test_last_month_name_is_the_latest_such_month_before_the_current_one(published, expected):
    (t,) = tag("Goita was promoted last October.", published)
    assert t.start == expected


def test_this_morning_is_the_publication_day():
    (t,) = tag("Gunmen attacked a gendarmerie school early this morning.", "2024-09-17")
    assert (t.start, t.end, t.precision) == (date(2024, 9, 17), date(2024, 9, 17), "day")


def test_last_night_is_the_day_before_publication():
    (t,) = tag("Fighting raged in Kidal last night.", "2014-05-18")
    assert (t.start, t.precision) == (date(2014, 5, 17), "day")


def test_a_date_an_event_is_set_for_lies_ahead():
    (t,) = tag("The first round of the election is set for July 28.", "2013-06-18")
    assert (t.start, t.tense) == (date(2013, 7, 28), "future")


@pytest.mark.parametrize("text, published, expected", [
    ("He was freed at the weekend.", "2020-10-09", (date(2020, 10, 3), date(2020, 10, 4))),
    ("He was freed over the weekend.", "2020-10-04", (date(2020, 10, 3), date(2020, 10, 4))),
    ("Fighting flared last weekend.", "2020-10-04", (date(2020, 9, 26), date(2020, 9, 27))),
])
def test_the_weekend_is_the_last_saturday_and_sunday(text, published, expected):
    (t,) = tag(text, published)
    assert (t.start, t.end) == expected


def test_a_possessive_month_is_a_date():
    (t,) = tag("Belmokhtar was behind January's siege of a gas plant.", "2013-03-02")
    assert (t.start, t.end) == (date(2013, 1, 1), date(2013, 1, 31))


def test_a_possessive_month_opening_a_text_does_not_crash():
    (t,) = tag("January's siege ended in a bloodbath.", "2013-03-02")
    assert (t.start, t.end) == (date(2013, 1, 1), date(2013, 1, 31))


def test_a_weekend_ahead_is_the_next_one():
    (t,) = tag("Talks will be held this weekend.", "2024-07-25")
    assert (t.start, t.end, t.tense) == (date(2024, 7, 27), date(2024, 7, 28), "future")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Gunmen struck overnight Friday to Saturday.", date(2023, 10, 8), ("2023-10-06", "2023-10-07")),
        ("The raid came in the night of Saturday to Sunday.", date(2022, 7, 25), ("2022-07-23", "2022-07-24")),
        ("The attack came overnight Friday to Saturday.", date(2023, 10, 7), ("2023-10-06", "2023-10-07")),
    ],
)
def test_a_night_across_two_days_is_both_days(text, published, expected):
    (t,) = [t for t in tag(text, published) if t.kind == "range"]
    assert (t.start.isoformat(), t.end.isoformat()) == expected


def test_a_night_with_its_days_and_month_named_is_both_days():
    from timeline.dates import tag

    (night,) = [t for t in tag("In the night of Sunday 14 to Monday 15 September, a convoy was attacked.", "2025-09-17") if "night" in t.text]
    assert (str(night.start), str(night.end), night.kind) == ("2025-09-14", "2025-09-15", "range")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Islamist groups seized the north in April last year.", ("April last year", "2012-04-01", "2012-04-30")),
        ("Its worst loss came in July last year near Tinzaouaten.", ("July last year", "2012-07-01", "2012-07-31")),
        ("A vote is to be held in January next year.", ("January next year", "2014-01-01", "2014-01-31")),
        ("In late July last year a column was routed near Tinzaouaten.", ("late July last year", "2012-07-21", "2012-07-31")),
        ("Gunmen attacked the camp on March 3 last year.", ("March 3 last year", "2012-03-03", "2012-03-03")),
        ("Killings doubled in the last quarter of 2012, the report said.", ("last quarter of 2012", "2012-10-01", "2012-12-31")),
        ("Aid fell in the first half of 2012.", ("first half of 2012", "2012-01-01", "2012-06-30")),
    ],
)
def test_a_month_of_last_this_or_next_year_is_one_expression(text, expected):
    from timeline.dates import tag

    assert [(t.text, str(t.start), str(t.end)) for t in tag(text, "2013-01-16")] == [expected]


def test_a_day_that_should_come_is_in_the_future():
    from timeline.dates import tag

    (t,) = tag("Classes should resume on Nov. 10 if supplies improve.", "2025-10-28")
    assert (str(t.start), t.tense) == ("2025-11-10", "future")


def test_a_length_and_a_half_is_a_fractional_iso_duration():
    from timeline.dates import tag

    (t,) = tag("Wagner left after three and a half years in Mali.", "2025-06-09")
    assert (t.text, t.kind, t.duration) == ("three and a half years", "duration", "P3.5Y")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("More than 5,000 people have fled since the start of the year.", ("since the start of the year", "2022-01-01", "2022-08-10")),
        ("The troops must leave Mali by 31 December.", ("31 December", "2022-12-31", "2022-12-31")),
    ],
)
def test_the_start_of_the_year_and_a_deadline_that_must_be_met(text, expected):
    from timeline.dates import tag

    assert [(t.text, str(t.start), str(t.end)) for t in tag(text, "2022-08-10")] == [expected]


def test_an_announced_part_of_this_year_is_cut_after_publication_and_still_validates():
    """'late this year' names Sept-Dec; what is announced starts after the article."""
    import pandas as pd
    from timeline.dates import tag
    from timeline.schemas import _precision_agrees

    [t] = tag("The mission is due to leave Mali by late this year.", "2023-09-13")
    assert (str(t.start), str(t.end), t.tense, t.edtf) == ("2023-09-14", "2023-12-31", "future", "2023-09/2023-12")
    row = pd.DataFrame([dict(kind=t.kind, start=t.start, end=t.end, precision=t.precision, tense=t.tense)])
    assert _precision_agrees(row).all()
    assert not _precision_agrees(row.assign(tense="past")).all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MINUSMA left Mali at the end of 2023.", ("2023-12-21", "2023-12-31", "day")),
        ("Wagner arrived in late 2021.", ("2021-09-01", "2021-12-31", "month")),
        ("The talks ended at the end of October 2023.", ("2023-10-21", "2023-10-31", "day")),
        ("Rebels had gained ground by the end of the 2010s.", ("2017-01-01", "2019-12-31", "year")),
    ],
)
def test_the_end_of_a_year_is_its_last_days_and_late_its_last_third(text, expected):
    """"the end of 2023" is late December (as "the end of October" is its last ten days);
    "late 2021" is the last third of the year."""
    from timeline.dates import tag

    [t] = tag(text, "2025-06-18")
    assert (str(t.start), str(t.end), t.precision) == expected
    assert t.approximate


def test_a_day_of_this_or_last_year_takes_the_year_it_names():
    """"January 29 of this year" is one date in the year of publication, whatever year the
    paragraph before told; "March 3 of last year" is in the year before."""
    from timeline.dates import tag

    found = tag("They left ECOWAS in January 2024. The exit took effect on January 29 of this year, a year after March 3 of last year.", "2025-06-07")
    assert [(t.text, str(t.start)) for t in found][1:] == [("January 29 of this year", "2025-01-29"), ("March 3 of last year", "2024-03-03")]


def test_the_year_alone_after_of_is_no_date():
    from timeline.dates import tag

    assert tag("Fighting went on for most of the year.", "2022-08-10") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("A convoy was attacked between Kayes and Diema on the 11th.", "2025-09-16", date(2025, 9, 11)),
        ("Clashes broke out around the town on the 20th, residents said.", "2025-09-16", date(2025, 8, 20)),
        ("Fighting resumed on the 28th and spread.", "2025-01-05", date(2024, 12, 28)),
    ],
)
def test_a_day_of_the_month_alone_is_the_last_such_day_up_to_publication(text, published, expected):
    assert [v for v in values(text, published).values()] == [(expected, expected)]


def test_an_ordinal_before_a_noun_is_no_date():
    assert values("It was the 14th attack on the town this month.", "2025-09-16") == {"this month": (date(2025, 9, 1), date(2025, 9, 16))}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("West African leaders were due to meet in Dakar on Monday.", "2012-04-02", (date(2012, 4, 2), date(2012, 4, 2))),
        ("The coup followed disputed legislative elections in March and April.", "2020-08-19", (date(2020, 3, 1), date(2020, 4, 30))),
        ("Ten years ago today, Tuareg rebels attacked the town of Ménaka.", "2022-01-17", (date(2012, 1, 17), date(2012, 1, 17))),
    ],
)
def test_same_day_plans_month_pairs_and_anniversaries(text, published, expected):
    assert list(values(text, published).values()) == [expected]


def test_a_year_ago_this_week_is_that_week_not_a_day_of_it():
    from timeline.dates import tag

    (found,) = tag("A year ago this week, separatist fighters routed an army column.", "2025-07-27")
    assert (found.start, found.end, found.precision) == (date(2024, 7, 22), date(2024, 7, 28), "week")


def test_an_aircraft_model_number_is_no_year():
    assert values("Mirage 2000 jets had struck a group. Agenda 2063 was adopted in 2015.", "2021-01-10") == {"2015": (date(2015, 1, 1), date(2015, 12, 31))}


def test_a_day_in_a_clause_joined_to_a_full_date_takes_its_year():
    text = "The government signed a peace accord on 15 May 2015, and the rebel coalition added its signature on 20 June."
    assert values(text, "2024-12-10")["20 June"] == (date(2015, 6, 20), date(2015, 6, 20))
    text = "The separatists signed a peace deal in 2015, but the junta declared it void in January."
    assert values(text, "2024-06-10")["January"] == (date(2024, 1, 1), date(2024, 1, 31))


def test_two_weekdays_joined_by_and_are_both_days():
    assert values("Army drone strikes on Saturday and Sunday hit a water point.", "2024-04-26") == {"Saturday and Sunday": (date(2024, 4, 20), date(2024, 4, 21))}


def test_a_weekday_named_with_its_date_picks_the_year_it_falls_on_that_weekday():
    found = values("The curfew runs for one month starting this Wednesday 9 February.", "2022-02-08")
    assert next(v for k, v in found.items() if "9 February" in k) == (date(2022, 2, 9), date(2022, 2, 9))
    found = values("Fighting broke out on Tuesday 9 February near Gao.", "2021-03-01")
    assert next(v for k, v in found.items() if "9 February" in k) == (date(2021, 2, 9), date(2021, 2, 9))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mali has been ruled by the military since the August 2020 coup.", [("August 2020", "2020-08-01", "2020-08-31")]),
        ("The referendum slipped from 19 March to 18 June.", [("19 March", "2023-03-19", "2023-03-19"), ("18 June", "2023-06-18", "2023-06-18")]),
        ("The vote was postponed from February to March.", [("February", "2023-02-01", "2023-02-28"), ("March", "2023-03-01", "2023-03-31")]),
        ("Protests ran from February to March.", [("from February to March", "2023-02-01", "2023-03-31")]),
        ("The column moved from 3 to 5 March.", [("from 3 to 5 March", "2023-03-03", "2023-03-05")]),
        ("Prices have risen since the 1990s in central Mali.", [("since the 1990s", "1990-01-01", "2023-07-08")]),
    ],
)
def test_a_date_an_event_noun_or_a_postponement_follows_is_no_range(text, expected):
    from timeline.dates import tag

    assert [(t.text, str(t.start), str(t.end)) for t in tag(text, "2023-07-08")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2012, 17 January — MNLA rebels attack Menaka.", ("2012, 17 January", "2012-01-17", "2012-01-17")),
        ("2012, 30 March-1 April — Kidal, Gao and Timbuktu fall.", ("2012, 30 March-1 April", "2012-03-30", "2012-04-01")),
        ("2021, December — Wagner arrives.", ("2021, December", "2021-12-01", "2021-12-31")),
    ],
)
def test_a_chronology_line_heads_its_day_with_the_year(text, expected):
    (found,) = [t for t in tag(text, "2024-01-03") if t.precision != "year"]
    assert (found.text, str(found.start), str(found.end)) == expected


def test_a_year_before_a_clause_is_no_chronology_head():
    assert [(t.text, t.precision) for t in tag("In 2020, May was hot.", "2024-01-03")] == [("2020", "year")]


def test_a_range_between_parts_of_two_days_is_one_range():
    from datetime import date as _date
    from timeline.dates import tag
    found = [t for t in tag("Between the afternoon of 21 July and the morning of 22 July, fighters clashed.", _date(2016, 8, 10), "en") if t.kind == "range"]
    assert [(t.start, t.end) for t in found] == [(_date(2016, 7, 21), _date(2016, 7, 22))]


def test_a_feast_day_is_its_date():
    from datetime import date as _date
    from timeline.dates import tag
    found = tag("He died on Christmas Day in a Paris hospital; the funeral was on New Year's Day. On New Year's Day 2019, gunmen attacked.", _date(2021, 1, 5), "en")
    assert [(t.text, t.start) for t in found] == [("Christmas Day", _date(2020, 12, 25)), ("New Year's Day", _date(2021, 1, 1)), ("New Year's Day 2019", _date(2019, 1, 1))]


@pytest.mark.parametrize("text, found", [
    ("French warplanes bombed rebel positions overnight.", {"overnight": (date(2013, 1, 14), date(2013, 1, 15))}),
    ("An overnight curfew was imposed on the town.", {}),
    ("Gunmen attacked the post overnight from Sunday to Monday.", {"overnight from Sunday to Monday": (date(2013, 1, 13), date(2013, 1, 14))}),
])
def test_a_bare_overnight_is_the_night_ending_on_publication(text, found):
    assert {k: v for k, v in values(text, "2013-01-15").items()} == found


def test_an_overnight_in_a_chronology_entry_is_the_entry_night():
    text = "Headline\n\n9–10 June – Sobane Da, Bandiagara Cercle. Gunmen attack the Dogon village overnight.\n"
    records = process_article(Article("t", "t.txt", date(2019, 9, 2), "en", {}, "0" * 64, text))
    assert ("attack", date(2019, 6, 9), date(2019, 6, 10)) in [(m.event_type, m.start_date, m.end_date) for m in records["mentions"]]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Prices rose in the first half of September.", date(2023, 9, 1), date(2023, 9, 15)),
        ("Prices fell in the second half of September.", date(2023, 9, 16), date(2023, 9, 30)),
        ("Fighting eased in the first half of July 2022.", date(2022, 7, 1), date(2022, 7, 15)),
    ],
)
def test_a_half_of_a_month_is_its_fifteen_first_days_or_the_rest(text, start, end):
    (t,) = [t for t in tag(text, "2023-11-27") if "half" in t.text]
    assert (t.start, t.end, t.precision) == (start, end, "day")


def test_numeric_dates_are_day_first_unless_they_cannot_be_and_stamps_date_nothing():
    from timeline.page_stamps import is_dateline
    from timeline.dates import tag

    published = date(2025, 3, 4)
    assert [(t.start, t.precision) for t in tag("Shells hit the camp on 13/02/2025.", published, "en")] == [(date(2025, 2, 13), "day")]
    assert [t.start for t in tag("The army struck on 01.02.2025.", published, "en")] == [date(2025, 2, 1)]
    assert [t.start for t in tag("The vote was postponed on 09/25/2023.", published, "en")] == [date(2023, 9, 25)]
    assert [t.start for t in tag("The elections will be held on 05/12/2025, the authorities said.", date(2025, 6, 1), "en")] == [date(2025, 12, 5)]  # future: day first
    assert [t.start for t in tag("The army said it struck on 05/12/2025", date(2025, 6, 1), "en")] == [date(2025, 5, 12)]  # past: day first would be after publication
    for text in ("Issued on: 03/02/2025 - 16:05 | Modified: 03/02/2025 - 18:40", "Posted 12.02.2025 16:40", "Published: 02/02/2025", "- Goundam: the FAMa repel an attack (09/02/2025)", "Can Russia fill the gap? 02/01/2025"):
        stamp, *_ = tag(text, published, "en")
        assert is_dateline(text, stamp), text
    for text in ("Twelve soldiers were killed near Boni on 13/02/2025", "On 13/02/2025 at 06:30, terrorists attacked the post.", "The communique, dated 13/02/2025, said the post was attacked."):
        day, *_ = tag(text, published, "en")
        assert not is_dateline(text, day), text


@pytest.mark.parametrize("text", ["Gunmen killed 132 civilians over the weekend of June 18-19.", "Over the weekend of 18-19 June, gunmen killed 132 civilians."])
def test_the_weekend_of_named_days_is_those_days(text):
    (t,) = tag(text, "2022-07-04")
    assert (str(t.start), str(t.end)) == ("2022-06-18", "2022-06-19")
    assert "weekend of" in t.text
