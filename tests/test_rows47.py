"""Session 47, rows47: one story (a first page's 'no arrests and no charges', then an arrest by
name on a second page and a charge on a third) is one custody row, not three (the arrested
toll and the charge row told in it); a toll that gives a count on each side, and a charge row
whose 'no charges' page tells someone held, stay rows of their own. Articles of our own."""

from __future__ import annotations

from conftest import report_of

FIRST = ("One dead, four hurt in shooting outside Larch Avenue lounge\n\n"
         "One man was killed and four other people were wounded in a shooting outside a lounge on Larch Avenue "
         "early Sunday, police said. No arrests have been made and no charges have been filed, a police "
         "spokesman said.\n")
ARREST = ("Man arrested after Larch Avenue lounge shooting\n\n"
          "Police on Monday arrested Dorian Vance Holt in the shooting outside a lounge on Larch Avenue that left "
          "one man dead and four other people wounded.\n")
CHARGE = ("Suspect charged in deadly lounge shooting\n\n"
          "Dorian Holt, 31, has been charged with second-degree murder and four counts of attempted murder in the "
          "shooting outside a Larch Avenue lounge early Sunday. One man died and four others were wounded.\n")


def _rows(rep: dict) -> list[tuple[str, int]]:
    return [(f["subject"], len(f["claims"])) for f in rep["findings"] if f["status"] in ("differ", "conflict")]


def test_no_arrests_then_an_arrest_and_a_charge_is_one_row(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": ARREST, "c.txt": CHARGE})
    (row,) = [f for f in rep["findings"] if f["status"] in ("differ", "conflict")]
    assert row["subject"] == "custody · suspect"
    said = {c["text"] for c in rep["claims"] if c["id"] in row["claims"]}
    assert {"No arrests", "no charges"} <= said  # the toll's and the charge row's words, told in it
    assert "Dorian Vance Holt" in said


def test_a_held_page_without_charges_keeps_its_charge_row(tmp_path):
    held = ARREST.replace("wounded.\n", "wounded. He has not been charged, police said.\n")
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": held, "c.txt": CHARGE})
    assert [s for s, _ in _rows(rep)].count("charged · suspect") == 1


def test_counts_on_both_sides_keep_the_toll_row(tmp_path):
    two = ARREST.replace("arrested Dorian Vance Holt", "arrested two men")
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": two})
    assert "arrested · toll" in [s for s, _ in _rows(rep)]
    # session 58: the charge page's suspect, named charged, counts among its arrested by name, a
    # side with no count: the custody row, which reads the words, tells the toll's (one row)
    rep = report_of(tmp_path / "c", {"a.txt": FIRST, "b.txt": two, "c.txt": CHARGE})
    assert [s for s, _ in _rows(rep) if s in ("arrested · toll", "custody · suspect")] == ["custody · suspect"]
