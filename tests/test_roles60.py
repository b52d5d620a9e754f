"""Session 42, role60 (issue 13): roles and outcomes of person rows. The one who harmed others
and then themself, told by a noun in the lead and named later only as one of the dead, is the
suspect, dead. Sentences written for these tests."""

from __future__ import annotations

from conftest import persons_by_name

_SELF_KILLER = ("Millbrook man shoots wife, then kills himself\n\nA Millbrook man shot his wife at their "
                "farmhouse on Friday before killing himself, deputies said.\n\nDeputies said Ray Dunn, 52, was "
                "found dead in his kitchen. Ana Dunn, 49, was taken to a hospital.")


def test_the_man_the_lead_says_killed_himself_after_shooting_his_wife_is_the_suspect(nlp):
    rows = persons_by_name(nlp, _SELF_KILLER)
    assert (rows["Ray Dunn"]["role"], rows["Ray Dunn"]["outcome"]) == ("suspect", "killed")
    assert rows["Ana Dunn"]["role"] == "victim"


def test_a_man_found_dead_where_the_lead_tells_no_self_harm_stays_a_victim(nlp):
    rows = persons_by_name(nlp, _SELF_KILLER.replace(", then kills himself", "").replace(" before killing himself", ""))
    assert rows["Ray Dunn"]["role"] == "victim"


def test_a_teen_who_shot_only_himself_is_no_suspect(nlp):
    rows = persons_by_name(nlp, "Teen accidentally shoots himself with rifle\n\nA Millbrook teen shot himself while "
                                "cleaning a rifle, deputies said. Ray Dunn, 17, died at his home.")
    assert rows["Ray Dunn"]["role"] == "victim"


def test_the_brother_the_lead_says_was_shot_is_not_the_one_who_did_it(nlp):
    rows = persons_by_name(nlp, "Man kills brother, then himself\n\nA Millbrook man shot his brother at their "
                                "farmhouse on Friday before killing himself, deputies said.\n\nDeputies said the "
                                "brother, Sam Dunn, 40, was found dead in his kitchen.")
    assert rows["Sam Dunn"]["role"] == "victim"


def test_the_kin_a_suspect_without_a_he_shot_are_victims_by_the_possessive_of_the_harm(nlp):
    # Ray Dunn's own he / she is never read ('his' goes to the nearer Lee Holt): the 'his' on
    # the children he shot gives the gender the kin's 'his sons' must have
    rows = persons_by_name(nlp, "His sons, Eli and Sam Dunn, were at the cabin. Deputies believe Ray Dunn, who "
                                "rented the cabin from Lee Holt, was shooting his children when they arrived.")
    assert rows["Ray Dunn"]["gender"] is None
    assert rows["Eli Dunn"]["role"] == "victim" and rows["Sam Dunn"]["role"] == "victim"


def test_the_kin_a_suspect_without_a_he_shot_keep_no_harm_when_her_kin_are_named(nlp):
    rows = persons_by_name(nlp, "Her sons, Eli and Sam Dunn, were at the cabin. Deputies believe Ray Dunn, who "
                                "rented the cabin from Lee Holt, was shooting his children when they arrived.")
    assert rows["Eli Dunn"]["role"] != "victim"
