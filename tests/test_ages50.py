"""Ages written where the reading did not look (session 34, age50; gva-dev even half): a
describing phrase after a name whose words the parser hangs elsewhere, the age between commas
of 'the victim, 16,', and a surname the recogniser missed written with an age. Sentences of our
own, about invented shootings."""

from __future__ import annotations

import pytest


def _ages(nlp, text: str) -> dict:
    return {p["name"]: p.get("age") for p in nlp(text)._.persons}


@pytest.mark.parametrize("text, name, age", [
    ("Kyle Vance, a deeply troubled 17-year-old being cared for by his uncle, fired at the group and hit Ned Ash.",
     "Kyle Vance", 17),
    ("Police arrested Lena Orr, a 24-year-old, on Monday.", "Lena Orr", 24),
    # a clause between the article and the age: the age is the other name's
    ("Kyle Vance, a coach who trained 17-year-old Ned Ash, was arrested after the shooting of Bo Lutz, 30.",
     "Kyle Vance", None),
    # the phrase after the name is a clause's subject: the age is the girl's
    ("According to Deputy Kyle Vance, a 6-year-old girl is recovering after her cousin fired a pistol.", "Kyle Vance", None),
])
def test_an_age_in_a_describing_phrase_after_the_name(nlp, text, name, age):
    assert _ages(nlp, text)[name] == age


@pytest.mark.parametrize("text, age", [
    ("A boy died in a hunting accident on Saturday. A relative identified the victim as Ned Ash. Deputies "
     "believe the victim, 16, was hit by a round his 12-year-old cousin fired.", 16),
    # no age between the commas: the cousin's age is not the victim's
    ("A boy died in a hunting accident on Saturday. A relative identified the victim as Ned Ash. Deputies "
     "believe the victim, sadly, was hit by a round his 12-year-old cousin fired.", None),
])
def test_the_victim_with_an_age_between_commas(nlp, text, age):
    assert _ages(nlp, text)["Ned Ash"] == age


@pytest.mark.parametrize("text, name, age", [
    ("Detectives arrested a suspect Thursday for the killing of Dario Quentin Dorn on Elm Street. Carl Jones, 28, is "
     "accused of shooting Dorn, 22, late Tuesday.", "Dario Quentin Dorn", 22),
    # a surname two people share: the bare surname's age is no one's in particular
    ("Detectives arrested a suspect Thursday for the killing of Dario Quentin Dorn on Elm Street. His brother Eli Dorn "
     "spoke to reporters. Carl Jones, 28, is accused of shooting Dorn, 22, late Tuesday.", "Dario Quentin Dorn", None),
])
def test_a_missed_surname_mention_with_an_age(nlp, text, name, age):
    assert _ages(nlp, text).get(name) == age


@pytest.mark.parametrize("text, name, age", [
    ("The shooting claimed the life of Dion Farr, 17 of 2249 Elm St. Police are looking for the shooter.",
     "Dion Farr", 17),
    # one of a count is no age
    ("Ray Dunn, 1 of 4 sailors killed, was buried Friday.", "Ray Dunn", None),
])
def test_an_age_before_an_address_without_its_comma(nlp, text, name, age):
    assert _ages(nlp, text)[name] == age


@pytest.mark.parametrize("text, age", [
    ("A man, 29, was arrested Friday in the shooting of Dion Farr. Carl Jones faces a charge of assault.", 29),
    ("A man, sources say, was arrested Friday in the shooting of Dion Farr. Carl Jones faces a charge of assault.",
     None),
])
def test_an_indefinite_noun_with_an_age_between_commas(nlp, text, age):
    assert _ages(nlp, text)["Carl Jones"] == age


def test_the_data_example_is_read(nlp):
    from reconcile.data import load

    assert _ages(nlp, load("persons")["aged_appositive"]["example"])["Kyle Vance"] == 17
