"""The latest report gives only a bound ('Four hurt' at least, a day on) and the earlier reports'
counts within it disagree (five, nine, four): the event's reading is their range, labelled as
sources disagreeing, not as the latest report (session 54; the review of session 53)."""

from __future__ import annotations

from conftest import report_of

LEAD = "BRACKENRIDGE — {k} killed and {w} wounded when gunfire erupted outside a bar on Delmore Avenue, police said.\n"


def _page(day: str, k: str, w: str) -> str:
    return f"Bar shooting in Brackenridge\nPublished {day}, 2025\n\n" + LEAD.format(k=k, w=w)


def test_a_bound_over_disagreeing_counts_is_a_range(tmp_path):
    pages = {
        "a.txt": _page("March 14", "Two people were", "five others were"),
        "b.txt": _page("March 14", "Two people were", "nine others were"),
        "c.txt": _page("March 14", "Two people were", "four others were"),
        "d.txt": "Suspect held after bar shooting\nPublished March 16, 2025\n\n"
                 "BRACKENRIDGE — At least four people were wounded in Friday's shooting outside a bar on Delmore"
                 " Avenue, and two were killed, police said.\n",
    }
    rep = report_of(tmp_path, pages)
    t = rep["event"]["tolls"]["injured"]
    assert (t["low"], t["high"]) == (4, 9), t
    assert t["how"] == "range", t
