"""Careful reading round 51 (helper self51): a surname met alone is not a slip of another
person's surname one letter off when the page also writes it after a first name of its
own (a pastor named in full in a photo caption, then by her surname alone, beside a
prosecutor whose surname is one letter longer). Sentences of our own, about an invented
shooting."""

from __future__ import annotations

from conftest import findings_of, report_of


def _page(first: str, full: str = "Marston", lone: str = "Marsten") -> str:
    return ("Four killed in Marlow house shooting\n\n"
            "A gunman killed four people inside a Marlow house on Sunday, police said.\n\n"
            f"Prosecutor Dana {full} said the office will seek the harshest sentence.\n\n"
            f"Photo 3 of 20 {first} {lone}, a pastor from the street, walks away from the house after a prayer.\n\n"
            f"{lone} said she prayed for the families on Monday.\n")


def _slips(tmp_path, first: str, *pair: str) -> list[str]:
    rep = report_of(tmp_path / "f", {"a.txt": _page(first, *pair)})
    return [f["reason"] for f in findings_of(rep, status="inconsistent", kind="name")]


def test_a_lone_surname_the_page_gives_its_own_first_name_is_no_slip(tmp_path):
    assert _slips(tmp_path, "Oreta") == []


def test_another_first_name_the_recogniser_misses_is_no_slip_either(tmp_path):
    assert _slips(tmp_path, "Zephyrine", "Mercer", "Merker") == []


def test_the_same_first_name_before_the_lone_surname_is_still_a_slip(tmp_path):
    assert any("'Dana Marsten'" in r for r in _slips(tmp_path, "Dana"))


def test_a_title_before_the_lone_surname_is_no_first_name(tmp_path):
    assert any("'Marsten'" in r for r in _slips(tmp_path, "Pastor"))


def test_a_page_that_names_no_one_else_so_keeps_the_slip(tmp_path):
    text = _page("Oreta").replace("Photo 3 of 20 Oreta Marsten, a pastor from the street, walks", "A pastor walks")
    rep = report_of(tmp_path / "f", {"a.txt": text})
    assert findings_of(rep, status="inconsistent", kind="name")
