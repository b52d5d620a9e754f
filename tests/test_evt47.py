"""Session 47, evt47 (careful reading round 65): a dated page silent on the wounded (a hearing
story that tells the dead and not the wounded) is no latest account of the wounded where the
dated pages that count them agree; the event reads their count, not none. Articles of our own."""

from __future__ import annotations

from conftest import report_of

FIRST = ("Two dead, three hurt in Juniper Court shooting\n\nPublished: April 20, 2024\n\n"
         "Two men were killed and three other people were wounded when gunmen opened fire at a cookout on "
         "Juniper Court on Saturday night, police said.\n")
SECOND = ("Police seek gunmen in Juniper Court cookout shooting\n\nPublished: April 22, 2024\n\n"
          "Detectives are still looking for the gunmen who killed two men and wounded three other people at a "
          "cookout on Juniper Court on Saturday.\n")
HEARING = ("Judge orders trial in Juniper Court killings\n\nPublished: June 30, 2024\n\n"
           "A judge on Monday ordered Corey Vance, 24, to stand trial on two counts of murder in the killings of "
           "two men at a cookout on Juniper Court in April.\n")


def test_a_later_page_silent_on_the_wounded_leaves_their_count(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND, "c.txt": HEARING})
    tolls = rep["event"]["tolls"]
    assert tolls["injured"]["nominal"] == 3 and tolls["killed"]["nominal"] == 2
    # a later page that counts the wounded is still the latest account
    fewer = HEARING.replace("in April.", "in April, in which two other people were wounded.")
    tolls = report_of(tmp_path / "x", {"a.txt": FIRST, "b.txt": SECOND, "c.txt": fewer})["event"]["tolls"]
    assert tolls["injured"]["nominal"] == 2 and tolls["injured"]["how"] == "latest"


HURT = ("Two wounded in crossfire at Poplar and Ninth\n\n"
        "Two people were wounded Tuesday afternoon when gunfire broke out between two cars at Poplar Street and "
        "Ninth Avenue, police said. One of them, a man, is in critical condition.\n")
HURT_TOO = ("Girl, 6, among two hurt in Poplar Street gunfire\n\n"
            "A 6-year-old girl and a man were wounded when shots were exchanged between two cars at Poplar Street "
            "and Ninth Avenue on Tuesday, police said. Two people were injured in all.\n")
DIED = ("Man wounded in Poplar Street crossfire dies\n\n"
        "The man shot Tuesday at Poplar Street and Ninth Avenue has died, police said. The girl is expected to "
        "recover.\n")
CHARGED = ("Man charged in shooting that killed man, wounded girl\n\n"
           "Police on Friday charged Dale Ortiz, 20, with murder in Tuesday's shooting at Poplar Street and Ninth "
           "Avenue, which killed a man and wounded a 6-year-old girl.\n")


def test_the_man_who_died_later_is_not_also_among_the_wounded(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HURT, "b.txt": HURT_TOO, "c.txt": DIED, "d.txt": CHARGED})
    tolls = rep["event"]["tolls"]
    assert (tolls["killed"]["nominal"], tolls["injured"]["nominal"]) == (1, 1)
    assert tolls["injured"]["how"] == "died later"
