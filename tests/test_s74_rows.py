"""Session 74: fixes from the careful readings, read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import account_place, account_tolls, report_of, set_aside_whys

DRIVE_BY = ("Two hurt in drive-by in Riverton\n\nPolice are investigating a shooting in Riverton on Friday "
            "afternoon that left two people injured. Police say the {what} happened near 14th and Maple Avenue "
            "around 2 p.m. Friday. One of the men was driving when he was hit; he lost control and crashed, "
            "ending up on the sidewalk in the 1400 block of Maple Avenue.\n")


def test_a_drive_by_that_happened_at_a_corner_places_the_page_there(tmp_path):
    # careful reading (766527): 'the drive by happened near' a corner was read as another moment
    # (the parser has 'drive' or 'by' as the subject), so the page fell back on the block where a
    # victim crashed later, and the event's corner took that block
    for what in ("drive by", "drive-by"):
        rep = report_of(tmp_path / what.replace(" ", "_"), {"a.txt": DRIVE_BY.format(what=what)})
        (a,) = rep["accounts"]
        assert (a["place"], a["place_how"]) == ("14th and Maple Avenue", "scene"), what


def test_a_drive_that_began_at_a_place_is_no_shooting(tmp_path):
    # only 'drive' with 'by' is the shooting: a food drive that began at a church tells no scene
    rep = report_of(tmp_path, {"a.txt": (
        "Man shot in Riverton\n\nA man was shot in Riverton on Friday, police said. He was taken to a hospital "
        "in stable condition. A food drive began at 10 a.m. at the church in the 500 block of Cedar Street.\n")})
    (a,) = rep["accounts"]
    assert a["place"] != "500 block of Cedar Street" or a["place_how"] != "scene"


PROTEST = ("Five hurt in shooting near police station\n\nPosted: Nov. 25, 2015 / 06:05 PM CST\n\n"
           "Police have arrested four men in the shooting Monday night near the Riverton police station "
           "that injured five people. The area is near the station, where protesters have camped since the "
           "fatal police shooting of a 24-year-old man on {day}.\n")


def test_a_death_dated_a_week_before_the_page_beside_undated_wounded_is_another_case(tmp_path):
    # careful reading (452120): a police killing ten days before the page, which protesters had
    # camped over since, read as the night's one dead beside its five wounded
    rep = report_of(tmp_path, {"a.txt": PROTEST.format(day="Sunday, Nov. 15")})
    assert account_tolls(rep, "a").get("killed") is None
    assert "an earlier death" in set_aside_whys(rep)


def test_a_death_dated_with_its_wounded_or_days_before_the_page_is_kept(tmp_path):
    # the same sentence dated two days before the page is the event's own; and a follow-up that
    # dates its wounded with its dead, weeks later, keeps both
    rep = report_of(tmp_path / "near", {"a.txt": PROTEST.format(day="Monday, Nov. 23")})
    assert account_tolls(rep, "a").get("killed") == (1, 1)
    rep = report_of(tmp_path / "later", {"a.txt": (
        "Men charged in November shooting\n\nPosted: Dec. 20, 2015 / 06:05 PM CST\n\nTwo men were charged "
        "Friday in a shooting that injured four people on Nov. 15 outside a Riverton bar. Another man was "
        "killed in the shooting on Nov. 15, police said.\n")})
    assert account_tolls(rep, "a").get("killed") == (1, 1)


def test_a_state_gives_way_to_the_town_the_page_writes_before_it(tmp_path):
    # careful reading (654087): 'a shooting at a bar in northeastern Indiana' placed the page in the
    # state, under a headline naming the town with the state after a comma
    rep = report_of(tmp_path, {"a.txt": (
        "3 killed, 2 others injured in shooting at bar in Riverton, Indiana\n\nPolice say three men are dead and "
        "two other people are injured following a shooting at a bar in northeastern Indiana.\n\nOfficers responded "
        "just before 2:30 a.m. Tuesday and found several people inside and outside the bar.\n")})
    assert account_place(rep)[0] == "Riverton"


def test_a_state_with_no_town_written_before_it_stays(tmp_path):
    rep = report_of(tmp_path, {"a.txt": (
        "3 killed in bar shooting\n\nPolice say three men are dead and two other people are injured following a "
        "shooting at a bar in northeastern Indiana.\n")})
    assert account_place(rep)[0] == "Indiana"


def test_a_place_the_shootings_own_time_follows_is_the_scene(tmp_path):
    # careful reading (491253): 'All were present near a house at 745 Elm Ave. at about 4:30 a.m. when
    # a man opened fire' (the parser cuts the sentence at 'Ave.'): the page was left at its town
    rep = report_of(tmp_path, {"a.txt": (
        "Four killed in Riverton\n\nRIVERTON -- A man was charged Friday with killing four people in Riverton. "
        "All were present near a house at 745 Elm Ave. at about 4:30 a.m. when the man opened fire, police said.\n")})
    assert account_place(rep) == ("745 Elm Ave", "scene")


def test_a_place_before_another_moments_time_is_no_scene(tmp_path):
    rep = report_of(tmp_path, {"a.txt": (
        "Four killed in Riverton\n\nRIVERTON -- A man was charged Friday with killing four people in Riverton. "
        "He was at a house at 745 Elm Ave. at about 9 p.m. when officers arrested him, police said.\n")})
    assert account_place(rep) != ("745 Elm Ave", "scene")


def test_a_street_word_of_the_name_before_the_streets_own_is_kept(tmp_path):
    # careful reading (683417): 'the 2200 block of Cedar Point Cove' read as 'Cedar Point'
    rep = report_of(tmp_path, {"a.txt": (
        "Girl shot in Riverton\n\nA girl was shot Sunday. The shooting happened at a home in the 2200 block of "
        "Cedar Point Cove in Riverton, police said.\n")})
    assert account_place(rep) == ("2200 block of Cedar Point Cove", "scene")


def test_a_numbered_roads_number_is_kept_in_the_figures_place(tmp_path):
    # careful reading (432535): the figures' '13915 County Road' of a page writing '13915 County Road 3'
    rep = report_of(tmp_path, {"a.txt": (
        "Teen killed in shooting\n\nThe sheriff's office says a 17-year-old boy of Riverton was killed by a gun "
        "shot wound at 13915 County Road 3. He and 2 other friends were visiting a friend who lived in the home.\n")})
    assert account_place(rep)[0] == "13915 County Road 3"


def _person(rep: dict, name: str) -> dict:
    return next(c for c in rep["claims"] if c["kind"] == "person" and c.get("name") == name)


def test_a_relative_named_by_the_kin_noun_of_the_pages_one_casualty_is_the_victim(tmp_path):
    # careful readings (774294, 586764): 'his daughter, NAME,' on a page whose one casualty is a
    # girl, and 'her son NAME' on a page whose one dead is 'her son', were read as relatives, so
    # the victim had no people row and an age difference went unseen
    rep = report_of(tmp_path, {
        "a.txt": ("10-year-old girl shot in Riverton\n\nA 10-year-old girl was shot in the head when a bullet flew "
                  "through the window of her home in Riverton on Monday. Her father said an argument outside led to the "
                  "shooting, but his daughter, Ana Ruiz, was not the intended target.\n"),
        "b.txt": ("Boy's death ruled a homicide\n\nA Riverton woman says her son died in a shooting last week. The coroner "
                  "ruled the death a homicide. Kay Marsh told reporters she saw her son in the hospital. She said her son "
                  "Eli Marsh was the light of her life. Marsh said she wants the truth.\n")})
    assert (_person(rep, "Ana Ruiz")["role"], _person(rep, "Ana Ruiz")["outcome"]) == ("victim", "injured")
    assert (_person(rep, "Eli Marsh")["role"], _person(rep, "Eli Marsh")["outcome"]) == ("victim", "killed")


def test_a_relative_of_another_kin_or_who_speaks_stays_a_relative(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Girl shot in Riverton\n\nA 10-year-old girl was shot in the arm in Riverton on Monday. Her brother, "
                  "Sam Ruiz, was not hurt.\n"),
        "b.txt": ("Boy shot in Riverton\n\nA 12-year-old boy was shot in the leg in Riverton on Monday. His son, Tom "
                  "Cole, said the boy is recovering, his father said.\n")})
    assert _person(rep, "Sam Ruiz")["role"] != "victim"
    assert _person(rep, "Tom Cole")["role"] != "victim"


def test_a_street_named_cove_without_a_number_is_the_scene(tmp_path):
    # careful reading (683417): 'the shooting happened at a home on Cedar Point Cove' read no street
    # (data/streets.json had no 'Cove'), so the page stayed at its town
    rep = report_of(tmp_path, {"a.txt": (
        "Girl killed in Riverton\n\nA man shot and killed a young girl in Riverton on Sunday. Police said the "
        "shooting happened at a home on Cedar Point Cove after the man crashed his car into a parked car.\n")})
    assert account_place(rep) == ("Cedar Point Cove", "scene")


def test_a_house_number_after_a_persons_age_between_commas_is_a_home_not_the_scene(tmp_path):
    # careful reading round 350 (559237): 'NAME, 18, 206 Elm St., was charged' (an arrest listing's
    # home address) read as an address by the comma rule, and the page placed there over its corner
    rep = report_of(tmp_path, {"a.txt": (
        "Five charged in park shootout\n\nRIVERTON -- Five men have been charged after a shootout in a park. "
        "Tom Ray, 18, 206 Birch St., was charged with aggravated battery and firing a weapon in public. "
        "The suspects got into an argument that ended in an exchange of gunfire Saturday evening at a park at "
        "Birch Street and South Carolina Avenue.\n")})
    assert account_place(rep)[0] != "206 Birch St"
    assert not any(c["kind"] == "fact" and c.get("measure") == "address" and c["text"].startswith("206")
                   for c in rep["claims"])


def test_the_events_own_rank_is_no_other_shooting(tmp_path):
    # careful reading round 352 (491819): 'Four people were shot on the 1700 block of Elm Avenue,
    # marking the second shooting ...' read as another shooting's sentence, so the page's own block
    # was passed over for the bare street of its headline
    rep = report_of(tmp_path, {"a.txt": (
        "Riverton: Four shot on Elm Avenue\n\nRIVERTON -- Four people were shot on the 1700 block of Elm Avenue "
        "on Saturday afternoon, marking the second shooting involving multiple victims in the city in the past "
        "24 hours. Officers responded around 4:08 p.m.\n")})
    assert account_place(rep)[0] == "1700 block of Elm Avenue"


def test_a_separate_shootings_block_is_still_anothers(tmp_path):
    rep = report_of(tmp_path, {"a.txt": (
        "Riverton: Four shot on Elm Avenue\n\nRIVERTON -- Four people were shot on Elm Avenue on Saturday afternoon. "
        "In a separate shooting hours later, a man was wounded in the 400 block of Pine Street.\n")})
    assert account_place(rep)[0] != "400 block of Pine Street"
