"""Figures whose measure the tagger misreads (data/casualty_patterns.json 'figure_measure'):
title-case headlines, 'spree injures N', 'a family of N dies'. Sentences written for these
tests; each case gives the (measure, low, high) figures a reader takes from it."""

from __future__ import annotations

import pytest

from conftest import quantities_of


def read(nlp, text):
    return sorted((m, v[1], v[2]) for _t, v, m in quantities_of(nlp, text) if m is not None)


@pytest.mark.parametrize("text, expected", [
    # a headline in title case: the capitalised verbs are taken for proper nouns
    ("Harbor Shooting Kills 2, Wounds 3 Near Pier", [("injured", 3, 3), ("killed", 2, 2)]),
    ("Riverside Shooting Kills 2 People, Wounds 6 In East Dayton", [("injured", 6, 6), ("killed", 2, 2)]),
    ("Barn Dance Shooting Kills 1 Person, Wounds 3 Near Lake Erie", [("injured", 3, 3), ("killed", 1, 1)]),
    ("Springfield Shooting Kills Four, Injures Two: Deputies", [("injured", 2, 2), ("killed", 4, 4)]),
    ("Warehouse Shooting Wounds 3 Near Rail Yard", [("injured", 3, 3)]),
    # 'injures' taken for a plural noun, its figure for the object of 'kill'
    ("Hill County deputies kill gunman after shooting spree injures five", [("injured", 5, 5), ("killed", 1, 1)]),
    ("Troopers kill a man after stabbing rampage injures two", [("injured", 2, 2), ("killed", 1, 1)]),
    # the figure of a group that died
    ("Sheriff: Family of three dies in apparent murder-suicide near Elm Creek", [("killed", 3, 3)]),
    ("Family of five found dead in rural home", [("killed", 5, 5)]),
    ("All five relatives appear to have died from stab wounds.", [("killed", 5, 5)]),
    ("Six people seem to have died in the blaze, the chief said.", [("killed", 6, 6)]),
])
def test_the_figure_gets_the_measure_of_its_construction(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The Kills 2 Tour Was Sold Out",
    "Grand Kills 4 Is A Township In The Valley",
])
def test_kills_in_a_title_of_another_kind_counts_no_one(nlp, text):
    assert read(nlp, text) == []


@pytest.mark.parametrize("text", [
    # the parser hangs the kin noun's 'of' on the noun before it: the figure still counts children
    "Friends of Father of 3 Killed in Shooting Gather at Park",
    "Relatives of Mother of 5 Killed on Oak Lane Ask for Help",
    "Coworkers of Dad of 6 Killed in Shooting Remember Him",
])
def test_a_kin_figure_after_another_of_counts_no_one_hurt(nlp, text):
    assert not any(lo in (3, 5, 6) for _m, lo, _hi in read(nlp, text))


@pytest.mark.parametrize("text", [
    # a caption gallery's position and size run into the caption's headline
    "Photo: By Jane Roe/Courier Image 29 of 29 Boy shot, father hurt in Eastside shooting",
    "Photo: By Jane Roe/Courier Image 3 of 29 Boy shot, father hurt in Eastside shooting",
])
def test_a_gallery_count_is_no_count_of_people(nlp, text):
    assert not any(lo in (3, 29) for _m, lo, _hi in read(nlp, text))
