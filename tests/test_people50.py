"""Session 34, people50: a named person with an age and nothing else who is charged or
before a court is a suspect, not a victim (``aged_suspect`` in data/persons.json); a
surname the tagger takes for a plural ('Banks') is a person's when listed with one.
Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data" / "persons.json"


def people(nlp, text):
    return {p["name"]: (p["role"], p["outcome"]) for p in nlp(text)._.persons}


def test_the_aged_suspect_example_reads_a_suspect(nlp):
    example = json.loads(DATA.read_text(encoding="utf-8"))["aged_suspect"]["example"]
    assert people(nlp, "A man was shot dead in May. " + example)["Dee Bent"][0] == "suspect"


def test_one_who_appears_in_court_is_a_suspect(nlp):
    text = "A clerk was shot dead in June. Ty Mott, 20, appeared before a judge on Tuesday and asked for a lawyer."
    assert people(nlp, text)["Ty Mott"][0] == "suspect"


def test_one_with_an_age_and_nothing_else_stays_a_victim(nlp):
    text = "A man was shot dead in May. Dee Bent, 21, was at the party with friends."
    assert people(nlp, text)["Dee Bent"][0] == "victim"


def test_the_victim_of_a_charge_stays_the_victim(nlp):
    got = people(nlp, "Police charged Ray Dunn, 30, on Monday with killing Ana Ruiz, 19.")
    assert got["Ana Ruiz"] == ("victim", "killed") and got["Ray Dunn"][0] == "suspect"


def test_a_surname_tagged_as_a_plural_listed_with_a_person(nlp):
    got = people(nlp, "Troopers detained Darnell Ortega and Jamal Banks after the chase.")
    assert got.get("Jamal Banks", (None,))[0] == "suspect"


def test_a_plural_group_listed_with_a_person_is_no_name(nlp):
    got = people(nlp, "Police arrested Ana Ruiz and four U.S. Marines on Friday.")
    assert not any("Marines" in n for n in got)
