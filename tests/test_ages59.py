"""Ages left over for the one named person without one (session 41, age59, issue 13): a
described person named by what they do ('a 16-year-old soccer star'), a described suspect's age
for the one named suspect. Sentences of our own, about invented
shootings."""

from __future__ import annotations

from reconcile.data import load


def _people(nlp, text: str) -> dict:
    return {p["name"]: p for p in nlp(text)._.persons}


def test_the_data_examples_give_the_ages(nlp):
    # persons.people._leftover_age through _aged_calling and _described_suspect
    d = load("persons")["leftover_age"]
    assert _people(nlp, d["example"])["Tad Imre"]["age"] == 16
    got = _people(nlp, d["_suspect_from_example"])["Cal Dorsey"]
    assert (got["age"], got["role"]) == (19, "suspect")


def test_a_calling_noun_carries_the_age_to_the_named_victim(nlp):
    got = _people(nlp, "Deputies are looking for the driver of a gray sedan who gunned down a 17-year-old "
                       "track standout on Sunday.\n\nLuis Ordaz was hit once in the chest outside a gym on Pine Street "
                       "and died at the scene.")
    assert (got["Luis Ordaz"]["age"], got["Luis Ordaz"]["role"]) == (17, "victim")


def test_a_lede_suspect_age_goes_to_the_one_named_suspect(nlp):
    got = _people(nlp, "A 17-year-old reputed gang member was sentenced on Tuesday to 40 years for his role in "
                       "a robbery that left two people dead.\n\nRory Tamm was convicted in May of murder, "
                       "prosecutors said. His co-defendant, Al Dent, 27, will be tried in June.")
    assert (got["Rory Tamm"]["age"], got["Rory Tamm"]["role"]) == (17, "suspect")
    assert got["Al Dent"]["age"] == 27


def test_a_child_who_fired_gives_no_age_to_the_parent_charged(nlp):
    # persons.people._too_young_to_charge
    got = _people(nlp, "On Sunday a 4-year-old boy shot his sister, a 6-year-old, in the arm with their father's "
                       "handgun, police said.\n\nHis father, Kip Lowe, was charged with child endangerment.")
    assert (got["Kip Lowe"]["age"], got["Kip Lowe"]["role"]) == (None, "suspect")


def test_suspects_counted_together_give_no_age_to_the_one_sought(nlp):
    # persons.people._counted
    got = _people(nlp, "Police are still looking for Lon Pryor, who faces a murder count over the killing of Ada Kemp, 30."
                       "\n\nWhile Pryor is at large, officers arrested two 18-year-old men on Monday in the case.")
    assert (got["Lon Pryor"]["age"], got["Lon Pryor"]["role"]) == (None, "suspect")


def test_a_victim_age_still_goes_to_no_named_suspect(nlp):
    got = _people(nlp, "Gunfire on Elm Street on Friday night killed a 16-year-old girl.\n\n"
                       "Police arrested Ty Brandt on Saturday and charged him with murder.")
    assert got["Ty Brandt"]["age"] is None
