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
