"""Account tolls read in session 21 (tolls29), after reading round 28: one person told first
who is a part of the people the lead lists, and the slain victim's own wound. Sentences of our
own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls as _tolls, report_of

PARK = ("Girl, 8, hurt in Brookfield park shooting\n\nPolice are looking into a shooting at a Brookfield "
        "park that wounded two men and an 8-year-old girl on Sunday evening.\n\nThe girl was grazed on her "
        "arm, police said.\n")


def test_one_person_in_the_headline_is_a_part_of_the_people_the_lead_lists(tmp_path):
    # the headline's girl is one of the three the lead lists: the account is the three
    assert _tolls(report_of(tmp_path, {"a.txt": PARK}), "a")["injured"] == (3, 3)
    # a stated count in the lead is not a list of people, and the first person stays
    (tmp_path / "stated").mkdir()
    stated = PARK.replace("wounded two men and an 8-year-old girl", "wounded three people")
    assert _tolls(report_of(tmp_path / "stated", {"a.txt": stated}), "a")["injured"] == (1, 1)


CLERK = ("Brookfield clerk to face judge in January\n\nAn attorney for a store clerk called the fatal shooting "
         "of an unarmed 14-year-old during a theft last week a tragedy.\n\nVideo shows the clerk was never "
         "threatened by the slain boy, Marlon Tresk, or by his two friends, police say.\n\n"
         "Prosecutors say Tresk was shot in the back.\n")


def test_where_the_slain_victim_was_hit_is_no_one_wounded(tmp_path):
    tolls = _tolls(report_of(tmp_path, {"a.txt": CLERK}), "a")
    assert tolls["killed"] == (1, 1) and "injured" not in tolls
    # someone else named as shot is still a wounded person
    (tmp_path / "other").mkdir()
    other = CLERK.replace("Prosecutors say Tresk was shot", "Prosecutors say a friend, Dale Ormsby, was shot")
    assert _tolls(report_of(tmp_path / "other", {"a.txt": other}), "a").get("injured") == (1, 1)
