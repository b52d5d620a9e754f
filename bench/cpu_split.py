"""CPU time of each pipeline component against reconcile's own work, in one process.

    python bench/cpu_split.py [--articles 160] [--repeats 3] [--batch 16] [--profile OUT.prof]

Reads the first ``--articles`` gva-dev articles (sorted paths, as bench/throughput.py
does) and, ``--repeats`` times, parses them in batches of ``--batch`` as
``reconcile claims --jobs 1`` does, timing with ``time.process_time`` (CPU, not wall:
the machine is shared) each component of the pipeline (``pipe`` over the batch), the
conversion to claims (``extract.claims``) and their JSON lines. Also times the bare
model (``spacy.load``, every default component, ``nlp.pipe``) over the same texts.
Prints the medians per stage and reconcile's own share (its components, claims and
JSON) of the bare model's time. ``--profile`` writes a cProfile of reconcile's own
work (its components and the claims) over one more pass.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: ../shared/eval beside the checkout; SHARED_EVAL names it from a git worktree elsewhere
EVAL = Path(os.environ.get("SHARED_EVAL") or ROOT.parent / "shared" / "eval") / "gva-dev"


def one_pass(nlp, articles, batch: int, N, extract, json_report, prof=None) -> dict[str, float]:
    times: dict[str, float] = defaultdict(float)
    own = {c for c in extract.COMPONENTS}
    for i in range(0, len(articles), batch):
        arts = articles[i:i + batch]
        t = time.process_time()
        texts = [N.guarded(N.masked_text(a), nlp) for a in arts]
        docs = [nlp.make_doc(x) for x in texts]
        times["tokenizer"] += time.process_time() - t
        for name, proc in nlp.pipeline:
            mine = prof is not None and name in own
            t = time.process_time()
            if mine:
                prof.enable()
            docs = list(proc.pipe(docs, batch_size=batch)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            if mine:
                prof.disable()
            times[name] += time.process_time() - t
        t = time.process_time()
        if prof is not None:
            prof.enable()
        cs = [extract.claims(a, d) for a, d in zip(arts, docs)]
        if prof is not None:
            prof.disable()
        times["claims"] += time.process_time() - t
        t = time.process_time()
        for c in cs:
            json_report.claims_jsonl(c)
        times["jsonl"] += time.process_time() - t
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=160)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--profile")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import spacy

    from reconcile import extract
    from reconcile import nlp as N
    from reconcile.models import find
    from reconcile.pipeline import read
    from reconcile.report import json as json_report

    files = sorted(EVAL.glob("*/*.txt"))[:args.articles]
    articles, _ = read([str(f) for f in files])
    nlp = extract.load()
    bare = spacy.load(find(None).load)
    texts = [a.text for a in articles]
    one_pass(nlp, articles[:8], args.batch, N, extract, json_report)  # warm caches of the first call
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.repeats):
        t = time.process_time()
        for _doc in bare.pipe(texts):
            pass
        runs["bare nlp.pipe"].append(time.process_time() - t)
        for k, v in one_pass(nlp, articles, args.batch, N, extract, json_report).items():
            runs[k].append(v)
    med = {k: statistics.median(v) for k, v in runs.items()}
    own = list(extract.COMPONENTS) + ["claims", "jsonl"]
    model = [k for k in med if k not in own and k != "bare nlp.pipe"]
    bare_s = med["bare nlp.pipe"]
    print(f"{len(articles)} articles, {args.repeats} repeats, medians of CPU seconds")
    for k in ["bare nlp.pipe"] + model + own:
        print(f"  {k:28s} {med[k]:7.2f}  {100 * med[k] / bare_s:5.1f}% of bare")
    m, o = sum(med[k] for k in model), sum(med[k] for k in own)
    print(f"  {'model (reconcile pipeline)':28s} {m:7.2f}  {100 * m / bare_s:5.1f}% of bare")
    print(f"  {'reconcile own':28s} {o:7.2f}  {100 * o / bare_s:5.1f}% of bare")
    print(f"  total {m + o:.2f}: ratio bare/total {bare_s / (m + o):.2f}")
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        one_pass(nlp, articles, args.batch, N, extract, json_report, prof)
        prof.dump_stats(args.profile)


if __name__ == "__main__":
    main()
