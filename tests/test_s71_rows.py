"""Session 71: places and citations that careful readings rounds 252-273 found missing or
wrong; each on sentences of our own, end to end on the real model."""

from __future__ import annotations

import pytest

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
