"""A count of times is no count of people (session 33, evt49), on sentences written for these
tests."""

from __future__ import annotations

import pytest

from conftest import quantities_of


def _figures(nlp, text, measure):
    return [(tuple(v)[1], tuple(v)[2]) for _t, v, m in quantities_of(nlp, text) if m == measure]


@pytest.mark.parametrize("text, shots", [
    # the comma before 'or' makes no list of two figures: one range of shots
    ("A witness believed the clerk was struck, or shot two, or three times.", [(2, 3)]),
    ("Then he kept shooting eight or nine times toward the porch.", [(8, 9)]),
    # the parser hangs 'times' on the victim's name or makes it an object of the verb
    ("On Monday, Lee shot Dan Ford, 24, three times with a small pistol.", [(3, 3)]),
    ("Deputies said he fired at the truck, hitting the driver six times in the arm.", [(6, 6)]),
])
def test_a_count_of_times_is_shots_not_people(nlp, text, shots):
    assert _figures(nlp, text, "shots") == shots
    # the one person shot, at most: never the shots
    assert all(hi == 1 for m in ("shot", "injured") for _lo, hi in _figures(nlp, text, m))


def test_shot_multiple_times_is_no_count_of_the_wounded(nlp):
    assert _figures(nlp, "A toddler shot multiple times at a motel is recovering, relatives said.", "injured") == []


def test_a_range_with_a_comma_still_counts_people(nlp):
    assert _figures(nlp, "Two, or three men were shot on Pine Road late Friday.", "shot") == [(2, 3)]
