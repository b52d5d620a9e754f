"""'Another' before an age sets the one held beside the one shot, not one more arrest
(session 54; careful reading round 77: 'Another fourteen year-old was arrested', the page's one
arrest, read as two held)."""

from __future__ import annotations

import pytest

from conftest import report_of

PAGE = """Arrested Boy's Mother: Lakeview Shooting An Accident

LAKEVIEW — Police responded to a home on Birch Lane around 2:40 p.m. Saturday.

A {age} year-old was found with a gunshot wound and was taken to a hospital, where he later died.

{another} was arrested two days after the shooting on manslaughter charges.

The mother of the boy who was arrested said the two boys were close friends.
"""


@pytest.mark.parametrize("age, another", [
    ("fourteen", "Another fourteen year-old"),
    ("14", "Another 14-year-old"),
])
def test_another_of_an_age_is_the_one_arrest(tmp_path, age, another):
    rep = report_of(tmp_path, {"a.txt": PAGE.format(age=age, another=another)})
    t = rep["accounts"][0]["tolls"]["arrested"]
    assert t["low"] == 1, t


def test_another_suspect_after_an_arrest_is_still_a_second(tmp_path):
    text = PAGE.format(age="fourteen", another="Another suspect").replace(
        "Police responded", "Police arrested a man on Sunday. Police responded")
    rep = report_of(tmp_path, {"a.txt": text})
    t = rep["accounts"][0]["tolls"]["arrested"]
    assert t["low"] == 2, t
