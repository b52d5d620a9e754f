"""Faults a trusted CLI survives (issue 15, cases 1, 2, 3, 7 and 8): a claim cache that
cannot be used, two runs sharing one cache, --output onto devices and FIFOs, internal
errors and signals, worker processes and --jobs, deeply nested JSON. Each test runs the
real CLI (CliRunner, or a subprocess where processes and signals are the point) and
checks the exit code, the one line on stderr that names the file and the reason, that
the report is still written and that the input folder is unchanged."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
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


def _line(fd: int, timeout: float = 300) -> bytes:
    """One line from the pipe ``fd``; what came so far if its writers closed it or nothing
    came for ``timeout`` seconds (a failing run then fails the test instead of hanging it)."""
    import select

    got = b""
    while not got.endswith(b"\n"):
        if not select.select([fd], [], [], timeout)[0]:
            break
        byte = os.read(fd, 1)
        if not byte:
            break
        got += byte
    return got


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
    assert line.startswith(f"{_db(xdg)}: claim cache not used: ")
    assert "unable to open database file" in line or "readonly database" in line, line


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
        assert _line(ready_r) == b"paused\n", (a.poll(), (tmp_path / "a.err").read_text())
        stored = sqlite3.connect(tmp_path / "xdg" / "reconcile" / claim_cache.DB_NAME)
        assert stored.execute("SELECT count(*) FROM claims").fetchone()[0] == 16  # the first batch
        stored.close()
        b = subprocess.run([sys.executable, "-m", "reconcile", *args], capture_output=True, text=True,
                           env=env, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=600)
        os.write(go_w, b"g")
        a.wait(timeout=600)
    finally:
        os.close(go_w)
        os.close(ready_r)
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


# ---------------------------------------------------------------- 3. --output onto devices and FIFOs

def _device(tmp_path: Path, name: str) -> Path:
    """A character device to write the report onto: /dev/null or /dev/full. As root the
    test makes its own twin of it (same major and minor numbers) in ``tmp_path``, so that
    a regression that replaced the device with a file could not break the machine's; any
    other user cannot replace anything in /dev, and gets the real one."""
    real = Path("/dev") / name
    if not real.exists():
        pytest.skip(f"no {real} on this system")
    if not AS_ROOT:
        return real
    twin = tmp_path / name
    try:
        os.mknod(twin, 0o666 | stat.S_IFCHR, os.stat(real).st_rdev)
    except OSError as e:
        pytest.skip(f"cannot make a device node here ({e.strerror})")
    return twin


def _node(path: Path) -> tuple[int, int, int]:
    st = os.lstat(path)
    return st.st_mode, st.st_rdev, st.st_ino


def test_output_onto_dev_null_writes_into_it(tmp_path):
    folder = _folder(tmp_path / "in")
    null = _device(tmp_path, "null")
    before, node, beside = hostile.snapshot(folder), _node(null), set(null.parent.iterdir())
    r = runner.invoke(app, ["check", str(folder), "-o", str(null), "--no-cache", "--jobs", "1"])
    assert (r.exit_code, r.stdout, r.stderr) == (1, "", "")
    assert stat.S_ISCHR(_node(null)[0]) and _node(null) == node  # the same device, not a file put in its place
    assert set(null.parent.iterdir()) == beside  # no temporary file left beside it
    assert hostile.snapshot(folder) == before


def test_output_onto_a_terminal_writes_into_it(tmp_path):
    """A pseudo-terminal is a character device too, and what is written into it can be
    read back from its other side."""
    import threading
    import tty

    folder = _folder(tmp_path / "in")
    master, slave = os.openpty()
    tty.setraw(slave)  # no line discipline: the bytes as written
    name = Path(os.ttyname(slave))
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO once the other side is closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    node = _node(name)
    try:
        r = runner.invoke(app, ["check", str(folder), "--format", "json", "-o", str(name), "--no-cache", "--jobs", "1"])
        assert _node(name) == node
    finally:
        os.close(slave)
        reader.join()
        os.close(master)
    assert (r.exit_code, r.stdout, r.stderr) == (1, "", "")
    assert json.loads(b"".join(chunks))["summary"]["conflicts"] >= 1


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_output_onto_dev_full_is_a_clear_error(option, tmp_path):
    folder = _folder(tmp_path / "in")
    full = _device(tmp_path, "full")
    before, node = hostile.snapshot(folder), _node(full)
    r = runner.invoke(app, ["check", str(folder), option, str(full), "--no-cache", "--jobs", "1"])
    what = f"baseline {full}" if option == "--write-baseline" else str(full)
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1] == f"error: {what}: cannot write: No space left on device"
    assert _node(full) == node and hostile.snapshot(folder) == before


@pytest.mark.parametrize("command", ["check", "claims"])
def test_stdout_onto_dev_full_is_a_clear_error(command, tmp_path):
    folder = _folder(tmp_path / "in")
    with open(_device(tmp_path, "full"), "w") as full:
        r = subprocess.run([sys.executable, "-m", "reconcile", command, str(folder), "--no-cache", "--jobs", "1"],
                           stdout=full, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                           env=_env(), cwd=ROOT, timeout=600)
    assert (r.returncode, r.stderr) == (2, "error: stdout: cannot write the report: No space left on device\n")


def test_output_onto_a_fifo_writes_into_it_and_keeps_it(tmp_path):
    import threading

    folder = _folder(tmp_path / "in")
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()  # blocks in open() until the run opens the FIFO for writing
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "-o", str(fifo), "--no-cache", "--jobs", "1"])
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a FIFO, not a file renamed over it
    if reader.is_alive():  # the run never opened it: let the reader go (it fails below)
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError as e:  # ENXIO: no reader has it open any more, it read and closed it
            if e.errno != errno.ENXIO:
                raise
    reader.join()
    assert (r.exit_code, r.stderr) == (1, ""), r.output
    assert got and json.loads(got[0])["summary"]["conflicts"] >= 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_through_a_symbolic_link_replaces_its_target_not_the_link(tmp_path):
    folder = _folder(tmp_path / "in")
    target = tmp_path / "reports" / "latest.json"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "-o", str(link), "--no-cache", "--jobs", "1"])
    assert (r.exit_code, r.stderr) == (1, "")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["summary"]["conflicts"] >= 1


@pytest.mark.parametrize("command", ["check", "claims"])
def test_a_reader_that_went_away_ends_the_run_quietly(command, tmp_path):
    """``reconcile ... | head`` once head has gone: exit 2, nothing on stderr (no
    BrokenPipeError, no 'Exception ignored')."""
    folder = _folder(tmp_path / "in")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte
    try:
        r = subprocess.run([sys.executable, "-m", "reconcile", command, str(folder), "--no-cache", "--jobs", "1"],
                           stdout=write_end, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                           env=_env(), cwd=ROOT, timeout=600)
    finally:
        os.close(write_end)
    assert (r.returncode, r.stderr) == (2, "")


# ---------------------------------------------------------------- 7. internal errors, signals, workers

def test_an_internal_error_is_exit_3_in_one_line(tmp_path, monkeypatch):
    import reconcile.pipeline as pipeline

    def broken(*a, **k):
        raise ValueError("no such thing\nsecond line")

    folder = _folder(tmp_path / "in")
    monkeypatch.setattr(pipeline, "report", broken)
    r = runner.invoke(app, ["check", str(folder), "--no-cache", "--jobs", "1"])
    assert r.exit_code == 3 and r.stdout == ""
    assert r.stderr.splitlines() == ["error: internal error: ValueError: no such thing (a bug in reconcile; "
                                     "RECONCILE_TRACEBACK=1 prints where)"]
    monkeypatch.setenv("RECONCILE_TRACEBACK", "1")
    r = runner.invoke(app, ["check", str(folder), "--no-cache", "--jobs", "1"])
    assert r.exit_code == 3 and "Traceback (most recent call last)" in r.stderr and "in broken" in r.stderr


def test_usage_errors_keep_exit_2(tmp_path):
    r = runner.invoke(app, ["check", str(tmp_path), "--fail-on", "sometimes"])
    assert r.exit_code == 2 and "Traceback" not in r.stderr and "internal error" not in r.stderr


HANGING = r"""
import os, sys
import reconcile.extract as X

started = int(sys.argv[1])
hold_r, hold_w = os.pipe()  # never written: a worker that reads it waits for ever

def claims(art, doc):
    os.write(started, f"{os.getpid()} {os.getppid()}\n".encode())
    os.read(hold_r, 1)

X.claims = claims
from reconcile.cli import main
sys.argv = ["reconcile", *sys.argv[2:]]
main()
"""


def _default_signals() -> None:
    """In the child before exec: Ctrl-C at its default. A test runner started in the
    background of a non-interactive shell (a CI script's ``cmd &``, ``nohup``) ignores
    SIGINT, the child inherits that, and Python then keeps ignoring Ctrl-C, as a
    background program should: the SIGINT case would wait for ever."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ended(pid: int, timeout: float) -> bool:
    """Whether process ``pid`` has ended (exited, or a zombie) within ``timeout``: woken by
    the kernel through a pidfd when it ends, not by polling."""
    import select

    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
        return bool(ready)
    finally:
        os.close(fd)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(os, "pidfd_open"),
                    reason="parent-death signal and pidfds are Linux's")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL", "SIGINT"])
def test_workers_end_with_their_parent(how, tmp_path):
    """Both workers are stopped inside an extraction when the parent gets the signal;
    every worker must be gone (the kernel tells us when), and stderr holds at most the
    parent's one line."""
    import signal

    folder = _articles(tmp_path / "in", 2)
    started_r, started_w = os.pipe()
    err = open(tmp_path / "err", "w+")
    proc = subprocess.Popen([sys.executable, "-c", HANGING, str(started_w), "claims", str(folder), "--jobs", "2",
                             "--no-cache"], stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL,
                            pass_fds=(started_w,), env=_env(), cwd=ROOT, start_new_session=True,
                            preexec_fn=_default_signals)
    os.close(started_w)
    workers: list[int] = []
    try:
        for _ in range(2):  # blocks until each worker is inside an extraction
            line = _line(started_r).split()
            assert len(line) == 2, (proc.poll(), (tmp_path / "err").read_text())
            pid, ppid = map(int, line)
            assert ppid == proc.pid
            workers.append(pid)
        assert len(set(workers)) == 2  # two workers for two articles
        if how == "SIGINT":  # Ctrl-C: the terminal signals the whole process group
            os.killpg(proc.pid, signal.SIGINT)
        else:
            os.kill(proc.pid, getattr(signal, how))
        code = proc.wait(timeout=600)
        gone = [_ended(w, timeout=60) for w in workers]
    finally:
        for w in workers:  # whatever the outcome, leave none of ours behind
            try:
                os.kill(w, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(started_r)
        err.close()
    assert gone == [True, True]
    stderr = (tmp_path / "err").read_text()
    expected = {"SIGTERM": (143, "error: terminated (SIGTERM)\n"), "SIGKILL": (-9, ""),
                "SIGINT": (130, "error: interrupted\n")}[how]
    assert (code, stderr) == expected


@pytest.fixture
def pool_sizes(monkeypatch):
    """The number of processes each worker pool of the run is started with."""
    import multiprocessing.pool

    sizes: list[int] = []
    real = multiprocessing.pool.Pool.__init__

    def spy(self, processes=None, *a, **k):
        sizes.append(processes)
        real(self, processes, *a, **k)

    monkeypatch.setattr(multiprocessing.pool.Pool, "__init__", spy)
    return sizes


def test_jobs_is_capped_at_the_number_of_articles(tmp_path, pool_sizes):
    folder = _articles(tmp_path / "in", 3)
    one = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--jobs", "1", "--no-cache"])
    assert pool_sizes == []  # --jobs 1 parses in this process
    many = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--jobs", "100000", "--no-cache"])
    assert pool_sizes == [3]
    assert (many.exit_code, many.stderr) == (0, "") and many.stdout == one.stdout


def test_jobs_is_capped_at_a_maximum(tmp_path, pool_sizes, monkeypatch):
    from reconcile import workers

    monkeypatch.setattr(workers, "max_jobs", lambda: 2)  # lowered: the default is twice the cores, at least 4
    folder = _articles(tmp_path / "in", 40)
    r = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--jobs", "500", "--no-cache"])
    assert (r.exit_code, r.stderr) == (0, "") and pool_sizes == [2]
    assert len({json.loads(x)["source"] for x in r.stdout.splitlines()}) == 40


# ---------------------------------------------------------------- 8. deeply nested JSON

DEPTH = 100_000


def _deep(path: Path, head: str, tail: str = "}") -> Path:
    path.write_text(head + "[" * DEPTH + "]" * DEPTH + tail)
    return path


def test_a_deeply_nested_baseline_is_a_clear_error(tmp_path):
    folder = _folder(tmp_path / "in")
    baseline = _deep(tmp_path / "baseline.json", '{"schema": "reconcile/baseline@1", "findings": ')
    r = runner.invoke(app, ["check", str(folder), "--baseline", str(baseline), "--no-cache", "--jobs", "1"])
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [f"error: {baseline}: not a baseline (JSON nested too deeply)"]


@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_deeply_nested_saved_report_is_a_clear_error(where, tmp_path):
    folder = _folder(tmp_path / "in")
    if where == "head":
        saved = _deep(tmp_path / "report.json", '{"schema": "reconcile/report@1", "sources": ')
    else:  # the schema only after the nesting: still recognised as a report
        saved = _deep(tmp_path / "report.json", '{"sources": ', ', "schema": "reconcile/report@1"}')
    line = f"error: {saved}: not a reconcile JSON report (JSON nested too deeply)"
    r = runner.invoke(app, ["check", str(saved)])
    assert (r.exit_code, r.stderr.splitlines()) == (2, [line])
    for args in ([str(folder), str(saved)], [str(saved), str(folder)]):
        r = runner.invoke(app, ["diff", *args, "--format", "json"])
        assert (r.exit_code, r.stderr.splitlines()) == (2, [line])


def test_deeply_nested_saved_claims_are_a_clear_error(tmp_path):
    saved = _deep(tmp_path / "shard.jsonl", '{"record": ', "}\n")
    r = runner.invoke(app, ["check", "--claims", str(saved)])
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [f"error: {saved}: line 1: not saved claims (JSON nested too deeply)"]
