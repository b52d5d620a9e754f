"""Session 39 (extra57, issue 13): people of other cases a page tells beside its event. A
round-up's next shooting ('A second shooting was reported ...'), a page's list of dated cases
('Jan. 4: ...' in five months or more) and a case opened 'In a second incident' give that case's
people, not the event's victims and suspects. Sentences of our own, about invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())


def roles(nlp, text):
    return {p["name"]: p["role"] for p in nlp(text)._.persons}


def test_the_roundup_example_is_the_next_shootings(nlp):
    text = DATA["roundup_opener"]["example"]
    assert roles(nlp, text)["Omar Quill"] == "recalled"
    # without the words that turn to another shooting he is the event's
    plain = text.replace("A second shooting was reported about an hour later on Dale Avenue.",
                         "About an hour later, officers were called back to Dale Avenue.")
    assert roles(nlp, plain)["Omar Quill"] == "victim"


def test_the_roundup_pattern_reads_its_variants():
    pattern = re.compile(DATA["roundup_opener"]["pattern"], re.I)
    for s in ("A second shooting was reported at a park.",
              "The last of the four killings took place at a motel.",
              "Hours before those two shootings, a man was hit on Dale Avenue.",
              "The third of four shootings came just after midnight."):
        assert pattern.match(s), s
    for s in ("The second victim was a woman, 30.", "A second man was shot in the leg.",
              "Another fatal shooting happened on Elm Street.", "About an hour after the shooting, a man was hurt.",
              "Police said a second shooting was reported.", "Hours later, police made an arrest."):
        assert not pattern.match(s), s


def test_a_list_of_dated_cases_gives_those_cases_people(nlp):
    text = DATA["listed_cases"]["example"]
    got = roles(nlp, text)
    assert {got["Abel Fenn"], got["Ida Crane"], got["Omar Pike"]} == {"recalled"}
    # a page with days in fewer months is no such list: its people stay the event's
    short = text.replace("\n\nMay 2: Two men were wounded.", "").replace("\n\nSept. 14: Police shot a man.", "")
    assert roles(nlp, short)["Omar Pike"] == "victim"


def test_in_a_second_incident_opens_another_case(nlp):
    text = DATA["recalled_case"]["_opener_second_example"]
    assert roles(nlp, text)["Nola Radwell"] == "recalled"
    plain = text.replace("In a second tragic incident this week, Nola", "Nola")
    assert roles(nlp, plain)["Nola Radwell"] == "victim"

