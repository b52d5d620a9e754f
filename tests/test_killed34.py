"""Tolls read in session 25 (killed34): a death set aside as another case the article recalls
(its own day before the event, a month where the wounding is told by a weekday), told again
further down by the person's name, is that case still; and the wounded worked out as the people
shot less such a death are all the people shot. Sentences of our own, about invented shootings."""

from __future__ import annotations

from dataclasses import replace

from conftest import one_article_tolls as _account

from reconcile.accounts import account
from reconcile.records import Claim, Interval, Scope


LOT = ("Three wounded outside Elmwood bowling alley\n\nThree men were wounded Saturday night outside a "
       "bowling alley on Birch Street in Elmwood, police said.\n\nAll three were taken to Elmwood General "
       "where doctors called their wounds minor.\n\nOfficers had no suspect on Sunday.\n\nDetectives said "
       "they were looking at cameras on the block.\n\nOn March 3, Dario Fenwick was shot and killed at a "
       "gas station across town.\n\nOn Tuesday, detectives said the same crew killed Fenwick.\n")


def test_a_recalled_death_named_again_is_still_another_case(tmp_path):
    t = _account(tmp_path, "lot", LOT)
    assert t.get("killed") is None and t["injured"] == (3, 3)


def test_a_death_in_a_month_alone_below_a_weekday_wounding_is_another_case(tmp_path):
    month = LOT.replace("On March 3, Dario Fenwick was shot and killed", "In July, Dario Fenwick was shot and killed")
    assert _account(tmp_path, "month", month).get("killed") is None


def test_a_death_last_month_below_an_undated_wounding_is_another_case(tmp_path):
    # the wounding told with no time at all: 'last November' puts the death before it anyway
    undated = LOT.replace(" Saturday night outside", " outside").replace(
        "On March 3, Dario Fenwick was shot and killed", "Last November, Dario Fenwick was shot and killed")
    assert _account(tmp_path, "undated", undated).get("killed") is None


def test_a_death_named_once_and_not_set_aside_still_counts(tmp_path):
    # the same name, told without a day of its own: the event's death, not a recalled one
    later = LOT.replace("On March 3, Dario Fenwick was shot and killed at a gas station across town.",
                        "Dario Fenwick, a fourth man, was fatally shot during that burst of gunfire.")
    assert _account(tmp_path, "later", later)["killed"] == (1, 1)


def _q(i: str, line: int, n: int, measure: str, text: str, sentence: str, hedge: str | None = None,
       time: str | None = None) -> Claim:
    start = line * 100 + sentence.find(text)
    return Claim(id=i, source="s", path="p", kind="quantity", start=start, end=start + len(text), text=text,
                 sentence=sentence, line=line, value=Interval(n, n, n), hedge=hedge, measure=measure,
                 scope=Scope(time=time))


def test_the_people_shot_less_a_recalled_death_are_all_wounded():
    lead = "Three men were shot Saturday night outside the Elmwood bowling alley."
    recalled = "On March 3, Dario Fenwick was shot and killed at a gas station across town."
    later = "Detectives said four people have now been shot outside the alley."
    claims = [_q("a", 3, 3, "shot", "Three men", lead, time="Saturday night"),
              _q("b", 11, 1, "killed", "Dario Fenwick", recalled, "singular", "March 3"),
              _q("c", 13, 4, "shot", "four", later),
              _q("d", 13, 3, "injured", "four", later, "derived: 4 shot - 1 killed (article)")]
    acc = account("s", claims)
    assert acc.toll("killed") is None and acc.toll("injured").value == Interval(4, 4, 4)
    # a death the source keeps as the event's: the wounded stay the people shot less it
    kept = [*claims[:1], replace(claims[1], scope=Scope()), *claims[2:]]
    assert account("s", kept).toll("injured").value == Interval(3, 3, 3)
