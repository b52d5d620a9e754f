"""Careful reading round 34 (session 25, round34): a suspect a year older in a verdict story
than in stories of his warrant or of charges added; pages that are not about the event (a
police news-release index, a jail roster) under the event's folder. Sentences of our own,
about invented shootings."""

from __future__ import annotations

import re

from reconcile.data import load
from conftest import account_tolls, report_of

WARRANT = ("Police name suspect in Tarrow Lane killings\n\nA warrant was issued on Friday for Dorian Quarles, 20, "
           "police said. Two men were shot dead at a garage on Tarrow Lane in Belcourt.\n")
ADDED = ("More counts for Belcourt suspect\n\nDorian Quarles, 20, who faces murder charges in the Tarrow Lane "
         "killings, is accused in two earlier shootings as well.\n")
VERDICT = ("Jury convicts man in Tarrow Lane killings\n\nDorian Quarles, 21, was found guilty on Wednesday of "
           "murdering two men at a garage on Tarrow Lane in Belcourt.\n")


def _ages(rep: dict) -> list[str]:
    return [f["status"] for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]


def test_a_year_older_at_the_verdict_than_at_the_warrant_or_the_charges_is_a_birthday(tmp_path):
    assert "warrant" in load("compare")["charge_stage"]["_round34_example"]
    rep = report_of(tmp_path, {"a.txt": WARRANT, "b.txt": ADDED, "c.txt": VERDICT})
    assert _ages(rep) == ["agree"]
    # the verdict story giving the younger age is no birthday: still a difference
    (tmp_path / "swapped").mkdir()
    rep = report_of(tmp_path / "swapped", {"a.txt": WARRANT.replace("20", "21"),
                                           "c.txt": VERDICT.replace("21", "20")})
    assert _ages(rep) == ["differ"]


SHOOTING = ("Man killed, two hurt in Harwick bar shooting\n\nA man died and two more were hurt by gunfire at "
            "the Lantern Bar on Quill Street in Harwick early Sunday, Lt. Mara Voss said. The victim, Tobin Grealy, "
            "41, died at Harwick General Hospital. Anyone with information may call Harwick police.\n")
RELEASES = ("News releases\n\nHarwick police arrested Ansel Brick, 33, on theft charges on Tuesday, Lt. Mara Voss "
            "said. A crash on Pell Road killed Corin Dale, 24; the driver, Wyn Hollis, 29, was taken to Harwick "
            "General Hospital with minor injuries. Officers also booked Ida Ferrow, 36, on drug charges.\n")
VIGIL = ("Harwick remembers bar victim\n\nFriends of Tobin Grealy, 41, gathered on Quill Street in Harwick on "
         "Tuesday to remember him, two days after he died at the Lantern Bar.\n")


def test_a_page_that_never_tells_gunfire_and_names_other_people_is_off_topic(tmp_path):
    assert "Gunfire" in load("accounts")["gunfire"]["example"]
    rep = report_of(tmp_path, {"a.txt": SHOOTING, "b.txt": RELEASES})
    assert [s.split(".")[0] for s in rep["off_topic"]] == ["b"]
    assert not [i for group in rep["people"] for i in group if i.startswith("b:")]
    # a story of the same death with no word of gunfire, naming the victim, is the event's
    (tmp_path / "vigil").mkdir()
    rep = report_of(tmp_path / "vigil", {"a.txt": SHOOTING, "b.txt": VIGIL})
    assert rep["off_topic"] == []


CHARGED = ("Three charged in Garnet Court killing\n\nThe county prosecutor has charged three men with murder in "
           "the killing of a driver on Garnet Court in Eldon. Prosecutor Lena Marsh said Royce Tamber, 30, Kip "
           "Holloway, 27, and Dane Ruskin, 25, were each charged with first-degree murder. Tamber was arrested in "
           "Eldon and Holloway in Fairport. Ruskin is at large.\n")


def test_charged_less_those_at_large_are_the_arrested(tmp_path):
    rep = report_of(tmp_path, {"a.txt": CHARGED})
    assert account_tolls(rep, "a")["arrested"] == (2, 2)
    # a third suspect at large who is not among the charged leaves the count as it is
    (tmp_path / "other").mkdir()
    other = CHARGED.replace("Ruskin is at large.", "A fourth suspect, Abel Corwin, 22, is at large.")
    rep = report_of(tmp_path / "other", {"a.txt": other})
    assert account_tolls(rep, "a")["arrested"] == (3, 3)


ROUNDUP = ("Teen killed in Bramley identified\n\nGunfire killed a boy, 16, on Ostler Road in Bramley on "
           "Friday night, police said. He was taken to Bramley General Hospital and pronounced dead.\n\n"
           "In other shootings:\n\nAt 3 a.m. Saturday, gunfire hit a 40-year-old in the arm on Tanner Street "
           "and drove himself to a hospital, police said.\n")


def test_figures_below_a_header_of_other_shootings_are_not_the_events(tmp_path):
    header = load("accounts")["others_header"]
    assert re.fullmatch(header["pattern"], header["example"], re.I)
    # a list of the same shooting's other victims is no header of other shootings
    assert not re.fullmatch(header["pattern"], "Other shooting victims include:", re.I)
    rep = report_of(tmp_path, {"a.txt": ROUNDUP})
    tolls = account_tolls(rep, "a")
    assert tolls["killed"] == (1, 1) and "injured" not in tolls
    # without the header, the second man is read into the account as before
    (tmp_path / "plain").mkdir()
    rep = report_of(tmp_path / "plain", {"a.txt": ROUNDUP.replace("In other shootings:\n\n", "")})
    assert account_tolls(rep, "a").get("injured") == (1, 1)
