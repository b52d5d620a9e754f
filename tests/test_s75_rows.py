"""Session 75: fixes from the careful readings, read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import report_of


def _toll(rep: dict, measure: str, i: int = 0):
    v = rep["accounts"][i]["tolls"].get(measure)
    return None if v is None else (v["low"], v["high"])


CRITICAL_HEAD = ("Riverton club shooting: 3 still in hospital, 2 critical\n\n"
                 "Two teens are dead and 14 people are injured after gunfire broke out in the parking lot of a "
                 "Riverton club early Monday morning. Three victims remained at the hospital Monday night. Two are "
                 "in critical condition, and one is in fair condition.\n")


def test_a_headlines_critical_count_shows_the_leads_wounded_in_the_account(tmp_path):
    # careful reading round 365 (611479): the account row showed the wounded as 'at least 2' from the
    # headline's two critical, and the people shot as at least 4, over the lead's 14 injured, which
    # the findings already weighed
    rep = report_of(tmp_path, {"a.txt": CRITICAL_HEAD})
    assert _toll(rep, "injured") == (14, 14)
    assert _toll(rep, "killed") == (2, 2)
    shot = _toll(rep, "shot")
    assert shot is None or shot == (16, 16)


def test_a_critical_count_with_no_count_of_all_the_wounded_stays_a_lower_bound(tmp_path):
    # a page that counts only those in a condition keeps its open bound: nothing says how many in all
    rep = report_of(tmp_path, {"a.txt": (
        "Riverton club shooting: 2 critical\n\nGunfire broke out in the parking lot of a Riverton club early "
        "Monday morning. Two victims are in critical condition, police said.\n")})
    assert _toll(rep, "injured") == (2, None)
