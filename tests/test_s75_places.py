"""Session 75: places from the careful readings, read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import report_of


def _place(rep: dict, i: int = 0):
    a = rep["accounts"][i]
    return a["place"], a["place_how"]


def test_a_second_incident_blocks_away_is_not_the_pages_scene(tmp_path):
    # careful reading (617607): 'The second incident happened in the 800 block of ...' placed the
    # page at the other shooting's block
    rep = report_of(tmp_path, {"a.txt": (
        "One dead, four hurt in downtown shooting\n\nSeveral gunshots rang out around 2:17 a.m. near 6th and "
        "Maple Street, leaving one man dead and four people wounded. The second incident happened in the 800 "
        "block of Cedar in a parking garage at 2:24 a.m. Officers believe a man pulled out a gun and fired.\n")})
    assert "800 block" not in (_place(rep)[0] or "")


def test_shootings_earlier_that_day_are_not_the_pages_scene(tmp_path):
    # careful reading (491937): 'Shootings earlier Saturday wounded NAME, who was shot at 921 ... St.'
    # placed a page whose own shooting was at a house party at another address
    rep = report_of(tmp_path, {"a.txt": (
        "Four hurt at house party in Riverton\n\nFour people were wounded in a single incident in the city's "
        "Old Mill neighborhood. Police said there were more than 200 people at a house party at 2272 Birch "
        "Ave. on Saturday night when shots were fired at 11:30. Shootings earlier Saturday wounded Dana "
        "Whitlow, who was shot at 921 Oak St., and Lee Marsh, who was shot in the 700 block of South Elm "
        "Road.\n")})
    place, how = _place(rep)
    assert "Oak" not in (place or "") and "700 block" not in (place or "")
