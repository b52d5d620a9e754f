"""What careful reading round 27 found the report missing and round 28 asked for again: a
first report that names no suspect against a later charge, a plea of not guilty against a
later guilty plea, and a wound put on opposite sides of the body. Sentences of our own."""

from __future__ import annotations

from functools import partial

from conftest import dated_fact_findings, fact_moments as _facts, findings_of, report_of


def test_no_suspect_named_or_described_says_no_one_is_held(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Deputies have not yet named a suspect in the killing.") == [("none", "have not yet named a suspect")]
    assert said("Troopers have not disclosed the name of any suspect so far.") == [
        ("none", "not disclosed the name of any suspect")]
    assert [m for m, _ in said("Officers haven't released any suspect descriptions.")] == ["none"]
    assert [m for m, _ in said("Detectives have not identified any suspects or a motive.")] == ["none"]
    # naming someone, a victim not named, a suspect kept, a juvenile's name kept back: nothing
    assert said("Detectives identified a suspect on Friday.") == []
    assert said("Police have not identified the victim.") == []
    assert said("Police have not released the suspect, who remains in jail.") == []
    assert said("The sheriff has not released the name of the suspect because he is a juvenile.") == []
    assert said("Police have not identified a suspect vehicle.") == []
    assert said("A neighbour couldn't identify the shooter.") == []
    assert said("The cousin was not named a suspect in the case.") == []  # one man, not the case


UNNAMED = ("Hunter dies in Pine Ridge woods\n\n{date}A hunter, 58, was shot and killed in the woods near Pine Ridge "
           "on Saturday. Deputies have not yet named a suspect in the killing, the sheriff's office said.\n")
CHARGED = ("Hunter charged in Pine Ridge death\n\n{date}Prosecutors on Thursday charged a 61-year-old hunter with "
           "reckless manslaughter in the death of a man, 58, shot in the woods near Pine Ridge.\n")


def test_no_suspect_named_then_a_charge_is_a_custody_update(tmp_path):
    got = dated_fact_findings(tmp_path, UNNAMED, CHARGED, ("Oct 4, 2025", "Oct 9, 2025"), "custody")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "custody · suspect")]
    assert got[0]["reason"].startswith("An update") and "named a suspect" in got[0]["reason"]


WOUND = ("Girl wounded in Cedar Court backyard\n\nA girl, 15, was shot at a home on Cedar Court in Marlow on "
         "Monday evening. She was taken to Marlow General with a bullet wound {where}, a deputy said.\n")


def test_a_wound_on_opposite_sides_differs(tmp_path):
    rep = report_of(tmp_path, {"a.txt": WOUND.format(where="in her left shoulder"),
                               "b.txt": WOUND.replace("Girl wounded", "Teen hurt").format(
                                   where="in her right shoulder")})
    (f,) = findings_of(rep, subject="condition · wound side")
    assert f["status"] == "differ" and "left shoulder (a.txt) vs right shoulder (b.txt)" in f["reason"]
    # the same side, or one source naming both sides (two wounds, perhaps): no finding
    for other in ("in her left shoulder", "in her left shoulder and her right shoulder"):
        rep = report_of(tmp_path / other.replace(" ", "-"), {
            "a.txt": WOUND.format(where="in her left shoulder"),
            "b.txt": WOUND.replace("Girl wounded", "Teen hurt").format(where=other)})
        assert not findings_of(rep, subject="condition · wound side")


def test_a_side_said_of_a_hand_holding_a_gun_is_no_wound(tmp_path):
    a = ("Boy hurt on Birch Road\n\nA boy, 12, was shot in the leg on Birch Road in Marlow on Friday. His friend "
         "held the pistol in his left hand, police said.\n")
    b = ("Boy shot on Birch Road\n\nA boy, 12, was shot in the leg on Birch Road in Marlow on Friday. A friend was "
         "holding the pistol in his right hand, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert not findings_of(rep, subject="condition · wound side")


def test_pleas_and_verdicts(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("The cousin pleaded guilty on Monday to reckless homicide.") == [("guilty", "pleaded guilty")]
    assert said("The neighbour has pleaded not guilty to both charges.") == [("not_guilty", "pleaded not guilty")]
    assert said("Ortiz, 19, was found guilty of assault on Friday.") == [("guilty", "found guilty")]
    # a plea to come, refused or agreed to: nothing
    assert said("The cousin is expected to plead guilty in March.") == []
    assert said("The cousin did not plead guilty.") == []
    assert said("The cousin agreed to plead guilty to manslaughter.") == []
    assert said("The neighbour will plead not guilty, his lawyer said.") == []


NOT_GUILTY = ("Neighbour arraigned in Maple Street killing\n\n{date}A neighbour, 44, accused of shooting a man on "
              "Maple Street in Marlow last spring pleaded not guilty to murder on Tuesday.\n")
GUILTY = ("Neighbour admits Maple Street killing\n\n{date}A neighbour, 44, who shot a man on Maple Street in "
          "Marlow last spring pleaded guilty on Wednesday to second-degree murder.\n")


def test_a_plea_of_not_guilty_then_a_guilty_plea_is_an_update(tmp_path):
    got = dated_fact_findings(tmp_path, NOT_GUILTY, GUILTY, ("Jun 3, 2025", "Nov 12, 2025"), "plea")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "plea · suspect")]
    assert got[0]["reason"].startswith("An update") and "pleaded not guilty" in got[0]["reason"]
