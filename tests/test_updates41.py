"""Custody and charge updates careful readings missed (session 29, updates41, issue 13): a
charge in one page against a guilty plea or verdict in another. Sentences of our own, about
invented shootings."""

from __future__ import annotations

import re

from reconcile.data import load
from conftest import findings_of, report_of, verdicts

CHARGED = ("Marlow man charged in courier's death\n\nPolice on Tuesday charged Dorian Kell, 31, with murder after "
           "a courier was shot dead on Fennel Row in Marlow on Monday night, detectives said.\n")
PLEADED = ("Marlow man admits killing courier\n\nDorian Kell, 31, pleaded guilty on Thursday to murder in the "
           "shooting of a courier on Fennel Row in Marlow last spring, prosecutors said.\n")


def test_the_data_example_is_a_guilty_plea():
    d = load("compare")["verdict_stage"]
    assert re.search(r"pleaded guilty", d["example"])
    assert not re.search("|".join(map(re.escape, d["not"])) + "|" + d["not_year"], d["example"], re.I)


def test_a_charge_against_a_later_guilty_plea_is_an_update(tmp_path):
    rep = report_of(tmp_path, {"a.txt": CHARGED, "b.txt": PLEADED})
    (f,) = verdicts(rep)
    assert f["status"] == "differ" and f["reason"].startswith("An update: a guilty plea or verdict follows the charge")
    # a page that tells the plea itself tells no update against it
    both = CHARGED + "Kell later pleaded guilty to murder, prosecutors said.\n"
    rep = report_of(tmp_path / "b", {"a.txt": both, "b.txt": PLEADED})
    assert not verdicts(rep)


def test_a_plea_of_another_case_is_no_update(tmp_path):
    older = ("Suspect in Fennel Row killing has long record\n\nThe 31-year-old accused of shooting a courier in "
             "Marlow was charged with murder by Marlow police, a spokeswoman said on Wednesday. Dorian Kell pleaded "
             "guilty in 2012 to a robbery in Ashby.\n")
    rep = report_of(tmp_path, {"a.txt": CHARGED, "b.txt": older})
    assert not verdicts(rep)
    # without its year the plea reads as this case's
    rep = report_of(tmp_path / "b", {"a.txt": CHARGED, "b.txt": older.replace(" in 2012", "")})
    assert len(verdicts(rep)) == 1


INTEREST = ("Man held after Fennel Row shooting\n\nMarlow deputies on Tuesday held a person of interest in custody "
            "in the death of a courier on Fennel Row, a spokeswoman said.\n")


def test_a_person_of_interest_held_against_a_charge_differs(tmp_path):
    d = load("compare")["person_of_interest"]
    assert re.search("|".join(d["words"]), d["example"])
    rep = report_of(tmp_path, {"a.txt": INTEREST, "b.txt": CHARGED})
    (f,) = findings_of(rep, kind="fact", subject="charged · person of interest")
    assert f["status"] == "differ" and "someone held as a person of interest, not charged" in f["reason"]
    # held with no word of interest: the custody row, not this one
    plain = INTEREST.replace("a person of interest", "a neighbour")
    rep = report_of(tmp_path / "b", {"a.txt": plain, "b.txt": CHARGED})
    assert not findings_of(rep, subject="charged · person of interest")
