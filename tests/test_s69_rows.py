"""Session 69: rows a careful reading found wrong, and readers that said less than they should;
each on sentences of our own, end to end on the real model."""

from __future__ import annotations

from conftest import fact_moments, findings_of, report_of


def test_a_direction_that_names_its_street_stays_in_the_streets_key(nlp):
    # 'W. North Ave.' was keyed 'avenue', as every avenue with a direction before it, so a page's
    # North Avenue and another's South Avenue were one street; a direction before a named street or
    # a road known by its number still goes ('North Highway 340' is Highway 340)
    def streets(text):
        return [d["street"] for d in nlp(text)._.facts if d["attr"] == "address"]

    assert streets("He was shot in the 1800 block of W. North Ave. on Sunday.") == ["north avenue"]
    assert streets("He was shot in the 2500 block of East Lane on Sunday.") == ["east lane"]
    assert streets("He was shot in the 2700 block of N. Elm St. on Sunday.") == ["elm street"]
    assert streets("He was shot in the 900 block of North Highway 340 on Sunday.") == ["highway 340"]


def test_blocks_of_two_streets_named_by_directions_are_no_difference(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Man shot in Elmwood\n\nA 30-year-old man was shot and wounded in the 1800 block of North "
                  "Avenue on Sunday night, police said.\n"),
        "b.txt": ("Elmwood man wounded\n\nA 30-year-old man was shot and wounded in the 500 block of South "
                  "Avenue on Sunday night, police said.\n")})
    assert findings_of(rep, kind="fact", measure="address") == []


def test_a_page_placed_nowhere_else_takes_the_first_block_it_names(tmp_path):
    # careful reading round 238: the block of a sentence whose verb is no shooting ('the four were
    # outside ... in the 100 block of', 'sitting on a porch in the 4100 block') placed no page;
    # a person's home ('Doe, 31, of the 3700 block') and a place blocks away still place none
    rep = report_of(tmp_path, {
        "a.txt": ("Woman killed, 3 wounded in Elmwood shooting\n\nA woman was killed and three more people were "
                  "wounded in a Saturday night shooting.\n\nThe four were outside about 8:30 p.m. in the 100 block "
                  "of North Mayfield Avenue when a dark SUV approached them, police said.\n"),
        "b.txt": ("Man charged after boy shot himself\n\nJon Doe, 31, of the 3700 block of Oak Street, is charged "
                  "with child endangerment after his son shot himself on Tuesday.\n")})
    places = {a["source"]: a["place"] for a in rep["accounts"]}
    assert places["a"] == "100 block of North Mayfield Avenue"
    assert places["b"] is None or "Oak" not in places["b"]


def test_a_page_placed_in_a_state_alone_takes_its_datelines_town(tmp_path):
    # careful readings rounds 238-240: 'EUTAW, Ala. (AP)' above a boy shot 'at a home in west
    # Alabama' placed the page in Alabama (the recogniser reads no place in capitals); the
    # dateline's town is the page's place, and yields to another page's place for the event
    rep = report_of(tmp_path, {
        "a.txt": ("Boy, 3, fatally shot\n\nBRENTHAVEN, Ala. (AP) Authorities say a 3-year-old boy has been fatally "
                  "shot at a home in west Alabama.\n\nA trooper said the boy died of a gunshot wound.\n"),
        "b.txt": ("Boy, 3, dies after shooting\n\nA 3-year-old boy was fatally shot on Friday at a home on Baron "
                  "Road, a trooper said.\n")})
    places = {a["source"]: a["place"] for a in rep["accounts"]}
    assert places["a"] == "Brenthaven"
    assert rep["event"]["place"] != "Brenthaven"


def test_a_release_from_a_named_hospital_and_a_hyphened_intensive_care_are_conditions(nlp):
    # careful reading round 239: 'following his release from University Hospital' (a noun, and the
    # hospital's name before its word) and 'the intensive-care unit' gave no condition
    def moments(text):
        return fact_moments(nlp, "condition", text)

    assert moments("He was arrested on Monday following his release from Kestrel University Hospital.") == [
        ("released", "release from Kestrel University Hospital")]
    assert moments("Both brothers were discharged from Mercy General Hospital on Monday.") == [
        ("released", "discharged from Mercy General Hospital")]
    assert moments("The boy was still in the intensive-care unit on Friday.") == [
        ("grave", "intensive-care unit")]
    assert moments("He was booked after his release from the county jail.") == []


def test_the_events_place_on_a_tie_is_the_one_that_names_the_street(tmp_path):
    # two pages' city beside two pages' block of the house read the city, the first met; the
    # block says more and is as well supported
    block = ("Four killed in Elmwood home\n\nFour people were shot dead in a home in the 1600 block of "
             "East Hudson Street on {day}, police said.\n")
    city = "Elmwood man held in four killings\n\nA man was arrested {day} in the killing of four people in Elmwood.\n"
    rep = report_of(tmp_path, {"a.txt": city.format(day="Monday"), "b.txt": city.format(day="on Monday night"),
                               "c.txt": block.format(day="Sunday"), "d.txt": block.format(day="Sunday night")})
    places = sorted(a["place"] or "" for a in rep["accounts"])
    assert places.count("Elmwood") == 2, places
    assert rep["event"]["place"] == "1600 block of East Hudson Street"


def test_a_traffic_stop_is_no_pages_place(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Man held after lounge shooting\n\nA man was wounded at a lounge on Sunday. About 4:40 a.m., an "
                  "officer pulled over a car matching the description of the car the suspect was driving at "
                  "Elm Avenue and Oak Street.\n")})
    assert rep["accounts"][0]["place"] is None or "Oak" not in rep["accounts"][0]["place"]


def test_a_pages_first_block_is_set_against_another_pages_block_of_the_street(tmp_path):
    # careful reading round 238: a page placed only by the block its suspects left a bus at (the
    # 2800 block) beside another's 2700 block of the same road gave no address difference
    rep = report_of(tmp_path, {
        "a.txt": ("Four shot on Saturday\n\nFour people were shot on Saturday night. Two men were seen leaving a bus "
                  "at about 9:45 p.m. in the 2800 block of Stanton Road, police said.\n"),
        "b.txt": ("Four wounded in Saturday shooting\n\nFour people were wounded on Saturday night. The shooting took "
                  "place in the 2700 block of Stanton Road, police said.\n")})
    rows = findings_of(rep, kind="fact", measure="address")
    assert len(rows) == 1 and "2700" in rows[0]["reason"] and "2800" in rows[0]["reason"]


def test_a_year_before_shootings_is_no_count_of_them(tmp_path):
    # careful reading round 245: 'the March 31, 2013 shootings' read as 2,013 shootings, a roundup,
    # so the page's toll and its scene's street were kept out of its account
    rep = report_of(tmp_path, {
        "a.txt": ("Gunman sentenced\n\nThree people were killed in the March 31, 2013 shootings on Auburn Way North, "
                  "prosecutors said.\n")})
    killed = rep["accounts"][0]["tolls"].get("killed")
    assert killed is not None and (killed["low"], killed["high"]) == (3, 3)


def test_a_block_written_without_of_is_an_address(nlp):
    # careful reading round 245: 'in the 2800 block Auburn Way North' (no 'of') gave no address
    def streets(text):
        return [d["street"] for d in nlp(text)._.facts if d["attr"] == "address"]

    assert streets("Officers found him in the 2800 block Auburn Way North on Sunday.") == ["auburn way"]
    assert streets("Police blocked off the 2800 block, officers said.") == []


def test_a_dateline_opens_one_of_the_storys_first_lines(nlp):
    # careful readings rounds 248-249: a transcript's words in capitals further down ('IT IS, ...',
    # 'NOW, ...') were read as dateline towns, and a county's two words split over two sentences
    # ('WAGONER' | 'COUNTY, OK- ...') made the charges row cite the dateline
    def datelines(text):
        return [text[d["start"]:d["end"]] for d in nlp(text)._.facts if d["attr"] == "town" and d["hedge"] == "dateline"]

    lead = "Boy shot\n\nBRENTHAVEN, Ala. (AP) A boy was shot at a home on Friday.\n"
    assert datelines(lead) == ["BRENTHAVEN"]
    transcript = lead + "\nNOW, We wait for news. THE MOTHER SAID, WE PRAY (for him).\n"
    assert datelines(transcript) == ["BRENTHAVEN"]  # once a page, at a line's opening
    assert datelines("Boy shot\n\nA boy was shot. IT IS, Sadly, the third this year.\n") == []
