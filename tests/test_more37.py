"""Casualty wording read in session 27 (more37), found in gva-more's misses and kept only
where both gva-dev halves, which it was not written on, did not lose: 'claimed the life of'
a person tells that person's death. Sentences of our own, about invented shootings."""

from __future__ import annotations

import pytest

from conftest import quantities_of

from reconcile.data import load


def figures(nlp, text, measure):
    return [(tuple(v)[1], tuple(v)[2]) for _t, v, m in quantities_of(nlp, text) if m == measure]


@pytest.mark.parametrize("text, killed", [
    # data/victims.json life_takers (silent37 read the same construction; merged as one): the life a verb takes is its person's death
    ("A stray bullet claimed the life of Tom Reddy, 4, on Monday.", [(1, None)]),
    ("An accident with a rifle took the life of 9-year-old Ada Birch on Sunday.", [(1, None)]),
    ("A hunting accident ended the life of an 8-year-old boy near Elk Ridge.", [(1, None)]),
    # not a death: another verb on 'the life', a life saved
    ("The coach changed the life of Tom Reddy forever.", []),
    ("Paramedics saved the life of Ada Birch on Sunday.", []),
])
def test_claimed_the_life_of_a_person(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed


def test_the_life_takers_example_is_read(nlp):
    example = load("victims")["life_takers"]["example"]
    assert figures(nlp, example, "killed") == [(1, None)]
