"""Time expressions resolved to calendar days against the publication date, and what
alignment does with them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from reconcile.text.dates import parse_published, resolve
from reconcile.records import DateSpan, Scope

from conftest import findings_of

TUESDAY = date(2024, 1, 9)


@pytest.mark.parametrize("expr, expected", [
    ("Tuesday", "2024-01-09"),  # the publication day itself, not a week back
    ("on Tuesday", "2024-01-09"),
    ("Monday", "2024-01-08"),
    ("Monday night", "2024-01-08"),
    ("late Monday", "2024-01-08"),
    ("early Saturday", "2024-01-06"),
    ("Thursday evening", "2024-01-04"),
    ("Friday's", "2024-01-05"),
    ("last Tuesday", "2024-01-02"),
    ("last night", "2024-01-08"),
    ("late last night", "2024-01-08"),
    ("overnight", "2024-01-08"),
    ("yesterday", "2024-01-08"),
    ("yesterday morning", "2024-01-08"),
    ("today", "2024-01-09"),
    ("this morning", "2024-01-09"),
    ("tonight", "2024-01-09"),
    ("two days ago", "2024-01-07"),
    ("Oct. 17", "2023-10-17"),  # the most recent 17 October
    ("Dec. 25, 2023", "2023-12-25"),
    ("Tuesday, Jan. 9", "2024-01-09"),
    ("since Oct. 17", "2023-10-17/2024-01-09"),
    ("Since October 17", "2023-10-17/2024-01-09"),
    ("between Oct. 1 and Oct. 5", "2023-10-01/2023-10-05"),
    ("from Oct. 1 to Nov. 2", "2023-10-01/2023-11-02"),
    ("Oct. 17 to 20", "2023-10-17/2023-10-20"),
    ("the past 24 hours", "2024-01-08/2024-01-09"),
    ("over the past three days", "2024-01-06/2024-01-09"),
    ("the past two weeks", "2023-12-26/2024-01-09"),
    ("last week", "2024-01-01/2024-01-07"),  # the calendar week before
    ("this week", "2024-01-08/2024-01-09"),
    ("over the weekend", "2024-01-06/2024-01-07"),
    ("last month", "2023-12-01/2023-12-31"),
    ("this month", "2024-01-01/2024-01-09"),
    ("this year", "2024-01-01/2024-01-09"),
    ("so far this year", "2024-01-01/2024-01-09"),
    ("last year", "2023-01-01/2023-12-31"),
    ("2023", "2023-01-01/2023-12-31"),
    ("in 2023", "2023-01-01/2023-12-31"),
    ("the 1990s", "1990-01-01/1999-12-31"),
    ("next week", "2024-01-15/2024-01-21"),
])
def test_resolve(expr, expected):
    got = resolve(expr, TUESDAY)
    assert got is not None and got.iso() == expected, (expr, got)


@pytest.mark.parametrize("expr", [
    "two days", "several weeks", "10 years",  # durations, not dates
    "3:10 p.m.", "about 3:10 p.m.", "noon",  # clock times alone
    "17-year-old", "aged 12",  # ages
    "until Friday", "before Oct. 17",  # open at the start
    "12", "1", "", "the night", "mid-October",
    "Jan. 20, 2025",  # after publication and not said to be future
])
def test_unresolvable_gives_none(expr):
    assert resolve(expr, TUESDAY) is None


def test_without_publication_date_only_years_resolve():
    assert resolve("last night", None) is None
    assert resolve("Tuesday", None) is None
    assert resolve("Oct. 17", None) is None
    assert resolve("Dec. 25, 2023", None) == DateSpan(date(2023, 12, 25), date(2023, 12, 25))
    assert resolve("since Dec. 25, 2023", None) is None  # runs to an unknown day


@pytest.mark.parametrize("value, expected", [
    ("2024-01-09", date(2024, 1, 9)),
    ("2024-01-09T23:30:00-05:00", date(2024, 1, 9)),  # the day as written, no time-zone shift
    ("2024-01-09T10:00:00Z", date(2024, 1, 9)),
    ("Tue, 09 Jan 2024 10:00:00 GMT", date(2024, 1, 9)),
    ("January 9, 2024", date(2024, 1, 9)),
    ("9 January 2024", date(2024, 1, 9)),
    ("yesterday", None), ("", None), (None, None), ("2024-13-45", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_published_string_is_parsed():
    assert resolve("last night", "Tue, 09 Jan 2024 10:00:00 GMT").iso() == "2024-01-08"


def test_hostile_strings_do_not_raise():
    for s in ["\x00\x1b[31m", "since since since", "between and", "from to", "9" * 200,
              "the past -3 days", "Tuesday Tuesday", "last \u202e night", "Oct. 99", "Feb. 30, 2023"]:
        resolve(s, TUESDAY)
        resolve(s, None)


def test_scope_serialises_date():
    sc = Scope(time="since Oct. 17", date=DateSpan(date(2023, 10, 17), date(2024, 1, 9)))
    assert sc.to_dict()["date"] == "2023-10-17/2024-01-09"
    assert Scope().to_dict()["date"] is None


def _write(folder, name, published, text, outlet):
    (folder / name).write_text(json.dumps({"outlet": outlet, "published": published, "text": text}))


def test_alignment_uses_resolved_dates(tmp_path):
    """'last night' in a story of 9 January and 'Monday night' in one of 10 January
    are the same night and pair up; 'Thursday' (11 January) is another event."""
    from reconcile.cli import app

    _write(tmp_path, "a.json", "2024-01-09", "Officials said eight people were injured by the attack on the base last night.", "Wire A")
    _write(tmp_path, "b.json", "2024-01-10", "Officials said five people were injured by the attack on the base on Monday night.", "Wire B")
    _write(tmp_path, "c.json", "2024-01-12", "Officials said three people were injured by the attack on the base on Thursday.", "Wire C")
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json"])
    report = json.loads(r.stdout)
    claims = {c["id"]: c for c in report["claims"]}
    dates = {c["source"]: c["scope"]["date"] for c in claims.values() if c["kind"] == "quantity"}
    assert dates == {"a": "2024-01-08", "b": "2024-01-08", "c": "2024-01-11"}
    injured = findings_of(report, measure="injured")
    by_sources = {tuple(sorted(claims[c]["source"] for c in f["claims"])): f["status"] for f in injured}
    assert by_sources == {("a", "b"): "conflict", ("c",): "unique"}
    # without publication dates the words differ and nothing says the days match
    for name in ("a.json", "b.json", "c.json"):
        obj = json.loads((tmp_path / name).read_text())
        del obj["published"]
        (tmp_path / name).write_text(json.dumps(obj))
    report = json.loads(CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json"]).stdout)
    assert all(c["scope"]["date"] is None for c in report["claims"] if c["kind"] == "quantity")
