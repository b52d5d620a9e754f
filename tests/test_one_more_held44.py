"""An arrested count read from a charge ('indicted the three defendants') yields to an ordinal
above it that the page tells held ('A fourth suspect was arrested'): accounts._one_more_held.
Sentences written for these tests (session 30)."""

from __future__ import annotations

from conftest import one_article_tolls

HEAD = ("Three indicted in Marlow cookout killing\n\nA Marlow grand jury on Monday indicted the three defendants "
        "on counts of murder and conspiracy in the May 2 killing of Ray Dunkerley, 30, at a cookout.\n\n")


def test_a_fourth_held_makes_at_least_four_arrested(tmp_path):
    text = HEAD + "A fourth suspect, who was 16 at the time, was arrested Tuesday and charged with murder.\n"
    assert one_article_tolls(tmp_path, "fourth", text).get("arrested") == (4, None)


def test_the_charged_count_stays_without_one_more(tmp_path):
    text = HEAD + "Detectives said the three had planned the shooting for a week.\n"
    assert one_article_tolls(tmp_path, "three", text).get("arrested") == (3, 3)


def test_the_second_of_those_charged_is_no_one_more(tmp_path):
    text = HEAD + "The second suspect was arrested Tuesday at his home in Dale.\n"
    assert one_article_tolls(tmp_path, "second", text).get("arrested") != (4, None)
