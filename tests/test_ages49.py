"""Ages a described person lends to the one named participant (session 33, careful reading round
49): not the age of someone beside them ('talked with a 42-year-old tenant'), nor of a person in another
incident the article dates to a year. Sentences of our own, about invented shootings."""

from __future__ import annotations

import pytest


def _ages(nlp, text: str) -> dict:
    return {p["name"]: p.get("age") for p in nlp(text)._.persons}


RECALLED = ("Boy dies in hunting accident\n\n"
            "A Birch County boy died on Friday when a rifle went off in his home, deputies said.\n\n"
            "Sam R. Kolb, a freshman at Elm High School, died before medics arrived.\n\n"
            "The sheriff said he was reminded of a June 2004 accident in which a teenager fatally "
            "wounded his 15-year-old cousin with a bow while the two were hunting deer.\n")


def test_a_recalled_incident_dated_to_a_year_lends_no_age(nlp):
    assert _ages(nlp, RECALLED)["Sam R. Kolb"] is None
    # the same sentence undated: the 15-year-old may be the boy the article names
    undated = RECALLED.replace("a June 2004 accident in which a teenager fatally wounded his 15-year-old "
                               "cousin with a bow while the two were hunting deer", "how a 15-year-old died")
    assert _ages(nlp, undated)["Sam R. Kolb"] == 15


@pytest.mark.parametrize("text, age", [
    ("A woman died after she was shot inside an apartment on Elm Court on Sunday. Police identified her as Ada "
     "Pell. Detectives hope to question a neighbor, and they talked with a 42-year-old tenant of the floor above.", None),
    ("A woman died after she was shot inside an apartment on Elm Court on Sunday. Police identified her as Ada "
     "Pell. Detectives said the 42-year-old was shot once in the chest.", 42),
])
def test_someone_with_the_victim_lends_no_age(nlp, text, age):
    assert _ages(nlp, text)["Ada Pell"] == age
