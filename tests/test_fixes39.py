"""Session 28 (fixes39, issue 13): readings the planted test and careful readers found wrong.
A headline's one person dead under a body that names both dead in one list; a count of the
dead robbers changed in one sentence (a stray count of suspects where the suspects are the
dead); a second possessor of a death noun ('X's death and Y's later'); a release from a
place known by its name told beside custody; a headline's quote after a colon read as the
state of the noun before it. Sentences of our own, about invented shootings."""

from __future__ import annotations

from functools import partial

from conftest import account_tolls, findings_of, report_of
from conftest import fact_moments as _facts
from conftest import quantities_of

from reconcile.data import load

A = ("Teen killed in Millbrook diner holdup identified\n\n"
     "MILLBROOK -- School officials said a 15-year-old boy killed early Sunday in Millbrook was a student "
     "at Ridge Valley High School.\n\n"
     "A night clerk fatally shot Darnell Okafor and Wes Pruitt during a holdup, deputies said. It happened "
     "outside the Bluebell Diner on Fern Road shortly after 2 a.m.\n\n"
     "Okafor pulled a pistol and demanded money; the clerk drew his own revolver and killed the {n} suspects.\n\n"
     "Deputies named the older of the dead as Wes Pruitt, 31. The two suspects were cousins, a deputy said.\n")
B = ("Man named after diner holdup in Millbrook\n\n"
     "MILLBROOK -- Two men died in a shooting outside a Millbrook diner early Sunday.\n\n"
     "Deputies were sent to the Bluebell Diner on Fern Road around 2:10 a.m.\n\n"
     "The clerk shot both of them, a deputy said. Both died at the scene.\n\n"
     "Deputies named the older of the dead as Wes Pruitt, 31. The name of the 15-year-old was withheld.\n")

def _conflicts(rep: dict) -> list[dict]:
    return findings_of(rep, measure="killed", status="conflict")


def test_a_headline_s_one_dead_yields_to_the_dead_named_together(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A.format(n="two"), "b.txt": B})
    assert account_tolls(rep, "a")["killed"] == (2, 2)
    assert not _conflicts(rep)
    (ev,) = rep["events"]
    assert ev["tolls"]["killed"]["low"] == ev["tolls"]["killed"]["high"] == 2


def test_a_list_with_a_name_that_is_no_victim_killed_is_no_toll(tmp_path):
    # the second name is the clerk's, who fired: the list is no list of the dead
    text = A.format(n="two").replace("A night clerk fatally shot Darnell Okafor and Wes Pruitt during a holdup, "
                                     "deputies said.",
                                     "Darnell Okafor and Wes Pruitt tried to rob clerk Ian Moss, deputies said.")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_tolls(rep, "a")["killed"] != (2, 2)


def test_more_suspects_killed_than_the_dead_conflicts_where_the_suspects_are_the_dead(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A.format(n="five"), "b.txt": B})
    claims = {c["id"]: c for c in rep["claims"]}
    hit = [f for f in _conflicts(rep)
           if any(claims[i]["source"] == "a" and claims[i]["value"]["low"] == 5 for i in f["claims"])
           and any(claims[i]["source"] == "b" and claims[i]["value"]["low"] == 2 for i in f["claims"])]
    assert hit, [f["reason"] for f in rep["findings"] if f["measure"] == "killed"]


def test_suspects_killed_beside_other_dead_are_no_stray_count(tmp_path):
    # the source never counts its suspects as its dead: the five are no stray count
    text = A.format(n="five").replace("The two suspects were cousins, a deputy said.", "")
    rep = report_of(tmp_path, {"a.txt": text, "b.txt": B})
    assert not _conflicts(rep)


def test_a_second_possessor_of_a_death_noun_is_dead_too(nlp):
    doc = nlp("Gunfire at Elm City hall\n\nOne gunman was among the two who died. The gunman, Kurt Dorsey, 41, "
              "fired at guests and killed Ray Pike, 60.\n\nPike's death at the hall and Dorsey's later at Elm "
              "General were the city's 20th and 21st homicides this year.\n")
    people = {p["name"]: p for p in doc._.persons}
    assert people["Kurt Dorsey"]["outcome"] == "killed" and people["Kurt Dorsey"]["role"] == "suspect"
    assert people["Ray Pike"]["outcome"] == "killed"


def test_a_release_from_a_place_by_its_name_beside_custody_is_a_release_from_custody(nlp):
    said = partial(_facts, nlp, "custody")
    assert ("released", "released") in said(
        "The cousin spent two nights in custody. He was released from Pinegate on Monday after the charges "
        "were dropped.")
    entry = load("facts")["custody"]["release_senses"]
    assert ("released", "released") in said(entry["_custody_near"].split("Example: ")[1].strip("'"))
    # a patient's release, or custody told only as where he went, stays a hospital's
    # (no release; 'taken to jail' is someone held since session 65, not what this test is about)
    assert not [f for f in said("The wounded cousin was released from St. Anne's and taken to jail, where he was held "
                                "on a warrant.") if f[0] == "released"]
    assert said("The cousin was released from Pinegate on Monday. He is expected to recover.") == []


def test_a_headline_quote_after_a_colon_is_no_state_of_the_noun_before_it(nlp):
    got = quantities_of(nlp, "Aunt of wounded Elm City 6-year-old: 'She's awake, she's stable'\n\n"
                             "A 6-year-old Elm City girl was shot on Monday.\n")
    assert not any(t == "Aunt" for t, _v, _m in got), got
    assert any(t.endswith("6-year-old") and m == "injured" for t, _v, m in got), got

