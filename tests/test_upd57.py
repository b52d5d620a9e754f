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
    "Deputies are hunting for a woman who saw the crash.",  # a witness
    "Deputies were searching for evidence and arrested a person of interest on Friday.",  # the search is not for him
])
def test_searches_for_others_say_no_one_is_free(nlp, sentence):
    assert "none" not in [m for m, _ in fact_moments(nlp, "custody", sentence)]


def test_no_other_suspects_held_stays_none(nlp):
    # a negator on the subject, not 'not' on the verb: no one else is held, not one still sought
    assert [m for m, _ in fact_moments(nlp, "custody", "No other suspects were arrested.")] == ["none"]


SOUGHT = ("Wife, son found dead in Dayton home\n\n"
          "A woman and her son were found shot dead in their Dayton home on Friday. Detectives on Friday sought "
          "to find the woman's husband. Police were hunting on Friday for Carl Webb, 23, whom detectives call "
          "a person of interest.\n")
CHARGED = ("Man charged in Dayton shooting deaths of wife, son\n\n"
           "DAYTON - Troopers are hunting for a young driver who investigators say fired the shots. Carl Webb, 23, "
           "was charged on Monday with capital murder, officials said.\n")


def _sought_rows(tmp_path, first: str = SOUGHT, second: str = CHARGED) -> list[dict]:
    return findings_of(report_of(tmp_path, {"a.txt": first, "b.txt": second}),
                       subject="charged · person of interest sought")


def test_a_person_of_interest_sought_against_a_charge_while_still_sought(tmp_path):
    (f,) = _sought_rows(tmp_path)
    assert f["status"] == "differ"
    assert "someone sought as a person of interest, not charged (a.txt" in f["reason"]
    assert "against charges filed while still sought (b.txt" in f["reason"]
    # a page that also tells someone held, or a charge beside an arrest: the custody rows'
    held = SOUGHT.replace("Police were hunting", "A neighbour was arrested on Saturday. Police were hunting")
    assert not _sought_rows(tmp_path / "held", first=held)
    caught = CHARGED.replace("Troopers are hunting for a young driver who investigators say fired the shots.",
                             "Troopers arrested him on Sunday.")
    assert not _sought_rows(tmp_path / "caught", second=caught)


def test_a_second_one_not_held_against_the_second_arrest(tmp_path):
    first = ("Teen found dead on Elm Street\n\n"
             "A teen of 15 was found shot dead on Elm Street. One man is in custody. The second man was not in "
             "custody as of Tuesday, deputies said.\n")
    later = ("2nd suspect arrested in Elm Street teen death\n\n"
             "A teen of 15 was found shot dead on Elm Street. The second man arrested on Friday "
             "has not been charged, police said.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    (f,) = findings_of(rep, subject="custody · suspect still sought")
    assert "a suspect is still sought (a.txt" in f["reason"] and "against another suspect held (b.txt" in f["reason"]


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
