"""Readings fixed in session 29 (fix41) after careful readings 37 and 38: a wounded count
that is one of the dead by its age, a figure in a paragraph dated to another day, a hearing
that denies bond, a recalled part of the event's own page. Sentences of our own, about
invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import custody_groups, findings_of, news_folder, report_of, set_aside_whys

TIMES = json.loads((Path(__file__).parents[1] / "reconcile/data/times.json").read_text())

DEAD_BY_AGE = ("Three dead in Marlow motel shooting\n\n"
               "A gunman killed three men at a Marlow motel on Sunday night before he drove off, police said.\n\n"
               "One man was found by the ice machine. A second victim, a 31-year-old cook, was hit in the arm "
               "as he ran toward the office, detectives said.\n\n"
               "His brother said that 31-year-old Tobias Wren was one of the victims.\n")

DATED_PARAGRAPH = ("Two killed at Marlow duplex\n\n"
                   "Two people were killed at a Marlow duplex on Sunday night, police said.\n\n"
                   "The two victims were found dead in the kitchen shortly after 10 p.m. on Oct. 4, a sergeant "
                   "said.\n\n"
                   "On Sept. 2, officers answered a call at the same duplex. A neighbor heard shouting. "
                   "The man left before they came. The report says the couple argued over a car. "
                   "No injuries were reported.\n")

UNDATED_PARAGRAPH = ("Two killed at Marlow duplex\n\n"
                     "Two people were killed at a Marlow duplex on Sunday night, police said.\n\n"
                     "On Oct. 4, officers came to the duplex after a call. A neighbor heard shouting. "
                     "The man had left. The officers searched the yard. A third person was wounded.\n")


def test_a_wounded_one_of_the_dead_by_age_is_no_more_hurt(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": DEAD_BY_AGE})
    aside = set_aside_whys(rep)
    assert "the dead's wound" in aside
    assert rep["accounts"][0]["tolls"].get("injured") is None


def test_a_figure_in_a_paragraph_dated_to_another_day_is_set_aside(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": DATED_PARAGRAPH})
    aside = set_aside_whys(rep)
    assert "another day" in aside
    assert rep["accounts"][0]["tolls"].get("injured") is None


def test_a_dated_paragraph_stays_where_the_source_names_no_other_day(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": UNDATED_PARAGRAPH})
    aside = set_aside_whys(rep)
    assert "another day" not in aside


def test_the_calendar_day_example(tmp_path):
    pat = re.compile(TIMES["calendar_day"]["pattern"], re.I)
    first = TIMES["calendar_day"]["example"].split(". ")[0]
    assert pat.search(first) and pat.search(first).group(1) == "9"


def test_a_hearing_that_denies_bail_tells_someone_held(tmp_path):
    text = ("Cousins in court over Marlow shooting\n\n"
            "Two cousins charged in the shooting of a Marlow cook appeared before a judge on Tuesday. "
            "Both were denied bail during the hearing.\n")
    assert "held" in custody_groups(report_of(tmp_path / "f", {"a.txt": text}))


def test_held_without_bond_tells_someone_held(tmp_path):
    text = ("Marlow man jailed\n\nThe 40-year-old man who shot a cook in Marlow was held without bond "
            "overnight, deputies said.\n")
    assert "held" in custody_groups(report_of(tmp_path / "f", {"a.txt": text}))


ONE_PAGE_BOTH = ("Man shot dead at Marlow gas station\n\n"
                 "A man was shot and killed at a Marlow gas station early Sunday, police said.\n\n"
                 "Deputies arrested a 24-year-old man on Sunday afternoon in connection with the killing.\n\n"
                 "No arrests have been made, and anyone with information should call the sheriff.\n")


def test_no_arrests_and_an_arrest_in_one_page_is_that_page_telling_both(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": ONE_PAGE_BOTH})
    arrested = rep["event"]["tolls"].get("arrested")
    assert arrested is not None and arrested["how"] == "self"


def test_the_event_row_names_the_page_that_tells_both(tmp_path):
    from reconcile import pipeline
    from reconcile.report.common import event_row
    folder = news_folder(tmp_path / "f", {"gas.txt": ONE_PAGE_BOTH})
    row = event_row(pipeline.reconcile([folder], pipeline.Options(cache=False)))
    assert "one page tells both" in row["arrested"] and "sources disagree" not in row["arrested"]


RECALLING = ("Man shot dead in Marlow on Friday\n\n"
             "A 41-year-old man, Oren Castellano, was shot and killed outside his Marlow home early Friday, "
             "police said.\n\n"
             "It is the third killing in the borough this year. In February Pavel Ostrowski was shot dead in "
             "his garage; two men have been charged. On July 9, Lena Marsh was killed by her neighbour, "
             "Edgar Tolliver, who was arrested at the scene.\n")

OTHER = ("Marlow man killed outside home\n\n"
         "Oren Castellano, 41, died after he was shot outside his home in Marlow early Friday. "
         "No arrests have been made.\n")


def test_a_recalled_killings_people_stay_out_of_the_people_table(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": RECALLING, "b.txt": OTHER})
    by_id = {c["id"]: c for c in rep["claims"]}
    names = {by_id[i]["name"] for row in rep["people"] for i in row}
    assert any("Castellano" in n for n in names)
    assert not any(w in n for n in names for w in ("Ostrowski", "Marsh", "Tolliver"))


DEAD_A = ("Two killed at Marlow apartments\n\n"
          "Two men were killed and one was hurt at a Marlow apartment complex on Sunday night. "
          "Deputies named the dead as 29-year-old Omar Quill and 35-year-old Dale Pruitt. "
          "The wounded man, Ned Quill, is in stable condition.\n")
DEAD_B = ("Marlow shooting victims named\n\n"
          "Two men died after a shooting at a Marlow apartment complex on Sunday night. "
          "The victims who died were identified as Dale Pruitt and Ned Quill.\n")


def test_dead_named_apart_by_first_name_under_one_surname(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": DEAD_A, "b.txt": DEAD_B})
    people = findings_of(rep, kind="person", status="differ")
    assert any(f["measure"] == "name" and "Each source names all 2 of its dead" in f["reason"] for f in people)
    assert any(f["measure"] == "outcome" and "Ned Quill" in f["reason"] for f in people)


def test_a_middle_name_is_no_other_dead(tmp_path):
    b = DEAD_B.replace("Dale Pruitt and Ned Quill", "Dale Pruitt and Lee Quill")
    c = "Marlow victims\n\nOmar Lee Quill, 29, and Dale Pruitt, 35, were killed on Sunday night in Marlow.\n"
    rep = report_of(tmp_path / "f", {"a.txt": DEAD_A, "b.txt": b, "c.txt": c})
    assert not any("Each source names all" in f["reason"] for f in rep["findings"])
