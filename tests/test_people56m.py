"""Session 38, pplm56 (issue 13, people recall): a victim the article describes before it
names them ('a stray round grazed a 9-year-old girl ... The girl, Nadia Orlov, ...', 'a man was found
shot dead ... He was Bernard Walsh') is the named person, when that one is given no role
otherwise (``described_named`` in data/persons.json). Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data" / "persons.json"
TEEN = "Deputies said a pellet wounded a 16-year-old boy on Tuesday while two other teens played with a gun in a shed. "


def people(nlp, text):
    return {p["name"]: (p["role"], p["outcome"], p["age"]) for p in nlp(text)._.persons}


def test_the_example_names_the_described_girl(nlp):
    example = json.loads(DATA.read_text(encoding="utf-8"))["described_named"]["example"]
    assert people(nlp, example)["Nadia Orlov"] == ("victim", "injured", 9)


def test_a_definite_noun_in_apposition_names_the_described_victim(nlp):
    got = people(nlp, TEEN + "Reporters later met the teen, Martin Oyelaran, at his home.")
    assert got["Martin Oyelaran"] == ("victim", "injured", 16)


def test_he_was_names_the_described_dead(nlp):
    text = "Deputies found a 40-year-old man shot dead in a car on Route 9 on Sunday. He was Bernard Walsh, according to the coroner."
    assert people(nlp, text)["Bernard Walsh"] == ("victim", "killed", 40)


def test_a_noun_of_another_gender_or_a_relative_names_no_one_described(nlp):
    girl = "On Elm Street a stray round grazed a 9-year-old girl in the shoulder. "
    assert people(nlp, girl + "The man, Omar Orlov, was driving the car.")["Omar Orlov"][0] is None
    assert people(nlp, girl + "The girl's father, Omar Orlov, was driving the car.")["Omar Orlov"][0] != "victim"


def test_two_named_with_no_role_leave_the_described_victim_unnamed(nlp):
    text = TEEN + "Reporters later met the teen, Martin Oyelaran, at his home. The teen, Ivo Brandt, was not hurt."
    got = people(nlp, text)
    assert got["Martin Oyelaran"][0] is None
