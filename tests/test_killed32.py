"""Tolls read in session 24 (killed32, written on gva-dev's even half): a death told below
the lead of a source that has told only people hurt, whose own time puts it before the event
('forty minutes earlier') or on a calendar day where the hurt are told on a weekday, is
another case the article recalls. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account


BAR = ("Three wounded outside Elmwood bar\n\nThree men were wounded Saturday night outside a bar on Birch "
       "Street in Elmwood, police said.\n\nAll three were taken to Elmwood General where doctors called "
       "their wounds minor.\n\nOfficers had no suspect on Sunday.\n\nDetectives said they were looking at "
       "cameras on the block.\n\nForty minutes earlier, a cashier was fatally shot at a gas station across town.\n")


def test_a_death_an_hour_before_the_wounding_is_another_case(tmp_path):
    t = _account(tmp_path, "bar", BAR)
    assert t.get("killed") is None and t["injured"] == (3, 3)


def test_a_death_on_a_calendar_day_after_a_weekday_wounding_is_another_case(tmp_path):
    dated = BAR.replace("Forty minutes earlier, a cashier", "On March 3, a cashier")
    assert _account(tmp_path, "dated", dated).get("killed") is None


def test_a_later_death_of_the_wounded_still_counts(tmp_path):
    later = BAR.replace("Forty minutes earlier, a cashier was fatally shot at a gas station across town.",
                        "One of the men died of his wounds on Sunday afternoon.")
    assert _account(tmp_path, "later", later)["killed"] == (1, 1)


def test_a_death_under_a_period_the_sentence_before_set_is_another_case(tmp_path):
    # 'this spring' set by the sentence before frames the death told after it
    spring = BAR.replace("Forty minutes earlier, a cashier was fatally shot at a gas station across town.",
                         "Nine teenagers were shot in Elmwood this spring. A boy riding his bike died of his wounds.")
    assert _account(tmp_path, "spring", spring).get("killed") is None


def test_a_death_a_vigil_was_held_for_is_another_case(tmp_path):
    vigil = BAR.replace("Forty minutes earlier, a cashier was fatally shot at a gas station across town.",
                        "The men had come to a vigil for a 19-year-old who was fatally shot on the corner by a passing car.")
    assert _account(tmp_path, "vigil", vigil).get("killed") is None


def test_a_dated_death_in_a_list_of_dated_cases_below_a_weekday_lead_is_another_case(tmp_path):
    # the list's own wounded carry calendar days too: the lead's time is what the death is set against
    cases = BAR.replace("Forty minutes earlier, a cashier was fatally shot at a gas station across town.",
                        "On March 3, a 9-year-old girl was wounded by a stray bullet on Oak Street. "
                        "On April 8, a man of 71 was shot dead as he sat on his porch.")
    assert _account(tmp_path, "cases", cases).get("killed") is None
