"""A named place (a complex, a venue, a road: data/compare.json ``named_places``) written two
ways by two outlets (reconcile/towns.py, named_place_findings), end to end on sentences of our
own (made-up places) with the real model."""

from __future__ import annotations

import pytest

from reconcile.towns import joined_apart

from conftest import findings_of, report_of


def _story(place: str, extra: str = "") -> str:
    return (f"A man was shot and killed Friday night at {place} in Harlowe, police said.\n\n"
            f"Officers found the 34-year-old man in a parking lot at {place} shortly after 10 p.m. "
            f"He died at the scene. {extra}\n\nNo arrests have been made.\n")


def _spelled(tmp_path, a: str, b: str, extra_b: str = "") -> list[dict]:
    rep = report_of(tmp_path, {"first.txt": _story(a), "second.txt": _story(b, extra_b)})
    return [f for f in findings_of(rep, kind="fact", measure="place") if "name spelled" in f["subject"]]


def test_a_complex_written_as_one_word_and_as_two(tmp_path):
    got = _spelled(tmp_path, "the Lark Spur Village Apartments", "the Larkspur Village Apartments")
    assert len(got) == 1 and got[0]["status"] == "differ"
    assert "Lark Spur Village Apartments" in got[0]["reason"] and "Larkspur Village Apartments" in got[0]["reason"]


def test_a_road_with_a_letter_more(tmp_path):
    got = _spelled(tmp_path, "the Kestrel Tavern on Tamsinville Turnpike", "the Kestrel Tavern on Tamsinsville Turnpike")
    assert [f["subject"] for f in got] == ["place · name spelled · tamsinsville turnpike"]


@pytest.mark.parametrize("a, b, extra_b", [
    # two places near each other: a complex and the road beside it
    ("the Larkspur Village Apartments", "the Larkspur Village Apartments on Larkspur Road", ""),
    # the place's own word, not its name ('Apartment complex' against 'Apartments')
    ("the Larkspur Village Apartments", "the Larkspur Village Apartment complex", ""),
    # a hospital that moved the patient: two hospitals, each named as such
    ("the Kestrel Tavern", "the Kestrel Tavern",
     "He was taken to Saint Odo Hospital and later moved to Bellmere Medical Center."),
    # one outlet writes both spellings: its own slip, no difference between outlets
    ("the Larkspur Village Apartments", "the Lark Spur Village Apartments",
     "Neighbors at the Larkspur Village Apartments heard three shots."),
])
def test_no_spelling_row(tmp_path, a, b, extra_b):
    assert _spelled(tmp_path, a, b, extra_b) == []


def test_joined_apart():
    assert joined_apart("Lark Spur Village", "Larkspur Village")
    assert not joined_apart("Larkspur Village", "Larkspur Village")
    assert not joined_apart("Harlowe", "Harlowe County")  # a town and its county
