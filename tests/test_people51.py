"""Session 34, rows51 (careful readings 50 and 51): who tells the story or was there
unhurt is not a victim. A he/she in a speaker's own quoted words is not the speaker; a
person with an age said to have had no part in the shooting is not a victim for the age
(``aged_bystander`` in data/persons.json); harm threatened is not harm done
(``threatened_harm``); charges to come on an arrest to come are no arrest; one a judge
speaks to is the defendant; 'identified the woman as A' takes the earlier woman's clause.
Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data" / "persons.json"


def people(nlp, text):
    return {p["name"]: (p["role"], p["outcome"]) for p in nlp(text)._.persons}


def test_a_he_in_the_speakers_own_quote_is_someone_else(nlp):
    text = ("Omar Pike, 58, runs the bar on Elm Street. A man came in and opened fire, Pike said. "
            "\"Tiny dropped to the floor,\" Pike said. \"He got hit in the leg but he got up.\"")
    assert people(nlp, text)["Omar Pike"][1] not in ("injured", "shot", "killed")


def test_a_he_in_a_quote_of_another_still_reads(nlp):
    text = ("Omar Pike, 58, was at the bar on Elm Street. \"He got hit in the leg,\" his sister Nia Cole said.")
    assert people(nlp, text)["Omar Pike"] == ("victim", "injured")


def test_the_aged_bystander_example_is_no_victim(nlp):
    example = json.loads(DATA.read_text(encoding="utf-8"))["aged_bystander"]["example"]
    got = people(nlp, "Two men were wounded at a house on Friday. " + example)
    assert got["Rosa Vance"][0] != "victim"


def test_one_with_an_age_who_was_involved_stays_a_victim(nlp):
    got = people(nlp, "Two men were wounded at a house on Friday. Rosa Vance, 41, was in the kitchen at the time.")
    assert got["Rosa Vance"][0] == "victim"


def test_the_threatened_harm_example_is_no_casualty(nlp):
    example = json.loads(DATA.read_text(encoding="utf-8"))["threatened_harm"]["example"]
    got = people(nlp, "A woman was shot dead on Friday. " + example)
    assert got["Lou Dent"][1] is None


def test_a_threat_to_shoot_is_no_casualty(nlp):
    got = people(nlp, "A woman was shot dead on Friday. Ray Dent threatened to shoot Lou Dent in 2010.")
    assert got["Lou Dent"][1] is None


def test_harm_done_still_reads(nlp):
    got = people(nlp, "Police said the man shot Lou Dent on Friday after threatening him.")
    assert got["Lou Dent"] == ("victim", "shot") or got["Lou Dent"][0] == "victim"


def test_charges_to_come_on_an_arrest_to_come_are_no_arrest(nlp):
    text = ("Police said Ana Ruiz and Lee Park opened fire on the porch. "
            "Both will face several charges when arrested, police said.")
    got = people(nlp, text)
    assert got["Ana Ruiz"] == ("suspect", "unharmed") or got["Ana Ruiz"][1] is None


def test_an_arrest_made_when_found_stays_an_arrest(nlp):
    assert people(nlp, "Lee Park was arrested when officers found him at home.")["Lee Park"] == ("suspect", "arrested")


def test_one_a_judge_speaks_to_is_the_defendant(nlp):
    text = ("A man who pleaded guilty to killing his son was sentenced on Friday. "
            "County Judge Ana Ortiz told 38-year-old Ray Dunn that his acts were reckless.")
    assert people(nlp, text)["Ray Dunn"][0] == "suspect"


def test_the_woman_named_is_the_woman_who_shot(nlp):
    text = ("The woman who shot her brother before killing herself at a ranch near Salem has been named. "
            "Deputies identified the woman as Ana Ruiz, 41, and her brother Tim Ruiz.")
    got = people(nlp, text)
    assert got["Ana Ruiz"][0] == "suspect" and got["Tim Ruiz"][0] != "suspect"


def test_the_woman_named_who_was_shot_stays_a_victim(nlp):
    got = people(nlp, "The woman who was shot on Sunday died. Police identified the woman as Ana Ruiz, 41.")
    assert got["Ana Ruiz"] == ("victim", "killed")


def test_one_not_involved_after_a_when_clause_is_no_victim(nlp):
    text = ("A man opened fire on Saturday. Rosa Vance was at the home of Lee Park when the gunfire began "
            "but was not involved in it, Chief Dan Roe said. Rosa Vance, 41, filed for divorce in May.")
    assert people(nlp, text)["Rosa Vance"][0] != "victim"
