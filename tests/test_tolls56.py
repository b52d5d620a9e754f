"""Tolls read in session 38 (tolls56, issue 13: wrong toll cells): an open bound of several
people shot under the source's own dead. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account


FAMILY = ("Kenton man returned to face murder counts\n\n"
          "Dale Voss, 41, is accused of shooting Mara Voss and their sons in their Kenton home on Saturday.\n\n"
          "He was charged with killing his wife and three sons.\n")


def test_an_open_shot_bound_under_the_dead_reads_the_dead(tmp_path):
    # 'Mara Voss and their sons' is at least three shot; the page counts four dead
    assert _account(tmp_path, "family", FAMILY)["shot"] == (4, None)
