"""One page's own misreadings of the dead or the wounded (session 33, acc49): the dead one told
in a grave state before the death by a pronoun, and the hurt of a house fire, on articles
written for these tests."""

from __future__ import annotations

import re

from conftest import one_article_tolls
from reconcile.data import load


def test_the_dead_told_in_critical_condition_by_a_pronoun_is_no_one_more_wounded(tmp_path):
    text = ("Man dies after shooting on Alder Street\n\n"
            "Police are investigating a deadly shooting on Alder Street late Tuesday.\n\n"
            "Officers came upon a man bleeding from a gunshot wound beside a corner store. "
            "Medics rushed him to a hospital in critical condition.\n\n"
            "Nobody is in custody yet.\n")
    tolls = one_article_tolls(tmp_path, "grave", text)
    assert "injured" not in tolls
    assert tolls["killed"][0] == 1


def test_a_pronoun_in_stable_condition_beside_one_death_stays_wounded(tmp_path):
    # a milder state: as often someone else shot (a friend, the gunman), the toll kept
    text = ("Man dies after shooting on Alder Street\n\n"
            "Police are investigating a deadly shooting on Alder Street late Tuesday.\n\n"
            "Officers came upon a man bleeding from a gunshot wound beside a corner store. "
            "A friend drove him to a clinic; doctors there called him stable.\n\n"
            "Nobody is in custody yet.\n")
    tolls = one_article_tolls(tmp_path, "stable", text)
    assert tolls.get("injured") == (1, 1)


def test_a_child_hurt_in_a_house_fire_is_no_one_wounded_by_the_shooting(tmp_path):
    text = ("Man shot dead on Juniper Lane\n\n"
            "Gunfire killed a man, 40, on Juniper Lane on Friday night, police said.\n\n"
            "Elsewhere, firefighters said a house fire on Oak Row left one child hurt.\n\n"
            "Police have not named a suspect in the shooting.\n")
    tolls = one_article_tolls(tmp_path, "fire", text)
    assert "injured" not in tolls
    assert tolls["killed"] == (1, 1)


def test_the_grave_state_example_is_read_and_a_mild_state_is_not():
    e = load("accounts")["dead_told_hurt"]
    assert re.search(e["pattern"], e["example"], re.I)
    assert re.search(e["pattern"], "She was listed in grave condition.", re.I)
    assert not re.search(e["pattern"], "He was listed in stable condition.", re.I)
