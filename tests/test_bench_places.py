"""bench/places.py's classes of a place against a registry's address, on addresses of our own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.places import CLASSES, place_class, street_names

LOC = {"address": "1401 S. Laurel St.", "city_or_county": "Riverton (Oak Hill)"}


def test_a_block_of_the_registrys_street_in_its_hundred_is_a_block():
    assert place_class("1400 block of South Laurel Street", LOC) == "block"
    assert place_class("1400-block of Laurel", LOC) == "block"


def test_the_street_at_another_number_or_in_a_corner_is_the_street():
    assert place_class("1900 block of Laurel Street", LOC) == "street"
    assert place_class("Elm and Laurel streets", LOC) == "street"
    assert place_class("Laurel Avenue near Elm Street", LOC) == "street"  # the street word is not compared


def test_a_town_or_a_part_the_registry_names_is_the_town():
    assert place_class("Riverton", LOC) == "town"
    assert place_class("the Oak Hill neighborhood", LOC) == "town"
    assert place_class("Elm Street", LOC) == "other"
    assert place_class(None, LOC) == "none"


def test_numbered_and_abbreviated_streets_are_read_as_one():
    assert street_names("3451 N.W. 36th St") == street_names("3451 Northwest 36 Street") == [("36", 34)]
    assert street_names("1600 block of Second Avenue") == street_names("1600 block on 2nd Avenue")
    assert street_names("25th Avenue and Cactus Road") == [("25", None), ("cactus", None)]
    assert street_names("1800 block of W. North Avenue") == [("north", 18)]
    assert place_class("St. Paul", {"address": "", "city_or_county": "Saint Paul"}) == "town"


def test_a_spelling_a_letter_apart_is_the_same_street():
    assert place_class("6200 block of Minock", {"address": "6200 block of Minnock", "city_or_county": "X"}) == "block"
    assert place_class("600 block of Elm", {"address": "600 block of Oak", "city_or_county": "X"}) == "other"


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=20))
def test_every_place_falls_in_one_class(place, address, city):
    assert place_class(place, {"address": address, "city_or_county": city}) in CLASSES
