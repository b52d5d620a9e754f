"""Session 73: figures hedged 'up to' before their verb, and the places where victims were
found, read from sentences of our own (careful readings); end to end on the real model."""

from __future__ import annotations

from conftest import account_toll, account_tolls, report_of


def test_a_bare_figure_hedged_up_to_before_its_verb_counts_the_verb(tmp_path):
    # careful reading round 313: 'Up to 16 were injured' read no measure (the parser hangs '16'
    # on 'up to' as a preposition of the verb), so the page said nothing of the wounded
    rep = report_of(tmp_path, {
        "a.txt": ("Gunfire at park festival\n\nA gunman opened fire at a crowded park in Riverton on Saturday "
                  "night. Two were killed. Up to 16 were injured, police said.\n"),
        "b.txt": ("Gunfire at park festival\n\nA gunman opened fire at a park in Riverton on Saturday night, "
                  "police said. Two people were killed. Police said up to 9 were hurt.\n")})
    assert account_tolls(rep, "a")["injured"] == (0, 16) and account_tolls(rep, "b")["injured"] == (0, 9)
    assert account_tolls(rep, "a")["killed"] == (2, 2)
    assert account_toll(rep, "injured", "a")["text"] == "Up to 16"


def test_up_to_before_a_verb_with_its_own_subject_or_a_sentence_is_no_count(tmp_path):
    # 'up to' of a sentence ('face up to 20 years') or before a verb whose subject is someone
    # else ('the gunman shot up to 6 times') counts no casualties
    rep = report_of(tmp_path, {
        "a.txt": ("Man charged in park shooting\n\nA man was charged Monday in the shooting of two people at a "
                  "park in Riverton. He faces up to 20 years in prison. Witnesses said the gunman fired up to 6 "
                  "times before he ran.\n")})
    assert account_tolls(rep, "a").get("injured") in (None, (2, 2))
    assert "killed" not in account_tolls(rep, "a")


FOUND = ("Two found dead in Riverton home\n\nTwo people were found dead Tuesday in Riverton, police said. {found}\n\n"
         "Police have not said what led to the shooting.\n")
OTHER = ("Police investigate deaths of pair in Riverton\n\nDetectives in Riverton are looking into how two people "
         "died on Tuesday. {found}\n\nNo arrests have been made, a spokeswoman for the department told reporters.\n")
THIRD = ("Riverton shooting leaves two dead\n\nA Riverton neighbourhood was shaken after two people died in a "
         "shooting Tuesday. {found}\n\nNeighbours said they heard several shots before noon.\n")


def test_the_block_where_the_victims_were_found_places_the_page_before_its_town(tmp_path):
    # careful readings (589488, 747183): a page's figures given for a town and its only block told
    # where the victims were found ('were found at a farm in the 13000 block of ...'), read as
    # another moment, left the page at the town
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="A relative found the woman and her son shot to death in a home in the "
                                    "2000 block of Elm Terrace just after 5 a.m."),
        "b.txt": OTHER.format(found="The man was arrested hours after the two were found at a farm in the "
                                    "13000 block of Birch Road NE.")})
    a, b = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("2000 block of Elm Terrace", "scene")
    assert (b["place"], b["place_how"]) == ("13000 block of Birch Road NE", "scene")


def test_a_street_where_victims_were_found_dead_is_the_scene(tmp_path):
    # careful reading (461515): 'were found dead in a home on Hillview Drive', a street alone
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="Police say a woman and her son were found dead in a home on Hillview Drive.")})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("Hillview Drive", "scene")


def test_a_gun_a_car_or_a_suspect_found_at_a_place_is_no_scene(tmp_path):
    # a found gun, a stolen car or the suspect found later tell where something else was
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="Officers later found a handgun in the 400 block of Oak Street."),
        "b.txt": OTHER.format(found="The stolen car was found in the 900 block of Pine Avenue."),
        "c.txt": THIRD.format(found="Deputies found the suspect hiding in the 300 block of Cedar Lane.")})
    a, b, c = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("Riverton", "figures")
    assert b["place_how"] != "scene" and c["place_how"] != "scene"


def test_a_found_block_is_the_scenes_address_set_against_another_pages_block(tmp_path):
    # careful reading (377486): a page placed by the block its victims were found at still sets
    # that block against another page's block of the same street
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="The victims were found at a home in the 5000 block of Noon Road."),
        "b.txt": OTHER.format(found="A realtor came upon the scene in the 5300 block of Noon Road.")})
    (f,) = [f for f in rep["findings"] if f["kind"] == "fact" and (f["subject"] or "").startswith("address")]
    assert f["status"] == "differ" and "5300" in f["reason"] and "5000" in f["reason"]


def test_a_tip_that_a_body_could_be_found_somewhere_is_no_scene(tmp_path):
    # careful reading (134044): an anonymous call that a body 'could be found' on a street, another
    # killing's, is no finding of the page's victims
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="Hours earlier an anonymous call said a woman's body could be found on Agate Way.")})
    (a,) = rep["accounts"]
    assert a["place"] != "Agate Way"


def test_a_name_before_a_parks_or_a_courts_word_is_no_town(tmp_path):
    # careful readings rounds 318, 319 and 321: 'a shooting in Bunny Friend Park', 'in Mosby
    # Court' and 'killed in Union Co.' read as the towns 'Bunny Friend', 'Mosby' and 'Union'
    rep = report_of(tmp_path, {
        "a.txt": ("Two wounded in park shooting\n\nTwo men were wounded in a shooting in Bunny Friend Park on "
                  "Sunday, police said. A third man was shot in Mosby Court an hour later. A fourth was killed "
                  "in Union Co. on Monday.\n")})
    towns = {c["text"] for c in rep["claims"] if c["kind"] == "fact" and c["measure"] == "town"}
    assert not towns & {"Bunny Friend", "Mosby", "Union"}, towns


def test_the_shot_in_town_is_still_read_before_a_lower_case_word(tmp_path):
    # the guard reads only a capitalised place word: 'shot in Granger late Sunday' keeps its town
    rep = report_of(tmp_path, {
        "a.txt": "Man killed in Granger\n\nA man was shot and killed in Granger late Sunday, deputies said.\n"})
    (a,) = rep["accounts"]
    assert a["place"] == "Granger"


def test_the_events_place_on_a_tie_is_the_one_with_a_house_number_and_a_street_in_full(tmp_path):
    # careful reading (652175): one page's street where the victims lay against another's house
    # number of the club; (757697) two pages' 'Laurel Street' beside one's 'South Laurel Street'
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="Officers found four victims with gunshot wounds on Northwest 35th Avenue."),
        "b.txt": OTHER.format(found="The shooting happened outside the club at 3451 N.W. 36th St., police said.")})
    assert rep["event"]["place"] == "3451 N.W. 36th St"
    rep = report_of(tmp_path / "2", {
        "a.txt": FOUND.format(found="The shooting happened in the 1400 block of Laurel Street, police said."),
        "b.txt": OTHER.format(found="The shooting happened in the 1400 block of Laurel Street, police said."),
        "c.txt": THIRD.format(found="The shooting happened in the 1400 block of South Laurel Street, police said.")})
    assert rep["event"]["place"] == "1400 block of South Laurel Street"


def test_a_dateline_opening_with_new_is_read_whole(tmp_path):
    # careful reading round 318 (451495): 'NEW ORLEANS --' read no dateline ('NEW' is left out as
    # a dateline's first word, a label's: 'NEW VIDEO -')
    rep = report_of(tmp_path, {
        "a.txt": "Two hurt in park\n\nNEW ORLEANS -- Two men were wounded in a park on Sunday, police said.\n"})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("New Orleans", "dateline")


def test_a_shooting_in_a_nearby_town_places_the_page_before_its_dateline(tmp_path):
    # careful reading round 321 (678144): 'The shooting happened in nearby Suisun City' under
    # another town's dateline
    rep = report_of(tmp_path, {
        "a.txt": ("Boy shot\n\nVALLEJO, Calif. -- A boy was wounded on Sunday, police said. The shooting happened "
                  "in nearby Suisun City, an officer said.\n")})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("Suisun City", "town")


def test_a_tie_for_the_events_place_is_broken_by_a_weaker_pages_block_not_its_town(tmp_path):
    # careful reading round 320 (613826): two pages' scenes on two streets, a third page's first
    # block on one of them; a dateline's town agreeing with a figures town breaks no tie
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="The shooting happened in the 4000 block of Elm Road, deputies said."),
        "b.txt": OTHER.format(found="The shooting happened in the 9700 block of Shady Tree Lane, deputies said."),
        "c.txt": ("Vigil held for two\n\nTwo people died in a shooting on Tuesday, a spokeswoman said. Neighbours "
                  "in the 9700 block of Shady Tree Lane gathered to pray on Wednesday night.\n")})
    assert {a["source"]: a["place_how"] for a in rep["accounts"]}["c"] == "page"
    assert rep["event"]["place"] == "9700 block of Shady Tree Lane"


def test_a_page_placed_nowhere_else_takes_a_town_written_before_a_places_noun(tmp_path):
    # careful reading round 320 (762706): 'in a shooting at a west Phoenix apartment', a page with
    # no dateline, block or town of its figures
    rep = report_of(tmp_path, {
        "a.txt": ("Teen booked in deadly shooting\n\nAuthorities say a 16-year-old boy has been booked in a shooting "
                  "at a west Phoenix apartment that left one man dead and three others injured.\n"),
        "b.txt": ("Boy held after gunfire\n\nA boy was booked on Monday, a spokesman said. His mother said he "
                  "grew up in a Phoenix home with four brothers.\n")})
    a, b = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("west Phoenix", "town")
    assert b["place"] is None  # a home told with no shooting in its sentence places nothing


def test_the_events_corner_takes_a_pages_block_of_one_of_its_streets(tmp_path):
    # bench/places.py (486334, 421982, 788572 ...): a corner the strongest page gives, and another
    # page's block of one of its streets: the block, which says where on the street
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="The shooting happened near Daggett Street and Dicks Avenue, police said."),
        "b.txt": ("Man held in double killing\n\nA man was held on Wednesday, a spokeswoman said. Neighbours in the "
                  "2600 block of Daggett Street said they heard shots before noon on Tuesday.\n")})
    assert rep["event"]["place"] == "2600 block of Daggett Street"


def test_the_events_town_takes_a_weaker_pages_block(tmp_path):
    # bench/places.py (583179, 604967, 662638 ...): the strongest pages give a town, a weaker page
    # its own first block: the block in the town
    rep = report_of(tmp_path, {
        "a.txt": FOUND.format(found="Police did not say where in the city it happened."),
        "b.txt": ("Man held in Tuesday killings\n\nRiverton police held a man on Wednesday over the deaths of "
                  "the two, a spokeswoman said. The two had been sitting on a porch at 210 Main Street, a "
                  "relative said.\n")})
    assert {a["source"]: a["place_how"] for a in rep["accounts"]} == {"a": "figures", "b": "page"}
    assert rep["event"]["place"] == "210 Main Street"


def test_a_named_death_place_is_read_past_anothers_possessive_and_a_comma_and(tmp_path):
    # careful reading round 325 (647101): 'found Ames dead in Pruitt's car' (the suspect's
    # possessive made the clause another's) against 'was transported to an area hospital ..., and
    # was later pronounced deceased' (', and' cut the name off from the death); two dead, so the
    # rows are the named person's
    head = ("Two men killed; suspect held\n\nTwo men were shot and killed on Sunday, deputies said. They were "
            "identified as Ned Ames, 41, and Cal Pembry, 28. Deputies arrested Lon Pruitt, 30, and charged him "
            "with murder. ")
    rep = report_of(tmp_path, {
        "a.txt": head + "Deputies found Ames dead in Pruitt's car on Elm Road.\n",
        "b.txt": head.replace("Two men killed", "Two dead after shooting") + "Ames was transported to an area "
                 "hospital with grave injuries, and was later pronounced deceased.\n"})
    (f,) = [f for f in rep["findings"] if f["subject"] == "death · place"]
    assert f["status"] == "differ" and "Ned Ames" in f["reason"] and "pronounced deceased" in f["reason"]


def test_where_the_victims_were_found_goes_before_where_the_police_were_called(tmp_path):
    # bench/places.py (390526, 290626): a welfare call's block and the block where eight were found
    # dead; not where one more victim was found ('a fourth victim was discovered')
    rep = report_of(tmp_path, {
        "a.txt": ("Eight found dead in home\n\nEight people were found dead on Sunday, deputies said. Deputies were "
                  "sent to the 2100 block of Falling Oaks Road for a welfare check. Deputies found eight people "
                  "dead inside a home in the 2200 block of Falling Oaks Road.\n"),
        "b.txt": ("Three wounded in shooting\n\nThree men were shot on Sunday night, police said. Officers responded "
                  "to the 1600 block of West 205th Street and found two wounded men. A third victim was "
                  "discovered near Elm Avenue and Oak Street.\n")})
    a, b = rep["accounts"]
    assert a["place"] == "2200 block of Falling Oaks Road"
    assert b["place"] == "1600 block of West 205th Street"


def test_a_victim_found_suffering_at_an_address_places_the_page_there(tmp_path):
    # careful reading round 329 (693798): 'was found suffering from multiple gunshot wounds at 30
    # Porter St.' (the fact reader's cue 'suffer'), the page's figures given for its town
    rep = report_of(tmp_path, {
        "a.txt": ("Man killed in Riverton\n\nA man was shot and killed in Riverton on Sunday, police said. The "
                  "victim was found suffering from multiple gunshot wounds at 30 Porter St.\n")})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("30 Porter St", "scene")


def test_a_block_written_with_a_capital_is_read(tmp_path):
    # careful reading round 326 (512274): 'the 2400 Block of Van Wedding Road', as a release writes
    # it, read no address, and the page stayed at its town
    rep = report_of(tmp_path, {
        "a.txt": ("Man wounded in Sunman\n\nA man was shot and wounded in Sunman on Sunday, deputies said. "
                  "Deputies were called to the 2400 Block of Van Wedding Road at 9 p.m.\n")})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("2400 Block of Van Wedding Road", "scene")


def test_they_recovering_from_minor_injuries_is_said_of_every_wounded(tmp_path):
    # careful reading round 326 (605367): four hurt 'are recovering from minor injuries' on one page,
    # one of them 'still critical' on another, each counting four wounded
    head = "Four hurt at drag race\n\nFour spectators were wounded when shots were fired at a drag race on Sunday. "
    rep = report_of(tmp_path, {
        "a.txt": head + "They are recovering from minor injuries, police said.\n",
        "b.txt": head.replace("Four hurt", "Four wounded") + "One man remains in critical condition.\n"})
    (f,) = [f for f in rep["findings"] if f["subject"] == "condition · every wounded"]
    assert f["status"] == "differ" and "minor injuries" in f["reason"] and "critical condition" in f["reason"]


def test_they_said_beside_a_grave_word_on_the_page_is_not_every_wounded(tmp_path):
    # a page that calls someone's wound grave is no calm side, whatever 'they' says
    head = "Four hurt at drag race\n\nFour spectators were wounded when shots were fired at a drag race on Sunday. "
    rep = report_of(tmp_path, {
        "a.txt": head + "One is in critical condition. They are recovering at a hospital with minor injuries.\n",
        "b.txt": head.replace("Four hurt", "Four wounded") + "One man remains in critical condition.\n"})
    assert not [f for f in rep["findings"] if f["subject"] == "condition · every wounded"]


def test_a_headline_place_cut_in_a_word_takes_the_whole_written_further_on(tmp_path):
    # careful reading round 330 (369410): a page title cut at its length ('... shot near 25th and
    # Br - WDRB'), the corner written whole in the lead
    rep = report_of(tmp_path, {
        "a.txt": ("Dispatcher says several people shot near 12th and Ma - WXYZ News\n\nDispatcher says several people "
                  "shot near 12th and Main early Sunday, police said.\n")})
    (a,) = rep["accounts"]
    assert a["place"] == "12th and Main"


def test_a_house_number_after_a_places_name_and_a_comma_is_an_address(tmp_path):
    # careful readings rounds 314 and 331 (657926, 693624): 'outside Cafe 54, 3135 West Broward
    # Blvd.' read no address, and the page was placed nowhere
    rep = report_of(tmp_path, {
        "a.txt": ("Two shot outside club\n\nTwo men were shot early Sunday outside Cafe 54, 3135 West Broward Blvd., "
                  "police said.\n")})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("3135 West Broward Blvd", "scene")


def test_a_church_or_a_meeting_after_a_comma_is_no_pages_place(tmp_path):
    # the comma's address (session 73) read a church readers were invited to and a café's coffee
    # meeting as a page's first house number (376113, 376702): a gathering's address is no scene
    rep = report_of(tmp_path, {
        "a.txt": ("Town mourns slain teen\n\nA teenager was shot and killed on Saturday, police said. Everyone was "
                  "invited to go to Sacred Heart Church, 66 Cottage St., for a prayer service.\n"),
        "b.txt": ("Police invite residents to talk\n\nA man was wounded in a shooting last week, police said. Officers "
                  "invite residents for coffee and conversation at a local café, the Ike Box, 299 Cottage St.\n")})
    for a in rep["accounts"]:
        assert "Cottage" not in (a["place"] or ""), a


def test_a_town_after_a_news_outlets_name_is_no_figures_place(tmp_path):
    # careful reading round 337 (454059): '9News in Denver reported that one officer ... are dead'
    # placed a live page at the station's city
    rep = report_of(tmp_path, {
        "a.txt": ("Gunman holed up in clinic\n\nA gunman opened fire at a clinic on Friday, police said. 9News in "
                  "Denver reported that one officer and one civilian are dead.\n")})
    (a,) = rep["accounts"]
    assert a["place"] != "Denver"
