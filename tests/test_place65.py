"""A place set for the scene whose 'when' clause of the shooting the parser hangs on the day
rather than on the verb is the shooting's place (session 45, place65): 'was standing on Elm
Street on Sunday night when two men opened fire' (the clause a relative clause of 'night'),
'was on Birch Road Saturday when he was shot' (a bare noun of time). Such a place, read as
another moment's before, now meets another outlet's street: a street word apart is a
difference. A 'when' clause whose happening is not the shooting leaves the place another
moment's, and a verb that tells another moment (an arrest) keeps it. Sentences of our own, on
the real model."""

from __future__ import annotations

from conftest import findings_of, report_of


def _places(nlp, text):
    doc = nlp(text)
    return [(text[f["start"]:f["end"]], f["moment"]) for f in doc._.facts if f["attr"] in ("street", "corner")]


def test_a_when_clause_hung_on_the_day_after_a_preposition(nlp):
    assert _places(nlp, "The victim was standing outside a store on Elm Street on Sunday night when two men "
                        "walked up and opened fire.") == [("Elm Street", "event")]


def test_a_when_clause_hung_on_the_date_of_a_corner(nlp):
    assert _places(nlp, "Relatives say Dorsey was with cousins on West 12th Street near Tolliver Avenue on "
                        "March 3 when a man in a blue pickup pulled up and fired.") == [
        ("West 12th Street near Tolliver Avenue", "event")]


def test_a_when_clause_of_something_else_leaves_the_place_another_moments(nlp):
    assert _places(nlp, "The victim was standing outside a store on Elm Street on Sunday night when a fight "
                        "broke out among his friends.") == [("Elm Street", "other")]


def test_an_arrest_keeps_its_own_moment(nlp):
    assert _places(nlp, "She was arrested on Birch Road on Friday when officers stopped her car.") == [
        ("Birch Road", "other")]


def test_the_scene_set_by_its_day_against_another_sources_street_word(tmp_path):
    a = ("Man killed on Tolliver\n\nRelatives say Dorsey was with cousins on West 12th Street near Tolliver "
         "Avenue on March 3 when a man in a blue pickup pulled up and fired. Dorsey, 19, died at the scene.\n")
    b = ("Teen shot dead\n\nA 19-year-old man was shot and killed on West 12th Street near Tolliver Road on "
         "Tuesday, police said. His name is Kevin Dorsey.\n")
    rows = findings_of(report_of(tmp_path, {"a.txt": a, "b.txt": b}), kind="fact", status="differ")
    assert [r for r in rows if "street word" in (r.get("subject") or "")], rows
