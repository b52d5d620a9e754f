"""place52 (session 35): street names written two ways wherever a story tells of them, not only at
the scene: between outlets a street word apart at another moment (where the gunmen ran, where a
suspect lives) or a spelling apart at any moment, and one page spelling a street two ways
(reconcile/places.py ``_elsewhere_apart``, ``_spelled_twice``). Sentences of our own, real model."""

from __future__ import annotations

from reconcile.places import _elsewhere_apart, _spelled_twice

from conftest import findings_of, report_of


def _places(tmp_path, a, b=None):
    files = {"a.txt": a} if b is None else {"a.txt": a, "b.txt": b}
    rep = report_of(tmp_path, files, "--one-event")
    return [(f["status"], f["subject"]) for f in findings_of(rep, kind="fact", measure="place")]


A = ("Teen wounded\n\nGunfire struck Dale Ormsby, 16, outside a bakery on Tuesday evening. "
     "The two gunmen then ran off along {}, officers said.\n")
B = ("Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot outside a bakery on Tuesday, police said. "
     "Witnesses saw the shooters run away along {}.\n")


def test_where_the_gunmen_ran_with_two_street_words_differs(tmp_path):
    got = _places(tmp_path, A.format("Tolliver Street"), B.format("Tolliver Avenue"))
    assert got == [("differ", "place · street word · tolliver")]


def test_numbered_streets_and_a_source_writing_both_words_stay_silent():
    assert _elsewhere_apart({"a": ["28th street"], "b": ["28th avenue"]}, {"a": ["28th street"], "b": ["28th avenue"]}) == {}
    every = {"a": ["tolliver street", "tolliver avenue"], "b": ["tolliver avenue"]}
    assert _elsewhere_apart({"a": ["tolliver street"], "b": ["tolliver avenue"]}, every) == {}  # a writes both
    got = _elsewhere_apart({"a": ["tolliver street"], "b": ["tolliver avenue"]},
                           {"a": ["tolliver street"], "b": ["tolliver avenue"]})
    assert sorted(got) == [("tolliver", "avenue"), ("tolliver", "street")]


def test_where_the_gunmen_ran_spelled_two_ways_differs(tmp_path):
    got = _places(tmp_path, A.format("Brannigan Road"), B.format("Branigan Road"))
    assert got == [("differ", "place · street spelled · branigan")]


def test_one_page_spelling_a_street_two_ways_is_a_slip_of_its_own(tmp_path):
    a = ("Teen wounded\n\nGunfire struck Dale Ormsby, 16, in the 400 block of Brannigan Road on Tuesday evening. "
         "The gunman lived on Branigan Road, police said.\n")
    assert _places(tmp_path, a) == [("inconsistent", "place · street spelled · branigan")]


def test_marks_spaces_and_other_street_words_are_no_spelling_slip():
    assert _spelled_twice({"a": ["pine view drive", "pineview drive"]}) == []  # a space only
    assert _spelled_twice({"a": ["brannigan road", "branigan court"]}) == []  # two street words: two streets
    assert _spelled_twice({"a": ["61st street", "62nd street"]}) == []  # numbers are never alike
    assert _spelled_twice({"a": ["brannigan road", "branigan road"]}) == [("a", "branigan", "brannigan")]


def test_one_house_numbered_two_ways_differs_but_two_houses_of_one_page_do_not(tmp_path):
    a = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, at 418 Quimby Avenue on Tuesday evening, police said.\n"
    b = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot at 416 Quimby Avenue on Tuesday, officers said.\n"
    assert _places(tmp_path / "one", a, b) == [("differ", "place · house number · quimby")]
    b2 = b.replace("officers said.", "officers said. The gunman lives at 418 Quimby Avenue.")
    assert _places(tmp_path / "two", a, b2) == []  # b gives both numbers: two houses
    b3 = b.replace("416", "438")
    assert _places(tmp_path / "far", a, b3) == [("differ", "place · house number · quimby")]
    b4 = b.replace("416", "516")
    assert _places(tmp_path / "block", a, b4) == []  # another hundred: the block row's


def test_a_street_a_place_lies_off_is_read_after_off_and_off_of(nlp):
    doc = nlp("Deputies were called to a house on Tern Court off of Harbor Road.")
    got = [(f["attr"], f["street"], f["hedge"], doc.text[f["start"]:f["end"]]) for f in doc._.facts if f["attr"] == "street"]
    assert got == [("street", "harbor road", "off", "Harbor Road")]
    assert [f["street"] for f in nlp("The van sped off down the road.")._.facts if f["attr"] == "street"] == []


def test_a_street_off_the_scene_is_spelled_against_but_not_set_against_the_scene(tmp_path):
    a = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, at a house off of Brannigan Road on Tuesday evening.\n"
    b = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot on Branigan Road on Tuesday, police said.\n"
    assert _places(tmp_path / "spelled", a, b) == [("differ", "place · street spelled · branigan")]
    b2 = b.replace("Branigan Road", "Brannigan Avenue")
    assert _places(tmp_path / "near", a, b2) == []  # only near the scene: no street word set against it
