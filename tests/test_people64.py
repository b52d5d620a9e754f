"""People readings of session 44 (people64, issue 13). Sentences of our own."""

from __future__ import annotations


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_a_relative_named_by_first_name_after_a_possessive_of_a_surname_takes_it(nlp):
    text = ("A boy was killed Saturday night when a rifle fired inside a home on Elm Street. Police "
            "identified him as Ned Varick, 7. Varick's father, Lou, was oiling the rifle when it "
            "went off and hit the boy. Lou was charged with reckless homicide.")
    got = people(nlp, text)
    assert got["Lou Varick"]["role"] == "suspect"


def test_a_relative_named_by_first_name_after_a_possessive_of_a_first_name_takes_its_surname(nlp):
    text = ("A man was shot dead Friday night outside a bar on Pine Street. Dwayne Kessel, 30, was "
            "arrested Saturday in the shooting. Dwayne's brother, Lonnie, was arrested as well on "
            "Sunday.")
    got = people(nlp, text)
    assert got["Lonnie Kessel"]["role"] == "suspect"


def test_a_possessive_word_two_full_names_share_lends_nothing(nlp):
    text = ("A man was shot dead Friday night outside a bar on Pine Street. Dwayne Kessel, 30, and "
            "Dwayne Reyes, 31, were arrested Saturday in the shooting. Dwayne's brother, Lonnie, was "
            "arrested as well on Sunday.")
    got = people(nlp, text)
    assert not any(n.startswith("Lonnie") for n in got)


def test_a_named_man_told_firing_only_by_a_pronoun_is_the_suspect(nlp):
    text = ("A man was wounded Saturday night at a home on Birch Road, police said. Mickey Colt "
            "walked into the station an hour later. He told officers he had accidentally shot "
            "his neighbor while cleaning a shotgun.")
    got = people(nlp, text)
    assert got["Mickey Colt"]["role"] == "suspect"


def test_a_pronoun_that_fires_gives_no_role_to_a_witness(nlp):
    text = ("A man was wounded Saturday night outside a bar on Birch Road, police said. A witness, "
            "Dale Ortiz, said a man in a red jacket ran past him. He fired twice at a car, Ortiz said.")
    got = people(nlp, text)
    assert got["Dale Ortiz"]["role"] not in ("suspect", "victim")
