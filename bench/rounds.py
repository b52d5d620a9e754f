"""Whole-process CPU of ``reconcile claims`` against a bare ``nlp.pipe``, in rounds.

    python bench/rounds.py FOLDER [--rounds 6] [--tree NAME=PATH ...] [--together] [--out FILE]

Each round runs the bare run (bench/bare_spacy.py, the model reconcile loads) and, per
``--tree``, ``reconcile claims --no-cache --format jsonl --jobs 1 FOLDER`` with
``PYTHONPATH=PATH`` (default: this checkout), and takes each one's CPU seconds (user +
system of the process and every worker it reaped, from ``os.wait4``, so wall time and the
other jobs' share of the cores do not enter). Before the rounds every command runs once
untimed: the files, the model and the byte-compiled modules are then in the same warm
state for all (``python -m compileall`` the trees first: our shells set
PYTHONDONTWRITEBYTECODE).

In turn (the default) a round runs the commands one after the other, the order turned by
one each round. ``--together`` starts a round's commands at once, so each sees the same
neighbours over the same minutes: on a shared machine the CPU time of a process moves
with what runs beside it (caches, the other hyperthread), and rounds minutes apart see
different loads (docs/speed.md, speed30: single rounds agreed about twice as well so; their
level is not that of rounds in turn, so compare rounds of one kind only). Prints per round the CPU seconds and each tree's ratio bare/tree, then
the medians of CPU seconds, the median and spread of the per-round ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.models import find  # noqa: E402


def commands(folder: str, trees: list[tuple[str, str]]) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The bare run and one ``reconcile claims`` per tree, each with its environment."""
    py = sys.executable
    out = {"bare": ([py, str(ROOT / "bench" / "bare_spacy.py"), find(None).load, folder], dict(os.environ))}
    for name, path in trees:
        env = {**os.environ, "PYTHONPATH": path}
        out[name] = ([py, "-P", "-m", "reconcile", "claims", "--no-cache", "--format", "jsonl", "--jobs", "1",
                      folder], env)
    return out


def run(cmds: dict[str, tuple[list[str], dict[str, str]]], names: list[str]) -> dict[str, float]:
    """Start ``names`` at once; CPU seconds of each, as each ends."""
    procs = {subprocess.Popen(cmds[n][0], env=cmds[n][1], stdout=subprocess.DEVNULL).pid: n for n in names}
    cpu = {}
    while procs:
        pid, status, ru = os.wait4(-1, 0)
        if pid in procs:
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                raise SystemExit(f"{procs[pid]} failed ({status})")
            cpu[procs.pop(pid)] = ru.ru_utime + ru.ru_stime
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--tree", action="append", default=[], help="NAME=PATH of a checkout to run (repeatable)")
    ap.add_argument("--together", action="store_true", help="start a round's commands at once")
    ap.add_argument("--out", help="write the rounds as JSON here")
    args = ap.parse_args()
    trees = [tuple(t.split("=", 1)) for t in args.tree] or [("reconcile", str(ROOT))]
    cmds = commands(args.folder, trees)
    names = list(cmds)
    for n in names:  # untimed: the same warm files and .pyc for every timed run
        run(cmds, [n])
    rounds = []
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        cpu = run(cmds, order) if args.together else {k: v for n in order for k, v in run(cmds, [n]).items()}
        rounds.append(cpu)
        ratios = "  ".join(f"{n} {cpu[n]:.2f} ({cpu['bare'] / cpu[n]:.3f})" for n in names[1:])
        print(f"round {r + 1}: bare {cpu['bare']:.2f}  {ratios}  load {os.getloadavg()[0]:.1f}", flush=True)
    for n in names[1:]:
        per = [c["bare"] / c[n] for c in rounds]
        med = statistics.median(c["bare"] for c in rounds) / statistics.median(c[n] for c in rounds)
        print(f"{n}: ratio of medians {med:.3f}; per-round median {statistics.median(per):.3f}, "
              f"range {min(per):.3f} to {max(per):.3f}, sd {statistics.pstdev(per):.3f}")
    if args.out:
        Path(args.out).write_text(json.dumps({"together": args.together, "rounds": rounds}, indent=2) + "\n")


if __name__ == "__main__":
    main()
