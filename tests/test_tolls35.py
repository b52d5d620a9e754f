"""Tolls read in session 26 (tolls35): a figure of the hurt whose own clause tells them dead
describes the dead. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account


TWO_DIED = ("Two dead after shooting at Elmwood garage\n\nTwo men were shot inside a garage on Birch Street in "
            "Elmwood late Friday, police said.\n\nThe two men were driven to Mercy Hospital, where they later "
            "died.\n\nOfficers had no suspect on Saturday.\n")


def test_the_hurt_told_dying_in_their_own_clause_are_no_wounded(tmp_path):
    t = _account(tmp_path, "two", TWO_DIED)
    assert t["killed"] == (2, 2) and t.get("injured") in (None, (0, 0))


def test_the_wounded_beside_a_death_told_of_someone_else_stay(tmp_path):
    # the clause after the hurt woman tells nothing of her dying
    text = ("Man dead, woman hurt in Elmwood shooting\n\nA man was shot dead on Birch Street in Elmwood late "
            "Friday, police said.\n\nA woman was wounded in the arm and taken to Mercy Hospital, where she "
            "got stitches and went home.\n")
    assert _account(tmp_path, "stay", text)["injured"][0] == 1
