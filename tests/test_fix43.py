"""Readings fixed in session 30 (fix43) after careful readings 39 and 40: the arrest of a killing
a roundup recalls kept out of the page's custody and people, a charge over a police chase no
charge of a person of interest, recalled killings' people kept out of the people table where a
page dates them another way than by a month, and a death told with an ordinal ('Third victim
dies') at least that many dead. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import findings_of, one_article_tolls, people_names, report_of


ROUNDUP = ("One dead, four hurt in Harlow gunfire\n\n"
           "Gunfire across Harlow left a man dead and four other people hurt in three separate scenes "
           "Saturday night.\n\n"
           "Shortly before 9 p.m., someone opened fire on two men outside a bakery on Vine Street, killing one, police said.\n\n"
           "The other man, 27, is in critical condition.\n\n"
           "Back on June 14, a drifter who quarrelled with a couple on the same corner returned and shot "
           "them both dead, police said.\n\n"
           "Detectives arrested Rollo Venn, 44, on Aug. 30, charging him with killing Tessa Marlin, 38, "
           "and Ivo Brandt, 40.\n\n"
           "Later, two women were shot on Pike Road. Both are expected to survive.\n")

BAKERY = ("Man killed outside Harlow bakery\n\n"
          "A man was shot dead and another was wounded outside a bakery on Vine Street in Harlow on "
          "Saturday night, police said.\n\n"
          "There have been no arrests so far.\n")


def test_a_recalled_killings_arrest_is_no_custody_of_the_event(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": ROUNDUP, "b.txt": BAKERY})
    assert not findings_of(rep, kind="fact", measure="custody")
    assert not {"Rollo Venn", "Ivo Brandt", "Tessa Marlin"} & people_names(rep)


HELD = ("Two killed outside Dunmore skating rink\n\n"
        "Two teenagers were killed and five people were hurt outside a Dunmore skating rink early Sunday.\n\n"
        "Two persons of interest were taken into custody after the shooting, deputies said.\n")

CHASE = ("Dunmore rink shooting leaves two dead\n\n"
         "Two teenagers were killed and five people were hurt outside a Dunmore skating rink early Sunday, "
         "police said.\n\n"
         "Two men were arrested after fleeing the rink in a pickup and were charged in connection with "
         "that pursuit, the sheriff's office said.\n\n"
         "One of them, 20, was charged with fleeing and eluding and resisting arrest.\n")

MURDER = CHASE.replace("One of them, 20, was charged with fleeing and eluding and resisting arrest.",
                       "Both men were later charged with murder in the teenagers' deaths.")


def _interest_rows(rep: dict) -> list[dict]:
    return findings_of(rep, subject="charged · person of interest")


def test_a_charge_over_a_chase_is_no_charge_against_persons_of_interest(tmp_path):
    assert not _interest_rows(report_of(tmp_path / "f", {"a.txt": HELD, "b.txt": CHASE}))


def test_a_charge_in_the_killing_still_follows_persons_of_interest(tmp_path):
    assert _interest_rows(report_of(tmp_path / "f", {"a.txt": HELD, "b.txt": MURDER}))


AGO = ("Boy, 8, hit by stray bullet in Corran home\n\n"
       "A stray bullet struck an 8-year-old boy inside his home on Lark Street in Corran on Monday "
       "evening, police said.\n\n"
       "He was taken to Corran General and is expected to recover.\n\n"
       "Two years ago, 13-year-old Darius Pell was killed by a stray bullet on the same street.\n")

AGO_TOO = ("Corran boy wounded by stray bullet\n\n"
           "A boy of 8 was wounded by a stray bullet in his family's living room in Corran on Monday.\n\n"
           "He was treated at Corran General and sent home, his mother said.\n\n"
           "Neighbours said the street has not felt safe since Darius Pell, 13, was killed there in a "
           "2019 shooting.\n")


def test_a_killing_recalled_as_years_ago_keeps_its_people_out(tmp_path):
    assert not any("Pell" in n for n in people_names(report_of(tmp_path / "f", {"a.txt": AGO, "b.txt": AGO_TOO})))


CHAIN = ("Girl, 5, dies after shooting herself in Corran\n\n"
         "A 5-year-old girl died Thursday after she shot herself with a pistol she found in a closet, "
         "police said.\n\n"
         "Her mother, Dana Welk, 26, was charged Friday with endangering a child.\n\n"
         "On March 3, 3-year-old Mina Oakes was playing in a back room near her father, Tobias, when his gun went off.\n\n"
         "The bullet struck the girl in the head. She died at the scene.\n\n"
         "Tobias Oakes, 33, ran off; he was caught two days later and now faces a manslaughter count.\n")


def test_a_recalled_killings_people_named_again_below_stay_out(tmp_path):
    names = people_names(report_of(tmp_path / "f", {"a.txt": CHAIN}))
    assert not any("Oakes" in n for n in names)
    assert any("Welk" in n for n in names)


ORDINAL = ("Third victim dies after shooting outside Elm Road diner\n\n"
           "A third person has died after the shooting outside a diner on Elm Road early Friday, police said.\n\n"
           "Nora Hale, 24, died at Corran General on Saturday night.\n\n"
           "Earlier story: Ben Ortiz and Cal Reyes, both 22, were killed. A fourth man was treated for a "
           "wound to the leg.\n")


def test_a_death_told_with_an_ordinal_is_at_least_that_many_dead(tmp_path):
    low, high = one_article_tolls(tmp_path, "ordinal", ORDINAL)["killed"]
    assert low == 3 and high is None


def test_an_ordinal_death_under_a_larger_count_in_the_lead_keeps_the_count(tmp_path):
    text = ("Second victim dies after Elm Road shooting\n\nThree people were killed in a shooting "
            "outside a diner on Elm Road early Friday, police said.\n")
    assert one_article_tolls(tmp_path, "three", text)["killed"] == (3, 3)


FOLLOW_UP = ("Arrest made in killing of Corran mother and son\n\n"
             "Police have arrested a suspect in the killings of a Corran woman and her 6-year-old son, who were shot "
             "outside their home in March, police announced Monday. Officers said 24-year-old Wade Tolland "
             "was arrested for the murders of Rita Vance and Owen Vance.\n")


def test_an_arrest_told_in_a_follow_ups_lead_stays_the_events(tmp_path):
    assert any("Tolland" in n for n in people_names(report_of(tmp_path / "f", {"a.txt": FOLLOW_UP})))


COURT = ("Teen charged in friend's shooting death appears in court\n\n"
         "A 15-year-old boy charged in the shooting death of his friend made his first court appearance "
         "Friday afternoon.\n\n"
         "Deputies said the boy handled a pistol at a sleepover.\n\n"
         "Deputies arrested the boy on Thursday evening and booked him on a manslaughter count in the death "
         "of his friend Milo Brandt, also 15.\n")


def test_the_day_of_the_arrest_is_no_other_killing(tmp_path):
    assert any("Brandt" in n for n in people_names(report_of(tmp_path / "f", {"a.txt": COURT})))
