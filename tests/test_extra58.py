"""Session 40 (extra58, issue 13): people a page lists one to a line under a line that tells
arrests on charges of another kind ('Some were arrested on various charges:' / 'Tim Cole, 19 -
two outstanding warrants') were held on those charges: not the event's suspects, and the age
their line gives does not make them its victims; so are the people of a press-release feed's
releases that tell no shooting, and a page of no gunfire that names only such people stays
off-topic. An arrest on suspicion of a controlled substance is another case's. Sentences of our
own, about invented shootings."""

from __future__ import annotations

import json
from pathlib import Path

from reconcile.accounts import Signature, off_topic
from reconcile.records import Claim

DATA = json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())


def roles(nlp, text):
    return {p["name"]: p["role"] for p in nlp(text)._.persons}


def test_people_listed_under_other_arrests_are_not_the_events(nlp):
    text = DATA["listed_arrests"]["example"]
    got = roles(nlp, text)
    assert got["Tim Cole"] == got["Ann Lowe"] == "recalled"


def test_a_list_under_the_shootings_charges_stays_the_events(nlp):
    text = DATA["listed_arrests"]["example"].replace("on various charges", "in the shooting")
    got = roles(nlp, text)
    assert "recalled" not in {got["Tim Cole"], got["Ann Lowe"]}


def test_a_line_with_a_charge_of_the_shootings_kind_stays_the_events(nlp):
    text = DATA["listed_arrests"]["example"].replace("drug possession", "attempted murder")
    got = roles(nlp, text)
    assert got["Tim Cole"] == "recalled" and got["Ann Lowe"] != "recalled"


def test_a_list_under_a_line_of_no_arrest_is_not_touched(nlp):
    text = ("Two men were shot Friday night on Pine Street. Police said the gunman fled.\n\n"
            "The men wounded were named by police:\n\nTim Cole, 19\n\nAnn Lowe, 21")
    got = roles(nlp, text)
    assert got["Tim Cole"] == got["Ann Lowe"] == "victim"


def test_a_name_told_in_a_sentence_is_no_list_line(nlp):
    text = ("Two men were shot Friday night on Pine Street. Some were arrested on various charges:\n\n"
            "Tim Cole, 19, was shot in the arm on Pine Street as he walked home from work that night.")
    assert roles(nlp, text)["Tim Cole"] == "victim"


def test_a_feed_of_releases_keeps_only_the_shootings_people(nlp):
    text = DATA["release_feed"]["example"]
    got = roles(nlp, text)
    assert got["Tim Cole"] == got["Ann Lowe"] == "recalled"
    assert got["Ray Dunn"] == "victim"
    # two title lines are no feed: the page's people stay as read
    short = text.split("\n\nMan Wounded on Birch Road")[0]
    assert roles(nlp, short.replace("Crash Closes Route 9 - 05/11/16", "Crash Closes Route 9"))["Ann Lowe"] == "victim"


def test_an_arrest_on_a_controlled_substance_is_another_case(nlp):
    text = ("Two men were shot Friday night on Pine Street. Police said the gunman fled. "
            "Detectives asked for tips. Deputies later arrested Tim Cole, 24, on suspicion of "
            "selling a controlled substance.")
    assert roles(nlp, text)["Tim Cole"] == "recalled"
    assert roles(nlp, text.replace("selling a controlled substance", "firing the shots"))["Tim Cole"] == "suspect"


def test_people_of_other_cases_tell_a_page_of_no_gunfire_off_topic():
    def person(source, name, role):
        return Claim(id=f"{source}:{name}", source=source, path=f"{source}.txt", kind="person", start=0, end=1,
                     text=name, sentence=name, line=3, name=name, role=role)

    marks = frozenset({"harwick", "lantern", "quill", "voss"})
    sigs = [Signature("a", 60, frozenset(), "a", marks, body=60, gunfire=True),
            Signature("b", 60, frozenset(), "b", marks | {"pell"}, body=60, gunfire=False)]
    claims = {"a": [person("a", "Tobin Grealy", "victim")],
              "b": [person("b", "Corin Dale", "recalled"), person("b", "Ida Ferrow", "recalled")]}
    # the page names only other cases' people (a crash, a drug sweep) and shares the city's words
    assert off_topic(sigs, claims) == {"b"}
    # a page that tells no gunfire but names the shooting's own victim stays
    claims["b"].append(person("b", "Tobin Grealy", "victim"))
    assert off_topic(sigs, claims) == set()
