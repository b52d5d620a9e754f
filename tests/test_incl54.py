"""Counts of the dead inside a count of the shot, and the hurt after the dead joined by 'and'
(session 54; careful reading round 76 found a photo caption's 'left 2 dead and 6 injured the night
before' read as six dead, and 'Eight people, including the 2 who died, were shot' read as seven
hurt and one dead)."""

from __future__ import annotations

import pytest

from conftest import quantities_of


def _values(nlp, text: str) -> list[tuple[str, str | None, object]]:
    return [(words, measure, value) for words, value, measure in quantities_of(nlp, text)]


@pytest.mark.parametrize("text, shot_word, hurt, dead_words, dead", [
    ("Eight people, including the 2 who died, were shot around 1 a.m. Saturday.", "Eight", 6, "the 2", 2),
    ("Eight people, including two who died, were shot outside the club.", "Eight", 6, "two", 2),
    ("Nine people were wounded, including three who later died at the hospital.", "Nine", 6, "three", 3),
    ("Five people were hurt, including a man who later died.", "Five", 4, "a man", 1),
])
def test_dead_counted_inside_the_shot(nlp, text, shot_word, hurt, dead_words, dead):
    got = _values(nlp, text)
    assert any(w == shot_word and m == "injured" and _nominal(v) == hurt for w, m, v in got), got
    assert any(w == dead_words and m == "killed" and _nominal(v) == dead for w, m, v in got), got


def _nominal(v) -> float | None:
    return v[0] if isinstance(v, (tuple, list)) else v


@pytest.mark.parametrize("text, dead_word, hurt_word", [
    ("Mourners gather to remember victims of a shooting that left 2 dead and 6 injured the night before in Marlow.",
     "2", "6"),
    ("The crash of gunfire left one dead and three others injured.", "one", "three"),
    ("A shooting that left two men dead and two others wounded on the west side.", "two", "two"),
])
def test_hurt_after_the_dead_joined_by_and(nlp, text, dead_word, hurt_word):
    got = _values(nlp, text)
    hurt = [(w, m, v) for w, m, v in got if m == "injured"]
    assert any(w == hurt_word for w, _m, _v in hurt), got
    assert not any(w == hurt_word and m == "killed" for w, m, _v in got if w != dead_word or hurt_word != dead_word), got
    assert any(w == dead_word and m == "killed" for w, m, _v in got), got
