"""Bounded cost per input (issue 15): the figures docs/speed.md quotes.

    python bench/cost.py [WORKDIR]

Writes the inputs of bench/long_inputs.py into WORKDIR (default: a temporary folder),
then, each in a fresh process with ``--jobs 1 --no-cache``:

1. ``reconcile claims`` on one 1.2 MB article: wall and CPU seconds, peak RSS of the
   process, claims, and the offset of the last claim (read to the end?);
2. the same on the second article (its claims feed step 4);
3. ``reconcile check`` on the two seed articles beside 100,000 quotation marks in a
   row: seconds, exit code, conflicts found;
4. ``bench/align_time.py`` on the first 20,800 claims of each article (two sources of
   20,800 claims), and on the seeds' claims repeated to 20,800 per source;
5. ``reconcile check`` on a folder holding one 1.2 MB article, twice, with a claim cache of
   its own (``XDG_CACHE_HOME`` in WORKDIR): the second run reads the claims from the cache,
   so its time is the judging of one long account (accounts, comparison, the fact rows).

Prints one JSON object a line. Timing depends on the machine and its load; the CPU
seconds less so. No model download; the articles are made from a fixed seed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS_PER_SOURCE = 20_800


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    """Run ``python -m reconcile ARGS``; its wall and CPU seconds and its own peak RSS
    (``os.wait4`` gives the resource use of that one process)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "reconcile", *args], stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL, env=env or _env(), cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())
    return done, {"wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
                  "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def claims_of(path: Path, out: Path) -> dict:
    p, m = run(["claims", str(path), "--format", "jsonl", "--jobs", "1", "--no-cache", "--output", str(out)])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if p.returncode == 0 else []
    return {"bench": "long article", "file": path.name, "chars": len(path.read_text(encoding="utf-8")),
            "exit": p.returncode, "stderr": p.stderr.strip()[-300:], "claims": len(rows),
            "last_claim_end": max((r["end"] for r in rows), default=None), **m}


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workdir", nargs="?", type=Path, help="where the inputs are written (default: a temporary folder)")
    a = ap.parse_args()
    work = a.workdir or Path(tempfile.mkdtemp(prefix="reconcile-cost-"))
    subprocess.run([sys.executable, str(ROOT / "bench" / "long_inputs.py"), str(work)], check=True, env=_env())
    long_ = work / "long"
    for name in ("a", "b"):
        print(json.dumps(claims_of(long_ / f"{name}.txt", work / f"{name}.jsonl")), flush=True)

    p, m = run(["check", str(work / "quotes"), "--format", "json", "--jobs", "1", "--no-cache"])
    summary = json.loads(p.stdout)["summary"] if p.stdout.startswith("{") else None
    print(json.dumps({"bench": "100 KB of quotation marks beside the seeds", "exit": p.returncode,
                      "conflicts": summary and summary["conflicts"], "stderr": p.stderr.strip()[-300:], **m}),
          flush=True)

    for name in ("a", "b"):  # the first 20,800 claims of each article
        lines = (work / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[:CLAIMS_PER_SOURCE]
        (work / f"{name}-{CLAIMS_PER_SOURCE}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    seeds = run(["claims", str(ROOT / "seeds"), "--format", "jsonl", "--no-cache"])[0].stdout.splitlines()
    (work / "seeds-repeated.jsonl").write_text(_repeated(seeds), encoding="utf-8")
    for label, files in (("two articles, 20,800 claims each", [f"a-{CLAIMS_PER_SOURCE}.jsonl",
                                                               f"b-{CLAIMS_PER_SOURCE}.jsonl"]),
                         ("the seeds' claims repeated to 20,800 per source", ["seeds-repeated.jsonl"])):
        p = subprocess.run([sys.executable, str(ROOT / "bench" / "align_time.py"), *[str(work / f) for f in files]],
                           capture_output=True, text=True, env=_env(), check=True)
        print(json.dumps({"bench": f"alignment: {label}", **json.loads(p.stdout)}), flush=True)

    one = work / "one-long"  # the first article alone, checked with a cache of its own
    one.mkdir(exist_ok=True)
    shutil.copyfile(long_ / "a.txt", one / "a.txt")
    env = {**_env(), "XDG_CACHE_HOME": str(work / "cache")}
    for label in ("claims extracted and cached", "claims read from the cache"):
        p, m = run(["check", str(one), "--format", "json", "--jobs", "1"], env)
        print(json.dumps({"bench": f"check of one 1.2 MB article, {label}", "exit": p.returncode,
                          "stderr": p.stderr.strip()[-300:], **m}), flush=True)


def _repeated(lines: list[str]) -> str:
    """Each source's claims written again and again, further down the text, to 20,800."""
    by_source: dict[str, list[dict]] = {}
    for line in lines:
        row = json.loads(line)
        by_source.setdefault(row["source"], []).append(row)
    out = []
    for src, rows in by_source.items():
        n = 0
        while n < CLAIMS_PER_SOURCE:
            copy = n // len(rows)
            row = dict(rows[n % len(rows)])
            row.update(id=f"{src}:{row['kind']}{n}", start=row["start"] + copy * 10_000,
                       end=row["end"] + copy * 10_000, line=row["line"] + copy * 100)
            out.append(json.dumps(row))
            n += 1
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
