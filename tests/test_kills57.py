"""Suspects who were themselves shot or killed, read as victims (session 39, kills57, issue 13,
people role): a harm verb coordinated with the subject's first verb. Written from gva-dev's even
half; sentences of our own."""

from __future__ import annotations

import pytest
from conftest import account_toll, persons_by_name, report_of

from reconcile.data import load


def _role(nlp, text: str, name: str) -> tuple[str | None, str | None]:
    p = persons_by_name(nlp, text)[name]
    return p["role"], p["outcome"]


def test_a_harm_verb_joined_to_the_subjects_first_verb_is_the_subjects_act(nlp):
    text = "Ray Dunn, 34, then went into the kitchen and fatally shot Ana Dunn, 31, and her mother, police said."
    assert _role(nlp, text, "Ray Dunn") == ("suspect", "unharmed")
    assert _role(nlp, text, "Ana Dunn") == ("victim", "killed")
    assert _role(nlp, "Ray Dunn, 34, went to the house on Elm Street and opened fire, police said.",
                 "Ray Dunn")[0] == "suspect"


def test_a_joined_blow_or_a_passive_makes_no_suspect(nlp):
    assert _role(nlp, "Ana Ruiz, 40, grabbed her son and hit the floor as the shots rang out.",
                 "Ana Ruiz")[0] == "victim"
    assert _role(nlp, "Ray Dunn, 20, walked out of the bar and was shot in the back.", "Ray Dunn")[0] == "victim"


@pytest.mark.parametrize("entry", ["took_own_life"])
def test_the_entries_say_their_source_and_example(entry):
    d = load("persons")[entry]
    assert d["source"] and d["example"] and "kills57" in d["_about"]


def test_robbers_named_dead_together_are_the_toll_though_read_as_suspects(tmp_path):
    text = ("Teen killed in robbery at Marlow bar\n\nA teenager was killed early Sunday outside a bar in Marlow.\n\n"
            "A night watchman shot and killed Ray Dunn and Lou Park when they tried to rob him in the lot, "
            "police said.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_toll(rep, "killed")["nominal"] == 2
