"""Injured tolls read in session 24 (injured32): people found with gunshot wounds hold the
dead found with them, a shooting's count whose own noun tells a death ('a deadly triple
shooting') is not all wounded, and shootings 'throughout the day' are a roundup's.
Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account


TAVERN = ("Man killed in Dunmore tavern shooting named\n\nA man shot outside a Dunmore tavern early Sunday has "
          "died, deputies said.\n\nWhen deputies arrived, they found five people with gunshot wounds. The "
          "others are being treated at Dunmore General.\n")


def test_people_found_with_gunshot_wounds_hold_the_dead(tmp_path):
    # five found shot, one of them the man who died: four wounded
    assert _account(tmp_path, "tavern", TAVERN) == {"killed": (1, 1), "injured": (4, 4), "shot": (5, 5)}


def test_others_found_beside_the_dead_stay_as_told(tmp_path):
    others = TAVERN.replace("they found five people with gunshot wounds",
                            "they found one man dead and five others with gunshot wounds")
    assert _account(tmp_path, "others", others)["injured"] == (5, 5)


def test_people_found_shot_with_no_death_are_all_wounded(tmp_path):
    calm = ("Five hurt in Dunmore tavern shooting\n\nWhen deputies arrived outside a Dunmore tavern early Sunday, "
            "they found five people with gunshot wounds. All are expected to recover.\n")
    assert _account(tmp_path, "calm", calm)["injured"] == (5, 5)


def test_people_found_shot_beside_a_gunman_dead_apart_stay_as_told(tmp_path):
    # the two dead listed may leave out the gunman, whose death is told apart: the five
    # found may hold three dead, so the wounded are not worked out
    home = ("Man kills wife and son in Dunmore\n\nDeputies said a man shot his wife and son before turning the "
            "gun on himself.\n\nWhen deputies arrived, they found five people with gunshot wounds.\n")
    assert _account(tmp_path, "home", home)["injured"] == (5, 5)


def test_a_deadly_triple_shooting_is_not_three_wounded(tmp_path):
    deadly = ("Deadly triple shooting on Birch Street\n\nDunmore police are investigating a shooting on Birch "
              "Street late Friday. Officers found the victims near a store.\n")
    assert _account(tmp_path, "deadly", deadly)["injured"] == (0, 2)
    plain = deadly.replace("Deadly triple shooting", "Triple shooting")
    assert _account(tmp_path, "plain", plain)["injured"] == (3, 3)


def test_shootings_throughout_the_day_are_a_roundup(tmp_path):
    day = ("Girl, 9, dies after accidental shooting in Dunmore\n\nA 9-year-old girl died on Thursday after a "
           "relative's pistol went off in a Dunmore home, police said.\n\nBy Thursday night, at least six people "
           "had been killed and 14 wounded in Dunmore shootings throughout the day.\n")
    assert "injured" not in _account(tmp_path, "day", day)
