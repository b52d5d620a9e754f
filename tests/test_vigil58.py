"""Session 40, vigil58: the person a vigil honoured, killed before the event (a shooting at the
vigil), is another case's; the event's own victim a later vigil remembers stays a victim.
Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data"


def _recalled_case() -> dict:
    return json.loads((DATA / "persons.json").read_text(encoding="utf-8"))["recalled_case"]


def test_the_vigil_example_is_another_case(nlp):
    got = {p["name"]: p["role"] for p in nlp(_recalled_case()["_vigil_example"])._.persons}
    assert got["Cy Moss"] == "recalled"


def test_a_shot_person_at_a_vigil_stays_a_victim(nlp):
    text = ("Three men were wounded Friday night outside a church on Elm Street. "
            "Police said the gunman fled in a gray car. Detectives asked for tips. "
            "Cy Moss, 30, was shot in the leg while he stood at the vigil.")
    got = {p["name"]: p["role"] for p in nlp(text)._.persons}
    assert got["Cy Moss"] == "victim"


def test_the_events_victim_a_vigil_remembers_stays_a_victim(nlp):
    text = ("Cy Moss, 30, was shot dead Friday night outside a church on Elm Street. "
            "Police said the gunman fled in a gray car. Detectives asked for tips. "
            "Friends said Moss loved to fish. A vigil was held Sunday for Moss, who was killed "
            "two blocks from his home.")
    got = {p["name"]: p["role"] for p in nlp(text)._.persons}
    assert got["Cy Moss"] == "victim"
