"""Readings fixed in session 31 (fix46) after careful reading round 43 and the arrest45
helper's rows: counts over a period told with a year, and a city's tally 'in those
shootings'. Sentences of our own, about invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import report_of

DATA = Path(__file__).parents[1] / "reconcile/data"


def _acc(tmp_path, text: str) -> dict:
    (tmp_path / "f").mkdir()
    return report_of(tmp_path / "f", {"a.txt": text})["accounts"][0]


YEAR_SPAN = ("Boy, 6, killed on Fenwick porch\n\n"
             "Police said a boy of 6 died after gunfire hit a Fenwick porch on Tuesday night.\n\n"
             "Over the past year, four children - a baby, a girl of 5 and two boys of 9 - were killed by stray "
             "bullets across Fenwick. Dozens more have been wounded.\n")


def test_a_count_over_the_past_year_is_no_toll(tmp_path):
    acc = _acc(tmp_path, YEAR_SPAN)
    assert acc["tolls"]["killed"]["low"] == 1 and acc["tolls"]["killed"]["high"] == 1
    assert "injured" not in acc["tolls"]


CITY_TALLY = ("Teen held in Fenwick killing\n\n"
              "A 17-year-old was charged on Monday with murder in the shooting death of Ray Olin, 19, in Fenwick.\n\n"
              "Fenwick has seen 1,870 shootings, police said. More than 2,300 people have been "
              "wounded in those shootings, the department said.\n")


def test_the_hurt_of_a_citys_tally_of_shootings_are_no_toll(tmp_path):
    acc = _acc(tmp_path, CITY_TALLY)
    assert "injured" not in acc["tolls"]
    assert "a tally of shootings" in [a["why"] for a in acc["set_aside"]]


def test_the_tally_example():
    d = json.loads((DATA / "accounts.json").read_text())["tally_shootings"]
    assert re.search(d["pattern"], d["example"], re.I)
    assert not re.search(d["pattern"], "He was hurt in the shooting on Elm Street.", re.I)
    p = json.loads((DATA / "accounts.json").read_text())["period_count"]
    assert re.match(p["time"], "the last year", re.I) and not re.match(p["time"], "last year", re.I)


def _held(tmp_path, text: str) -> dict | None:
    return _acc(tmp_path, text)["tolls"].get("arrested")


def test_an_arrest_just_after_a_recalled_dated_killing_is_not_the_events(tmp_path):
    text = ("Woman killed outside Brandt market\n\n"
            "A woman was shot and killed outside a Brandt market on Saturday night, police said.\n\n"
            "Detectives are looking for a man in a red jacket.\n\n"
            "The block saw another killing this spring, when 31-year-old Omar Leds was shot dead at a cookout "
            "on April 9.\n\n"
            "Police arrested 19-year-old Kyle Farrow in the shooting.\n")
    assert _held(tmp_path, text) is None


def test_a_man_held_on_a_gun_charge_and_not_accused_of_the_shooting_is_not_arrested_for_it(tmp_path):
    text = ("Man held on gun charge after Brandt killing\n\n"
            "A man was shot and killed on a Brandt street on Friday night.\n\n"
            "Police arrested Dwight Vance, 30, on Sunday after finding the pistol used in the killing in his car.\n\n"
            "Vance has not been accused in the shooting, prosecutors said, but they want him held on the gun count.\n")
    assert _held(tmp_path, text) is None


def test_the_suspect_of_another_shooting_on_the_page_is_not_held_for_the_event(tmp_path):
    text = ("Teen arrested in Brandt mall shooting\n\n"
            "Police on Monday arrested Nate Corwin, 17, in the wounding of a boy, 15, at the Brandt mall "
            "on Saturday.\n\n"
            "Meanwhile, a judge denied bail on Monday for Rory Dane, 16, who faces a count in the shooting of "
            "another boy near the depot.\n")
    held = _held(tmp_path, text)
    assert held is not None and held["low"] == 1


def test_an_ordinal_beside_others_who_fled_counts_the_suspects_not_the_held(tmp_path):
    text = ("Man wounded in Brandt drive-by\n\n"
            "Gunfire from a passing car hit a Brandt man's leg on Tuesday night, police said.\n\n"
            "Officers stopped the car a few blocks away. Two men ran from the car and a third suspect was "
            "arrested at the curb.\n")
    held = _held(tmp_path, text)
    assert held is None or held["low"] < 3


def test_the_fled_and_elsewhere_examples():
    d = json.loads((DATA / "accounts.json").read_text())
    assert re.search(d["ordinal_held"]["fled"], d["ordinal_held"]["_fled_example"], re.I)
    a = d["arrest_elsewhere"]
    assert any(w in a["_held_elsewhere_example"] for w in a["held_elsewhere"])
    assert any(w in a["_not_accused_example"] for w in a["not_accused"])


def test_charges_dropped_against_one_beside_the_others_counted_charges_is_no_dropping(tmp_path):
    first = ("Four charged in Brandt park killings\n\n"
             "Four men were charged with murder on Tuesday after two teens died in gunfire at a Brandt park.\n")
    later = ("Charges dismissed against teen in Brandt park killings\n\n"
             "A judge threw out the case against a fifth suspect, a teenager, in the Brandt park killings.\n\n"
             "Prosecutors said they could not prove the case against Len Ortiz, 18, at trial.\n\n"
             "The other four men still face two murder counts each, along with three counts of attempted murder.\n")
    (tmp_path / "f").mkdir()
    rep = report_of(tmp_path / "f", {"a.txt": first, "b.txt": later})
    assert not [f for f in rep["findings"] if f["measure"] == "charged" and f["status"] != "agree"]


def test_the_dropped_counts_themselves_are_no_charge_kept(tmp_path):
    first = ("Teen charged in Brandt park shooting\n\n"
             "A 17-year-old was charged with attempted murder on Tuesday after three people were wounded in a "
             "Brandt park.\n")
    later = ("Charges dropped against Brandt teen\n\n"
             "Prosecutors said on Friday the three counts of attempted murder against Len Ortiz, 17, were dropped "
             "for want of a witness.\n")
    (tmp_path / "f").mkdir()
    rep = report_of(tmp_path / "f", {"a.txt": first, "b.txt": later})
    assert [f for f in rep["findings"] if f["measure"] == "charged" and f["status"] != "agree"]


def test_the_men_who_shot_into_a_house_are_not_the_people_shot(tmp_path):
    text = ("Two charged in Brandt girl's death\n\n"
            "Prosecutors on Friday charged two men with murder after a girl of 12 died of a gunshot in Brandt.\n\n"
            "Ray Moss, 19, and Ted Lund, 20, shot into the family's house on Elm Street on May 2, prosecutors said.\n\n"
            "The girl was hit once and died at the scene.\n")
    shot = _acc(tmp_path, text)["tolls"].get("shot")
    assert shot is None or shot["low"] == 1


def test_the_cases_listed_after_a_tally_are_not_the_events(tmp_path):
    text = ("Father charged in Brandt boy's death\n\n"
            "A Brandt man was charged on Tuesday in the June 3 shooting death of his son, 6, who found the "
            "man's pistol under a bed.\n\n"
            "Across the county, in the last 14 months, nine children have shot themselves or others with guns "
            "left in reach.\n\n"
            "On May 27, a girl of 7 was wounded in the arm by her brother's pistol on Pike Street.\n\n"
            "And on May 30, a boy of 10 shot himself in the hand. The boy was treated and released.\n")
    acc = _acc(tmp_path, text)
    # the son's shooting death alone: one shot (session 77), no wounded from the listed cases
    assert "injured" not in acc["tolls"] and acc["tolls"].get("shot", {"low": 1, "high": 1})["high"] == 1
    assert acc["tolls"]["killed"]["low"] == 1
    assert [a["why"] for a in acc["set_aside"]].count("another day") == 2
