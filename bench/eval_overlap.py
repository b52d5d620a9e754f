"""Runs of seven words that the repository shares with ../shared/eval's articles.

    python bench/eval_overlap.py                 # every tracked file under reconcile, tests, docs, bench
    python bench/eval_overlap.py --since REV     # only lines added since REV (and commit messages)
    python bench/eval_overlap.py --show          # print the shared runs too (they are eval text: do not paste them)

The eval sets' text must never be copied into the project. Words are lower-cased runs of
letters, digits and apostrophes (apostrophes at their ends dropped), so punctuation,
hyphens and case do not hide a copy. A shared run of seven words is often a common phrase
('a 12 year old girl was hurt'); each is a place to look, not a verdict. Prints, per file,
how many runs it shares; exits 0.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL  # noqa: E402

WORD = re.compile(r"[a-z0-9']+")
RUN = 7
WHERE = ("reconcile", "tests", "docs", "bench", "README.md", "CONTRIBUTING.md")


#: a backslash escape written in source ('\\n', '\\t', '\\u2019') would glue the words either side of it
ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")


def runs(text: str) -> list[str]:
    w = [t.strip("'") for t in WORD.findall(ESCAPE.sub(" ", text).lower())]
    return [" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout


def ours(since: str | None) -> dict[str, set[str]]:
    """Run -> the places (files, or 'commit messages') of the project that hold it."""
    texts: dict[str, str] = {}
    if since:
        diff = _git("diff", since, "--", *WHERE)
        texts["added lines"] = "\n".join(ln[1:] for ln in diff.splitlines()
                                         if ln.startswith("+") and not ln.startswith("+++"))
        texts["commit messages"] = _git("log", "--format=%B", f"{since}..HEAD")
    else:
        for name in _git("ls-files", *WHERE).split():
            p = ROOT / name
            if p.suffix in (".png", ".gz", ".sqlite3") or not p.is_file():
                continue
            try:
                texts[name] = p.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
    out: dict[str, set[str]] = {}
    for place, text in texts.items():
        for r in runs(text):
            out.setdefault(r, set()).add(place)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--since", metavar="REV", help="only what was added since REV")
    ap.add_argument("--show", action="store_true", help="print the shared runs")
    a = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"eval_overlap: no eval folder at {EVAL} (from a git worktree, set SHARED_EVAL)")
    mine = ours(a.since)
    shared: dict[str, set[str]] = {}
    for f in EVAL.rglob("*"):
        if f.suffix not in (".txt", ".jsonl") or not f.is_file():
            continue
        for r in runs(f.read_text(encoding="utf-8", errors="ignore")):
            for place in mine.get(r, ()):
                shared.setdefault(place, set()).add(r)
    for place, rs in sorted(shared.items(), key=lambda x: (-len(x[1]), x[0])):
        print(f"{len(rs):4d}  {place}")
        if a.show:
            for r in sorted(rs):
                print(f"        {r}")
    print(f"{sum(len(r) for r in shared.values())} shared runs in {len(shared)} places")


if __name__ == "__main__":
    main()
