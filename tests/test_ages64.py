"""A generational suffix inside a list of names that shares one age or a list of ages (session
44, jr64, issue 13): 'A Jr. and B, both 31' gives both 31, where the suffix between the first
name and 'and' used to stop the walk back over the list, so the first name had no age.
Sentences of our own, about invented shootings."""

from __future__ import annotations

import pytest


def _ages(nlp, text: str) -> dict:
    return {p["name"]: p["age"] for p in nlp(text)._.persons}


@pytest.mark.parametrize("suffix", ["Jr.", ", Jr."])
def test_both_after_a_suffixed_name(nlp, suffix):
    text = f"Police identified the men who were killed as Darnell Pike {suffix} and Tobias Wren, both 31, of Dayton."
    text = text.replace(" ,", ",")
    assert _ages(nlp, text) == {"Darnell Pike": 31, "Tobias Wren": 31}


@pytest.mark.parametrize("suffix", ["Sr.", "III"])
def test_a_suffix_the_parser_heads_the_name_on(nlp, suffix):
    # the recogniser calls 'Darnell Pike Sr.' an organisation and the parser hangs 'Pike' on the
    # suffix as a modifier: the run of the name still takes in the surname, and the person is
    # read (with the suffix, as a lone 'Darnell Pike Sr. was killed' is), age and all
    text = f"The men killed were Darnell Pike {suffix} and Tobias Wren, both 31."
    assert _ages(nlp, text) == {f"Darnell Pike {suffix}": 31, "Tobias Wren": 31}
    names = sorted(p["name"] for p in nlp(f"Police arrested Marcus Lee Hill {suffix} and Omar Tate on Friday.")._.persons)
    assert len(names) == 2 and names[0].startswith("Marcus Lee Hill") and names[1] == "Omar Tate"


def test_ages_after_a_suffixed_name(nlp):
    text = "Deputies arrested Carl Benning Jr. and Owen Trask, ages 22 and 19, on Monday."
    assert _ages(nlp, text) == {"Carl Benning": 22, "Owen Trask": 19}


def test_respectively_after_a_suffixed_name(nlp):
    text = "The wounded were Mara Lyle, Henry Doss Jr. and Ivy Cole, 16, 20 and 17, respectively."
    assert _ages(nlp, text) == {"Mara Lyle": 16, "Henry Doss": 20, "Ivy Cole": 17}
