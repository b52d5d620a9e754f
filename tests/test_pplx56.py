"""Session 38 (pplx56, issue 13): victims and suspects of another case a page recalls below a fresh
shooting's lead. A person first named in a paragraph whose first sentence opens with a time
before the event ('Last month,', 'On Nov. 1,' under a lead that tells its shooting on a
weekday), in a sentence placing them 'in that case' or just after one in its paragraph, or
just after a recalled person is named, in a sentence with no time of its own, is that case's.
Sentences of our own, about invented shootings."""

from __future__ import annotations

import json
from pathlib import Path

DATA = json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())["recalled_case"]

LEAD = ("Two boys were shot Friday night outside a corner store on Elm Street, police said.\n\n"
        "The gunman fled on foot toward the river.\n\n"
        "Detectives asked anyone with video to call.\n\n")


def roles(nlp, text):
    return {p["name"]: p["role"] for p in nlp(text)._.persons}


def test_the_paragraph_opener_example_is_the_other_cases(nlp):
    assert roles(nlp, DATA["_paragraph_opener_example"]) == {"Dora Kell": "recalled", "Ty Amsel": "recalled"}


def test_a_paragraph_opened_by_an_earlier_time_holds_another_case(nlp):
    para = ("Last year, a clerk was robbed at the same store. Police later charged Wes Pardo, 24, "
            "and his friend Lon Breck, 22, was wounded in the chase.\n\n")
    got = roles(nlp, LEAD + para)
    assert got["Wes Pardo"] == "recalled" and got["Lon Breck"] == "recalled"
    # a paragraph opened by the event's own day is the event's
    got = roles(nlp, LEAD + para.replace("Last year, a clerk was robbed at the same store.",
                                         "On Friday, a clerk had locked the door early."))
    assert got["Wes Pardo"] != "recalled" and got["Lon Breck"] != "recalled"


def test_a_calendar_day_opens_another_case_only_under_a_lead_without_one(nlp):
    para = "On March 4, a girl was shot on Birch Road. Her brother, Cal Mireau, 15, was hit twice and lived.\n\n"
    assert roles(nlp, LEAD + para)["Cal Mireau"] == "recalled"
    dated = LEAD.replace("Friday night", "Friday night, March 4,")
    assert roles(nlp, dated + para)["Cal Mireau"] == "victim"


def test_the_name_in_a_sentence_of_the_events_own_time_is_not_recalled(nlp):
    para = ("Last month, a man was stabbed nearby. On Friday, Cal Mireau, 15, was hit twice "
            "outside the store.\n\n")
    assert roles(nlp, LEAD + para)["Cal Mireau"] == "victim"


def test_the_that_case_example_is_the_other_cases(nlp):
    assert roles(nlp, DATA["_that_case_example"]) == {"Rob Tenney": "recalled", "Sal Ortu": "recalled"}


def test_in_that_case_holds_the_next_sentence_of_its_paragraph_too(nlp):
    text = (LEAD + "Police think the attack answered a feud over a shooting on Pine Street in May.\n\n"
            "Prosecutors charged Ned Vasko, 23, in that May 9 shooting. His cousin, Abel Tram, was "
            "charged on Friday.\n\n")
    got = roles(nlp, text)
    assert got["Ned Vasko"] == "recalled" and got["Abel Tram"] == "recalled"
    # without the words that turn to it, the charged men are the event's
    plain = text.replace(" in that May 9 shooting", " in the shooting")
    got = roles(nlp, plain)
    assert got["Ned Vasko"] == "suspect" and got["Abel Tram"] == "suspect"


def test_the_company_example_is_the_other_cases(nlp):
    got = roles(nlp, DATA["_company_example"])
    assert got["Cy Moss"] == "recalled" and got["Bea Lund"] == "recalled"


def test_a_person_named_far_from_a_recalled_one_or_with_a_time_of_their_own_stays(nlp):
    text = DATA["_company_example"].replace(
        "Moss and his girlfriend, Bea Lund, died in the standoff.",
        "On Friday, Bea Lund, 19, was shot in the arm outside the bar.")
    assert roles(nlp, text)["Bea Lund"] == "victim"
    far = DATA["_company_example"].replace(
        "\n\nMoss and his girlfriend, Bea Lund, died in the standoff.",
        "\n\nThe bar reopened later.\n\nNeighbors said the owner was upset.\n\n"
        "A regular, Bea Lund, 19, was shot in the arm.")
    assert roles(nlp, far)["Bea Lund"] == "victim"
