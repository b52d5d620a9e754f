"""Rows read wrong in session 62, from the people scorer's even-half rows and the careful
readings of rounds 126 to 129. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

from conftest import persons_by_name


def test_a_first_name_before_a_hyphenated_surname_is_kept(nlp):
    # the recogniser leaves the first name out of 'Rey Ortiz-Lind'; a hyphen is no word of the name
    text = ("Man charged in shooting on NW Side\n\nCEDAR FALLS - Tomas Rey Ortiz-Lind, 36, has been arrested and "
            "charged in the shooting death of a 15-year-old girl on Monday. Ortiz-Lind is accused of killing her.")
    assert "Tomas Rey Ortiz-Lind" in persons_by_name(nlp, text)

def test_a_clause_of_its_own_subject_under_be_is_no_state_of_the_subject(nlp):
    # 'Whomever shot her grandson' is the gunman's clause, set before 'is': the grandmother is not hurt by it
    text = ("Tom Nolan, 30, was killed early Sunday at a bar on Elm Street.\n\n"
            "Whomever shot her grandson, Marta Nolan is willing to pardon them.")
    got = persons_by_name(nlp, text)
    assert got["Marta Nolan"]["role"] != "victim"
    assert got["Tom Nolan"]["outcome"] == "killed"

def test_the_first_man_shot_after_be_is_the_subject(nlp):
    # the parser gives 'shot' a subject of its own ('man') after 'was': still the subject's state
    text = ("Three men were shot on Elm Street. Jaquarius Wells apparently was the first man shot, but said he did "
            "not see the shooting itself.")
    assert persons_by_name(nlp, text)["Jaquarius Wells"]["role"] == "victim"
