"""Ages of people described without a name given to a named one by elimination (extract/persons/unnamed.py
:func:`_unnamed`), on sentences written for these tests (the real English pipeline)."""

from __future__ import annotations

import pytest

from conftest import findings_of


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


def test_the_one_unnamed_dead_of_each_source_is_compared_by_age(tmp_path):
    from conftest import check_json, news_folder

    body = ("\n\nThe shooting happened shortly after 9 p.m. on Birch Lane in Holloway, police said. Officers "
            "found the victims outside a laundromat.\n")
    body_b = ("\n\nHolloway police were called to Birch Lane around 9 o'clock Friday evening. Neighbours "
              "described hearing several shots; no arrests had been made by Saturday.\n")
    d = news_folder(tmp_path, {
        "a.txt": "One dead, two hurt in Holloway shooting" + body + "Gunfire left a 23-year-old man dead, and two "
                 "more men were hurt, officers said.\n",
        "b.txt": "Holloway shooting leaves one dead" + body_b + "A 25-year-old man was slain. Two more men "
                 "were treated for wounds at Mercy Hospital.\n",
    })
    rep = check_json(d)
    ages = findings_of(rep, kind="person", measure="age")
    assert [f["status"] for f in ages] == ["differ"]
    assert "23" in ages[0]["reason"] and "25" in ages[0]["reason"] and "one dead victim" in ages[0]["reason"]
    # a woman in one source and a man in the other: not known to be one person
    (d / "b.txt").write_text((d / "b.txt").read_text().replace("25-year-old man", "25-year-old woman"))
    assert not [f for f in check_json(d)["findings"] if f["kind"] == "person" and f["measure"] == "age"]


@pytest.mark.parametrize("text", [
    "A 19-year-old, later identified by the school district as Arlo Keene, was reported to have a gun when "
    "officers arrived.",
    "Officers found a woman shot on Monday. Walt Keene said the 19-year-old victim is his niece, Tessa Keene.",
    "Shots rang out on Elm Street. Police identified the 19-year-old victim as Nora Keene.",
])
def test_an_age_described_and_named_in_one_clause_is_the_names(nlp, text):
    got = [p for n, p in people(nlp, text).items() if n.split()[0] in ("Arlo", "Tessa", "Nora")]
    assert [p["age"] for p in got] == [19]


def test_a_suspect_word_with_an_age_however_tagged_describes_the_suspect(nlp):
    text = ("The 41-year-old accused in the deaths of three farm workers appeared before a judge "
            "on Tuesday. Dario Montes-Ruiz, the suspected shooter, often visited the house.")
    assert people(nlp, text)["Dario Montes-Ruiz"]["age"] == 41


def test_an_age_of_a_group_given_in_one_phrase_goes_to_no_named_member(nlp):
    text = ("When deputies arrived Sunday, they found 18-year-old Brad Cole and two other men, ages 15 and 27, "
            "had been shot. Cole died at a hospital. A 15-year-old boy was struck in the foot. Deputies later "
            "identified the other wounded man as Lyle Prentiss.")
    assert people(nlp, text)["Lyle Prentiss"]["age"] is None


def test_a_range_of_ages_is_no_group_of_ages(nlp):
    text = ("A gunman opened fire at a party early Sunday, killing Omar Bright, 27. Five others, aged 19 to 33, "
            "were treated for wounds. Carla Wexford was also shot, deputies reported. The 19-year-old was hit in her "
            "left foot.")
    assert people(nlp, text)["Carla Wexford"]["age"] == 19
    assert people(nlp, text.replace("aged 19 to 33", "aged 19 and 33"))["Carla Wexford"]["age"] is None
