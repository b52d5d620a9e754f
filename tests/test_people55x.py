"""Session 37, pplx55 (issue 13, people precision): people around the event are not its
victims. One given an age who found the harm ('walked in and found her two neighbors dead') is no victim
for the age (``aged_bystander`` ``finding`` in data/persons.json); one given an age who speaks
where the age is given is not the unnamed casualty of that age either. Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data" / "persons.json"
LEAD = ("Two men were wounded Saturday night outside a bar on Pine Street. Police said the gunman "
        "fled on foot. Detectives asked for tips. ")
STORE = ("Gunfire broke out outside a corner store on Elm Street on Friday afternoon. A 25-year-old man "
         "took a bullet in the shoulder and was badly hurt. Police said the gunman fled in a car. ")


def people(nlp, text):
    return {p["name"]: (p["role"], p["outcome"]) for p in nlp(text)._.persons}


def test_the_finding_example_is_no_victim(nlp):
    example = json.loads(DATA.read_text(encoding="utf-8"))["aged_bystander"]["_finding_example"]
    assert people(nlp, LEAD + example)["Rosa Vance"][0] != "victim"


def test_one_who_found_a_body_is_no_victim(nlp):
    got = people(nlp, LEAD + "Omar Tull, 52, discovered the body of his neighbor on Sunday.")
    assert got["Omar Tull"][0] != "victim"


def test_one_found_dead_stays_a_victim(nlp):
    assert people(nlp, LEAD + "Rosa Vance, 41, was found dead in the kitchen.")["Rosa Vance"] == ("victim", "killed")
    assert people(nlp, LEAD + "Police found Rosa Vance, 41, dead in the kitchen.")["Rosa Vance"] == ("victim", "killed")


def test_a_child_who_found_a_gun_and_shot_herself_stays_a_victim(nlp):
    got = people(nlp, LEAD + "Ada Pell, 4, found a pistol in a drawer and shot herself.")
    assert got["Ada Pell"][0] == "victim"


def test_a_witness_of_the_casualtys_age_who_speaks_is_not_the_casualty(nlp):
    text = STORE + 'Omar Tull, 25, a plumber from Dover working on the next block, said "We heard three shots."'
    assert people(nlp, text)["Omar Tull"][0] != "victim"


def test_one_of_the_casualtys_age_who_does_not_speak_is_the_casualty(nlp):
    text = STORE + "Omar Tull, 25, of Dover, was in surgery on Saturday."
    assert people(nlp, text)["Omar Tull"] == ("victim", "injured")
