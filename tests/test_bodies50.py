"""Everyone named in the phrase of the dead is one of the dead (session 50, issue 13):
'found the bodies of A, his wife, B, and their two children, C and D' gives B, C and D the
outcome A has, through the appositions and coordinated nouns, and so does a noun the parser
coordinates with 'bodies' itself. Sentences of our own, the real model."""

from __future__ import annotations

from conftest import persons_by_name


def _fates(nlp, text):
    return {n: (p["role"], p["outcome"]) for n, p in persons_by_name(nlp, text).items()}


def test_a_family_named_in_the_bodies_of_phrase_is_dead(nlp):
    got = _fates(nlp, "Neighbours made the discovery late Sunday, finding the bodies of Ray Holt, his wife, "
                      "Ana Holt, and their two children, 6-year-old Cy and 2-year-old Bo, inside the farmhouse.")
    assert {n: f for n, f in got.items() if n != "Ray Holt"} == {
        "Ana Holt": ("victim", "killed"), "Cy Holt": ("victim", "killed"), "Bo Holt": ("victim", "killed")}


def test_children_coordinated_with_the_bodies_are_dead(nlp):
    got = _fates(nlp, "The bodies of Ray and Ana Holt, both 35, and their three daughters -- 4-year-old Lia, "
                      "6-year-old Mae and 13-year-old Zoe -- were found inside their home Sunday night.")
    assert {n: got[n] for n in ("Lia Holt", "Mae Holt", "Zoe Holt")} == {
        n: ("victim", "killed") for n in ("Lia Holt", "Mae Holt", "Zoe Holt")}


def test_a_name_behind_a_preposition_of_its_own_is_not_dead(nlp):
    got = _fates(nlp, "Deputies found the body of Ana Ruiz, the wife of Lee Park, in a car near the quarry.")
    assert got["Ana Ruiz"][1] == "killed" and got.get("Lee Park", (None, None))[1] != "killed"
