"""A page that gives no wounded figure and counts charges of attempted murder: its wounded
are none to that many (accounts._attempts_charged, data/accounts.json ``attempt_charges``);
the bound is compared with no other page. Sentences written for these tests (session 30, injB43)."""

from __future__ import annotations

import re

from conftest import one_article_tolls as _account, report_of, toll_findings

from reconcile.data import load

COURT = ("Gunman in Elmwood park shooting faces trial\n\nA judge on Thursday set a trial date for Reyes Alcott, 27, "
         "who is accused of opening fire on a crowd at Elmwood Park in June.\n\nAlcott was booked on five counts of "
         "attempted murder; a weapons charge was added later.\n\nHe remains in the county jail.\n")

CHARGE = "five counts of attempted murder"


def test_the_example_is_read_by_the_pattern():
    e = load("accounts")["attempt_charges"]
    assert re.search(e["pattern"], "attempted murder", re.I)
    assert re.search(e["pattern"], "attempted first degree murder", re.I)
    assert re.search(e["pattern"], "criminal attempted homicide", re.I)
    assert not re.search(e["pattern"], "attempted robbery", re.I)
    assert re.search(e["pattern"], "three counts of aggravated assault", re.I)
    assert not re.search(e["pattern"], "a count of aggravated assault resulting in a death", re.I)
    assert "attempted murder" in e["example"]


def test_a_page_telling_only_the_charges_has_none_to_that_many_wounded(tmp_path):
    assert _account(tmp_path, "court", COURT)["injured"] == (0, 5)


def test_a_wounded_count_told_wins_over_the_charges(tmp_path):
    told = COURT.replace("He remains in the county jail.", "Three people were wounded in the June shooting.")
    assert _account(tmp_path, "told", told)["injured"] == (3, 3)


def test_charges_of_another_year_give_nothing(tmp_path):
    old = COURT.replace("Alcott was booked on five counts", "In 2009, Alcott was booked on five counts")
    assert "injured" not in _account(tmp_path, "old", old)


def test_the_bound_is_compared_with_no_other_page(tmp_path):
    other = ("Seven hurt in Elmwood Park shooting\n\nGunfire from a passing car left seven people "
             "hurt at Elmwood Park on Saturday, police said.\n")
    rep = report_of(tmp_path, {"a.txt": COURT, "b.txt": other})
    assert not [f for f in toll_findings(rep, "injured") if f["status"] in ("conflict", "differ")]


def test_counts_of_assault_are_a_bound_too(tmp_path):
    assault = COURT.replace(CHARGE, "three counts of aggravated assault")
    assert _account(tmp_path, "assault", assault)["injured"] == (0, 3)


def test_an_assault_resulting_in_death_gives_nothing(tmp_path):
    dead = COURT.replace(CHARGE, "two counts of aggravated assault resulting in a death")
    assert "injured" not in _account(tmp_path, "dead", dead)
