"""A source that calls its information preliminary (session 21, conf29). Sentences of our
own, about an invented shooting."""

from __future__ import annotations

import pytest
from conftest import report_of, toll_findings


def _marks(nlp, text: str) -> list[str]:
    return [f["moment"] for f in nlp(text)._.facts if f["attr"] == "preliminary"]


@pytest.mark.parametrize("text, marks", [
    ("Details are still preliminary, the sheriff's office said.", ["early"]),
    ("According to preliminary information, the driver was hit twice.", ["hedged"]),
    ("The inquiry is in its early stages, a spokesman said.", ["early"]),
    ("Details were still coming in late Saturday.", ["early"]),
    ("Deputies said they were still trying to confirm how many people were hit.", ["early"]),
    ("The numbers could change as the night goes on.", ["early"]),
    ("Check back later for updates on the shooting.", ["developing"]),
    # police open every case with a preliminary investigation: it says nothing of the figures
    ("A preliminary investigation showed the pistol went off by accident.", []),
    ("Initial reports put the number of wounded at six.", []),
    ("New details were emerging on Thursday about the gunman.", []),  # a later story's words
    ("Deputies said they were still trying to confirm a motive.", []),
])
def test_a_source_that_calls_its_information_not_final_is_marked(nlp, text, marks):
    assert _marks(nlp, text) == marks


FIRST = ("Nine hurt at Larkspur Park cookout\n\nNine people were wounded when two men opened fire at a cookout in "
         "Larkspur Park in Brookfield on Sunday evening, Sergeant Odile Fenwright said. Deputies were still trying "
         "to establish the extent of those injuries.\n")
TEN_A = ("Ten wounded at Larkspur Park cookout\n\nTen people were wounded when two men opened fire at a cookout in "
         "Larkspur Park in Brookfield on Sunday evening, Sergeant Odile Fenwright said.\n")
TEN_B = ("Larkspur Park neighbors ask for calm\n\nResidents met on Tuesday after the gunfire at a cookout in "
         "Larkspur Park in Brookfield that wounded ten people, Sergeant Odile Fenwright said.\n")


def test_a_preliminary_lower_count_against_one_two_sources_give_is_an_update(tmp_path):
    (f,) = toll_findings(report_of(tmp_path, {"a.txt": FIRST, "b.txt": TEN_A, "c.txt": TEN_B}),
                         "injured")
    assert f["status"] == "differ" and f["reason"].startswith("Update:"), f["reason"]
    assert "calls its information preliminary" in f["reason"]
    # without its words on the extent of the injuries nothing orders the counts; and one
    # source alone with the higher count is as likely wrong: both conflict
    plain = FIRST.replace(" Deputies were still trying to establish the extent of those injuries.", "")
    for name, files in (("plain", {"a.txt": plain, "b.txt": TEN_A, "c.txt": TEN_B}),
                        ("alone", {"a.txt": FIRST, "b.txt": TEN_A})):
        (tmp_path / name).mkdir()
        (f,) = toll_findings(report_of(tmp_path / name, files), "injured")
        assert f["status"] == "conflict", (name, f["reason"])


EARLY = ("Six shot on Quarry Lane\n\nSix people were shot on Quarry Lane in Brookfield on Friday night and taken "
         "to hospitals, Sergeant Odile Fenwright said. The inquiry remains in its early stages.\n")
NEXT = ("Quarry Lane victims recovering\n\nFive people were wounded in the gunfire on Quarry Lane in Brookfield on "
        "Friday night, police said on Saturday, naming the last of them as Tamsin Holloway, 19.\n")


def test_a_higher_count_from_a_source_that_calls_its_details_preliminary_is_revised(tmp_path):
    (f,) = toll_findings(report_of(tmp_path, {"a.txt": EARLY, "b.txt": NEXT}), "injured")
    assert f["status"] == "differ" and "lower than" in f["reason"], f["reason"]
    assert "calls its information preliminary" in f["reason"]
    # a page that only promises updates says nothing of its figures: the counts conflict
    (tmp_path / "page").mkdir()
    page = EARLY.replace("The inquiry remains in its early stages.", "Check back later for updates.")
    (f,) = toll_findings(report_of(tmp_path / "page", {"a.txt": page, "b.txt": NEXT}), "injured")
    assert f["status"] == "conflict", f["reason"]

