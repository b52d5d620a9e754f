"""Rows read wrong in session 66, from the careful readings of rounds 178-181. Sentences and
people are invented; end to end on the real model."""

from __future__ import annotations

from conftest import fact_moments, persons_by_name

_BROTHERS = ("Sheriff: brothers argued before shooting kills 2\n\n"
             "Sheriff: brothers argued before shooting kills 2\n\n"
             "By ANN LEEWire Press\n\n"
             "DOVER (AP) - A 12-year-old boy was cooking with his older brother when an argument broke out, and the "
             "boy shot his 6-year-old brother to death, wounded his older brother in the leg and killed himself, "
             "the sheriff said Thursday.\n\n"
             "The boys were identified as 12-year-old Sam Reed, 6-year-old Tom Reed and 16-year-old Ben Reed.")


def test_the_self_killers_age_names_him_among_brothers(nlp):
    # three named brothers, all male: the age of 'A 12-year-old boy ... the boy shot ... and
    # killed himself' tells which one did it, whatever his age; the lead skips the repeated
    # headline and the byline to reach the sentence
    got = persons_by_name(nlp, _BROTHERS)
    assert (got["Sam Reed"]["role"], got["Sam Reed"]["outcome"]) == ("suspect", "killed")
    assert got["Tom Reed"]["role"] == "victim"
    assert got["Ben Reed"]["role"] == "victim"


def test_no_named_person_of_the_self_killers_age_names_no_one(nlp):
    # no brother of 12 named: no one is made the one who fired
    got = persons_by_name(nlp, _BROTHERS.replace("12-year-old Sam", "13-year-old Sam"))
    assert all(r["role"] != "suspect" for r in got.values())


def test_people_being_sought_are_no_one_held(nlp):
    # the noun the participle follows is the one sought ('two men being sought'): no one held
    assert fact_moments(nlp, "custody", "Police released photos of two men being sought in the shooting.") \
        == [("none", "men being sought")]
    # one of several sought says others may be held
    assert [m for m, _w in fact_moments(nlp, "custody", "A second man being sought was seen on Elm Street.")] \
        == ["sought"]
    # a search for witnesses who lied says nothing of the shooter
    assert fact_moments(nlp, "custody", "Two women are being sought for giving false information to police.") == []


def test_recovering_at_home_is_out_of_the_hospital(nlp):
    said = "Two women were wounded in Dover on Sunday. She and her mother are both recovering at home."
    assert [m for m, _w in fact_moments(nlp, "condition", said)] == ["released"]
    # what is still to come says nothing
    said = "Two men were hurt in Dover on Sunday. They will be recovering at home soon, police said."
    assert fact_moments(nlp, "condition", said) == []
