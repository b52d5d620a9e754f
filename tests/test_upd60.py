"""Session 42, upd60 (issue 13, careful reading round 59: updates missed): one of several wounded
in a grave condition on a page that tells no death against a page that counts the same people hurt
with one of them dead after the wound (written from the even half). Sentences of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

HURT = ("Two hurt in home invasion\n\n"
        "Two people were injured in a home invasion on Elm Road early Friday. One of them is in critical "
        "condition, deputies said.\n")
DIED = ("Victim of Elm Road home invasion dies\n\n"
        "The victim who was shot in the home invasion on Elm Road on Friday has died, the coroner said.\n\n"
        "A second victim was wounded, deputies said.\n")  # (session 43: 'both victims' taken to the hospital
# counted the dead among the hurt through evt59's _victims_hurt_before_death, taken out under the halves rule)


def _died_rows(tmp_path, first: str = HURT, second: str = DIED) -> list[dict]:
    return findings_of(report_of(tmp_path, {"a.txt": first, "b.txt": second}),
                       subject="one of the wounded · outcome")


def test_one_of_two_critical_against_one_dead_and_one_hurt(tmp_path):
    (f,) = _died_rows(tmp_path)
    assert f["status"] == "differ"
    assert f["reason"].startswith("Update: 1 of 2 wounded in a grave condition, and no death told, in a.txt")
    assert "which counts 2 people hurt: wounded who died later" in f["reason"]


def test_no_grave_word_or_more_people_hurt_is_no_row(tmp_path):
    assert not _died_rows(tmp_path / "stable", first=HURT.replace("in critical condition", "in stable condition"))
    assert not _died_rows(tmp_path / "three", first=HURT.replace("Two", "Three"))


ACCIDENT = ("Man, 80, dies in accidental shooting at home\n\n"
            "A man of 80 was shot dead in his home on Oak Lane on Sunday. His nephew told officers the pistol went "
            "off by accident while he was cleaning it.\n")
MANSLAUGHTER = ("Nephew faces charge in Oak Lane death\n\n"
                "A man of 80 was shot dead in his home on Oak Lane on Sunday. Ned Pratt, 41, now faces a charge of "
                "manslaughter in the death, detectives said on Thursday.\n")


def _accident_rows(tmp_path, first: str = ACCIDENT, second: str = MANSLAUGHTER) -> list[dict]:
    return findings_of(report_of(tmp_path, {"a.txt": first, "b.txt": second}), subject="charges · accident")


def test_an_accident_told_against_a_manslaughter_charge(tmp_path):
    (f,) = _accident_rows(tmp_path)
    assert f["status"] == "differ"
    assert "the shooting told as an accident, no arrest or charge told (a.txt" in f["reason"]
    assert "a charge of manslaughter filed (b.txt" in f["reason"]


def test_a_page_speaking_of_charges_or_a_lesser_charge_is_no_row(tmp_path):
    coming = ACCIDENT.replace("while he was cleaning it.", "while he was cleaning it; prosecutors plan to charge him as an adult.")
    assert not _accident_rows(tmp_path / "coming", first=coming)
    lesser = MANSLAUGHTER.replace("a charge of manslaughter", "a charge of reckless endangerment")
    assert not _accident_rows(tmp_path / "lesser", second=lesser)


def test_a_victim_years_off_is_another_case_and_a_year_off_the_same(tmp_path):
    first = ACCIDENT.replace("A man of 80 was shot dead", "An 80-year-old man was shot dead")
    other = MANSLAUGHTER.replace("A man of 80 was shot dead", "A 6-year-old boy was shot dead")
    assert not _accident_rows(tmp_path / "other", first=first, second=other)
    near = MANSLAUGHTER.replace("A man of 80 was shot dead", "A 79-year-old man was shot dead")
    assert _accident_rows(tmp_path / "near", first=first, second=near)


def test_another_pages_other_person_does_not_hide_a_later_page_s_death(tmp_path):
    # b.txt's dead is the woman, not the man in critical condition (two people); c.txt's victim
    # may be him: the row stands on c.txt, whatever b.txt said before it
    man = HURT.replace("One of them is in critical condition, deputies said.",
                       "Deputies said the man is in critical condition.")
    woman = DIED.replace("The victim who was shot", "The woman who was shot")
    f = findings_of(report_of(tmp_path, {"a.txt": man, "b.txt": woman, "c.txt": DIED}),
                    subject="one of the wounded · outcome")
    assert len(f) == 1 and "dead in c.txt" in f[0]["reason"] and "b.txt" not in f[0]["reason"]
