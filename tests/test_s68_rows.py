"""Session 68: rows a careful reading found wrong, and readers whose code said less than its
docstring; each on sentences of our own, end to end on the real model."""

from __future__ import annotations

from conftest import one_article_tolls


def test_a_death_told_by_a_digit_ordinal_in_the_headline_is_that_many_dead(tmp_path):
    # accounts._ordinal_dead read 'Third victim dies' as three or more dead but not '3rd victim
    # dies', which _ordinal_of (session 67, for the wounded) reads; both now read it there
    text = ("3rd victim dies after Sunday shooting on Elm Street\n\nTwo men were killed and one man "
            "was wounded on Sunday night on Elm Street, police said.\n")
    tolls = one_article_tolls(tmp_path, "third", text)
    assert tolls["killed"] == (3, None)
