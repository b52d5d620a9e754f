"""Session 49 (careful reading rounds 67 and 68): a recalled killing's arrest, told below the
paragraph that recalls the killing, stays that case's when that paragraph is taken out as another
scene; a clock time written without a.m. or p.m. takes its half of the day from the part of the
day the page wrote before it. Articles and figures of our own."""

from __future__ import annotations

import pytest
from conftest import findings_of, report_of

from reconcile.extract.facts import _clock_times

SILENT = ("Teenager dies in Birch Lane house\n\n"
          "Deputies said a 16-year-old hit by a bullet on Friday evening in a house in the 300 block of Birch Lane "
          "died at a hospital.\n\n"
          "The sheriff said detectives believe the gun went off by accident.\n")
RECALLED = ("Teenager slain on Birch Lane\n\n"
            "MILLBROOK — A 16-year-old was fatally wounded on Friday evening in a house in the 300 block of "
            "Birch Lane, deputies said.\n\n"
            "Deputies found him on the kitchen floor with one wound to the chest.\n\n"
            "It is the third killing in the county in less than two months. Orla Penrose died after being shot near "
            "Fifth Street and Quarry Road on Aug. 2, 2016, the sheriff said.\n\n"
            "Her neighbour, Tobin Wexley, then 19, was taken into custody for Penrose's killing.\n")


def test_a_recalled_killings_arrest_below_its_scene_is_not_the_events(tmp_path):
    rep = report_of(tmp_path, {"a.txt": RECALLED, "b.txt": SILENT})
    a = next(a for a in rep["accounts"] if a["source"] == "a")
    # the paragraph that recalls the killing is another scene, taken out of the account; the
    # arrest below it is still read as that killing's
    assert "arrested" not in a["tolls"]
    assert not [p for p in rep.get("people", []) if "Wexley" in str(p)]


@pytest.mark.parametrize("text,read", [
    ("A cook was hurt outside a diner on Dale Road Sunday night.\n\nWitnesses heard three shots at about 6:45 near "
     "the back door.", [("6:45", 18 * 60 + 45)]),
    ("He was shot Tuesday night, police said. Officers said around 1:15 the man ran.", [("1:15", 75)]),
    ("The girl was hurt Saturday morning. It happened about 10:20 at the park.", [("10:20", 10 * 60 + 20)]),
    # an hour that fits no half of the part: left unread
    ("Shots rang out Saturday morning. It happened at 2:30 near the park.", []),
    # a time with a day of its own, a list of times, no part of the day before: unread
    ("He was shot Sunday night. Police arrived around 9:30 Monday.", []),
    ("Buses leave Sunday night at 6:24, 7:24, 8:24 and 9:24 for the fans.", []),
    ("He was shot Sunday night. The night shift starts at about 1:00 or 2:00 at the plant.", []),
    ("Witnesses heard three shots at about 6:45 near the back door.", []),
    # a clock time between the part of the day and the bare time: another moment
    ("He was shot Sunday night. Police came at 7 a.m. and about 8:15 they left.", [("7 a.m.", 420)]),
])
def test_a_bare_clock_time_takes_its_half_from_the_part_of_the_day_before(text, read):
    assert [(m.group(0), t) for m, t in _clock_times(text)] == read


def test_bare_time_against_another_outlets_time_differs(tmp_path):
    a = ("Clerk wounded at Alder Road station\n\nA clerk was wounded Friday evening at a gas station on Alder "
         "Road in Millbrook.\n\nDeputies said the shots were fired at about 7:15 behind the pumps at the 900 "
         "block of Alder Road.\n")
    b = ("Gas station clerk shot\n\nA gas station clerk in Millbrook was hit in the arm on Friday evening.\n\n"
         "The sheriff said the gunfire at the 900 block of Alder Road began about 8:10 p.m.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    times = findings_of(rep, status="differ", kind="fact", measure="time")
    assert len(times) == 1 and "7:10 p.m." in times[0]["reason"]
