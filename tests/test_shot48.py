"""Session 48, shot48 (careful reading round 67): the event's people shot read as its dead and
wounded together where both are single counts and the shot reading says otherwise (a two-scene
page's dead of one scene and wounded of the other added up; pages whose counts of people shot
span a range), unless every source behind the shot
reading states that one figure. Articles and figures of our own."""

from __future__ import annotations

from conftest import report_of

from reconcile.accounts import shot_of_dead_and_wounded
from reconcile.records import Account, EventToll, Interval, Toll

THREE = ("Three shot at Elm Street park\n\n"
         "Three people were shot Sunday afternoon at a park on Elm Street, police said. One of them, a man, died "
         "at a hospital, and two others were wounded.\n")
KILLED_AND_HURT = ("Man killed, two hurt in Elm Street park shooting\n\n"
                   "A man was killed and two other people were wounded in a shooting Sunday afternoon at a park on "
                   "Elm Street, police said.\n")
FIRST = ("Two shot at Elm Street park\n\n"
         "Two people were shot, one of them fatally, Sunday afternoon at a park on Elm Street, police said.\n")


def test_people_shot_follow_the_events_dead_and_wounded(tmp_path):
    rep = report_of(tmp_path, {"a.txt": THREE, "b.txt": KILLED_AND_HURT, "c.txt": FIRST})
    tolls = rep["event"]["tolls"]
    assert (tolls["killed"]["nominal"], tolls["injured"]["nominal"]) == (1, 2)
    # the pages count three and two shot (the third, telling a man killed and two wounded 'in a shooting',
    # its dead and wounded added, session 77): not a range beside one dead and two wounded
    assert sorted(a["tolls"]["shot"]["nominal"] for a in rep["accounts"] if "shot" in a["tolls"]) == [2, 3, 3]
    # (two of the three pages now give three: the event reads most sources, the same figure)
    assert tolls["shot"]["nominal"] == 3 and tolls["shot"]["how"] in ("dead and wounded", "most sources")


def _event(shot: Interval, how: str = "agreed") -> list[EventToll]:
    return [EventToll("killed", Interval(1, 1, 1), "agreed", ("a", "b")),
            EventToll("injured", Interval(2, 2, 2), "most sources", ("a",)),
            EventToll("shot", shot, how, ("a", "b"))]


def _accounts(shot_how: str, shot: Interval) -> list[Account]:
    return [Account(source=s, tolls=(Toll("shot", shot, shot_how, (f"{s}:quantity1",), "three"),)) for s in "ab"]


def test_a_range_of_people_shot_reads_the_dead_and_wounded_within_it():
    out = shot_of_dead_and_wounded(_event(Interval(None, 2, 4), "range"), _accounts("added", Interval(2, 2, 2)))
    assert out[2] == EventToll("shot", Interval(3, 3, 3), "dead and wounded", ("a", "b"))


def test_a_shot_count_every_source_states_is_kept():
    stated = Interval(4, 4, 4)
    out = shot_of_dead_and_wounded(_event(stated), _accounts("stated", stated))
    assert out[2].value == stated and out[2].how == "agreed"
    # the same figure worked out by adding other figures yields
    out = shot_of_dead_and_wounded(_event(stated), _accounts("added", stated))
    assert out[2].value == Interval(3, 3, 3)


def test_nothing_moves_without_single_counts_of_the_dead_and_the_wounded():
    open_hurt = [t if t.measure != "injured" else EventToll("injured", Interval(None, 2, None), "agreed", ("a",))
                 for t in _event(Interval(5, 5, 5))]
    assert shot_of_dead_and_wounded(open_hurt, _accounts("added", Interval(5, 5, 5))) == open_hurt
    only_shot = [t for t in _event(Interval(5, 5, 5)) if t.measure == "shot"]
    assert shot_of_dead_and_wounded(only_shot, _accounts("added", Interval(5, 5, 5))) == only_shot


def test_no_death_told_anywhere_reads_none_dead():
    no_dead = [t for t in _event(Interval(None, 2, 9), "agreed") if t.measure != "killed"]
    out = shot_of_dead_and_wounded(no_dead, _accounts("added", Interval(None, 2, 9)))
    assert out[-1] == EventToll("shot", Interval(2, 2, 2), "dead and wounded", ("a",))


def test_a_source_counting_more_shot_than_its_dead_leaves_the_wounded_unread_not_none():
    # 'three killed, twelve shot' with no count of the wounded: the other nine are wounded, not none
    dead_only = [EventToll("killed", Interval(3, 3, 3), "agreed", ("a", "b")),
                 EventToll("shot", Interval(None, 12, 13), "range", ("a", "b"))]
    accs = [Account(source=s, tolls=(Toll("killed", Interval(3, 3, 3), "stated", (), "three"),
                                     Toll("shot", Interval(n, n, n), "stated", (), str(n))))
            for s, n in (("a", 12), ("b", 13))]
    assert shot_of_dead_and_wounded(dead_only, accs) == dead_only
