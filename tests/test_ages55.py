"""Ages written where the reading did not look, or took another case's (session 37, age55):
the age of a person in a case the article dates to another year.
Sentences of our own, about invented shootings."""

from __future__ import annotations


def _people(nlp, text: str) -> dict:
    return {p["name"]: p for p in nlp(text)._.persons}


def test_the_age_of_a_person_in_a_case_dated_to_a_year_goes_to_no_one(nlp):
    # persons._dated_incident through _year_dated_of
    got = _people(nlp, "Wes Dorn was shot in the knee on Monday, police said. He said his friend Al Ray, 19, was "
                       "also shot.\n\nIn Dover, a deputy was jailed over the 2009 killing of a 17-year-old boy.")
    assert got["Wes Dorn"]["age"] is None and got["Al Ray"]["age"] == 19


def test_the_age_of_a_person_in_an_undated_death_still_goes_to_the_named_victim(nlp):
    got = _people(nlp, "Deputies looked into the killing of a 17-year-old boy on Monday.\n\n"
                       "The victim, since named as Wes Dorn, died at the scene.")
    assert got["Wes Dorn"]["age"] == 17
