"""Rows read wrong in session 61, from the review of session 60 and the careful readings of
rounds 110 to 113. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import persons_by_name


@pytest.mark.parametrize("text,outcome", [
    # a suicide told after the harm, as a gerund on 'before', on the harm verb or its conjunct
    ("Police said Mark Dunlop shot and killed Ann Reed before taking his own life.", "killed"),
    ("Mark Dunlop went to another room and fatally shot Ann Reed, 31, before committing suicide in his car.",
     "killed"),
    # a suicide told apart from any harm is no death in this event
    ("Mark Dunlop, who shot Ann Reed in 2009, was seen at a bar before committing a robbery.", "unharmed"),
])
def test_a_suicide_after_the_harm_kills_the_one_who_harmed(nlp, text, outcome):
    assert persons_by_name(nlp, text)["Mark Dunlop"]["outcome"] == outcome
