"""The JSON report (schema ``reconcile/report@1``): sources, claims, findings, summary.

Keys are written in a fixed order and nothing depends on time or environment, so the
same input gives byte-identical output.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..records import STATUS_ORDER, Article, Claim, Finding, Interval, Report, Scope, Skipped

if TYPE_CHECKING:
    from ..diff import Diff, Side

SCHEMA = "reconcile/report@1"
DIFF_SCHEMA = "reconcile/diff@1"


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
        "baseline": report.baseline,
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def finding_record(f: Finding, claims: dict[str, Claim]) -> dict:
    """A finding with its claims written out in full (not as ids): stands on its own."""
    d = f.to_dict()
    d["claims"] = [claims[i].to_dict() for i in f.claims if i in claims]
    return d


def _side(side: Side) -> dict:
    return {"label": side.label, "kind": "report" if side.saved else "articles",
            "model": side.report.model, "sources": [a.summary() for a in side.report.articles],
            "summary": side.report.summary()}


def diff_dict(d: Diff) -> dict:
    old = {c.id: c for c in d.old.report.claims}
    new = {c.id: c for c in d.new.report.claims}
    return {
        "schema": DIFF_SCHEMA,
        "old": _side(d.old),
        "new": _side(d.new),
        "findings": {
            "new": [finding_record(f, new) for f in d.added],
            "changed": [{"changes": list(c.what), "old": finding_record(c.old, old),
                         "new": finding_record(c.new, new)} for c in d.changed],
            "gone": [finding_record(f, old) for f in d.gone],
        },
        "summary": d.summary(),
    }


def render_diff(d: Diff) -> str:
    return json.dumps(diff_dict(d), ensure_ascii=False, indent=2) + "\n"


def claims_jsonl(claims: list[Claim]) -> str:
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)


class NotAReport(ValueError):
    """Text that is not a saved ``reconcile/report@1`` JSON report; the message says why."""


def load(text: str) -> Report:
    """A saved JSON report read back (article texts are not saved: ``text`` is empty)."""
    try:
        d = json.loads(text)
    except json.JSONDecodeError as e:
        raise NotAReport(f"not JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(d, dict) or d.get("schema") != SCHEMA:
        got = d.get("schema") if isinstance(d, dict) else type(d).__name__
        raise NotAReport(f"not a reconcile JSON report (schema {got!r}, expected {SCHEMA!r})")
    try:
        arts = tuple(Article(id=a["id"], path=a["path"], text="", title=a.get("title"),
                             outlet=a.get("outlet"), published=a.get("published"), url=a.get("url"))
                     for a in d["sources"])
        claims = tuple(_claim(c) for c in d["claims"])
        findings = tuple(Finding(id=f["id"], fingerprint=f.get("fingerprint", ""), status=f["status"],
                                 kind=f["kind"], measure=f.get("measure"), subject=f["subject"],
                                 reason=f["reason"], claims=tuple(f["claims"]),
                                 confidence=float(f["confidence"]))
                         for f in d["findings"])
        skipped = tuple(Skipped(s["path"], s["reason"]) for s in d.get("skipped", []))
        summary = d.get("summary", {})
        report = Report(articles=arts, claims=claims, findings=findings, skipped=skipped,
                        model=d.get("model", ""), suppressed=int(summary.get("suppressed", 0)),
                        ignored=int(summary.get("ignored", 0)), baseline=d.get("baseline"))
    except (KeyError, TypeError, ValueError) as e:
        raise NotAReport(f"malformed report ({type(e).__name__}: {e})") from None
    known = {c.id for c in claims}
    for f in findings:
        if f.status not in STATUS_ORDER or any(i not in known for i in f.claims):
            raise NotAReport(f"malformed report (finding {f.id} has an unknown status or claim)")
    return report


def _claim(c: dict) -> Claim:
    common = dict(id=c["id"], source=c["source"], path=c["path"], kind=c["kind"],
                  start=int(c["start"]), end=int(c["end"]), text=c["text"],
                  sentence=c.get("sentence", ""), line=int(c["line"]))
    if c["kind"] == "quantity":
        v = c.get("value") or {}
        sc = c.get("scope") or {}
        return Claim(**common, value=Interval(v.get("nominal"), v.get("low"), v.get("high")),
                     hedge=c.get("hedge"), measure=c.get("measure"), noun=c.get("noun"),
                     group=c.get("group"),
                     scope=Scope(sc.get("place"), sc.get("time"), bool(sc.get("place_inherited")),
                                 bool(sc.get("time_inherited"))))
    if c["kind"] == "quote":
        return Claim(**common, speaker=c.get("speaker"), cue=c.get("cue"), direct=c.get("direct"))
    if c["kind"] == "role":
        return Claim(**common, person=c.get("person"), title=c.get("title"))
    raise ValueError(f"claim {c['id']} has unknown kind {c['kind']!r}")
