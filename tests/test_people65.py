"""A list of the hurt or the dead opened by its participle, 'Injured were A, B and C' (session
45, people65): the parser makes the participle the subject, and where it opens a paragraph the
tagger calls it a name; or it hangs the names on the auxiliary of a passive written inverted
('Killed were A and B'). Either way the people listed are victims with that outcome. Sentences
of our own, on the real model."""

from __future__ import annotations


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_injured_were_opening_a_paragraph(nlp):
    text = ("Gunfire broke out at a crowded backyard cookout on Elm Avenue late Friday, officers "
            "said.\n\nInjured were Tom Baker, Ann Lee, Rob Smith, and Jim Cole.\n\nNo arrests "
            "have been made.")
    got = people(nlp, text)
    assert {n: (p["role"], p["outcome"]) for n, p in got.items()} == {
        n: ("victim", "injured") for n in ("Tom Baker", "Ann Lee", "Rob Smith", "Jim Cole")}


def test_killed_were_with_the_names_on_the_auxiliary(nlp):
    got = people(nlp, "Shooting on Birch Road\n\nTwo people died.\n\nKilled were Tom Baker and Ann Lee.\n")
    assert {n: (p["role"], p["outcome"]) for n, p in got.items()} == {
        "Tom Baker": ("victim", "killed"), "Ann Lee": ("victim", "killed")}


def test_a_name_after_a_verb_that_is_no_casualty_gets_no_victim_role(nlp):
    got = people(nlp, "Shooting on Birch Road\n\nTwo people died.\n\nQuestioned were Tom Baker and Ann Lee.\n")
    assert all(p["role"] != "victim" for p in got.values())
