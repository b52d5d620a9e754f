"""One person told hurt who died later (session 22, update30): within one source, the same
person told wounded and then dead is not also wounded; across sources, a source that counts
another case's dead beside its own does not hide the update, and one person of one age
wounded in a first story and dead in a later one is an update of their outcome. Sentences
of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls as _tolls, findings_of, report_of

MALL = ("Teenager shot at Dunmore mall garage\n\nOne person was wounded by gunfire in the Dunmore mall garage on "
        "Tuesday, and remains in intensive care. Police say the victim is under 18 but gave no name.\n\n"
        "Officers are trying to learn whether the gun went off by accident.\n\n"
        "LATER: Officers say the teenager has died from his wounds.\n")


def test_one_person_hurt_then_told_dead_by_the_same_source_is_not_also_wounded(tmp_path):
    tolls = _tolls(report_of(tmp_path, {"a.txt": MALL}), "a")
    assert tolls["killed"] == (1, 1) and "injured" not in tolls
    # a hurt father and a dead daughter, each one person shot, are two people: both tolls stay
    (tmp_path / "two").mkdir()
    two = ("Father wounded, daughter dead in Dunmore shooting\n\nA father was wounded in the shoulder outside "
           "his Dunmore home on Tuesday and is listed as stable, officers reported.\n\nLATER: Officers say his "
           "daughter has died from her wounds.\n")
    tolls = _tolls(report_of(tmp_path / "two", {"a.txt": two}), "a")
    assert tolls.get("killed") == (1, 1) and tolls.get("injured") == (1, 1)


FIRST = ("Boy, 6, shot at Ridley farmhouse\n\nDeputies say a 6-year-old boy took a bullet to the head at his "
         "grandmother's farmhouse in Ridley on Monday night. A helicopter carried him to Ridley General, where "
         "he is critical.\n")
LATER = ("Ridley boy, 6, dies\n\nThe 6-year-old boy struck by gunfire at his grandmother's farmhouse in Ridley "
         "has died, relatives announced on Thursday.\n")
TALLY = ("Ridley gunfire adds to county tally\n\nGunfire struck a 6-year-old boy at his grandmother's farmhouse in "
         "Ridley on Monday.\n\nBy the end of that month, 9-year-old Corey Vance was shot to death by a cousin. "
         "A 3-year-old girl wounded herself with her father's pistol.\n")


def test_a_source_that_counts_another_childs_death_does_not_hide_wounded_who_died(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER, "c.txt": TALLY})
    assert _tolls(rep, "c").get("killed") == (1, 1) and _tolls(rep, "c").get("injured") == (1, 1)
    ev = rep["event"]["tolls"]
    assert (ev["killed"]["low"], ev["killed"]["high"]) == (1, 1) and ev["injured"]["high"] == 0
    (f,) = [f for f in rep["findings"] if "wounded who died later" in f["reason"]]
    assert f["status"] == "differ" and f["reason"].startswith("Update") and "'has died'" in f["reason"]
    # the same age for the tally's dead: it may count the same child dead and another wounded
    (tmp_path / "same").mkdir()
    same = TALLY.replace("9-year-old Corey Vance", "6-year-old Corey Vance")
    rep = report_of(tmp_path / "same", {"a.txt": FIRST, "b.txt": LATER, "c.txt": same})
    assert rep["event"]["tolls"]["injured"]["high"] != 0


EARLY = ("16-year-old wounded on Halvorsen corner\n\nGunfire on a Halvorsen corner on Friday afternoon struck a "
         "16-year-old in his jaw and a man of 20 in his forearm, detectives said. Doctors expect "
         "both to recover.\n")
DIED = ("Halvorsen boy, 16, dies\n\nMilo Archer, 16, struck in the jaw on a Halvorsen corner on Friday, has "
        "since succumbed to his injuries, the coroner announced on Monday. The man hurt beside him is "
        "recovering.\n")


def test_one_person_of_an_age_wounded_in_a_first_story_and_dead_in_a_later_one_is_an_update(tmp_path):
    rep = report_of(tmp_path, {"a.txt": EARLY, "b.txt": DIED})
    (f,) = findings_of(rep, kind="person", measure="outcome")
    assert f["status"] == "differ" and f["reason"].startswith("Update") and "16" in f["reason"]
    assert "says 'has since succumbed to his injuries'" in f["reason"]
    # another age in the first story: another person, no update of anyone's outcome
    (tmp_path / "other").mkdir()
    other = EARLY.replace("16-year-old", "17-year-old")
    rep = report_of(tmp_path / "other", {"a.txt": other, "b.txt": DIED})
    assert not findings_of(rep, kind="person", measure="outcome")
