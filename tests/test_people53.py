"""Wrong person rows (persons; session 35, people53): a bare surname told as the one who lived
through the harm, on a page where a relative of the same surname was first called by the
surname alone. Sentences of our own, about an invented shooting."""

from __future__ import annotations

from conftest import persons_by_name


SURVIVED = ("Cook hurt in diner shooting\n\n"
            "Omar Kessler, 39, a line cook, was shot in the arm at the Blue Plate Diner on Sunday.\n\n"
            "Dana Kessler was driving home from church when her phone rang.\n\n"
            "Kessler, 35, did not know yet that her younger brother, Omar Kessler, had been hit.\n\n"
            "\"I had no idea it was him,\" Dana Kessler said.\n\n"
            "Omar Kessler works two other jobs as well.\n\n"
            "Kessler and a waitress survived the attack. Both were in fair condition Monday.\n")


def test_a_bare_surname_that_survived_the_harm_is_the_one_named_last(nlp):
    # the sister was the first called 'Kessler' alone; the one who survived the attack is the
    # brother, named in full last before it
    people = persons_by_name(nlp, SURVIVED)
    assert people["Dana Kessler"]["role"] is None and people["Dana Kessler"]["outcome"] is None
    assert people["Omar Kessler"]["role"] == "victim"



def test_verbs_joined_by_and_still_share_the_subject(nlp):
    people = persons_by_name(nlp, "Ray Tobin was shot on Elm Street and died later at a hospital.")
    assert people["Ray Tobin"]["outcome"] == "killed"
