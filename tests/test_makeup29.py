"""What careful reading round 29 found the report missing and session 21 asked for: two
outlets that give the same toll and list the whole group by sex, but not alike ('two men
and a woman' against 'one male and two females'). Sentences of our own."""

from __future__ import annotations

from conftest import report_of

BIRCH = ("Three hurt on Birch Street\n\n{lead} on Birch Street in Fairview late on Saturday, "
         "officers said. {more}\n")


def _makeups(tmp_path, a: tuple[str, str], b: tuple[str, str]) -> list[dict]:
    files = {"a.txt": BIRCH.format(lead=a[0], more=a[1]), "b.txt": BIRCH.format(lead=b[0], more=b[1])}
    rep = report_of(tmp_path, files)
    return [f for f in rep["findings"] if f["kind"] == "fact" and f["subject"].endswith("men and women among them")]


def test_the_same_toll_listed_by_sex_otherwise_differs(tmp_path):
    (f,) = _makeups(tmp_path, ("Three people were wounded by gunfire", "The two men and a woman are in stable condition."),
                    ("Gunfire wounded three people", "The wounded, one male and two females, went to Mercy Hospital."))
    assert (f["status"], f["measure"], f["subject"]) == ("differ", "injured", "injured · men and women among them")
    assert "two men and a woman (a.txt) vs one male and two females (b.txt)" in f["reason"]


def test_the_same_make_up_or_a_list_of_part_of_the_group_is_no_finding(tmp_path):
    hurt = "Three people were wounded by gunfire"
    # the same make-up in other words: nothing
    assert not _makeups(tmp_path / "same", (hurt, "The two men and a woman are in stable condition."),
                        (hurt, "The wounded, two males and one female, went to Mercy Hospital."))
    # a list that does not add up to the toll is of part of the group: nothing
    assert not _makeups(tmp_path / "part", (hurt, "A man and a woman are in stable condition."),
                        (hurt, "The wounded, one male and two females, went to Mercy Hospital."))
    # a list after 'of' is a part too
    assert not _makeups(tmp_path / "of", (hurt, "Each of two men and a woman is in stable condition."),
                        (hurt, "The wounded, one male and two females, went to Mercy Hospital."))
