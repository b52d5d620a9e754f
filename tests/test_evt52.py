"""The people a car hurt told again, and a mild word said of a group (session 35, evt52), on
articles written for these tests."""

from __future__ import annotations

from conftest import findings_of, one_article_tolls, report_of

LEAD = ("Gunfire at a Dover cookout\n\nA gunman opened fire at a cookout on Elm Street in Dover late "
        "Saturday, police said. ")


CAR = ("Man killed by deputies after chase in Dover\n\nA man was shot and killed by deputies in Dover on "
       "Tuesday after a chase, the sheriff said. When deputies walked up to the stolen van, its driver rammed "
       "their patrol cars, injuring two county deputies. One deputy fired at the driver, who died at the scene. ")


def test_the_people_a_car_hurt_told_again_are_no_wounded_of_the_shooting(tmp_path):
    tolls = one_article_tolls(tmp_path, "a", CAR + "The two county deputies who were hurt were released from "
                              "a hospital on Wednesday.\n")
    assert tolls.get("injured") in (None, (0, 0))


def test_other_people_hurt_after_a_car_ramming_stay_wounded(tmp_path):
    # a count of other people, not the deputies the car hurt
    tolls = one_article_tolls(tmp_path, "a", CAR + "Two bystanders who were hurt were taken to a hospital "
                              "on Wednesday.\n")
    assert tolls.get("injured") == (2, 2)


GRAVE = ("Four hurt in Dover diner shooting\n\nA gunman opened fire in a diner on Elm Street in Dover on "
         "Saturday night, wounding four people, police said. One of them, a cook, is in critical condition.\n")


def _every_wounded_rows(tmp_path, mild_page: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": GRAVE, "b.txt": mild_page})
    return [f for f in findings_of(rep, kind="fact", measure="condition") if "every wounded" in f["subject"]]


def test_a_mild_word_said_of_a_group_is_not_said_of_every_wounded(tmp_path):
    rows = _every_wounded_rows(tmp_path, (
        "Diner shooting in Dover\n\nFour people were wounded when a gunman opened fire in a diner on Elm Street "
        "in Dover on Saturday night. The cook was shot in the chest. Two other diners were wounded in the legs. "
        "None of their injuries looked life-threatening to the medics on Elm Street.\n"))
    assert rows == []


def test_a_mild_word_said_of_all_the_wounded_still_differs(tmp_path):
    rows = _every_wounded_rows(tmp_path, (
        "Diner shooting in Dover\n\nFour people were wounded when a gunman opened fire in a diner on Elm Street "
        "in Dover on Saturday night. None of their injuries looked life-threatening to the medics on Elm Street.\n"))
    assert len(rows) == 1
