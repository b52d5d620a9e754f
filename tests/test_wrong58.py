"""wrong58 (session 40, issue 13): wrong findings the careful readings listed. Sentences of our own."""

from __future__ import annotations

from conftest import account_custody, account_of, account_toll, findings_of, persons_by_name, report_of

SLAIN = ("Boy, 15, found shot dead in Marlow\n\nPolice found Dale Voss, 15, shot dead in a parked car on Elm Road "
         "in Marlow on Tuesday. No arrest has been made.\n")

WEAPON = ("Marlow student arrested with handgun at school\n\nA teen faces charges after he was found with a loaded "
          "handgun at Marlow High on Thursday.\n\nDetectives were at the school on a tip in the inquiry into Voss's "
          "death.\n\nThe student was charged with carrying a handgun on campus. He has not been named a suspect, "
          "detectives said.\n")


def test_one_held_and_said_to_be_no_suspect_is_no_arrest_of_the_event(tmp_path):
    rep = report_of(tmp_path, {"a.txt": SLAIN, "b.txt": WEAPON})
    assert account_toll(rep, "arrested", "b") is None
    assert not any(g in ("held", "charged") for g, _ in account_custody(rep, "b"))
    assert not findings_of(rep, kind="fact", measure="custody")


def test_one_held_and_said_to_be_a_suspect_stays(tmp_path):
    text = WEAPON.replace("He has not been named a suspect", "He has been named a suspect")
    rep = report_of(tmp_path, {"a.txt": SLAIN, "b.txt": text})
    assert any(g in ("held", "charged") for g, _ in account_custody(rep, "b"))


def test_a_murder_charge_beside_one_cleared_stays(tmp_path):
    # a custody sentence tied to the killing is the event's, whatever the page says of another
    text = WEAPON + "\nA second teen, Rory Dane, 17, was charged with murder in the killing on Friday.\n"
    rep = report_of(tmp_path, {"a.txt": SLAIN, "b.txt": text})
    assert ("charged", "charged") in account_custody(rep, "b")


CLUB_A = ("Two teens killed at Club Nova in Marlow\n\nTwo teens were killed and nine people were hurt when gunfire "
          "broke out at Club Nova on Elm Road in Marlow early Sunday, Sheriff Dana Whitlow said. The dead were Rory "
          "Dane, 17, and Ben Kessler, 16. Deputies are looking for two gunmen.\n")
CLUB_B = ("Marlow club shooting: two dead\n\nSheriff Dana Whitlow said two teens died after shots were fired inside "
          "Club Nova on Elm Road in Marlow on Sunday. Rory Dane and Ben Kessler died at the scene; nine others were "
          "taken to Marlow General.\n")
GUARD = ("Guard tells of the night two teens died\n\nA guard hired for the teen party at which two teens were killed "
         "tells of hearing what she took for fireworks when the firing began.\n\nIda Ferrow says the gunman fired "
         "at no one in particular. Her partner, Lou Harker, who also worked the door, took a bullet in the leg and is "
         "recovering, she says.\n")


def test_a_short_story_with_the_same_dead_and_no_place_is_not_off_topic(tmp_path):
    rep = report_of(tmp_path, {"a.txt": CLUB_A, "b.txt": CLUB_B, "c.txt": GUARD})
    assert not account_of(rep, "c")["off_topic"]


def test_a_short_story_with_other_dead_stays_off_topic(tmp_path):
    text = GUARD.replace("two teens", "three teens")
    rep = report_of(tmp_path, {"a.txt": CLUB_A, "b.txt": CLUB_B, "c.txt": text})
    assert account_of(rep, "c")["off_topic"]


# people: neighbours and friends are not kin; a man charged and still sought is not held

QUOTED = ("Boy shot at home in Marlow\n\nA boy of 9 was shot at his home on Elm Road in Marlow on Monday.\n\n"
          "\"We are all in shock,\" said neighbor Ida Ferrow. \"He was a sweet kid,\" said Lou Harker, a family "
          "friend. His aunt, Rosa Vance, said he was in surgery.\n")


def test_a_neighbour_and_a_family_friend_are_acquaintances_not_kin(nlp):
    people = persons_by_name(nlp, QUOTED)
    assert people["Ida Ferrow"]["role"] == "acquaintance"
    assert people["Lou Harker"]["role"] == "acquaintance"
    assert people["Rosa Vance"]["role"] == "relative"


SOUGHT = ("Man charged in Marlow killings\n\nPolice are searching for a man of 30 in the shooting deaths of "
          "two women at their home on Elm Road in Marlow.\n\nDale Voss is charged with murder in the deaths of "
          "Ida Ferrow, 41, and Rosa Vance, 39, the police said on Monday. Detectives think Voss drove north.\n")


def test_a_man_charged_and_still_sought_is_not_arrested(nlp):
    assert persons_by_name(nlp, SOUGHT)["Dale Voss"]["outcome"] != "arrested"


def test_a_man_charged_and_in_custody_is_arrested(nlp):
    text = SOUGHT.replace("Detectives think Voss drove north.", "Voss was taken into custody on Sunday.")
    assert persons_by_name(nlp, text)["Dale Voss"]["outcome"] == "arrested"


FATHER = ("Girl, 9, shot dead at home in Marlow\n\nA girl was shot at her home on Elm Road and died later in "
          "hospital. She had told her father, 35-year-old Lou Voss, that she was shot outside.\n\nFive people "
          "lived in the house, among them 9-year-old Mia Voss, the police said.\n\nVoss was charged with reckless "
          "homicide on Tuesday.\n")


def test_a_bare_surname_charged_is_not_the_young_child(nlp):
    people = persons_by_name(nlp, FATHER)
    assert people["Lou Voss"]["role"] == "suspect"
    assert people["Mia Voss"]["role"] == "victim"


def test_a_bare_surname_charged_may_be_a_teen(nlp):
    # above the age the rule reads, the last named keeps the charge
    text = FATHER.replace("9-year-old Mia Voss", "16-year-old Mia Voss")
    assert persons_by_name(nlp, text)["Mia Voss"]["role"] == "suspect"


def test_a_man_charged_who_has_pleaded_is_arrested(nlp):
    # a court step told on the page: held or before a judge, whatever a search line below says
    text = SOUGHT.replace("Detectives think Voss drove north.", "Voss gave a plea of not guilty to a judge on Tuesday.")
    assert persons_by_name(nlp, text)["Dale Voss"]["outcome"] == "arrested"
