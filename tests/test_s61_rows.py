"""Rows read wrong in session 61, from the review of session 60 and the careful readings of
rounds 110 to 113. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import persons_by_name


@pytest.mark.parametrize("text,outcome", [
    # a suicide told after the harm, as a gerund on 'before', on the harm verb or its conjunct
    ("Police said Mark Dunlop shot and killed Ann Reed before taking his own life.", "killed"),
    ("Mark Dunlop went to another room and fatally shot Ann Reed, 31, before committing suicide in his car.",
     "killed"),
    # a suicide told apart from any harm is no death in this event
    ("Mark Dunlop, who shot Ann Reed in 2009, was seen at a bar before committing a robbery.", "unharmed"),
])
def test_a_suicide_after_the_harm_kills_the_one_who_harmed(nlp, text, outcome):
    assert persons_by_name(nlp, text)["Mark Dunlop"]["outcome"] == outcome


@pytest.mark.parametrize("text,name,role", [
    # a title word parents give as a first name, before a single surname: the child's name
    ("Police said Prince Walker, 17, was shot in the leg on Sunday.", "Prince Walker", "victim"),
    # before two more words of a name it is still taken for a title and stripped
    ("Police said Prince Ray Walker, 17, was shot in the leg on Sunday.", "Ray Walker", "victim"),
])
def test_a_title_word_given_as_a_first_name(nlp, text, name, role):
    assert persons_by_name(nlp, text)[name]["role"] == role


@pytest.mark.parametrize("text,age", [
    # the age written for a child named by a first name alone is the child's, not the next
    # named victim's
    ("He executed 7-year-old daughter Kayla. Dunlop then fatally shot Ann Cole.", None),
    # a described victim's age, named by no one, still goes to the one named victim
    ("Ann Cole was shot dead on Sunday. Police said the 13-year-old girl was found in a car.", 13),
])
def test_an_age_of_a_first_name_alone_is_no_leftover(nlp, text, age):
    assert persons_by_name(nlp, text)["Ann Cole"]["age"] == age
