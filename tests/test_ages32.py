"""Ages of people described without a name given to a named one by elimination (persons.py
:func:`_unnamed`), on sentences written for these tests (the real English pipeline)."""

from __future__ import annotations


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_victims_described_together_leave_a_described_suspects_age_alone(nlp):
    text = ("Gunfire erupted at a fair on Sunday. Four more guests were wounded, including a man "
            "who later died in a hospital. Agents said no tie between the 31-year-old suspect and "
            "any group was found. The suspect, Orrin Vale, was killed by officers.")
    assert people(nlp, text)["Orrin Vale"]["age"] == 31


def test_one_described_as_hurt_lends_no_age_to_one_named_as_dead(nlp):
    text = ("Deputies have not been able to speak with a 17-year-old who was wounded in the shooting "
            "that killed a baby boy. Remy Alton, the baby, died at a hospital.")
    got = people(nlp, text)["Remy Alton"]
    assert got["outcome"] == "killed" and got["age"] is None
