"""The command line through typer's CliRunner: formats and exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import SEEDS
from reconcile.cli import app

runner = CliRunner()


def test_check_text_exit_1_on_conflict():
    r = runner.invoke(app, ["check", str(SEEDS)])
    assert r.exit_code == 1, r.output
    last = r.stdout.strip().splitlines()[-1]
    assert "across 2 sources" in last and "conflict" in last
    assert last.endswith("(unique claims not listed: --unique lists them)")
    assert "\x1b" not in r.stdout


def test_check_fail_on_never_and_json():
    r = runner.invoke(app, ["check", str(SEEDS), "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["summary"]["sources"] == 2


def test_fail_on_differ_vs_conflict(tmp_path):
    (tmp_path / "a.txt").write_text("Police said three people were killed in the shooting on Friday.\n")
    (tmp_path / "b.txt").write_text("Police said several people were killed in the shooting on Friday.\n")
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["check", str(tmp_path), "--fail-on", "differ"]).exit_code == 1


def test_claims_jsonl_contract():
    r = runner.invoke(app, ["claims", str(SEEDS / "000_ffed4cb87dcca2a3.txt"), "--format", "jsonl"])
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    text = (SEEDS / "000_ffed4cb87dcca2a3.txt").read_text(encoding="utf-8")
    assert rows and all({"path", "kind", "start", "end"} <= set(x) for x in rows)
    for x in rows:
        assert text[x["start"]:x["end"]] == x["text"]
        if x["kind"] == "quantity":
            assert set(x["value"]) == {"nominal", "low", "high"}
        if x["kind"] == "quote":
            assert "speaker" in x


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["check", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 2  # no readable article
    assert runner.invoke(app, ["check", str(SEEDS), "--fail-on", "bogus"]).exit_code == 2
    r = runner.invoke(app, ["check", str(SEEDS), "--model", "no_such_model_xyz"])
    assert r.exit_code == 2 and "no_such_model_xyz" in r.stderr


def test_bad_file_is_named_and_run_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Officials said four people were killed on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    r = runner.invoke(app, ["check", str(tmp_path)])
    assert r.exit_code == 0
    assert "empty.txt: skipped: empty file" in r.stderr
    assert "notes.pdf: skipped" in r.stderr


def test_markup_in_articles_prints_literally(tmp_path):
    (tmp_path / "a.txt").write_text("“[bold red]Five people[/] were \x1b[31mkilled\x1b[0m here,” the mayor said on Monday.\n")
    r = runner.invoke(app, ["check", str(tmp_path), "--unique"])
    assert "[bold red]Five people[/]" in r.stdout
    assert "\x1b" not in r.stdout


def test_min_confidence_hides_findings_and_their_exit_code():
    import json as _json

    full = runner.invoke(app, ["check", str(SEEDS), "--format", "json", "--fail-on", "differ"])
    data = _json.loads(full.stdout)
    top = max(f["confidence"] for f in data["findings"])
    r = runner.invoke(app, ["check", str(SEEDS), "--format", "json", "--fail-on", "differ",
                            "--min-confidence", f"{min(1.0, top + 0.01):.2f}"])
    assert r.exit_code == 0
    out = _json.loads(r.stdout)
    assert out["findings"] == [] and out["summary"]["below_confidence"] == len(data["findings"])
    assert "below --min-confidence" in r.stderr


def test_diff_help_offers_only_the_formats_diff_writes():
    """``diff --help`` listed html, which diff then refused; now the option itself leaves it out."""
    r = runner.invoke(app, ["diff", "--help"], env={"COLUMNS": "200"})
    line = next(x for x in r.output.splitlines() if "--format" in x)
    assert "sarif" in line and "html" not in line
    assert runner.invoke(app, ["diff", str(SEEDS), str(SEEDS), "--format", "html"]).exit_code == 2


def test_usage_lines_name_the_arguments_as_the_synopsis_does():
    """docs/cli.md writes ``check DIR``, ``diff OLD NEW`` and ``claims PATH...``; the usage
    lines said ``{folder}``, ``{old} {new}`` and ``{paths}``."""
    usage = {c: runner.invoke(app, [c, "--help"]).output.splitlines()[0] for c in ("check", "diff", "claims")}
    assert "DIR" in usage["check"] and "folder" not in usage["check"]
    assert "OLD" in usage["diff"] and "NEW" in usage["diff"]
    assert "PATH" in usage["claims"] and "paths" not in usage["claims"]


def test_claims_text_counts_one_claim_in_the_singular(tmp_path):
    """'a.txt  (1 claims)' read wrong; one claim is '(1 claim)'."""
    (tmp_path / "a.txt").write_text("Two men died on Friday.\n")  # no place: a town would be a second claim
    out = runner.invoke(app, ["claims", str(tmp_path), "--jobs", "1"]).output
    assert "a.txt  (1 claim)" in out and "(1 claims)" not in out


def test_claims_text_shows_a_town_without_empty_parts(tmp_path):
    """A fact with no group or cue (a town) read 'town of ? (-) = Brookfield'; the listing
    names it a place (a town fact is any place name, a country or state among them)."""
    (tmp_path / "a.txt").write_text("Two men died in Brookfield on Friday.\n")
    out = runner.invoke(app, ["claims", str(tmp_path), "--jobs", "1"]).output
    assert "place = Brookfield" in out and "of ?" not in out and "(-)" not in out
