"""Session 71: places and citations that careful readings rounds 252-273 found missing or
wrong; each on sentences of our own, end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import report_of
from reconcile.facts import _charge_names, _page_charges
from reconcile.records import Claim


def _datelines(nlp, text: str) -> list[str]:
    return [text[d["start"]:d["end"]] for d in nlp(text)._.facts if d["attr"] == "town" and d["hedge"] == "dateline"]


@pytest.mark.parametrize("text, town", [
    # the parser opens a sentence at the second word of a two-word town ('FORT WORTH -', 'SAN
    # ANTONIO -' on gva-dev): the dateline is still the line's first words, before its mark
    ("Man shot\n\nPORT ELLSWORTH - A man was shot on Sunday, police said.\n", "PORT ELLSWORTH"),
    ("Teen's death\n\nGRANT COUNTY, OK (KXYZ)- A man, 23, has been arrested in connection with the murder "
     "of a teen, 15.\n", "GRANT COUNTY"),
])
def test_a_two_word_dateline_the_parser_splits_is_read_whole(nlp, text, town):
    assert _datelines(nlp, text) == [town]


def test_a_charges_row_cites_the_charge_not_the_dateline_before_it():
    # 754403: a dateline's county read over two of the parser's sentences ('GRANT' | 'COUNTY,
    # OK- Two men are facing ...') gives the town claim a sentence of its own, both joined, that
    # names the charges; the row cites the charge from the sentence within it
    body = "COUNTY, OK- Two men are facing first-degree murder charges in connection to the killing of a teen."
    town = Claim(id="b:fact1", source="b", path="b.txt", kind="fact", start=2, end=14, text="GRANT COUNTY",
                 sentence="GRANT " + body, line=3, measure="town", hedge="dateline")
    held = Claim(id="b:fact2", source="b", path="b.txt", kind="fact", start=44, end=77,
                 text="facing first-degree murder charges", sentence=body, line=3, measure="custody", group="charged")
    keys, first, _, _ = _page_charges([town, held], _charge_names())
    assert "murder" in keys and first is held


def test_one_street_written_three_ways_outvotes_another_pages_address(tmp_path):
    # round 269 (778743): a page's house number on one street beside three pages' corner of
    # the next street, each written its own way; the event is at the corner the three give
    def page(where):
        return (f"Man wounded in shooting\n\nA man was shot and wounded on Friday night at {where}, police "
                "said.\n\nHe was taken to a hospital.\n")
    rep = report_of(tmp_path, {
        "a.txt": page("183 East 54th Street"),
        "b.txt": page("E. 55th St. near Lenox Road"),
        "c.txt": page("East 55th Street near Lenox Road"),
        "d.txt": page("East 55th St. and Lenox Road")})
    places = sorted(a["place"] or "" for a in rep["accounts"])
    assert len(set(places)) == 4, places
    assert "55th" in rep["event"]["place"]


def test_a_pages_own_block_of_the_shooting_goes_before_the_town_its_figures_are_given_for(tmp_path):
    # careful readings rounds 270-273: pages placed at 'Houston', 'Washington', 'Austin' (the
    # town their figures are given for) though they name the block where the shooting happened
    rep = report_of(tmp_path, {
        "a.txt": ("Two men wounded in Houston shooting\n\nTwo men were wounded in a shooting in Houston on Sunday "
                  "night, police said.\n\nThe shooting happened in the 6000 block of Elm Street, officers said.\n")})
    assert (rep["accounts"][0]["place"], rep["accounts"][0]["place_how"]) == ("6000 block of Elm Street", "scene")


def test_a_building_located_at_an_address_is_no_police_response(nlp):
    # session 71: a vigil's square and a funeral's church 'located at' an address were read as
    # the police response's address, and so placed pages at them
    def moments(text):
        return [(text[d["start"]:d["end"]].rstrip("."), d["moment"]) for d in nlp(text)._.facts if d["attr"] == "address"]

    assert moments("Vigil set\n\nA vigil will be held at noon at Elm Square, located at 1600 Pine Avenue in the city.\n") == [
        ("1600 Pine Avenue", "other")]
    assert moments("Funeral set\n\nThe church is located at 7700 Elm Road in the city.\n") == [("7700 Elm Road", "other")]
    assert moments("Man found shot\n\nOfficers located the victim in the 200 block of Elm Street.\n") == [
        ("200 block of Elm Street", "response")]
