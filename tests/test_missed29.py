"""What careful reading round 28 found the report missing and session 21 asked for: two
outlets that give the same toll but count the children (or officers, teenagers...) inside
it differently. Sentences of our own."""

from __future__ import annotations

from conftest import check_json as _report, news_folder as _folder

PARK = ("Five hurt in Maple Park shooting\n\n{lead} in Maple Park in Dunmore on Sunday evening, "
        "police said. All of them are expected to recover.\n")


def _kinds(tmp_path, a: str, b: str) -> list[dict]:
    rep = _report(_folder(tmp_path, {"a.txt": PARK.format(lead=a), "b.txt": PARK.format(lead=b)}))
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

