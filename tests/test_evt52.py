"""A mild word said of a group (session 35, evt52), on articles written for these tests."""

from __future__ import annotations

from conftest import findings_of, report_of

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
