"""Linking and placing on the structures of news roundups and agency copy: one article's
different strikes on different days stay apart, a sub-event told on other days joins the
fighting only when a place ties it, and bracketed asides place nothing. Every sentence here is
written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.corpus import load_corpus
from timeline.pipeline import assemble

from conftest import mentions_in


def build(tmp_path: Path, text: str, published: str) -> dict:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        f"source_id,file,outlet,title,url,published,language\na,raw/a.txt,Test,Digest,,{published},en\n", encoding="utf-8"
    )
    return assemble(load_corpus(tmp_path))


def spans(frames: dict) -> set[tuple[str, str, str]]:
    events = frames["events"]
    return {(e.event_type, str(e.start_date.date()), str(e.end_date.date())) for e in events.itertuples()}


# (title and text, publication date, rows that must be among the events, types whose rows must be exactly those)
SEPARATE_ACTS = {
    "two kinds of strike on two days in one article are two events": (
        "Weekly digest\n\nSeveral rockets landed near the airport on Saturday without causing casualties, the UN mission said. "
        "On Sunday, a logistics convoy hit a mine near Ber; two peacekeepers were wounded.\n",
        "2022-10-17", {("shelling", "2022-10-15", "2022-10-15"), ("explosive_device", "2022-10-16", "2022-10-16")}, set()),
    "one article telling a bombing on two days tells two bombings": (
        "Checkpoint attacked again\n\nA suicide bomber blew himself up at an army checkpoint near Gao on Friday, wounding one soldier. "
        "A second bomber blew himself up at the same checkpoint late on Saturday, the army said.\n",
        "2013-02-11", {("suicide_bombing", "2013-02-08", "2013-02-08"), ("suicide_bombing", "2013-02-09", "2013-02-09")}, {"suicide_bombing"}),
    "the day a blockade was announced is the blockade's day": (
        "Fuel crisis\n\nJNIM declared the blockade in early September, banning fuel imports from Senegal.\n\n"
        "The fuel blockade announced by JNIM on 3 September continues to disrupt transport.\n",
        "2025-11-05", {("blockade", "2025-09-03", "2025-09-03")}, {"blockade"}),
    "a blast the next day and a raised toll do not widen the attack": (
        "INDELIMANE (Menaka region) - Post attacked\n\nSuspected jihadists attacked the army post at Indelimane on Friday morning. "
        "Late on Saturday, the government raised it to 53 soldiers and one civilian killed. "
        "A French corporal was killed near Indelimane on Saturday when his armoured vehicle struck an improvised explosive device.\n",
        "2019-11-04", {("attack", "2019-11-01", "2019-11-01"), ("explosive_device", "2019-11-02", "2019-11-02")}, set()),
    "a town entered one day and positions retaken three days later are two events": (
        "Menaka region\n\nIslamic State fighters entered the town of Anderamboukane on Wednesday, residents said. "
        "On Saturday, MSA and GATIA fighters retook two positions north of Anderamboukane, a GATIA officer said.\n",
        "2022-03-14", {("territory_seized", "2022-03-09", "2022-03-09"), ("territory_regained", "2022-03-12", "2022-03-12")}, {"territory_regained", "territory_seized"}),
    "an air strike in one region is not a roadside bomb in another the same weekend": (
        "France under pressure\n\nFrench military officials on Thursday again denied that an air strike in central Mali at the weekend had hit a wedding party. "
        "Separately, two French soldiers were killed on Saturday when their vehicle hit a roadside bomb in the Menaka region.\n",
        "2021-01-07", {("air_strike", "2021-01-02", "2021-01-03"), ("explosive_device", "2021-01-02", "2021-01-02"), ("public_statement", "2021-01-07", "2021-01-07")}, {"air_strike"}),
    "one article's ambushes near one town three days apart are two ambushes": (
        "Communique\n\nOn 10 August, an army patrol near Anefis was caught in an ambush laid with a roadside device. "
        "The rebels said their fighters had killed four soldiers in an ambush near Anefis on 7 August.\n",
        "2025-08-12", {("ambush", "2025-08-07", "2025-08-07"), ("ambush", "2025-08-10", "2025-08-10")}, {"ambush"}),
}


@pytest.mark.parametrize("case", SEPARATE_ACTS)
def test_acts_told_on_different_days_stay_apart(tmp_path, case):
    text, published, expected, exact_types = SEPARATE_ACTS[case]
    found = spans(build(tmp_path, text, published))
    assert expected <= found
    assert {s for s in found if s[0] in exact_types} == {s for s in expected if s[0] in exact_types}


def test_a_placeless_sub_event_on_other_days_does_not_widen_the_battle(tmp_path):
    text = (
        "Fighting near Tinzaouaten\n\n"
        "Militants attacked an army column near Tinzaouaten on July 25, and fighting went on near Tinzaouaten on July 26.\n\n"
        "On July 22, Malian troops took control of the settlement of In-Afarak, from where the operation against Tinzaouaten was launched.\n"
    )
    frames = build(tmp_path, text, "2024-08-01")
    fighting = [e for e in frames["events"].itertuples() if e.event_type in ("attack", "armed_clash")]
    assert sorted((str(e.start_date.date()), str(e.end_date.date())) for e in fighting) == [("2024-07-25", "2024-07-25"), ("2024-07-26", "2024-07-26")]  # one event a day, as ACLED codes it, neither widened to 22 July


@pytest.mark.parametrize("listener", ["lawmakers", "a news conference", "Ukrainian viewers", "the Duma"])
def test_an_event_told_to_an_audience_on_a_day_is_reported_that_day(listener):
    text = f"The minister told {listener} on Monday that rebels had ambushed a convoy near Tinzaouaten."
    (ambush,) = [m for m in mentions_in(text, "2024-08-13") if m.event_type == "ambush"]
    assert (ambush.start_date, ambush.date_basis) == (date(2024, 8, 12), "reported")


def test_a_country_in_a_bracketed_aside_places_nothing():
    text = "Fighters of JNIM (an al-Qaeda affiliate banned in Russia) attacked the column on Friday."
    (attack,) = [m for m in mentions_in(text) if m.event_type == "attack"]
    assert attack.place_id is None


def test_an_assault_detachment_is_a_unit_not_an_assault():
    assert mentions_in("The channel said an assault detachment had held its positions.") == []


def test_fighting_told_in_a_post_is_dated_by_the_post_only_as_reported():
    text = "The Telegram channel wrote on Monday that the detachment had fought against more than 1,000 militants."
    (fought,) = [m for m in mentions_in(text) if m.event_type == "armed_clash"]
    assert (fought.start_date, fought.date_basis) == (date(2024, 7, 29), "reported")


def test_a_place_set_off_by_commas_does_not_cut_the_clause_from_its_date():
    text = "Suspected jihadists seized the chief of Dougabougou, near Niono, and two councillors on Friday evening."
    (abduction,) = [m for m in mentions_in(text, "2022-10-17") if m.event_type == "abduction"]
    assert (abduction.start_date, abduction.place_id) == (date(2022, 10, 14), "niono")


ROUNDUP = """Security roundup: week of 9-15 April 2018

Every Monday we sum up the week's incidents.

GAO
On Tuesday, armed men stopped two lorries near the village of Tacharane and took the two drivers away.

BANKASS
In the Dogon country of central Mali, gunmen raided a village overnight Wednesday to Thursday.
"""


def test_a_roundup_section_heading_places_the_items_under_it(tmp_path):
    frames = build(tmp_path, ROUNDUP, "2018-04-16")
    mentions = frames["mentions"]
    placed = {m.event_type: (m.place_id, m.place_basis) for m in mentions.itertuples()}
    assert placed["abduction"] == ("gao", "section")
    assert placed["attack"] == ("bankass", "section")  # a loose area yields to the section's town
    assert "GAO" in set(frames["sentences"]["text"])  # the heading is kept, not stripped as a label


def build_articles(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> dict:
    """Build a corpus of articles given as id -> (title and text, publication date)."""
    (tmp_path / "raw").mkdir()
    rows = ["source_id,file,outlet,title,url,published,language"]
    for source_id, (text, published) in articles.items():
        (tmp_path / "raw" / f"{source_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{source_id},raw/{source_id}.txt,Test,{source_id.upper()},,{published},en")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return assemble(load_corpus(tmp_path))


def test_an_attack_in_a_month_without_place_or_actor_is_not_another_articles_attack(tmp_path):
    frames = build_articles(tmp_path, {
        "a": ("Village raided\n\nGunmen attacked the village of Ogossagou near Bankass on 23 March, killing scores.\n", "2019-03-25"),
        "b": ("Army convoy ambushed\n\nIn March, gunmen killed more than 20 soldiers at an army base in Ndoukala in an attack.\n", "2019-09-03"),
    })
    attacks = sorted((str(e.start_date.date()), str(e.end_date.date())) for e in frames["events"].itertuples() if e.event_type == "attack")
    assert attacks == [("2019-03-01", "2019-03-31"), ("2019-03-23", "2019-03-23")]


def test_an_unknown_place_in_the_clause_stops_a_place_from_the_sentence_before():
    text = "Fighting broke out near Boni on Monday. In March, gunmen killed 20 soldiers at an army base in Ndoukala in an attack."
    attack = [m for m in mentions_in(text, "2019-09-03") if m.event_type == "attack"]
    assert [(m.place_id, str(m.start_date)) for m in attack] == [(None, "2019-03-01")]


def test_a_place_that_only_locates_another_is_not_the_events_place():
    from timeline.corpus import Article
    from timeline.pipeline import process_article

    text = "Fighting erupted around Ber, near Timbuktu, where the army said on Aug. 12 that six soldiers had been killed the previous day."
    found = process_article(Article("t", "t.txt", date(2023, 9, 1), "en", {}, "0" * 64, text))["mentions"]
    assert {m.event_type: m.place_id for m in found}["casualties"] == "ber"


def test_the_scene_of_names_the_place():
    (clash,) = [m for m in mentions_in("Tinzaouaten, a border town, was the scene of heavy fighting in July.", "2024-09-01") if m.event_type == "armed_clash"]
    assert clash.place_id == "tinzaouaten"


def test_an_event_at_a_place_the_registry_lacks_is_not_merged_into_one_at_a_known_town(tmp_path):
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import assemble

    text = (
        "Gao airport attacked\n\n"
        "Jihadists attacked Gao airport on Friday morning, a day after an assault on the army position at Bamba left 15 soldiers dead.\n"
    )
    article = Article("q", "q.txt", date(2023, 9, 8), "en", {}, "0" * 64, text)
    events = assemble([article])["events"]
    attacks = events[events["event_type"] == "attack"]
    assert len(attacks) == 2
    assert sorted(str(d.date()) if hasattr(d, "date") else str(d) for d in attacks["start_date"]) == ["2023-09-07", "2023-09-08"]


def test_two_unregistered_places_on_following_days_are_two_events():
    """Neither village is in the registry; one article tells them on consecutive days."""
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import assemble

    text = (
        "Two attacks\n\n"
        "Gunmen raided a mine in Kiral on Thursday, killing 12 people. "
        "On Friday jihadists attacked the mosque of the Fambita quarter, in Kokorou, killing 44 worshippers.\n"
    )
    article = Article("q", "q.txt", date(2025, 3, 22), "en", {}, "0" * 64, text)
    frames = assemble([article])
    attacks = frames["events"][frames["events"]["event_type"] == "attack"]
    assert len(attacks) == 2
    mentions = frames["mentions"]
    assert set(mentions.loc[(mentions["event_type"] == "attack") & mentions["start_date"].notna(), "place_basis"]) == {"unregistered"}


def test_a_village_and_the_commune_around_it_are_one_event():
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import assemble

    text = (
        "Attack\n\n"
        "Gunmen attacked the village of Sabere on Saturday evening, killing 12 civilians. "
        "The attack on the hamlet, in the commune of Ouenkoro, lasted until Sunday morning, the mayor said.\n"
    )
    events = assemble([Article("q", "q.txt", date(2025, 3, 24), "en", {}, "0" * 64, text)])["events"]
    assert len(events[events["event_type"] == "attack"]) == 1


def test_protests_in_one_city_on_different_days_are_two_events(tmp_path):
    text = (
        "Power cuts\n\n"
        "Last Thursday, traders at a Bamako market closed their shops for a day in protest. "
        "On Sunday night, dozens of young people took to the streets of Bamako in protest against the cuts.\n"
    )
    found = {s for s in spans(build(tmp_path, text, "2024-04-23")) if s[0] == "protest"}
    assert found == {("protest", "2024-04-18", "2024-04-18"), ("protest", "2024-04-21", "2024-04-21")}


def test_four_articles_against_one_give_the_day_of_the_four_marked_disputed(tmp_path):
    (tmp_path / "raw").mkdir()
    rows = ["source_id,file,outlet,title,url,published,language"]
    told = {"a": "seized the town of Konna on 10 January", "b": "took Konna on 10 January", "c": "overran Konna on 10 January", "d": "seized Konna on 11 January"}
    for sid, words in told.items():
        (tmp_path / "raw" / f"{sid}.txt").write_text(f"Konna\n\nIslamist fighters {words}, officials said.\n", encoding="utf-8")
        rows.append(f"{sid},raw/{sid}.txt,Test {sid},Konna,,2013-01-20,en")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    events = assemble(load_corpus(tmp_path))["events"]
    seized = events[events.event_type == "territory_seized"]
    assert [(str(e.start_date.date()), str(e.end_date.date()), e.date_disputed, e.n_sources) for e in seized.itertuples()] == [("2013-01-10", "2013-01-10", True, 4)]


def test_another_articles_placeless_fighting_a_day_apart_is_not_the_attack_at_a_town(tmp_path):
    """Two articles, one day apart, nothing shared but the kind of event: a coder keeps two rows."""
    (tmp_path / "raw").mkdir()
    texts = {
        "a": "Post attacked\n\nGunmen attacked an army post near Tessit on Monday, killing 12 soldiers, the army said.\n",
        "b": "Village talks\n\nFighting broke out on Sunday between hunters and the militants, residents said.\n",
    }
    rows = ["source_id,file,outlet,title,url,published,language"]
    for sid, text in texts.items():
        (tmp_path / "raw" / f"{sid}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{sid},raw/{sid}.txt,Test {sid},T,,2021-03-18,en")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    events = assemble(load_corpus(tmp_path))["events"]
    fighting = sorted((str(e.start_date.date()), e.n_sources) for e in events.itertuples() if e.event_type in ("attack", "armed_clash"))
    assert fighting == [("2021-03-14", 1), ("2021-03-15", 1)]


def test_a_weekend_meets_another_articles_day_without_widening_it(tmp_path):
    """"An air strike in central Mali at the weekend" is the strike another article dates to
    Sunday near Bounti: it joins that event, and the Sunday, not the weekend, sets its bounds."""
    frames = build_articles(tmp_path, {
        "a": ("Strike near Bounti\n\nVillagers said a strike near Bounti killed about 20 people at a wedding on Sunday.\n", "2021-01-04"),
        "b": ("Denial\n\nFrench officials on Thursday again denied that an air strike in central Mali at the weekend had hit a wedding party.\n", "2021-01-07"),
    })
    strikes = frames["events"][frames["events"].event_type == "air_strike"]
    assert [(str(e.start_date.date()), str(e.end_date.date())) for e in strikes.itertuples()] == [("2021-01-03", "2021-01-03")]
    assert set(frames["mentions"][frames["mentions"].event_id == strikes.event_id.iloc[0]].source_id) == {"a", "b"}


def test_an_offensive_told_by_its_month_over_that_months_raids_is_the_campaign_itself(tmp_path):
    """Three articles tell the Islamic State's offensive by its month; a fourth tells raids of
    that month day by day. The offensive is an event of its own, not left unlinked as a coarse
    mention spanning several events."""
    from timeline.corpus import load_corpus
    from timeline.pipeline import assemble

    raw = tmp_path / "raw"
    raw.mkdir()
    texts = {
        "a": ("2022-05-18", "Raids\n\nOn 8 March, fighters attacked the settlement of Tamalat near Menaka, witnesses said. Between 15 and 19 March, the fighters attacked villages near Anderamboukane. In late March, raids spread north of Menaka town.\n"),
        "b": ("2023-04-11", "Offensive\n\nThe Islamic State in the Sahel launched its offensive on the Menaka region in March 2022, killing hundreds of civilians.\n"),
        "c": ("2024-04-16", "Menaka\n\nThe Islamic State's offensive of March 2022 then brought most of the Menaka region under its control.\n"),
    }
    rows = ["source_id,file,outlet,title,url,published,language"]
    for sid, (published, text) in texts.items():
        (raw / f"{sid}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{sid},raw/{sid}.txt,Test,{sid},,{published},en")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    frames = assemble(load_corpus(tmp_path))
    offensive = frames["mentions"][frames["mentions"]["event_type"] == "offensive"].dropna(subset=["start_date"])
    assert len(offensive) == 2 and offensive["event_id"].notna().all() and offensive["event_id"].nunique() == 1


def test_the_interval_most_reports_give_is_not_stretched_by_one_wider_report(tmp_path: Path):
    events = build_articles(tmp_path, {
        "a": ("Battle in the north\n\nRebels and the army fought at Tinzaouaten from July 25 to July 27, 2024, a rebel spokesman said.\n", "2024-07-29"),
        "b": ("Column routed\n\nThe fighting at Tinzaouaten lasted from July 25 to July 27, 2024, according to local officials.\n", "2024-07-30"),
        "c": ("A channel's version\n\nA channel close to the contractors said the fighting at Tinzaouaten ran from July 22 to July 27, 2024.\n", "2024-08-01"),
    })["events"]
    fights = [(str(e.start_date.date()), str(e.end_date.date())) for e in events.itertuples() if e.event_type == "armed_clash"]
    assert fights == [("2024-07-25", "2024-07-27")]


def test_a_convoy_fired_on_two_days_before_the_attacks_its_brief_also_tells_is_no_part_of_them(tmp_path):
    frames = build_articles(tmp_path, {
        "a": ("Kayes\n\nJihadists attacked army posts in Kayes on Tuesday, the army said.\n", "2025-07-02"),
        "b": ("Weekly brief\n\nOn 1 July, JNIM fighters attacked army camps in Kayes and Nioro.\n\n"
              "Elsewhere in the west. On 29 June, gunmen fired on a lorry convoy near Kayes, wounding two drivers.\n", "2025-07-08"),
    })
    assert {("attack", "2025-07-01", "2025-07-01"), ("attack", "2025-06-29", "2025-06-29")} <= spans(frames)


def test_an_attack_that_lasted_until_the_next_morning_is_one_event_over_both_days(tmp_path):
    text = "Attack\n\nGunmen attacked the village of Sabere on Saturday evening. The attack lasted until Sunday morning, the mayor said.\n"
    attacks = [s for s in spans(build(tmp_path, text, "2025-03-24")) if s[0] == "attack"]
    assert attacks == [("attack", "2025-03-22", "2025-03-23")]


def test_statements_by_speakers_no_registry_holds_merge_only_by_their_name():
    """Statements merge only with the same speaker and the same day (P6), also when the speaker
    is named only by the text: two embassies on one day are two statements, and one embassy told
    by two articles is one, titled with its name."""
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import assemble

    one = "Workers abducted\n\nThe Chinese embassy in Bamako said on Sunday that three of its citizens had been taken.\n\nThe Indian embassy said on Sunday it was in contact with the families.\n"
    two = "Embassy speaks\n\nThe Chinese Embassy in Bamako said on Sunday that it had asked its citizens to leave the area.\n"
    articles = [Article(i, f"{i}.txt", date(2025, 7, 7), "en", {}, str(n) * 64, t) for n, (i, t) in enumerate([("a", one), ("b", two)])]
    events = assemble(articles)["events"]
    statements = events[events["event_type"] == "public_statement"].sort_values("title")
    assert [(t, n) for t, n in zip(statements["title"], statements["n_sources"])] == [
        ("Public statement (The Indian embassy)", 1),
        ("Public statement – Bamako (The Chinese Embassy in Bamako)", 2),
    ]


def test_deaths_told_in_a_named_area_on_a_day_are_an_event_and_a_country_is_not_enough():
    """'A legionnaire was killed in the Ifoghas on Feb. 19' is an event of its own (an area
    inside a region, a day); deaths told only of a country on a day join an event or none."""
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import assemble

    text = ("Legionnaire killed\n\nA French Foreign Legion sergeant was killed in the Ifoghas on Feb. 19, the army said.\n\n"
            "Two soldiers were killed in Mali on Feb. 20, a minister said.\n")
    events = assemble([Article("q", "q.txt", date(2013, 2, 25), "en", {}, "0" * 64, text)])["events"]
    deaths = events[events["event_type"] == "casualties"]
    assert [(t, str(d.date())) for t, d in zip(deaths["title"], deaths["start_date"])] == [("Casualties – Adrar des Ifoghas", "2013-02-19")]


def test_a_state_and_its_ministry_or_demonym_are_one_speaker_and_merge_with_its_registry_actor():
    """'The Algerian foreign ministry said' and 'Algeria said' (the registry's Algeria) on one
    day are one statement; so are 'Senegal's foreign ministry' and 'Senegal' (no registry actor);
    the Chinese embassy stays apart."""
    from datetime import date

    from timeline.corpus import Article
    from timeline.pipeline import assemble

    one = ("Algeria\n\nThe Algerian foreign ministry said on Monday that the drone had entered its airspace.\n\n"
           "Senegal's foreign ministry said on Monday that its border would stay open.\n")
    two = ("Row\n\nAlgeria said on Monday that the drone had entered its airspace.\n\n"
           "Senegal said on Monday that its border post would stay open.\n\nThe Chinese embassy said on Monday that its citizens were safe.\n")
    articles = [Article(i, f"{i}.txt", date(2025, 4, 8), "en", {}, str(n) * 64, t) for n, (i, t) in enumerate([("a", one), ("b", two)], start=1)]
    events = assemble(articles)["events"]
    assert sorted(zip(events["title"], events["n_sources"])) == [
        ("Public statement (Algeria)", 2), ("Public statement (Senegal)", 2), ("Public statement (The Chinese embassy)", 1),
    ]
