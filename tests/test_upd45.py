"""Pleas and verdicts the plea row missed (session 31, upd45, issue 13): a charge told only by
its counts beside an arrest, a plea told with its full calendar date, and a pluperfect plea of
days before. Sentences of our own, about invented shootings."""

from __future__ import annotations

import re

from reconcile.data import load
from conftest import report_of, verdicts

HELD = ("Ashby man jailed after shots at lake cabin\n\nOrrin Tamsett, 27, of Ashby was arrested and taken to the "
        "Wexford County Jail, accused of menacing, two counts of reckless endangering and criminal "
        "mischief after a bullet hit a woman in the forearm at a lake cabin on Sunday, deputies said.\n")
SENTENCED = ("Ashby man gets jail in cabin shooting\n\nOrrin Tamsett, 27, had pleaded guilty Tuesday to menacing "
             "and one count of reckless endangering in the shooting of a woman at a lake cabin, and a judge gave "
             "him 20 days in jail on Friday.\n")


def test_held_on_counted_charges_against_a_plea_of_days_before_is_an_update(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HELD, "b.txt": SENTENCED})
    (f,) = verdicts(rep)
    assert f["status"] == "differ" and f["reason"].startswith("An update: a guilty plea or verdict follows the charge")
    assert "two counts of reckless endangering" in f["reason"]


def test_a_pluperfect_plea_with_no_day_is_someones_past(tmp_path):
    d = load("compare")["verdict_stage"]
    had = re.compile(d["not_had"], re.I)
    assert not had.search(d["example_had"])
    past = SENTENCED.replace("had pleaded guilty Tuesday to menacing and one count of reckless endangering in",
                             "who had pleaded guilty to a burglary, was charged again over")
    assert had.search(past)
    rep = report_of(tmp_path, {"a.txt": HELD, "b.txt": past})
    assert not verdicts(rep)


def test_counted_charges_of_a_past_year_tell_no_charge(tmp_path):
    older = ("Cabin shooting suspect well known to deputies\n\nOrrin Tamsett, 27, was arrested on Sunday after a "
             "bullet hit a woman in the forearm at a lake cabin, deputies said. In 2017, Tamsett was held on two counts of "
             "burglary in Wexford County.\n")
    rep = report_of(tmp_path, {"a.txt": older, "b.txt": SENTENCED})
    assert not verdicts(rep)


DATED = ("Two admit roles in lake cabin shooting\n\nOrrin Tamsett pleaded guilty on March 4, 2019, to his part in "
         "the shooting of a woman at a lake cabin near Ashby, the district attorney's office said.\n")


def test_a_plea_with_its_full_date_is_read(tmp_path):
    d = load("facts")["custody"]["plea_date"]
    assert re.search(d["pattern"], d["example"])
    rep = report_of(tmp_path, {"a.txt": HELD, "b.txt": DATED})
    (f,) = verdicts(rep)
    assert "pleaded guilty" in f["reason"]
    # a year alone is still a record's ('pleaded guilty in 2019')
    rep = report_of(tmp_path / "b", {"a.txt": HELD, "b.txt": DATED.replace("on March 4, 2019,", "in 2019")})
    assert not verdicts(rep)
    # and a full date makes no arrest of the sentence it is in the event's
    arrest = DATED.replace("pleaded guilty", "was arrested")
    rep = report_of(tmp_path / "c", {"a.txt": arrest})
    assert not [c for c in rep["claims"] if c["kind"] == "fact" and c.get("measure") == "custody"]
