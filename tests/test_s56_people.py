"""People rows careful reading round 79 found wrong, read in session 56: would-be robbers
shot by the one they robbed, a mother told learning of her son's death, a victim whose
husband was killed, a slain girl the parser hangs as the one charged, and the age of a man
a victim's father shot. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import persons_by_name


@pytest.mark.parametrize("text,name,role,outcome", [
    ("A security guard fatally shot Ed Mars and Lou Penn after they tried to rob him at gunpoint.",
     "Lou Penn", "suspect", "killed"),
    ("Ed Mars was shot and killed by a clerk after he pulled a gun on her.", "Ed Mars", "suspect", "killed"),
    ("A homeowner shot and killed Ed Mars when he broke into his house.", "Ed Mars", "suspect", "killed"),
    # the crime done to no one of the shooter's: the man shot is the victim
    ("The gunman shot Ed Mars after he robbed the store.", "Ed Mars", "victim", "injured"),
    ("A man shot Ed Mars after he argued with him.", "Ed Mars", "victim", "injured"),
    ("A man shot and killed Ed Mars after he pulled him aside.", "Ed Mars", "victim", "killed"),
])
def test_shot_while_doing_the_crime_to_the_shooter(nlp, text, name, role, outcome):
    p = persons_by_name(nlp, text)[name]
    assert (p["role"], p["outcome"]) == (role, outcome)


@pytest.mark.parametrize("text,role", [
    ("Nora Pell found out that her son had been killed.\n\nPell, 40, dropped her phone.", None),
    ("Nora Pell, 40, found out on Sunday that her son had been killed.", None),
    # shot with him: a victim
    ("Nora Pell, 40, and her son were shot on Sunday.", "victim"),
])
def test_a_mother_learning_of_her_sons_death_is_no_victim(nlp, text, role):
    assert persons_by_name(nlp, text)["Nora Pell"]["role"] == role


@pytest.mark.parametrize("text,outcome", [
    ("Nora Pell, 40, was shot on Sunday. Her husband was killed.", "injured"),
    ("Nora Pell, 40, was shot on Sunday. Pell's husband was killed.", "injured"),
    ("Nora Pell, 40, was shot on Sunday. Her son died.", "injured"),
    # the death of no kin of hers: the one named shot is read as the dead, as before
    ("Nora Pell, 40, was shot on Sunday. A man was killed.", "killed"),
])
def test_shot_beside_her_own_kins_death_lived(nlp, text, outcome):
    assert persons_by_name(nlp, text)["Nora Pell"]["outcome"] == outcome


@pytest.mark.parametrize("lead", ["The suspect", "The man"])
def test_slain_child_the_parser_makes_the_one_charged(nlp, lead):
    text = f"{lead} police believe shot and killed 3-year-old Mia Lopez has been charged with her murder."
    p = persons_by_name(nlp, text)["Mia Lopez"]
    assert (p["role"], p["outcome"], p["age"]) == ("victim", "killed", 3)


def test_age_of_the_man_a_victims_father_shot_is_not_hers(nlp):
    text = ("Mia Lopez was killed when gunfire broke out in front of her family's home. Four other people "
            "were injured, including Mia's 47-year-old father, Dan Lopez. This was in retaliation for "
            "Mia's father shooting a 22-year-old man who was involved in the fight.")
    people = persons_by_name(nlp, text)
    assert people["Mia Lopez"]["age"] is None
    assert people["Dan Lopez"]["age"] == 47


def test_age_of_a_man_shot_by_a_stranger_still_left_to_the_victim(nlp):
    text = "Ed Mars was killed on Friday. Police said a gunman shot a 22-year-old man outside a bar."
    assert persons_by_name(nlp, text)["Ed Mars"]["age"] == 22


def test_age_of_the_guard_who_shot_the_suspects_is_not_theirs(nlp):
    text = ("A security guard fatally shot Ed Mars and Lou Penn after they tried to rob him. At some point "
            "the 23-year-old security guard fired his weapon, striking and killing the two suspects.")
    people = persons_by_name(nlp, text)
    assert [people[n]["age"] for n in ("Ed Mars", "Lou Penn")] == [None, None]


def test_age_of_a_described_gunman_still_the_named_suspects(nlp):
    text = "Ed Mars was arrested on Friday. Police said the 23-year-old gunman fired at the crowd."
    assert persons_by_name(nlp, text)["Ed Mars"]["age"] == 23
