"""Session 75: fixes from the careful readings (tolls and places), read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import account_place, account_tolls, report_of


CRITICAL_HEAD = ("Riverton club shooting: 3 still in hospital, 2 critical\n\n"
                 "Two teens are dead and 14 people are injured after gunfire broke out in the parking lot of a "
                 "Riverton club early Monday morning. Three victims remained at the hospital Monday night. Two are "
                 "in critical condition, and one is in fair condition.\n")


def test_a_headlines_critical_count_shows_the_leads_wounded_in_the_account(tmp_path):
    # careful reading round 365 (611479): the account row showed the wounded as 'at least 2' from the
    # headline's two critical, and the people shot as at least 4, over the lead's 14 injured, which
    # the findings already weighed
    rep = report_of(tmp_path, {"a.txt": CRITICAL_HEAD})
    assert account_tolls(rep, "a").get("injured") == (14, 14)
    assert account_tolls(rep, "a").get("killed") == (2, 2)
    shot = account_tolls(rep, "a").get("shot")
    assert shot is None or shot == (16, 16)


def test_a_critical_count_with_no_count_of_all_the_wounded_stays_a_lower_bound(tmp_path):
    # a page that counts only those in a condition keeps its open bound: nothing says how many in all
    rep = report_of(tmp_path, {"a.txt": (
        "Riverton club shooting: 2 critical\n\nGunfire broke out in the parking lot of a Riverton club early "
        "Monday morning. Two victims are in critical condition, police said.\n")})
    assert account_tolls(rep, "a").get("injured") == (2, None)


def test_a_block_written_as_an_ordinal_is_read(tmp_path):
    # careful reading round 368 (727980): 'in the 1300th block of North Erie' left the page unplaced
    rep = report_of(tmp_path, {"a.txt": (
        "Man wounded in Riverton\n\nOfficers responded to a shooting around 2 a.m. in the 1300th block of North "
        "Maple and found a man shot in the leg, police said.\n")})
    place, _how = account_place(rep)
    assert place is not None and "block of North Maple" in place


def test_a_dates_year_before_a_dateline_is_no_house_number(tmp_path):
    # careful reading round 367 (491734): 'updated on August 10, 2013' at a line's end, then the
    # dateline 'ST. LOUIS (KMOX)', read as the address '2013 ST.' (session 73's comma rule)
    rep = report_of(tmp_path, {"a.txt": (
        "Two dead in north side shootings\n\nstory updated at 4:04pm on August 10, 2013\n\nST. LOUIS (KMOX) - "
        "City police are releasing more details on the north side shootings Friday night that left two dead "
        "in the 4100 block of Elm Avenue.\n")})
    addresses = [c["text"] for c in rep["claims"] if c.get("measure") == "address"]
    assert not any(a.startswith("2013") for a in addresses), addresses
    assert any(a.startswith("4100 block") for a in addresses), addresses


def test_a_second_incident_blocks_away_is_not_the_pages_scene(tmp_path):
    # careful reading (617607): 'The second incident happened in the 800 block of ...' placed the
    # page at the other shooting's block over its own corner
    rep = report_of(tmp_path, {"a.txt": (
        "One dead, two hurt in downtown shooting\n\nShots were heard around 1:50 a.m. near 4th and Maple "
        "street, police said. Officers are still looking for the gunman.\n\nThe second incident happened in "
        "the 600 block of Cedar in a parking lot at 1:58 a.m. Police think an argument broke out and a man "
        "drew a pistol and fired.\n")})
    assert account_place(rep) == ("4th and Maple street", "scene")


def test_shootings_earlier_that_day_are_not_the_pages_scene(tmp_path):
    # careful reading (491937): 'Shootings earlier Saturday wounded NAME, who was shot at 921 ...'
    # placed a page, and its event, at another shooting's address
    rep = report_of(tmp_path, {"a.txt": (
        "Four hurt at Riverton house party\n\nFour people were wounded in one incident in the Old Mill "
        "neighborhood late Saturday, police said.\n\nShootings earlier Saturday happened at 713 Vance St. "
        "and near a park, police said.\n")})
    place, _how = account_place(rep)
    assert "Vance" not in (place or "")
