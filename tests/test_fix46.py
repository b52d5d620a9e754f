"""Readings fixed in session 31 (fix46) after careful reading round 43 and the arrest45
helper's rows: counts over a period told with a year, and a city's tally 'in those
shootings'. Sentences of our own, about invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import check_json, news_folder

DATA = Path(__file__).parents[1] / "reconcile/data"


def _acc(tmp_path, text: str) -> dict:
    (tmp_path / "f").mkdir()
    return check_json(news_folder(tmp_path / "f", {"a.txt": text}))["accounts"][0]


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
