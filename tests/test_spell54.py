"""One victim whose surname two outlets end differently ('Grissom' / 'Grisham': the same first name,
age, role and outcome, surnames opening with the same four letters) is one person, and the spelling
a name difference (session 54; the review of session 53 found them two people, never compared)."""

from __future__ import annotations

from conftest import findings_of, report_of

A = """Two dead in Marlow bar shooting

MARLOW — Two people were killed outside a bar on Elm Avenue late Thursday, police said.

Tavion Grissom, 22, of Marlow, died at the scene. A second man died at a hospital.
"""

B = """Victims named in Marlow bar shooting

MARLOW — Police identified the two men killed outside an Elm Avenue bar as Tavion Grisham, 22, and Marcus Dell, 17.
"""


def test_a_surname_ending_two_ways_is_one_person(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A, "b.txt": B})
    names = [f for f in findings_of(rep, kind="person") if f["measure"] == "name"]
    assert names and names[0]["status"] == "differ", [f["subject"] for f in findings_of(rep, kind="person")]


def test_two_surnames_that_only_open_alike_stay_two_people(tmp_path):
    """Another first name: two people, no finding."""
    rep = report_of(tmp_path, {"a.txt": A, "b.txt": B.replace("Tavion Grisham", "Darnell Grisham")})
    assert not [f for f in findings_of(rep, kind="person") if f["measure"] == "name"]
