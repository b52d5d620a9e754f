"""Injured tolls read in session 32 (inj48): the hurt told after a cause other than
gunfire (a stabbing, a car) are not the shooting's wounded, though their own sentence
names no cause; and a count under 'could have' is no count at all. Sentences of our own,
about invented events."""

from __future__ import annotations

from conftest import account_tolls, check_json, news_folder
from conftest import one_article_tolls as _account
from reconcile.accounts import _counterfactual, _hurt_otherwise
from reconcile.records import Claim, Interval


def _claim(i, text, sentence, start, line, measure="injured", value=Interval(1, 1, 1), kind="quantity"):
    return Claim(id=i, source="s", path="p", kind=kind, start=start, end=start + len(text), text=text,
                 sentence=sentence, line=line, value=value, measure=measure)


STABBED = "Deputies said two men were stabbed inside a farmhouse on Quarry Road before dawn."
ONE = "One suffered critical injuries."
FIRED = "A gunman opened fire on the porch of a farmhouse on Quarry Road before dawn."


def test_the_hurt_after_a_stabbing_are_the_stabbing_s():
    first = _claim("q1", "two men", STABBED, 10, 3, measure=None, value=Interval(2, 2, 2))
    hurt = _claim("q2", "One", ONE, 120, 3)
    assert _hurt_otherwise([first, hurt]) == frozenset({"q2"})


def test_the_hurt_after_gunfire_stay():
    first = _claim("q1", "A gunman", FIRED, 10, 3, measure=None)
    hurt = _claim("q2", "One", ONE, 120, 3)
    assert _hurt_otherwise([first, hurt]) == frozenset()


def test_the_nearest_cause_told_decides():
    # a stabbing told first, then gunfire nearer the hurt: the hurt are the gunfire's
    stab = _claim("q1", "two men", STABBED, 10, 3, measure=None, value=Interval(2, 2, 2))
    fire = _claim("q2", "A gunman", FIRED, 100, 5, measure=None)
    hurt = _claim("q3", "One", ONE, 200, 7)
    assert _hurt_otherwise([stab, fire, hurt]) == frozenset()
    # and a hurt sentence that tells its own cause is left to _not_gunfire
    own = _claim("q4", "One", "One was shot in the arm.", 300, 9)
    assert "q4" not in _hurt_otherwise([stab, own])


FARMHOUSE = ("Deputy shoots armed man after two stabbed near Quarry Road\n\n"
             "Deputies said two men were stabbed inside a farmhouse on Quarry Road before dawn on Sunday. "
             "One suffered critical injuries. Another suffered minor injuries.\n\n"
             "A deputy later found the suspect, 34-year-old Dale Penrose, in a field nearby. "
             "When he came at the deputy with a knife, the deputy shot and killed him.\n")


def test_a_page_of_a_stabbing_and_a_shooting_gives_no_wounded(tmp_path):
    got = _account(tmp_path, "farmhouse", FARMHOUSE)
    assert got.get("killed") == (1, 1)
    assert "injured" not in got


def test_people_run_over_are_not_the_wounded():
    ran = "Minutes later he steered a pickup back into the lot and ran over his former girlfriend and both diners."
    first = _claim("q1", "both diners", ran, 40, 4, measure=None, value=Interval(2, 2, 2))
    three = _claim("q2", "three", "All three victims went by ambulance to Ferncliff General, where she later died.", 140, 4,
                   value=Interval(2, 2, 2))
    assert _hurt_otherwise([first, three]) == frozenset({"q2"})


def test_a_count_under_could_have_is_set_aside():
    said = "Without the quick response, the standoff could have ended in numerous injuries, the chief said."
    many = _claim("q1", "numerous", said, 0, 4, value=Interval(None, 3, None))
    assert _counterfactual(many)
    told = _claim("q2", "numerous", "The blast caused numerous injuries at the depot.", 0, 4, value=Interval(None, 3, None))
    assert not _counterfactual(told)


STANDOFF = ("Deputy wounded in Harlow Creek standoff\n\n"
            "A sheriff's deputy was shot in the arm on Tuesday during a four-hour standoff at a cabin "
            "near Harlow Creek, officials said. The deputy is in stable condition.\n\n"
            "Sheriff Nadia Brandt said that without the team's patience the standoff could have ended in "
            "numerous injuries.\n")


def test_a_count_under_could_have_is_no_toll_and_no_figure(tmp_path):
    rep = check_json(news_folder(tmp_path, {"a.txt": STANDOFF}))
    assert account_tolls(rep, "a")["injured"] == (1, 1)
    acc = next(a for a in rep["accounts"] if a["source"] == "a")
    away = [s["claim"] for s in acc["set_aside"] if s["why"] == "what might have been"]
    assert away and not any(i in away for f in rep["findings"] for i in f["claims"])
