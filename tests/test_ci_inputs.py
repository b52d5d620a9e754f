"""CI mode on real-world inputs (issue 4 over issue 3): --strict on check, diff and
claims; skipped inputs in the machine formats; fingerprints of dated articles; saved
reports that keep where, line and date. Articles of our own, the real model."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from reconcile import console
from reconcile import fingerprint as fp
from reconcile import saved as saved_report
from reconcile.cli import app
from reconcile.pipeline import reconcile
from reconcile.records import Claim, DateSpan, Interval, Scope
from reconcile.report import json as json_report

runner = CliRunner()
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

ARTICLES = {
    "a.md": "---\ntitle: Market blast injures a dozen\noutlet: Daily Post\npublished: {a}\n---\n"
            "Police said 12 people were injured in the market blast in Kirkuk last night.\n\n"
            "\"We are still counting the wounded,\" said police chief Omar Said.\n",
    "b.md": "---\ntitle: Dozens hurt in Kirkuk market attack\noutlet: Evening Star\npublished: {b}\n---\n"
            "Officials said 30 people were injured in the market blast in Kirkuk on Monday night.\n\n"
            "\"We are still counting the wounded,\" said Kirkuk governor Rakan al-Jubouri.\n",
}
WIRE = {"outlet": "Wire", "published": "{a}", "title": "Kirkuk blast",
        "text": "Eight people were injured in the market blast in Kirkuk last night, a hospital official said."}
DATES = {"a": "2024-01-09", "b": "2024-01-10"}  # Tuesday and Wednesday: 'Monday night' is 8 January


def _write(folder: Path, dates: dict[str, str] = DATES, broken: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text.format(**dates), encoding="utf-8")
    wire = json.dumps({k: v.format(**dates) for k, v in WIRE.items()})
    (folder / "feed.jsonl").write_text(wire + "\n" + ('{"outlet": "Broken", "text": \n' if broken else ""),
                                       encoding="utf-8")
    if broken:
        (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("ci-inputs") / "news")


@pytest.fixture(scope="module")
def clean_folder(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("ci-inputs-clean") / "news", broken=False)


@pytest.fixture(scope="module")
def saved(folder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("saved") / "report.json"
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "--output", str(out)])
    assert r.exit_code == 1, r.output  # the fixture holds conflicts
    return out


def _invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


# ---------------------------------------------------------------- --strict everywhere

@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_strict_check_exits_2_after_writing_the_report(folder, fmt):
    r = _invoke("check", folder, "--format", fmt, "--strict")
    assert r.exit_code == 2
    assert r.stderr.rstrip().splitlines()[-1] == "error: --strict: 2 input(s) skipped"
    assert r.stdout.strip()  # the report was still written, in full
    assert _invoke("check", folder, "--format", fmt).exit_code == 1  # without it: the conflicts


def test_strict_claims(folder, clean_folder):
    r = _invoke("claims", folder, "--format", "jsonl", "--strict")
    assert r.exit_code == 2 and len(r.stdout.splitlines()) >= 3
    assert _invoke("claims", clean_folder, "--strict").exit_code == 0


def test_strict_diff_counts_folder_sides_only(folder, clean_folder, saved):
    r = _invoke("diff", clean_folder, folder, "--strict", "--format", "json")
    assert r.exit_code == 2
    assert r.stderr.rstrip().splitlines()[-1] == "error: --strict: 2 input(s) skipped"
    d = json.loads(r.stdout)
    assert d["old"]["skipped"] == [] and len(d["new"]["skipped"]) == 2
    assert _invoke("diff", folder, clean_folder, "--strict").exit_code == 2  # either side
    # a saved report is not re-read: the skips it records are history, not this run's input
    r = _invoke("diff", saved, saved, "--strict")
    assert r.exit_code == 0, r.output
    assert _invoke("check", saved, "--strict", "--fail-on", "never").exit_code == 0
    assert _invoke("diff", clean_folder, clean_folder, "--strict").exit_code == 0


def test_strict_beats_fail_on_and_still_writes_the_baseline(folder, tmp_path):
    base = tmp_path / "baseline.json"
    r = _invoke("check", folder, "--write-baseline", base, "--strict")
    assert r.exit_code == 2
    assert json.loads(base.read_text(encoding="utf-8"))["findings"]


# ---------------------------------------------------------------- skipped inputs in every format

def test_json_lists_skipped_with_line(saved):
    d = json.loads(saved.read_text(encoding="utf-8"))
    rows = {(Path(s["path"]).name, s["line"]) for s in d["skipped"]}
    assert rows == {("empty.txt", None), ("feed.jsonl", 2)}
    assert d["summary"]["skipped"] == 2


def test_sarif_lists_skipped_as_notifications(folder):
    doc = json.loads(_invoke("check", folder, "--format", "sarif").stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    run = doc["runs"][0]
    assert run["tool"]["driver"]["notifications"][0]["id"] == "reconcile/skipped-input"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    where = {}
    for n in notes:
        assert n["level"] == "warning" and n["descriptor"]["id"] == "reconcile/skipped-input"
        loc = n["locations"][0]["physicalLocation"]
        where[loc["artifactLocation"]["uri"].rsplit("/", 1)[-1]] = (loc.get("region"), n["message"]["text"])
    assert where["empty.txt"] == (None, "skipped: empty file")
    region, message = where["feed.jsonl"]
    assert region == {"startLine": 2} and message.startswith("skipped: line 2: malformed JSON")
    assert run["invocations"][0]["executionSuccessful"] is True
    rep = json.loads(_invoke("check", folder, "--format", "json").stdout)
    problems = [f for f in rep["findings"] if f["status"] in ("conflict", "differ")]
    assert len(problems) >= 2 and len(run["results"]) == len(problems)  # the conflicts are still results


def test_sarif_without_skips_has_no_notifications(clean_folder):
    doc = json.loads(_invoke("check", clean_folder, "--format", "sarif").stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    assert doc["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_github_annotates_skipped_inputs(folder):
    out = _invoke("check", folder, "--format", "github").stdout.splitlines()
    skipped = [line for line in out if "title=reconcile%3A skipped input" in line]
    assert len(skipped) == 2
    feed = next(line for line in skipped if "feed.jsonl" in line)
    assert re.fullmatch(r"::warning file=[^,]*feed\.jsonl,line=2,title=reconcile%3A skipped input::"
                        r"line 2: malformed JSON: .*", feed)
    assert out[-1].endswith("across 3 sources (2 skipped)")


def test_markdown_lists_skipped_inputs(folder):
    md = _invoke("check", folder, "--format", "markdown").stdout
    assert "### Skipped (2)" in md
    assert re.search(r"^- .*feed\.jsonl: line 2: malformed JSON", md, re.M)


def test_jsonl_holds_findings_only(folder):
    rows = [json.loads(line) for line in _invoke("check", folder, "--format", "jsonl").stdout.splitlines()]
    assert rows and all("status" in r and "fingerprint" in r for r in rows)


def test_text_diff_counts_skipped_per_side(clean_folder, folder):
    out = _invoke("diff", clean_folder, folder).stdout
    assert out.splitlines()[1].endswith("(3 sources, 2 skipped)")  # after the marker line
    assert "(3 sources)   new:" in out.splitlines()[1]


# ---------------------------------------------------------------- fingerprints and dates

def test_resolved_days_are_not_hashed():
    def claim(day: int, time: str = "last night") -> Claim:
        return Claim(id="a:q1", source="a", path="a.txt", kind="quantity", start=0, end=2, text="12",
                     sentence="12 hurt", line=1, value=Interval(12, 12, 12), measure="injured",
                     scope=Scope("Kirkuk", time, date=DateSpan(date(2024, 1, day), date(2024, 1, day))))

    basis = fp.basis("quantity", "injured", [claim(8)])
    assert fp.basis("quantity", "injured", [claim(15)]) == basis  # other days, same finding
    assert fp.basis("quantity", "injured", [claim(8, "Monday night")]) != basis  # the words count


def _prints(folder: Path) -> set[str]:
    return {f.fingerprint for f in reconcile([folder]).findings}


def test_fingerprints_of_dated_articles_survive_whitespace_and_a_restamp(clean_folder, tmp_path):
    report = reconcile([clean_folder])
    dates = {c.scope.date.iso() for c in report.claims if c.kind == "quantity" and c.scope and c.scope.date}
    assert dates == {"2024-01-08"}  # 'last night' and 'Monday night' resolved: the dates are there
    before = {f.fingerprint for f in report.findings}
    assert len(before) >= 3

    spaced = _write(tmp_path / "spaced", broken=False)
    for name in ARTICLES:
        p = spaced / name
        text = p.read_text(encoding="utf-8")
        text = text.replace(".\n", ".\n\n\n").replace("\n---\n", "\n---\n\n")  # blank lines
        p.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))  # CRLF line ends
    assert _prints(spaced) == before
    # (heavier edits, such as a double space between every word, can change what spaCy's
    # parser and entity recogniser find, and so the findings themselves: see docs/ci.md, "Fingerprints")

    # every outlet re-stamps its story a week later: the days move, the findings do not
    later = _write(tmp_path / "later", {"a": "2024-01-16", "b": "2024-01-17"}, broken=False)
    moved = reconcile([later])
    assert {c.scope.date.iso() for c in moved.claims if c.kind == "quantity" and c.scope.date} == {"2024-01-15"}
    assert {f.fingerprint for f in moved.findings} == before


# ---------------------------------------------------------------- saved reports

def test_saved_report_round_trips_where_line_and_date(folder, saved):
    text = saved.read_text(encoding="utf-8")
    loaded = saved_report.load(text)
    assert json_report.render(loaded) == text
    assert {a.where for a in loaded.articles} == {None, "line 1"}
    assert {s.line for s in loaded.skipped} == {None, 2}
    assert {c.scope.date.iso() for c in loaded.claims if c.kind == "quantity"} == {"2024-01-08"}
    again = _invoke("check", saved, "--format", "json")
    assert again.stdout == text and again.stderr == ""  # history is in the report, not on stderr


def test_saved_report_with_a_bad_date_is_refused(saved, tmp_path):
    d = json.loads(saved.read_text(encoding="utf-8"))
    next(c for c in d["claims"] if c["kind"] == "quantity")["scope"]["date"] = "last night"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(d), encoding="utf-8")
    r = _invoke("check", bad)
    assert r.exit_code == 2 and "malformed report" in r.stderr


# ---------------------------------------------------------------- progress and notes on a terminal

class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_with_unknown_total_and_notes_above_the_bar(monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("NO_COLOR", raising=False)
    stream = _Tty()
    with console.progress("parsing articles", stream) as bar:
        bar(0, None)
        console.warn("x.txt: skipped: empty file")
        bar(3, None)
        bar(4, 4)
    out = stream.getvalue()
    assert "x.txt: skipped: empty file" in out
    assert "?" in out  # a count against an unknown total
    assert console._live is None  # warnings go straight to stderr again
