"""A count of people shot that says it takes in one of the page's named dead ('Two people,
including Lopez, were shot', Lopez told dead later) is everyone hit, the dead among them
(session 50, issue 13; data/accounts.json ``dead_among_hurt``). Articles of our own, the real
model, the whole pipeline."""

from __future__ import annotations

import re

from reconcile.data import load

from conftest import account_toll, one_article_tolls, report_of

DIED_LATER = ("Teen dies days after roadside shooting\n\n"
              "A 17-year-old has died four days after he was shot on Route 9 near Dunmore, the coroner said.\n\n"
              "Two people, including {name}, were shot and were driven to a hospital by a friend.\n\n"
              "Cal Lopez died Thursday night at the hospital, the coroner said. No one has been arrested.\n")


def test_a_count_including_the_named_dead_is_everyone_hit(tmp_path):
    rep = report_of(tmp_path, {"a.txt": DIED_LATER.format(name="Lopez")})
    assert {m: (t["low"], t["high"]) for m, t in rep["accounts"][0]["tolls"].items()
            if m in ("killed", "injured", "shot")} == {"killed": (1, 1), "injured": (1, 1), "shot": (2, 2)}
    hurt = account_toll(rep, "injured")
    assert hurt["how"] == "derived" and hurt["text"] == "Two shot, the dead among them"
    assert [(t["value"], t["counts"]) for t in hurt["terms"]] == [(2, "shot"), (-1, "killed")]


def test_a_count_including_someone_alive_is_left(tmp_path):
    # the one named in the count is not the dead: the two shot are others, and the page's
    # dead and wounded stay apart
    got = one_article_tolls(tmp_path, "alive", DIED_LATER.format(name="Ortiz"))
    assert (got["killed"], got["injured"], got["shot"]) == ((1, 1), (2, 2), (3, 3))


def test_the_data_example_names_the_dead_after_including():
    d = load("accounts")["dead_among_hurt"]
    m = re.compile(d["pattern"], re.I).search(d["example"])
    assert m is not None and "Ruiz" in m.group(0)
