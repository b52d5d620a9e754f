"""A death a page dates to another case in its own sentence (data/accounts.json
``dated_case``): a year written with the case's noun, or a sentence opened by a span of time
before now. Sentences written for these tests (session 29, r40fix)."""

from __future__ import annotations

from conftest import one_article_tolls as _account

YARD = ("Boy, 9, hurt by stray bullet in Millbrook\n\nA 9-year-old boy was hurt by a stray bullet "
        "Sunday evening while he played in the yard of his home on Quarry Road in Millbrook, police said.\n\n"
        "He was taken to Millbrook Children's Hospital and is expected to recover.\n\n"
        "Officers were still looking for the shooter on Monday.\n\n"
        "The shooting Sunday evening happened two blocks from a March 2016 shooting that left a "
        "grocer dead.\n\nNeighbors said they want more patrols.\n")


def test_a_death_in_a_case_dated_by_its_year_is_another_case(tmp_path):
    t = _account(tmp_path, "year", YARD)
    assert t.get("killed") is None and t["injured"] == (1, 1)


def test_a_death_in_a_sentence_opened_by_years_ago_is_another_case(tmp_path):
    # told in the lead, where a page's paragraphs may run into one line
    ago = YARD.replace("police said.\n\n", "police said. Two years ago a grocer was shot dead two blocks away. ")
    assert _account(tmp_path, "ago", ago).get("killed") is None


def test_a_death_of_the_event_dated_by_no_other_year_still_counts(tmp_path):
    died = YARD.replace("and is expected to recover", "where he died late Sunday").replace(
        "The shooting Sunday evening happened two blocks from a March 2016 shooting that left a "
        "grocer dead.", "A second boy, 12, was also killed in the shooting.")
    assert _account(tmp_path, "died", died).get("killed") is not None
