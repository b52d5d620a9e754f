"""A death told by an ordinal in the headline ('Third victim dies': at least three) yields to the
page's own rise told below the lead ('The death toll rose to three when ...'): three, not three
or more (session 54; the review of session 53)."""

from __future__ import annotations

from conftest import report_of

PAGE = """Third victim dies after Elm Avenue shooting

MARLOW — A third person has died after a shooting outside an Elm Avenue bar late Thursday, police said Saturday.

Officers found several people hurt on the sidewalk when they arrived.

The bar's owner said he had closed early that night.

Neighbors said the block had been quiet for years.

The death toll rose to three when a 19-year-old woman died at Mercy Hospital on Friday afternoon, police said.
"""


def test_a_rise_below_the_lead_gives_the_count(tmp_path):
    t = report_of(tmp_path, {"a.txt": PAGE})["accounts"][0]["tolls"]["killed"]
    assert (t["low"], t["high"]) == (3, 3), t


def test_without_it_the_ordinal_is_a_bound(tmp_path):
    text = PAGE.replace("The death toll rose to three when a", "A")
    t = report_of(tmp_path, {"a.txt": text})["accounts"][0]["tolls"]["killed"]
    assert (t["low"], t["high"]) == (3, None), t
