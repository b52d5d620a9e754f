"""Tolls read in session 32 (r45fix, careful reading round 45): a vague count of the hurt
followed by the hurt told group by group, and a count of the charged of whom the page names
some in custody and the others sought. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account
from reconcile.accounts import _counted_list_head
from reconcile.data import load
from reconcile.records import Claim, Interval, Toll


GYM = ("Gunfire at Harlow gym dance leaves several hurt\n\nHARLOW, Ore. — State police are looking into a shooting "
       "late Saturday at the old gym on Pine Street in Harlow.\n\n"
       "Officials said a quarrel began near the doors. Shots followed and several people were hurt.\n\n"
       "Three of them were flown to a trauma center in Salem with wounds not thought grave. "
       "One victim stays at Harlow General. Four others were treated for minor injuries and sent home, a spokesman said.\n\n"
       "Troopers are still talking to witnesses.\n")


def test_a_vague_count_gives_way_to_the_groups_it_is_told_in(tmp_path):
    # 'several' hurt, then three + one + four others: eight
    assert _account(tmp_path, "gym", GYM)["injured"] == (8, 8)


def test_the_groups_need_the_others_to_close_them(tmp_path):
    # no 'others' count closing the paragraph: the groups may be a part of those hurt
    text = GYM.replace("Four others were treated for minor injuries", "Several more were treated for minor injuries")
    assert _account(tmp_path, "open", text)["injured"] != (8, 8)
    assert _account(tmp_path, "open2", text)["injured"][0] < 8


def test_a_group_of_the_dead_breaks_the_groups(tmp_path):
    # a count of the dead between the groups: no sum of the hurt is made
    text = GYM.replace("One victim stays at Harlow General.", "One victim died at Harlow General.")
    assert _account(tmp_path, "dead", text).get("injured") != (8, 8)


def test_the_example_of_the_data_entry_reads_as_its_sum(tmp_path):
    text = "Three hurt at Delmar block party\n\n" + load("accounts")["hurt_groups"]["example"] + "\n"
    assert _account(tmp_path, "example", text)["injured"] == (8, 8)


INDICTED = ("Six Larch Street crew members charged in porch shooting\n\n"
            "DENVER — Six members of the Larch Street crew were charged in an indictment unsealed Tuesday over a "
            "shooting that wounded two people on a porch in March.\n\n"
            "Marco Ruiz, 24, of Denver, is charged with attempted murder.\n\n"
            "Dale Voss, 31, of Aurora, faces a count of armed assault.\n\n"
            "Ty Brandt, 22, of Denver, faces a count of armed assault.\n\n"
            "Ruiz, Voss and Brandt are in custody, and warrants are out for the other three men.\n")


def test_the_charged_named_in_custody_are_the_arrested_where_the_others_are_sought(tmp_path):
    assert _account(tmp_path, "indicted", INDICTED)["arrested"] == (3, 3)


def test_the_count_stays_where_the_named_and_the_sought_do_not_make_it(tmp_path):
    # three held and two sought is not the six charged: the count as told
    text = INDICTED.replace("the other three men", "the other two men")
    assert _account(tmp_path, "short", text)["arrested"] == (6, 6)


def test_the_count_stays_where_the_others_are_not_sought(tmp_path):
    text = INDICTED.replace("warrants are out for the other three men",
                            "the other three men were freed on bond")
    assert _account(tmp_path, "bond", text)["arrested"] == (6, 6)


NOTEBOOK = ("A year of gun cases in Dane County: a reporter's notebook\n\n"
            "I kept this notebook of gun cases filed in the county court over the year.\n\n"
            "On Jan. 4, Marlow police arrested Evan Pruitt, 29, after he fired into a parked car. He was charged "
            "with reckless discharge.\n\n"
            "On March 9, two men were wounded outside a bar on Ash Street. Two men were charged with assault.\n\n"
            "On May 2, a girl, 12, was shot through the wrist on her porch.\n\n"
            "On July 20, a woman was shot and killed in her driveway on Elm Court.\n\n"
            "On Sept. 14, three men were wounded at a cookout. Police arrested Dale Voss, 31.\n\n"
            "On Nov. 3, a man was shot and killed at a gas station on Route 9. No arrests have been made.\n")


def test_a_notebook_of_dated_cases_keeps_bounds_of_its_dead_and_hurt_only(tmp_path):
    got = _account(tmp_path, "notebook", NOTEBOOK)
    assert got["killed"] == (0, 1) and got["injured"] == (0, 3)
    assert "arrested" not in got and "shot" not in got


def test_a_story_with_a_few_dates_keeps_its_tolls(tmp_path):
    # the event and two court dates: not a list of cases
    text = ("Man charged in Elm Court killing\n\nOn July 20, a woman was shot and killed in her driveway on Elm "
            "Court. Police arrested Dale Voss, 31, on July 22. He was charged on Aug. 3 and is held without bail.\n")
    got = _account(tmp_path, "story", text)
    assert got["killed"] == (1, 1)



def _claim(i, kind, text, sentence, start, **kw):
    return Claim(id=i, source="s", path="p", kind=kind, start=start, end=start + len(text), text=text,
                 sentence=sentence, line=3, **kw)


SEARCH = "He admitted that in March he sent members of his crew to look for two cousins who had quit the crew."
FIRED = "Dale Voss admitted that he fired a rifle 14 times, hitting the cousins, their father and a 12-year-old brother."
LISTED = "their father and a 12-year-old brother"


def _list_tolls(search: str = SEARCH, noun: str = "cousins"):
    two = Interval(2, 2, 2)
    group = _claim("q1", "quantity", "two", search, 40, value=two, noun=noun)
    shot = _claim("q2", "quantity", LISTED, FIRED, 200, value=two, measure="shot", noun="father", hedge="enumeration")
    hurt = _claim("q3", "quantity", LISTED, FIRED, 200, value=two, measure="injured", noun="father",
                  hedge="derived: shot, no death reported")
    tolls = (Toll("injured", two, "derived", ("q3",), LISTED), Toll("shot", two, "named", ("q2",), LISTED))
    return _counted_list_head(tolls, {"shot": [shot], "injured": [hurt]}, [group, shot, hurt])


def test_a_list_of_the_hit_counts_the_group_it_opens_with():
    # the father and the brother are two; the cousins, counted before, two more
    got = _list_tolls()
    assert [(t.measure, t.value.lo, t.value.hi) for t in got] == [("injured", 4, 4), ("shot", 4, 4)]


def test_a_list_with_no_group_counted_before_stays():
    got = _list_tolls("He admitted that in March he sent members of his crew to look for two men who had quit.", "men")
    assert [(t.measure, t.value.lo) for t in got] == [("injured", 2), ("shot", 2)]


BADGE = ("Deputy kills man after domestic shooting in Lorton\n\nLORTON — A deputy shot and killed a man late Friday "
         "after the man fired at his wife and then at deputies, the sheriff said.\n\n"
         "The woman was wounded in the hand and taken to Lorton Memorial. The deputy who was "
         "hurt was shot in the shoulder and is expected to recover.\n")


def test_an_officer_hurt_and_a_civilian_hurt_are_two(tmp_path):
    got = _account(tmp_path, "badge", BADGE)
    assert got["killed"] == (1, 1) and got["injured"] == (2, 2)


def test_one_side_only_stays_one(tmp_path):
    text = BADGE.replace(" The deputy who was hurt was shot in the shoulder and is expected to recover.", "")
    assert _account(tmp_path, "one", text)["injured"] == (1, 1)
