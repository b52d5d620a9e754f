"""Careful reading round 60's wrong account rows (session 42, wrong60). Sentences written for
these tests."""

from __future__ import annotations

import re

from conftest import one_article_tolls as _account

from reconcile.data import load

PAIR = ("Two teens charged in Elm Park killing\n\nTwo teenagers are accused of killing a 19-year-old man at Elm "
        "Park last month.\n\nOfficers arrested the pair in the killing of Tom Ruiz, police said.\n\nWeeks later, "
        "detectives arrested Ray Cole, 16, at his school.\n")


def test_the_pair_arrested_is_two_held(tmp_path):
    assert _account(tmp_path, "pair", PAIR)["arrested"] == (2, 2)


def test_the_held_group_example_is_read():
    cue = load("accounts")["held_group"]
    ex = cue["example"]
    at = ex.index("arrested") + len("arrested")
    m = re.match(cue["after"], ex[at:], re.I)
    assert m is not None and cue["size"][next(g for g in m.groups() if g)] == 2
    assert re.search(cue["before"], "Both men were ", re.I)
    assert not re.match(cue["after"], " the man", re.I)

