"""Session 43, review62: defects found reviewing the session's merged work (cell61, died61,
self62, off62). Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import report_of

HURT = ("Boy, 9, badly hurt by gunfire in Tollworth\n\nA 9-year-old boy was badly hurt, police said, when "
        "bullets came through the front window of a house on Heron Road in Tollworth late Friday. He was taken "
        "to Westmere Hospital.\n")
DIED = ("Boy hit by gunfire in Tollworth has died\n\nThe 10-year-old boy struck by bullets late Friday in a "
        "house on Heron Road in Tollworth has died, police said on Sunday.\n")


def test_the_one_wounded_and_the_one_dead_a_year_apart_in_age_are_one_row_where_he_died_later(tmp_path):
    # the first report's age and the later one's a year apart: one person, as lone_victims has it
    # within a kind (written ages no more than TWO_PEOPLE apart); _died_later's spans that meet
    # turned away any two written ages that differ
    rep = report_of(tmp_path, {"a.txt": HURT, "b.txt": DIED})
    assert rep["event"]["tolls"]["killed"]["how"] == "died later"
    claims = {c["id"]: c for c in rep["claims"]}
    assert [sorted(claims[i]["source"] for i in row) for row in rep["people"]] == [["a", "b"]]
    assert sorted(rep["people_outcomes"].values()) == ["injured", "killed"]


def test_a_wounded_boy_of_9_and_a_dead_boy_of_15_stay_two_rows(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HURT, "b.txt": DIED.replace("10-year-old", "15-year-old")})
    assert len(rep["people"]) == 2
