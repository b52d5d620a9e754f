"""What a folder of untrusted articles cannot do (issue 15): make reconcile read files
outside it through symbolic links (case 4), lose an HTML page over one control
character (case 6), put control characters into the HTML report (case 9), configure
the run (case 10), or feed reconcile's own reports back to it as articles (case 11).
The real CLI on folders built here; each test checks the exit code, the one stderr
line naming the file and the reason, the report, and that the folder is unchanged."""

from __future__ import annotations

import html as html_lib
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hostile
from reconcile import __version__, marker
from reconcile.cli import app
from reconcile.ingest import Options, read_paths
from reconcile.records import Article, Skipped

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


# ---------------------------------------------------------------- 4: links out

@pytest.fixture()
def linked(tmp_path):
    """news/ with two articles, a link to a file outside, a link to a folder outside,
    a link to a file inside, and a loop."""
    news = _news(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    os.symlink(outside / "secret.txt", news / "passwd.txt")
    os.symlink(outside, news / "etc")
    os.symlink("a.txt", news / "same.txt")  # inside: read (and found to be a.txt again)
    (news / "sub").mkdir()
    os.symlink("..", news / "sub" / "up")  # a loop inside the folder
    return news, outside


def test_links_leading_outside_the_folder_are_skipped(linked, here):
    news, outside = linked
    before = hostile.snapshot(news)
    r = _run("check", news, "--format", "json")
    assert r.exit_code == 1, r.output  # the conflict, found without the outside files
    lines = r.stderr.splitlines()
    target = os.path.realpath(outside / "secret.txt")
    assert f"{news / 'passwd.txt'}: skipped: symbolic link to a file outside the input folder ({target}); " \
           f"not read (--follow-outside-links reads it)" in lines
    assert f"{news / 'etc'}: skipped: symbolic link to a folder outside the input folder " \
           f"({os.path.realpath(outside)}); not read (--follow-outside-links reads it)" in lines
    assert f"{news / 'same.txt'}: skipped: same file as {news / 'a.txt'} (already read)" in lines
    assert f"{news / 'sub' / 'up'}: skipped: symbolic link loop (leads back to a folder that contains it)" in lines
    assert len(lines) == 4, lines
    report = json.loads(r.stdout)
    assert [s["id"] for s in report["sources"]] == ["a", "b"]
    assert "777" not in r.stdout and "secret" not in json.dumps(report["claims"])
    assert len(report["skipped"]) == 4
    assert hostile.snapshot(news) == before
    assert _run("check", news, "--strict").exit_code == 2  # a file was not read


def test_links_out_are_read_when_asked(linked, here):
    news, outside = linked
    r = _run("check", news, "--format", "json", "--follow-outside-links")
    report = json.loads(r.stdout)
    assert [s["id"] for s in report["sources"]] == ["a", "b", "etc/secret"]
    assert f"{news / 'passwd.txt'}: skipped: same file as {news / 'etc' / 'secret.txt'} (already read)" in r.stderr
    assert "outside the input folder" not in r.stderr
    # a link named on the command line is read: naming it is asking
    r = _run("claims", news / "passwd.txt", "--format", "jsonl")
    assert r.exit_code == 0 and '"text": "777"' in r.stdout


def test_a_link_to_another_folder_given_is_inside(linked, here):
    news, outside = linked
    items = list(read_paths([news, outside], Options()))
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "b", "etc/secret"]
    assert not any("outside the input folder" in s.reason for s in items if isinstance(s, Skipped))


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


# ---------------------------------------------------------------- 10: configuration in the folder

def test_configuration_inside_an_input_folder_is_neither_applied_nor_a_skip(tmp_path, here):
    news = _news(tmp_path)
    (news / "reconcile.toml").write_text('fail-on = "never"\nformat = "json"\n', encoding="utf-8")
    before = hostile.snapshot(news)
    r = _run("check", news, "--strict")
    assert r.exit_code == 1, r.output  # the conflict still fails; --strict has nothing to count
    assert r.stdout.splitlines()[0] == marker.line("report")  # text, not the folder's json
    assert r.stderr.splitlines() == [
        f"note: {news / 'reconcile.toml'}: not read: a configuration file, not an article "
        "(never applied from an input folder unless --config names it)"]
    assert "skipped" not in r.stdout
    assert hostile.snapshot(news) == before
    # run from inside the folder: still not applied
    os.chdir(news)
    r = _run("check", ".", "--strict")
    assert r.exit_code == 1 and not r.stdout.startswith("{")
    # named with --config, it is
    r = _run("check", news, "--config", news / "reconcile.toml")
    assert r.exit_code == 0 and json.loads(r.stdout)["summary"]["conflicts"] == 1


def test_configuration_where_the_command_runs_applies(tmp_path, here):
    news = _news(tmp_path)
    (here / "reconcile.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert _run("check", news).exit_code == 0


# ---------------------------------------------------------------- 11: reports written into the folder

CHECK_FORMATS = ("text", "json", "jsonl", "markdown", "github", "sarif", "html")
SUFFIX = {"text": "txt", "json": "json", "jsonl": "jsonl", "markdown": "md", "github": "txt",
          "sarif": "json", "html": "html"}


def test_reports_written_into_the_folder_are_not_read_back(tmp_path, here):
    news = _news(tmp_path)
    first = json.loads(_run("check", news, "--format", "json").stdout)
    assert first["summary"]["conflicts"] == 1
    written = []
    for fmt in CHECK_FORMATS:
        out = news / f"report-{fmt}.{SUFFIX[fmt]}"
        r = _run("check", news, "--format", fmt, "--output", out, "--fail-on", "never")
        assert r.exit_code == 0, (fmt, r.output)
        assert f"note: {out} is inside the input folder {news}; later runs there pass over it" in r.stderr
        written.append(out)
    for fmt in ("text", "json", "jsonl"):
        out = news / f"claims-{fmt}.{ 'txt' if fmt == 'text' else fmt}"
        assert _run("claims", news, "--format", fmt, "--output", out).exit_code == 0
        written.append(out)
    out = news / "saved.jsonl"
    assert _run("claims", news, "--shard", "1/1", "--output", out).exit_code == 0
    written.append(out)
    out = news / "baseline.json"
    assert _run("check", news, "--write-baseline", out).exit_code == 0
    written.append(out)
    out = news / "diff.md"
    assert _run("diff", news / "a.txt", news / "b.txt", "--format", "markdown", "--output", out).exit_code in (0, 1)
    written.append(out)
    before = hostile.snapshot(news)
    r = _run("check", news, "--format", "json", "--strict")
    assert r.exit_code == 1, r.output  # the same one conflict, and nothing skipped
    again = json.loads(r.stdout)
    assert [s["id"] for s in again["sources"]] == ["a", "b"]
    assert again["summary"] == first["summary"]
    assert again["findings"] == first["findings"]
    notes = r.stderr.splitlines()
    assert len(notes) == len(written), notes
    for path in written:
        hits = [n for n in notes if n.startswith(f"note: {path}: not read: ") and n.endswith(" reconcile wrote, not an article")]
        assert len(hits) == 1, (path, notes)
    assert hostile.snapshot(news) == before


@pytest.mark.parametrize("text", [
    "reconcile was the word of the day\n\nPolice said three people were killed.\n",
    "reconcile 2 report\nPolice said three people were killed.\n",  # not the marker: no version
    "<!-- a comment -->\nPolice said three people were killed.\n",
])
def test_articles_that_only_look_like_reports_are_read(tmp_path, text):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [type(i) for i in items] == [Article]


def test_marker_lines_name_the_version():
    assert marker.line("report") == f"reconcile {__version__} report"
    assert marker.in_text(marker.line("diff") + "\n\nold: x") == "a text diff"
    assert marker.in_text(marker.comment("report") + "\n## reconcile") == "a Markdown report"
    assert marker.in_json({"schema": "reconcile/baseline@1"}) == "a JSON file (schema reconcile/baseline@1)"
    assert marker.in_json({"schema": "other/1", "text": "Police said..."}) is None
