"""Session 75: places from the careful readings, read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import report_of


def _place(rep: dict, i: int = 0):
    a = rep["accounts"][i]
    return a["place"], a["place_how"]


def test_a_second_incident_blocks_away_is_not_the_pages_scene(tmp_path):
    # careful reading (617607): 'The second incident happened in the 800 block of ...' placed the
    # page at the other shooting's block over its own corner
    rep = report_of(tmp_path, {"a.txt": (
        "One dead, two hurt in downtown shooting\n\nShots were heard around 1:50 a.m. near 4th and Maple "
        "street, police said. Officers are still looking for the gunman.\n\nThe second incident happened in "
        "the 600 block of Cedar in a parking lot at 1:58 a.m. Police think an argument broke out and a man "
        "drew a pistol and fired.\n")})
    assert _place(rep) == ("4th and Maple street", "scene")


def test_shootings_earlier_that_day_are_not_the_pages_scene(tmp_path):
    # careful reading (491937): 'Shootings earlier Saturday wounded NAME, who was shot at 921 ...'
    # placed a page, and its event, at another shooting's address
    rep = report_of(tmp_path, {"a.txt": (
        "Four hurt at Riverton house party\n\nFour people were wounded in one incident in the Old Mill "
        "neighborhood late Saturday, police said.\n\nShootings earlier Saturday happened at 713 Vance St. "
        "and near a park, police said.\n")})
    place, _how = _place(rep)
    assert "Vance" not in (place or "")
