"""Session 41 (rows59, careful reading round 59): person rows. A person of another case the page
recalls keeps no age or outcome lent by the event's own description; one held on another charge
and only said after to be in custody is that case's, and so is one listed with them by an age
alone; a described member of a hurt group named by 'identified as' shares the group's clause. (The age compound before a
naming participle's comma read as the name's age was written from the odd half and fired there
alone: left on branch rows59.) Sentences of our own, about invented shootings."""

from __future__ import annotations

from tests.conftest import persons_by_name

LEAD = ("Teen with knife shot dead by deputy near Elmwood\n\n"
        "ELMWOOD >> A 15-year-old boy died early Saturday after deputies shot him on the 400 block of Birch "
        "Road, outside Elmwood.\n\n"
        "Undersheriff Dale Morrow said two men were cut in a nearby house before 3 a.m. Both went to a trauma "
        "center and should recover.\n\n"
        "The teen ran from the house and deputies found him a few blocks away, still holding the knife. "
        "When he came at them, a deputy fired once, and he died at the scene.\n\n"
        "\"This is a sad day,\" Morrow said.\n\n")


def test_a_recalled_person_takes_no_age_from_the_events_lead(nlp):
    text = LEAD + ("In June 2014 a deputy fatally shot an Elm Creek teenager who, the sheriff said, had pointed a "
                   "shotgun at him. A review found the deputy acted lawfully in the killing of Ray Dunmore.")
    p = persons_by_name(nlp, text)["Ray Dunmore"]
    assert (p["role"], p["age"], p["outcome"]) == ("recalled", None, "killed")


def test_a_recalled_person_keeps_the_age_of_its_own_sentence(nlp):
    text = LEAD.replace("A 15-year-old boy died", "A 15-year-old boy, Tim Lasko, died") + (
        "Saturday's shooting is the second by deputies in two years. Ray Dunmore, 17, of Elm Creek was shot "
        "in his home June 9, 2014, by deputies who said he aimed a rifle at them.")
    got = persons_by_name(nlp, text)
    assert (got["Ray Dunmore"]["role"], got["Ray Dunmore"]["age"]) == ("recalled", 17)
    assert (got["Tim Lasko"]["role"], got["Tim Lasko"]["age"], got["Tim Lasko"]["outcome"]) == ("victim", 15, "killed")


SELLERS = ("A 16-year-old boy died Saturday after a deputy shot him on Birch Road. Sheriff Dale Morrow said "
           "the boy had taken a drug before the shooting.\n\n"
           "Morrow said Sunday that three women and a man were held on suspicion of supplying the drug to the "
           "boy. The four are Ana Pruitt, 27, a waitress from Elmwood; Carl Voss, 25, a painter from Elmwood; "
           "Ned Barros, 21, who gives no job but lives in Elmwood, and Otto Lamar, 29.\n\n"
           "Pruitt, Voss and Barros were arrested on Main Street late Saturday on suspicion of selling a "
           "controlled substance. The three stayed in the county jail on Monday. Pruitt is held in lieu of "
           "$40,000 bail. Voss is in custody in lieu of $50,000 bail. Barros remained in jail in lieu of "
           "$40,000 bail. The jail had no record of Lamar.")


def test_people_held_on_another_charge_and_then_in_custody_are_that_cases(nlp):
    got = persons_by_name(nlp, SELLERS)
    assert {n: got[n]["role"] for n in ("Ana Pruitt", "Carl Voss", "Ned Barros")} == \
        {"Ana Pruitt": "recalled", "Carl Voss": "recalled", "Ned Barros": "recalled"}


def test_one_listed_by_age_with_people_of_another_case_is_no_victim(nlp):
    p = persons_by_name(nlp, SELLERS)["Otto Lamar"]
    assert (p["role"], p["outcome"]) == ("recalled", None)


def test_custody_on_the_shootings_charge_keeps_the_suspect(nlp):
    text = SELLERS.replace("Voss is in custody in lieu of $50,000 bail.",
                           "Voss is also charged with murder in the boy's death.")
    assert persons_by_name(nlp, text)["Carl Voss"]["role"] == "suspect"


def test_a_described_member_of_a_hurt_group_named_after_is_hurt(nlp):
    text = ("Mayor Dan Brill said late Monday six people were hurt, including a city police officer, identified "
            "as Roy Tanner, who was shot in the arm while answering the call. Four people were killed.")
    p = persons_by_name(nlp, text)["Roy Tanner"]
    assert (p["role"], p["outcome"]) == ("victim", "injured")
