"""Tolls read in session 32 (kill48): a death toll of one person mentioned under a headline that
tells the event as a murder-suicide is two or more dead (the one killed and the killer).
Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account

from reconcile.accounts import _murder_suicide_dead
from reconcile.records import Claim, Interval, Scope, Toll


BARN = ("Farmer shoots neighbour Ned Corvell, then himself in murder-suicide\n\n"
        "Deputies in Harlan County found Ned Corvell dead inside a hay barn on Route 9 on Sunday "
        "morning, the sheriff said.\n\nThe sheriff said the two men had argued over a fence line "
        "for months.\n\nNo one else was hurt.\n")


def test_one_named_dead_under_a_murder_suicide_headline_is_two_or_more(tmp_path):
    assert _account(tmp_path, "barn", BARN)["killed"] == (2, None)


def test_an_attempted_murder_suicide_stays_one(tmp_path):
    tried = BARN.replace("in murder-suicide", "in attempted murder-suicide")
    assert _account(tmp_path, "tried", tried)["killed"] == (1, 1)


def test_a_murder_suicide_below_the_headline_changes_nothing(tmp_path):
    # only the headline is read for it
    below = BARN.replace("Farmer shoots neighbour Ned Corvell, then himself in murder-suicide",
                         "Ned Corvell found dead in hay barn on Route 9") + (
        "\nThe sheriff would not say whether detectives were treating it as a murder-suicide.\n")
    assert _account(tmp_path, "below", below)["killed"] == (1, 1)


def _q(i: str, line: int, lo: int, hi: int | None, text: str, sentence: str) -> Claim:
    return Claim(id=i, source="s", path="p", kind="quantity", start=line * 100, end=line * 100 + len(text),
                 text=text, sentence=sentence, line=line, value=Interval(lo, lo, hi), hedge=None,
                 measure="killed", scope=Scope())


def test_only_a_named_toll_of_exactly_one_moves():
    head = "Two dead in Elm Street murder-suicide"
    stated = Toll("killed", Interval(2, 2, 2), "stated", ("a",), "Two")
    assert _murder_suicide_dead((stated,), [_q("a", 1, 2, 2, "Two", head)]) == (stated,)
    open_one = Toll("killed", Interval(None, 1, None), "named", ("b",), "the man")
    claims = [_q("a", 1, 2, 2, "Two", head), _q("b", 3, 1, None, "the man", "They found the man dead.")]
    assert _murder_suicide_dead((open_one,), claims) == (open_one,)
    one = Toll("killed", Interval(1, 1, 1), "named", ("b",), "the man")
    new, = _murder_suicide_dead((one,), claims)
    assert (new.value.lo, new.value.hi == float("inf"), new.how) == (2, True, "derived")


def test_a_headline_that_rules_a_murder_suicide_out_changes_nothing():
    one = Toll("killed", Interval(1, 1, 1), "named", ("b",), "Ned Corvell")
    for head in ("Sheriff says Ned Corvell's death was not a murder-suicide",
                 "Deputies rule out murder-suicide in death of Ned Corvell"):
        claims = [_q("a", 1, 1, 1, "Ned Corvell", head), _q("b", 3, 1, 1, "Ned Corvell", "Ned Corvell was found dead.")]
        assert _murder_suicide_dead((one,), claims) == (one,)
