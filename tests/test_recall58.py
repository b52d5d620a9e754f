"""Session 40, recall58 (issue 13, people recall): named victims and suspects the people
reader missed, on sentences of our own (written from the even half of gva-dev)."""

import pytest


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_a_kin_word_given_later_does_not_keep_the_pronoun_from_the_named_victim(nlp):
    text = ("Ivo Brandt, 19, is pictured at his graduation in May. He was fatally shot at a party early "
            "Sunday. \"He was kind,\" Leo Brandt said of his son Ivo Brandt.")
    p = people(nlp, text)["Ivo Brandt"]
    assert (p["role"], p["outcome"]) == ("victim", "killed")


def test_a_kin_word_given_before_still_keeps_the_pronoun_from_the_relative(nlp):
    text = "Ana Ruiz was shot on Elm Street. Her father, Leo Ruiz, said he heard the shots."
    assert people(nlp, text)["Leo Ruiz"]["role"] == "relative"


@pytest.mark.parametrize("text, name", [
    ("A stray round grazed Lena Dutt's left arm as she walked home.", "Lena Dutt"),
    ("The bullet went through Lena Dutt's right thigh, police said.", "Lena Dutt"),
    ("The bullet went through Lena Dutt's right thigh and lodged in Omar Pell's knee.", "Omar Pell"),
])
def test_the_possessor_of_the_body_part_a_bullet_hit_is_a_victim(nlp, text, name):
    assert people(nlp, text)[name]["role"] == "victim"


def test_a_possessive_her_is_not_given_to_a_name_labelled_only_later(nlp):
    # 'her murder' is the victim's, whom the possessor names; the friend stays unhurt
    text = ("Ada Moss, 19, was shot dead on Friday. Investigators also suspect Moss's friend, Kay Lin is "
            "somehow involved in her murder. Moss and Lin were both friends with three suspects.")
    assert people(nlp, text)["Kay Lin"]["outcome"] is None
