"""Streets and corners where a shooting happened (reconcile/extract/streets.py, data/streets.json)
and the outlets that put it on different streets (reconcile/places.py), end to end on sentences
of our own with the real model."""

from __future__ import annotations

import pytest

from reconcile.places import same_street

from conftest import findings_of, report_of


def places_of(nlp, text):
    doc = nlp(text)
    return [(f["attr"], f["street"], f["moment"]) for f in doc._.facts if f["attr"] in ("street", "corner")]


@pytest.mark.parametrize("text, expect", [
    ("A cyclist was shot on Quarry Road late Sunday.", [("street", "quarry road", "event")]),
    ("Two brothers were wounded at Birch St. and Ninth Avenue before dawn.",
     [("corner", "birch street & ninth avenue", "event")]),
    ("Gunfire broke out on W. 41st Street near Harbor Boulevard.",
     [("corner", "41st street & harbor boulevard", "event")]),
    ("Shots rang out on Tanner Avenue between Fourth Street and Sixth Street.",
     [("corner", "tanner avenue & fourth street & sixth street", "event")]),
    ("Deputies arrived at Willow Lane around 4 a.m.", [("street", "willow lane", "response")]),
])
def test_streets_and_corners_of_the_shooting(nlp, text, expect):
    assert places_of(nlp, text) == expect


@pytest.mark.parametrize("text", [
    "Deputies later found the wounded driver on Quarry Road.",
    "The victim lived on Quarry Road with an aunt.",
    "The gunman was arrested on Quarry Road two days later.",
    "She was taken to a clinic on Quarry Road.",
])
def test_where_someone_was_found_lived_taken_or_arrested_is_not_the_scene(nlp, text):
    assert [m for _a, _s, m in places_of(nlp, text)] == ["other"]


def test_a_street_without_its_word_is_any_street_of_that_name():
    assert same_street("quarry", "quarry road") and same_street("quarry road", "quarry road")
    assert not same_street("quarry avenue", "quarry road") and not same_street("birch street", "ninth avenue")


def _places(tmp_path, a, b):
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b}, "--one-event")
    return findings_of(rep, kind="fact", measure="place")


A = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, {} on Tuesday evening; officers expect him to pull through.\n"
B = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot {} on Tuesday, police said. He was treated at a hospital.\n"


def test_one_street_name_with_two_street_words_differs(tmp_path):
    got = _places(tmp_path, A.format("at Ferris Street and Dunmore Avenue"),
                  B.format("at Ferris Street and Dunmore Road"))
    assert [f["subject"] for f in got] == ["place · street word · dunmore"]
    assert [f["status"] for f in got] == ["differ"]


def test_a_source_writing_both_street_words_is_no_difference(tmp_path):
    a = A.format("at Ferris Street and Dunmore Avenue") + "Officers arrived at Dunmore Road minutes later.\n"
    assert _places(tmp_path, a, B.format("at Ferris Street and Dunmore Road")) == []


def test_where_the_victim_was_found_is_not_set_against_the_scene(tmp_path):
    a = ("Teen wounded\n\nGunfire struck Dale Ormsby, 16, in the 600 block of Ferris Street on Tuesday evening. "
         "Officers found him on Dunmore Avenue, police said.\n")
    assert _places(tmp_path, a, B.format("in the 600 block of Dunmore Road")) == []


def test_street_names_spelled_alike_are_one_street_but_not_ordinals():
    assert same_street("brennock street", "brenock street")
    assert not same_street("61st street", "62nd street")


def test_a_source_that_tells_of_another_shooting_is_left_out(tmp_path):
    a = A.format("at Dunmore Avenue") + "About 9 p.m. officers were sent to a second shooting across town, where a woman was hurt.\n"
    assert _places(tmp_path, a, B.format("in the 600 block of Dunmore Road")) == []


def test_a_place_only_near_the_scene_is_not_set_against_it(tmp_path):
    a = "Teen wounded\n\nDale Ormsby, 16, was hurt. The shooting happened near Dunmore Avenue on Tuesday evening.\n"
    assert _places(tmp_path, a, B.format("in the 600 block of Dunmore Road")) == []


def test_a_response_place_counts_only_where_the_police_come(tmp_path):
    a = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, on Tuesday evening. His school is located on Dunmore Avenue.\n"
    assert _places(tmp_path, a, B.format("in the 600 block of Dunmore Road")) == []


def test_saint_written_short_is_no_street_word():
    assert same_street("street kilda street", "saint kilda street")


def test_sources_hours_apart_tell_two_shootings_and_are_not_compared(tmp_path):
    a = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, on Dunmore Avenue about 2 p.m. Tuesday.\n"
    b = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot in the 600 block of Dunmore Road about 11 p.m. Tuesday.\n"
    assert _places(tmp_path, a, b) == []
