"""An anniversary piece's own day, told without its year (timeline/anniversary_years.py)."""

from __future__ import annotations

from pathlib import Path

from test_narrative_years import timexes_of


def test_the_anniversary_day_told_without_its_year_is_the_anniversarys(tmp_path):
    found = timexes_of(
        "A historian on Mali's coup\n\nTen years ago this week, mutinous soldiers in Mali overthrew President Touré.\n\n"
        "In the early hours of 22 March the soldiers appeared on state television.\n",
        tmp_path,
        "2022-03-22",
    )
    assert found["22 March"] == ("2012-03-22", "2012-03-22")


def test_a_title_that_ends_with_the_years_frames_the_piece(tmp_path):
    found = timexes_of("'We are still waiting': Aguelhok widows ten years on\n\nBy Test Reporter\n\nThe soldiers were executed at dawn on 24 January, their widows say.\n", tmp_path, "2022-01-24")
    assert found["24 January"] == ("2012-01-24", "2012-01-24")


def test_the_news_beside_the_anniversary_keeps_this_year(tmp_path: Path):
    text = (
        "Ten years ago today, the first French soldier of the war was killed near here.\n\n"
        "Last week the government signed an accord. The deal was signed on 10 January in Bamako.\n\n"
        "On Wednesday, January 11, veterans laid a wreath.\n"
    )
    found = timexes_of(text, tmp_path, "2023-01-11")
    assert found["10 January"][0] == "2023-01-10"  # beside "last week": the news
    assert found["Wednesday, January 11"][0] == "2023-01-11"  # a weekday: the news


def test_an_aside_that_says_how_long_ago_frames_nothing(tmp_path):
    found = timexes_of("Army takes Kidal, the rebel bastion lost eleven years ago\n\nSoldiers entered the town on 14 November.\n", tmp_path, "2023-11-15")
    assert found["14 November"][0] == "2023-11-14"


def test_a_news_lead_or_a_vague_number_frames_nothing(tmp_path: Path):
    found = timexes_of("Mali's junta\n\nTwo years on, Mali's junta is firmly in charge.\n\nThe government on 16 August announced a new electoral calendar.\n", tmp_path, "2022-08-18")
    assert found["16 August"][0] == "2022-08-16"
    (tmp_path / "b").mkdir()
    found = timexes_of("Boni\n\nA few years ago, Boni was a quiet market town.\n\nOn 12 May, jihadists killed 12 people there.\n", tmp_path / "b", "2024-05-14")
    assert found["12 May"][0] == "2024-05-12"


def test_a_paragraph_that_tells_the_anniversarys_year_holds_its_other_days(tmp_path: Path):
    text = (
        "Ten years after the coup\n\nTen years ago today, a captain appeared on state television.\n\n"
        "The rebellion had begun in mid-January 2012. On 17 January, rebels attacked Menaka.\n\n"
        "In January, the regional bloc imposed sanctions on the junta.\n"
    )
    found = timexes_of(text, tmp_path, "2022-03-22")
    assert found["17 January"][0] == "2012-01-17"
    assert found["January"][0] == "2022-01-01"  # a paragraph of its own, no year told: this year's news


def test_a_day_moved_into_the_anniversary_carries_its_year_on(tmp_path: Path):
    text = (
        "Ten years after the coup\n\nTen years ago today, a captain appeared on state television.\n\n"
        "On 21 March, a visit by the minister turned into a mutiny. He resigned on 8 April, and his successor was sworn in on 12 April.\n"
    )
    found = timexes_of(text, tmp_path, "2022-03-22")
    assert found["8 April"][0] == "2012-04-08"
    assert found["12 April"][0] == "2012-04-12"


def test_a_weekday_that_fits_only_the_anniversarys_year(tmp_path: Path):
    text = "Ten years on: the fall of the north\n\nKidal fell on Friday 30 March after a short battle.\n\nThe talks resume on Friday 1 April.\n"
    found = timexes_of(text, tmp_path, "2022-03-30")
    assert found["Friday 30 March"][0] == "2012-03-30"  # a Friday in 2012; in 2022 a Wednesday
    assert found["Friday 1 April"][0] == "2022-04-01"  # a Friday this year: the news


def test_a_later_year_told_in_the_sentence_and_a_weekday_that_does_not_fit(tmp_path: Path):
    text = (
        "Ten years after the coup\n\nTen years ago today, a captain appeared on state television.\n\n"
        "On 21 March, soldiers mutinied, and France intervened on 11 January 2013. On 14 January, French jets struck Konna.\n\n"
        "The mutiny had begun in March 2012. The talks resume on Friday 1 April.\n"
    )
    found = timexes_of(text, tmp_path, "2022-03-22")
    assert found["14 January"][0] == "2013-01-14"  # the year told last in the sentence before
    assert found["Friday 1 April"][0] == "2022-04-01"  # 1 April 2012 was a Sunday


def test_a_retrospective_told_in_order_keeps_the_anniversarys_year_until_its_day(tmp_path: Path):
    text = (
        "One year after Kati\n\nA year ago today, soldiers at the Kati camp broke into the armoury and held the president.\n\n"
        "The legislative polls of 29 March and 19 April 2020 were held days after the opposition leader was kidnapped on 25 March. "
        "On 30 April the court overturned the results.\n\n"
        "On 5 June, tens of thousands answered a call by the imam.\n\n"
        "The civilian interlude did not last. The prime minister announced a cabinet on 1 December, and the colonels arrested him on 24 May.\n"
    )
    found = timexes_of(text, tmp_path, "2021-08-18")
    assert found["25 March"][0] == "2020-03-25"  # the sentence told 2020
    assert found["5 June"][0] == "2020-06-05"  # the story, still short of 18 August 2020, goes on in order
    assert found["24 May"][0] == "2021-05-24"  # after "1 December": the next May


def test_a_day_past_the_anniversarys_day_stops_the_move(tmp_path: Path):
    text = (
        "A year after the Radisson\n\nA year ago today, two gunmen walked past the barrier of the hotel in Bamako.\n\n"
        "In April police arrested a man accused of organising the shooting at La Terrasse in March 2015.\n\n"
        "That night the president declared a state of emergency. Deputies extended it on 1 December. "
        "It lapsed before the attack on the camp at Nampala on 19 July brought it back.\n"
    )
    found = timexes_of(text, tmp_path, "2016-11-20")
    assert found["19 July"][0] == "2016-07-19"


def test_a_related_link_under_the_story_frames_no_anniversary(tmp_path: Path):
    text = (
        "Mali's year of attacks\n\nGunmen hit two UN bases in Mali last week, the latest in a run of attacks.\n\n"
        "A peace accord signed in Bamako in May and June 2015 brought the rebels back into politics. "
        "The G5 Sahel states launched a joint force on 2 July.\n\nRelated\n\n- Mali's peace deal, two years on\n"
    )
    found = timexes_of(text, tmp_path, "2017-08-23")
    assert found["2 July"][0] == "2017-07-02"


def test_since_then_and_a_month_set_against_the_day_keep_this_year(tmp_path: Path):
    text = (
        "Mali: a year after the coup\n\nA year ago today, mutinous soldiers arrested the president at his home in Bamako.\n\n"
        "The protests had begun on 5 June 2020. On 10 July, security forces fired on protesters.\n\n"
        "Since then, much has changed. On 20 July, a man tried to stab the colonel during prayers.\n\n"
        "Unlike the mass protests of June 2020, the rally on 2 July drew only a few hundred people.\n"
    )
    found = timexes_of(text, tmp_path, "2021-08-18")
    assert found["10 July"][0] == "2020-07-10"
    assert found["20 July"][0] == "2021-07-20"
    assert found["2 July"][0] == "2021-07-02"


def test_a_whole_month_moved_into_a_leap_year_keeps_its_last_day(tmp_path: Path):
    text = (
        "Ten years after the coup\n\nTen years ago today, a captain appeared on state television.\n\n"
        "The rebels attacked Ménaka on 17 January 2012.\n\nIn February, soldiers' wives blocked roads in Kati.\n"
    )
    found = timexes_of(text, tmp_path, "2022-03-22")
    assert found["February"] == ("2012-02-01", "2012-02-29")
