"""Readings fixed in session 32 (r46fix) after careful reading round 46: a count set beside
an earlier span's, an old case dated by month and year, 'another man' held where no one
else is, and a gunman's own death taken for his wounded victim's. Sentences of our own,
about invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import check_json, news_folder

DATA = Path(__file__).parents[1] / "reconcile/data"


def _report(tmp_path, files: dict[str, str]) -> dict:
    return check_json(news_folder(tmp_path, files))


def _acc(tmp_path, text: str) -> dict:
    return _report(tmp_path, {"a.txt": text})["accounts"][0]


def test_the_compared_count_example():
    d = json.loads((DATA / "accounts.json").read_text())["compared_count"]
    ex = d["example"]
    assert re.match(d["pattern"], ex[ex.index("homicides") + len("homicides"):], re.I)
    assert re.match(d["pattern"], " this year, up from 31 a year ago.", re.I)
    assert not re.match(d["pattern"], " were shot on Elm Street, police said.", re.I)
    assert not re.match(d["pattern"], " were hurt, compared with what the first officers feared.", re.I)


CITY_WEEK = ("Four hurt in Ashford block party shooting\n\n"
             "Four people were wounded when gunfire broke out at a block party on Larch Street in Ashford "
             "on Saturday night, police said. All four are expected to survive.\n\n"
             "No one has been arrested.\n\n"
             "There were nine homicides in Ashford this week, compared with six in the same stretch "
             "last year, according to city figures.\n")


def test_a_week_count_set_beside_last_years_is_no_toll(tmp_path):
    acc = _acc(tmp_path, CITY_WEEK)
    assert "killed" not in acc["tolls"]
    assert acc["tolls"]["injured"]["low"] == 4
    assert "a count compared with another span" in [a["why"] for a in acc["set_aside"]]


OLD_CASE = ("Man, 24, killed on Dorsey Street\n\n"
            "Gunfire on Dorsey Street in Fenwick left a man of 24 dead on Monday afternoon, "
            "police said.\n\n"
            "Police have taken Lyle Brandt, 33, into custody on a weapons warrant. He is not charged "
            "in the killing.\n\n"
            "In March 2015, Brandt was accused of firing into a crowd at a picnic in Fenwick. "
            "Five people were shot and wounded in that attack. The charges were later dropped.\n")


def test_the_wounded_of_a_case_told_by_month_and_year_are_no_toll(tmp_path):
    acc = _acc(tmp_path, OLD_CASE)
    assert "injured" not in acc["tolls"] and acc["tolls"].get("shot", {}).get("low", 1) == 1
    assert "another year" in [a["why"] for a in acc["set_aside"]]


def test_another_man_held_beside_the_gunman_sought_is_one(tmp_path):
    text = ("Gunman sought after two deputies wounded near Corbin\n\n"
            "Two deputies were wounded on Sunday evening when a man opened fire on them near Corbin, "
            "the sheriff said. The gunman, Wade Pruett, 41, remains at large.\n\n"
            "Another man, identified as Dale Sorrell, was apprehended a short time later, the sheriff said.\n")
    arrested = _acc(tmp_path, text)["tolls"]["arrested"]
    assert arrested["low"] == 1


def test_another_suspect_held_after_a_first_arrest_is_two(tmp_path):
    text = ("Second arrest in Corbin shooting\n\n"
            "Two deputies were wounded on Sunday evening when men opened fire on them near Corbin, the sheriff "
            "said. Deputies arrested Wade Pruett, 41, on Monday.\n\n"
            "Another suspect was arrested on Tuesday, the sheriff said.\n")
    arrested = _acc(tmp_path, text)["tolls"]["arrested"]
    assert arrested["low"] >= 2


def test_a_gunmans_death_is_not_his_wounded_victims(tmp_path):
    dead = ("Teen shoots girlfriend in Larkin\n\n"
            "Deputies say that a Larkin high school senior shot his girlfriend in his car on Friday morning.\n\n"
            "The coroner pronounced 18-year-old Toby Renner of Larkin dead at 9:40 a.m. Friday.\n\n"
            "At some point, deputies say, Renner shot her and then himself.\n")
    hurt = ("Girl hurt in Larkin car shooting\n\n"
            "The sheriff says a teen driver fired at the young woman riding with him on Friday morning before "
            "his car hit a fence on Oak Mill Road.\n")
    rep = _report(tmp_path, {"a.txt": dead, "b.txt": hurt})
    ev = rep["event"]["tolls"]
    assert ev["killed"]["how"] != "died later" and ev["injured"]["how"] != "died later"
    assert ev["injured"]["high"] == 1


def test_an_arrest_told_after_a_count_of_past_arrests_is_the_record(tmp_path):
    text = ("Girl, 5, killed by stray bullet in Dunmore\n\n"
            "A stray round killed a girl of 5 on her porch in Dunmore on Saturday night, police said.\n\n"
            "The chief said the bullet was meant for her uncle. \"He is a gang leader with 31 prior arrests,\" "
            "the chief said. \"He was arrested on a gun count in March and back out the next day.\"\n\n"
            "Detectives are asking anyone who saw the car to call them.\n")
    assert "arrested" not in _acc(tmp_path, text)["tolls"]
