"""What a folder of untrusted articles cannot do (issue 15): make reconcile read files
outside it through symbolic links (case 4), lose an HTML page over one control
character (case 6), put control characters into the HTML report (case 9), configure
the run (case 10), or feed reconcile's own reports back to it as articles (case 11).
The real CLI on folders built here; each test checks the exit code, the one stderr
line naming the file and the reason, the report, and that the folder is unchanged."""

from __future__ import annotations

import html as html_lib
import json
import re
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


# ---------------------------------------------------------------- 9: the HTML report is clean

# what no report may carry: C0 and C1 controls (tab and line ends aside), DEL, bidi
# controls, line and paragraph separators, lone surrogates
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                    "\u2028\u2029\ud800-\udfff]")
NASTY = "\x1b[2J\x1b]0;owned\x07\x00\x07\u202e\u2028"


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_html_report_cleans_names_and_metadata(tmp_path, here):
    news = tmp_path / "news"
    news.mkdir()
    name = "evil\x1b[31m\x07\u202e.txt"
    (news / name).write_text(A, encoding="utf-8")
    (news / "feed.json").write_text(json.dumps({
        "title": f"Shooting{NASTY} downtown", "outlet": f"Daily{NASTY} Post", "published": "2024-01-05",
        "url": f"https://example.com/x{NASTY}",
        "text": f"Police said five people were killed in the shooting on Friday. Witness{NASTY} accounts vary.",
    }), encoding="utf-8")
    before = hostile.snapshot(news)
    out = tmp_path / "report.html"
    r = _run("check", news, "--format", "html", "--output", out)
    assert r.exit_code == 1, r.output
    page = out.read_text(encoding="utf-8")
    assert not UNSAFE.findall(page), sorted({hex(ord(c)) for c in UNSAFE.findall(page)})
    data = json.loads(re.search(r'<script type="application/json" id="reconcile-data">(.*?)</script>',
                                page, re.S).group(1))
    bad = [s for s in _strings(data) if UNSAFE.search(s)]
    assert not bad, bad
    # the escape sequences go whole, the line separator becomes a line end
    assert re.search(r"Shooting\s+downtown", page) and re.search(r"Daily\s+Post", page)
    assert "owned" not in page and "[2J" not in page
    assert html_lib.escape(str(news / "evil.txt")) in page
    assert re.search(r"Witness\s+accounts vary\.", page)  # the article text too
    assert hostile.snapshot(news) == before


