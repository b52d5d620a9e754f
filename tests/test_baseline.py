"""Fingerprints and baselines, end to end on copies of the seeds (the real model)."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from reconcile import baseline as bl
from reconcile import fingerprint as fp
from reconcile.cli import app
from reconcile.pipeline import reconcile
from reconcile.records import Claim, Interval, Scope

runner = CliRunner()
A, B = "000_ffed4cb87dcca2a3.txt", "004_34d151cfbadb789c.txt"
#: one new article whose only claim contradicts both seeds' injury figures at Al Asad
NEW_ARTICLE = "The attack on Al Asad airbase last night injured 40 US troops.\n"


@pytest.fixture()
def seeds(tmp_path):
    d = tmp_path / "coverage"
    shutil.copytree(SEEDS, d)
    return d


def _check(*args):
    return runner.invoke(app, ["check", *map(str, args)])


# ---------------------------------------------------------------- fingerprints

def _q(src, start, value, place="Al Asad airbase", time="last night", line=1, text="eight"):
    return Claim(id=f"{src}:quantity{start}", source=src, path=f"x/{src}.txt", kind="quantity",
                 start=start, end=start + 5, text=text, sentence=f"{text} injuries", line=line,
                 value=Interval(value, value, value), measure="injured", scope=Scope(place, time))


def test_fingerprint_ignores_position_order_and_spelling_of_scope():
    a = [_q("a", 10, 8), _q("b", 40, 3)]
    b = [_q("b", 900, 3, place="Ain al-Asad Air Base", time="Last  night", line=30),
         _q("a", 7, 8, line=2)]
    assert fp.basis("quantity", "injured", a) == fp.basis("quantity", "injured", b)


def test_fingerprint_changes_with_what_the_finding_says():
    base = fp.basis("quantity", "injured", [_q("a", 10, 8), _q("b", 40, 3)])
    assert fp.basis("quantity", "injured", [_q("a", 10, 9), _q("b", 40, 3)]) != base  # value moved
    assert fp.basis("quantity", "injured", [_q("a", 10, 8), _q("c", 40, 3)]) != base  # other source
    assert fp.basis("quantity", "killed", [_q("a", 10, 8), _q("b", 40, 3)]) != base  # measure
    assert fp.basis("quantity", "injured", [_q("a", 10, 8, place="Erbil"), _q("b", 40, 3)]) != base
    # the outlet names a source when known, so renaming a file changes nothing
    keys = {"a": "outlet:reuters", "b": "outlet:ap"}
    moved = [replace(_q("a", 10, 8), source="r1"), replace(_q("b", 40, 3), source="a2")]
    assert (fp.basis("quantity", "injured", [_q("a", 10, 8), _q("b", 40, 3)], keys)
            == fp.basis("quantity", "injured", moved, {"r1": "outlet:reuters", "a2": "outlet:ap"}))


def _p(src, name, age, start=0, outcome="killed"):
    return Claim(id=f"{src}:person{start}", source=src, path=f"x/{src}.txt", kind="person", start=start,
                 end=start + 5, text=name or "a man", sentence=f"{name}, {age}", line=1, name=name, age=age,
                 role="victim", outcome=outcome)


def test_person_fingerprint_names_the_person_and_the_attribute():
    """Review of session 54: person findings hashed only their sources, so a new age finding
    on another person between the same two sources was taken for the one in the baseline."""
    first = fp.basis("person", "age", [_p("a", "Dana Pell", 24), _p("b", "Dana Pell", 26)])
    other = fp.basis("person", "age", [_p("a", "Rob Aster", 31), _p("b", "Rob Aster", 35)])
    assert first != other
    assert fp.basis("person", "age", [_p("a", "Dana Pell", 24), _p("b", "Dana Pell", 27)]) != first
    # another attribute of the same person moving leaves the age finding as it was
    assert fp.basis("person", "age", [_p("a", "Dana Pell", 24, outcome="injured"),
                                      _p("b", "Dana Pell", 26, start=9)]) == first
    assert fp.basis("name", None, [_p("a", "Dana Pell", 24), _p("b", "Dana Peel", 24)]) != \
        fp.basis("name", None, [_p("a", "Rob Aster", 24), _p("b", "Rob Astor", 24)])


def test_a_new_age_difference_on_another_person_is_not_suppressed(tmp_path):
    """Day one: the two papers disagree on one victim's age; day two the first one is corrected
    and the other victim's age disagrees. The baseline of day one must not hide day two's."""
    wire = ("Two people were killed in a shooting at a bar on Oak Street early Saturday, police said.\n\n"
            "Police identified the dead as Dana Pell, 24, and Rob Aster, 31.\n")
    paper = ("Two people died in a shooting at a bar on Oak Street early Saturday.\n\n"
             "Police identified the dead as Dana Pell, {0}, and Rob Aster, {1}.\n")
    for day, ages in (("day1", (26, 31)), ("day2", (24, 35))):
        (tmp_path / day).mkdir()
        (tmp_path / day / "wire.txt").write_text(wire)
        (tmp_path / day / "paper.txt").write_text(paper.format(*ages))
    base = tmp_path / "base.json"
    assert _check(tmp_path / "day1", "--write-baseline", base).exit_code == 0
    result = _check(tmp_path / "day2", "--baseline", base, "--format", "json")
    found = [(f["kind"], f["measure"], f["subject"]) for f in json.loads(result.stdout)["findings"]
             if f["status"] == "differ"]
    assert ("person", "age", "Rob Aster · age") in found


def test_identical_facts_get_distinct_fingerprints():
    one = [_q("a", 10, 8)]
    two = [replace(_q("a", 99, 8), sentence="another sentence altogether")]
    b1, b2 = fp.basis("quantity", "injured", one), fp.basis("quantity", "injured", two)
    assert b1 == b2
    prints = fp.assign([(b1, one), (b2, two)])
    assert len(set(prints)) == 2
    assert fp.assign([(b2, two), (b1, one)]) == prints[::-1]  # independent of order


@pytest.mark.parametrize("edit", ["blank lines", "trailing spaces", "indent", "crlf", "double spaces"])
def test_whitespace_edit_changes_no_fingerprint(seeds, seeds_report, edit):
    path = seeds / B
    text = path.read_text(encoding="utf-8")
    edited = {
        "blank lines": lambda t: "\n\n" + t.replace("\n\n", "\n\n\n\n"),
        "trailing spaces": lambda t: "\n".join(line + "  \t" for line in t.split("\n")),
        "indent": lambda t: "\n".join("    " + line if line.strip() else line for line in t.split("\n")),
        "crlf": lambda t: t.replace("\n", "\r\n"),
        "double spaces": lambda t: re.sub(r"([.,]) ", r"\1  ", t),
    }[edit](text)
    assert edited != text
    path.write_bytes(edited.encode("utf-8"))
    after = reconcile([seeds])
    assert {f.fingerprint for f in after.findings} == {f.fingerprint for f in seeds_report.findings}
    moved = {(c.path.rsplit("/", 1)[-1], c.start) for c in after.claims if c.source.startswith("004")}
    before = {(c.path.rsplit("/", 1)[-1], c.start) for c in seeds_report.claims if c.source.startswith("004")}
    assert moved != before  # the edit did move the claims


def test_unrelated_paragraph_keeps_old_fingerprints(seeds, seeds_report):
    """Claims after the insertion are renumbered and moved; their findings are not new."""
    path = seeds / A
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(2, "Local mayor John Smith later visited the base, which houses about 2,500 personnel.")
    path.write_text("\n".join(lines), encoding="utf-8")
    after = reconcile([seeds])
    old = {f.fingerprint for f in seeds_report.findings}
    new = {f.fingerprint: f for f in after.findings}
    assert old <= set(new)
    added = [new[k] for k in set(new) - old]
    assert added and all(f.status == "unique" for f in added)
    ids_before = {c.id: c.text for c in seeds_report.claims}
    ids_after = {c.id: c.text for c in after.claims}
    assert any(ids_before[i] != ids_after.get(i) for i in ids_before)  # claim ids did shift


# ---------------------------------------------------------------- baselines

def test_todays_findings_pass_and_a_new_conflict_fails_alone(seeds, tmp_path):
    base = tmp_path / "baseline.json"
    r = _check(seeds, "--write-baseline", base, "--format", "json")
    assert r.exit_code == 0, r.stderr  # the seeds hold a conflict, but writing a baseline accepts it
    recorded = json.loads(base.read_text(encoding="utf-8"))
    total = len(json.loads(r.stdout)["findings"])
    assert recorded["schema"] == "reconcile/baseline@1" and len(recorded["findings"]) == total
    assert f"wrote {total} findings to the baseline" in r.stderr

    r = _check(seeds, "--baseline", base, "--format", "json")
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["findings"] == [] and d["summary"]["suppressed"] == total
    assert d["baseline"] == str(base)
    assert f"{total} findings suppressed by the baseline" in r.stderr

    (seeds / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    r = _check(seeds, "--baseline", base, "--format", "json")
    assert r.exit_code == 1, r.stderr
    d = json.loads(r.stdout)
    assert len(d["findings"]) == 1, [f["reason"] for f in d["findings"]]
    (f,) = d["findings"]
    assert f["status"] == "conflict" and f["measure"] == "injured"
    claims = {c["id"]: c for c in d["claims"]}
    assert any(claims[i]["path"].endswith("zz_new.txt") for i in f["claims"])
    assert d["summary"]["suppressed"] == total - 1  # the old 'several vs eight' is now this conflict

    r = _check(seeds, "--baseline", base)
    assert r.stdout.strip().splitlines()[-1] == (
        f"1 conflict, 0 differences, 0 agreements, 0 unique claims across 3 sources "
        f"({total - 1} findings suppressed by the baseline {base})")


def test_baseline_suppresses_only_same_or_milder_status(seeds_report):
    f = next(f for f in seeds_report.findings if f.status == "differ")
    as_differ = bl.Baseline("b", {f.fingerprint: "differ"})
    as_agree = bl.Baseline("b", {f.fingerprint: "agree"})
    assert as_differ.holds(f)
    assert not as_agree.holds(f)  # it got worse than what was reviewed


def test_baseline_file_is_deterministic(seeds_report):
    text = bl.render(seeds_report.findings)
    assert text == bl.render(reversed(seeds_report.findings))
    prints = [row["fingerprint"] for row in json.loads(text)["findings"]]
    assert prints == sorted(prints)


@pytest.mark.parametrize("content,message", [
    ("{not json", "invalid JSON"),
    ('{"schema": "something/else"}', "not a baseline"),
    ('{"schema": "reconcile/baseline@1", "fingerprint": "reconcile-fp/0", "findings": []}', "write it again"),
    ('{"schema": "reconcile/baseline@1", "fingerprint": "reconcile-fp/2", "findings": [{"status": "x"}]}',
     "entry 1"),
])
def test_bad_baseline_is_a_one_line_error(tmp_path, content, message):
    (tmp_path / "a.txt").write_text("Officials said four people were killed on Monday.\n")
    base = tmp_path / "base.json"
    base.write_text(content)
    r = _check(tmp_path / "a.txt", "--baseline", base)
    assert r.exit_code == 2
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_missing_baseline_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said four people were killed on Monday.\n")
    r = _check(tmp_path / "a.txt", "--baseline", tmp_path / "nope.json")
    assert r.exit_code == 2 and "cannot read baseline" in r.stderr


def test_unwritable_baseline_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said four people were killed on Monday.\n")
    r = _check(tmp_path / "a.txt", "--write-baseline", tmp_path / "no" / "such" / "base.json")
    assert r.exit_code == 2 and "no such folder" in r.stderr and len(r.stderr.splitlines()) == 1
