"""Custody readings of session 35 (cust53): a search for suspects told in a headline as one
suspect sought by the kind of case ('County seeks homicide suspect', in any case of letters)
or as a count with no noun ('deputies hunting for at least 3 in killing'), each read as no
one held. Sentences of our own."""

from __future__ import annotations

from functools import partial

from conftest import fact_moments as _facts


def test_one_suspect_sought_by_kind_of_case(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Birch County seeks homicide suspect in death of a cashier\n\nA man died.") == [
        ("none", "seeks homicide suspect")]
    assert said("Police seek 2 suspects in Elm Street shooting\n\nTwo men were hurt.") == [
        ("none", "seek 2 suspects")]
    assert said("Police Seek Homicide Suspect in Elm Street Killing\n\nA man died.") == [
        ("none", "Seek Homicide Suspect")]
    assert said("Deputies seek the suspect's car.") == []
    assert said("Deputies seek a second suspect.") == []


def test_a_search_for_a_count_with_no_noun(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Body found in Birch Lane home; deputies hunting for at least 3 in killing\n\nA man died.") == [
        ("none", "hunting for at least 3")]
    # a count of more is one of several still sought (construction 'two more')
    assert said("One suspect is in jail, and deputies were looking on Monday for two more in the robbery.") == [
        ("sought", "looking on Monday for two more")]
