"""A page that tells the event as the latest of a kind within a span ('It was the second
shooting in the city in 24 hours') and goes on to recall the others: their dead (or hurt) are
not the event's (data/accounts.json ``latest_of_kind``). Sentences written for these tests
(session 37, wrong55)."""

from __future__ import annotations

from conftest import one_article_tolls as _account

DALE = ("Three men hurt in Dale shooting\n\nThree men were wounded on Elm Street in Dale on Sunday "
        "afternoon, police said. None of the injuries is thought to be life-threatening.\n\n"
        "Officers closed the street for several hours.\n\n"
        "It was the second shooting on the east side in 18 hours.\n\n"
        "Just after 11 p.m. Saturday, two people were shot dead at a birthday party on Birch Road.\n")


def test_the_dead_of_a_case_recalled_after_the_cue_are_not_the_events(tmp_path):
    t = _account(tmp_path, "party", DALE)
    assert t.get("killed") is None and t["injured"] == (3, 3)


def test_a_death_told_before_the_cue_still_counts(tmp_path):
    # the same death told above the cue is the event's own
    before = DALE.replace("Officers closed the street for several hours.",
                          "A 40-year-old bystander was shot dead at the scene.")
    assert _account(tmp_path, "before", before).get("killed") is not None


def test_the_events_victim_told_again_by_a_pronoun_after_the_cue_still_counts(tmp_path):
    one = ("Man shot on Elm Street in Dale\n\nA man was shot on Elm Street in Dale on Sunday afternoon, "
           "police said.\n\nIt was the third shooting in the city in a week.\n\n"
           "He died at Dale General Hospital that evening.\n")
    assert _account(tmp_path, "pronoun", one).get("killed") is not None
