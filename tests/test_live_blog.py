"""Live-blog entries under a day heading tell that day's events (timeline/events.py, _entry_days)."""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import load_corpus
from timeline.pipeline import process_article

BLOG = """LIVE: Gunfire at the army camp in Kati

Friday, 22 July

17:40 GMT - Army gives a toll
The army says the attack on the camp was repelled.

07:50 GMT - Explosions at the gate
A car bomb exploded at the entrance of the camp in Kati.

Thursday, 21 July

22:05 GMT - Attacks in the centre
Militants attacked army positions near Douentza.

Background
Fighters attacked the camp in the past as well.
"""


def mentions(tmp_path: Path) -> list:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "blog.txt").write_text(BLOG, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file,outlet,title,url,published,language\nb,raw/blog.txt,Test,Blog,,2022-07-22,en\n", encoding="utf-8")
    return process_article(load_corpus(tmp_path)[0])["mentions"]


def test_entries_take_their_day_heading_and_background_takes_none(tmp_path):
    dated = {m.quote[:30]: (str(m.start_date), m.date_basis) for m in mentions(tmp_path)}
    assert dated["A car bomb exploded at the ent"] == ("2022-07-22", "occurred")
    assert dated["Militants attacked army positi"] == ("2022-07-21", "occurred")
    assert dated["Fighters attacked the camp in "] == ("None", "undated")


SINGLE_DAY = """LIVE: Attackers hit a training school in Bamako

Key points
The army says the situation is under control.

21:40 — Ambulances were still arriving at the hospital tonight, our correspondent reports.

13:30 — A security source tells us that at least 20 people died in the attack on the school.

Background
In July 2022, JNIM struck the Kati military camp, 15 km from Bamako.
"""


def test_a_blog_without_day_headings_is_a_blog_of_its_publication_day(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "blog.txt").write_text(SINGLE_DAY, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file,outlet,title,url,published,language\nb,raw/blog.txt,Test,Blog,,2024-09-17,en\n", encoding="utf-8")
    found = process_article(load_corpus(tmp_path)[0])["mentions"]
    by_type = {m.event_type: m for m in found}
    entry = [m for m in found if m.quote.startswith("13:30")]
    assert [(str(m.start_date), m.date_basis) for m in entry] == [("2024-09-17", "occurred")]
    assert "deployment" not in by_type  # ambulances arriving are no troops
    (kati,) = [m for m in found if "Kati" in m.trigger]
    assert kati.place_id == "kati"  # the place named inside the trigger


STAMPED = """LIVE: Gunmen attack army posts across the west

Live updates | Tuesday 1 July 2025 | Last updated 19:05 GMT

17:30 GMT
A local official says gunmen attacked the gendarmerie post in Diboli.

08:15 GMT
Residents report that militants attacked the customs office in Kayes.

BACKGROUND
Militants attacked the camp at Boulkessi, and the army left it.
"""


def test_a_live_title_with_clock_lines_only_makes_a_blog_of_its_publication_day(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "blog.txt").write_text(STAMPED, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file,outlet,title,url,published,language\nb,raw/blog.txt,Test,Blog,,2025-07-01,en\n", encoding="utf-8")
    found = {m.quote[:20]: (str(m.start_date), m.date_basis) for m in process_article(load_corpus(tmp_path)[0])["mentions"] if m.event_type == "attack"}
    assert found["A local official say"] == ("2025-07-01", "occurred")
    assert found["Residents report tha"] == ("2025-07-01", "occurred")
    assert found["Militants attacked t"] == ("None", "undated")  # under a section heading kept as one


DAY_HEADED = """Live: Dozens killed in attacks on Niger River boat and army camp in northern Mali

This article was updated on 8 September 2023 at 16:20 GMT

Thursday 7 September 2023

11:52 GMT - The army says the passenger boat was attacked near Rharous.

Friday 8 September 2023

09:15 GMT - Rockets struck near the airport of Timbuktu, residents say.
"""


def test_day_lines_above_clock_entries_are_day_headings_not_page_stamps(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "blog.txt").write_text(DAY_HEADED, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file,outlet,title,url,published,language\nb,raw/blog.txt,Test,Blog,,2023-09-08,en\n", encoding="utf-8")
    records = process_article(load_corpus(tmp_path)[0])
    kinds = {r["text"][:25]: r["kind"] for r in records["sentences"]}
    assert kinds["Live: Dozens killed in at"] == "title"  # a long title is still the title
    assert kinds["Thursday 7 September 2023"] == "heading"
    assert not any(r["text"].startswith("This article was updated") for r in records["sentences"])
    found = {m.event_type: str(m.start_date) for m in records["mentions"]}
    assert found["attack"] == "2023-09-07" and found["shelling"] == "2023-09-08"


def test_every_clock_entry_under_a_day_heading_takes_that_day(tmp_path):
    blog = DAY_HEADED.replace(
        "11:52 GMT - The army says the passenger boat was attacked near Rharous.\n",
        "11:52 GMT - The army says the passenger boat was attacked near Rharous.\n\n14:45 GMT - Separately, the army says its post at Bamba was attacked early in the day.\n",
    )
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "blog.txt").write_text(blog, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file,outlet,title,url,published,language\nb,raw/blog.txt,Test,Blog,,2023-09-08,en\n", encoding="utf-8")
    found = [(m.quote[:20], str(m.start_date)) for m in process_article(load_corpus(tmp_path)[0])["mentions"] if m.event_type == "attack"]
    assert ("14:45 GMT - Separate", "2023-09-07") in found


SUMMARISED = """This site uses cookies. Read our policy. [OK]

Test Live Desk

LIVE: Gunmen take hostages at a hotel in Mali's capital

Key points
- Gunmen stormed the hotel in Bamako around 7 a.m. and took guests and staff hostage, witnesses said.
- Special forces brought out the survivors floor by floor.

Background
In March, a gunman attacked a bar in Bamako.
"""


def test_a_summary_under_key_points_tells_the_day_of_a_blog_under_a_masthead(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "blog.txt").write_text(SUMMARISED, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("source_id,file,outlet,title,url,published,language\nb,raw/blog.txt,Test,Blog,,2015-11-20,en\n", encoding="utf-8")
    records = process_article(load_corpus(tmp_path)[0])
    assert not any("cookies" in r["text"] for r in records["sentences"])  # the banner is page junk
    found = {m.trigger: str(m.start_date) for m in records["mentions"]}
    assert found["stormed the hotel"] == "2015-11-20"  # a point under "Key points"
    assert found["attacked"] == "2015-03-01"  # the background is not the blog's day
