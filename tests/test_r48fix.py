"""Readings fixed in session 33 (r48fix) after careful reading round 48: a death's clock time
and weekday set against another page's, dates written with their weekdays that do not fit
one calendar, a name run into its age, a count broken down after a colon, and a police dog
among the wounded against no officers hurt. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls, findings_of, report_of

# ---------------------------------------------------------------- two pages' weekday-dates

KEPT = ("Hunter hurt by own rifle near Ashby\n\n"
        "A hunter was shot in the thigh by his own rifle near Ashby. He was in fair condition Thursday "
        "morning, March 3, at a clinic in Ashby, deputies said.\n")
TOLD = ("Hunter wounded near Ashby\n\n"
        "Deputies said a hunter was shot in the thigh near Ashby on Friday afternoon, March 3. "
        "The rifle went off as he climbed a fence.\n")


def _date_rows(rep: dict) -> list[dict]:
    return findings_of(rep, kind="fact", subject="date · weekday")


def test_two_pages_weekday_dates_that_fit_no_calendar_differ(tmp_path):
    rows = _date_rows(report_of(tmp_path, {"a.txt": KEPT, "b.txt": TOLD}))
    assert len(rows) == 1 and rows[0]["status"] == "differ"
    assert "March 3" in rows[0]["reason"] and "Friday" in rows[0]["reason"]
    # a day later and a weekday later fit: no row
    fits = TOLD.replace("Friday afternoon, March 3", "Friday afternoon, March 4")
    assert _date_rows(report_of(tmp_path / "x", {"a.txt": KEPT, "b.txt": fits})) == []
    # the years told apart: another year's date says nothing of this one's calendar
    years = TOLD.replace("March 3.", "March 3, 2011.")
    assert _date_rows(report_of(tmp_path / "y", {"a.txt": KEPT.replace("March 3,", "March 3, 2016,"),
                                                 "b.txt": years})) == []


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


# ---------------------------------------------------------------- a police dog

DOG = ("Robber who shot police dog found dead\n\n"
       "A robbery suspect who fired at officers behind a diner in Hale was found dead Friday. "
       "The K-9 officer was grazed in a hind leg and should heal.\n")
NONE_HURT = ("Robbery suspect found dead in Hale\n\n"
             "A robbery suspect who fired at officers behind a diner in Hale was found dead Friday. "
             "Police said no officers were injured.\n")


def _injured_rows(rep: dict) -> list[dict]:
    return [f for f in findings_of(rep, measure="injured") if f["status"] in ("differ", "conflict")]


def test_a_police_dog_hurt_is_no_difference_with_no_officers_hurt(tmp_path):
    rep = report_of(tmp_path, {"a.txt": DOG, "b.txt": NONE_HURT})
    # the registry lists the dog among the wounded: the figure stays, the row goes
    assert account_tolls(rep, "a")["injured"] == (1, 1)
    assert _injured_rows(rep) == []
    # an officer is a person: a wounded officer against 'no officers were injured' differs
    human = report_of(tmp_path / "x", {"a.txt": DOG.replace("The K-9 officer", "An officer"), "b.txt": NONE_HURT})
    assert len(_injured_rows(human)) == 1
