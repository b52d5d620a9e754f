"""A copy that changes a figure of its original is compared as a source of its own (session 53;
the review of session 53: a page copied whole with its lead's 'Three people were killed' made
'Four' stayed a copy, its account reading the headline's three, and the four was never shown)."""

from __future__ import annotations

from conftest import findings_of, report_of

PAGE = ("Three killed in Elm Street bar shooting\n\n"
        "ELMTOWN - Three people were killed and four were wounded in a shooting outside a bar on Elm Street "
        "late Thursday, police said.\n\nThe dead were identified as Tomas Vey, 23, Rosa Lind, 19, and a "
        "17-year-old boy whose name was not released.\n\nThe four wounded were taken to St. Brigid Hospital. "
        "Police said the gunman fled on foot. No arrests have been made, and detectives asked anyone with "
        "information to call. The bar's owner said the men were regulars and the street had been quiet.\n\n"
        "Neighbors said they heard a burst of shots and saw a dark sedan speed away toward the highway. "
        "Detectives spent the morning collecting shell casings from the sidewalk and reviewing video from "
        "cameras along the block. The city council member for the district called for more patrols and said "
        "the neighborhood had seen a string of late-night fights outside bars this summer. A vigil is planned "
        "for Saturday evening at the corner where the shooting happened, organizers said, and a fund has been "
        "set up to help the families pay for the funerals.\n")


def test_a_changed_figure_makes_a_source_of_its_own(tmp_path):
    rep = report_of(tmp_path, {"a.txt": PAGE, "b.txt": PAGE.replace("Three people were killed", "Four people were killed")})
    assert rep["copies"] and all(a.get("copy_of") is None for a in rep["accounts"])
    killed = findings_of(rep, kind="quantity", measure="killed")
    assert any(f["status"] in ("conflict", "inconsistent") for f in killed)


def test_an_identical_copy_stays_a_copy(tmp_path):
    rep = report_of(tmp_path, {"a.txt": PAGE, "b.txt": PAGE})
    assert [a["copy_of"] for a in rep["accounts"]] == [None, "a"]
    assert not [f for f in rep["findings"] if f["status"] in ("conflict", "differ")]


def test_a_copy_that_leaves_a_paragraph_out_stays_a_copy(tmp_path):
    short = PAGE.replace("\n\nThe four wounded were taken to St. Brigid Hospital.", "\n\n")
    rep = report_of(tmp_path, {"a.txt": PAGE, "b.txt": short})
    assert [a["copy_of"] for a in rep["accounts"]] == [None, "a"]
