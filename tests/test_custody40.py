"""Custody and arrest readings careful reading round 38 found wrong (session 28, custody40,
issue 13): the charged all at large read as arrested; a release on bail set against no one;
an updated page's first-story 'no arrests' read as its toll; a recalled older killing's
arrests read as the event's. Sentences of our own, about invented shootings."""

from __future__ import annotations

import re

from reconcile.data import load
from conftest import account_tolls, findings_of, report_of

RUNNING = ("Cousins charged in Fennel Row shooting\n\nDeputies say two cousins have been charged in Saturday's "
           "shooting at an apartment complex on Fennel Row in Calder. Milo Tressant, 24, was charged with murder "
           "for killing a 40-year-old man. Otis Tressant, 29, is charged with aggravated assault. Both suspects "
           "remain at large, and deputies asked the public for tips.\n")


def test_the_charged_all_on_the_run_are_no_arrests(tmp_path):
    rep = report_of(tmp_path, {"a.txt": RUNNING})
    assert account_tolls(rep, "a")["arrested"] == (0, 0)
    # told in the charge's own sentence
    one = ("Two charged in Fennel Row shooting\n\nTwo cousins who remain at large were charged on Sunday after a "
           "man was shot dead at an apartment complex on Fennel Row in Calder on Saturday.\n")
    rep = report_of(tmp_path / "b", {"a.txt": one})
    assert account_tolls(rep, "a")["arrested"] == (0, 0)
    # the charged and held: the count stands
    held = RUNNING.replace("Both suspects remain at large, and deputies asked the public for tips.",
                           "Both men were booked into the county jail on Sunday.")
    rep = report_of(tmp_path / "c", {"a.txt": held})
    assert account_tolls(rep, "a")["arrested"] == (2, 2)


HELD = ("Pair arrested in death of boy\n\nA former guard has been arrested in the killing of a 4-year-old girl "
        "in Lorne County. Dale Prewitt, 41, is now in custody in Ashby County, deputies said.\n")
BAILED = ("Pair accused in Lorne County death of boy\n\nDale Prewitt, 41, was arrested on Monday in the killing "
          "of a 4-year-old girl in Lorne County and was held at the Ashby County jail before posting $20,000 "
          "bond, deputies said.\n")


def test_held_against_let_out_on_bail_differ(tmp_path):
    d = load("compare")["bail_posted"]
    assert re.search("|".join(d["words"]), d["example"])
    rep = report_of(tmp_path, {"a.txt": HELD, "b.txt": BAILED})
    (f,) = findings_of(rep, kind="fact", subject="custody · bail")
    assert f["status"] == "differ" and "bail posted" in f["reason"]
    assert "'$20,000'" in f["reason"]  # the bail figure stands for the page, not its 'arrested'
    # bail set, not posted: nothing
    unposted = BAILED.replace("before posting $20,000 bond", "and could not post $20,000 bond")
    rep = report_of(tmp_path / "x", {"a.txt": HELD, "b.txt": unposted})
    assert not findings_of(rep, subject="custody · bail")


UPDATED = ("UPDATE: Three dead in Harlow Street shooting\n\nUPDATE 5 p.m.: Deputies arrested Wade Korris, 33, on "
           "Saturday afternoon in the shooting deaths of three people on Harlow Street in Penfield.\n\nORIGINAL "
           "STORY: Three people were shot dead on Harlow Street in Penfield early Saturday. At 8 a.m., officers "
           "reported no arrests.\n")


def test_no_arrests_under_an_update_that_tells_one_is_no_toll(tmp_path):
    rep = report_of(tmp_path, {"a.txt": UPDATED})
    # not the first story's none: the update's arrest, told by name (session 31, arrest45: at least one;
    # session 78: one charged by name and no one else told held, one)
    assert account_tolls(rep, "a").get("arrested") == (1, 1)
    # the first story alone keeps its none
    first = UPDATED.split("ORIGINAL STORY: ")[1]
    rep = report_of(tmp_path / "b", {"a.txt": "Three dead in Harlow Street shooting\n\n" + first})
    assert account_tolls(rep, "a")["arrested"] == (0, 0)
    # the dead man's own record above: not the event's arrest
    record = ("Man shot dead in Penfield\n\nA gunman shot Wade Korris, 33, dead on Harlow Street in Penfield early "
              "Saturday, police said. Police arrested Korris in 2011 after a robbery, and he served six years. "
              "Detectives reported no arrests on Sunday.\n")
    rep = report_of(tmp_path / "c", {"a.txt": record})
    assert account_tolls(rep, "a")["arrested"] == (0, 0)
    # a charge above, from an older case: not the event's arrest
    older = ("Woman wounded in Penfield\n\nA woman was shot in the leg on Harlow Street in Penfield late Saturday, "
             "deputies said. Court records show she filed assault charges against Wade Korris, 33, in March. "
             "Detectives reported no arrests on Sunday.\n")
    rep = report_of(tmp_path / "d", {"a.txt": older})
    assert account_tolls(rep, "a").get("arrested") == (0, 0)


RECALLED = ("Man shot dead on Orrin Avenue\n\nA man was shot dead inside his home on Orrin Avenue in Westby early "
            "Sunday, the prosecutor said. It is the town's fourth homicide this year. In April, Leon Marbury, 35, "
            "was shot and killed in his apartment on Kessel Drive; three men were later arrested for his death.\n")


def test_arrests_in_a_recalled_older_killing_are_not_the_events(tmp_path):
    rep = report_of(tmp_path, {"a.txt": RECALLED})
    assert "arrested" not in account_tolls(rep, "a")
    # an arrest dated by a month that tells no killing of its own is the event's
    dated = RECALLED.replace("In April, Leon Marbury, 35, was shot and killed in his apartment on Kessel Drive; "
                             "three men were later arrested for his death.", "On April 3, police arrested two men in the case.")
    rep = report_of(tmp_path / "b", {"a.txt": dated})
    assert account_tolls(rep, "a")["arrested"] == (2, 2)
