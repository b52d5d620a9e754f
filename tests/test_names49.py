"""Runs of capitalised words that are not a person's name (``not_name_words`` in
data/persons.json): a headline's or a video title's words in title case, a title with no
name. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def _entry():
    return json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())["not_name_words"]


def test_examples_give_no_false_name(nlp):
    for text in _entry()["examples"]:
        got = people(nlp, text)
        assert not any(w in n for n in got for w in ("Girl", "Teen", "Dies", "President")), (text, got)


def test_headline_in_title_case_names_no_one(nlp):
    got = people(nlp, "Harlow Teen, 16, Charged In Fatal Shooting Of Cousin")
    assert not any("Teen" in n for n in got)
    got = people(nlp, "Officers Say Mill Creek Boy Dies After Being Shot")  # was 'Mill Creek Boy Dies'
    assert not any("Boy" in n or "Shot" in n for n in got)


def test_a_title_before_a_name_is_no_one(nlp):
    got = people(nlp, "Jury convicts Rowan Teague, the Grand President of the Red Hawks, of ordering the killings.")
    assert "Grand President" not in got and got["Rowan Teague"]["role"] == "suspect"
    got = people(nlp, "Among those charged was Dell Ambrose, aka \u201cBig D,\u201d the National President of the Cobras.")
    assert "National President" not in got and "Dell Ambrose" in got


def test_a_headline_verb_is_no_name(nlp):
    assert people(nlp, "Willow Creek Teen Killed, Police Seek Suspects") == {}
    # a headline's words before a name are left out of it
    got = people(nlp, "Recap: Oak Valley Shootings Dana Whitlock looks back at a week of gunfire.")
    assert set(got) == {"Dana Whitlock"}


def test_real_names_stay(nlp):
    # surnames that are also words (a friend, a son) are not in the list
    got = people(nlp, "Police said Wendell Friend, 27, and Minh Son, 31, were wounded on Friday.")
    assert {"Wendell Friend", "Minh Son"} <= set(got)
    got = people(nlp, "Teen Jalen Moss, 17, was shot in the leg on Oak Street.")
    assert got["Jalen Moss"]["outcome"] == "injured"
    got = people(nlp, "Marla Fenwick, 44, was killed when a gunman opened fire at the store.")
    assert got["Marla Fenwick"]["outcome"] == "killed"


def test_a_place_before_shooting_suspect_is_no_one(nlp):
    # persons._modifies_a_person_noun: the run names where the shooting was
    assert people(nlp, "Dorsey Glen shooting suspect has long record, police say") == {}
    got = people(nlp, "Police arrested the Alder Bend shooting suspect, Cory Vance, 30, on Monday.")
    assert set(got) == {"Cory Vance"} and got["Cory Vance"]["outcome"] == "arrested"
