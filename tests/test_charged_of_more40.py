"""An arrested count read only from a charge ('Two men were indicted') in a page that names
more suspects arrested: the arrests are at least the suspects named (accounts._charged_of_more_held).
Sentences written for these tests (session 29, r40fix)."""

from __future__ import annotations

from conftest import one_article_tolls as _account

COOK = ("Two men indicted in killing of Dunmore cook\n\nA grand jury indicted two men over the March shooting death "
        "of a cook outside a diner in Dunmore, prosecutors said Tuesday.\n\nLeon Parrish, 30, and Dale Voss, 25, "
        "were indicted on murder charges.\n\nA third suspect, Omar Tate, 19, was arrested last week and remains "
        "in the county jail.\n")


def test_two_indicted_in_a_page_that_names_three_arrested_is_at_least_three(tmp_path):
    t = _account(tmp_path, "cook", COOK)
    assert t["arrested"][0] == 3 and t["arrested"][1] is None


def test_two_indicted_and_no_one_else_named_stays_two(tmp_path):
    two = COOK.replace("A third suspect, Omar Tate, 19, was arrested last week and remains in the county jail.\n",
                       "Both are due in court next month.\n")
    assert _account(tmp_path, "two", two)["arrested"] == (2, 2)
