"""wrong58 (session 40, issue 13): wrong findings the careful readings listed. Sentences of our own."""

from __future__ import annotations

from conftest import account_custody, account_toll, findings_of, report_of

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
