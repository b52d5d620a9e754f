"""`reconcile diff OLD NEW` on folders and on saved JSON reports (the real model)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from reconcile import __version__
from reconcile.cli import app

runner = CliRunner()
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
B = "004_34d151cfbadb789c.txt"
# a new toll (arrests) on which two new articles about the same strike disagree: a new conflict
ARRESTS = {"c1.txt": "Iraqi police arrested five men near the Al-Asad Airbase on Wednesday.\n",
           "c2.txt": "Iraqi police arrested two men near the Al-Asad Airbase on Wednesday.\n"}


def _diff(*args):
    return runner.invoke(app, ["diff", *map(str, args)])


@pytest.fixture()
def sides(tmp_path):
    old = tmp_path / "old"
    shutil.copytree(SEEDS, old)
    new = tmp_path / "new"
    shutil.copytree(SEEDS, new)
    for name, text in ARRESTS.items():
        (new / name).write_text(text, encoding="utf-8")
    # one outlet revises its figure: 'eight injuries' becomes 'twenty injuries' (far above 'several')
    p = new / B
    p.write_text(p.read_text(encoding="utf-8").replace("eight injuries", "twenty injuries"), encoding="utf-8")
    return old, new


def _check_json(folder: Path, out: Path) -> Path:
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0, r.stderr
    out.write_text(r.stdout, encoding="utf-8")
    return out


def _assert_expected(d: dict) -> None:
    new = d["findings"]["new"]
    assert [(f["status"], f["measure"]) for f in new] == [("conflict", "arrested")]
    assert {c["path"].rsplit("/", 1)[-1] for c in new[0]["claims"]} == {"c1.txt", "c2.txt"}
    assert d["findings"]["gone"] == []
    changed = {c["new"]["kind"]: c for c in d["findings"]["changed"]}
    assert sorted(changed) == ["quantity", "quote"]
    figure = changed["quantity"]
    assert figure["old"]["status"] == "differ" and figure["new"]["status"] == "conflict"
    assert figure["changes"] == ["status: differ -> conflict", f"{B}: eight (8) -> twenty (20)"]
    # the revised figure sits inside a quote: the quote's words changed too, not its speakers
    assert changed["quote"]["new"]["status"] == changed["quote"]["old"]["status"] == "conflict"
    assert changed["quote"]["changes"] == [f"{B}: quoted words changed (99% similar)"]
    assert d["summary"]["new"] == 1 and d["summary"]["changed"] == 2 and d["summary"]["unchanged"] > 20


def test_diff_folders(sides):
    old, new = sides
    r = _diff(old, new, "--format", "json")
    assert r.exit_code == 1, r.stderr
    d = json.loads(r.stdout)
    assert d["schema"] == "reconcile/diff@1"
    assert d["old"]["kind"] == d["new"]["kind"] == "articles"
    _assert_expected(d)
    # the other way round the arrests conflict is gone and the figure's change an
    # improvement; the quote is a conflict on both sides: nothing is newly a conflict
    r = _diff(new, old, "--format", "json")
    assert r.exit_code == 0, r.stderr
    back = json.loads(r.stdout)
    assert [f["measure"] for f in back["findings"]["gone"]] == ["arrested"]
    assert back["findings"]["new"] == []
    figure = next(c for c in back["findings"]["changed"] if c["new"]["kind"] == "quantity")
    assert figure["changes"] == ["status: conflict -> differ", f"{B}: twenty (20) -> eight (8)"]


def test_diff_saved_reports_match_folders(sides, tmp_path):
    old, new = sides
    old_json = _check_json(old, tmp_path / "old.json")
    new_json = _check_json(new, tmp_path / "new.json")
    r = _diff(old_json, new_json, "--format", "json")
    assert r.exit_code == 1, r.stderr
    d = json.loads(r.stdout)
    assert d["old"]["kind"] == d["new"]["kind"] == "report"
    _assert_expected(d)
    folders = json.loads(_diff(old, new, "--format", "json").stdout)
    assert d["findings"] == folders["findings"] and d["summary"] == folders["summary"]
    # mixed: a saved report against a folder
    mixed = _diff(old_json, new, "--format", "json")
    assert json.loads(mixed.stdout)["findings"] == folders["findings"]


def test_diff_identical_and_fail_on(sides, tmp_path):
    old, new = sides
    old_json = _check_json(old, tmp_path / "old.json")
    r = _diff(old_json, old)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1].startswith("0 new, 0 changed, 0 gone, ")
    assert _diff(old_json, new, "--fail-on", "never").exit_code == 0


def test_diff_formats(sides, tmp_path):
    old, new = sides
    old_json = _check_json(old, tmp_path / "old.json")
    new_json = _check_json(new, tmp_path / "new.json")

    text = _diff(old_json, new_json).stdout.splitlines()
    assert text.pop(0) == f"reconcile {__version__} diff"  # the marker line
    assert text[0] == f"old: {old_json} (2 sources)   new: {new_json} (4 sources)"
    assert "New (1)" in text and "Changed (2)" in text and not any(x.startswith("Gone") for x in text)
    assert text[-1].startswith("1 new, 2 changed, 0 gone, ")
    assert f"  * {B}: eight (8) -> twenty (20)" in text

    md = _diff(old_json, new_json, "--format", "markdown").stdout.splitlines()
    assert md.pop(0) == f"<!-- reconcile {__version__} diff -->"
    assert md[:2] == ["## reconcile diff", ""] and md[2].startswith("**1 new, 2 changed, 0 gone, ")
    assert md[6:9] == ["### New (1)", "", "| status | kind | subject | what each source says | why | confidence | id |"]
    i = md.index("### Changed (2)")
    assert md[i + 2] == "| status | kind | subject | what changed | now | id |"
    row = md[i + 4]
    assert row.startswith("| differ → conflict | quantity | injured ")
    assert f"status: differ -\\> conflict<br>{B.replace('_', chr(92) + '_')}: eight (8) -\\> twenty (20) | " in row

    gh = _diff(old_json, new_json, "--format", "github").stdout.splitlines()
    assert len(gh) == 4  # new conflict, changed figure, changed quote, summary
    assert gh[0].startswith("::error file=") and "title=reconcile%3A new conflict (quantity) arrested" in gh[0]
    assert gh[1].startswith("::error file=") and "title=reconcile%3A changed conflict (quantity) injured" in gh[1]
    assert f"%0Astatus: differ -> conflict%0A{B}: eight (8) -> twenty (20)%0A" in gh[1]
    assert gh[3].startswith("1 new, 2 changed, 0 gone, ")

    doc = json.loads(_diff(old_json, new_json, "--format", "sarif").stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    states = [(r["baselineState"], r["ruleId"]) for r in doc["runs"][0]["results"]]
    assert states == [("new", "reconcile/conflict/quantity"), ("updated", "reconcile/conflict/quantity"),
                      ("updated", "reconcile/conflict/quote")]

    rows = [json.loads(x) for x in _diff(old_json, new_json, "--format", "jsonl").stdout.splitlines()]
    assert [r["change"] for r in rows] == ["new", "changed", "changed"]
    assert rows[1]["was"]["status"] == "differ" and rows[1]["finding"]["status"] == "conflict"


def test_diff_gone_in_sarif_is_absent(sides, tmp_path):
    old, new = sides
    doc = json.loads(_diff(new, old, "--format", "sarif").stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    assert ("absent", "reconcile/conflict/quantity") in [
        (r["baselineState"], r["ruleId"]) for r in doc["runs"][0]["results"]]


def test_diff_bad_saved_report_exit_2(tmp_path, sides):
    old, _ = sides
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "reconcile/report@1", "sources": []}', encoding="utf-8")
    r = _diff(bad, old)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"error: {bad}: malformed report") and len(r.stderr.splitlines()) == 1
    assert _diff(tmp_path / "missing", old).exit_code == 2


def test_a_difference_becoming_a_conflict_fails(sides):
    old, new = sides
    for name in ARRESTS:
        (new / name).unlink()
    r = _diff(old, new, "--format", "json")
    assert r.exit_code == 1, r.stderr
    d = json.loads(r.stdout)
    assert d["findings"]["new"] == [] and d["summary"]["changed"] == 2
    assert _diff(old, new, "--fail-on", "never").exit_code == 0


def test_check_renders_a_saved_report_again(sides, tmp_path):
    old, _ = sides
    saved = _check_json(old, tmp_path / "old.json")
    direct = runner.invoke(app, ["check", str(old), "--format", "markdown"])
    again = runner.invoke(app, ["check", str(saved), "--format", "markdown"])
    assert again.exit_code == direct.exit_code == 1
    assert again.stdout == direct.stdout
    again_json = runner.invoke(app, ["check", str(saved), "--format", "json"])
    assert again_json.stdout == saved.read_text(encoding="utf-8")
    sarif = json.loads(runner.invoke(app, ["check", str(saved), "--format", "sarif"]).stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert "startLine" in region and "startColumn" not in region  # no article text saved: lines only


def test_saved_report_recognised_by_content(tmp_path, sides):
    from reconcile.saved import is_saved_report

    old, _ = sides
    saved = json.loads(_check_json(old, tmp_path / "old.json").read_text(encoding="utf-8"))
    compact = tmp_path / "compact.json"  # keys sorted: "schema" far from the start
    compact.write_text(json.dumps(saved, sort_keys=True), encoding="utf-8")
    assert is_saved_report(compact)
    article = tmp_path / "article.json"
    article.write_text(json.dumps({"title": "t", "text": "Four people were killed on Monday."}))
    assert not is_saved_report(article)
    truncated = tmp_path / "truncated.json"
    truncated.write_text((tmp_path / "old.json").read_text(encoding="utf-8")[:500])
    r = _diff(truncated, compact)
    assert r.exit_code == 2 and r.stderr.startswith(f"error: {truncated}: not JSON")
