"""The event's reading across sources where no source states a figure, and an arrest count
told beside a person's record (session 34, best50), on articles written for these tests."""

from __future__ import annotations

import re

from conftest import account_of, report_of

from reconcile.data import load


def test_one_named_victim_is_no_reading_beside_higher_bounds(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Crowd shooting in Lakeview\n\nAt least nine people were shot when gunfire broke out at a "
                 "street festival in Lakeview on Saturday, police said.\n",
        "b.txt": "Festival gunfire\n\nNineteen people were wounded when gunfire broke out at a street festival "
                 "in Lakeview on Saturday. No one was killed.\n",
        "c.txt": "Lakeview festival shooting\n\nGunfire broke out at a street festival in Lakeview on Saturday. "
                 "Officers later identified the man who was shot as Tom Quinn, 20.\n",
    })
    shot = rep["event"]["tolls"]["shot"]
    # the man one page names is one of them, not the count of people shot
    assert shot["low"] is not None and shot["low"] >= 9


def test_an_arrest_count_beside_a_record_is_the_record(tmp_path):
    text = ("Man shot outside a bar in Dover\n\nA man was shot outside a bar on Front Street in Dover on Sunday. "
            "Police arrested Joe Kent, 30, on Monday. Kent had been arrested several times for theft, along with "
            "numerous arrests for trespassing, court records show.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    arrested = account_of(rep, "a")["tolls"].get("arrested")
    assert arrested is None or arrested["low"] <= 1


def test_the_record_sentence_example_is_read():
    d = load("accounts")["record_nouns"]
    assert re.search(d["sentence"], d["sentence_example"], re.I)
    assert not re.search(d["sentence"], "Police arrested two men and shot at a third several times.", re.I)
