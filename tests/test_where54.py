"""Where a victim was when hit is where the shooting was: 'A bullet struck a girl as she walked in
the 5500 block of Elm Street', 'another bullet struck a boy who was sleeping in his home in the
800 block of Oak Lane' (session 54; careful reading round 75: a page's second shooting across town
read with the moment 'other', so no scene opened and its detained suspects counted as the event's)."""

from __future__ import annotations

import pytest

from conftest import fact_moments, report_of


@pytest.mark.parametrize("text, where", [
    ("A bullet struck a 7-year-old girl in the back of the head as she walked with her family in the 5500 "
     "block of Elm Street after 10 p.m.", "5500 block of Elm Street"),
    ("Another bullet struck a 5-year-old boy who was sleeping in a front bedroom of his home in the 800 block "
     "of Oak Lane.", "800 block of Oak Lane"),
    ("He was shot in the head while he was driving a sedan in the 5600 block of South Birch Avenue.",
     "5600 block of South Birch Avenue"),
])
def test_the_victims_place_is_the_shootings(nlp, text, where):
    got = fact_moments(nlp, "address", text)
    assert any(m == "event" and where in w for m, w in got), got


def test_a_place_of_something_else_stays_other(nlp):
    got = fact_moments(nlp, "address", "The suspect was arrested as he walked out of a store in the 300 block of Pine Road.")
    assert all(m != "event" for m, _w in got), got


PAGE = """Two girls shot in separate Marlow shootings

MARLOW — Two young girls were critically wounded in two separate shootings late Wednesday, police said.

A bullet struck a 7-year-old girl in the back as she walked with her family in the 5500 block of Elm Street after 10 p.m.

The girl's mother was also hit in the arm, police said. No arrests have been made in her shooting.

Neighbors said the family often walked to the park in the evening.

About an hour after that incident, another bullet struck a 5-year-old girl who was sleeping in a front bedroom of her home in the 800 block of Oak Lane after two gunmen opened fire outside.

The suspects took off but were later spotted by patrol officers, who chased them until they crashed.

One of the suspects was immediately detained, and a second was found by a K-9 unit an hour later.
"""

OTHER = """Girl, 7, shot on Elm Street dies

MARLOW — A 7-year-old girl shot while walking with her family in the 5500 block of Elm Street on Wednesday night has died, police said.

Her mother was wounded in the arm. Police have made no arrests and are asking for the public's help.
"""


def test_the_other_shootings_detained_are_not_the_events(tmp_path):
    rep = report_of(tmp_path, {"a.txt": PAGE, "b.txt": OTHER})
    held = [f for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "custody"
            and f["status"] in ("differ", "conflict")]
    assert not held, [f["reason"] for f in held]
    page = next(a for a in rep["accounts"] if a["source"] == "a")
    assert "arrested" not in page["tolls"] or page["tolls"]["arrested"]["high"] == 0, page["tolls"]
