"""Session 70: places and a difference that careful readings rounds 247-261 found missing or
wrong; each on sentences of our own, end to end on the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import findings_of, report_of
from reconcile.facts import _died_where


def test_a_page_placed_nowhere_else_takes_its_datelines_town(tmp_path):
    # careful readings rounds 247-253: pages under 'SUNRIVER', 'MESA', 'WELLSTON' datelines that
    # name no block, street or town of the shooting were placed nowhere; the dateline's town
    # places them, and for the event's place yields to another page's own first block
    rep = report_of(tmp_path, {
        "a.txt": ("Man killed in late-night shooting\n\nMARLOWE (AP) — A man was shot and killed late Sunday, "
                  "police said.\n\nOfficers found him in a parked car.\n"),
        "b.txt": ("Man killed in Sunday shooting\n\nMARLOWE (AP) — A man was shot and killed late Sunday, police "
                  "said.\n\nNo arrests have been made.\n"),
        "c.txt": ("Man shot dead, police say\n\nA man was shot and killed late Sunday.\n\nHe and a friend were "
                  "outside about 11 p.m. in the 100 block of North Mayfield Avenue when a dark SUV drove up, "
                  "police said.\n")})
    places = {a["source"]: (a["place"], a["place_how"]) for a in rep["accounts"]}
    assert places["a"] == ("Marlowe", "dateline")
    assert places["c"] == ("100 block of North Mayfield Avenue", "page")
    # two datelines' town against one page's block: the block, the weak place that says more
    assert rep["event"]["place"] == "100 block of North Mayfield Avenue"


def test_a_town_the_shooting_was_outside_of_is_no_place_a_state_gives_way_to(tmp_path):
    # careful reading round 250: a page placed 'Georgia' by its headline gave way to 'Atlanta'
    # from 'on a quiet street outside Atlanta', under a suburb's dateline
    rep = report_of(tmp_path, {
        "a.txt": ("Three people shot dead in Georgia\n\nPINEHAVEN, Ga. (AP) — A man shot and killed three people "
                  "on a quiet street outside Atlanta on Sunday, police said.\n")})
    (a,) = rep["accounts"]
    assert (a["place"], a["place_how"]) == ("Pinehaven", "dateline")


def test_a_persons_surname_read_as_a_place_places_no_page(tmp_path):
    # careful reading round 250: 'fired at <surname> and wounded him', the surname read by the
    # recogniser as a town, placed a page and the event at the wounded man's name
    rep = report_of(tmp_path, {
        "a.txt": ("Man wounded Friday\n\nTomas Brayford, 40, was shot and wounded Friday night, deputies said.\n\n"
                  "Deputies said a man fired at Brayford and wounded him.\n")})
    assert rep["accounts"][0]["place"] != "Brayford"
    assert rep["event"]["place"] != "Brayford"


def test_a_block_the_family_returned_to_before_the_shooting_places_no_page(tmp_path):
    # careful reading round 254: 'returned to a home in the 300 block of ...' before driving off to
    # the park where the shooting happened placed the page at the home
    rep = report_of(tmp_path, {
        "a.txt": ("Two boys shot in park\n\nTwo boys were shot and wounded on Sunday, police said.\n\nThe family "
                  "returned to a home in the 300 block of Ash Lane, and the father later drove the boys away in his "
                  "car.\n")})
    assert rep["accounts"][0]["place"] is None or "Ash" not in rep["accounts"][0]["place"]


def test_the_sole_dead_at_the_scene_against_at_a_hospital_is_a_difference(tmp_path):
    # careful readings (rounds 4-251, about five folders): one outlet's victim pronounced dead at
    # the scene, another's taken to a hospital where he died
    rep = report_of(tmp_path, {
        "a.txt": ("Man shot dead on Elm Street\n\nA man was shot and killed on Elm Street on Sunday night, police "
                  "said. He was pronounced dead at the scene.\n"),
        "b.txt": ("Man dies after Elm Street shooting\n\nA man was shot and killed on Elm Street on Sunday night, "
                  "police said. He was taken to Mercy Hospital, where he died.\n")})
    (f,) = findings_of(rep, kind="fact", measure="died")
    assert f["status"] == "differ" and "dead at the scene" in f["reason"] and "Hospital, where he died" in f["reason"]


def test_two_dead_at_the_scene_against_at_a_hospital_is_no_such_difference(tmp_path):
    # with two dead, one may have died at the scene and the other at a hospital
    rep = report_of(tmp_path, {
        "a.txt": ("Two men shot dead on Elm Street\n\nTwo men were shot and killed on Elm Street on Sunday night, "
                  "police said. Both were pronounced dead at the scene.\n"),
        "b.txt": ("Two men die after Elm Street shooting\n\nTwo men were shot and killed on Elm Street on Sunday "
                  "night, police said. They died at Mercy Hospital.\n")})
    assert findings_of(rep, kind="fact", measure="died") == []


def test_where_a_sentence_says_the_victim_died():
    assert _died_where("The boy was shot in the face and died instantly, the station said.")[0] == "scene"
    assert _died_where("He was dead when officers arrived.")[0] == "scene"
    assert _died_where("The victim was taken to the hospital where he died of his injuries.")[0] == "hospital"
    assert _died_where("He was pronounced dead at Oak Lawn Medical Center.")[0] == "hospital"
    assert _died_where("He died after being rushed to a trauma center.")[0] == "hospital"
    # careful reading round 257: 'found dead' and 'later pronounced deceased' after a ride to a hospital
    assert _died_where("Officers found the man dead inside a car on Elm Street.")[0] == "scene"
    assert _died_where("He was transported to an area hospital and was later pronounced deceased.")[0] == "hospital"
    # neither: in lower-case words before 'hospital', doubted, the gunman's, another year (on
    # the way is a third place since session 72: tests/test_s72_rows.py)
    assert _died_where("He died in a car en route to a hospital.") is None
    assert _died_where("It was not clear whether he died at the scene.") is None
    assert _died_where("The gunman was pronounced dead at the scene.") is None
    assert _died_where("In 2012 a man died at the scene of a crash there.") is None
    # both in one sentence say nothing
    assert _died_where("One died at the scene and the other died at Mercy Hospital.") is None


@given(st.text(max_size=200))
def test_the_words_a_death_place_is_read_from_are_the_sentences_own(text):
    told = _died_where(text)
    assert told is None or (told[0] in ("scene", "hospital", "en route") and " ".join(text.split()).find(told[1]) >= 0)


def test_the_case_against_someone_dismissed_is_a_charge_dropped(tmp_path):
    # careful reading round 251: a boy charged on two pages and 'the case against' him dismissed
    # on a later one was no difference; it is charges dropped, as 'dismissed the charges' is
    rep = report_of(tmp_path, {
        "a.txt": ("Boy, 11, charged in shooting\n\nAn 11-year-old boy was charged with manslaughter on Monday in the "
                  "shooting death of a 3-year-old girl, prosecutors said.\n"),
        "b.txt": ("Judge ends case against boy\n\nA 3-year-old girl was shot and killed in March. A judge on Friday "
                  "dismissed the case against the 11-year-old boy, his lawyer said.\n")})
    (f,) = findings_of(rep, kind="fact", measure="charged")
    assert "dropped" in f["reason"] and "dismissed the case against" in f["reason"]


def test_superscript_digits_are_no_numbers_the_readers_choke_on(nlp):
    # hypothesis (tests/test_properties.py) found a text with a superscript two before a number
    # crashing the age reader ('²'.isdigit() is true, int('²') fails); digits are read only where
    # int() reads them
    doc = nlp("² 0 was shot, and a man, ³, was hurt on Elm Street on ⁴ May.")
    assert doc._.persons is not None


def test_a_page_placed_nowhere_else_takes_the_town_its_sentence_of_the_shooting_names(tmp_path):
    # careful reading round 253: 'the home in Cooper City where the shooting happened' and 'The
    # incident happened in the woods behind his home in Graysville' placed no page
    rep = report_of(tmp_path, {
        "a.txt": ("Boy, 6, wounded by a gun he found\n\nA 6-year-old boy was wounded on Sunday after he found a "
                  "loaded pistol, deputies said.\n\nThe shooting happened just after 4 p.m. in Alder Bay, the "
                  "sheriff said.\n"),
        "b.txt": ("Teen hurt by a relative's gun\n\nA teenager was wounded on Sunday, deputies said.\n\nThe boy "
                  "lives at the home in Glenwood where the shooting happened.\n")})
    places = {a["source"]: (a["place"], a["place_how"]) for a in rep["accounts"]}
    assert places["a"] == ("Alder Bay", "town")
    assert places["b"] == ("Glenwood", "town")


def test_a_part_of_the_town_may_stand_before_the_town_the_shooting_happened_in(tmp_path):
    # careful reading round 260: 'The Reno Police Department ... occurred in downtown Reno' placed
    # no page (a part of the town between; the town's first mention in the sentence another's)
    rep = report_of(tmp_path, {
        "a.txt": ("Three hurt in shooting\n\nThree people were wounded on Saturday night, police said.\n\nThe Glenwood "
                  "police said the shooting occurred in downtown Glenwood, near a bar.\n")})
    assert (rep["accounts"][0]["place"], rep["accounts"][0]["place_how"]) == ("Glenwood", "town")


@pytest.mark.parametrize("street, block", [
    # careful reading round 253: 'Eastman Road' beside '2500 block of North Eastman Road'
    ("Elm Road", "2500 block of North Elm Road"),
    # round 256: a numbered street, '4th Street' beside '1500 block of 4th Street'
    ("4th Street", "1500 block of 4th Street"),
    # rounds 259-260: a block written without its street word ('13000 block of Kilbourne')
    ("Elm Road", "2500 block of Elm"),
])
def test_the_events_street_alone_takes_a_pages_block_of_it(tmp_path, street, block):
    # two pages' figures on the street alone, a third page's block of it: the event's place the block
    said = f"A man was shot and wounded on {street} on Friday night, police said.\n"
    rep = report_of(tmp_path, {
        "a.txt": f"Man wounded on {street}\n\n{said}",
        "b.txt": f"Man wounded on {street}\n\n{said}",
        "c.txt": ("Man hurt in shooting\n\nA man was hurt in a shooting on Friday night.\n\nHe was sitting on a porch in "
                  f"the {block} when a car drove by, police said.\n")})
    assert rep["event"]["place"] == block


def test_a_dateline_before_a_spaced_hyphen_is_read_and_a_hyphened_town_is_not(nlp):
    # careful reading round 252: 'CLEVELAND - A man ...' placed no page; 'WILKES-BARRE' is one
    # town's name, no dateline 'WILKES' before a hyphen
    def datelines(text):
        return [text[d["start"]:d["end"]] for d in nlp(text)._.facts if d["attr"] == "town" and d["hedge"] == "dateline"]

    assert datelines("Man shot\n\nCLEVELAND - A man was shot on Sunday, police said.\n") == ["CLEVELAND"]
    assert datelines("Man shot\n\nWILKES-BARRE - A man was shot on Sunday, police said.\n") == []
    assert datelines("Man shot\n\nBRENTHAVEN, Ala. (AP) A man was shot on Sunday.\n") == ["BRENTHAVEN"]
