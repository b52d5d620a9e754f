"""Session 35, people52p (issue 13, people precision): people of other cases and people
around the event are not its victims. A person given an age who lives near the scene, who
speaks in the sentence that gives the age, or is held on an unrelated charge is no victim for
the age (``aged_bystander`` in data/persons.json); a harm whose sentence tells what it set off
or answered (retaliation, protests) is another case's (``recalled_case`` ``aftermath``), and so
is what follows a wider set of openers ('In an earlier attack,'); a possessive he/she in a
phrase before a named subject is that subject's. Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data" / "persons.json"
LEAD = ("Two men were wounded Saturday night outside a bar on Pine Street. Police said the gunman "
        "fled on foot. Detectives asked for tips. ")


def people(nlp, text):
    return {p["name"]: (p["role"], p["outcome"]) for p in nlp(text)._.persons}


def entry(name):
    return json.loads(DATA.read_text(encoding="utf-8"))[name]


def test_the_dwelling_example_is_no_victim(nlp):
    got = people(nlp, "Two men were shot on Friday night in a parking lot. " + entry("aged_bystander")["_dwelling_example"])
    assert got["Rosa Vance"][0] != "victim"


def test_one_who_lives_near_and_was_hit_stays_a_victim(nlp):
    got = people(nlp, "Two men were shot on Friday night. Rosa Vance, 41, who lives behind the lot, was hit in the arm.")
    assert got["Rosa Vance"][0] == "victim"


def test_the_unrelated_arrest_example_is_no_victim(nlp):
    got = people(nlp, "Two men were wounded on Friday at a gas station. " + entry("aged_bystander")["_unrelated_example"])
    assert got["Omar Tull"][0] != "victim"


def test_one_with_an_age_who_speaks_after_a_joined_verb_is_no_victim(nlp):
    text = ("Three workers were shot at the plant on Monday. "
            "Ray Holt, 63, was at work in the next building and said the doors were locked for an hour.")
    assert people(nlp, text)["Ray Holt"][0] != "victim"


def test_the_aftermath_example_is_another_case(nlp):
    got = people(nlp, entry("recalled_case")["_aftermath_example"])
    assert got["Cy Moss"] == ("recalled", "killed")


def test_a_police_killing_protested_is_another_case(nlp):
    text = ("Four officers were shot Thursday night during a march downtown. The gunman was killed. "
            "The city mourned on Friday. The protesters had gathered after a deputy fatally shot Lee Barr in another state.")
    assert people(nlp, text)["Lee Barr"][0] == "recalled"


def test_a_protester_shot_after_the_lead_stays_a_victim(nlp):
    got = people(nlp, LEAD + "Later that night a protester, Nia Cole, 22, was shot in the leg.")
    assert got["Nia Cole"][0] == "victim"


def test_the_wider_opener_example_is_another_case(nlp):
    got = people(nlp, entry("recalled_case")["_opener_kinds_example"])
    assert got["Nola Radwell"][0] == "recalled"


def test_one_first_named_after_an_opener_stays_recalled_however_often_named(nlp):
    text = (LEAD + "In a prior and unrelated assault, Sgt. Ada Pell, 29, survived being shot twice. "
            "Pell's vest saved her life. Pell had served five years on the force.")
    assert people(nlp, text)["Ada Pell"][0] == "recalled"


def test_a_possessive_before_a_named_subject_is_the_subjects(nlp):
    text = ("Four officers were killed downtown on Thursday. Omar Reed helped plan the march. "
            "Prior to his death, Micah Dunn told negotiators he acted alone.")
    got = people(nlp, text)
    assert got["Omar Reed"][1] != "killed" and got["Omar Reed"][0] != "victim"


def test_a_victim_shot_in_retaliation_stays_a_victim(nlp):
    got = people(nlp, LEAD + "Police believe Nia Cole, 22, was shot in retaliation for a robbery.")
    assert got["Nia Cole"][0] == "victim"


def test_a_killing_that_set_off_protests_is_another_case(nlp):
    text = (LEAD + "The bar stands a block from where deputies killed Lee Barr, 30, prompting weeks of protest.")
    assert people(nlp, text)["Lee Barr"][0] == "recalled"


def test_a_harm_told_as_the_retaliation_stays_the_events(nlp):
    got = people(nlp, LEAD + "Police say the shooting of Nia Cole, 22, was retaliation for a robbery.")
    assert got["Nia Cole"][0] == "victim"
