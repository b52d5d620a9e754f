"""Session 49 (careful reading rounds 67 and 68): a recalled killing's arrest, told below the
paragraph that recalls the killing, stays that case's when that paragraph is taken out as another
scene; a clock time written without a.m. or p.m. takes its half of the day from the part of the
day the page wrote before it. Articles and figures of our own."""

from __future__ import annotations

import pytest
from conftest import report_of

from reconcile.extract.facts import _clock_times

SILENT = ("Teen dies after Elm Street shooting\n\n"
          "A 15-year-old boy who was shot Friday night inside a house in the 1400 block of Elm Street has died, "
          "police said.\n\n"
          "Investigators said the shooting did not appear to be intentional.\n")
RECALLED = ("Teen killed in Elm Street shooting\n\n"
            "ALDER FALLS — A 15-year-old boy was shot and killed Friday night inside a house in the 1400 block of "
            "Elm Street.\n\n"
            "Police said the boy was found inside the house with a gunshot wound.\n\n"
            "His death marks the second time in just over six months that a teen was killed in the city. Dario "
            "Fenwick was shot near 16th Street "
            "and Park Avenue on Sept. 6, 2015. He died of his wounds.\n\n"
            "A then-14-year-old, Rory Dunmore was arrested in connection with Fenwick's killing.\n")


def test_a_recalled_killings_arrest_below_its_scene_is_not_the_events(tmp_path):
    rep = report_of(tmp_path, {"a.txt": RECALLED, "b.txt": SILENT})
    a = next(a for a in rep["accounts"] if a["source"] == "a")
    # the paragraph that recalls the killing is another scene, taken out of the account; the
    # arrest below it is still read as that killing's
    assert "arrested" not in a["tolls"]
    assert not [p for p in rep.get("people", []) if "Dunmore" in str(p)]


@pytest.mark.parametrize("text,read", [
    ("A boy was shot in the hand Sunday night on Elm Street.\n\nPolice said it happened around 6:30 near his home.",
     [("6:30", 18 * 60 + 30)]),
    ("He was shot Tuesday night, police said. Officers said around 1:15 the man ran.", [("1:15", 75)]),
    ("The girl was hurt Saturday morning. It happened about 10:20 at the park.", [("10:20", 10 * 60 + 20)]),
    # an hour that fits no half of the part: left unread
    ("Shots rang out Saturday morning. It happened at 2:30 near the park.", []),
    # a time with a day of its own, a list of times, no part of the day before: unread
    ("He was shot Sunday night. Police arrived around 9:30 Monday.", []),
    ("Buses leave Sunday night at 6:24, 7:24, 8:24 and 9:24 for the fans.", []),
    ("He was shot Sunday night. I get up about 2:00 or 3:00 to check the doors.", []),
    ("Police said it happened around 6:30 near the home.", []),
    # a clock time between the part of the day and the bare time: another moment
    ("He was shot Sunday night. Police came at 7 a.m. and about 8:15 they left.", [("7 a.m.", 420)]),
])
def test_a_bare_clock_time_takes_its_half_from_the_part_of_the_day_before(text, read):
    assert [(m.group(0), t) for m, t in _clock_times(text)] == read


def test_bare_time_against_another_outlets_time_differs(tmp_path):
    a = ("Boy shot in the hand\n\nA five-year-old boy was shot in his hand Sunday night in Alder Falls.\n\n"
         "Police say this happened around 6:30 on the 1300 block of Birch Street.\n")
    b = ("Boy, 5, shoots himself\n\nA five-year-old boy shot himself in the hand Sunday night in Alder Falls.\n\n"
         "The shooting happened inside a home in the 1300 block of Birch Street around 5:20 p.m.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    times = [f for f in rep["findings"] if f["status"] == "differ" and f["subject"].startswith("time")]
    assert len(times) == 1 and "6:25 p.m." in times[0]["reason"]
