"""Baselines: record today's findings, then report only the ones not recorded.

A baseline file is JSON (schema ``reconcile/baseline@1``) listing every finding of a
run by fingerprint, with its status and a label for people reading it in review:

    {"schema": "reconcile/baseline@1", "fingerprint": "reconcile-fp/2",
     "findings": [{"fingerprint": "…", "status": "conflict", "kind": "quote",
                   "measure": null, "subject": "…"}, …]}

Entries are sorted by fingerprint, so the file is the same for the same findings and
diffs well in version control. A finding is *suppressed* when the baseline holds its
fingerprint with the same or a worse status (a finding that got worse, say from
``differ`` to ``conflict`` under a newer release, is reported again). Fingerprints
named in the configuration's ``ignore`` list are *ignored* the same way, whatever
their status.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from . import fingerprint as fp
from .output import OutputError, read_text, write_report
from .records import STATUS_ORDER, Finding, Report

SCHEMA = "reconcile/baseline@1"
RANK = {s: i for i, s in enumerate(STATUS_ORDER)}  # 0 = worst


class BaselineError(Exception):
    """A baseline file that cannot be read or written; the message is one line."""


@dataclass(frozen=True)
class Baseline:
    path: str
    statuses: dict[str, str]  # fingerprint -> status recorded

    def holds(self, f: Finding) -> bool:
        old = self.statuses.get(f.fingerprint or f.id)
        return old is not None and RANK[f.status] >= RANK[old]


def render(findings: Iterable[Finding]) -> str:
    rows = sorted(({"fingerprint": f.fingerprint or f.id, "status": f.status, "kind": f.kind,
                    "measure": f.measure, "subject": f.subject} for f in findings),
                  key=lambda r: (r["fingerprint"], r["status"]))
    doc = {"schema": SCHEMA, "fingerprint": fp.VERSION, "findings": rows}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write(findings: Iterable[Finding], path: str | os.PathLike[str]) -> int:
    """Write the baseline for ``findings``, whole or not at all; returns how many it records."""
    findings = list(findings)
    try:
        write_report(Path(path), render(findings))
    except OutputError as e:
        raise BaselineError(f"baseline {e}") from None
    return len(findings)


def load(path: str | os.PathLike[str]) -> Baseline:
    text = read_text(path, BaselineError, cannot="cannot read baseline", not_text="not a baseline (not UTF-8 text)")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise BaselineError(f"{path}: not a baseline (invalid JSON at line {e.lineno}: {e.msg})") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a baseline (JSON nested too deeply)") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise BaselineError(f"{path}: not a baseline (expected schema {SCHEMA!r}; "
                            "write one with --write-baseline)")
    if doc.get("fingerprint") != fp.VERSION:
        raise BaselineError(f"{path}: baseline made with fingerprints {doc.get('fingerprint')!r}, "
                            f"this release uses {fp.VERSION!r}; write it again with --write-baseline")
    statuses: dict[str, str] = {}
    rows = doc.get("findings")
    if not isinstance(rows, list):
        raise BaselineError(f"{path}: not a baseline ('findings' is not a list)")
    for i, row in enumerate(rows):
        if not (isinstance(row, dict) and isinstance(row.get("fingerprint"), str)
                and row.get("status") in RANK):
            raise BaselineError(f"{path}: entry {i + 1} needs a 'fingerprint' and a 'status' "
                                f"({', '.join(STATUS_ORDER)})")
        old = statuses.get(row["fingerprint"])
        if old is None or RANK[row["status"]] > RANK[old]:
            statuses[row["fingerprint"]] = row["status"]
    return Baseline(str(path), statuses)


def matches(f: Finding, prints: Iterable[str]) -> bool:
    """Whether ``f`` is named in ``prints`` (full fingerprints or 12-digit ids)."""
    names = set(prints)
    return (f.fingerprint or f.id) in names or f.id in names


def apply(report: Report, baseline: Baseline | None = None, ignore: Iterable[str] = ()) -> Report:
    """``report`` without the findings the baseline holds or ``ignore`` names; the
    counts of both go to ``report.suppressed`` and ``report.ignored``."""
    ignore = {i.lower() for i in ignore}
    kept, suppressed, ignored = [], 0, 0
    for f in report.findings:
        if ignore and matches(f, ignore):
            ignored += 1
        elif baseline is not None and baseline.holds(f):
            suppressed += 1
        else:
            kept.append(f)
    return replace(report, findings=tuple(kept), suppressed=report.suppressed + suppressed,
                   ignored=report.ignored + ignored,
                   baseline=baseline.path if baseline is not None else report.baseline)
