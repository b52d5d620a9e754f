"""A higher death count stated beside a source's own toll, which no other source gives
(session 24, planted32): set against the other outlets' count as a conflict, unless it is
a part, a past case or a count of several incidents. Sentences of our own, about invented
shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import account_tolls, findings_of, report_of

A = ("Man and daughter found dead in Riverton home\n\n"
     "Deputies discovered a father and his teenage daughter dead in a house on Alder Court in Riverton on "
     "Tuesday, the sheriff's office said.\n\n"
     "\"When we went in, there were four dead people in the house,\" Sheriff Tom Reyes said.\n\n"
     "A neighbour said the family had lived on the street for years.\n")
B = ("Two found shot to death in Riverton\n\n"
     "Two people were found shot to death inside a home on Alder Court in Riverton on Tuesday, deputies said.\n\n"
     "The sheriff's office has not released their names.\n")


def _conflicts(rep: dict) -> list[dict]:
    return findings_of(rep, measure="killed", status="conflict")


def test_a_higher_count_beside_the_source_s_own_toll_conflicts_with_another_outlet(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A, "b.txt": B})
    assert account_tolls(rep, "a")["killed"][0] == 2 and account_tolls(rep, "b")["killed"] == (2, 2)
    claims = {c["id"]: c for c in rep["claims"]}
    hit = [f for f in _conflicts(rep)
           if any(claims[i]["source"] == "a" and claims[i]["value"]["low"] == 4 for i in f["claims"])
           and any(claims[i]["source"] == "b" and claims[i]["value"]["low"] == 2 for i in f["claims"])]
    assert hit, [f["reason"] for f in rep["findings"] if f["measure"] == "killed"]


def test_the_same_count_in_the_other_outlet_is_no_conflict(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A.replace("four dead", "two dead"), "b.txt": B})
    assert not _conflicts(rep)


def test_past_cases_and_a_tally_of_separate_incidents_are_no_stray_count(tmp_path):
    for i, line in enumerate((
            "The last four deputies slain in the county were honoured at a ceremony in May.",
            "Four people have died in separate shootings in the county since March.")):
        text = A.replace("\"When we went in, there were four dead people in the house,\" Sheriff Tom Reyes said.",
                         line)
        rep = report_of(tmp_path / str(i), {"a.txt": text, "b.txt": B})
        assert not _conflicts(rep), line


def test_the_words_before_a_figure_that_make_it_no_stray_match_their_example():
    entry = json.loads((Path(__file__).resolve().parent.parent / "reconcile" / "data" / "compare.json")
                       .read_text(encoding="utf-8"))["stray_not"]
    before = re.compile(entry["before"], re.I)
    ex = entry["example_before"]
    assert before.search(ex[:ex.index("three")]) and before.search(ex[:ex.index("two officers")])
    assert not before.search("Deputies found ")
