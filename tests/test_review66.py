"""Session 46, review66: a name standing between two subject he/she pronouns is not made the
one who fired (pronouns._named_after_a_subject_pronoun). Sentences of our own, invented names."""

from __future__ import annotations


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_a_name_between_two_subject_pronouns_is_not_the_one_who_fired(nlp):
    text = ("A man was wounded Friday night at a house on Quill Lane, police said. Officers found "
            "Bram Tolliver on the porch. He told officers that Dana Ruiz was there when he opened fire.")
    got = people(nlp, text)
    assert got["Dana Ruiz"]["role"] != "suspect"


def test_a_name_between_said_and_the_firing_clause_is_not_the_one_who_fired(nlp):
    text = ("A man was wounded Friday night at a house on Quill Lane, police said. Bram Tolliver "
            "called 911 an hour later. He said Wade Ferrin was asleep when he fired the rifle.")
    got = people(nlp, text)
    assert got["Wade Ferrin"]["role"] != "suspect"


def test_the_named_man_who_tells_his_own_firing_is_still_the_suspect(nlp):
    # no name between the pronouns: _fired_of_roleless still makes its person the suspect
    text = ("A man was wounded Friday night at a house on Quill Lane, police said. Bram Tolliver "
            "called 911 an hour later. He told officers he had accidentally shot his neighbor while "
            "cleaning a shotgun.")
    assert people(nlp, text)["Bram Tolliver"]["role"] == "suspect"
