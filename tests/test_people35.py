"""People and custody readings of session 26 (people35, issue 13): a full name the recognizer
missed beside a person's name is a second person; '19 y/o Name' gives an age; a described
'the 31-year-old' just after another person's name is not the named victim's age; 'with 58
deputies shot dead' counts the dead; a charge joined to a counted arrest counts no more
arrests; a release from a hospital or on bond no longer silences a custody sentence.
Sentences of our own."""

from __future__ import annotations

from functools import partial

from conftest import fact_moments as _facts
from conftest import quantities_of


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_two_names_coordinated_count_two_when_one_is_not_tagged_a_person(nlp):
    from reconcile.extract import victims

    doc = nlp("A clerk fatally shot Sterling Oakes and Dale Vane after they tried to rob him.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Sterling Oakes", "ORG"), ("Dale Vane", "PERSON")]
    assert victims.person_like(next(t for t in doc if t.text == "Oakes"))
    got = [(w, v, m) for w, v, m in quantities_of(nlp, doc.text) if m == "killed"]
    assert got and got[0][1][0] == 2


def test_an_age_written_y_o_before_a_name(nlp):
    text = ("Three people were hurt in a shooting in Milford on Friday. 19 y/o Lena Dutt was among "
            "the three hurt. Omar Fitch, 23, and Ray Lund were also hurt. RIP 22 yo Ray Lund")
    got = people(nlp, text)
    assert got["Lena Dutt"]["age"] == 19
    assert got["Ray Lund"]["age"] == 22


def test_a_described_age_right_after_another_name_is_not_the_victims(nlp):
    text = ("Relatives named the sailors slain after Ray Lund Tiller opened fire at a base in Dover. "
            "Officials have not found a motive for Tiller's rampage. The 31-year-old, who was raised in "
            "Dover, died in a shootout with deputies. Omar Fitch, a sailor from Milford, was among those "
            "the gunman killed, a family spokesman said.")
    assert people(nlp, text)["Omar Fitch"]["age"] is None


def test_people_shot_dead_after_with_are_dead(nlp):
    got = quantities_of(nlp, "The worst total came in 2009, with 58 deputies shot dead.")
    assert [(w, m) for w, _v, m in got] == [("58", "killed")]


def test_a_charge_joined_to_a_counted_arrest_is_no_more_arrests(nlp):
    got = quantities_of(nlp, "Three teenagers were arrested and two were charged with robbery.")
    assert [(w, m) for w, _v, m in got if m == "arrested"] == [("Three", "arrested")]
    # a charge told alone still counts those charged
    got = quantities_of(nlp, "Two men were charged with murder on Friday.")
    assert [(w, m) for w, _v, m in got] == [("Two", "arrested")]


def test_a_release_silences_custody_only_when_a_person_is_let_go(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("A patient was released from the hospital, and a suspect was arrested on Friday.") == [
        ("held", "arrested")]
    assert said("The uncle was charged with neglect and was released on bond.") == [("charged", "charged")]
    assert said("Police released the name of the man arrested on Friday.") == [("held", "arrested")]
    # a person let go: no arrest is read, but the release is (custody37: 'released')
    assert said("He was arrested Friday but was later released without charges.") == [("released", "released")]
    assert said("Officers detained a woman for questioning but later released her.") == [("released", "released")]


def test_a_relative_clause_tells_of_the_names_before_it_only(nlp):
    got = quantities_of(nlp, "Facing two counts of battery are Lyle Sample, 31, who was grazed on the hip, "
                             "and Sterling Oakes, 24.")
    assert [(w, v[1], m) for w, v, m in got if m in ("injured", "shot")] == [("Lyle Sample", 1, "injured")]


def test_a_capture_with_no_subject_after_a_video_holds_no_one(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Doorbell video was posted Tuesday that detectives said captured a woman who robbed two "
                "clerks near a diner.") == []


def test_a_release_leaves_a_denied_charge_standing(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("All three people detained after the shooting have been released, and they have not been "
                "charged.") == [("released", "released"), ("uncharged", "not been charged")]  # custody37: the release too


def test_an_arrest_in_a_video_headline_still_holds(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("VIDEO: Minor arrested in deadly shooting of 16-year-old girl") == [("held", "arrested")]


def test_a_release_into_custody_or_of_a_thing_leaves_the_arrest(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Both wounded brothers were patched up at a clinic and released into custody.") == [
        ("held", "into custody")]
    assert said("The names of the teens arrested are not being released, but will be released once they "
                "are formally charged.") == [("held", "arrested")]
    assert said("Two other men were detained and released.") == []


def test_a_count_told_of_a_past_year_is_no_stray_count():
    from reconcile.compare import _stray_not

    assert _stray_not().search("The worst total came in 2009, with 58 deputies shot dead.")
    assert not _stray_not().search("Police said 58 deputies were shot dead on Friday.")
