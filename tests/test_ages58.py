"""Ages the reading left with no one (session 40, age58, issue 13): a lede's age on a place
name before the person word, a described person set apart from the named victim though one
of several, and a story's sentence blanked whole with the posting stamp that opened it.
Sentences of our own, about invented shootings."""

from __future__ import annotations

import pytest

from reconcile.ingest import boilerplate_spans

from conftest import report_of


def _people(nlp, text: str) -> dict:
    return {p["name"]: p for p in nlp(text)._.persons}


def test_an_age_hung_on_a_place_name_before_the_person_word(nlp):
    # persons._leftover_age through _described_noun and _past_place_name
    got = _people(nlp, "Teen dies in hunting accident\n\nELMTON – A 15-year-old Town of Elmton boy who died at his "
                       "home Friday was hit by a shot from a hunting rifle, deputies said on Saturday.\n\n"
                       "Kyle Moss, a junior, was found on the porch of his family's house on Birch Road, Sheriff Al "
                       "Pike said. He died there.")
    assert (got["Kyle Moss"]["age"], got["Kyle Moss"]["role"]) == (15, "victim")


def test_an_age_hung_on_a_place_name_goes_to_no_one_of_two_named_victims(nlp):
    got = _people(nlp, "ELMTON – A 15-year-old Town of Elmton boy died at his home Friday, deputies said.\n\n"
                       "Kyle Moss and Tod Reyes were shot in a house on Birch Road, Sheriff Al Pike said.")
    assert (got["Kyle Moss"]["age"], got["Tod Reyes"]["age"]) == (None, None)


def test_several_of_the_same_fate_still_leave_the_age_to_no_one(nlp):
    got = _people(nlp, "A 19-year-old woman was killed at a birthday party in Elmton late on Saturday.\n\n"
                       "Two more guests, a 31-year-old man and a 26-year-old woman, also died there.\n\n"
                       "Nia Holt died at the scene, police said.")
    assert got["Nia Holt"]["age"] is None


@pytest.mark.parametrize("line", [
    "Posted on July 4, 2018", "Posted on Monday, May 3 at 9:12 a.m.",
    "Updated at 6:18 pm, March 2nd, 2015 By: Pat Lin, Dover7.com", "Last updated at 8:02 a.m. on Tuesday, Feb. 3",
    "Updated 9:15 AM", "Updated at 6:18 pm. Police said more to come.",
])
def test_posting_stamps_are_still_masked(line):
    text = f"Police said two people were killed.\n{line}\nThe mayor spoke.\n"
    assert [text[s:e] for s, e in boilerplate_spans(text)] == [line]


@pytest.mark.parametrize("line, masked", [
    ("Updated at 9:40 a.m. ET: Deputies in Kent County said three men were found shot in a parked van on Sunday night.",
     ["Updated at 9:40 a.m. ET:"]),
    ("UPDATED at 4:10 p.m. ELMTON, Del. — Deputies on Sunday named a 14-year-old student who died after a party.",
     ["UPDATED at 4:10 p.m."]),
    ("Posted on a neighborhood forum about the family of Ned Voss, 15, who died after being shot in Elmton on May 2.",
     []),
])
def test_a_story_sentence_after_a_stamp_is_not_masked(line, masked):
    # ingest.boilerplate_spans through _stamp_before_sentence; 'posted on' now wants a date after it
    text = f"Police said two people were killed.\n{line}\nThe mayor spoke.\n"
    assert [text[s:e] for s, e in boilerplate_spans(text)] == masked


def test_the_lede_after_an_update_stamp_gives_the_named_victim_his_age(tmp_path):
    # ingest.boilerplate_spans no longer blanks the lede, so persons._leftover_age reads its age
    rep = report_of(tmp_path / "x", {"a.txt": "Name released of teen killed at party\n\nUPDATED at 4:10 p.m. ELMTON, "
                                              "Del. — Deputies on Sunday named a 14-year-old Elmton Middle "
                                              "School student who was shot at a party late Saturday and died early "
                                              "Sunday.\n\nThe victim has been identified by state police as Mia Lund "
                                              "of Pine Street in Elmton.\n"})
    ages = {c["name"]: c["age"] for c in rep["claims"] if c["kind"] == "person"}
    assert ages["Mia Lund"] == 14
