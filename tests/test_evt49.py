"""A count of times is no count of people, and a page says none wounded only when it says so
('no one else was hurt', session 33, evt49), on sentences and articles written for these tests."""

from __future__ import annotations

import pytest

from conftest import account_of, findings_of, quantities_of, report_of


def _figures(nlp, text, measure):
    return [(tuple(v)[1], tuple(v)[2]) for _t, v, m in quantities_of(nlp, text) if m == measure]


@pytest.mark.parametrize("text, shots", [
    # the comma before 'or' makes no list of two figures: one range of shots
    ("A witness believed the clerk was struck, or shot two, or three times.", [(2, 3)]),
    ("Then he kept shooting eight or nine times toward the porch.", [(8, 9)]),
    # the parser hangs 'times' on the victim's name or makes it an object of the verb
    ("On Monday, Lee shot Dan Ford, 24, three times with a small pistol.", [(3, 3)]),
    ("Deputies said he fired at the truck, hitting the driver six times in the arm.", [(6, 6)]),
])
def test_a_count_of_times_is_shots_not_people(nlp, text, shots):
    assert _figures(nlp, text, "shots") == shots
    # the one person shot, at most: never the shots
    assert all(hi == 1 for m in ("shot", "injured") for _lo, hi in _figures(nlp, text, m))


def test_shot_multiple_times_is_no_count_of_the_wounded(nlp):
    assert _figures(nlp, "A toddler shot multiple times at a motel is recovering, relatives said.", "injured") == []


def test_a_range_with_a_comma_still_counts_people(nlp):
    assert _figures(nlp, "Two, or three men were shot on Pine Road late Friday.", "shot") == [(2, 3)]


@pytest.mark.parametrize("text, injured", [
    # the dead told, then no one else hurt: none wounded
    ("A man was shot and killed on Elm Street. No one else was hurt.", [(0, 0)]),
    ("A boy died after he was shot on Cedar Court. No other injuries were reported.", [(0, 0)]),
    # the wounded told before it: they are the 'else', no zero
    ("A woman was shot dead on Main Avenue. Two bystanders were wounded. Nobody else was injured.", [(2, 2)]),
    # no one dead before it: nothing to be 'else' to
    ("Shots were fired on Oak Lane on Sunday. No one else was hurt, a deputy said.", []),
])
def test_no_one_else_hurt_after_the_dead_is_none_wounded(nlp, text, injured):
    assert _figures(nlp, text, "injured") == injured


DEAD = "Teen killed in Dayton shooting\n\nA gunman shot and killed a 16-year-old girl on Harmon Avenue on Tuesday.\n"


def test_a_page_that_says_no_one_else_was_hurt_says_none(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Teen killed, 1 wounded in Dayton\n\nA 16-year-old girl was killed and one man was wounded when "
                 "shots were fired on Harmon Avenue on Tuesday, police said.\n",
        "b.txt": DEAD.replace("Tuesday.", "Tuesday. No one else was hurt."),
    })
    assert account_of(rep, "b")["tolls"]["injured"]["high"] == 0
    injured = rep["event"]["tolls"]["injured"]
    assert (injured["low"] or 0, injured["high"]) == (0, 1) and injured["how"] == "range"


def test_none_else_hurt_beside_the_wounded_who_died_is_an_update_not_a_difference(tmp_path):
    # the first page tells the boy wounded; the second his death and no one else hurt: its
    # none is the wounded who died, not a wounded toll set against the first's
    rep = report_of(tmp_path, {
        "a.txt": "Boy gravely hurt in Dayton shooting\n\nA Dayton boy, 15, was gravely wounded by gunfire "
                 "on Harmon Avenue on Tuesday, officers told reporters.\n",
        "b.txt": "Boy dies after Dayton shooting\n\nA Dayton boy, 15, shot on Harmon Avenue on Tuesday has "
                 "died, officers told reporters. No one else was hurt.\n",
    })
    assert account_of(rep, "b")["tolls"]["injured"]["high"] == 0
    assert [f["status"] for f in findings_of(rep, kind="quantity", measure="injured")
            if f["status"] in ("differ", "conflict")] == []
    assert any("wounded who died later" in f["reason"] for f in findings_of(rep, kind="quantity", measure="killed"))
    assert rep["event"]["tolls"]["injured"]["how"] == "died later"


def test_a_page_silent_on_the_wounded_does_not_widen_two_stated_figures(tmp_path):
    # two pages count the wounded apart (six, seven); a third tells the dead and nothing of
    # the wounded: the event's range is the two stated figures, not from none up
    rep = report_of(tmp_path, {
        "a.txt": "One dead, six hurt in Akron shooting\n\nA man was killed and six people were wounded "
                 "when gunfire broke out at a block party on Ridge Street on Saturday night, police said.\n",
        "b.txt": "One dead, seven hurt in Akron shooting\n\nOne man died and seven others were hurt by gunfire "
                 "at a block party on Ridge Street on Saturday, officers said.\n",
        "c.txt": "Akron man remembered\n\nFamily members gathered on Monday to remember a 31-year-old man "
                 "who was shot and killed at a block party on Ridge Street on Saturday.\n",
    })
    assert account_of(rep, "c")["tolls"].get("injured") is None
    injured = rep["event"]["tolls"]["injured"]
    assert (injured["low"], injured["high"], injured["how"]) == (6, 7, "range")
