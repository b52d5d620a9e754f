"""Session 30 (dead43, issue 13 item 3): the several dead (or wounded) two sources each describe
in one figure of the whole toll are compared by their make-up ('a man and a teenage boy' against
'two men'). A part is never the whole, a count of other people is no description of the victims,
and written ages let a page call a 17-year-old a man. Sentences of our own, about invented shootings."""

from __future__ import annotations

from reconcile.lone import _matched, group_parts
from reconcile.records import Claim, Interval
from conftest import check_json as _report, findings_of, report_of


def _figure(text: str, n: int, noun: str | None = None) -> Claim:
    return Claim(id="a:q1", source="a", path="a.txt", kind="quantity", start=0, end=len(text), text=text,
                 sentence=text, line=1, noun=noun, measure="killed", value=Interval(n, n, n))


def test_the_words_of_a_figure_of_several_give_each_person():
    assert group_parts(_figure("a woman and a teenage girl", 2, "woman")) == [("female", 17, 120, False),
                                                                              ("female", 13, 18, False)]
    assert group_parts(_figure("Three", 3, "men")) == [("male", 17, 120, False)] * 3
    assert group_parts(_figure("a 40-year-old man and woman", 2, "40-year-old man")) == [
        ("male", 40, 40, True), ("female", 17, 120, False)]
    # nothing of sex or age, parts that do not add up to the count, kin and other people: no description
    for text, n, noun in (("Two", 2, "people"), ("a man and a boy", 3, "man"), ("another man and woman", 2, "man"),
                          ("a mother and her son", 2, "mother"), ("two men", 2, "suspects")):
        assert group_parts(_figure(text, n, noun)) is None, text


def test_a_boy_is_not_a_man_unless_a_page_writes_his_age():
    man, boy, teen = ("male", 17, 120, False), ("male", 13, 18, False), ("male", 13, 19, False)
    assert not _matched([man, boy], [man, man])
    assert _matched([man, ("male", 17, 17, True)], [man, man])  # 'a 17-year-old' may be called a man
    assert _matched([man, teen], [man, man])  # a teen of 19 may be called a man
    assert not _matched([man, ("female", 17, 120, False)], [man, man])
    # two written ages are compared elsewhere (with birthdays), not as a group's make-up
    assert _matched([("male", 16, 16, True), man], [("male", 17, 17, True), man])


STORY = ("{head}\n\n{who} were shot dead late Friday outside a corner store on Pellham Avenue in Wexley, "
         "police said. {rest}\n")


def _two(tmp_path, first: str, second: str, rest: str = "No arrests have been made.") -> list[tuple[str, str]]:
    a = STORY.format(head="Two killed outside Wexley store", who=first, rest=rest)
    b = STORY.format(head="Pellham Avenue shooting leaves two dead", who=second, rest="Detectives asked for tips.")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    return sorted((f["measure"], f["status"]) for f in rep["findings"] if f["kind"] == "person"
                  and f["subject"].startswith("victims"))


def test_a_man_and_a_boy_against_two_men(tmp_path):
    assert _two(tmp_path, "A man and a teenage boy", "Two men") == [("age", "differ")]
    rep = _report(tmp_path / "news")
    assert "'Two men'" in next(f["reason"] for f in rep["findings"] if f["subject"].startswith("victims"))


def test_two_men_against_two_men_and_a_part_against_the_whole(tmp_path):
    assert _two(tmp_path, "Two men", "Two men") == []
    (tmp_path / "part").mkdir()
    # 'two men' here are the ones held, not the dead: no description of the victims
    assert _two(tmp_path / "part", "Two people", "Two men",
                rest="Among the dead was a woman from Sorrel Bay. Two men were later questioned.") == []


def test_a_man_and_a_woman_against_two_women(tmp_path):
    assert _two(tmp_path, "A man and a woman", "Two women") == [("sex", "differ")]


SELF = ("Boy, 11, shot dead in Wexley parking lot\n\nKiran Dole, 11, was shot and killed in a Wexley parking lot "
        "Sunday evening, police said.\n\nAn 11-year-old boy died after gunfire struck him near a bus stop on "
        "Pellham Avenue, officers said.\n\nOfficers search the lot where a {age}-year-old boy was shot dead. Photo: "
        "Staff\n\nNobody is held yet; Wexley detectives want tips.\n")


def _self_ages(tmp_path, age: int) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": SELF.format(age=age)})
    return findings_of(rep, kind="person", status="inconsistent")


def test_one_page_gives_its_one_named_victim_two_ages(tmp_path):
    got = _self_ages(tmp_path, 10)
    assert len(got) == 1 and "Kiran Dole" in got[0]["subject"] and "10-year-old" in got[0]["reason"]
    (tmp_path / "same").mkdir()
    assert _self_ages(tmp_path / "same", 11) == []
    (tmp_path / "far").mkdir()
    assert _self_ages(tmp_path / "far", 4) == []  # years apart: another child, most likely another case
