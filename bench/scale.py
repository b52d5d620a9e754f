"""N articles through ``reconcile claims --scheduler local`` and then ``reconcile check``.

    python bench/scale.py [--sizes 1000,10000] [--jobs N] [--scheduler local|ADDRESS]
                          [--no-check] [--keep] [--out bench/results/scale.json]
                          [--synthetic-claims] [--verify-synthetic K] [--reuse]

For each N in ``--sizes``:

1. Writes N articles to a scratch folder (``bench/out/scale/N``, git-ignored): the gva-dev
   articles (``SHARED_EVAL``, default ``../shared/eval``; sorted paths) repeated as often as
   needed, each copy made unique by one line appended (a code in letters, so that it adds
   no figure the extractors would read).
2. ``reconcile claims DIR --scheduler local --no-cache --shard 1/1 > claims.jsonl``: the
   saved claims of the whole folder, extracted on a LocalCluster (``--jobs`` workers,
   default one per core).
3. ``reconcile check claims.jsonl --claims --format json -o report.json``: reading the
   saved claims back, accounts, alignment, comparison and the JSON report in one process.

With ``--synthetic-claims`` step 2 is not run: extracting 100,000 articles takes hours on two
cores, and the copies' claims are the originals'. The gva-dev folder's saved claims are made
once (``reconcile claims EVAL --shard 1/1 --jobs 2``, from the claim cache when it holds them;
kept in ``bench/out/scale/gva-dev.jsonl``), then the N copies' saved claims are written from
them without the parser: each copy's source line is what ``claims --shard`` writes for it (the
copy read from disk by the same ingest, its sketch and signature computed from its own text,
the appended line included, by ``reconcile.shard.source_record``), and its claim lines are its
original's with the copy's id and path. ``--verify-synthetic K`` first checks that on K real
copies (spread over gva-dev, written by the same writer): their saved claims extracted the slow
way (``claims --no-cache --jobs 1``) must equal the synthetic ones byte for byte.

Each command is measured as a whole process: wall time, articles/s, CPU time of the
process and what it reaped, the peak of the summed RSS of the process and all its
descendants (sampled every 0.2 s; shared pages count once per process, so an upper
bound), and the peak RSS of each descendant (the Dask workers, the resource tracker).
Writes JSON to ``--out`` (one object per size, merged into what the file already holds)
and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("SHARED_EVAL", ROOT.parent / "shared" / "eval")) / "gva-dev"
sys.path.insert(0, str(ROOT))

from bench.evalkit import autogroup  # noqa: E402

SCRATCH = ROOT / "bench" / "out" / "scale"


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    try:
        for t in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{t}/children") as f:
                out.extend(int(c) for c in f.read().split())
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return out


def _role(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"
    if "resource_tracker" in cmd:
        return "resource tracker"
    if "spawn_main" in cmd or "forkserver" in cmd:
        return "worker"
    return cmd[:80]


def measure(cmd: list[str], env: dict[str, str], stdout: Path | None = None, timeout: float | None = None) -> dict:
    """Wall and CPU time, peak summed RSS of the process tree, peak RSS per descendant;
    stdout to the file ``stdout`` (streamed: ``-o`` would hold the whole output in memory
    until the end, to write it atomically)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    sink = open(stdout, "wb") if stdout else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE, env=env)
    peak_total, peaks, roles = 0, {}, {}
    timed_out = False
    while proc.poll() is None:
        if timeout is not None and time.perf_counter() - start > timeout:
            timed_out = True
            proc.terminate()  # SIGTERM: the command stops its workers and exits 143
            proc.wait()
            break
        total, stack = 0, [proc.pid]
        while stack:
            p = stack.pop()
            kb = _rss_kb(p)
            total += kb
            if p != proc.pid:
                peaks[p] = max(peaks.get(p, 0), kb)
                roles.setdefault(p, _role(p))
            stack.extend(_children(p))
        peak_total = max(peak_total, total)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    if stdout:
        sink.close()
    err = proc.stderr.read().decode(errors="replace")
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if timed_out:
        return {"timed_out_after_s": round(wall, 1), "peak_rss_mb": round(peak_total / 1024)}
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime, 1),
        "peak_rss_mb": round(peak_total / 1024),
        "descendants": sorted(({"role": roles[p], "peak_rss_mb": round(kb / 1024)} for p, kb in peaks.items()
                               if kb), key=lambda d: (d["role"], -d["peak_rss_mb"])),
        "stderr_lines": len(err.splitlines()),
    }


def _summary(report: Path) -> tuple[dict, dict]:
    """The JSON report's summary and the sizes of its events, read line by line (a report
    of 100,000 articles is gigabytes: not loaded whole). The layout is the JSON renderer's:
    top-level keys at two spaces, each event an object at four, its sources at eight."""
    sizes: list[int] = []
    section, in_sources, summary = None, False, []
    with open(report, encoding="utf-8") as f:
        for line in f:
            if line.startswith('  "'):
                section = line.split('"')[1]
            elif section == "events":
                if line == '      "sources": [\n':
                    in_sources = True
                    sizes.append(0)
                elif in_sources and line.startswith("      ]"):
                    in_sources = False
                elif in_sources:
                    sizes[-1] += 1
            elif section == "summary" and line.startswith("    "):
                summary.append(line)
    by_size = {}
    for n in sizes:
        key = str(n) if n < 5 else "5-63" if n < 64 else "64+"
        by_size[key] = by_size.get(key, 0) + 1
    return json.loads("{" + "".join(summary) + "}"), {"events": len(sizes), "largest": max(sizes, default=0),
                                                      "by_sources": dict(sorted(by_size.items()))}


def _code(i: int) -> str:
    """``i`` in letters (a, b, ..., z, ba, bb, ...): unique, and no figure to read."""
    s = ""
    while True:
        i, r = divmod(i, 26)
        s = chr(97 + r) + s
        if not i:
            return s


def build(n: int, dest: Path, indices: list[int] | None = None) -> int:
    """Write ``n`` unique articles under ``dest`` (copies 0..n-1, or those ``indices``);
    their number of words."""
    files = sorted(EVAL.glob("*/*.txt"))
    if not files:
        raise SystemExit(f"no articles in {EVAL} (set SHARED_EVAL)")
    if dest.exists():
        shutil.rmtree(dest)
    words = 0
    texts = {}
    for i in (range(n) if indices is None else indices):
        f = files[i % len(files)]
        text = texts.get(f)
        if text is None:
            text = texts[f] = f.read_text(encoding="utf-8", errors="replace")
        out = dest / f"r{i // len(files):03d}" / f.parent.name / f.name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(f"{text.rstrip()}\n\nBench copy {_code(i)}.\n", encoding="utf-8")
        words += len(text.split()) + 3
    return words


def template(run: list[str], env: dict[str, str]) -> Path:
    """gva-dev's saved claims (``claims --shard 1/1``), made once."""
    path = SCRATCH / "gva-dev.jsonl"
    if not path.exists():
        SCRATCH.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        with open(tmp, "wb") as out:
            subprocess.run([*run, "claims", str(EVAL), "--shard", "1/1", "--jobs", "2"], stdout=out,
                           stderr=subprocess.DEVNULL, env=env, check=True)
        tmp.rename(path)
    return path


def synthetic_claims(articles: Path, template_file: Path, out: Path) -> int:
    """Write the saved claims ``claims ARTICLES --shard 1/1`` would give for the copies under
    ``articles`` (``r000/INCIDENT/NAME.txt``) without parsing them: each copy's source line
    from its own text, its claim lines its original's with the copy's id and path. The
    number of claim lines written."""
    sys.path.insert(0, str(ROOT))
    from reconcile.pipeline import stream
    from reconcile.shard import dumps, source_record

    claims: dict[str, list[str]] = {}
    paths: dict[str, str] = {}
    model = ""
    with open(template_file, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("record") == "source":
                claims[row["id"]], paths[row["id"]], model = [], row["path"], row["model"]
            elif "record" not in row:
                claims[row["source"]].append(line)
    n = 0
    with open(out, "w", encoding="utf-8") as sink:
        for art in stream([articles]):
            orig = art.id.split("/", 1)[1]
            sink.write(dumps(source_record(art, model)))
            # the original's id and path, as JSON writes them, are the copy's
            old_path, new_path = json.dumps(paths[orig])[1:-1], json.dumps(art.path)[1:-1]
            old_id, new_id = json.dumps(orig)[1:-1], json.dumps(art.id)[1:-1]
            for line in claims[orig]:
                line = line.replace(f'"{old_path}"', f'"{new_path}"')
                sink.write(line.replace(f'"{old_id}:', f'"{new_id}:').replace(f'"{old_id}"', f'"{new_id}"'))
                n += 1
    return n


def verify_synthetic(k: int, run: list[str], env: dict[str, str], template_file: Path) -> dict:
    """``k`` real copies spread over gva-dev, extracted the slow way and written the
    synthetic way: the two saved-claims files must be byte-identical."""
    files = len(sorted(EVAL.glob("*/*.txt")))
    dest = SCRATCH / "verify"
    picks = [i * files + (i * 97) % files for i in range(k)]  # copy i of the article (i * 97) mod files
    build(k, dest / "articles", picks)
    real, synthetic = dest / "real.jsonl", dest / "synthetic.jsonl"
    with open(real, "wb") as out:
        subprocess.run([*run, "claims", str(dest / "articles"), "--shard", "1/1", "--no-cache", "--jobs", "1"],
                       stdout=out, stderr=subprocess.DEVNULL, env=env, check=True)
    lines = synthetic_claims(dest / "articles", template_file, synthetic)
    same = real.read_bytes() == synthetic.read_bytes()
    result = {"copies": k, "claim_lines": lines, "byte_identical": same}
    if not same:
        a, b = real.read_text().splitlines(), synthetic.read_text().splitlines()
        result["differing_lines"] = sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
        raise SystemExit(f"synthetic claims differ from real ones: {result} ({real}, {synthetic})")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", type=int, default=None, help="LocalCluster workers (default: one per core)")
    ap.add_argument("--scheduler", default="local")
    ap.add_argument("--no-check", action="store_true", help="only the claims step")
    ap.add_argument("--check-timeout", type=float, default=None, help="stop check after this many seconds")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folders")
    ap.add_argument("--reuse", action="store_true",
                    help="check again the claims an earlier --keep run of the same size left (no build, no claims)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "scale.json"))
    ap.add_argument("--synthetic-claims", action="store_true",
                    help="write the copies' saved claims from gva-dev's instead of extracting them")
    ap.add_argument("--verify-synthetic", type=int, default=0, metavar="K",
                    help="first check synthetic claims against K copies extracted the slow way")
    args = ap.parse_args()

    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = [sys.executable, "-P", "-m", "reconcile"]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    out = Path(args.out)
    results = json.loads(out.read_text()) if out.exists() else {}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    template_file = template(run, env) if args.synthetic_claims or args.verify_synthetic else None
    if args.verify_synthetic:
        print(json.dumps({"verify_synthetic": verify_synthetic(args.verify_synthetic, run, env, template_file)}),
              flush=True)
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        dest = SCRATCH / str(n)
        key = f"{n} synthetic" if template_file is not None else str(n)
        claims = dest / "claims.jsonl"
        reused = args.reuse and claims.exists() and "claims" in results.get(key, {})
        if reused:  # the folder and claims an earlier --keep run left: only check again
            row = {**results[key], "commit": commit, "load_average_at_start": os.getloadavg()[0],
                   "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
        else:
            t0 = time.perf_counter()
            words = build(n, dest / "articles")
            row = {"articles": n, "words": words, "build_s": round(time.perf_counter() - t0, 1), "commit": commit,
                   "cores": len(os.sched_getaffinity(0)), "load_average_at_start": os.getloadavg()[0],
                   "autogroup": autogroup(),
                   "scheduler": args.scheduler, "jobs": args.jobs,
                   "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
        if reused:
            pass
        elif template_file is not None:
            t0 = time.perf_counter()
            lines = synthetic_claims(dest / "articles", template_file, claims)
            row["claims"] = {"synthetic": "copied from gva-dev's saved claims, not extracted (--synthetic-claims)",
                             "wall_s": round(time.perf_counter() - t0, 1), "claim_lines": lines,
                             "bytes": claims.stat().st_size}
        else:
            row["claims"] = measure([*run, "claims", str(dest / "articles"), "--scheduler", args.scheduler, *jobs,
                                     "--no-cache", "--shard", "1/1"], env, stdout=claims)
            row["claims"]["articles_per_s"] = round(n / row["claims"]["wall_s"], 2)
            row["claims"]["claim_lines"] = sum(1 for line in open(claims, encoding="utf-8")
                                               if not line.startswith('{"record"'))
        print(json.dumps(row["claims"]), flush=True)
        if not args.no_check:
            report = dest / "report.json"
            row["check"] = measure([*run, "check", str(claims), "--claims", "--format", "json", "-o", str(report)],
                                   env, timeout=args.check_timeout)
            if "wall_s" in row["check"]:
                row["check"]["articles_per_s"] = round(n / row["check"]["wall_s"], 2)
                summary, events = _summary(report)
                row["check"]["summary"] = {k: v for k, v in summary.items() if isinstance(v, int)}
                row["check"]["events"] = events
                row["check"]["report_bytes"] = report.stat().st_size
            print(json.dumps(row["check"]), flush=True)
        results[key] = row
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=1) + "\n")
        if not args.keep and (dest / "articles").exists():
            shutil.rmtree(dest / "articles")
    print("\n| articles | step | wall s | articles/s | CPU s | peak RSS MB (all) | peak RSS MB per worker |")
    print("|---|---|---|---|---|---|---|")
    for n, row in results.items():
        for step in ("claims", "check"):
            if step in row and "cpu_s" in row[step]:
                r = row[step]
                w = [d["peak_rss_mb"] for d in r["descendants"] if d["role"] == "worker"]
                print(f"| {n} | {step} | {r['wall_s']:,} | {r['articles_per_s']} | {r['cpu_s']:,} | "
                      f"{r['peak_rss_mb']:,} | {', '.join(map(str, w)) or '-'} |")


if __name__ == "__main__":
    main()
