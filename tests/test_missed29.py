"""What careful reading round 28 found the report missing and session 21 asked for: two
outlets that give the same toll but count the children (or officers, teenagers...) inside
it differently; and a page that writes a date with a weekday the calendar does not give it.
Sentences of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

PARK = ("Five hurt in Maple Park shooting\n\n{lead} in Maple Park in Dunmore on Sunday evening, "
        "police said. All of them are expected to recover.\n")


def _kinds(tmp_path, a: str, b: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": PARK.format(lead=a), "b.txt": PARK.format(lead=b)})
    return [f for f in rep["findings"] if f["kind"] == "fact" and f["subject"].endswith("among them")]


def test_the_same_toll_with_another_count_of_children_inside_differs(tmp_path):
    (f,) = _kinds(tmp_path, "Five people were wounded, including two children, in a shooting",
                  "Five people, including four children, were shot and wounded")
    assert (f["status"], f["measure"], f["subject"]) == ("differ", "injured", "injured · children among them")
    assert "2 (a.txt) vs 4 (b.txt)" in f["reason"]


def test_the_same_count_inside_another_toll_or_one_kind_only_is_no_finding(tmp_path):
    # the same count of children: nothing
    assert not _kinds(tmp_path / "same", "Five people were wounded, including two children, in a shooting",
                      "Five people, including two children, were shot and wounded")
    # two kinds, each counted by one source: nothing to set against each other
    assert not _kinds(tmp_path / "kinds", "Five people were wounded, including two children, in a shooting",
                      "Five people, including three women, were shot and wounded")
    # children counted apart from the toll, not inside it ('and'): no count of a kind inside it
    assert not _kinds(tmp_path / "apart", "Five people were wounded, including two children, in a shooting",
                      "Five people were wounded and four children were unhurt after a shooting")


DATED = ("Two hurt in Ferris Lane shooting\n\nTwo men were shot on Ferris Lane in Dunmore on {day}, "
         "police said. Both are in stable condition.\n")


def _dates(tmp_path, day: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": DATED.format(day=day)})
    return findings_of(rep, kind="fact", measure="date")


def test_a_weekday_the_calendar_does_not_give_its_date_is_a_self_finding(tmp_path):
    (f,) = _dates(tmp_path, "Monday, March 9, 2023")  # 9 March 2023 was a Thursday
    assert (f["status"], f["subject"]) == ("inconsistent", "date · Monday, March 9, 2023")
    assert "March 9, 2023 was a Thursday" in f["reason"]
    assert [f["subject"] for f in _dates(tmp_path / "short", "Sunday Sept. 12th, 2023")] == [
        "date · Sunday Sept. 12th, 2023"]  # a Tuesday


def test_a_weekday_that_fits_its_date_or_a_date_without_its_year_is_no_finding(tmp_path):
    assert not _dates(tmp_path / "fits", "Thursday, March 9, 2023")
    assert not _dates(tmp_path / "no-year", "Monday, March 9")  # the year would be a guess
    assert not _dates(tmp_path / "no-day", "Monday, June 31, 2023")  # no such day


def test_a_weekday_date_with_a_part_of_the_day_or_a_misspelt_month_is_no_slip(tmp_path):
    # the slips read the fact reader's weekday-dates (session 34, tidy50) as they read the
    # sentences before: weekday, month, day and year with nothing between, the month as written
    assert not _dates(tmp_path / "night", "Monday night, March 9, 2023")  # may be the next date's small hours
    assert not _dates(tmp_path / "misspelt", "Monday Marhc 9, 2023")
    assert [f["subject"] for f in _dates(tmp_path / "plain", "Monday March 9, 2023")] == ["date · Monday March 9, 2023"]
