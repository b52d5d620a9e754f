"""Rows read wrong in session 58: a wounded man who testified at the trial given as one of the
dead. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import persons_by_name


TRIAL = ("A man was killed and another man was wounded in the shooting outside a bar on Pine "
         "Street in March. At the trial, Gil Ortez {verb} Tuesday that he was shot in the hip and the leg.")


@pytest.mark.parametrize("verb,outcome", [
    ("testified", "injured"),
    # no telling of it afterwards: the article's dead, whom no name accounts for, may be his, as before
    ("learned", "killed"),
])
def test_one_who_testified_lived(nlp, verb, outcome):
    assert persons_by_name(nlp, TRIAL.format(verb=verb))["Gil Ortez"]["outcome"] == outcome


OFFICER = ("Police said a man was shot and killed on Main Street on Sunday. The department identified "
           "the {noun} as 45-year-old Ray Dunn. Dunn has been with the department for 10 years.")


@pytest.mark.parametrize("noun,role", [
    ("officer who shot at the suspect", "official"),
    # the noun's clause makes him the one who fired, as before
    ("man who shot him", "suspect"),
    # the one who died, as before
    ("man who died", "victim"),
])
def test_identified_noun_with_a_relative_clause_names_the_noun(nlp, noun, role):
    assert persons_by_name(nlp, OFFICER.format(noun=noun))["Ray Dunn"]["role"] == role


FOUND = ("Deputies were called to a home on Elm Street in Quincy early Sunday. When they arrived they "
         "found 17-year-old Tom A. Ames, from Quincy, dead and another man, 20-year-old Luis E. Nava of "
         "Ephrata, wounded. The wounded man was taken to a hospital in Spokane.")


def test_found_dead_after_a_place_and_another_wounded(nlp):
    # 'dead' after the name's place is the first man's, though the parser makes him the
    # subject of the second man's 'wounded'
    got = persons_by_name(nlp, FOUND)
    assert (got["Tom A. Ames"]["outcome"], got["Luis E. Nava"]["outcome"]) == ("killed", "injured")



WIFE = ("Police: Elm City dad fatally shot twin daughters, himself\n\n"
        "Police said Sunday Randy Corra, left, fatally shot daughter 16-year-old Bree, and wounded his "
        "wife, Farah, before killing himself Friday at his home. Bree's twin sister, Tia, also was "
        "killed.\n\nThe girls' mother, Farah S. Corra, 46, was shot in the legs and is in stable "
        "condition, police said.\n\nOfficers were dispatched after both Farah and Randall Corra called "
        "police.\n\nIn recordings of the 911 calls, Farah Corra can be heard screaming.\n")


def test_first_name_then_full_name_is_one_person(nlp):
    # the wife named first by her first name alone, then in full with a middle initial, then
    # without it: one person, not two
    got = [r for r in persons_by_name(nlp, WIFE) if r.startswith("Farah")]
    assert got == ["Farah S. Corra"]
