"""Kin and friends quoted in a page are no victims (persons; session 30, fix43, after careful
reading round 40): a speaker who names himself as a cousin of one of the dead, and a bare
surname harmed beside a daughter named with it. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import persons_by_name


FRIEND = ("Man killed in Harlow shooting\n\n"
          "A man was shot dead and another was wounded on Vine Street in Harlow on Saturday night, police said.\n\n"
          "\"Nobody here feels safe,\" said a cousin of one of the wounded men, who identified himself as "
          "Leo Ruiz, 29.\n\n"
          "Ruiz said his cousin drove a delivery van.\n")


def test_a_cousin_who_names_himself_is_no_victim(nlp):
    leo = persons_by_name(nlp, FRIEND)["Leo Ruiz"]
    assert leo["role"] != "victim" and leo["outcome"] is None


DAUGHTER = ("Elmford man dies in driveway shooting\n\n"
            "Neighbours on Birch Lane said Dan Wexler loved fishing and coached a youth hockey team.\n\n"
            "\"Those two went fishing every summer,\" his 20-year-old daughter Nina Wexler told a reporter.\n\n"
            "Wexler said her father met the suspect, Tom Orr, 35, at a plant where both of them worked.\n\n"
            "Orr faces a manslaughter count, accused of shooting Wexler in the chest outside a garage.\n")


def test_a_bare_surname_shot_is_not_the_daughter_quoted(nlp):
    people = persons_by_name(nlp, DAUGHTER)
    assert people["Nina Wexler"]["role"] != "victim"
    assert people["Dan Wexler"]["role"] == "victim"


def test_one_of_the_victims_naming_himself_stays_a_victim(nlp):
    text = ("Two hurt in Harlow shooting\n\nTwo men were shot on Vine Street in Harlow on Saturday night.\n\n"
            "\"I heard four shots,\" one of the wounded men, who gave his name as Leo Ruiz, 29, told reporters.\n")
    assert persons_by_name(nlp, text)["Leo Ruiz"]["role"] == "victim"
