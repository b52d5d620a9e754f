"""Custody readings of session 25 (custody34): an arrest told as done under 'was able to' or
'managed to' (also the second verb of 'able to stop ... and arrest'); custody asked about
('no word on whether a suspect is at large', a question) says nothing; 'neither one of them'
negates a charge and counts no one; the police searching for someone described (not
named), someone 'still out there'; a capture by a surveillance system holds no one.
Sentences of our own."""

from __future__ import annotations

from functools import partial

from conftest import fact_moments as _facts


def test_an_arrest_told_as_done_under_able_or_managed(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Officers were able to stop and arrest a man near the park.") == [("held", "arrest")]
    assert said("Deputies were able to arrest him a block away.") == [("held", "arrest")]
    assert said("Troopers were able to stop the van and take the driver into custody without a struggle.") == [
        ("held", "into custody")]
    assert said("Deputies managed to arrest the driver after a short chase.") == [("held", "arrest")]
    # still nothing: to come, or a purpose
    assert said("Officers will be able to arrest him once the warrant is signed.") == []
    assert said("Troopers will work to identify and apprehend whoever fired.") == []


def test_an_arrest_not_made_under_unable_failed_or_not_able(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Troopers were unable to apprehend the driver, who slipped away.") == [("none", "apprehend")]
    assert said("Officers were not able to arrest him.") == [("none", "arrest")]
    assert said("Deputies failed to detain her before she drove off.") == [("none", "detain")]
    assert said("Officers will be unable to arrest him.") == []


def test_custody_asked_about_says_nothing(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("There was no word on whether the gunman is still at large.") == []
    assert said("The report does not say if the driver was arrested or charged.") == []
    assert said("Is the gunman still at large?") == []
    # a charge still to come is read as before
    assert said("Asked whether the aunt could face charges, the prosecutor said nothing.") == [
        ("pending", "face charges")]


def test_neither_one_charged_is_no_charge_and_no_count(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Neither one of them has been charged.") == [
        ("uncharged", "Neither one of them has been charged")]
    doc = nlp("Neither one of them has been charged.")
    assert [q for q in doc._.quantities if q.get("measure") == "arrested"] == []


def test_the_police_searching_for_someone_described(nlp):
    said = partial(_facts, nlp, "custody")
    # a named person sought says nothing (test_facts): another suspect may be held
    assert said("Deputies are looking for 41-year-old Marvin Teller of Birch Lane.") == []
    assert said("A manhunt is under way for Lyle Banner, 33.") == []
    assert said("Detectives said they are hunting for a man in a green hoodie.") == [
        ("none", "Detectives said they are hunting for a man")]
    assert said("Investigators were searching for a person of interest on Friday.") == [
        ("none", "Investigators were searching for a person")]
    assert said("The woman who shot him is still out there, her aunt said.") == [("none", "is still out there")]
    assert said("The man who attacked her is probably still out there, her sister said.") == [
        ("none", "is probably still out there")]
    assert said("Officers are looking for whoever pulled the trigger.") == [("none", "looking for whoever pulled")]
    # not the police, a witness, or one of several
    assert said("The family is looking for answers after the killing.") == []
    assert said("Police are looking for a woman who witnessed the shooting.") == []
    assert said("Troopers kept hunting for the fourth man seen in the van.") == [
        ("sought", "hunting for the fourth man")]


def test_a_capture_by_a_camera_system_holds_no_one(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("The two men were captured by the store's surveillance system leaving the lot.") == []
    assert said("The two men were captured by deputies leaving the lot.") == [("held", "captured")]
