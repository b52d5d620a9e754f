"""A given name written with a mark inside it by one outlet and as one word by another
(session 34, miss50, issue 13: careful readings rounds 15 and 49 counted 'Ja'Mar' against
'Jamar' a missed difference): one person, spelled two ways; a mark only lost, the capital after
it kept ('O'Neal' / 'ONeal'), is no spelling. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import findings_of, report_of

TEXT = ("Teen killed on Hollis Road\n\nPolice said {name}, 16, was shot and killed on Hollis Road in Marlow on "
        "Saturday night. No one has been arrested.\n")


def _name_rows(tmp_path, a: str, b: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": TEXT.format(name=a), "b.txt": TEXT.replace("Teen", "Boy").format(name=b)})
    return [f for f in findings_of(rep, kind="person") if f["measure"] == "name"]


def test_a_mark_inside_a_name_against_one_word_differs(tmp_path):
    rows = _name_rows(tmp_path, "De'Shawn Pruett", "Deshawn Pruett")
    assert [r["status"] for r in rows] == ["differ"]
    assert "De'Shawn Pruett" in rows[0]["reason"] and "Deshawn Pruett" in rows[0]["reason"]


def test_a_mark_lost_with_its_capital_kept_is_one_spelling(tmp_path):
    assert _name_rows(tmp_path, "De'Shawn Pruett", "DeShawn Pruett") == []
    assert _name_rows(tmp_path / "b", "De'Shawn Pruett", "De\u2019Shawn Pruett") == []
