"""Ages of a list read after the number that ends the sentence before (session 36, age54).
Sentences of our own, about invented shootings. (age54's split of a full stop run between that
number and the age, '40.19-year olds', fired on one even page only and was taken out in session
43 under the halves rule.)"""

from __future__ import annotations


def _ages(nlp, text: str) -> dict:
    return {p["name"]: p.get("age") for p in nlp(text)._.persons}


def test_an_age_after_the_number_that_ends_the_sentence_before(nlp):
    ages = _ages(nlp, "Shots rang out at a dance at the Elm Hall on Route 40. 19-year olds Maya Brooks, Lena Ortiz, "
                      "Dora Finch and 20-year olds Omar Reyes and Tim Vance were treated at a clinic and sent home.")
    assert [ages.get(n) for n in ("Maya Brooks", "Lena Ortiz", "Dora Finch", "Omar Reyes", "Tim Vance")] == \
        [19, 19, 19, 20, 20]


def test_a_decimal_age_keeps_its_point(nlp):
    words = [t.text for t in nlp.tokenizer("a 2.5-year-old boy and a 10.5-year-old girl")]
    assert "2.5" in words and "10.5" in words
