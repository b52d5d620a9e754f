"""Runs of capitalised words that are no person (careful reading round 56: a unit, a tip line,
a charge, a caption in capitals, a reporter's contact line read as people): ``not_name_words``
('last', 'any', 'caps') and ``name_openers`` in data/persons.json. Sentences written for these
tests."""

from __future__ import annotations

import json
from pathlib import Path
from reconcile.extract.persons.names import _not_name_words


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def _data():
    return json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())


def test_units_lines_and_charges_are_no_one(nlp):
    got = people(nlp, "Detectives from the Felony Assault Unit and the Gang Enforcement Team met the "
                      "Life Flight crew, and Tom Rusk urged callers to use the Silent Witness line.")
    assert set(got) == {"Tom Rusk"}
    got = people(nlp, "Orla Fenn, 33, was charged with Reckless Conduct and Involuntary Manslaughter "
                      "on Friday, the office of Judicial District Attorney Lyle Brand said.")
    assert "Orla Fenn" in got and not any("Manslaughter" in n or "Conduct" in n or n.endswith("Attorney")
                                          for n in got)


def test_a_run_in_capitals_with_a_function_word_is_no_name(nlp):
    def no_name(text):
        return _not_name_words(list(nlp.make_doc(text)))

    assert no_name("IT HAPPENED") and no_name("OLD DANA - WERE")
    assert not no_name("WILL JONES") and not no_name("It Happened Again Productions")


def test_a_contact_or_follow_line_is_the_press_and_no_part_of_the_name(nlp):
    got = people(nlp, "Lamar Quist, 22, was wounded on Sunday.\n\nFollow Ines Carrow on Twitter for updates.")
    assert "Follow Ines Carrow" not in got and got["Ines Carrow"]["role"] == "press"
    got = people(nlp, "Attendee Dara Plume, 19, said the band stopped when the shots began.")
    assert "Dara Plume" in got and "Attendee Dara Plume" not in got


def test_surnames_that_are_words_stay(nlp):
    got = people(nlp, "Police said Dwayne Young, 22, and Rhee Park, 30, were wounded, and Dale Church was arrested.")
    assert {"Dwayne Young", "Rhee Park", "Dale Church"} <= set(got)
    got = people(nlp, "Police could not reach Ana Ruiz on Monday. Ana Ruiz, 40, was shot in the arm.")
    assert got["Ana Ruiz"]["role"] == "victim"
    got = people(nlp, "WILL JONES was shot on Oak Street. Will Jones, 20, died later at the hospital.")
    assert "Will Jones" in got


def test_the_data_examples(nlp):
    d = _data()
    got = people(nlp, d["not_name_words"]["examples"][3])
    assert not any("Fire" in n or "Flight" in n for n in got), got
    assert people(nlp, d["not_name_words"]["examples"][4]) == {}
    for text in d["name_openers"]["examples"]:
        assert "Ana Ruiz" in people(nlp, text) and not any("Attendee" in n or "Follow" in n for n in people(nlp, text)), text
    assert people(nlp, d["press_credits"]["examples"][0])["Ana Ruiz"]["role"] == "press"
