"""Session 39, upd57 (issue 13, careful reading rounds 10-56: updates missed): a search for a
person of interest named in the same clause, or for someone the police say fired, read as no one
held; a person of interest still sought against a charge; a negated custody statement of one of
several read as one still sought; charges named only as an arrest's offence against a charge of a
killing, an update told with no stage word. Sentences of our own."""

from __future__ import annotations

import pytest
from conftest import fact_moments, findings_of, report_of


@pytest.mark.parametrize(("sentence", "moment"), [
    ("Deputies were searching on Monday for her husband, Tom Reed, 40, whom they consider a person of interest.",
     "none"),
    ("Troopers were hunting for a 30-year-old driver who investigators say fired at a cyclist.", "none"),
    ("One man is in custody. The second man was not in custody as of Tuesday, deputies said.", "sought"),
])
def test_searches_and_one_of_several_not_held(nlp, sentence, moment):
    assert moment in [m for m, _ in fact_moments(nlp, "custody", sentence)]


@pytest.mark.parametrize("sentence", [
    "Police are looking for a man who saw the shooting.",  # a witness
    "Deputies were searching for evidence and arrested a person of interest on Friday.",  # the search is not for him
])
def test_searches_for_others_say_no_one_is_free(nlp, sentence):
    assert "none" not in [m for m, _ in fact_moments(nlp, "custody", sentence)]


def test_no_other_suspects_held_stays_none(nlp):
    # a negator on the subject, not 'not' on the verb: no one else is held, not one still sought
    assert [m for m, _ in fact_moments(nlp, "custody", "No other suspects were arrested.")] == ["none"]


SOUGHT = ("Wife, son found dead in Dayton home\n\n"
          "A woman and her son were found shot dead in their Dayton home on Friday. Detectives on Friday sought "
          "to find the woman's husband. Police were hunting on Friday for Carl Webb, 23, whom detectives call a person of interest.\n")
CHARGED = ("Man charged in Dayton shooting deaths of wife, son\n\n"
           "DAYTON - Police are still looking for Carl Webb. Officials said on Monday that Carl Webb, 23, is charged "
           "with capital murder in the deaths of his wife and her son.\n")


def test_a_person_of_interest_sought_against_a_charge(tmp_path):
    rep = report_of(tmp_path, {"a.txt": SOUGHT, "b.txt": CHARGED})
    (f,) = findings_of(rep, subject="charged · person of interest")
    assert f["status"] == "differ"
    assert "someone sought as a person of interest, not charged (a.txt" in f["reason"]
    assert "against charges (b.txt" in f["reason"]
    # a page that also tells someone held is the custody rows': no person-of-interest row from its search
    held = SOUGHT.replace("Police were hunting", "A neighbour was arrested on Saturday. Police were hunting")
    assert not findings_of(report_of(tmp_path / "held", {"a.txt": held, "b.txt": CHARGED}),
                           subject="charged · person of interest")


ARREST = ("Man held after teen found dead near lake\n\n"
          "A teenager of 15 was found shot dead near a lake on Saturday. Deputies arrested Tom Reed for "
          "{charge} on Sunday.\n")
MURDER = ("Two men charged in death of teen\n\n"
          "Tom Reed and Al Ward are facing first-degree murder charges in the killing of a teenager of 15 near a "
          "lake last month.\n")


def _named(tmp_path, charge: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": ARREST.format(charge=charge), "b.txt": MURDER})
    return findings_of(rep, subject="charges · named")


def test_an_arrests_charge_raised_to_murder(tmp_path):
    (f,) = _named(tmp_path, "obstruction of justice")
    assert "murder added or raised" in f["reason"] and "a.txt names only the charges of the arrest" in f["reason"]
    # an arrest already for the killing's charge raises nothing
    assert not _named(tmp_path / "murder", "murder")
