"""The real CLI, as a subprocess, on a folder holding every kind of bad and odd input
(see tests/hostile.py): it runs to the end, names each bad file on stderr in one line,
reports the good ones, leaves the folder exactly as it was, and prints no escape or
control character."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import hostile

ROOT = Path(__file__).resolve().parent.parent
# Anything but line feed that a terminal could act on: C0 and C1 controls (ESC
# included), DEL, bidirectional overrides, lone surrogates.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m reconcile ARGS`` with stdout and stderr captured (pipes, not a TTY)."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "COLUMNS")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "reconcile", *args], capture_output=True,
                          text=True, encoding="utf-8", errors="surrogateescape", env=env,
                          cwd=cwd or ROOT, timeout=300, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    hostile.build(root)
    before = hostile.snapshot(root)
    return root, before


@pytest.fixture(scope="module")
def runs(folder):
    root, before = folder
    out = {
        "text": run_cli("check", str(root), "--unique"),
        "json": run_cli("check", str(root), "--format", "json"),
        "strict": run_cli("claims", str(root), "--format", "jsonl", "--strict"),
    }
    return root, before, out


def test_stdout_is_not_a_tty_here():
    probe = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdout.isatty())"],
                           capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert probe.stdout.strip() == "False"


def test_runs_to_the_end_with_exit_0_or_1(runs):
    _, _, out = runs
    for name in ("text", "json"):
        r = out[name]
        assert r.returncode in (0, 1), (name, r.returncode, r.stderr[-2000:])
        assert "Traceback" not in r.stderr
    last = out["text"].stdout.rstrip().splitlines()[-1]  # the summary line
    assert re.search(r"across 19 sources \(16 skipped(; \d+ off-topic)?\)$", last), last


def test_each_bad_file_is_named_on_stderr_in_one_line(runs):
    root, _, out = runs
    err = out["text"].stderr
    lines = err.splitlines()
    assert all(": skipped: " in line for line in lines), lines
    for name, reason in hostile.BAD.items():
        if name == "locked.txt":
            continue  # see test_unreadable_file
        # the OSC sequence written out, so the line names the file a user can find (session 54)
        shown = str(root / name).replace("\x1b]0;owned\x07", "\\x1b]0;owned\\x07")
        hits = [line for line in lines if line.startswith(shown + ": skipped: ")]
        assert len(hits) == 1, (name, lines)
        assert reason in hits[0], (name, hits[0])
    # one line per skipped input, as the JSON report lists them
    report = json.loads(out["json"].stdout)
    assert len(lines) == len(report["skipped"]) == report["summary"]["skipped"]
    for hidden in hostile.IGNORED:
        assert hidden not in err and hidden not in out["json"].stdout


def test_json_report_lists_skipped_files_with_reasons(runs):
    root, _, out = runs
    report = json.loads(out["json"].stdout)
    skipped = {Path(s["path"]).relative_to(root).as_posix(): s for s in report["skipped"]}
    for name, reason in hostile.BAD.items():
        if name == "locked.txt" and AS_ROOT:
            continue
        assert reason in skipped[name]["reason"], name
    assert skipped["bad-line.jsonl"]["line"] == 2
    assert skipped["bad.json"]["line"] == 3
    assert skipped["empty.txt"]["line"] is None


def test_good_files_are_reported_with_their_text_and_metadata(runs):
    root, _, out = runs
    report = json.loads(out["json"].stdout)
    sources = {s["id"]: s for s in report["sources"]}
    claims = report["claims"]
    for sid, phrase in hostile.GOOD.items():
        assert sid in sources, (sid, sorted(sources))
        texts = [c["sentence"] for c in claims if c["source"] == sid]
        assert texts, sid
        assert any(phrase in t for t in texts), (sid, texts)
    page, post = sources["page"], sources["post"]
    assert (page["name"], page["outlet"], page["title"]) == ("Daily Example", "Daily Example", "Market bombing")
    assert page["published_date"] == "2024-01-09" and page["url"] == "https://daily.example/market-bombing"
    assert (post["name"], post["title"], post["published"]) == ("The Example Post", "Strike on the base", "2024-01-09")
    assert post["url"] == "https://post.example/strike"
    assert [sources[f"three:{i}"]["name"] for i in (1, 2, 3)] == ["Wire 0", "Wire 1", "Wire 2"]
    assert sources["three:2"]["where"] == "line 2"
    assert sources["bad-line:1"]["name"] == "Feed A"
    assert sources["latin1"]["title"] == "Attaque à Bagdad"
    assert sources["cp1252"]["title"] == "Blast at “Café” – officials"
    assert sources["cr"]["title"] == "Raid in the town"
    # the script in the page's head, the navigation and the footer are not the article
    assert not any("500" in c["text"] for c in claims)
    # the entities of the XXE page were not expanded: no file content, no network fetch
    assert "root:" not in out["json"].stdout
    # hidden files are not read
    assert not any(c["text"] in ("1000", "2000") for c in claims)
    # the markup file's escapes are blanked before it is read (session 53: the words between them
    # are read as words), its offsets stay in the file's own text, escapes and all
    markup = [c for c in claims if c["source"] == "markup"]
    assert any("were killed in the blast" in " ".join(c["sentence"].split()) for c in markup)
    assert not any("\x1b" in c["sentence"] for c in markup)
    raw = (root / "markup.txt").read_text(encoding="utf-8")
    assert all(raw[c["start"]:c["end"]] == c["text"] for c in markup)
    # the text report names sources by outlet, with their titles
    text = out["text"].stdout
    rows = {line.split("  ")[1]: line for line in text.splitlines() if line.startswith("  ") and "“" in line}
    assert "“Market bombing”  2024-01-09" in rows["Daily Example"]
    assert "“Report 1”  2024-01-09  three.jsonl (line 2)" in rows["Wire 1"]


def test_relative_dates_are_anchored_on_publication(runs):
    _, _, out = runs
    report = json.loads(out["json"].stdout)
    post = [c for c in report["claims"] if c["source"] == "post" and c["kind"] == "quantity"]
    assert post and post[0]["scope"]["time"] == "last night"
    assert post[0]["scope"]["date"] == "2024-01-08"  # published 2024-01-09


def test_no_escape_or_control_character_is_printed(runs):
    _, _, out = runs
    for name, r in out.items():
        for stream in (r.stdout, r.stderr):
            bad = {hex(ord(c)) for c in UNSAFE.findall(stream)}
            assert not bad, (name, bad)
    text = out["text"].stdout
    assert "[bold red]Nine people[/]" in text  # markup printed literally
    assert "Headline with red" in text  # the title, its OSC and colour sequences removed whole
    assert "pwned" not in text


def test_strict_turns_skips_into_exit_2_and_still_prints(runs):
    _, _, out = runs
    r = out["strict"]
    assert r.returncode == 2, r.stderr[-1000:]
    assert r.stderr.rstrip().splitlines()[-1].startswith("error: --strict:")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {row["source"] for row in rows} >= set(hostile.GOOD)


def test_folder_is_left_byte_for_byte_unchanged(runs):
    root, before, _ = runs
    after = hostile.snapshot(root)
    assert after == before
    assert not Path("/tmp/reconcile-pwned").exists()  # the YAML tag did not run


def test_unreadable_file(runs):
    root, _, out = runs
    if AS_ROOT:
        pytest.skip("running as root: chmod 000 does not stop root from reading, so the file is read; "
                    "test_unreadable_file_simulated covers the message")
    err = out["text"].stderr
    assert f"{root / 'locked.txt'}: skipped: cannot read: permission denied" in err


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    """The permission error path, whoever runs the tests: os.open fails with EACCES."""
    import errno

    from typer.testing import CliRunner

    from reconcile.cli import app

    (tmp_path / "good.txt").write_text("Police said four people were killed on Monday.\n")
    locked = tmp_path / "locked.txt"
    locked.write_text("Police said 99 people were killed.\n")
    real_open = os.open

    def fake_open(path, flags, *a, **k):
        if os.fspath(path) == str(locked):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", fake_open)
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert f"{locked}: skipped: cannot read: permission denied" in r.stderr
    report = json.loads(r.stdout)
    assert [s["id"] for s in report["sources"]] == ["good"]
    assert report["skipped"] == [{"path": str(locked), "line": None, "reason": "cannot read: permission denied"}]
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--strict"])
    assert r.exit_code == 2


def test_on_a_terminal_only_our_own_colours_reach_it(folder):
    """With stdout on a pseudo-terminal the report is coloured, and the only escape
    sequences are rich's SGR colour codes: none from the articles."""
    pty = pytest.importorskip("pty")
    root, _ = folder
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env.update(TERM="xterm-256color", COLUMNS="100", PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "reconcile", "check", str(root), "--unique"], stdout=slave,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode in (0, 1)
    assert "\x1b[" in out  # coloured: it did see a terminal
    without_sgr = re.sub(r"\x1b\[[0-9;]*m", "", out).replace("\r\n", "\n")  # the pty adds \r
    assert not UNSAFE.findall(without_sgr), sorted({hex(ord(c)) for c in UNSAFE.findall(without_sgr)})
    assert "[bold red]Nine people[/]" in without_sgr
