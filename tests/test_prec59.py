"""People rows that are no one (session 41, prec59): runs of capitalised words that name an
agency, a school district, a law firm, a club or a car (data/persons.json ``not_name_words``
'last'). Sentences written for these tests."""

from __future__ import annotations


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_agencies_firms_schools_clubs_and_cars_are_no_one(nlp):
    got = people(nlp, "Ohio Conservation Officers and the Marlow Law Firm joined the search, and Bexley "
                      "Public Schools sent counselors, Tom Rusk said.")
    assert "Tom Rusk" in got and not any(w in n for n in got for w in ("Officers", "Firm", "Schools")), got
    got = people(nlp, "Tom Rusk, 30, a member of the Desert Outlaws, was shot as he left the Ford Mustang.")
    assert "Tom Rusk" in got and not any("Outlaws" in n or "Mustang" in n for n in got), got
    got = people(nlp, "Tom Rusk was flown from Pell Air Base to Kell Air Force Base.")
    assert "Tom Rusk" in got and not any("Base" in n for n in got), got


def test_a_surname_that_is_a_street_word_stays(nlp):
    got = people(nlp, "Police said Tim Lane, 22, was wounded and Dale Park was arrested.")
    assert {"Tim Lane", "Dale Park"} <= set(got), got
