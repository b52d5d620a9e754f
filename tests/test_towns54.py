"""Town, county and neighbourhood names (reconcile/extract/towns.py, data/towns.json) and one
name spelled two ways between sources or on one page (reconcile/towns.py), end to end on
sentences of our own (made-up places) with the real model."""

from __future__ import annotations

import pytest

from reconcile.towns import spelled_apart

from conftest import findings_of, report_of


def towns_of(nlp, text):
    doc = nlp(text)
    return [(f["street"], f["hedge"]) for f in doc._.facts if f["attr"] == "town"]


def test_a_county_inside_an_office_name_and_a_neighbourhood_are_read(nlp):
    got = towns_of(nlp, "Deputies of the Harlowe County Sheriff's Office were called to the Kestrel Park "
                        "neighborhood on Friday.")
    assert got == [("harlowe county", "county"), ("kestrel park", "neighborhood")]


@pytest.mark.parametrize("text", [
    "Officers went to the 3000 block of Tamsin Circle.",
    "A Kuwaiti-born man was held.",
])
def test_a_street_and_a_hyphened_word_are_no_town(nlp, text):
    assert towns_of(nlp, text) == []


def test_spellings_of_one_name():
    assert spelled_apart("Harlowe County", "Harlow County")
    assert spelled_apart("Kestrel Park", "Kestrell Park")
    assert spelled_apart("Stockbridge", "Stockbrige")
    assert spelled_apart("Adams County", "Adam County")


@pytest.mark.parametrize("a, b", [
    ("Harlowe", "Harlowe County"),            # the city and the county: two places
    ("Southeast Dunmore", "Southwest Dunmore"),  # two sides of a town
    ("Dayton", "Layton"),                     # another first letter: as often two towns
    ("Kuwait", "Kuwaiti"),                    # a people's word
    ("the Carolinas", "Carolina"),            # a region and a state
    ("Prince George's County", "Prince George’s County"),  # marks alone
    ("St. Albans", "Saint Albans"),           # an abbreviation written out
    ("Ely", "Elly"),                          # too short to tell
    ("Iran", "Iraq"),                         # a letter changed in a short word: as often two places
    ("Parkdale", "Portdale"),                 # two letters changed: as often two neighbourhoods
    ("Fort Dunmore\x92s", "Fort Dunmore"),    # a possessive with a stray mark
])
def test_names_that_are_not_one_name_spelled_two_ways(a, b):
    assert not spelled_apart(a, b)


def test_a_letter_of_a_person_name_is_left_to_the_name_rows():
    assert not spelled_apart("Marlena", "Marlina", frozenset({"marlena", "voss"}))


A = ("Man wounded in shooting\n\nA man was shot Tuesday night in the Kestrel Park neighborhood, the Harlowe County "
     "Sheriff's Office said. He is expected to recover.\n")
B = ("Deputies look into shooting\n\nA man was wounded Tuesday night in the Kestrel Park neighborhood, the {} "
     "Sheriff's Office said. Deputies are asking for tips.\n")


def _towns(tmp_path, texts):
    rep = report_of(tmp_path, texts, "--one-event")
    return [f for f in findings_of(rep, kind="fact", measure="place") if "name spelled" in f["subject"]]


def test_a_county_spelled_two_ways_between_outlets_differs(tmp_path):
    got = _towns(tmp_path, {"a.txt": A, "b.txt": B.format("Harlow County")})
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "place · name spelled · harlow county")]


def test_the_city_against_the_county_is_no_slip(tmp_path):
    assert _towns(tmp_path, {"a.txt": A, "b.txt": B.format("Harlowe Police Department's")}) == []


def test_a_page_spelling_its_county_two_ways_contradicts_itself(tmp_path):
    page = A + "Later, the Harlow County Sheriff's Office asked for tips.\n"
    got = _towns(tmp_path, {"a.txt": page})
    assert [(f["status"], f["subject"]) for f in got] == [("inconsistent", "place · name spelled · harlow county")]
