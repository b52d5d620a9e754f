"""Every gva-dev report's findings, events and people in one file, and the difference of two.

    python bench/findings.py dump bench/out/findings-HEAD.jsonl            # all of gva-dev
    python bench/findings.py dump bench/out/f.jsonl --half even
    python bench/findings.py dump bench/out/f.jsonl --table            # and the people table's rows
    python bench/findings.py diff bench/out/findings-OLD.jsonl bench/out/findings-NEW.jsonl

A change to reading or comparison is judged by the findings it adds and takes away, each
read against its articles. ``dump`` builds every incident folder's report in one process
(:func:`reconcile.pipeline.reconcile`, with the claim cache) and writes one line per
incident: its findings other than AGREE and UNIQUE (status, kind, subject, measure, the
reason), the event's tolls, and the person claims (name, age, role, outcome); with ``--table``
also the people table's rows as the reports print them (a row's label, then each source's
cell: what an unnamed victim's describing figure shows is there and not among the person
claims). ``diff`` prints, incident by
incident, the lines only one of two dumps holds, so the reader goes straight to what moved.

The dump holds the articles' words (the reasons quote them): it goes under ``bench/out/``
(git-ignored) and is never committed.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, eval_module  # noqa: E402
from reconcile import pipeline  # noqa: E402
from reconcile.report.common import people_rows  # noqa: E402
from reconcile.report.json import to_dict  # noqa: E402

LEFT_OUT = ("agree", "unique")


def _lines(rep: dict) -> list[str]:
    """The report's lines that a change is judged by, each a short, stable string."""
    out = []
    for f in rep.get("findings", []):
        if f.get("status") not in LEFT_OUT:
            why = " ".join(str(f.get("reason") or "").split())
            out.append(f"{f['status'].upper()} {f.get('kind')} {f.get('subject')} [{f.get('measure')}] {why}")
    for m, v in sorted(((rep.get("event") or {}).get("tolls") or {}).items()):
        out.append(f"EVENT {m} {(v or {}).get('low')}-{(v or {}).get('high')}")
    for c in rep.get("claims", []):
        if c.get("kind") == "person":
            out.append(f"PERSON {c.get('source')} {c.get('name')} age={c.get('age')} "
                       f"role={c.get('role')} outcome={c.get('outcome')}")
    return out


def _table(report) -> list[str]:
    """The people table's rows as the reports print them, one line each."""
    return [f"ROW {label} | " + "; ".join(f"{s}: {cell}" for s, cell in cells.items())
            for label, cells in people_rows(report)]


def dump(out: pathlib.Path, half: str | None, split: pathlib.Path, jobs: int, table: bool = False) -> None:
    sc = eval_module("score_accounts")
    dirs = sorted(p for p in split.iterdir() if p.is_dir() and sc.in_half(p.name, half))
    opts = pipeline.Options(jobs=jobs, keep_text=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for d in dirs:
            report = pipeline.reconcile([d], opts)
            lines = _lines(to_dict(report)) + (_table(report) if table else [])
            fh.write(json.dumps({"incident": d.name, "lines": lines}) + "\n")


def diff(old: pathlib.Path, new: pathlib.Path) -> int:
    def load(p: pathlib.Path) -> dict[str, list[str]]:
        return {r["incident"]: r["lines"] for r in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    a, b = load(old), load(new)
    moved = 0
    for inc in sorted(set(a) | set(b)):
        la, lb = a.get(inc, []), b.get(inc, [])
        gone = [x for x in la if x not in lb]
        added = [x for x in lb if x not in la]
        if gone or added:
            moved += 1
            print(f"== {inc}")
            for x in gone:
                print(f"  - {x}")
            for x in added:
                print(f"  + {x}")
    print(f"{moved} incidents moved", file=sys.stderr)
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=pathlib.Path)
    d.add_argument("--half", choices=("even", "odd"))
    d.add_argument("--split", type=pathlib.Path, default=EVAL / "gva-dev")
    d.add_argument("--jobs", type=int, default=1)
    d.add_argument("--table", action="store_true", help="also the people table's rows, as printed")
    f = sub.add_parser("diff")
    f.add_argument("old", type=pathlib.Path)
    f.add_argument("new", type=pathlib.Path)
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.out, a.half, a.split, a.jobs, a.table)
    else:
        sys.exit(diff(a.old, a.new))


if __name__ == "__main__":
    main()
