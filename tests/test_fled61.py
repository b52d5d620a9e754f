"""A flight of the one who fired (upd61, issue 13): 'the gunmen drove off' on a page that tells
nothing else of custody is that page's word that no one is held, set against another page's
arrest or charge; beside an arrest or a search on the same page it says nothing. Sentences of
our own, about an invented shooting."""

from __future__ import annotations

from functools import partial

from conftest import dated_fact_findings, fact_moments as _facts


def test_the_one_who_fired_told_fleeing_is_a_flight(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("The gunman fled in a grey sedan, deputies said.") == [("fled", "gunman fled")]
    assert said("The shooter then ran off toward the river.") == [("fled", "shooter then ran off")]
    assert said("The two gunmen drove away before officers arrived.") == [("fled", "gunmen drove away")]
    # not the one who fired, not told as done, or beside another custody statement in its sentence
    assert said("The victims fled the gunfire.") == []
    assert said("If the gunman fled, deputies will find him.") == []
    assert said("The shooter did not run off.") == []
    assert said("The gunman fled and remains at large.") == [("none", "at large")]


FLED = ("Girl killed in Larch Park shooting\n\n{date}A girl of 15 was shot and killed in Larch Park in Marlow "
        "on Saturday, the sheriff said. The gunmen fled in a grey sedan.\n")
CHARGED = ("Teen charged in Larch Park killing\n\n{date}A 17-year-old was arrested and charged with murder in the "
           "killing of a girl of 15 in Larch Park in Marlow on Saturday, the sheriff said.\n")
CAUGHT = ("Girl killed in Larch Park shooting\n\n{date}A girl of 15 was shot and killed in Larch Park in Marlow "
          "on Saturday, the sheriff said. The gunman fled on foot. A 17-year-old has been charged with murder.\n")


def test_a_flight_alone_against_a_later_charge_is_a_custody_update(tmp_path):
    got = dated_fact_findings(tmp_path, FLED, CHARGED, ("Oct 4, 2025", "Oct 8, 2025"), "custody")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "custody · suspect")]
    assert got[0]["reason"].startswith("An update") and "gunmen fled" in got[0]["reason"]


def test_a_flight_beside_a_charge_on_its_page_is_no_finding(tmp_path):
    # the page's charge tells how things stand; read as no one held, the flight would hide it
    got = dated_fact_findings(tmp_path, CAUGHT, CHARGED, ("Oct 4, 2025", "Oct 8, 2025"), "custody")
    assert [f for f in got if f["subject"] == "custody · suspect"] == []
