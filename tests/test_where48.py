"""where48 (session 32, issue 13 item 3): a time told in a verbless piece the parser cut off the
sentence before (reconcile/extract/facts.py ``_piece_of``). Sentences of our own, real model."""

from __future__ import annotations


def _times(nlp, text):
    return [(f["value"][0], f["moment"], f["cue"]) for f in nlp(text)._.facts if f["attr"] == "time"]


def test_a_time_cut_off_after_a_street_abbreviation_is_the_verb_before(nlp):
    text = ("A clerk was wounded during a holdup, deputies reported. The shooting happened outside the "
            "Maple Tap on Birch and Harlan Ave. shortly before 2 a.m. The clerk is expected to recover.")
    assert _times(nlp, text) == [(120, "event", "happen")]


def test_a_verbless_piece_opening_in_capitals_is_no_piece(nlp):
    # a headline-like line of its own: no verb before it is borrowed
    assert _times(nlp, "Two men were hurt.\n\nShortly before 2 a.m.\n\nPolice are looking for a car.") == [(120, None, None)]


def test_a_time_with_its_own_verb_is_unchanged(nlp):
    assert _times(nlp, "Two men were hurt at 5 p.m. on Linden Road.") == [(1020, "event", "hurt")]
