"""Tolls read in session 38 (tolls56, issue 13: wrong toll cells): an open bound of several
people shot under the source's own dead; one hospital's share of the wounded. Sentences of our
own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account


FAMILY = ("Kenton man returned to face murder counts\n\n"
          "Dale Voss, 41, is accused of shooting Mara Voss and their sons in their Kenton home on Saturday.\n\n"
          "He was charged with killing his wife and three sons.\n")


def test_an_open_shot_bound_under_the_dead_reads_the_dead(tmp_path):
    # 'Mara Voss and their sons' is at least three shot; the page counts four dead
    assert _account(tmp_path, "family", FAMILY)["shot"] == (4, None)


COOKOUT = ("Gunfire at Maple Street cookout\n\n"
           "Police said a gunman opened fire on a cookout on Maple Street late Sunday.\n\n"
           "Two men, 19 and 22, were transported to Oakview Hospital with gunshot wounds. "
           "Two women were wounded and taken to Saint Clare Medical Center.\n\n"
           "All are expected to survive.\n")


def test_one_hospitals_share_of_the_wounded_is_a_lower_bound(tmp_path):
    assert _account(tmp_path, "share", COOKOUT)["injured"] == (2, None)


def test_the_same_hospital_twice_is_no_share(tmp_path):
    same = COOKOUT.replace("Saint Clare Medical Center", "Oakview Hospital")
    assert _account(tmp_path, "same", same)["injured"] == (2, 2)
