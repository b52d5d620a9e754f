"""The JSON report (schema ``reconcile/report@1``): sources, claims, findings, summary.

Keys are written in a fixed order and nothing depends on time or environment, so the
same input gives byte-identical output.
"""

from __future__ import annotations

import json

from ..records import Claim, Report

SCHEMA = "reconcile/report@1"


def claim_dict(c: Claim) -> dict:
    return c.to_dict()


def to_dict(report: Report) -> dict:
    return {
        "schema": SCHEMA,
        "model": report.model,
        "sources": [a.summary() for a in report.articles],
        "skipped": [s.to_dict() for s in report.skipped],
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def claims_jsonl(claims: list[Claim]) -> str:
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)
