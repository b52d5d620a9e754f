"""A source that contradicts itself (status ``inconsistent``, SELF in the text report) in
the CI formats and exit codes: a SARIF result under ``reconcile/inconsistent/KIND``, a
GitHub ``::warning`` titled ``reconcile: self-contradiction``, and ``--fail-on differ``
failing on it (unless a baseline holds it). Before, all three ignored it.

The page is one of our own: a headline's toll that its body excludes and never gives.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import news_folder
from reconcile.cli import app
from reconcile.report.sarif import RULES, rule_id
from test_formats import SCHEMA

PAGE = ("Seven dead in Brookfield shooting\n\n"
        "The shooting happened shortly after 9 p.m. on Maple Street in Brookfield, police said. "
        "Officers found the victims outside a corner store.\n"
        "Four people were killed and nobody else was hurt.\n")

runner = CliRunner()


@pytest.fixture()
def page(tmp_path):
    return news_folder(tmp_path, {"a.txt": PAGE})


def _check(folder, *args):
    return runner.invoke(app, ["check", str(folder), "--no-cache", *args])


def test_the_page_contradicts_itself(page):
    d = json.loads(_check(page, "--format", "json", "--fail-on", "never").stdout)
    assert [(f["status"], f["kind"], f["measure"]) for f in d["findings"] if f["status"] != "unique"] == [
        ("inconsistent", "quantity", "killed")]


def test_sarif_has_a_rule_for_each_kind_of_self_contradiction():
    ids = [rule_id(s, k) for s, k, *_rest in RULES]
    for kind in ("quantity", "person", "name", "fact"):
        assert f"reconcile/inconsistent/{kind}" in ids


def test_sarif_result_for_a_self_contradiction(page):
    r = _check(page, "--format", "sarif", "--fail-on", "never")
    doc = json.loads(r.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    run = doc["runs"][0]
    (res,) = run["results"]
    assert res["ruleId"] == "reconcile/inconsistent/quantity" and res["level"] == "warning"
    rule = run["tool"]["driver"]["rules"][res["ruleIndex"]]
    assert rule["id"] == res["ruleId"] and rule["defaultConfiguration"] == {"level": "warning"}
    assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    first = res["locations"][0]["physicalLocation"]
    assert first["region"]["startLine"] == 1 and first["region"]["snippet"]["text"] == "Seven"
    (other,) = res["relatedLocations"]
    assert other["physicalLocation"]["artifactLocation"] == first["artifactLocation"]  # the same source
    assert other["physicalLocation"]["region"]["snippet"]["text"] == "Four"
    assert set(res["partialFingerprints"]) == {"reconcile/v1"}
    assert "baselineState" not in res


def test_github_warns_of_a_self_contradiction(page):
    out = _check(page, "--format", "github", "--fail-on", "never").stdout.splitlines()
    (warn,) = [line for line in out if line.startswith("::")]
    assert warn.startswith("::warning file=") and ",line=1," in warn
    assert "title=reconcile%3A self-contradiction (quantity) killed" in warn
    assert "contradicts itself" in warn and "%0Afingerprint " in warn


def test_fail_on_differ_fails_on_a_self_contradiction(page):
    assert _check(page).exit_code == 0  # the default, conflict, does not
    assert _check(page, "--fail-on", "never").exit_code == 0
    assert _check(page, "--fail-on", "differ").exit_code == 1


def test_a_baseline_holding_the_self_contradiction_passes(page, tmp_path):
    base = tmp_path / "baseline.json"
    assert _check(page, "--write-baseline", str(base), "--fail-on", "differ").exit_code == 0
    assert _check(page, "--baseline", str(base), "--fail-on", "differ").exit_code == 0
    # an empty baseline holds nothing: the self-contradiction is new, and SARIF says so
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({**json.loads(base.read_text(encoding="utf-8")), "findings": []}), encoding="utf-8")
    r = _check(page, "--baseline", str(empty), "--fail-on", "differ", "--format", "sarif")
    assert r.exit_code == 1
    (res,) = json.loads(r.stdout)["runs"][0]["results"]
    assert res["ruleId"] == "reconcile/inconsistent/quantity" and res["baselineState"] == "new"
