"""Ages written where the reading did not look (session 36, age54): a number that ends one
sentence run into the age that starts the next with no space after the full stop. Sentences of
our own, about invented shootings."""

from __future__ import annotations

import pytest


def _ages(nlp, text: str) -> dict:
    return {p["name"]: p.get("age") for p in nlp(text)._.persons}


@pytest.mark.parametrize("text", [
    # the full stop between the route number and the age has no space after it
    "Shots rang out at a dance at the Elm Hall on Route 40.19-year olds Maya Brooks, Lena Ortiz, Dora Finch and "
    "20-year olds Omar Reyes and Tim Vance were treated at a clinic and sent home.",
    "Shots rang out at a dance at the Elm Hall on Route 40. 19-year olds Maya Brooks, Lena Ortiz, Dora Finch and "
    "20-year olds Omar Reyes and Tim Vance were treated at a clinic and sent home.",
])
def test_an_age_run_into_the_number_that_ends_the_sentence_before(nlp, text):
    ages = _ages(nlp, text)
    assert [ages.get(n) for n in ("Maya Brooks", "Lena Ortiz", "Dora Finch", "Omar Reyes", "Tim Vance")] == \
        [19, 19, 19, 20, 20]


def test_a_decimal_age_keeps_its_point(nlp):
    words = [t.text for t in nlp.tokenizer("a 2.5-year-old boy and a 10.5-year-old girl on Route 40.19-year olds")]
    assert "2.5" in words and "10.5" in words
    assert words[-6:-3] == ["40", ".", "19"]
