"""'In a second tragic incident involving a child this week, ...' turns to another case, and the
paragraph after it that names the same family goes with it (session 54; careful reading round 76:
a Detroit page's second child's death, whose mother taken to hospital was read as the event's
wounded)."""

from __future__ import annotations

from conftest import report_of

PAGE = """Girl, 2, shot in argument, declared brain-dead

A 2-year-old girl who was shot in the head during an argument at a home on Elm Street was declared brain-dead Friday, relatives said.

The prosecutor's office on Friday announced charges against three men in the shooting.

The girl's great-uncle said the family would donate her organs.

Relatives said she loved to sing and to dance.

In a second tragic incident involving a child this week, an autopsy has been completed on 2-year-old Eli Varner, but the cause of death has not been determined.

His mother, identified by family as Dana Varner, was hospitalized May 16, leaving Eli alone in their apartment for nine days.
"""


def test_the_second_incidents_family_is_not_the_events(tmp_path):
    rep = report_of(tmp_path, {"a.txt": PAGE})
    tolls = rep["accounts"][0]["tolls"]
    assert "injured" not in tolls or tolls["injured"]["low"] in (0, None), tolls
    names = {c.get("name") for c in rep["claims"] if c["kind"] == "person" and c["id"] in rep["accounts"][0]["people"]}
    assert "Dana Varner" not in names, names
