"""Rows of the people table and the arrested toll read in session 33 (rows49, careful reading
round 48): an arrest only tried or failed is no arrest; a 'murder/suicide' lead tells its
killer dead as a 'murder-suicide' one does; a described suspect's own death or wound is the
named suspect's. Sentences of our own, about invented shootings."""

from __future__ import annotations

from reconcile.data import load


def people(nlp, text: str) -> dict:
    return {p["name"]: p for p in nlp(text)._.persons}


def _row(got: dict, name: str) -> tuple:
    return got[name]["role"], got[name]["outcome"]


def test_an_arrest_tried_or_failed_leaves_the_suspect_sought(nlp):
    got = people(nlp, "Police said Dario Quell, 15, was a suspect in a robbery nearby. Quell raised a pistol "
                      "when officers tried to arrest him, and an officer fired.")
    assert _row(got, "Dario Quell") == ("suspect", "unharmed")
    got = people(nlp, "Troopers made an attempt to detain Paulo Brisk, 27, but he drove off.")
    assert _row(got, "Paulo Brisk") == ("suspect", "unharmed")
    got = people(nlp, "Ivan Rusk, 41, ran into the woods, and deputies were unable to apprehend him.")
    assert _row(got, "Ivan Rusk")[1] != "arrested"


def test_an_arrest_made_is_still_an_arrest(nlp):
    assert _row(people(nlp, "Officers were able to arrest Ines Varga, 33, after a short chase."),
                "Ines Varga") == ("suspect", "arrested")
    assert _row(people(nlp, "Police arrested Tomas Radwell, 40, on Friday."), "Tomas Radwell") == ("suspect", "arrested")


def test_the_unrealised_arrest_example(nlp):
    d = load("persons")["unrealised_arrest"]
    doc = nlp(d["example"])
    assert any(t.lemma_.lower() in d["lemmas"] for t in doc)


MURDER_SUICIDE = ("Orchard town shaken after murder/suicide\n\n"
                  "Residents of Orchard were in shock on Monday after a family was found dead at a farmhouse.\n\n"
                  "Deputies said Lyle Garnet, 52, shot his wife and his brother inside the house, then shot himself "
                  "in the head.\n")


def test_a_murder_slash_suicide_lead_tells_the_killer_dead(nlp):
    assert _row(people(nlp, MURDER_SUICIDE), "Lyle Garnet") == ("suspect", "killed")
    tried = MURDER_SUICIDE.replace("after murder/suicide", "after attempted murder/suicide")
    assert _row(people(nlp, tried), "Lyle Garnet")[1] != "killed"


def test_a_named_suspect_later_found_dead_as_the_suspect_is_dead(nlp):
    got = people(nlp, "The suspect, later identified as 19-year-old Owen Pratt of Elkton, ran into the woods. "
                      "Two days later the suspect was found dead beside a creek.")
    assert _row(got, "Owen Pratt") == ("suspect", "killed")
    got = people(nlp, "Police said Owen Pratt, 19, robbed the store. The suspect was shot by a deputy and taken to "
                      "a hospital.")
    assert _row(got, "Owen Pratt") == ("suspect", "injured")
    got = people(nlp, "The suspect, later identified as 19-year-old Owen Pratt of Elkton, ran into the woods. "
                      "Two days later the suspect was found hiding beside a creek.")
    assert _row(got, "Owen Pratt")[1] not in ("killed", "injured")
