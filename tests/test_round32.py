"""Careful reading round 32's wrong account tolls (session 24, round32): a figure dated a year
back in a lead that tells a later step of the case (an arrest, a charge) is the event's own,
told from a later day; arrests, or none, 'in that case' are the recalled case's. Sentences of
our own, about invented shootings."""

from __future__ import annotations

from reconcile.data import load
from conftest import account_tolls, report_of

LATER = ("Third man charged in Osgood Street shooting\n\nProsecutors charged a third man Monday in a shooting "
         "last spring on Osgood Street in Brannick that left five people hurt. A week after the shooting, he "
         "was still in a hospital.\n")


def test_a_figure_a_year_back_in_a_lead_telling_a_later_step_is_the_events(tmp_path):
    assert "charged" in load("accounts")["followed_up"]["example"]
    rep = report_of(tmp_path, {"a.txt": LATER})
    assert account_tolls(rep, "a")["injured"] == (5, 5)
    # with no later step of the case told beside it, the figure stays another event's
    (tmp_path / "recalled").mkdir()
    recalled = LATER.replace("Prosecutors charged a third man Monday in a shooting", "A shooting")
    rep = report_of(tmp_path / "recalled", {"a.txt": recalled})
    assert account_tolls(rep, "a").get("injured") != (5, 5)


RECALLED = ("Man hurt on Tellin Road\n\nGunfire hurt a man on Tellin Road in Marrow on Friday, police said. "
            "Detectives are questioning a witness.\n\nIn May, a woman was wounded near Corbet Park. Nobody has been "
            "arrested in that case.\n")


def test_no_arrests_in_that_case_is_the_recalled_cases(tmp_path):
    assert "that case" in load("accounts")["arrest_elsewhere"]["_other_case_example"]
    rep = report_of(tmp_path, {"a.txt": RECALLED})
    assert "arrested" not in account_tolls(rep, "a")
    (tmp_path / "own").mkdir()
    own = RECALLED.replace("in that case", "in the Tellin Road case")
    rep = report_of(tmp_path / "own", {"a.txt": own})
    assert account_tolls(rep, "a").get("arrested") == (0, 0)


NIGHT = ("Girl killed on Fennel Street\n\nA girl was shot on Fennel Street at about 9:15 p.m. on March 4 in "
         "Dunmore, police said. She was 9 and died.\n")
EARLY = ("Girl shot dead on Fennel Street\n\nThe girl was shot on Fennel Street a little before 9 p.m. Saturday "
         "in Dunmore. A 9-year-old girl died, police said.\n")


def _time_findings(rep: dict) -> list[str]:
    return [f["status"] for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "time"]


def test_a_weekday_against_a_date_does_not_keep_two_times_apart(tmp_path):
    rep = report_of(tmp_path, {"a.txt": NIGHT, "b.txt": EARLY})
    assert _time_findings(rep) == ["differ"]
    # two dates, or two weekdays, that differ may be two shootings: not compared
    for n, day in (("dates", "on March 6"), ("weekdays", "Monday night")):
        (tmp_path / n).mkdir()
        other = EARLY.replace("Saturday", day)
        first = NIGHT if n == "dates" else NIGHT.replace("on March 4", "Saturday night")
        rep = report_of(tmp_path / n, {"a.txt": first, "b.txt": other})
        clocks = [f for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "time"
                  and f["subject"] != "time · day"]
        assert clocks == []
        # (the two weekdays themselves are a difference of their own since circ45: the day)
        assert [f["subject"] for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "time"
                and f["status"] == "differ"] == (["time · day"] if n == "weekdays" else [])
