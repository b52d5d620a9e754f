"""Session 35, cond53 (careful reading round 52): two sources counting the wounded in critical
condition differently differ. Sentences of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

FOUR = ("Four hurt in Orland Mews gunfire\n\n"
        "Four people were wounded when shots rang out at a cookout in Orland Mews on Saturday night. "
        "{first} of the patients remain in critical condition at Orland Regional, a spokesman said.\n")
AGAIN = ("Cookout gunfire in Orland Mews wounds four\n\n"
         "Gunfire at an Orland Mews cookout on Saturday night wounded four people, police said. "
         "{second} in critical condition, and the others were treated for minor wounds.\n")


def _critical_rows(tmp_path, first: str, second: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": FOUR.format(first=first), "b.txt": AGAIN.format(second=second)})
    return findings_of(rep, subject="condition · in critical condition")


def test_the_number_in_critical_condition_counted_differently_is_a_difference(tmp_path):
    (f,) = _critical_rows(tmp_path, "Three", "One is")
    assert f["status"] == "differ"
    assert "3 (a.txt) vs 1 (b.txt)" in f["reason"]
    # the same count, or an age before 'is in critical condition': nothing
    assert not _critical_rows(tmp_path / "same", "Three", "Three are")
    assert not _critical_rows(tmp_path / "age", "Three", "A 7-year-old is")
    # one person told in critical condition is not a count of all who are
    assert not _critical_rows(tmp_path / "one", "Three", "One man is")
