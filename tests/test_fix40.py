"""Readings fixed in session 28 (fix40) after careful reading round 37: a death count that
takes in 'and N others' where the source's own lines count N wounded. Sentences of our own,
about invented shootings."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import report_of, set_aside_whys

DATA = json.loads((Path(__file__).parents[1] / "reconcile/data/accounts.json").read_text())

GARBLED = ("Bellport Club Shooting Kills Cook; Two Others Hurt\n\n"
           "Bellport police are looking for whoever fatally shot a man and two others outside a club early "
           "Friday.\n\n"
           "Ravi Dunmore, a cook at the club, died where he fell beside his car on Quarry Road.\n\n"
           "His cousin was one of two people wounded in the shooting, family members said.\n")

ARREST = ("Man charged in Bellport club killing\n\nPolice arrested a 30-year-old man on Monday in the fatal "
          "shooting of Ravi Dunmore outside a club on Quarry Road. Two other people were wounded.\n")


def _event(tmp_path, texts: dict[str, str]) -> dict:
    return report_of(tmp_path / "f", texts)["event"]["tolls"]


def test_the_others_a_garbled_lead_counts_dead_are_the_wounded(tmp_path):
    (tmp_path / "f").mkdir()
    ev = _event(tmp_path, {"a.txt": GARBLED, "b.txt": ARREST})
    assert (ev["killed"]["low"], ev["killed"]["high"]) == (1, 1)
    assert (ev["injured"]["low"], ev["injured"]["high"]) == (2, 2)


def test_the_data_example_sets_the_death_count_aside(tmp_path):
    (tmp_path / "f").mkdir()
    text = "Club shooting\n\n" + DATA["others_wounded"]["_example_sentence"]
    rep = report_of(tmp_path / "f", {"a.txt": text})
    aside = set_aside_whys(rep)
    assert "the others wounded" in aside


def test_three_dead_and_no_wounded_count_stays(tmp_path):
    text = ("Three killed at Bellport club\n\nA gunman fatally shot a man and two others outside a club on "
            "Quarry Road early Friday. Nobody else was hit, according to deputies.\n")
    (tmp_path / "f").mkdir()
    ev = _event(tmp_path, {"a.txt": text})
    assert ev["killed"]["low"] == 3


def test_others_told_dead_after_their_count_stay_dead(tmp_path):
    text = ("Four teens shot at Bellport park\n\nOfficers say two of the teens had bullet wounds and two others "
            "were dead when help came. Two teens remain in the hospital.\n")
    (tmp_path / "f").mkdir()
    ev = _event(tmp_path, {"a.txt": text})
    assert ev["killed"]["low"] == 2
