"""Determinism across processes, stdout carrying only the report, progress on a
terminal's stderr only, NO_COLOR and TERM=dumb."""

from __future__ import annotations

import io
import os
import pty
import re
import shutil
import subprocess
import sys
import threading

import pytest

from conftest import ROOT, SEEDS
from reconcile import console

SCRIPT = """
import sys
from reconcile.pipeline import reconcile
from reconcile.report import RENDERERS
report = reconcile([sys.argv[1]])
for fmt in ("json", "markdown", "sarif"):
    sys.stdout.write(RENDERERS[fmt](report) + "\\x00")
"""


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(extra)
    return env


def test_two_processes_give_byte_identical_json_markdown_sarif():
    runs = [subprocess.run([sys.executable, "-c", SCRIPT, "seeds"], cwd=ROOT, capture_output=True,
                           env=_env(PYTHONHASHSEED=seed), check=True).stdout
            for seed in ("1", "2")]
    assert runs[0] == runs[1]
    parts = runs[0].split(b"\x00")
    assert len(parts) == 4 and all(p.strip() for p in parts[:3])


def _cli_with_tty_stderr(args, **env):
    """Run the CLI with stdout on a pipe and stderr on a pseudo-terminal."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "reconcile", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=slave, env=_env(COLUMNS="80", **env))
    os.close(slave)
    # stdout is read beside the terminal, not after it: a report larger than the pipe's buffer
    # (64 KiB; the seeds' JSON passed it once town names became claims) would block the child
    # on stdout while this loop waits for the terminal to close
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(proc.stdout.read()))
    reader.start()
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    reader.join()
    out = got[0]
    proc.wait()
    os.close(master)
    return proc.returncode, out, b"".join(chunks).decode("utf-8", "replace")


def test_progress_on_terminal_stderr_only_and_stdout_unchanged():
    args = ["check", "seeds", "--format", "json", "--fail-on", "never"]
    piped = subprocess.run([sys.executable, "-m", "reconcile", *args], cwd=ROOT, capture_output=True,
                           env=_env(PYTHONHASHSEED="3"))
    assert piped.returncode == 0 and piped.stderr == b""  # not a terminal: no progress
    code, out, err = _cli_with_tty_stderr(args, PYTHONHASHSEED="4", TERM="xterm-256color")
    assert code == 0
    assert out == piped.stdout  # the same report, byte for byte, whatever stderr is
    assert "parsing articles" in err
    code, out, err = _cli_with_tty_stderr(args, TERM="dumb")
    assert code == 0 and out == piped.stdout
    assert "parsing articles" not in err  # a dumb terminal cannot redraw a bar


class _Tty(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("env,expected", [
    ({}, True), ({"NO_COLOR": "1"}, False), ({"NO_COLOR": ""}, True), ({"TERM": "dumb"}, False),
])
def test_colour_rules(monkeypatch, env, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert console.color(_Tty()) is expected
    assert console.color(io.StringIO()) is False  # never on a pipe


def test_progress_callback_reports_every_article(monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    from reconcile.pipeline import reconcile

    seen = []
    reconcile([SEEDS], progress=lambda done, total: seen.append((done, total)))
    # the folder is read lazily: the total is unknown until the last file has been read
    # (here with the first batch), then every article is counted against it
    assert seen == [(0, None), (1, 2), (2, 2)]
    with console.progress("parsing articles", io.StringIO()) as bar:
        assert bar is None  # not a terminal
    stream = _Tty()
    with console.progress("parsing [bold]articles[/]", stream) as bar:
        bar(1, 2)
    assert "[bold]" in stream.getvalue()  # the label is printed as data, not markup


def test_text_report_without_colour_has_no_escapes(seeds_report):
    from reconcile.report import text

    assert "\x1b" not in text.render(seeds_report, color=False)
    assert "\x1b[" in text.render(seeds_report, color=True)


def test_skip_notes_on_a_terminal_print_above_the_bar(tmp_path):
    """A skipped input met while the bar is drawn gets its whole line on the terminal,
    and stdout is the same report as without a terminal."""
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")
    args = ["check", str(folder), "--format", "json", "--fail-on", "never"]
    piped = subprocess.run([sys.executable, "-m", "reconcile", *args], cwd=ROOT, capture_output=True, env=_env())
    assert piped.stderr.decode().endswith("zz-empty.txt: skipped: empty file\n")
    code, out, err = _cli_with_tty_stderr(args, TERM="xterm-256color")
    assert code == 0 and out == piped.stdout
    plain = re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]", "", err)  # the bar's own cursor and colour codes
    lines = [line.strip() for line in plain.replace("\r", "\n").splitlines()]
    assert f"{folder / 'zz-empty.txt'}: skipped: empty file" in lines
