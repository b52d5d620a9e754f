"""Session 42 (other60, issue 13): people of another case a page recalls, on pages that set
several blank lines between paragraphs. Sentences of our own, about invented shootings."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import persons_by_name

DATA = json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())["recalled_case"]


def roles(nlp, text):
    return {name: p["role"] for name, p in persons_by_name(nlp, text).items()}


def test_the_company_example_with_several_blank_lines_between_paragraphs(nlp):
    text = DATA["_company_example"].replace("\n\n", "\n\n\n\n")
    got = roles(nlp, text)
    assert got["Cy Moss"] == "recalled" and got["Bea Lund"] == "recalled"


def test_a_suspect_arrested_in_the_recalled_killing_on_a_spaced_page(nlp):
    text = ("A woman was wounded Sunday night at a home on Birch Lane, police said.\n\n\n\n"
            "Officers searched the yard for shell casings.\n\n\n\n"
            "Detectives believe it began with a killing in March.\n\n\n\n"
            "On March 2, Omar Pelt, 30, was shot dead at a party.\n\n\n\n"
            "Police arrested Jed Corran, 19, in the shooting.\n")
    got = roles(nlp, text)
    assert got["Omar Pelt"] == "recalled" and got["Jed Corran"] == "recalled"
