"""Careful reading round 54 (session 36, rows54): a given name with a mark inside it kept with
its surname; a place before a word for a person or a home, and an ambulance service, are no
victims. Articles written for these tests."""

from __future__ import annotations

from conftest import report_of


def _persons(rep: dict) -> list[dict]:
    return [c for c in rep["claims"] if c["kind"] == "person"]


# ------------------------------------------------------------------ given names with a mark

MOTHER = ("Girl dies after shooting at home\n\nKa\u2019nya Ellery was hit in the neck in a bedroom of the "
          "family house on Friday. She died on Sunday.\n\nTamika Ellery faces a count of child endangerment "
          "that caused a death.\n")


def test_a_given_name_with_a_mark_stays_with_its_surname(tmp_path):
    rep = report_of(tmp_path, {"a.txt": MOTHER})
    rows = {p["name"]: p for p in _persons(rep)}
    assert "Ka\u2019nya Ellery" in rows
    assert rows["Ka\u2019nya Ellery"]["role"] == "victim"
    assert rows.get("Tamika Ellery", {}).get("role") != "victim"


def test_a_name_with_a_mark_the_recogniser_misses_is_read_with_its_age(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Girl, 6, dies after being shot\n\nDe'Shon Ruddock, 6, was shot in the "
                                        "chest on Friday night and died Sunday, police said.\n"})
    rows = {p["name"]: p for p in _persons(rep)}
    assert rows.get("De'Shon Ruddock", {}).get("age") == 6


# ------------------------------------------------------------------ places and services

def test_a_village_before_man_or_home_is_no_victim(tmp_path):
    rep = report_of(tmp_path, {"a.txt": (
        "Hunter charged in death of Lena Marsh man\n\nPolice said Otis Braddock, 60, was shoveling snow outside "
        "his Lena Marsh home when he was shot. Crews of Ambulance Services and deputies from Lake County came "
        "within minutes.\n")})
    names = {p["name"] for p in _persons(rep)}
    assert "Lena Marsh" not in names and "Ambulance Services" not in names
    assert "Otis Braddock" in names
