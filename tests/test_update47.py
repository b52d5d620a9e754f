"""Session 47: a toll finding its comparison calls an update carries the sources of the
earlier and the later figure as data (``Finding.update``; JSON ``"update": {"earlier": [ids],
"later": [ids]}``, null on every other finding), and the event row reads the update from
that field, not from the finding's reason text. Articles of our own."""

from __future__ import annotations

import json

import pytest

from conftest import findings_of, news_folder, report_of
from reconcile import saved
from reconcile.pipeline import told_as_update
from reconcile.records import Account, Event, EventToll, Finding, Interval, Toll

FIRST = ("Two wounded in shooting outside Birch Street bar\n\nPosted: March 3, 2025\n\n"
         "Two men were wounded in a shooting outside a bar on Birch Street late Saturday, police said.\n")
LATER = ("Four hurt in Birch Street bar shooting, police say\n\nPosted: March 5, 2025\n\n"
         "Four men were wounded in a shooting outside a bar on Birch Street late Saturday, police said.\n")


def test_a_dated_rise_names_its_earlier_and_later_source(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    (f,) = findings_of(rep, subject="injured · toll")
    assert f["status"] == "differ" and f["update"] == {"earlier": ["a"], "later": ["b"]}
    # the other way round: the page with four, the later, is read first
    rep = report_of(tmp_path / "back", {"a.txt": LATER, "b.txt": FIRST})
    (f,) = findings_of(rep, subject="injured · toll")
    assert f["update"] == {"earlier": ["b"], "later": ["a"]}
    assert all(g["update"] is None for g in rep["findings"] if g is not f)


def test_equal_tolls_and_conflicts_carry_no_update(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER.replace("Four", "Two")})
    assert [f["update"] for f in findings_of(rep, subject="injured · toll")] == [None]
    undated = report_of(tmp_path / "undated", {"a.txt": FIRST.replace("Posted: March 3, 2025\n\n", ""),
                                               "b.txt": LATER.replace("Posted: March 5, 2025\n\n", "")})
    (f,) = findings_of(undated, subject="injured · toll")
    assert f["status"] == "conflict" and f["update"] is None


def test_the_update_survives_a_saved_report(tmp_path):
    folder = news_folder(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    from typer.testing import CliRunner

    from reconcile.cli import app
    out = tmp_path / "report.json"
    r = CliRunner().invoke(app, ["check", str(folder), "--format", "json", "--no-cache", "--output", str(out)])
    assert r.exit_code in (0, 1), r.output
    back = saved.read(out)
    (f,) = [f for f in back.findings if f.subject == "injured · toll"]
    assert f.update == (("a",), ("b",))
    assert [g.to_dict() for g in back.findings] == json.loads(out.read_text(encoding="utf-8"))["findings"]


def test_an_update_naming_an_unknown_source_is_no_report(tmp_path):
    folder = news_folder(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    rep = report_of(tmp_path / "x", {"a.txt": FIRST, "b.txt": LATER})
    (f,) = findings_of(rep, subject="injured · toll")
    f["update"]["later"] = ["zz"]
    bad = folder.parent / "bad.json"
    bad.write_text(json.dumps(rep), encoding="utf-8")
    with pytest.raises(saved.NotAReport, match="update names an unknown source"):
        saved.read(bad)


def _toll(source: str, n: int) -> Account:
    return Account(source, (Toll("injured", Interval(n, n, n), "stated", (f"{source}1",), str(n)),))


RANGE = Event(tolls=(EventToll("injured", Interval(None, 2, 4), "range", ("a", "b")),), dated=False)


def test_the_event_reads_the_field_not_the_reason():
    accs = (_toll("a", 2), _toll("b", 4))
    worded = Finding("f1", "differ", "quantity", "injured", "injured · toll", "Any wording at all.", (), 0.7,
                     update=(("a",), ("b",)))
    t = told_as_update(RANGE, [worded], accs).toll("injured")
    assert t.how == "update" and t.sources == ("b",) and t.value.low == 4
    # a reason that reads like an update, with no sources as data, leaves the range
    unordered = Finding("f2", "differ", "quantity", "injured", "injured · toll",
                        "Update: b gives '4' (4), higher than '2' (2) in a; an update.", (), 0.7)
    assert told_as_update(RANGE, [unordered], accs) == RANGE
