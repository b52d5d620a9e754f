"""Session 41 (tolls59, issue 13): account tolls read wrong by careful reading round 58.
A road death in a strip of other stories is no death of the shooting; 'the killing of another
teen' beside a teen held is the event's victim, not another case. (A figure of people
arraigned read as that many held was written from the odd half and fired there alone: left on
branch tolls59.) Sentences of our own, about invented events."""

from __future__ import annotations

from conftest import one_article_tolls as _account
from reconcile.accounts import _cleared, _elsewhere_in, _held_elsewhere

ROAD = """Gunfire outside a bike shop in Marlow

The coroner named the driver who was killed in a crash on Route 9 on Monday.

A fire at a storage yard closed two lanes of the parkway for an hour.

Three men were shot dead outside a bike shop on Fenn Road in Marlow on Saturday, police said.

Officers found the men in the parking lot just after 4 p.m.
"""


def test_a_road_death_is_set_aside(tmp_path):
    got = _account(tmp_path, "road", ROAD)
    assert got["killed"] == (3, 3)


def test_a_death_by_gunfire_after_a_crash_stays(tmp_path):
    text = ("Driver shot dead after a crash in Marlow\n\nA driver was shot and killed after a crash "
            "on Route 9 in Marlow on Monday night, police said.\n")
    got = _account(tmp_path, "crash", text)
    assert got["killed"] == (1, 1)


def test_another_of_the_held_one_s_kind_is_the_victim():
    for pat in (_held_elsewhere(), _cleared()):
        assert not _elsewhere_in(pat, "Deputies held a 16-year-old over the killing of another 16-year-old on Elm Street.")
        assert not _elsewhere_in(pat, "A teen was charged Friday with the shooting of another teen at a park.")
        # another victim than the one held is like: another shooting's
        assert _elsewhere_in(pat, "A judge kept Rory Dane in jail; he faces a count in the shooting of another boy.")
        # the read of tolls59: an age written two ways names one kind; a function word names none
        assert not _elsewhere_in(pat, "Deputies held a girl, 16, on Sunday for the shooting of another 16-year-old.")
        assert _elsewhere_in(pat, "Deputies held him over the death of another in March.")


def test_a_death_by_gunfire_told_beside_a_crash_stays(tmp_path):
    text = ("Man gunned down in Marlow\n\nA man was killed when he was gunned down and his car crashed into "
            "a house on Elm Street in Marlow on Monday night, police said.\n")
    got = _account(tmp_path, "gunned", text)
    assert got["killed"] == (1, 1)


def test_a_teen_arrested_in_the_killing_of_another_is_held(tmp_path):
    text = ("Girl, 16, held in killing of Marlow teen\n\nOfficers arrested a 16-year-old girl on Sunday for "
            "the fatal shooting of another 16-year-old on Elm Street.\n\nThe victim, Ann Lott, died at "
            "the scene.\n")
    got = _account(tmp_path, "teen", text)
    assert got["arrested"][0] == 1


LINKED = """Two men indicted in Marlow baby's killing

A baby was killed in a home invasion on Elm Street in Marlow on Saturday night.

Dale Voss, 30, and Tim Cole, 19, were indicted Friday on murder charges in the baby's death.

A witness, Ann Ruiz, was found shot dead on May 3 near the river.

Another man, Roy Lane, 20, is also charged with murdering Ruiz.
"""


def test_a_suspect_of_a_recalled_killing_is_not_one_more_held(tmp_path):
    got = _account(tmp_path, "linked", LINKED)
    assert got["arrested"] == (2, 2)
