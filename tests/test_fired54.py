"""Who fired at the event's sole victim, compared between sources (careful reading round 54
found it the most common missed circumstance): data/compare.json ``who_fired``. Sentences of
our own."""

from __future__ import annotations

from conftest import findings_of, report_of

from reconcile.data import load
from reconcile.facts import _fired_by

FIRED = "who fired · victim"


def test_what_a_sentence_tells_of_who_fired():
    d = load("compare")["who_fired"]
    one, other = d["example"].split(" (one outlet) ")
    assert _fired_by(one) == ("self", "shot himself")
    assert _fired_by(other.removesuffix(" (another)")) == ("other", "wounded in the thigh by his uncle")
    assert _fired_by(d["example_skip"]) is None  # a first report's word, superseded
    assert _fired_by("Deputies said the girl, 6, accidentally shoots self with a rifle.")[0] == "self"
    assert _fired_by("The wound was self-inflicted, the coroner's office said.")[0] == "self"
    assert _fired_by("The boy was shot in the hip by another 10-year-old, officials said.")[0] == "other"
    assert _fired_by("A grandfather accidentally shot his 5-year-old grandson on Sunday.")[0] == "other"
    assert _fired_by("Officers said he shot his younger sister while showing off the pistol.")[0] == "other"
    # the passive with an emphatic pronoun, an officer who fired, a question, a denial, a quote, a year
    assert _fired_by("The neighbor ran to help and was shot himself.") is None
    assert _fired_by("The gunman was shot by a deputy near his son.") is None
    assert _fired_by("Who shot the boy, and did he shoot himself?") is None
    assert _fired_by("Detectives ruled out that the teen shot himself.") is None
    assert _fired_by('"He shot himself," the aunt told reporters.') is None
    assert _fired_by("His cousin shot himself in 2014 in the same house.") is None
    # both in one sentence: a murder-suicide, not one account of the victim
    assert _fired_by("The man shot his wife before shooting himself.") is None


A = ("Boy, 7, shot at home in Larkfield\n\nA boy, 7, was wounded in the arm at a home on Birch Lane in "
     "Larkfield on Saturday afternoon. {how} Doctors expect him to pull through.\n")
B = ("Larkfield boy wounded on Birch Lane\n\nA 7-year-old boy was wounded at a Birch Lane home in Larkfield on "
     "Saturday. {how} The boy is expected to recover.\n")


def _fired(tmp_path, a_how: str, b_how: str, a: str = A) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": a.format(how=a_how), "b.txt": B.format(how=b_how)})
    return findings_of(rep, subject=FIRED)


def test_the_victim_himself_against_another_person_differs(tmp_path):
    (f,) = _fired(tmp_path, "Police said the boy found a pistol in a closet and shot himself.",
                  "Police said the boy was shot by his older brother, who was playing with a pistol.")
    assert f["status"] == "differ"
    assert "'shot himself'" in f["reason"] and "'shot by his older brother'" in f["reason"]


def test_the_same_account_or_a_superseded_word_raises_nothing(tmp_path):
    assert not _fired(tmp_path / "1", "Police said the boy found a pistol and shot himself.",
                      "Deputies said the boy accidentally shot himself with a pistol.")
    # b tells the first word and its correction: only the correction counts, and it agrees
    assert not _fired(tmp_path / "2", "Police said the boy was shot by his older brother.",
                      "Police initially said the boy shot himself. Police said the boy was shot by his older "
                      "brother.")


def test_two_people_shot_raise_nothing(tmp_path):
    two = ("Boy, 7, and man shot at home in Larkfield\n\nA boy, 7, and a man, 40, were wounded at a "
           "home on Birch Lane in Larkfield on Saturday afternoon. {how} Both were taken to a hospital.\n")
    assert not _fired(tmp_path, "Police said the boy was shot by his older brother.",
                      "Police said the boy found a pistol in a closet and shot himself.", a=two)


def test_another_childs_shot_told_beside_the_victim_raises_nothing(tmp_path):
    # b's 'shot himself' is of a boy in an earlier case, and the victim is a girl
    girl_a = ("Girl, 6, killed at home in Larkfield\n\nA girl, 6, was shot dead at a home on Birch "
              "Lane in Larkfield on Saturday. {how}\n")
    girl_b = ("Larkfield girl dies of gunshot wound\n\nA 6-year-old girl died after a shooting at a Birch Lane home "
              "in Larkfield on Saturday. {how}\n")
    rep = report_of(tmp_path, {"a.txt": girl_a.format(how="Police said she was shot by her cousin."),
                               "b.txt": girl_b.format(how="Police gave no details. A like case happened in the "
                                                      "spring. A 2-year-old boy found his mother's pistol in a "
                                                      "drawer and fatally shot himself.")})
    assert not findings_of(rep, subject=FIRED)


def test_dates_that_put_one_side_first_tell_an_update(tmp_path):
    dated = "Published: March 3, 2025\n\n" + A.split("\n\n", 1)[1]
    later = "Published: March 6, 2025\n\n" + B.split("\n\n", 1)[1]
    rep = report_of(tmp_path, {"a.txt": A.split("\n\n")[0] + "\n\n" + dated.format(
                                   how="Police said the boy found a pistol in a closet and shot himself."),
                               "b.txt": B.split("\n\n")[0] + "\n\n" + later.format(
                                   how="Police now say the boy was shot by his older brother.")})
    (f,) = findings_of(rep, subject=FIRED)
    assert f["reason"].startswith("An update") and "the earlier reports say the victim shot himself" in f["reason"]
    assert "2025-03-03" in f["reason"]
