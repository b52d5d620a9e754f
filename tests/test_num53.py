"""A number word the recogniser calls a date where it opens a sentence counts the plural noun
after it (session 53; the review of session 53: 'Forty students were wounded' gave no figure,
where 'Thirty students' did)."""

from __future__ import annotations

import pytest

from conftest import quantities_of


@pytest.mark.parametrize("word, n", [("Forty", 40), ("Thirty", 30), ("Sixty", 60), ("Twenty", 20)])
def test_a_counted_number_word_opening_a_sentence(nlp, word, n):
    got = quantities_of(nlp, f"Attack on base\n\n{word} students were wounded in the attack, an official said.")
    assert (word, n, "injured") in [(t, v["nominal"] if isinstance(v, dict) else v[0], m) for t, v, m in got]


def test_a_span_of_time_stays_a_date(nlp):
    got = quantities_of(nlp, "Forty years ago the town was quiet. Sixty days later, two men were charged.")
    assert [t for t, _v, _m in got] == ["two"]
