"""Self-contradictions of one page that careful reading rounds 50 and 51 found the report
missing (session 35, self52): a toll listed whole by age two ways. Sentences of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

PARK = ("Eight shot at Linden Park\n\nEight people were shot at Linden Park in Marlow on Saturday evening, "
        "{first}, officers said. {second}\n")


def _makeup_selves(tmp_path, first: str, second: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": PARK.format(first=first, second=second)})
    return [f for f in findings_of(rep, status="inconsistent", kind="fact") if "among them" in f["subject"]]


def test_one_toll_listed_whole_by_age_two_ways_contradicts_the_page(tmp_path):
    (f,) = _makeup_selves(tmp_path, "five children and three adults",
                          "The six children and two adults were taken to Mercy Hospital.")
    assert f["subject"].endswith("adults and minors among them")
    assert "'five children and three adults' and 'six children and two adults'" in f["reason"]


def test_the_same_make_up_twice_or_a_part_of_the_group_is_no_self_finding(tmp_path):
    # the same make-up in other words
    assert not _makeup_selves(tmp_path / "same", "five children and three adults",
                              "The three adults and five kids were taken to Mercy Hospital.")
    # a list that does not add up to the toll is a part of the group
    assert not _makeup_selves(tmp_path / "part", "five children and three adults",
                              "Two children and an adult were taken to Mercy Hospital.")
