"""Of two copies, the dated one is the original (session 53; the review of session 52: an
undated saved copy, first in the folder, was taken for the original, so the dated page it
copies was left out of the comparison and a later page's rise read against an undated report)."""

from __future__ import annotations

from conftest import findings_of, report_of

BODY = ("Two men were killed in a shooting at a bar on Elm Street early Saturday, police said.\n\n"
        "Officers found the men inside the bar just after 1 a.m. No arrests have been made, and police "
        "asked anyone with information to call detectives. The bar's owner said the men were regulars.\n\n"
        "Neighbors said they heard several shots and saw a dark sedan speed away toward the highway. "
        "Detectives spent the morning collecting shell casings from the sidewalk and reviewing video "
        "from cameras along the block. The city council member for the district called for more patrols "
        "and said the neighborhood had seen a string of late-night fights outside bars this summer.\n")
LATER = ("Toll rises in Elm Street bar shooting\n\nPublished: Oct 6, 2025\n\n"
         "Three men have died after a shooting at a bar on Elm Street early Saturday, police said Monday.\n\n"
         "Officers found the men inside the bar just after 1 a.m. No arrests have been made.\n")


def _report(tmp_path):
    return report_of(tmp_path, {
        "a_saved_copy.txt": "Two killed in Elm Street bar shooting\n\n" + BODY,
        "b_station.txt": "Two killed in Elm Street bar shooting\n\nPublished: Oct 4, 2025\n\n" + BODY,
        "c_paper.txt": LATER,
    })


def test_the_dated_copy_is_the_original(tmp_path):
    rep = _report(tmp_path)
    copies = {(c["source"], c["of"]) for c in rep["copies"]}
    assert copies == {("a_saved_copy", "b_station")}


def test_the_rise_is_an_update_between_dated_pages(tmp_path):
    rep = _report(tmp_path)
    killed = findings_of(rep, kind="quantity", measure="killed")
    assert [f["status"] for f in killed] == ["differ"]
    assert "after 2025-10-04" in killed[0]["reason"]  # the dates order the two reports
