"""First reports with no one held that the custody reader missed, found by a grep over gva-dev
(issue 13: custody and charges updates): no or little information on a suspect, a headline's
'suspects sought', a search for a counted or unknown number of suspects, charges yet to be filed,
no suspect identified, a vow to find the gunman, a search under way, the gunman's identity not
known. Sentences of our own."""

from __future__ import annotations

from functools import partial

from conftest import dated_fact_findings, fact_moments as _facts


def test_no_or_little_information_on_a_suspect_says_no_one_is_held(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Deputies have little information on the gunman so far.") == [
        ("none", "little information on the gunman")]
    assert said("Troopers gave no immediate description of the gunmen.") == [
        ("none", "no immediate description of the gunmen")]
    assert said("No details on a possible suspect were given out.") == [("none", "No details on a possible suspect")]
    assert said("So far, troopers have no leads on the shooter or a motive.") == [
        ("none", "no leads on the shooter")]
    assert said("Troopers did not have a clear description of the shooter.") == [
        ("none", "not have a clear description of the shooter")]
    assert [m for m, _ in said("Detectives don't have any suspect information to give out.")] == ["none"]
    # further details of someone held, a description the police have: nothing
    assert said("The sheriff gave no further details on the suspect, who is in jail.") == []
    assert said("Police have a description of the gunman.") == []


def test_suspects_sought_and_a_counted_search_say_no_one_is_held(nlp):
    said = partial(_facts, nlp, "custody")
    assert [m for m, _ in said("Suspect sought after two hurt in Elm Street shooting")] == ["none"]
    assert [m for m, _ in said("Woman dies in Pine Road shooting; suspects sought")] == ["none"]
    assert [m for m, _ in said("Marlow man sought in cousin's shooting")] == ["none"]
    assert said("Police are seeking suspects in the shooting.") == [("none", "seeking suspects")]
    assert said("Officers were searching for four or five suspects.") == [
        ("none", "searching for four or five suspects")]
    assert said("Deputies are looking for at least one unknown shooter.") == [
        ("none", "looking for at least one unknown shooter")]
    # one of several sought (others may be held): not 'none' but 'sought' (custody32); help sought: nothing
    assert said("Second suspect sought in Elm Street shooting") == [("sought", "Second suspect sought")]
    assert said("Troopers were looking for two more possible shooters.") == [
        ("sought", "looking for two more possible shooters")]
    assert said("Deputies are still looking for a fourth suspect.") == [("sought", "looking for a fourth suspect")]
    assert said("The wounded man sought help at a gas station.") == []


def test_charges_yet_to_be_filed_and_no_suspect_identified(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Charges had yet to be filed on Friday.") == [("uncharged", "Charges had yet to be filed")]
    assert said("Charges have not been issued, the chief said.") == [("uncharged", "Charges have not been issued")]
    assert said("A suspect has not been identified, the sheriff said.") == [
        ("none", "A suspect has not been identified")]
    assert said("We will not stop until we find the shooter, the chief said.") == [
        ("none", "until we find the shooter")]
    assert said("A search was under way on Friday for the gunman.") == [
        ("none", "search was under way on Friday for the gunman")]
    assert said("The identity of the gunman was not known on Friday.") == [
        ("none", "identity of the gunman was not known")]
    # charges to come, the one held not named, a gunman found: nothing
    assert said("Charges were to be filed on Monday.") == []
    assert said("The suspect has not been identified because he is a juvenile.") == []
    assert said("The shooter's identity has not been released because he is 15.") == []
    assert said("The family hid in a closet until police found the gunman.") == []


FIRST = ("Two hurt in Elm Street shooting\n\n{date}Two men were shot and wounded on Elm Street in Marlow on "
         "Saturday night. Detectives have no information on a suspect, the police chief said.\n")
LATER = ("Man held in Elm Street shooting\n\n{date}Police on Wednesday arrested a 31-year-old man in the "
         "shooting of two men on Elm Street in Marlow.\n")


def test_no_information_on_a_suspect_then_an_arrest_is_a_custody_update(tmp_path):
    got = dated_fact_findings(tmp_path, FIRST, LATER, ("Oct 4, 2025", "Oct 8, 2025"), "custody")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "custody · suspect")]
    assert got[0]["reason"].startswith("An update") and "no information on a suspect" in got[0]["reason"]
