"""Tolls read in session 29 (r39fix, from careful reading round 39): an update page's first
report kept below it, whose wounded the update has dead; the word murder-suicide cut short
at the end of a page title; people found shot who all died; a headline's couple, a part of
the dead the body counts. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import one_article_tolls as _account, report_of, toll_findings

UPDATE = ("UPDATE: Charges in death of Marlow teen\n\n"
          "Prosecutor Ann Kell said Monday that Evan Rusk, 31, will be tried on a felony count over the killing "
          "of Dana Whitlow, 17, last Friday.\n\n"
          "Below is the prosecutor's statement, followed by our original online story:\n\n"
          "SEVENTEEN YEAR OLD DIES OF GUNSHOT WOUND\n\n"
          "Kell said the round Rusk fired ended the life of Dana Whitlow.\n\n"
          "###\n\n"
          "MARLOW - A 16-year-old boy is hospitalized in critical condition after gunfire Friday in Marlow.\n\n"
          "Medics drove the victim to Marlow General. Rusk is held at the county jail.\n")
FIRST = ("Marlow teen gravely hurt\n\n"
         "A 16-year-old boy is hospitalized in critical condition after a bullet struck him inside a Marlow flat on "
         "Friday. Evan Rusk, 31, was arrested.\n")


def test_the_first_reports_wounded_under_an_update_telling_the_death_are_the_dead(tmp_path):
    tolls = _account(tmp_path, "update", UPDATE)
    assert tolls["killed"] == (1, 1) and "injured" not in tolls


def test_an_update_page_and_a_first_report_tell_wounded_who_died_later(tmp_path):
    rep = report_of(tmp_path, {"first.txt": FIRST, "update.txt": UPDATE})
    tolls = {t["measure"]: t["value"] for t in rep["event"]["tolls"]} if isinstance(rep["event"]["tolls"], list) \
        else {m: v["value"] if "value" in v else v for m, v in rep["event"]["tolls"].items()}
    killed = tolls["killed"]
    assert (killed["low"], killed["high"]) == (1, 1)
    found = toll_findings(rep, "killed")
    assert [f["status"] for f in found] == ["differ"] and "wounded who died later" in found[0]["reason"]


def test_a_second_person_wounded_in_the_first_report_stays_wounded(tmp_path):
    other = UPDATE.replace("A 16-year-old boy is hospitalized", "A second man is hospitalized")
    assert _account(tmp_path, "other", other).get("injured") == (1, 1)


def test_a_first_report_that_counts_its_own_dead_keeps_its_wounded(tmp_path):
    both = UPDATE.replace("A 16-year-old boy is hospitalized in critical condition after gunfire Friday in Marlow.",
                          "Gunfire on Friday in Marlow killed a woman.\n\nA 16-year-old boy is hospitalized in "
                          "critical condition.")
    assert _account(tmp_path, "both", both).get("injured") == (1, 1)


def test_without_a_header_the_wounded_below_a_death_stay_wounded(tmp_path):
    plain = UPDATE.replace("Below is the prosecutor's statement, followed by our original online story:",
                           "The prosecutor sent a statement on Monday.")
    assert _account(tmp_path, "plain", plain).get("injured") == (1, 1)


HOME = ("Man kills wife and stepson in Elm Park murder-suici - Channel 9 News | Elm County\n\n"
        "Deputies went to a house on Birch Lane late Friday and found three relatives with gunshot wounds inside the garage.\n\n"
        "The wife was pronounced dead in the yard. The husband and the boy were flown to Elm Regional, where both "
        "later died.\n")


def test_a_title_cut_short_in_murder_suicide_counts_the_killer_and_the_found_all_died(tmp_path):
    tolls = _account(tmp_path, "home", HOME)
    assert tolls["killed"] == (3, 3)
    assert tolls["injured"] == (0, 0)


def test_people_found_shot_beside_victims_alone_stay_as_told(tmp_path):
    # no killer counted: the found shot and the two dead are read as before
    away = HOME.replace("Man kills wife and stepson in Elm Park murder-suici", "Wife and stepson killed in Elm Park")
    assert _account(tmp_path, "away", away).get("injured") != (0, 0)


FARM = ("Elm Park couple killed in mass shooting at farm\n\n"
        "Deputies have not found a motive in the deaths of five people at a farm near Elm Park.\n\n"
        "Investigators believe a neighbour gunned down the five campers on the land.\n\n"
        "All five were lying near the barn on Sunday, deputies said.\n")


def test_a_headlines_couple_is_a_part_of_the_dead_the_body_counts(tmp_path):
    assert _account(tmp_path, "farm", FARM)["killed"] == (5, 5)


def test_a_headline_count_the_body_repeats_stays(tmp_path):
    two = FARM.replace("Elm Park couple killed", "Two killed").replace("All five were lying",
                                                                        "Two were killed; all five were lying")
    assert _account(tmp_path, "two", two)["killed"] == (2, 2)
