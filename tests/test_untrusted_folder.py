"""What a folder of untrusted articles cannot do (issue 15): make reconcile read files
outside it through symbolic links (case 4), lose an HTML page over one control
character (case 6), put control characters into the HTML report (case 9), configure
the run (case 10), or feed reconcile's own reports back to it as articles (case 11).
The real CLI on folders built here; each test checks the exit code, the one stderr
line naming the file and the reason, the report, and that the folder is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hostile
from reconcile.cli import app

runner = CliRunner()

# a conflict: three vs five killed
A = "Police said three people were killed in the shooting on Friday.\n"
B = "Police said five people were killed in the shooting on Friday.\n"
SECRET = "Police said 777 people were killed in the secret file on Friday.\n"


def _news(root: Path) -> Path:
    news = root / "news"
    news.mkdir(parents=True)
    (news / "a.txt").write_text(A, encoding="utf-8")
    (news / "b.txt").write_text(B, encoding="utf-8")
    return news


@pytest.fixture()
def here(tmp_path, monkeypatch):
    """Commands run in a folder of their own, a repository root with no configuration."""
    cwd = tmp_path / "cwd"
    (cwd / ".git").mkdir(parents=True)
    monkeypatch.chdir(cwd)
    return cwd


def _run(*args) -> "object":
    return runner.invoke(app, [str(a) for a in args])


# ---------------------------------------------------------------- 6: HTML with a control character

PAGE = """<!DOCTYPE html><html><head><title>Market bombing</title></head><body><article>
<h1>Market bombing</h1>
<p>Police said 11 people were injured when a bomb exploded at a crow{c}ded market on Tuesday.</p>
<p>"We are investigating the attack," said police chief John Smith, who spoke to reporters at the scene.</p>
</article></body></html>"""


@pytest.mark.parametrize("char", ["\x01", "\x08", "\x1b", "\ufffe"])
def test_one_control_character_does_not_lose_an_html_page(tmp_path, here, char):
    news = tmp_path / "news"
    news.mkdir()
    (news / "page.html").write_text(PAGE.format(c=char), encoding="utf-8")
    before = hostile.snapshot(news)
    r = _run("check", news, "--format", "json")
    assert r.exit_code == 0, r.output
    assert r.stderr == ""
    report = json.loads(r.stdout)
    assert [s["title"] for s in report["sources"]] == ["Market bombing"]
    (injured,) = [c for c in report["claims"] if c["kind"] == "quantity" and c["text"] == "11"]
    assert "at a crowded market" in injured["sentence"]
    assert hostile.snapshot(news) == before


