"""Session 52 (self52, issue 13): a child who shot himself, and no one else hurt, is the one dead
of the story and a row of the people table, though unnamed; the gunman who shot others and then
himself, or whom the police shot, is never shown as that one victim. Sentences of our own, about
invented shootings."""

from __future__ import annotations

import pytest

from conftest import report_of

FIRST = ("Boy, 6, dies after shooting himself in Fenwick\n\nA 6-year-old boy fatally shot himself on Monday at a home "
         "on Ardent Road in Fenwick, officers said. The boy found a handgun in a bedroom closet.\n")
SECOND = ("Fenwick child killed by his own shot\n\nA child accidentally shot and killed himself Monday afternoon in "
          "Fenwick, police said. Officers found the 6-year-old boy in a bedroom of the Ardent Road home.\n")


def _rows(rep: dict) -> list[list[dict]]:
    claims = {c["id"]: c for c in rep["claims"]}
    return [[claims[i] for i in row] for row in rep["people"]]


def _a_dead_figure_shown(rep: dict) -> bool:
    """Whether the people table holds a page's killed figure as an unnamed victim."""
    return any(c["kind"] == "quantity" and c["measure"] == "killed" for row in _rows(rep) for c in row)


def test_the_child_who_shot_himself_is_a_row_of_the_people_table(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND})
    rows = _rows(rep)
    assert len(rows) == 1, rows
    # each page's own words for the boy ('Boy', 'Fenwick child'), one row: one person
    assert sorted(c["source"] for c in rows[0]) == ["a", "b"]
    assert all(c["kind"] == "quantity" and c["measure"] == "killed" for c in rows[0])
    assert rep["event"]["tolls"]["killed"]["nominal"] == 1


def test_a_gunman_who_wounded_others_before_shooting_himself_is_no_victim_row(tmp_path):
    a = ("Gunman wounds two, kills himself in Fenwick\n\nA 40-year-old man shot and wounded two neighbors on Ardent "
         "Road in Fenwick on Monday and then fatally shot himself, officers said.\n")
    b = ("Two hurt in Fenwick shooting; gunman dead\n\nA man wounded two people on Ardent Road in Fenwick on Monday "
         "before he killed himself, police said. The 40-year-old man died at the scene.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert not _a_dead_figure_shown(rep)


@pytest.mark.xfail(strict=True, reason="known gap, older than self52: a man 'who opened fire on officers' and was "
                   "killed by police is read as the one dead victim where no page names or calls him the gunman "
                   "(no gva-dev page shows it)")
def test_a_gunman_shot_dead_by_the_police_is_no_victim_row(tmp_path):
    a = ("Police kill gunman in Fenwick\n\nOfficers shot and killed a 40-year-old gunman who fired at them on Ardent "
         "Road in Fenwick on Monday, police said. No one else was hurt.\n")
    b = ("Gunman dies in Fenwick shootout\n\nA 40-year-old man who opened fire on officers on Ardent Road in Fenwick "
         "was shot and killed by police Monday.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert not _a_dead_figure_shown(rep)


HURT_A = ("Fenwick boy accidentally shoots himself\n\nOfficers in Fenwick said the shooting on Ardent Road was an "
          "accident.\n\nIt happened Monday afternoon at a home on Ardent Road.\n\nNeighbors heard one shot.\n\n"
          "The 9-year-old boy was taken to Fenwick General with a wound to his leg and is expected to recover.\n")
HURT_B = ("Child shoots self in Fenwick home\n\nA child shot himself in the leg Monday at a home on Ardent Road, "
          "police said.\n\nThe boy was taken to a hospital.\n")


def test_the_one_wounded_who_shot_himself_is_described_by_the_figures_below_the_lead(tmp_path):
    """The lead tells only that the boy shot himself ('shoots himself'); the page describes him
    further down ('The 9-year-old boy was taken to ...'): one row, the boy as each page describes
    him (before self52 the table was empty, the describing figure lying below the lead)."""
    rep = report_of(tmp_path, {"a.txt": HURT_A, "b.txt": HURT_B})
    rows = _rows(rep)
    assert len(rows) == 1, rows
    assert all(c["kind"] == "quantity" and c["measure"] == "injured" for c in rows[0])
    assert any("9-year-old boy" in c["text"] for c in rows[0] if c["source"] == "a")
