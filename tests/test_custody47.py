"""The arrested toll told by a count of people held, by one held unnamed, and by one charged and
held with no arrest word; a count of the others beside a suspect still sought; one report row for
one arrest (session 31, arrest47, issue 13): careful reading round 44 found the arrested column
blank where a page counts the people in custody, holds someone unnamed, or tells a defendant
arraigned and jailed, and a count of 'other arrests' read as one more beside a man only wanted.
Sentences of our own, about invented shootings."""

from __future__ import annotations

from reconcile.data import load
from conftest import account_tolls, report_of

LEAD = ("Man wounded on Tansy Road\n\nA man was shot and wounded on Tansy Road in Orlow late Friday, "
        "police said. ")


def _tolls(tmp_path, text: str) -> dict:
    return account_tolls(report_of(tmp_path, {"a.txt": LEAD + text + "\n"}), "a")


def test_a_count_of_people_in_custody_is_that_many(tmp_path):
    tolls = _tolls(tmp_path, "Sheriff Ann Lund said Saturday that three men are now in custody over "
                             "the gunfire on Tansy Road.")
    assert tolls["arrested"] == (3, 3)
    # the example of data/accounts.json ``held_count``
    example = load("accounts")["held_count"]["example"]
    assert _tolls(tmp_path / "b", example)["arrested"] == (2, 2)


def test_one_of_several_in_custody_is_no_count_of_them(tmp_path):
    tolls = _tolls(tmp_path, "The wounded man is one of the four men in custody, the sheriff said.")
    assert tolls.get("arrested") != (4, 4)


def test_one_held_unnamed_is_one(tmp_path):
    # session 78: one held told unnamed and no word of more held, one (at least one before)
    tolls = _tolls(tmp_path, "A 17-year-old boy was booked into the county juvenile center on Saturday "
                             "in the shooting, deputies said.")
    assert tolls["arrested"] == (1, 1)


def test_one_charged_and_jailed_without_an_arrest_word_is_one(tmp_path):
    tolls = _tolls(tmp_path, "Luis Ortiz, 40, was charged with aggravated assault and is being held in the "
                             "Orlow County jail without bail.")
    assert tolls["arrested"] == (1, 1)  # the one named held, no one else (at least one until session 77)
    example = load("accounts")["charged_held"]["example"]
    tolls = _tolls(tmp_path / "b", "Prosecutors charged Luis Ortiz, 40, with aggravated assault. " + example)
    assert tolls["arrested"] == (1, 1)


def test_one_charged_with_no_word_of_custody(tmp_path):
    # session 58: a suspect named charged with the shooting counts among the arrested by name
    # (careful readings 80-89 found the blank short on page after page); one charged and still
    # sought does not (the person reader makes him sought, not arrested)
    tolls = _tolls(tmp_path, "Prosecutors charged Luis Ortiz, 40, with aggravated assault on Monday.")
    assert tolls["arrested"] == (1, 1)  # session 78: one named charged, no one else told held
    tolls = _tolls(tmp_path / "b", "Prosecutors charged Luis Ortiz, 40, with aggravated assault on Monday. "
                                   "Ortiz remains at large.")
    assert "arrested" not in tolls


def test_others_arrested_beside_a_suspect_still_wanted_are_not_one_more(tmp_path):
    text = ("A third man remains at large. Two other arrests were made in the case last week. "
            "A judge signed a warrant naming Roy Tamm, 22.")
    assert _tolls(tmp_path, text)["arrested"] == (2, 2)
    held = ("Roy Tamm, 22, was arrested Monday in the shooting. Two other men were arrested in the case "
            "last week.")
    assert _tolls(tmp_path / "b", held)["arrested"] == (3, 3)


def test_a_thing_held_or_an_arrest_to_come_is_no_one_held(tmp_path):
    tolls = _tolls(tmp_path, "A rifle found near the car is in police custody, officers said.")
    assert "arrested" not in tolls
    tolls = _tolls(tmp_path / "b", "The chief said whoever fired the shots will be found and arrested.")
    assert "arrested" not in tolls
    example = load("accounts")["held_someone"]["example"]
    assert _tolls(tmp_path / "c", example)["arrested"] == (1, 1)  # one held, no more (session 78)


def test_the_other_two_in_custody_are_at_least_two(tmp_path):
    tolls = _tolls(tmp_path, "The other two men were taken into custody at a gas station nearby.")
    assert tolls["arrested"] == (2, None)


def test_a_camera_that_captured_the_shooting_holds_no_one(tmp_path):
    tolls = _tolls(tmp_path, "Detectives said they are studying video from a store that captured the shooting.")
    assert "arrested" not in tolls
    tolls = _tolls(tmp_path / "b", "Deputies captured the second suspect near Elm Creek on Sunday.")
    assert tolls["arrested"][0] >= 1


def test_a_charge_of_someones_record_is_no_one_held(tmp_path):
    tolls = _tolls(tmp_path, "The wounded man, Ned Alvey, 30, had been charged with theft in May and "
                             "spent a week in the Orlow County jail.")
    assert "arrested" not in tolls


NONE = LEAD + "There were no arrests by Sunday, the sheriff said.\n"
HELD = LEAD + "Officers arrested Dale Voss, 31, on Saturday in the shooting, police said.\n"
CHARGED = LEAD + "Prosecutors charged Dale Voss, 31, with aggravated assault on Monday.\n"


def _arrest_rows(rep: dict) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["measure"], f["subject"]) for f in rep["findings"]
            if f["measure"] in ("arrested", "custody") and f["status"] in ("differ", "conflict")]


def test_no_arrests_against_an_arrest_is_one_row(tmp_path):
    # a count of those held: the toll's row, with the custody words among its claims
    counted = HELD.replace("Officers arrested Dale Voss, 31,", "Officers arrested two men")
    rep = report_of(tmp_path, {"a.txt": NONE, "b.txt": counted})
    rows = _arrest_rows(rep)
    assert [r[1] for r in rows] == ["arrested"], rows
    toll = next(f for f in rep["findings"] if f["measure"] == "arrested")
    custody = {c["id"] for c in rep["claims"] if c.get("measure") == "custody"}
    assert set(toll["claims"]) & custody
    # one held by name (at least 1): the custody row, with the toll's figures among its claims
    rep = report_of(tmp_path / "b", {"a.txt": NONE, "b.txt": HELD})
    rows = _arrest_rows(rep)
    assert rows == [("fact", "custody", "custody · suspect")], rows
    row = next(f for f in rep["findings"] if f["measure"] == "custody")
    figures = {c["id"] for c in rep["claims"] if c.get("measure") == "arrested"}
    assert set(row["claims"]) & figures


def test_no_arrests_against_a_charge_with_no_toll_keeps_the_custody_row(tmp_path):
    rep = report_of(tmp_path, {"a.txt": NONE, "b.txt": CHARGED})
    assert ("fact", "custody", "custody · suspect") in _arrest_rows(rep)
