"""evt59 (session 41, issue 13): tolls of careful reading round 59. An injured count of 'others' that is a part of the shot; custody lines of
a drug arrest's suspects and of another case's people kept out of the arrested toll. Sentences of
our own."""

from __future__ import annotations

from conftest import account_toll, report_of


FIRST = ("Five shot outside a bar in Marlow\n\nOfficers say five people were found shot outside "
         "a bar on Elm Street in Marlow.\n")
LATER = ("One of five shot outside Marlow bar dies\n\nPolice say one of the five people shot outside a bar on Elm Street "
         "in Marlow has died. Four others are recovering.\n")


def test_the_event_reads_wounded_who_died_later_as_the_dead(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    tolls = rep["event"]["tolls"]
    assert (tolls["killed"]["low"], tolls["killed"]["high"]) == (1, 1)
    assert (tolls["injured"]["low"], tolls["injured"]["high"]) == (4, 4)


UPDATE = ("UPDATE: Teen dies after Marlow break-in\n\nUPDATE: The coroner says the teen wounded by gunfire "
          "in the break-in on Elm Street has died.\n\nDeputies were called to a townhouse on Elm Street early Friday "
          "after a break-in.\n\nMedics took both victims to the hospital. The teen who was shot was in critical "
          "condition; the other man had been beaten.\n")


def test_an_update_s_dead_is_not_counted_again_among_both_victims(tmp_path):
    rep = report_of(tmp_path, {"a.txt": UPDATE})
    t = account_toll(rep, "injured")
    assert t is not None and (t["low"], t["high"]) == (1, 1)
