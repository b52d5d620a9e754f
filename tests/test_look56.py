"""What a demanding reader meets in the reports (session 38's look): toll agreements that
name every source, a person mentioned not shown as 'at least', the event's arrests when
sources say none and some, an out-of-range Unix time not taken for a date, a diff that
lists unique claims only with --unique. Sentences of our own."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import news_folder, report_of, toll_findings
from reconcile.cli import app
from reconcile.describe import value
from reconcile.ingest import read_paths
from reconcile.records import Article, Claim, Interval


def test_a_toll_agreement_names_every_source(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Police said 2 people died in the gunfire on Elm Street.",
                               "b.txt": "Two people died in the gunfire on Elm Street, officers said.",
                               "c.txt": "The gunfire on Elm Street left two people dead, officers said."})
    f = toll_findings(rep, "killed")
    assert len(f) == 1 and f[0]["status"] == "agree"
    # the source whose words are the figure itself ('2') is named with the others
    for name in ("a.txt", "b.txt", "c.txt"):
        assert name in f[0]["reason"]


def test_an_agreement_does_not_say_a_source_also_gives_its_own_toll(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Three people died in the gunfire on Elm Street, officers said.",
                               "b.txt": "Dana Fisk and Ray Cole were killed by gunfire on Elm Street.",
                               "c.txt": "The gunfire on Elm Street left three people dead, officers said."})
    for f in toll_findings(rep, "killed"):
        assert "a.txt also gives" not in f["reason"] and "c.txt also gives" not in f["reason"], f["reason"]


def _claim(low, high, hedge, text="his daughter") -> Claim:
    return Claim(id="a:quantity1", source="a", path="a.txt", kind="quantity", start=0, end=len(text), text=text,
                 sentence=text + " was killed.", line=1, value=Interval(low, low, high), hedge=hedge, measure="killed")


def test_a_person_mentioned_is_shown_as_one_mentioned_not_at_least_one():
    assert value(_claim(1, None, "at least (named)")) == "his daughter (1 mentioned)"
    assert value(_claim(2, None, "at least (named)", "her two sons")) == "her two sons (2 mentioned)"
    # a lower bound of the words' own stays one
    assert value(_claim(3, None, "at least", "at least three")) == "at least three (≥ 3)"


def test_the_event_row_says_none_or_some_not_at_least_zero(tmp_path):
    folder = news_folder(tmp_path, {
        "a.txt": "Two men were shot on Elm Street on Friday night. Officers have made no arrests.",
        "b.txt": "Two men were shot on Elm Street on Friday night. Police arrested a 20-year-old man on Saturday."})
    r = CliRunner().invoke(app, ["check", str(folder), "--no-cache"])
    event = next(ln for ln in r.stdout.splitlines() if ln.strip().startswith("event"))
    # undated, none held against someone held is the possible update the custody row offers (event64)
    assert "0 or ≥ 1 (an arrest after no arrests? no dates)" in event and "≥ 0" not in event


def test_a_number_that_is_no_unix_time_is_no_publication_date(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": "Two people were shot on Elm Street.", "published": 1e20}) + "\n"
        + json.dumps({"text": "Two people were shot on Oak Street.", "published": 1704794400}) + "\n")
    arts = [a for a in read_paths([tmp_path]) if isinstance(a, Article)]
    assert [a.published for a in arts] == [None, "2024-01-09T10:00:00+00:00"]


def test_diff_lists_unique_claims_only_with_unique(tmp_path):
    old = news_folder(tmp_path / "old", {"a.txt": "Two people died in the gunfire on Elm Street, officers said.",
                                         "b.txt": "The gunfire on Elm Street left two people dead, officers said."})
    new = news_folder(tmp_path / "new", {"a.txt": "Two people died in the gunfire on Elm Street, officers said.",
                                         "b.txt": "The gunfire on Elm Street left two people dead, officers said.",
                                         "c.txt": "Two people died on Elm Street. Officers found 14 shell casings."})
    runner = CliRunner()
    plain = runner.invoke(app, ["diff", str(old), str(new), "--fail-on", "never"]).stdout
    listed = runner.invoke(app, ["diff", str(old), str(new), "--fail-on", "never", "--unique"]).stdout
    assert "UNIQUE" in listed and "UNIQUE" not in plain
    assert "not listed: --unique lists them)" in plain.splitlines()[-1]
    assert plain.splitlines()[-1].split(" (")[0] == listed.splitlines()[-1]  # the same counts
    md = runner.invoke(app, ["diff", str(old), str(new), "--fail-on", "never", "-f", "markdown"]).stdout
    assert "| unique |" not in md and "--unique lists them" in md
