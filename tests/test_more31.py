"""Tolls of one-article incidents read in session 23 (more31, written on gva-more's even
half): a headline's 'N of M wounded has died' moves N of its own M wounded to the dead, and
the dead listed one by one, with the gunman's own death told apart, may leave him out.
Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account


SCHOOL = ("Linwood school shooting: 1 of 3 students wounded has died\n\nA man opened fire outside Linwood "
          "Middle School on Monday, police said. The district closed the school on Tuesday.\n")


def test_a_headline_s_wounded_of_whom_some_died_are_the_rest(tmp_path):
    # the three wounded are named in the death's own words: one dead, two still wounded
    assert _account(tmp_path, "school", SCHOOL) == {"killed": (1, 1), "injured": (2, 2), "shot": (3, 3)}


HOME = ("Linwood girl, mother found dead in home\n\nDeputies found a woman and her daughter shot dead in a "
        "Linwood home on Sunday.\n\nThe sheriff said the husband later turned the gun on himself in the garage.\n")


def test_dead_listed_one_by_one_may_leave_out_the_gunman_told_dead_apart(tmp_path):
    # 'girl, mother' are two; the husband's suicide, told apart, may be a third
    assert _account(tmp_path, "home", HOME)["killed"] == (2, 3)
    # with no death of the gunman told, the two listed are the toll
    calm = HOME.replace("later turned the gun on himself in the garage", "was arrested in the garage")
    assert _account(tmp_path, "calm", calm)["killed"] == (2, 2)


def test_a_list_of_the_dead_beside_wounded_stays_as_told(tmp_path):
    # the source counts wounded too: the gunman may be one of them, so the list stays two
    hurt = HOME.replace("Deputies found", "A neighbour was wounded in the leg. Deputies found")
    assert _account(tmp_path, "hurt", hurt)["killed"] == (2, 2)


BYSTANDER = ("Teen badly hurt in Linwood shooting\n\nLinwood police are looking into a shooting that left a "
             "teenager badly hurt on Friday night.\n\nThe 15-year-old was taken to Linwood General in critical "
             "condition.\n\nA 60-year-old neighbour, who was walking his dog along the block, was also wounded "
             "in the shooting, police said.\n")


def test_one_more_person_told_hurt_apart_is_added_to_the_one_hurt(tmp_path):
    assert _account(tmp_path, "by", BYSTANDER)["injured"] == (2, 2)
    # 'He was also wounded': a pronoun may be the teenager already counted
    same = BYSTANDER.replace("A 60-year-old neighbour, who was walking his dog along the block, was",
                             "He was")
    assert _account(tmp_path, "same", same)["injured"] == (1, 1)
