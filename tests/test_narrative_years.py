"""Year-less named days inside a narrative frame take the frame's year (timeline/narrative_years.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.corpus import load_corpus
from timeline.pipeline import process_article

PUBLISHED = "2025-05-15"


def timexes_of(text: str, tmp_path: Path, published: str = PUBLISHED, title: str = "T") -> dict[str, tuple[str, str]]:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(f"source_id,file,outlet,title,url,published,language\na,raw/a.txt,Test,\"{title}\",,{published},en\n", encoding="utf-8")
    records = process_article(load_corpus(tmp_path)[0])
    return {t["text"]: (t["start"], t["end"]) for t in records["timexes"]}


def test_days_after_an_opening_date_take_its_year(tmp_path):
    found = timexes_of(
        "Background.\n\nIn June 2020, a coalition began mass protests in Bamako. The protests turned deadly on July 10-12, "
        "when security forces opened fire. On August 18, soldiers arrested the president.\n",
        tmp_path,
    )
    assert found["July 10-12"] == ("2020-07-10", "2020-07-12")
    assert found["August 18"] == ("2020-08-18", "2020-08-18")


def test_a_day_before_the_frame_in_its_calendar_falls_in_the_next_year(tmp_path):
    found = timexes_of("History.\n\nIn December 2012, the jihadists massed near Konna. On January 11, France intervened.\n", tmp_path)
    assert found["January 11"] == ("2013-01-11", "2013-01-11")


def test_a_heading_year_frames_its_section(tmp_path):
    found = timexes_of("Dissolution (2025)\n\nA national consultation in late April recommended dissolving the parties.\n", tmp_path, "2025-12-01")
    assert found["late April"][0] == "2025-04-21"


def test_a_heading_with_no_year_ends_the_last_headings_section(tmp_path):
    found = timexes_of("Review.\n\n3. 2015-2020: the war moves to the centre\n\nMilitias grew.\n\n4. The year that followed\n\nWhen Ndaw reshuffled the cabinet in May, the soldiers struck again.\n", tmp_path, "2021-06-14")
    assert found["May"] == ("2021-05-01", "2021-05-31")


def test_a_year_in_mid_sentence_frames_nothing(tmp_path):
    found = timexes_of("Update.\n\nThe junta, which seized power in August 2020, said on May 3 that talks would resume.\n", tmp_path)
    assert found["May 3"] == ("2025-05-03", "2025-05-03")


def test_a_year_told_before_the_stages_of_an_act_holds_their_days(tmp_path):
    found = timexes_of("Explainer.\n\nThe accord was signed in Bamako in 2015: first by the government on May 15, then by the coalition of armed groups on June 20.\n", tmp_path, "2023-07-01")
    assert found["May 15"] == ("2015-05-15", "2015-05-15")
    assert found["June 20"] == ("2015-06-20", "2015-06-20")


def test_a_year_told_before_a_place_and_month_frames_nothing(tmp_path):
    found = timexes_of("Analysis.\n\nThe CSP, which signed a peace agreement with the government in 2015, fought around Ber in August.\n", tmp_path, "2023-11-15")
    assert found["August"] == ("2023-08-01", "2023-08-31")


def test_a_timelines_year_less_entries_follow_the_entry_before(tmp_path):
    found = timexes_of("Ten years on.\n\nTIMELINE\n\nJan. 11, 2013: France launches Operation Serval.\n\nJan. 26: Troops retake Gao.\n\n"
                       "June 18: A peace deal is signed in Ouagadougou.\n\nAug. 11: Keita wins the run-off.\n", tmp_path, "2023-01-11")
    assert found["June 18"] == ("2013-06-18", "2013-06-18")
    assert found["Aug. 11"] == ("2013-08-11", "2013-08-11")


def test_a_timeline_entry_after_prose_or_in_the_last_two_weeks_is_news(tmp_path):
    found = timexes_of("Timeline.\n\nAug. 18, 2020: Soldiers overthrow President Keita.\n\nMay 24, 2021: The army stages a second coup.\n\n"
                       "The junta has since tightened its grip.\n\nMarch 9: JNIM fighters attack a convoy near Gao.\n", tmp_path, "2024-08-10")
    assert found["March 9"] == ("2024-03-09", "2024-03-09")
    found = timexes_of("Timeline.\n\nAug. 18, 2020: Soldiers overthrow President Keita.\n\nMarch 9: JNIM fighters attack a convoy near Gao.\n", tmp_path, "2024-03-10")
    assert found["March 9"] == ("2024-03-09", "2024-03-09")


def test_a_live_blogs_weekday_entries_keep_their_year(tmp_path):
    found = timexes_of("Live.\n\n12 March 2013: France took Gao.\n\nWednesday 30 November: the talks resumed.\n", tmp_path, "2016-12-08")
    assert found["Wednesday 30 November"] == ("2016-11-30", "2016-11-30")


def test_a_past_perfect_read_across_an_aside_in_brackets(tmp_path):
    found = timexes_of("Feature.\n\nThe attack, on February 8, 2013, came after troops had driven the Movement for Oneness (MUJAO) out of the city on January 26.\n", tmp_path, "2014-02-10")
    assert found["January 26"] == ("2013-01-26", "2013-01-26")


def test_a_day_a_few_weeks_before_the_year_carried_is_in_that_year(tmp_path):
    found = timexes_of("Feature.\n\nAmnesty International said in February 2013 that civilians had died.\n\nWithin weeks the forces had retaken Gao, on January 26.\n", tmp_path, "2018-01-10")
    assert found["January 26"] == ("2013-01-26", "2013-01-26")


def test_a_frame_ends_with_its_paragraph(tmp_path):
    found = timexes_of("Update.\n\nIn June 2020, protests began.\n\nOn May 3, the government announced new talks.\n", tmp_path)
    assert found["May 3"] == ("2025-05-03", "2025-05-03")


def test_weekdays_keep_the_publication_date(tmp_path):
    found = timexes_of("Update.\n\nIn June 2020, protests began. On Tuesday, the government spoke.\n", tmp_path)
    assert next(v for k, v in found.items() if "Tuesday" in k)[0] == str(date(2025, 5, 13))


def test_a_roundup_title_makes_its_weekdays_days_of_the_week_it_covers():
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    text = "Mali security roundup: week of 9-15 April 2018\n\nEarlier in the week, on Monday, an army vehicle struck a mine near Inekar.\n"
    found = process_article(Article("t", "t.txt", date(2018, 4, 16), "en", {}, "0" * 64, text))["timexes"]
    assert [(t["text"], t["start"]) for t in found if t["text"] == "Monday"] == [("Monday", "2018-04-09")]


def test_a_timeline_under_year_headings_dates_its_entries_in_those_years():
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import process_article

    text = (
        "Timeline: France's war in Mali\n\nKey dates:\n\n2012\n"
        "- January: Tuareg separatists of the MNLA launch a rebellion in the north.\n"
        "- March 22: Mutinous soldiers overthrow President Amadou Toumani Toure.\n\n2013\n"
        "- January 28: French and Malian troops enter Timbuktu.\n"
    )
    records = process_article(Article("t", "t.txt", date(2020, 6, 6), "en", {}, "0" * 64, text))
    found = {m.event_type: (str(m.start_date), m.date_precision) for m in records["mentions"]}
    assert found["rebellion"] == ("2012-01-01", "month")
    assert found["coup"] == ("2012-03-22", "day")
    assert found["territory_regained"] == ("2013-01-28", "day")


def test_a_past_perfect_reaches_back_from_the_last_year_told(tmp_path):
    found = timexes_of(
        "Feature.\n\nMariam fled Gao in April 2012. Rebels had seized the town on 31 March, and she took a bus to Mopti. "
        "She went back in March 2013, a few weeks after French troops had retaken Gao on 26 January.\n",
        tmp_path,
    )
    assert found["31 March"] == ("2012-03-31", "2012-03-31")
    assert found["26 January"] == ("2013-01-26", "2013-01-26")


def test_a_month_moved_back_is_the_whole_month_even_when_publication_cut_it(tmp_path):
    found = timexes_of("Feature.\n\nIn October 2020, two hostages who had been seized in May were freed.\n", tmp_path)
    assert found["May"] == ("2020-05-01", "2020-05-31")


def test_background_dates_do_not_set_the_past_perfect_year(tmp_path):
    found = timexes_of(
        "Update.\n\nKeita, who won a second term in 2018, had faced protests since January. "
        "The authorities had already left the 2015 peace agreement in February.\n",
        tmp_path,
    )
    assert found["since January"][0] == "2025-01-01"
    assert next(v for k, v in found.items() if "February" in k) == ("2025-02-01", "2025-02-28")


def test_that_year_is_the_year_told_last(tmp_path):
    found = timexes_of(
        "Explainer.\n\nThe government signed the agreement on 15 May 2015; the rebels added their signature on 20 June that year. "
        "In October 2020, two hostages seized in March of that year were freed.\n",
        tmp_path,
    )
    assert found["20 June"] == ("2015-06-20", "2015-06-20")
    assert found["March"] == ("2020-03-01", "2020-03-31")


def test_a_frame_after_a_connective_still_opens_its_sentence(tmp_path):
    found = timexes_of("History.\n\nThen, on 10 January 2013, the columns overran Konna. French troops entered Gao on 26 January.\n", tmp_path, "2023-01-12")
    assert found["26 January"] == ("2013-01-26", "2013-01-26")


def test_a_day_of_the_month_the_paragraph_told_takes_its_year(tmp_path):
    text = ("History.\n\nWhen the jihadists pushed south in January 2013, France launched Operation Serval on January 11. "
            "French-led forces retook Gao on January 26 and Timbuktu two days later.\n")
    found = timexes_of(text, tmp_path, "2024-02-20")
    assert found["January 26"] == ("2013-01-26", "2013-01-26")
    assert found["two days later"] == ("2013-01-28", "2013-01-28")


def test_a_sentence_with_a_time_of_its_own_or_a_year_written_keeps_it(tmp_path):
    text = "History.\n\nThe base was attacked in March 2017, when 11 soldiers were killed. Earlier this year, on March 17, jihadists overran it.\n"
    assert timexes_of(text, tmp_path, "2019-04-02")["March 17"] == ("2019-03-17", "2019-03-17")
    text = "History.\n\nRussia signed a deal in 2019. Russian instructors have been in Mali since December 2021.\n"
    assert timexes_of(text, tmp_path, "2025-02-13")["since December 2021"][0] == "2021-12-01"


def test_a_counted_day_restated_by_its_name_yields_to_the_name(tmp_path):
    from timeline.corpus import Article
    text = "Head\n\nYesterday at dawn, militants tried to blow up the camp at Kati. The day before, on Thursday, the terrorists hit army posts at Kolokani.\n"
    records = process_article(Article("t", "t.txt", date(2022, 7, 24), "en", {}, "0" * 64, text))
    assert [m.start_date for m in records["mentions"] if m.event_type == "attack"] == [date(2022, 7, 21)]


def test_a_date_after_a_semicolon_opens_a_sentence_of_its_own(tmp_path):
    from timeline.corpus import Article
    text = "Head\n\nRussian fighters began arriving at Bamako airport in December 2021; on 23 December, fifteen governments condemned it.\n"
    records = process_article(Article("t", "t.txt", date(2022, 9, 10), "en", {}, "0" * 64, text))
    assert [m.start_date for m in records["mentions"] if m.event_type == "deployment"] == [date(2021, 12, 1)]


def test_a_month_told_before_a_later_year_or_a_day_of_this_fortnight_keeps_the_publication_year(tmp_path):
    text = "History.\n\nFrance launched Operation Serval on January 11, 2013. By 2014 the operation had been replaced. French-led forces retook Gao on January 26.\n"
    assert timexes_of(text, tmp_path, "2024-02-20")["January 26"] == ("2024-01-26", "2024-01-26")
    text = "History.\n\nJihadists raided Gao on September 5, 2012. Jihadists struck Bamako on September 17.\n"
    assert timexes_of(text, tmp_path, "2024-09-20")["September 17"] == ("2024-09-17", "2024-09-17")


def test_a_day_that_would_fall_most_of_a_year_back_takes_the_last_opened_frame(tmp_path):
    found = timexes_of(
        "Ten years on.\n\nOn Jan. 10, 2013, the extremists seized Konna.\n\n"
        "A second column took Diabaly on Jan. 14. French troops reached Gao on Jan. 26.\n\n"
        "It suffered its worst defeat in late July 2024. Mali cut ties with Ukraine on 4 August.\n",
        tmp_path, "2025-01-11",
    )
    assert found["Jan. 14"] == ("2013-01-14", "2013-01-14")
    assert found["Jan. 26"] == ("2013-01-26", "2013-01-26")
    assert found["4 August"] == ("2024-08-04", "2024-08-04")  # the paragraph told its own year


def test_a_year_told_mid_sentence_carries_to_a_stale_day_of_a_later_paragraph(tmp_path):
    found = timexes_of(
        "Ten years on.\n\nTen years ago, helicopters fired on a column that had taken Konna the day before, 10 January 2013.\n\n"
        "The jihadists opened a second front at Diabaly on 14 January.\n",
        tmp_path, "2023-01-11",
    )
    assert found["14 January"] == ("2013-01-14", "2013-01-14")


def test_a_time_clause_opening_the_sentence_frames_like_an_opening_date(tmp_path):
    """"When Hollande sent jets … on 11 January 2013, …": the when-clause's date frames the
    paragraph and later paragraphs of a retrospective; an "after" clause frames nothing."""
    found = timexes_of(
        "Ten years on.\n\nWhen Paris sent jets against a column of jihadists on 11 January 2013, few expected a long war. "
        "Gao fell on 26 January.\n\nThe offensive in the massif, launched on 18 February, lasted until the end of March.\n\n"
        "After the mutiny in June 2023, the company changed. It admitted losses on 29 July.\n",
        tmp_path, "2024-01-12",
    )
    assert found["26 January"] == ("2013-01-26", "2013-01-26")
    assert found["18 February"] == ("2013-02-18", "2013-02-18")
    assert found["29 July"] == ("2023-07-29", "2023-07-29")


def test_a_year_naming_an_event_in_a_heading_frames_nothing(tmp_path):
    """"No, this video is not from the 2022 Moura massacre": the year names the massacre; the
    days told under it are this year's."""
    found = timexes_of("Fact check\n\nNo, this execution video is not from the 2022 Moura massacre\n\nThe clip first appeared on 2 April on a Telegram channel.\n", tmp_path, "2025-04-10")
    assert found["2 April"] == ("2025-04-02", "2025-04-02")


def test_days_listed_after_a_narrative_day_keep_its_year(tmp_path):
    text = ("History.\n\nPresident Hollande announced on 11 January 2013 that French forces had gone into action. "
            "French and Malian troops entered Gao on 26 January and Timbuktu on 28 January, and French units landed at Kidal "
            "airport overnight on 29-30 January. Hollande was cheered in Timbuktu on 2 February.\n")
    found = timexes_of(text, tmp_path, "2023-01-11")
    assert found["26 January"] == ("2013-01-26", "2013-01-26")
    assert found["28 January"] == ("2013-01-28", "2013-01-28")
    assert found["29-30 January"] == ("2013-01-29", "2013-01-30")
    assert found["2 February"] == ("2013-02-02", "2013-02-02")  # most of a year back from publication: the paragraph's 2013
    assert "overnight" not in found  # the named nights date it, not the night before publication


def test_a_recent_day_after_an_old_year_stays_the_news(tmp_path):
    text = ("News.\n\nMali's junta seized power in August 2020. The junta, in power since the coup of 18 August, "
            "said on 2 May it had dissolved all political parties.\n")
    found = timexes_of(text, tmp_path, "2025-05-15")
    assert found["18 August"] == ("2020-08-18", "2020-08-18")
    assert found["2 May"] == ("2025-05-02", "2025-05-02")


def test_a_day_months_after_the_paragraphs_year_keeps_the_publications(tmp_path):
    text = ("Review.\n\nMali's military has ruled since the coup of August 2020. On 28 January, the junta announced "
            "that Mali would leave ECOWAS. In July it formed a confederation.\n")
    found = timexes_of(text, tmp_path, "2024-12-20")
    assert found["28 January"] == ("2024-01-28", "2024-01-28")


def test_a_state_that_runs_to_today_brings_the_narrative_back_to_the_present(tmp_path):
    """"… attacked on 22 July 2022. Mali has been fighting jihadists since 2012. In late July, …":
    late July of the publication year; but "who had held it since April 2012" keeps the past."""
    found = timexes_of(
        "Background.\n\nThe camp at Kati was attacked on 22 July 2022. Mali has been fighting jihadist groups since 2012. "
        "In late July, rebels inflicted a heavy defeat on soldiers near Tinzaouaten.\n",
        tmp_path, "2024-09-17",
    )
    assert found["late July"] == ("2024-07-21", "2024-07-31")
    found = timexes_of(
        "Background.\n\nTroops recaptured the city on Jan. 28, 2013 from the militants who had held it since April 2012. "
        "Gao had been retaken on Jan. 26.\n",
        tmp_path, "2023-02-02",
    )
    assert found["Jan. 26"] == ("2013-01-26", "2013-01-26")
    found = timexes_of(
        "Background.\n\nThe camp at Kati was attacked on 22 July 2022, the deadliest assault the army has suffered since 2012. "
        "In late July, the junta arrested 20 officers over the attack.\n",
        tmp_path, "2024-09-17",
    )
    assert found["late July"] == ("2022-07-21", "2022-07-31")  # a record "since 2012" is told in the narrative's past


EXPLAINER = (
    "Test Desk\n\nWhy did the army revolt?\nSoldiers said they lacked weapons. The mutineers held the palace within a day.\n\n"
    "How did the jihadists take over?\nFrom 30 June, Ansar Dine fighters smashed the mausoleums. MUJAO took Douentza in September.\n"
)


def test_a_title_about_one_past_year_frames_the_pieces_old_days(tmp_path):
    found = timexes_of(EXPLAINER, tmp_path, "2022-03-22", "What happened in Mali in 2012?")
    assert found["30 June"][0] == "2012-06-30"
    assert found["September"][0] == "2012-09-01"


def test_a_year_naming_an_event_in_a_title_frames_nothing(tmp_path):
    found = timexes_of(EXPLAINER, tmp_path, "2022-03-22", "Mali junta ends 2012 transition charter")
    assert found["30 June"][0] == "2021-06-30"


def test_a_day_after_a_day_with_its_year_in_the_same_sentence_takes_that_year(tmp_path):
    found = timexes_of(
        "Background.\n\nWithin three months the state had lost the north. Troops toppled the president on 22 March 2012; "
        "the rebels took Kidal, Gao and Timbuktu between 30 March and 1 April; and on 6 April the MNLA proclaimed independence.\n",
        tmp_path,
        "2022-01-24",
    )
    assert found["between 30 March and 1 April"] == ("2012-03-30", "2012-04-01")
    assert found["6 April"] == ("2012-04-06", "2012-04-06")


def test_a_year_in_passing_in_a_title_and_a_date_in_an_aside_frame_nothing(tmp_path):
    found = timexes_of("Parties dissolved\n\nOn March 3, gunmen attacked a convoy near Gao.\n", tmp_path, "2025-05-14", "Mali's junta, in power since a coup in 2020, dissolves political parties")
    assert found["March 3"][0] == "2025-03-03"
    aside = timexes_of("Decree\n\nGoita, who was sworn in on 7 June 2021, signed a decree on July 5 dissolving the parties.\n", tmp_path, "2025-10-01")
    assert aside["July 5"][0] == "2025-07-05"


def test_a_day_carried_back_sets_the_year_of_the_days_after_it_in_its_paragraph(tmp_path):
    found = timexes_of(
        "Analysis.\n\nThe fighting took place in February and March 2013.\n\n"
        "On March 1, the Chadian president said his troops had killed the emir. Paris confirmed his death on March 23.\n",
        tmp_path,
        "2023-01-11",
    )
    assert found["March 1"] == ("2013-03-01", "2013-03-01")
    assert found["March 23"] == ("2013-03-23", "2013-03-23")


def test_a_month_named_with_its_year_frames_nothing_once_the_sentence_moved_to_a_later_year(tmp_path):
    found = timexes_of(
        "Analysis.\n\nAfter the coups in August 2020 and May 2021, Paris announced the withdrawal in February 2022, "
        "and the last convoy crossed into Niger on August 15.\n",
        tmp_path,
        "2023-01-11",
    )
    assert found["August 15"] == ("2022-08-15", "2022-08-15")
    found = timexes_of("Analysis.\n\nIn January 2013, France launched Operation Serval on 11 January.\n", tmp_path, "2023-01-11")
    assert found["11 January"] == ("2013-01-11", "2013-01-11")


def test_the_nearest_month_of_the_same_name_gives_the_year(tmp_path):
    found = timexes_of("Analysis.\n\nAfter failed talks in January 2012 and in January 2013, France launched Operation Serval on January 11.\n", tmp_path, "2023-01-20")
    assert found["January 11"] == ("2013-01-11", "2013-01-11")


def test_this_year_and_a_listed_run_of_days_set_the_year_of_the_days_after(tmp_path):
    found = timexes_of(
        "Background.\n\nIn April 2024 the junta suspended party activity. In late April this year, national consultations "
        "recommended dissolving the parties. Several hundred people protested in Bamako on 3 and 4 May.\n\n"
        "By June, a movement was filling the streets. On 10, 11 and 12 July 2020, security forces opened fire on protesters. "
        "Five weeks later, on 18 August, soldiers detained the president.\n",
        tmp_path,
        "2025-08-05",
    )
    assert found["3 and 4 May"] == ("2025-05-03", "2025-05-04")
    assert found["10, 11 and 12 July 2020"] == ("2020-07-10", "2020-07-12")
    assert found["18 August"] == ("2020-08-18", "2020-08-18")


def test_a_sentence_that_opens_with_since_in_the_present_perfect_brings_the_story_back_to_now(tmp_path):
    text = (
        "A political scientist on the arrests\n\nSince the coup of August 2020 and the second one of May 2021, the soldiers have closed every civilian door. "
        "Parties were dissolved on 13 May.\n"
    )
    found = timexes_of(text, tmp_path, "2025-08-22")
    assert found["13 May"][0] == "2025-05-13"
