"""Two sources that put the scene at different corners (reconcile/places.py
``_corners_apart``), end to end on sentences of our own with the real model."""

from __future__ import annotations

from conftest import findings_of, report_of

A = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, {} on Tuesday evening; officers expect him to pull through.\n"
B = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot {} on Tuesday, police said. He was treated at a hospital.\n"


def _places(tmp_path, a, b):
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b}, "--one-event")
    return findings_of(rep, kind="fact", measure="place")


def test_two_corners_with_no_street_in_common_differ(tmp_path):
    got = _places(tmp_path, A.format("at Ferris Street and 14th Avenue"), B.format("at 15th Avenue and Quarry Road"))
    assert [(f["subject"], f["status"]) for f in got] == [("place · corner · ferris street", "differ")]


def test_a_corner_against_a_block_of_one_of_its_streets_is_no_difference(tmp_path):
    b = B.format("at 15th Avenue and Quarry Road") + "The house is in the 300 block of Ferris Street.\n"
    assert _places(tmp_path, A.format("at Ferris Street and 14th Avenue"), b) == []


def test_two_cross_streets_of_one_street_differ(tmp_path):
    got = _places(tmp_path, A.format("at Ferris Street and 14th Avenue"), B.format("at Ferris Street and Quarry Road"))
    assert [(f["subject"], f["status"]) for f in got] == [("place · corner · ferris street", "differ")]


def test_one_corner_told_by_both_is_no_difference(tmp_path):
    b = B.format("at Ferris Street and Quarry Road") + "Medics later found him at Ferris Street and 14th Avenue.\n"
    assert _places(tmp_path, A.format("at Ferris Street and 14th Avenue"), b) == []


def test_a_corner_where_the_victim_was_found_is_not_set_against_the_scene(tmp_path):
    b = ("Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot on Tuesday, police said. "
         "Officers found him at 15th Avenue and Quarry Road.\n")
    assert _places(tmp_path, A.format("at Ferris Street and 14th Avenue"), b) == []


def test_a_corner_whose_street_is_read_as_a_street_word_alone_is_left_out(tmp_path):
    assert _places(tmp_path, A.format("at North Lane near Quarry Road"), B.format("at North Lane and Quarry Road")) == []


def _addresses(nlp, text):
    return [(f["street"], f["value"][0]) for f in nlp(text)._.facts if f["attr"] == "address"]


def test_a_house_number_after_an_owners_possessive_is_an_address(nlp):
    assert _addresses(nlp, "Ormsby was shot at Kettering’s 451 Elm Street home on Tuesday.") == [("elm street", 400)]
    assert _addresses(nlp, "The teen was wounded inside his 451 Elm St. home.") == [("elm street", 400)]
    assert _addresses(nlp, "He was sitting in his 1999 Ford Explorer when shots rang out.") == []


def test_a_house_number_after_a_possessive_is_set_against_another(tmp_path):
    got = _places(tmp_path, A.format("at Kettering's 451 Elm Street home"), B.format("at 457 Elm Street"))
    assert [(f["subject"], f["status"]) for f in got] == [("place · house number · elm", "differ")]
