"""--scheduler: extraction on a Dask cluster gives the same output as a local run (issue 18).

The test starts its own LocalCluster (two worker processes, one thread each) and points
the command at its address, as a user points it at `dask scheduler`; the reports and
claims must be byte-identical to `--jobs 1`'s. An address where no scheduler listens is
one line on stderr and exit 4, within Dask's connect timeout (set to 1 s here).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from reconcile.cli import EXIT_CLUSTER, app

distributed = pytest.importorskip("distributed")  # make install installs it (requirements/lock.txt)

pytestmark = pytest.mark.model
runner = CliRunner()

# invented articles of our own: two accounts of one fire that disagree on the toll, one
# about something else, and files that are skipped with a line each
ARTICLES = {
    "north.txt": "Fire officials said two people died when a warehouse burned in Eastbrook on Tuesday. "
                 "\"The roof came down within minutes,\" said Chief Dana Okoro.\n",
    "south.txt": "Three people died in a warehouse fire in Eastbrook on Tuesday, the county coroner said. "
                 "Four firefighters were treated for smoke.\n",
    "west.md": "# Eastbrook fire\n\nAt least three people were killed on Tuesday when fire swept through a "
               "warehouse in Eastbrook, police said.\n",
    "market.txt": "The city council approved a budget of 12 million dollars for the new market hall on Monday.\n",
    "broken.json": "{\"text\": \"unfinished\n",
    "scan.pdf": "not an article\n",
}


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                      silence_logs=40) as c:
        yield c.scheduler_address


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    for p in SEEDS.iterdir():
        (d / p.name).write_bytes(p.read_bytes())
    return d


def _run(*args):
    r = runner.invoke(app, [*args, "--no-cache"])
    return r.exit_code, r.stdout, r.stderr


def test_a_cluster_of_two_workers_gives_the_report_of_jobs_1(cluster, folder):
    local = _run("check", str(folder), "--format", "json", "--jobs", "1")
    dask = _run("check", str(folder), "--format", "json", "--scheduler", cluster)
    assert local[0] == 1 and json.loads(local[1])["summary"]["sources"] == 6
    assert dask == local  # exit code, stdout byte for byte, the skipped lines on stderr
    assert local[2].count("skipped:") == 2


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_claims_on_the_cluster_are_those_of_jobs_1(cluster, folder, fmt):
    local = _run("claims", str(folder), "--format", fmt, "--jobs", "1")
    assert local[0] == 0 and local[1].count("\n") > 10
    assert _run("claims", str(folder), "--format", fmt, "--scheduler", cluster) == local


def test_claims_from_the_cluster_are_cached_by_the_command(cluster, folder, tmp_path, monkeypatch):
    # only the command writes the cache: a second run, the cluster gone from its
    # options, is answered from what the first one stored
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--scheduler", cluster])
    again = runner.invoke(app, ["claims", str(folder), "--format", "jsonl", "--scheduler", "tcp://127.0.0.1:9"])
    assert first.exit_code == again.exit_code == 0
    assert again.stdout == first.stdout


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", ["check", "claims"])
def test_an_unreachable_scheduler_is_one_line_and_exit_4(command, tmp_path):
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s", "XDG_CACHE_HOME": str(tmp_path)}
    address = f"tcp://127.0.0.1:{_closed_port()}"
    r = subprocess.run([sys.executable, "-m", "reconcile", command, str(SEEDS), "--scheduler", address],
                       capture_output=True, text=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode == EXIT_CLUSTER == 4
    assert r.stderr.startswith(f"error: cannot reach the Dask scheduler at {address} (within 1s): ")
    assert r.stderr.count("\n") == 1 and r.stdout == ""


def test_a_run_without_scheduler_never_imports_dask():
    code = ("import sys, reconcile.cli, reconcile.pipeline; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.stdout.strip() == "[]", r.stderr


def test_workers_that_extract_differently_are_refused(cluster, folder, monkeypatch):
    # the cluster's workers run another reconcile (here: this one claims another
    # extractor version), so their claims must not be reported or cached as this run's
    import reconcile.cluster as cl

    real = cl.stamp
    monkeypatch.setattr(cl, "stamp", lambda model_id: ("0" * 12, *real(model_id)[1:]))
    r = runner.invoke(app, ["claims", str(folder), "--scheduler", cluster, "--no-cache"])
    assert r.exit_code == 4
    *skips, last = r.stderr.splitlines()
    assert last.startswith(f"error: the Dask workers at {cluster} do not extract as this command does")
    assert all(": skipped: " in s for s in skips) and r.stdout == ""



def test_without_dask_the_option_says_how_to_install_it(monkeypatch, folder):
    monkeypatch.setitem(sys.modules, "distributed", None)  # an import of it now fails
    r = runner.invoke(app, ["claims", str(folder), "--scheduler", "local", "--no-cache"])
    assert r.exit_code == 2
    last = r.stderr.splitlines()[-1]
    assert last.startswith("error: --scheduler needs Dask (") and "pip install 'reconcile[dask]'" in last


def test_a_scheduler_without_workers_is_one_line_and_exit_4(folder):
    import dask.config
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address="127.0.0.1:0", silence_logs=40) as empty, \
            dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        r = runner.invoke(app, ["claims", str(folder), "--scheduler", empty.scheduler_address, "--no-cache"])
    assert r.exit_code == 4
    assert r.stderr.splitlines()[-1] == (f"error: the Dask scheduler at {empty.scheduler_address} has no worker "
                                         f"(waited 1s); start some with: dask worker {empty.scheduler_address}")
