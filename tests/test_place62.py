"""Corners read part by part (reconcile/extract/streets.py ``_parts``, data/streets.json constructions
with ``read`` 'parts'): two names sharing one plural street word ('near Birch and Ninth streets'),
a corner after 'corner of' or 'intersection of' with no street word, and a numbered street paired
with a named one ('at 41st and Tolliver'); and the place findings they feed (reconcile/places.py).
Sentences of our own, with the real model."""

from __future__ import annotations

import pytest

from conftest import findings_of, report_of


def places_of(nlp, text):
    doc = nlp(text)
    return [(f["attr"], f["street"], f["moment"]) for f in doc._.facts if f["attr"] in ("street", "corner")]


@pytest.mark.parametrize("text, expect", [
    ("Two men were wounded near Birch and Ninth streets on Friday.",
     [("corner", "birch street & ninth street", "event")]),
    ("Gunfire erupted at Tolliver and Ninth avenues shortly after midnight.",
     [("corner", "tolliver avenue & ninth avenue", "event")]),
    ("A woman was shot at the intersection of Terrace and Harwood avenues.",
     [("corner", "terrace avenue & harwood avenue", "event")]),
    ("A courier was shot at the corner of First and Pierce Streets NW.",
     [("corner", "first street & pierce street", "event")]),
    ("A woman was shot at the corner of Birch and Tolliver on Sunday.", [("corner", "birch & tolliver", "event")]),
    ("He was shot at the intersection of Corning and Tolliver November 3.", [("corner", "corning & tolliver", "event")]),
    ("Shots were fired at 41st and Tolliver around 9 p.m.", [("corner", "41st & tolliver", "event")]),
    ("Shots were fired at Tolliver and 41st around 9 p.m.", [("corner", "tolliver & 41st", "event")]),
    ("A cyclist was shot at the intersection of 41st Street and Tolliver on Monday.",
     [("corner", "41st street & tolliver", "event")]),
])
def test_corners_read_part_by_part(nlp, text, expect):
    assert places_of(nlp, text) == expect


@pytest.mark.parametrize("text, expect", [
    # a stretch between two cross streets is no corner of them (the street alone is read)
    ("Shots were fired on Birch Street between Second and Fourth streets.", [("street", "birch street", "event")]),
    # closed streets have no preposition of these constructions before them
    ("Police closed Birch and Ninth streets for hours after the shooting.", []),
    # a list of streets
    ("Officers searched Birch, Ninth and Tolliver streets overnight.", []),
    # two numbers are no numbered street and a named one; two names without a street word or a
    # 'corner of' are no corner ('at Pruitt and Haskins', a firm)
    ("The family lived on the 2nd and 3rd floors of the building.", []),
    ("She worked at Pruitt and Haskins before the shooting.", []),
    # a name that runs on past a hyphen is not cut into a street
    ("A woman was shot at the corner of Quimby Road and Kell-Bixby Road.", []),
])
def test_what_is_no_corner(nlp, text, expect):
    assert places_of(nlp, text) == expect


def test_a_corner_named_without_a_street_word_or_a_verb_is_no_scene(nlp):
    # a caption's fragment ('Officers at the intersection of ... with tape'): another moment
    assert places_of(nlp, "Officers at the intersection of Birch and Tolliver with tape after a chase.") == [
        ("corner", "birch & tolliver", "other")]


def test_a_corner_where_the_victim_was_found_is_another_moment(nlp):
    assert places_of(nlp, "Officers found the victim near Birch and Ninth streets.") == [
        ("corner", "birch street & ninth street", "other")]


A = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, {} on Tuesday evening; officers expect him to pull through.\n"
B = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot {} on Tuesday, police said. He was treated at a hospital.\n"


def _places(tmp_path, a, b):
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b}, "--one-event")
    return [(f["subject"], f["status"]) for f in findings_of(rep, kind="fact", measure="place")]


def test_two_plural_corners_with_other_cross_streets_differ(tmp_path):
    got = _places(tmp_path, A.format("at Birch and Ninth streets"), B.format("at Birch and Eleventh streets"))
    assert got == [("place · corner · birch street", "differ")]


def test_a_numbered_corner_against_a_plural_one_of_another_number_differs(tmp_path):
    got = _places(tmp_path, A.format("at 41st and Tolliver"), B.format("at 43rd and Tolliver streets"))
    assert got == [("place · corner · 41st", "differ")]


def test_one_corner_with_and_without_street_words_is_no_difference(tmp_path):
    assert _places(tmp_path, A.format("at 41st and Tolliver"), B.format("at 41st Street and Tolliver Avenue")) == []


def test_a_plural_street_word_against_another_street_word_differs(tmp_path):
    got = _places(tmp_path, A.format("at Birch and Ninth streets"), B.format("at Birch Avenue and Ninth Street"))
    assert got == [("place · street word · birch", "differ")]


def test_two_numbered_streets_sharing_a_plural_word_are_no_corner(nlp):
    # 'near 17th and 18th streets': two parallel streets of one grid, a stretch between them
    assert places_of(nlp, "Cameras near 17th and 18th streets caught the car speeding off.") == []


def test_one_street_written_with_an_ordinal_word_and_with_figures_is_one_corner(tmp_path):
    # reconcile/places.py _one_name: 'Eighth' and '8th' are one street name (data/compare.json street_ordinals)
    assert _places(tmp_path / "1", A.format("at Eighth and Tolliver streets"), B.format("at 8th and Tolliver streets")) == []
    assert _places(tmp_path / "2", A.format("at Eighth Street and Tolliver Avenue"),
                   B.format("at 8th Street and Tolliver Avenue")) == []


def test_a_misspelled_ordinal_street_is_a_spelling_slip_not_another_corner(tmp_path):
    # 'Eigth' is 'Eighth' spelled wrong: the spelling row tells it; the corner row reads one
    # street name, as it did before ordinal words were read as numbers (_one_name)
    got = _places(tmp_path, A.format("at Eighth Street and Tolliver Avenue"), B.format("at Eigth Street and Tolliver Avenue"))
    assert got == [("place · street spelled · eighth", "differ")]
