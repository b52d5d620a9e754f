"""Arrests of a killing the page recalls, not the event's (accounts._of_a_recalled_killing, which
session 30's fix43 made out of session 29's _arrest_of_a_dated_killing):
a sentence that takes a calendar day from a recalled killing told just before it, or that tells a
killing on a weekday the page gives nothing else. Sentences written for these tests (session 29, r40fix)."""

from __future__ import annotations

import pytest
from conftest import one_article_tolls as _account

HEAD = ("Man killed, 3 hurt outside Larkspur market\n\nA man was killed and three people were wounded late "
        "Saturday outside a market on Fenwick Avenue in Larkspur, police said.\n\n"
        "The man, 52, died at Larkspur General early Sunday.\n\nDetectives had no suspects on Sunday.\n\n"
        "Residents said the block has seen too much gunfire this season.\n\n")

DAY = HEAD + ("Owen Drury, 61, was shot and killed outside a laundromat on Oct. 9.\n\n"
              "Two men were arrested and later charged.\n")

WEEKDAY = HEAD + ("Detectives on Friday announced the arrest of two teens in Tuesday's killing of a driver "
                  "at a gas station nearby.\n")


def test_an_arrest_taking_a_recalled_killings_day_is_no_arrest_of_the_event(tmp_path):
    assert _account(tmp_path, "day", DAY).get("arrested") is None


@pytest.mark.xfail(strict=True, reason="fix43 reads a weekday the arrest's figures share as the arrest's own day ('arrested "
                   "Thursday and charged in the killing': the event's own arrest); the extractor gives every figure of "
                   "this sentence one weekday, so the killing's other day is no longer told (the gva-dev page "
                   "r40fix was written from is still read right)")
def test_an_arrest_in_a_killing_on_another_weekday_is_no_arrest_of_the_event(tmp_path):
    assert _account(tmp_path, "weekday", WEEKDAY).get("arrested") is None


def test_an_arrest_in_the_events_killing_still_counts(tmp_path):
    same = HEAD + "Detectives on Monday announced the arrest of two teens in Saturday's killing.\n"
    assert _account(tmp_path, "same", same).get("arrested") == (2, 2)
