"""Session 41, role59 (issue 13): roles and outcomes of person rows. A he or him a naming verb
names stands for the described person before it; a murder-suicide's one suspect written two
ways is given the death under both; the kin the one suspect harmed, named only as his kin, are
victims. Sentences written for these tests."""

from __future__ import annotations

from conftest import persons_by_name


def test_him_a_coroner_names_is_the_gunman_described_before(nlp):
    rows = persons_by_name(nlp, "Deputies named no one at first. The driver, who committed suicide once police "
                                "say he wounded a deputy, was a local. The coroner identified him as 70-year-old "
                                "Sam Ortiz, of Hilltown.")
    assert (rows["Sam Ortiz"]["role"], rows["Sam Ortiz"]["outcome"]) == ("suspect", "killed")


def test_him_after_a_name_is_not_given_the_noun_before(nlp):
    rows = persons_by_name(nlp, "A man shot a clerk on Main Street. Officer Lee Park saw the gunman run. "
                                "Police identified him as Sam Ortiz, 30.")
    assert rows["Sam Ortiz"]["role"] != "suspect" or rows["Sam Ortiz"]["outcome"] != "killed"


def test_a_murder_suicide_suspect_spelled_two_ways_is_dead_under_both(nlp):
    rows = persons_by_name(nlp, "Father kills wife in Elmridge murder-suicide\n\nA judge signed an arrest "
                                "warrant on Friday for Dorian Vancek, 41. Deputies believe Dorian Vance was "
                                "shooting his wife when they arrived.")
    assert {rows[n]["outcome"] for n in ("Dorian Vancek", "Dorian Vance")} == {"killed"}


def test_the_boys_the_suspect_shot_named_as_his_sons_are_victims(nlp):
    rows = persons_by_name(nlp, "Ray Dunn spent the day with his sons, Eli and Sam Dunn. Deputies believe "
                                "Ray Dunn was shooting his children when they arrived.")
    assert rows["Eli Dunn"]["role"] == "victim" and rows["Sam Dunn"]["role"] == "victim"


def test_a_son_who_speaks_is_no_victim_of_a_shot_daughter(nlp):
    rows = persons_by_name(nlp, "Ray Dunn shot his daughter at the house on Friday. His son, Eli Dunn, said "
                                "the family was stunned.")
    assert rows["Eli Dunn"]["role"] != "victim"
