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
from datetime import date
from typing import TYPE_CHECKING, Any

from ..records import (STATUS_ORDER, Account, Article, Claim, Copy, DateSpan, Event, Finding, Interval, Report,
                       Scope, Skipped)

if TYPE_CHECKING:
    from ..diff import Diff, Side

SCHEMA = "reconcile/report@1"
DIFF_SCHEMA = "reconcile/diff@1"

# json.dumps(ensure_ascii=False) already escapes U+0000-U+001F; these it leaves raw.
_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def dumps(obj: Any, indent: int | None = 2, separators: tuple[str, str] | None = None) -> str:
    """JSON text safe to print on a terminal, one trailing newline (none for indent=None)."""
    text = _UNSAFE.sub(_escape, json.dumps(obj, ensure_ascii=False, indent=indent, separators=separators))
    return text + "\n" if indent is not None else text


def claim_dict(c: Claim) -> dict:
    return c.to_dict()


def source_dicts(report: Report) -> list[dict]:
    """Each source with its display name (outlet when known) and its publication day
    as parsed (the anchor for relative dates; null when unknown)."""
    # imported here: reconcile.extract imports spaCy, which a cached `claims` run never needs
    from ..text.dates import parse_published

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
        "accounts": [a.to_dict() for a in report.accounts],
        "event": report.event.to_dict() if report.event is not None else None,
        "copies": [c.to_dict() for c in report.copies],
        "off_topic": list(report.off_topic),
        "people": [list(p) for p in report.people],
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [f.to_dict() for f in report.findings],
        "baseline": report.baseline,
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return dumps(to_dict(report))


def finding_record(f: Finding, claims: dict[str, Claim]) -> dict:
    """A finding with its claims written out in full (not as ids): stands on its own."""
    d = f.to_dict()
    d["claims"] = [claims[i].to_dict() for i in f.claims if i in claims]
    return d


def _side(side: Side) -> dict:
    return {"label": side.label, "kind": "report" if side.saved else "articles",
            "model": side.report.model, "sources": source_dicts(side.report),
            "skipped": [s.to_dict() for s in side.report.skipped],
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
    return dumps(diff_dict(d))


def claims_jsonl(claims: list[Claim]) -> str:
    return "".join(dumps(c.to_dict(), indent=None) + "\n" for c in claims)


class NotAReport(ValueError):
    """Text that is not a saved ``reconcile/report@1`` JSON report; the message says why."""


def load(text: str) -> Report:
    """A saved JSON report read back (article texts are not saved: ``text`` is empty)."""
    try:
        d = json.loads(text)
    except json.JSONDecodeError as e:
        raise NotAReport(f"not JSON (line {e.lineno}: {e.msg})") from None
    except RecursionError:
        raise NotAReport("not a reconcile JSON report (JSON nested too deeply)") from None
    if not isinstance(d, dict) or d.get("schema") != SCHEMA:
        got = d.get("schema") if isinstance(d, dict) else type(d).__name__
        raise NotAReport(f"not a reconcile JSON report (schema {got!r}, expected {SCHEMA!r})")
    try:
        arts = tuple(Article(id=a["id"], path=a["path"], text="", title=a.get("title"),
                             outlet=a.get("outlet"), published=a.get("published"), url=a.get("url"),
                             where=a.get("where"))
                     for a in d["sources"])
        claims = tuple(_claim(c) for c in d["claims"])
        findings = tuple(Finding(id=f["id"], fingerprint=f.get("fingerprint", ""), status=f["status"],
                                 kind=f["kind"], measure=f.get("measure"), subject=f["subject"],
                                 reason=f["reason"], claims=tuple(f["claims"]),
                                 confidence=float(f["confidence"]))
                         for f in d["findings"])
        skipped = tuple(Skipped(s["path"], s["reason"], s.get("line")) for s in d.get("skipped", []))
        summary = d.get("summary", {})
        report = Report(articles=arts, claims=claims, findings=findings, skipped=skipped,
                        model=d.get("model", ""), suppressed=int(summary.get("suppressed", 0)),
                        ignored=int(summary.get("ignored", 0)), baseline=d.get("baseline"),
                        below_confidence=int(summary.get("below_confidence", 0)),
                        accounts=tuple(Account.from_dict(a) for a in d.get("accounts") or ()),
                        event=Event.from_dict(d["event"]) if d.get("event") else None,
                        copies=tuple(Copy.from_dict(c) for c in d.get("copies") or ()),
                        people=tuple(tuple(p) for p in d.get("people") or ()))
    except (KeyError, TypeError, ValueError) as e:
        raise NotAReport(f"malformed report ({type(e).__name__}: {e})") from None
    except RecursionError:
        raise NotAReport("malformed report (a value nested too deeply)") from None
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
                                 bool(sc.get("time_inherited")), _date_span(sc.get("date"))))
    if c["kind"] == "quote":
        return Claim(**common, speaker=c.get("speaker"), cue=c.get("cue"), direct=c.get("direct"))
    if c["kind"] == "role":
        return Claim(**common, person=c.get("person"), title=c.get("title"))
    if c["kind"] in ("person", "fact"):
        return Claim.from_dict({**c, "sentence": c.get("sentence", "")})
    raise ValueError(f"claim {c['id']} has unknown kind {c['kind']!r}")


def _date_span(iso: str | None) -> DateSpan | None:
    """'2024-01-08' or '2023-10-17/2024-01-09' (as :meth:`DateSpan.iso` writes it) back
    to a span; ValueError for anything else."""
    if iso is None:
        return None
    start, _, end = str(iso).partition("/")
    return DateSpan(date.fromisoformat(start), date.fromisoformat(end or start))
