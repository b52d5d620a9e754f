"""Throughput and memory of ``reconcile claims`` against a bare spaCy run.

    python bench/throughput.py [--articles 160] [--big 10000] [--repeats 3] [--no-big]

1. Copies the first ``--articles`` gva-dev articles (sorted paths) into a scratch
   folder, and repeats them into a second folder of ``--big`` articles.
2. On the small folder, after one untimed run of each command (the same warm files
   for all), runs side by side, interleaved, ``--repeats`` times each:
   the bare ``nlp.pipe`` (bench/bare_spacy.py, the same model reconcile loads),
   ``reconcile claims --no-cache --format jsonl`` (default --jobs: one per core) and
   the same with ``--jobs 1``. Whole-process wall time (medians) and peak memory (the
   sum of the RSS of the process and its workers, sampled every 50 ms; shared pages
   are counted once per process, so this is an upper bound) and CPU time (user +
   system, the process and the workers it reaped), with the ratio to bare per round by
   either (bench/rounds.py runs the rounds alone, in turn or all at once).
3. Cache: a first run into an empty cache folder, then unchanged re-runs (median).
4. On the big folder, once each: bare, ``reconcile claims --no-cache``; then the
   alignment of the resulting claim set alone (bench/align_time.py), and
   ``reconcile check --claims`` on it (whole process).

The machine is shared, so single timings are noisy; the ratios come from runs
taken side by side. Prints a Markdown summary and writes JSON to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import autogroup  # noqa: E402

#: ../shared/eval beside the checkout; SHARED_EVAL names it from a git worktree elsewhere
EVAL = Path(os.environ.get("SHARED_EVAL") or ROOT.parent / "shared" / "eval") / "gva-dev"
BIN = Path(sys.executable).parent


def tree_rss_kb(pid: int) -> int:
    """RSS of ``pid`` and its descendants, in kB (0 once it has exited)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measure(cmd: list[str], env: dict[str, str] | None = None, stdout=subprocess.DEVNULL) -> dict:
    """Wall time, CPU time (the process and the workers it reaped) and peak tree RSS
    of one whole process."""
    cpu0 = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return {"wall_s": wall, "cpu_s": _children_cpu() - cpu0, "peak_rss_mb": peak / 1024}


def corpus(n: int, dest: Path) -> tuple[list[Path], int]:
    files = sorted(EVAL.glob("*/*.txt"))[:n]
    if len(files) < n:
        raise SystemExit(f"only {len(files)} articles in {EVAL}")
    dest.mkdir(parents=True)
    words = 0
    for f in files:
        out = dest / f.parent.name / f.name
        out.parent.mkdir(exist_ok=True)
        shutil.copyfile(f, out)
        words += len(f.read_text(encoding="utf-8", errors="replace").split())
    return files, words


def repeated(files: list[Path], n: int, dest: Path) -> int:
    words_of = {f: len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files}
    words = 0
    for i in range(n):
        f = files[i % len(files)]
        out = dest / f"r{i // len(files):03d}" / f.parent.name / f.name
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, out)
        words += words_of[f]
    return words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=160)
    ap.add_argument("--big", type=int, default=10_000)
    ap.add_argument("--no-big", action="store_true", help="skip the big folder")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "throughput.json"))
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    from reconcile.models import find
    from reconcile.workers import default_jobs

    model = find(None).load
    reconcile = str(BIN / "reconcile")
    python = sys.executable
    work = Path(tempfile.mkdtemp(prefix="reconcile-bench-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
    results: dict = {"cores": default_jobs(), "model": model, "articles": args.articles,
                     "load_average_at_start": [round(x, 2) for x in os.getloadavg()], "autogroup": autogroup()}
    try:
        small = work / "small"
        files, words = corpus(args.articles, small)
        results["words"] = words
        cmds = {
            "bare nlp.pipe": [python, str(ROOT / "bench" / "bare_spacy.py"), model, str(small)],
            "reconcile claims --no-cache": [reconcile, "claims", "--no-cache", "--format", "jsonl", str(small)],
            "reconcile claims --no-cache --jobs 1": [reconcile, "claims", "--no-cache", "--format", "jsonl",
                                                     "--jobs", "1", str(small)],
        }
        runs: dict[str, list[dict]] = {k: [] for k in cmds}
        for name in cmds:  # untimed: every timed run finds the files, the model and the .pyc warm
            measure(cmds[name], env)
        for r in range(args.repeats):
            order = list(cmds) if r % 2 == 0 else list(cmds)[::-1]
            for name in order:
                m = measure(cmds[name], env)
                runs[name].append(m)
                print(f"  run {r + 1} {name}: {m['wall_s']:.1f} s (cpu {m['cpu_s']:.1f} s), "
                      f"{m['peak_rss_mb']:.0f} MB", file=sys.stderr)
        small_rows = {}
        for name, ms in runs.items():
            wall = statistics.median(m["wall_s"] for m in ms)
            small_rows[name] = {"wall_s": round(wall, 2), "walls": [round(m["wall_s"], 2) for m in ms],
                                "cpu_s": round(statistics.median(m["cpu_s"] for m in ms), 2),
                                "peak_rss_mb": round(max(m["peak_rss_mb"] for m in ms)),
                                "articles_per_s": round(args.articles / wall, 1),
                                "words_per_s": round(words / wall)}
        bare = small_rows["bare nlp.pipe"]["wall_s"]
        bare_cpu = small_rows["bare nlp.pipe"]["cpu_s"]
        for name, row in small_rows.items():
            row["ratio_vs_bare"] = round(bare / row["wall_s"], 2)
            row["cpu_ratio_vs_bare"] = round(bare_cpu / row["cpu_s"], 2)
            # the ratio within each interleaved round, then its median (robust to load changes)
            row["per_round_ratios"] = [round(b["wall_s"] / m["wall_s"], 2)
                                       for b, m in zip(runs["bare nlp.pipe"], runs[name])]
            row["median_round_ratio"] = round(statistics.median(row["per_round_ratios"]), 2)
            # the same in CPU seconds: the other jobs' share of the cores does not enter it
            row["cpu_per_round_ratios"] = [round(b["cpu_s"] / m["cpu_s"], 3)
                                           for b, m in zip(runs["bare nlp.pipe"], runs[name])]
            row["cpu_median_round_ratio"] = round(statistics.median(row["cpu_per_round_ratios"]), 3)
        results["small"] = small_rows

        # cache: first run fills an empty cache, unchanged re-runs read it
        shutil.rmtree(work / "cache", ignore_errors=True)
        first = measure([reconcile, "claims", "--format", "jsonl", str(small)], env)
        warm = [measure([reconcile, "claims", "--format", "jsonl", str(small)], env) for _ in range(3)]
        warm_s = statistics.median(m["wall_s"] for m in warm)
        results["cache"] = {"first_s": round(first["wall_s"], 2), "rerun_s": round(warm_s, 2),
                            "speedup": round(first["wall_s"] / warm_s, 1)}
        print(f"  cache: first {first['wall_s']:.1f} s, re-run {warm_s:.2f} s", file=sys.stderr)

        if not args.no_big:
            big = work / "big"
            big_words = repeated(files, args.big, big)
            claims_file = work / "big.jsonl"
            b = measure([python, str(ROOT / "bench" / "bare_spacy.py"), model, str(big)], env)
            print(f"  big bare: {b['wall_s']:.0f} s", file=sys.stderr)
            with open(claims_file, "wb") as out:
                c = measure([reconcile, "claims", "--no-cache", "--format", "jsonl", str(big)], env, stdout=out)
            print(f"  big reconcile: {c['wall_s']:.0f} s", file=sys.stderr)
            al = json.loads(subprocess.run([python, str(ROOT / "bench" / "align_time.py"), str(claims_file)],
                                           capture_output=True, text=True, check=True).stdout)
            chk = measure([reconcile, "check", "--claims", str(claims_file), "--format", "json"], env)
            results["big"] = {
                "articles": args.big, "words": big_words,
                "bare": {"wall_s": round(b["wall_s"], 1), "cpu_s": round(b["cpu_s"], 1), "peak_rss_mb": round(b["peak_rss_mb"]),
                         "articles_per_s": round(args.big / b["wall_s"], 1), "words_per_s": round(big_words / b["wall_s"])},
                "reconcile": {"wall_s": round(c["wall_s"], 1), "cpu_s": round(c["cpu_s"], 1), "peak_rss_mb": round(c["peak_rss_mb"]),
                              "articles_per_s": round(args.big / c["wall_s"], 1), "words_per_s": round(big_words / c["wall_s"])},
                "ratio_vs_bare": round(b["wall_s"] / c["wall_s"], 2),
                "alignment": al,
                "alignment_share_of_extraction": round(al["align_s"] / c["wall_s"], 4),
                "check_claims": {"wall_s": round(chk["wall_s"], 1), "peak_rss_mb": round(chk["peak_rss_mb"])},
            }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(summary(results))


def summary(r: dict) -> str:
    lines = [f"{r['articles']} gva-dev articles ({r['words']:,} words), model {r['model']}, "
             f"{r['cores']} cores (load average {r['load_average_at_start'][0]} at start, "
             f"{r.get('load_average_at_end', ['?'])[0]} at end); medians of interleaved runs", "",
             "| command | wall s | ratio vs bare (per-round median) | articles/s | words/s | CPU s | CPU ratio (per-round median) "
             "| peak RSS MB |",
             "|---|---|---|---|---|---|---|---|"]
    for name, row in r["small"].items():
        lines.append(f"| {name} | {row['wall_s']} | {row['ratio_vs_bare']} ({row['median_round_ratio']}) | "
                     f"{row['articles_per_s']} | {row['words_per_s']:,} | {row['cpu_s']} | "
                     f"{row['cpu_ratio_vs_bare']} ({row.get('cpu_median_round_ratio', '-')}) | {row['peak_rss_mb']} |")
    c = r["cache"]
    lines += ["", f"cache: first run {c['first_s']} s, unchanged re-run {c['rerun_s']} s ({c['speedup']}x)"]
    if "big" in r:
        b = r["big"]
        lines += ["", f"{b['articles']:,} articles ({b['words']:,} words), one run each:", "",
                  "| command | wall s | articles/s | words/s | CPU s | peak RSS MB |", "|---|---|---|---|---|---|",
                  f"| bare nlp.pipe | {b['bare']['wall_s']} | {b['bare']['articles_per_s']} | "
                  f"{b['bare']['words_per_s']:,} | {b['bare']['cpu_s']} | {b['bare']['peak_rss_mb']} |",
                  f"| reconcile claims --no-cache | {b['reconcile']['wall_s']} | {b['reconcile']['articles_per_s']} | "
                  f"{b['reconcile']['words_per_s']:,} | {b['reconcile']['cpu_s']} | {b['reconcile']['peak_rss_mb']} |",
                  "", f"ratio vs bare: {b['ratio_vs_bare']}",
                  f"alignment of {b['alignment']['claims']:,} claims from {b['alignment']['sources']:,} sources: "
                  f"{b['alignment']['align_s']} s ({100 * b['alignment_share_of_extraction']:.1f}% of extraction), "
                  f"compare {b['alignment']['compare_s']} s, peak RSS {b['alignment']['peak_rss_mb']} MB",
                  f"reconcile check --claims (whole process): {b['check_claims']['wall_s']} s, "
                  f"peak RSS {b['check_claims']['peak_rss_mb']} MB"]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
