"""The JSON report (schema ``reconcile/report@1``): sources, skipped inputs, claims,
findings, summary.

Keys are written in a fixed order and nothing depends on time or environment, so the
same input gives byte-identical output. Article text is kept exact; characters that
could drive a terminal or confuse a reader even inside a JSON string (C0/C1 control
characters, bidirectional overrides, line and paragraph separators, lone surrogates
from undecodable file names) are written as ``\\uXXXX`` escapes, which any JSON
parser turns back into the same text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..extract.dates import parse_published
from ..records import Claim, Report

SCHEMA = "reconcile/report@1"

# json.dumps(ensure_ascii=False) already escapes U+0000-U+001F; these it leaves raw.
_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def dumps(obj: Any, indent: int | None = 2) -> str:
    """JSON text safe to print on a terminal, one trailing newline (none for indent=None)."""
    text = _UNSAFE.sub(_escape, json.dumps(obj, ensure_ascii=False, indent=indent))
    return text + "\n" if indent is not None else text


def claim_dict(c: Claim) -> dict:
    return c.to_dict()


def source_dicts(report: Report) -> list[dict]:
    """Each source with its display name (outlet when known) and its publication day
    as parsed (the anchor for relative dates; null when unknown)."""
    names = report.source_names()
    out = []
    for a in report.articles:
        d = a.summary()
        day = parse_published(a.published)
        out.append({"id": d.pop("id"), "name": names[a.id], **d,
                    "published_date": day.isoformat() if day else None})
    return out


def to_dict(report: Report) -> dict:
    return {
        "schema": SCHEMA,
        "model": report.model,
        "sources": source_dicts(report),
        "skipped": [s.to_dict() for s in report.skipped],
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return dumps(to_dict(report))


def claims_jsonl(claims: list[Claim]) -> str:
    return "".join(dumps(c.to_dict(), indent=None) + "\n" for c in claims)
