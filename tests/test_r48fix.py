"""Readings fixed in session 33 (r48fix) after careful reading round 48: a death's clock time
and weekday set against another page's, dates written with their weekdays that do not fit
one calendar, a name run into its age, a count broken down after a colon, and a police dog
among the wounded against no officers hurt. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls, findings_of, report_of

# ---------------------------------------------------------------- a name run into its age

RUN = ("Woman killed on Pell Street\n\n"
       "Dana Rourke,31, of Elmwood died at the scene on Pell Street, police said. The gunman fled.\n")


def test_a_name_run_into_its_age_is_a_person_with_that_age(nlp, tmp_path):
    toks = [t.text for t in nlp.tokenizer("Dana Rourke,31, of Elmwood paid 1,000 dollars.")]
    assert toks[:5] == ["Dana", "Rourke", ",", "31", ","] and "1,000" in toks
    rep = report_of(tmp_path, {"a.txt": RUN})
    people = [c for c in rep["claims"] if c["kind"] == "person"]
    assert [(p["name"], p["age"]) for p in people] == [("Dana Rourke", 31)]


# ---------------------------------------------------------------- a count and its breakdown

COLON = ("Gunfire near Orchard Park\n\n"
         "Four people were shot: two women, a father and his teenage son. All of them were taken to hospitals, "
         "police said.\n")


def test_a_count_then_a_colon_and_its_members_is_the_same_count(tmp_path):
    (tmp_path / "f").mkdir()
    rep = report_of(tmp_path / "f", {"a.txt": COLON})
    assert account_tolls(rep, "a")["shot"] == (4, 4)
    assert account_tolls(rep, "a")["injured"] == (4, 4)
