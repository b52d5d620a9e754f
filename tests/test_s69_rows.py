"""Session 69: rows a careful reading found wrong, and readers that said less than they should;
each on sentences of our own, end to end on the real model."""

from __future__ import annotations

from conftest import findings_of, report_of


def test_a_direction_that_names_its_street_stays_in_the_streets_key(nlp):
    # 'W. North Ave.' was keyed 'avenue', as every avenue with a direction before it, so a page's
    # North Avenue and another's South Avenue were one street; a direction before a named street or
    # a road known by its number still goes ('North Highway 340' is Highway 340)
    def streets(text):
        return [d["street"] for d in nlp(text)._.facts if d["attr"] == "address"]

    assert streets("He was shot in the 1800 block of W. North Ave. on Sunday.") == ["north avenue"]
    assert streets("He was shot in the 2500 block of East Lane on Sunday.") == ["east lane"]
    assert streets("He was shot in the 2700 block of N. Elm St. on Sunday.") == ["elm street"]
    assert streets("He was shot in the 900 block of North Highway 340 on Sunday.") == ["highway 340"]


def test_blocks_of_two_streets_named_by_directions_are_no_difference(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Man shot in Elmwood\n\nA 30-year-old man was shot and wounded in the 1800 block of North "
                  "Avenue on Sunday night, police said.\n"),
        "b.txt": ("Elmwood man wounded\n\nA 30-year-old man was shot and wounded in the 500 block of South "
                  "Avenue on Sunday night, police said.\n")})
    assert findings_of(rep, kind="fact", measure="address") == []
