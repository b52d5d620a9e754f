"""The paragraph right after a turn to another case ('The incident was the second reported shooting
in Marlow in less than 24 hours.') that gives a street no scene has had or new people hit tells that
case, and the lines below it do too until a street or a name goes back (session 54; careful reading
round 76: a man found wounded on another street that night read as the event's wounded)."""

from __future__ import annotations

from conftest import report_of

LEAD = """Girl, 17, shot dead in Marlow identified

MARLOW — A 17-year-old girl was shot and killed while walking near the corner of Vine and Belmar streets late Friday, police said.

Friends gathered at the corner on Saturday to leave flowers and candles.

Her aunt said she wanted to study nursing and sang in a church choir.

Paramedics said the girl was dead at the scene. Police have no description of a shooter.

"""

TURN = "The incident was the second reported shooting in Marlow in less than 24 hours.\n\n"

OTHER = """Police found a man, 22, suffering from gunshot wounds on Hamilton Avenue about 3:30 a.m. Saturday.

Paramedics took him to a hospital, where he was in stable condition.
"""


def _tolls(tmp_path, text):
    return report_of(tmp_path, {"a.txt": text})["accounts"][0]["tolls"]


def test_the_case_after_the_turn_is_not_the_events(tmp_path):
    tolls = _tolls(tmp_path, LEAD + TURN + OTHER)
    assert "injured" not in tolls, tolls
    assert tolls["killed"]["low"] == 1


def test_without_the_turn_the_page_tells_one_more_hurt(tmp_path):
    """The same lines with no turn: the reading stays as it was (the wounded man counted)."""
    tolls = _tolls(tmp_path, LEAD + OTHER)
    assert "injured" in tolls, tolls
