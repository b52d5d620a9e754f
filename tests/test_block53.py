"""A street's block number is no year in a figure's scope (session 53, the review of session 52:
'in the 2000 block of' was read as the year 2000, given to the figures after it)."""

from __future__ import annotations

import pytest

from reconcile.data import load


def _scopes(nlp, text: str) -> list[dict]:
    """The time each figure of ``text`` is scoped to (its own clause's or inherited)."""
    return [{"time": q["time"]} for q in nlp(text)._.quantities]


@pytest.mark.parametrize("number", ["2000", "1900", "1700"])
def test_block_number_is_no_year(nlp, number):
    text = (f"Three people were shot in the {number} block of Oak Street in Akron, police said. "
            f"Officers found two more people wounded in the {number} block of Oak Street.")
    scopes = _scopes(nlp, text)
    assert scopes, "the figures are read"
    assert all(number not in (s["time"] or "") for s in scopes)


def test_hyphenated_block_is_no_year(nlp):
    scopes = _scopes(nlp, "Two men were wounded in the 2000-block of Elm Street on Friday.")
    assert scopes and all("2000" not in (s["time"] or "") for s in scopes)


def test_a_year_stays_a_year(nlp):
    """The same number as a year, not before 'block', still scopes its figure."""
    scopes = _scopes(nlp, "In 2000, three people were shot on Oak Street.")
    assert any("2000" in (s["time"] or "") for s in scopes)


def test_block_words_are_data():
    entry = load("grammar")["not_time_before"]
    assert "block" in entry["words"] and "block" in entry["example"]
