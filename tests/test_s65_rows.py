"""Rows read wrong in session 65, from the careful readings of rounds 159 and later. Sentences
and people are invented; end to end on the real model."""

from __future__ import annotations

from conftest import persons_by_name


def test_her_of_a_participle_clause_is_the_one_its_verb_struck(nlp):
    # 'It struck Ana, killing her': the girl, not the uncle named by a possessive before; the
    # recogniser makes the first name alone a place, so only the clause's verb tells who she is
    text = ("A 6-year-old girl was killed on Friday at a home on Pine Street in Dover. Deputies said the aunt and "
            "uncle of Savannah Greer, Dana Pell and Rob Marsh Jr., were charged with failing to store a gun. The "
            "boy, who is the Marsh's son, was showing the girls a shotgun when it went off. It struck Savannah, "
            "killing her.")
    got = persons_by_name(nlp, text)
    assert got["Rob Marsh"]["outcome"] != "killed"
