"""Review of session 42's merged work (review60): defects found with sentences of our own,
about invented shootings, each test failing before its fix."""

from __future__ import annotations

import pytest

from reconcile.compare import _marked
from reconcile.data import load
from conftest import persons_by_name


def test_a_withheld_name_of_another_keeps_the_described_victims_age(nlp):
    # persons.unnamed._name_withheld: the name kept back is the suspect's, not the boy's
    text = ("A 16-year-old boy died of his wounds near a Millbrook park on Friday. Detectives would not "
            "disclose the name of the suspect they arrested. The victim, Ty Brandt, was a sophomore.")
    assert persons_by_name(nlp, text)["Ty Brandt"]["age"] == 16
    told = text.replace("the name of the suspect they arrested", "the boy's name")
    assert persons_by_name(nlp, told)["Ty Brandt"]["age"] is None  # the boy's own name kept back


def test_a_suspects_withheld_name_keeps_the_soccer_stars_age(nlp):
    text = ("Police arrested a man on Friday after gunfire killed a 16-year-old soccer star near a park. "
            "The suspect's name was not released. The victim, Tad Imre, was a sophomore.")
    assert persons_by_name(nlp, text)["Tad Imre"]["age"] == 16


def test_the_marked_lines_read_match_their_examples(nlp):
    # data/compare.json marked_lines: the code reads 'caption', 'post' and 'photo_credit' (each on
    # its marking sentence); the entry's 'pattern', the only one checked against the example by
    # test_pattern_examples, was read by nothing
    d = load("compare")["marked_lines"]
    assert "pattern" not in d
    last = {k: list(nlp(d[k]).sents)[-1].text for k in ("example", "post_example", "photo_example")}
    assert _marked("caption").search(last["example"])
    assert _marked("post").search(last["post_example"])
    assert _marked("photo_credit").search(last["photo_example"])
    assert not any(_marked(k).search(d["example"]) for k in ("post", "photo_credit"))


@pytest.mark.parametrize("lead", ["Nearby", "Today", "Also", "Westbound"])
def test_a_word_before_a_closed_street_is_no_part_of_its_name(nlp, lead):
    # extract/streets.py construction 'closed' (tp60): the words before the street are not anchored
    # by a preposition, so a sentence's first word was read into the name ('nearby elm street')
    d = nlp(f"Two men were shot on Oak Avenue on Friday. {lead} Elm Street was closed for hours.")
    streets = [f["street"] for f in d._.facts if f.get("street") and f.get("moment") == "other"]
    assert streets == ["elm street"]
