"""evt59 (session 41, issue 13): tolls of careful reading round 59. Where every source gives the
same hurt and different dead, the event reads the most dead and the rest wounded. Sentences of our
own. (evt59's other rules fired on the even folder each was written from alone and were taken out
in session 43 under the halves rule.)"""

from __future__ import annotations

from conftest import report_of


FIRST = ("Five shot outside a bar in Marlow\n\nOfficers say five people were found shot outside "
         "a bar on Elm Street in Marlow.\n")
LATER = ("One of five shot outside Marlow bar dies\n\nPolice say one of the five people shot outside a bar on Elm Street "
         "in Marlow has died. Four others are recovering.\n")


def test_the_event_reads_wounded_who_died_later_as_the_dead(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    tolls = rep["event"]["tolls"]
    assert (tolls["killed"]["low"], tolls["killed"]["high"]) == (1, 1)
    assert (tolls["injured"]["low"], tolls["injured"]["high"]) == (4, 4)
