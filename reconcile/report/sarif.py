"""SARIF 2.1.0, so code-scanning UIs (GitHub code scanning, VS Code's SARIF viewer)
show findings against the article files.

One run, tool ``reconcile`` with twelve rules (a conflict, a difference or a
self-contradiction, per kind of claim: data/report.json). Each conflict (level
``error``), difference and self-contradiction (``warning``) is a result whose location
is its first claim and whose related locations are its other claims (the other
sources', or for a self-contradiction the same source's); agreements and unique claims
are not results. ``partialFingerprints`` carries the
finding's fingerprint (``reconcile/v1``), so alerts survive unrelated edits. Regions:
line and columns (Unicode code points, ``columnKind``) for .txt and .md inputs, the file
alone for HTML and JSON inputs. With a baseline (or in a diff) results carry
``baselineState``. Each input that was skipped (a file, a JSON Lines line, an article
whose extraction failed) is a ``warning`` notification of the run's invocation
(descriptor ``reconcile/skipped-input``), at the file (and line, when one line was
skipped); a diff lists the new side's. No timestamps or machine details: the same
input gives the same bytes.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from .. import __version__
from ..data import load
from ..records import Claim, Finding, Report, Skipped
from .common import (LEVEL, PROBLEMS, REASON_WIDTH, Columns, by_id, claims_of, clean, has_lines, one_line,
                     source_names, value)
from .json import dumps

if TYPE_CHECKING:
    from ..diff import Diff

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "reconcile/v1"
SKIPPED_ID = "reconcile/skipped-input"

#: (status, kind, name, short description, full description) of each rule, in order (data/report.json)
RULES = tuple((r["status"], r["kind"], r["name"], r["short"], r["full"])
              for r in load("report")["sarif_rules"]["rules"])
RULE_INDEX = {(s, k): i for i, (s, k, *_rest) in enumerate(RULES)}


def rule_id(status: str, kind: str) -> str:
    return f"reconcile/{status}/{kind}"


def _rules() -> list[dict]:
    return [{
        "id": rule_id(status, kind),
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": LEVEL[status]},
        "help": {"text": f"{short} {full} See the finding's message for each source's claim."},
        "properties": {"tags": ["reconcile", status, kind]},
    } for status, kind, name, short, full in RULES]


def artifact_uri(path: str) -> tuple[str, str | None]:
    """(uri, uriBaseId): relative paths against %SRCROOT%, absolute ones as file URIs."""
    p = path.replace("\\", "/")
    if os.path.isabs(path):
        return "file://" + quote(PurePosixPath(p).as_posix(), safe="/"), None
    while p.startswith("./"):
        p = p[2:]
    return quote(p, safe="/"), "%SRCROOT%"


def _artifact(path: str) -> dict:
    uri, base = artifact_uri(path)
    art: dict = {"uri": uri}
    if base:
        art["uriBaseId"] = base
    return art


def notification(s: Skipped) -> dict:
    """A skipped input as a tool execution notification."""
    phys: dict = {"artifactLocation": _artifact(s.path)}
    if s.line:
        phys["region"] = {"startLine": s.line}
    return {
        "descriptor": {"id": SKIPPED_ID, "index": 0},
        "level": "warning",
        "message": {"text": f"skipped: {one_line(s.reason, 400)}"},
        "locations": [{"physicalLocation": phys}],
    }


def _location(c: Claim, columns: Columns, names: dict[str, str], idx: int | None = None) -> dict:
    phys: dict = {"artifactLocation": _artifact(c.path)}
    if has_lines(c):
        span = columns.span(c)
        region: dict = {"startLine": span[0] if span else c.line}
        if span:
            region.update(startColumn=span[1], endLine=span[2], endColumn=span[3])
        region["snippet"] = {"text": clean(c.text)}
        phys["region"] = region
    loc: dict = {}
    if idx is not None:
        loc["id"] = idx
    loc["physicalLocation"] = phys
    loc["message"] = {"text": f"{one_line(names.get(c.source, c.source), 60)}: {one_line(value(c), 80)}"}
    return loc


def result(f: Finding, claims: dict[str, Claim], names: dict[str, str], columns: Columns,
           state: str | None = None, extra: tuple[str, ...] = ()) -> dict | None:
    if f.status not in PROBLEMS or (f.status, f.kind) not in RULE_INDEX:
        return None
    cs = claims_of(f, claims)
    if not cs:
        return None
    lines = [one_line(f.reason, REASON_WIDTH)] + [one_line(w, 200) for w in extra]
    lines += [f"{one_line(names.get(c.source, c.source), 60)}: {one_line(value(c), 80)} "
              f"({columns.location(c)})" for c in cs]
    res: dict = {
        "ruleId": rule_id(f.status, f.kind),
        "ruleIndex": RULE_INDEX[(f.status, f.kind)],
        "level": LEVEL[f.status],
        "message": {"text": "\n".join(lines)},
        "locations": [_location(cs[0], columns, names)],
    }
    if len(cs) > 1:
        res["relatedLocations"] = [_location(c, columns, names, i) for i, c in enumerate(cs[1:], 1)]
    res["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint or f.id}
    if state:
        res["baselineState"] = state
    res["properties"] = {"id": f.id, "status": f.status, "kind": f.kind, "measure": f.measure,
                         "subject": clean(f.subject), "confidence": round(f.confidence, 2)}
    return res


def _log(results: list[dict], properties: dict, skipped: tuple[Skipped, ...] = ()) -> str:
    invocation: dict = {"executionSuccessful": True}
    if skipped:
        invocation["toolExecutionNotifications"] = [notification(s) for s in skipped]
    run = {
        "tool": {"driver": {"name": "reconcile", "version": __version__,
                            "semanticVersion": __version__, "rules": _rules(),
                            "notifications": [{
                                "id": SKIPPED_ID, "name": "SkippedInput",
                                "shortDescription": {"text": "An input could not be used and was skipped."},
                                "defaultConfiguration": {"level": "warning"}}]}},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": properties,
    }
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return dumps(doc)


def render(report: Report) -> str:
    """Results passed through a baseline are marked ``baselineState: new``."""
    claims, names, columns = by_id(report), source_names(report), Columns(report)
    state = "new" if report.baseline is not None else None
    results = [r for f in report.findings if (r := result(f, claims, names, columns, state))]
    return _log(results, {"summary": report.summary()}, report.skipped)


def render_diff(d: Diff) -> str:
    new_claims, new_names, new_cols = by_id(d.new.report), source_names(d.new.report), Columns(d.new.report)
    old_claims, old_names, old_cols = by_id(d.old.report), source_names(d.old.report), Columns(d.old.report)
    results = [r for f in d.added if (r := result(f, new_claims, new_names, new_cols, "new"))]
    results += [r for c in d.changed
                if (r := result(c.new, new_claims, new_names, new_cols, "updated", c.what))]
    results += [r for f in d.gone if (r := result(f, old_claims, old_names, old_cols, "absent"))]
    return _log(results, {"diff": d.summary(), "old": d.old.label, "new": d.new.label}, d.new.report.skipped)
