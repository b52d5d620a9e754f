"""Arrests told as more than before, and arrests that add up over undated reports (session 54;
careful reading round 76: a headline's 'Three more suspects arrested' read as three held in all,
and two pages' one and three arrested outvoting four pages' open counts of two, four and five)."""

from __future__ import annotations

from conftest import report_of

LEAD = "MARLOW — A man and a woman were wounded when gunfire broke out at Elm Park on Saturday night, police said.\n\n"

PAGES = {
    "first.txt": "Two hurt in Elm Park shooting\n\n" + LEAD + "No suspects are in custody, police said.\n",
    "one.txt": "One arrested in Elm Park shooting\n\n" + LEAD + "Police said one man has been arrested in the shooting.\n",
    "pair.txt": "Elm Park shooting suspects held\n\n" + LEAD
                + "Dario Velt, 19, and Kim Aster, 20, were arrested Monday and charged with assault.\n",
    "more.txt": "Three more suspects arrested in Elm Park shooting\n\n" + LEAD
                + "Police have arrested three more suspects in the shooting, the department said Wednesday.\n",
    "fifth.txt": "Fifth suspect arrested in Elm Park shooting\n\n" + LEAD
                 + "A fifth suspect was arrested Thursday in the Elm Park shooting, police said.\n",
}


def _arrested(rep: dict, name: str) -> dict:
    src = next(s["id"] for s in rep["sources"] if s["path"].endswith(name))
    return next(a for a in rep["accounts"] if a["source"] == src)["tolls"]["arrested"]


def test_more_suspects_are_more_than_the_figure(tmp_path):
    rep = report_of(tmp_path, {"more.txt": PAGES["more.txt"], "first.txt": PAGES["first.txt"]})
    t = _arrested(rep, "more.txt")
    assert (t["low"], t["high"]) == (4, None), t


def test_undated_open_counts_of_arrests_add_up(tmp_path):
    rep = report_of(tmp_path, PAGES)
    e = rep["event"]["tolls"]["arrested"]
    assert (e["low"], e["high"]) == (5, None), e


def test_a_stated_count_still_wins_where_open_counts_do_not_outnumber_it(tmp_path):
    """Two pages of one held and one page of at least two: the stated one holds."""
    pages = {k: PAGES[k] for k in ("one.txt", "first.txt")}
    pages["one2.txt"] = PAGES["one.txt"].replace("Police said", "Detectives said")
    pages["pair.txt"] = PAGES["pair.txt"]
    e = report_of(tmp_path, pages)["event"]["tolls"]["arrested"]
    assert (e["low"], e["high"]) == (1, 1), e
