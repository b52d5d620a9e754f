"""Careful reading round 31's wrong differences (session 23, round31): the wounded told by their
state ('two critically wounded') are a part of everyone hurt; dead told beside an unborn child
leave the child out; a victim's arrest, or one on unrelated charges, is not the event's arrest;
an age exactly a year higher in a story that tells the charges a month or more past is a
possible birthday; a victim's death that no words of the text tell is no death that follows a
wound. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls, report_of, toll_findings

TOTAL = ("Three hurt at Quarry Lane party\n\nGunfire at a Quarry Lane birthday party on Saturday night left "
         "three people wounded, deputies in Ostby said.\n")
STATE = ("Quarry Lane party gunfire\n\nDeputies in Ostby said two people were critically wounded when someone "
         "fired into a birthday party on Quarry Lane on Saturday night.\n")


def test_a_count_of_the_critically_wounded_is_a_part_of_everyone_hurt(tmp_path):
    rep = report_of(tmp_path, {"a.txt": TOTAL, "b.txt": STATE})
    assert account_tolls(rep, "b")["injured"] == (2, 2)
    assert [f["status"] for f in toll_findings(rep, "injured")] == ["agree"]
    # a count of the wounded with no word of their state stays a rival total
    (tmp_path / "plain").mkdir()
    plain = STATE.replace("were critically wounded", "were wounded")
    rep = report_of(tmp_path / "plain", {"a.txt": TOTAL, "b.txt": plain})
    assert [f["status"] for f in toll_findings(rep, "injured")] in (["differ"], ["conflict"])


ADULTS = ("Gunmen kill four at Fenwick cookout\n\nTwo gunmen opened fire on a cookout in Fenwick on Sunday, "
          "killing four adults and an unborn child, police said.\n")
ALL_DEAD = ("Five dead in Fenwick cookout attack\n\nFive people died when two gunmen opened fire on a cookout in "
            "Fenwick on Sunday, police said. One of the women killed was pregnant.\n")


def test_dead_told_beside_an_unborn_child_agree_with_a_count_one_higher(tmp_path):
    rep = report_of(tmp_path, {"a.txt": ADULTS, "b.txt": ALL_DEAD})
    assert account_tolls(rep, "a")["killed"] == (4, 4)
    assert [f["status"] for f in toll_findings(rep, "killed")] == ["agree"]
    # without the unborn child beside it, four dead against five is a difference
    (tmp_path / "plain").mkdir()
    plain = ADULTS.replace("four adults and an unborn child", "four adults")
    rep = report_of(tmp_path / "plain", {"a.txt": plain, "b.txt": ALL_DEAD})
    assert [f["status"] for f in toll_findings(rep, "killed")] in (["differ"], ["conflict"])


NONE_HELD = ("No arrests in Gorman Street shooting\n\nPolice have made no arrests yet after gunfire hurt two men "
             "on Gorman Street in Ashby on Friday.\n")
VICTIM_HELD = ("Gorman Street shooting victim jailed\n\nAshby deputies arrested one of the victims from "
               "Friday's Gorman Street gunfire, on a warrant for a missed court date in a theft case. Two men "
               "were wounded in that shooting.\n")
OTHER_CASE = ("Two held in Ashby\n\nPolice arrested two men on unrelated drug charges on Monday, days after gunfire "
              "on Gorman Street in Ashby hurt two men.\n")


def test_a_victims_arrest_or_one_on_unrelated_charges_is_not_the_events_arrest(tmp_path):
    rep = report_of(tmp_path, {"a.txt": NONE_HELD, "b.txt": VICTIM_HELD, "c.txt": OTHER_CASE})
    assert "arrested" not in account_tolls(rep, "b") and "arrested" not in account_tolls(rep, "c")
    assert not [f for f in toll_findings(rep, "arrested") if f["status"] in ("differ", "conflict")]
    # the suspects' arrest stays the event's
    (tmp_path / "held").mkdir()
    held = OTHER_CASE.replace("on unrelated drug charges", "in the shooting")
    rep = report_of(tmp_path / "held", {"a.txt": NONE_HELD, "c.txt": held})
    assert account_tolls(rep, "c")["arrested"] == (2, 2)


HELD = ("Two held in Lindqvist Road killing\n\nPolice arrested Corwin Ashdale, 31, and Mateo Brill, 22, on Tuesday "
        "in the killing of a man on Lindqvist Road in Hartwell.\n")
LATER = ("Hartwell suspects due in court\n\nCorwin Ashdale, {age}, and Mateo Brill were charged last month in the "
         "killing of a man on Lindqvist Road in Hartwell. A judge will hear their motions next week.\n")


def _age_statuses(rep: dict) -> list[str]:
    return [f["status"] for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]


def test_a_year_older_in_a_story_telling_the_charges_a_month_past_is_a_possible_birthday(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HELD, "b.txt": LATER.format(age=32)})
    assert _age_statuses(rep) == ["agree"]
    for n, age in (("drop", 30), ("two", 33)):  # younger later, or two years more: still a difference
        (tmp_path / n).mkdir()
        rep = report_of(tmp_path / n, {"a.txt": HELD, "b.txt": LATER.format(age=age)})
        assert _age_statuses(rep) == ["differ"]


TOLD_HURT = ("Ridgeford shooting leaves two dead\n\nTwo people were killed and a man was wounded in a shooting on "
             "Alder Court in Ridgeford on Sunday. The wounded man, Lee Ray, 24, remains in critical condition.\n")
TARGET = ("Ridgeford ambush suspects named\n\nPolice named two suspects in the Sunday shooting on Alder Court in "
          "Ridgeford that killed two people. Investigators believe the gunmen targeted surviving victim Lee Ray, "
          "24, whom detectives once named a suspect in a 2019 killing of a friend of theirs.\n")


def test_a_victim_no_words_tell_dead_is_no_wounded_who_died_later(tmp_path):
    rep = report_of(tmp_path, {"a.txt": TOLD_HURT, "b.txt": TARGET})
    assert not [f for f in rep["findings"] if "wounded who died later" in f["reason"]]
    # told dead in words, he is one
    (tmp_path / "dead").mkdir()
    dead = TARGET.replace("targeted surviving victim Lee Ray, 24, whom", "killed Lee Ray, 24, whom")
    rep = report_of(tmp_path / "dead", {"a.txt": TOLD_HURT, "b.txt": dead})
    assert [f for f in rep["findings"] if "wounded who died later" in f["reason"]]
