"""Alignment alone: time ``align`` and ``compare`` on a saved claim set.

    python bench/align_time.py CLAIMS.jsonl

Reads the claims (``reconcile claims --format jsonl`` output, or shards), then times
alignment and comparison in this process. Prints one JSON object: claims, sources,
groups, findings, seconds for each step (wall clock, and CPU seconds of this process,
which a loaded machine changes less), and this process's peak RSS in MB.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from reconcile.align import align
from reconcile.compare import compare
from reconcile.pipeline import source_names
from reconcile.shard import read


def main() -> None:
    t0 = time.perf_counter()
    saved = read(sys.argv[1:])
    t1, c1 = time.perf_counter(), time.process_time()
    groups = align(saved.claims)
    t2, c2 = time.perf_counter(), time.process_time()
    findings = compare(groups, source_names(saved.articles))
    t3, c3 = time.perf_counter(), time.process_time()
    print(json.dumps({
        "claims": len(saved.claims), "sources": len(saved.articles), "groups": len(groups),
        "findings": len(findings), "read_s": round(t1 - t0, 2), "align_s": round(t2 - t1, 2),
        "compare_s": round(t3 - t2, 2), "align_cpu_s": round(c2 - c1, 2), "compare_cpu_s": round(c3 - c2, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))


if __name__ == "__main__":
    main()
