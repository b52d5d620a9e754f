"""wrong58 (session 40, issue 13): wrong findings the careful readings listed. Sentences of our own."""

from __future__ import annotations

from conftest import persons_by_name

QUOTED = ("Boy shot at home in Marlow\n\nA boy of 9 was shot at his home on Elm Road in Marlow on Monday.\n\n"
          "\"We are all in shock,\" said neighbor Ida Ferrow. \"He was a sweet kid,\" said Lou Harker, a family "
          "friend. His aunt, Rosa Vance, said he was in surgery.\n")


def test_a_neighbour_and_a_family_friend_are_acquaintances_not_kin(nlp):
    people = persons_by_name(nlp, QUOTED)
    assert people["Ida Ferrow"]["role"] == "acquaintance"
    assert people["Lou Harker"]["role"] == "acquaintance"
    assert people["Rosa Vance"]["role"] == "relative"


SOUGHT = ("Man charged in Marlow killings\n\nPolice are searching for a man of 30 in the shooting deaths of "
          "two women at their home on Elm Road in Marlow.\n\nDale Voss is charged with murder in the deaths of "
          "Ida Ferrow, 41, and Rosa Vance, 39, the police said on Monday. Detectives think Voss drove north.\n")


def test_a_man_charged_and_still_sought_is_not_arrested(nlp):
    assert persons_by_name(nlp, SOUGHT)["Dale Voss"]["outcome"] != "arrested"


def test_a_man_charged_and_in_custody_is_arrested(nlp):
    text = SOUGHT.replace("Detectives think Voss drove north.", "Voss was taken into custody on Sunday.")
    assert persons_by_name(nlp, text)["Dale Voss"]["outcome"] == "arrested"


def test_a_man_charged_who_has_pleaded_is_arrested(nlp):
    # a court step told on the page: held or before a judge, whatever a search line below says
    text = SOUGHT.replace("Detectives think Voss drove north.", "Voss gave a plea of not guilty to a judge on Tuesday.")
    assert persons_by_name(nlp, text)["Dale Voss"]["outcome"] == "arrested"
