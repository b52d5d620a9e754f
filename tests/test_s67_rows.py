"""Session 67: rows a careful reading found wrong, and a reader whose code said less than its
docstring; each on sentences of our own, end to end on the real model."""

from __future__ import annotations

from conftest import one_article_tolls


def test_a_period_set_before_keeps_a_lead_statistic_out_even_with_a_charge_in_its_sentence(tmp_path):
    # data/accounts.json followed_up: a figure dated back ('last year') in a sentence telling a
    # later step of the case is the event told from a later day, but 'a period stays another
    # event's'. Two definitions of one helper made a figure with no time of its own (the
    # period inherited from the sentence before) count as followed up, so a year's toll with a
    # charge beside it was read as the event's.
    text = ("Shootings down in Brookfield\n\nSince January, police say, the city has seen fewer "
            "shootings. Fourteen people were killed and four men were charged.\n\nThe chief spoke Monday.\n")
    assert one_article_tolls(tmp_path, "period", text) == {}
