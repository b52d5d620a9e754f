"""Session 36, gun54: people around the event. A police killing elsewhere that protests
answered or that a harm set off is another case's. Sentences of our own. (The branch's two odd-written rules, 'this
past summer' explaining a year of age and people held for questioning being no arrests, stay on
branch gun54 under the halves rule.)"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data"


def _recalled_case() -> dict:
    return json.loads((DATA / "persons.json").read_text(encoding="utf-8"))["recalled_case"]


def test_the_harm_example_is_another_case(nlp):
    got = {p["name"]: p["role"] for p in nlp(_recalled_case()["_harm_example"])._.persons}
    assert got["Lee Barr"] == "recalled"


def test_the_set_off_example_is_another_case(nlp):
    got = {p["name"]: p["role"] for p in nlp(_recalled_case()["_harm_set_off_example"])._.persons}
    assert got["Cal Rowe"] == "recalled"


def test_a_victim_whose_killing_set_off_protests_in_the_lead_stays_a_victim(nlp):
    text = ("Cy Moss was shot dead at a bus stop on Sunday, and the killing of Cy Moss sparked protests. "
            "His family asked for calm. The sheriff said the deputies feared for their lives. "
            "An inquiry opened on Monday.")
    got = {p["name"]: p["role"] for p in nlp(text)._.persons}
    assert got["Cy Moss"] == "victim"


def test_a_harm_noun_beside_a_name_is_no_person_told_before(nlp):
    from reconcile.extract.persons.recalled import _told_before

    doc = nlp("The massacre came six weeks after the deadly shooting of a jobless man, Cal Rowe, by a deputy "
              "that sparked protests.")
    rowe = next(t for t in doc if t.text == "Rowe")
    assert rowe.head.lemma_ == "shooting" and not _told_before(rowe)
