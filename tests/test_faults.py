"""Faults a trusted CLI survives (issue 15, cases 1, 2, 3, 7 and 8): a claim cache that
cannot be used, two runs sharing one cache, --output onto devices and FIFOs, internal
errors and signals, worker processes and --jobs, deeply nested JSON. Each test runs the
real CLI (CliRunner, or a subprocess where processes and signals are the point) and
checks the exit code, the one line on stderr that names the file and the reason, that
the report is still written and that the input folder is unchanged."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hostile
from reconcile import cache as claim_cache
from reconcile.cli import app

ROOT = Path(__file__).resolve().parent.parent
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
runner = CliRunner()

TWO = {
    "herald.txt": "Three dead after Elm Street shooting\n\nThree people were killed and two injured when "
                  "a gunman opened fire on Elm Street on Friday, police said.\n",
    "daily.txt": "Elm Street shooting\n\nPolice said five people were killed and two injured in the "
                 "shooting on Elm Street on Friday.\n",
}


def _folder(root: Path, texts: dict[str, str] = TWO) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _articles(root: Path, n: int) -> Path:
    """``n`` short articles, each with its own figure (so each has its own cache entry)."""
    return _folder(root, {f"a{i:02}.txt": f"Report {i}\n\nPolice said {i + 2} people were killed and "
                                          f"{i + 1} injured in the attack on Monday.\n" for i in range(n)})


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "COLUMNS")}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


# ---------------------------------------------------------------- 1. a cache that cannot be used

@pytest.fixture
def xdg(tmp_path, monkeypatch):
    d = tmp_path / "xdg"
    d.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(d))
    return d


def _db(xdg: Path) -> Path:
    return xdg / "reconcile" / claim_cache.DB_NAME


def _filled_cache(xdg: Path, tmp_path: Path) -> bytes:
    """The bytes of a real cache holding a few entries (written by a run, then closed)."""
    assert runner.invoke(app, ["claims", str(_articles(tmp_path / "warm", 6)), "--jobs", "1"]).exit_code == 0
    db = _db(xdg)
    assert not Path(f"{db}-wal").exists()  # checkpointed on close: the entries are in the file
    data = db.read_bytes()
    assert len(data) >= 3 * 4096  # the schema, the table and its index
    for p in db.parent.iterdir():
        p.unlink()
    return data


def _damage(kind: str, xdg: Path, tmp_path: Path) -> tuple[Path, str]:
    """Put a damaged cache of ``kind`` in place; returns the path the warning must name
    and a fragment of the reason it must give."""
    db = _db(xdg)
    db.parent.mkdir(parents=True, exist_ok=True)
    if kind == "random":
        db.write_bytes(os.urandom(5000))
        return db, "file is not a database"
    if kind == "text":
        db.write_text("not a database at all\n")
        return db, "file is not a database"
    if kind == "empty-header":
        db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
        return db, "file is not a database"
    if kind == "truncated":
        db.write_bytes(_filled_cache(xdg, tmp_path)[:6000])
        return db, "database disk image is malformed"
    if kind == "corrupt-pages":
        data = bytearray(_filled_cache(xdg, tmp_path))
        for page in range(4096, len(data), 4096):  # every b-tree page after the schema's
            data[page:page + 64] = b"\xa5" * 64
        db.write_bytes(bytes(data))
        return db, "database disk image is malformed"
    if kind == "foreign":
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE claims (id INTEGER, body TEXT)")
        con.commit()
        con.close()
        return db, "not a reconcile cache (its 'claims' table has other columns)"
    if kind == "folder-is-a-file":
        db.parent.rmdir()
        db.parent.write_text("x")
        return db.parent, "a file stands where the cache folder belongs"
    if kind == "database-is-a-folder":
        db.mkdir()
        return db, "a folder stands where the cache database belongs"
    raise AssertionError(kind)


DAMAGE = ["random", "text", "empty-header", "truncated", "corrupt-pages", "foreign", "folder-is-a-file",
          "database-is-a-folder"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_cache_is_one_warning_and_the_run_goes_on(kind, xdg, tmp_path):
    folder = _folder(tmp_path / "in")
    expected = runner.invoke(app, ["check", str(folder), "--format", "json", "--no-cache", "--jobs", "1"])
    assert expected.exit_code == 1 and expected.stderr == ""  # the folder holds a conflict
    where, why = _damage(kind, xdg, tmp_path)
    before = hostile.snapshot(folder)
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "--jobs", "1"])
    assert r.exit_code == 1, r.output  # the finding's code, not an error's
    assert r.stdout == expected.stdout  # the whole report
    line, = r.stderr.splitlines()
    assert line.startswith(f"{where}: claim cache not used: ") and why in line, line
    assert hostile.snapshot(folder) == before
    # `claims` says the same and lists the claims
    r = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--jobs", "1"])
    assert r.exit_code == 0 and r.stdout.count("\n") >= 4
    assert r.stderr.splitlines() == [line]
    # `cache info` says what is wrong; `cache clear` removes whatever is there
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and "entries: unknown" in info.stdout
    assert info.stderr.splitlines() == [line.replace("claim cache not used", "claim cache not usable")]
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and cleared.stderr == "", cleared.output
    assert cleared.stdout == f"removed the unreadable cache at {_db(xdg)}\n"
    assert not _db(xdg).exists() and not (xdg / "reconcile").is_file()
    # and the next run has a working cache again
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "--jobs", "1"])
    assert (r.exit_code, r.stderr, r.stdout) == (1, "", expected.stdout)
    assert "entries: 2" in runner.invoke(app, ["cache", "info"]).stdout


def test_a_damaged_cache_in_diff_is_said_once(xdg, tmp_path):
    old = _folder(tmp_path / "old")
    new = _folder(tmp_path / "new", {**TWO, "wire.txt": "Elm Street\n\nSix people were killed on Friday, "
                                                          "officials said.\n"})
    where, why = _damage("random", xdg, tmp_path)
    r = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert r.exit_code in (0, 1) and json.loads(r.stdout)["schema"].startswith("reconcile/diff@")
    assert r.stderr.splitlines() == [f"{where}: claim cache not used: {why}; `reconcile cache clear` removes it"]


def test_a_cache_locked_past_the_lock_wait_is_given_up_for_the_run(xdg, tmp_path, monkeypatch):
    folder = _folder(tmp_path / "in")
    first = runner.invoke(app, ["claims", str(_articles(tmp_path / "other", 1)), "--jobs", "1"])
    assert first.exit_code == 0 and _db(xdg).exists()
    holder = sqlite3.connect(_db(xdg), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that never lets go
    monkeypatch.setenv("RECONCILE_CACHE_LOCK_WAIT", "0")
    try:
        r = runner.invoke(app, ["check", str(folder), "--format", "json", "--jobs", "1"])
    finally:
        holder.rollback()
        holder.close()
    assert r.exit_code == 1 and json.loads(r.stdout)["summary"]["conflicts"] >= 1
    assert r.stderr.splitlines() == [f"{_db(xdg)}: claim cache not used: database is locked (another run held "
                                     "it for more than the lock wait, 0 s)"]


@pytest.mark.skipif(AS_ROOT, reason="root writes into a read-only folder anyway")
def test_an_unwritable_cache_folder(xdg, tmp_path):
    folder = _folder(tmp_path / "in")
    (xdg / "reconcile").mkdir()
    os.chmod(xdg / "reconcile", 0o500)
    try:
        r = runner.invoke(app, ["check", str(folder), "--format", "json", "--jobs", "1"])
    finally:
        os.chmod(xdg / "reconcile", 0o700)
    assert r.exit_code == 1 and json.loads(r.stdout)["sources"]
    line, = r.stderr.splitlines()
    assert line == f"{_db(xdg)}: claim cache not used: unable to open database file"


def test_a_damaged_entry_is_a_miss(xdg, tmp_path):
    folder = _folder(tmp_path / "in")
    first = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--jobs", "1"])
    con = sqlite3.connect(_db(xdg))
    keys = [k for k, in con.execute("SELECT key FROM claims")]
    assert len(keys) == 2
    import zlib

    con.execute("UPDATE claims SET data = ? WHERE key = ?", (b"\x00garbage", keys[0]))
    con.execute("UPDATE claims SET data = ? WHERE key = ?", (zlib.compress(b'[{"kind": "quantity"}]'), keys[1]))
    con.commit()
    con.close()
    again = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--jobs", "1"])
    assert (again.exit_code, again.stderr, again.stdout) == (0, "", first.stdout)


def test_cache_clear_on_an_empty_or_missing_cache(xdg):
    r = runner.invoke(app, ["cache", "clear"])
    assert (r.exit_code, r.stdout, r.stderr) == (0, "removed 0 cached articles\n", "")
    assert not (xdg / "reconcile").exists()


# ---------------------------------------------------------------- 2. two runs sharing one cache

PAUSING = r"""
import os, sys
import reconcile.extract as X

pause_at, ready, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
real = X.claims

def claims(art, doc):
    if art.id == pause_at:  # stop in the middle of the run until the test says go
        os.write(ready, b"paused\n")
        os.read(go, 1)
    return real(art, doc)

X.claims = claims
from reconcile.cli import main
sys.argv = ["reconcile", *sys.argv[4:]]
main()
"""


def test_two_runs_sharing_a_cache_both_succeed_with_the_same_claims(tmp_path):
    """Run A stops halfway through its articles, after it has stored the first batch's
    claims; run B does the whole folder meanwhile, then A finishes. A write transaction
    held across A's extractions would make B wait past the (lowered) lock wait and fail
    or give up the cache; committed per article, neither ever waits."""
    folder = _articles(tmp_path / "in", 40)
    before = hostile.snapshot(folder)
    env = _env(XDG_CACHE_HOME=str(tmp_path / "xdg"), RECONCILE_CACHE_LOCK_WAIT="1")
    args = ["claims", str(folder), "--format", "jsonl", "--jobs", "1"]
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    out_a, err_a = open(tmp_path / "a.out", "w+"), open(tmp_path / "a.err", "w+")  # files: A never blocks on them
    a = subprocess.Popen([sys.executable, "-c", PAUSING, "a20", str(ready_w), str(go_r), *args],
                         stdout=out_a, stderr=err_a, stdin=subprocess.DEVNULL,
                         pass_fds=(ready_w, go_r), env=env, cwd=ROOT)
    os.close(ready_w)
    os.close(go_r)
    try:
        with os.fdopen(ready_r, "rb") as ready:
            assert ready.readline() == b"paused\n", (a.wait(timeout=600), (tmp_path / "a.err").read_text())
            stored = sqlite3.connect(tmp_path / "xdg" / "reconcile" / claim_cache.DB_NAME)
            assert stored.execute("SELECT count(*) FROM claims").fetchone()[0] == 16  # the first batch
            stored.close()
            b = subprocess.run([sys.executable, "-m", "reconcile", *args], capture_output=True, text=True,
                               env=env, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=600)
            os.write(go_w, b"g")
            a.wait(timeout=600)
    finally:
        os.close(go_w)
        if a.poll() is None:
            a.kill()
            a.wait()
        out_a.close()
        err_a.close()
    assert (b.returncode, b.stderr) == (0, ""), b.stderr[-2000:]
    assert (a.returncode, (tmp_path / "a.err").read_text()) == (0, "")
    assert (tmp_path / "a.out").read_text() == b.stdout and b.stdout.count("\n") >= 80
    assert hostile.snapshot(folder) == before
    info = subprocess.run([sys.executable, "-m", "reconcile", "cache", "info"], capture_output=True, text=True,
                          env=env, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=600)
    assert "entries: 40" in info.stdout
