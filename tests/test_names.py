"""The registries and name matching: every spelling a reporter uses finds the same entry."""

from __future__ import annotations

import pytest

from timeline.names import actors, compatible_places, fold, matcher, places


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.id) for m in matcher().find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fighting near TINZAOUATENE", ("TINZAOUATENE", "tinzaouaten")),
        ("Fighting near Tin-Zaouatene", ("Tin-Zaouatene", "tinzaouaten")),
        ("Fighting near Tinzaouatène", ("Tinzaouatène", "tinzaouaten")),
        ("Fighting near Tin Zaouatene", ("Tin Zaouatene", "tinzaouaten")),
        ("Mali’s army said", ("Mali’s army", "fama")),
        ("an al Qaeda affiliate", ("al Qaeda affiliate", "jnim")),
        ("Jama’a Nusrat ul-Islam wa al-Muslimin (JNIM)", ("Jama’a Nusrat ul-Islam wa al-Muslimin", "jnim")),
        ("Colonel Assimi Goita", ("Colonel Assimi Goita", "goita")),
        ("Russia’s foreign ministry announced", ("Russia’s foreign ministry", "russia_mfa")),
    ],
)
def test_spellings_find_their_entry(text, expected):
    assert expected in found(text)


def test_folding_keeps_one_character_per_character():
    text = "Tinzaouatène, Mali’s al-Qaeda «CSP-PSD»"
    assert len(fold(text)) == len(text)
    assert fold("Tinzaouatène") == "tinzaouatene"


def test_no_name_belongs_to_two_entries_of_a_registry():
    for registry in (actors(), places()):
        owner: dict[str, str] = {}
        for entry in registry.values():
            for name in entry.names:
                key = " ".join(fold(name).split())
                assert owner.setdefault(key, entry.id) == entry.id, (name, owner[key], entry.id)


def test_a_country_name_is_both_the_state_and_the_place():
    assert sorted(m.kind for m in matcher().find("in Algeria")) == ["actor", "place"]


def test_every_entry_cites_a_source_and_its_parents_exist():
    for registry in (actors(), places()):
        for entry in registry.values():
            assert entry.fields["source"], entry.id
            for parent in entry.parents:
                assert parent in registry, (entry.id, parent)


def test_a_town_is_compatible_with_its_region_and_border_but_not_another_town():
    assert compatible_places("tinzaouaten", "northern_mali")
    assert compatible_places("mali_algeria_border", "tinzaouaten")
    assert not compatible_places("tinzaouaten", "kidal")
    assert compatible_places("sahel", "mali"), "a loose area is compatible with what lies in it"


def test_a_surname_is_the_person_the_article_last_named_in_full():
    from timeline.names import matcher, with_surnames

    texts = ["Keita spoke first.", "President Ibrahim Boubacar Keita arrived.", "Keita then left."]
    found = with_surnames(texts, [matcher().find(t) for t in texts])
    assert [n.id for n in found[0] if n.kind == "actor"] == []  # not before the full name
    assert [(n.id, texts[2][n.start : n.end]) for n in found[2] if n.kind == "actor"] == [("ibk", "Keita")]


def test_an_area_inside_a_region_is_where_that_region_is():
    from timeline.names import compatible_places
    assert not compatible_places("gao", "adrar_des_ifoghas")  # the massif is in Kidal Region
    assert compatible_places("kidal", "adrar_des_ifoghas") and compatible_places("kidal_region", "adrar_des_ifoghas")
    assert compatible_places("gao", "sahel") and compatible_places("gao", "northern_mali")  # loose areas and Mali's thirds
