"""Extraction on sentences written for these tests, with the real English pipeline."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import quantities_of


@pytest.mark.parametrize("text, expected", [
    ("The attack resulted in eight injuries.", [("eight", (8, 8, 8), "injured")]),
    ("Troops have been attacked 66 times since March.", [("66", (66, 66, 66), "attacks")]),
    ("The war has claimed the lives of more than 14,000 people.",
     [("more than 14,000", (14000, 14001, None), "killed")]),
    ("The gunman opened fire, killing four people and critically wounding two others.",
     [("four", (4, 4, 4), "killed"), ("two", (2, 2, 2), "injured")]),
    ("A man was shot dead outside the store.", [("A man", (1, 1, 1), "killed")]),
    ("The strike killed several militants.", [("several", (None, 3, 9), "killed")]),
    ("Police arrested three men on Friday.", [("three", (3, 3, 3), "arrested")]),
    ("The storm left at least 3 people dead.", [("at least 3", (3, 3, None), "killed")]),
    ("The blasts have wounded nearly 40, officials said.", [("nearly 40", (40, 30, 40), "injured")]),
    ("No injuries were reported.", [("No injuries", (0, 0, 0), "injured")]),
])
def test_quantities(nlp, text, expected):
    got = [(t, tuple(v), m) for t, v, m in quantities_of(nlp, text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "The meeting took place on Oct. 17, 2023 at 11:30 p.m.",
    "Smith, 45, lives on Route 66 in a 1990 house.",
    "She was born in 1984 and is 39 years old.",
])
def test_dates_years_times_and_ages_are_not_quantities(nlp, text):
    assert quantities_of(nlp, text) == []


def test_scope_place_and_time(nlp):
    doc = nlp("Since Oct. 17, troops have been attacked 66 times – 32 in Iraq and 34 in Syria.")
    qs = {doc.text[q["start"]:q["end"]]: q for q in doc._.quantities}
    assert qs["32"]["place"] == "Iraq" and qs["34"]["place"] == "Syria"
    assert qs["66"]["place"] is None
    assert all("Oct. 17" in q["time"] for q in qs.values())
    assert all(q["measure"] == "attacks" for q in qs.values())


def test_scope_excludes_contrasting_clause_and_inherits(nlp):
    text = ("Since Oct. 17, troops have been attacked 66 times, the spokesman said. "
            "Personnel have sustained approximately 62 injuries, but this does not include "
            "injuries from last night's attack.")
    doc = nlp(text)
    q = next(q for q in doc._.quantities if q["measure"] == "injured")
    assert "Oct. 17" in q["time"] and q["time_inherited"]


def test_direct_quote_speaker_follow_on_and_pronoun(nlp):
    text = ("Deputy spokeswoman Maria Lopez spoke on Monday.\n"
            "“We are reviewing every report from the region,” Lopez said.\n"
            "“We will publish the findings next week.”\n"
            "“Nothing is ruled out at this stage,” she added.")
    doc = nlp(text)
    qs = doc._.quotes
    assert [q["speaker"] for q in qs] == ["Maria Lopez"] * 3
    assert all(q["direct"] for q in qs)
    assert [q["cue"] for q in qs] == ["said", "said", "added"]
    for q in qs:
        assert text[q["start"]:q["end"]] and not text[q["start"]:q["end"]].startswith("“")


def test_indirect_quotes_and_according_to(nlp):
    text = ("The mayor, John Park, said the bridge would reopen in May. "
            "The road was closed for repairs, according to the transport ministry.")
    doc = nlp(text)
    by_cue = {q["cue"]: q for q in doc._.quotes}
    assert by_cue["said"]["speaker"] == "John Park" and not by_cue["said"]["direct"]
    assert "bridge would reopen" in text[by_cue["said"]["start"]:by_cue["said"]["end"]]
    assert "transport ministry" in by_cue["according to"]["speaker"]


def test_unresolvable_pronoun_is_null(nlp):
    doc = nlp("“The figures are wrong,” she said.")
    assert doc._.quotes[0]["speaker"] is None


def test_roles(nlp):
    text = ("Pentagon spokesman Brigadier General Pat Ryder spoke first. "
            "Later, Sabrina Singh, the deputy Pentagon press secretary, answered questions.")
    doc = nlp(text)
    roles = {r["person"]: r["title"] for r in doc._.roles}
    assert roles["Pat Ryder"] == "Pentagon spokesman Brigadier General"
    assert roles["Sabrina Singh"] == "the deputy Pentagon press secretary" or \
        roles["Sabrina Singh"] == "deputy Pentagon press secretary"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_valid_offsets(nlp, text):
    from reconcile.extract import claims
    from reconcile.ingest import boilerplate_spans
    from reconcile.records import Article

    art = Article(id="x", path="x.txt", text=text, masked=boilerplate_spans(text))
    from reconcile.nlp import masked_text

    doc = nlp(masked_text(art))
    for c in claims(art, doc):
        assert 0 <= c.start < c.end <= len(text)
        assert c.text == text[c.start:c.end]
        assert c.line >= 1


@pytest.mark.parametrize("text, speaker", [
    ("However, Rep. Stephen Lynch (D-Mass.) said the law does not require witnesses to appear.", "Stephen Lynch"),
    ("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
     "Mitch McConnell"),
    ("The debate went on.\n\n\"PENCE: Well, the question really should be why she invited him to the debate.\"", "Pence"),
])
def test_speakers_not_party_tags_or_numbers(nlp, text, speaker):
    doc = nlp(text)
    assert [q["speaker"] for q in doc._.quotes] == [speaker]


def test_a_share_of_voters_is_not_a_speaker(nlp):
    doc = nlp("A poll released in August found that 74 percent of likely voters said the senator should resign.")
    assert all(q["speaker"] != "74 percent" for q in doc._.quotes)


def test_pronoun_after_a_meeting_with_someone_else_stays_with_the_subject(nlp):
    text = ("“Attacks on our people are unacceptable,” Blinken said.\n\n"
            "During his meeting with Prime Minister Mohamed Shia al-Sudani, he asserted that his "
            "country would act.\n\n“We will take every necessary step,” he said.\n")
    doc = nlp(text)
    assert [q["speaker"] for q in doc._.quotes] == ["Blinken"] * 3
