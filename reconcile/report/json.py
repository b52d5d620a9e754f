"""The JSON report (schema ``reconcile/report@1``): sources, skipped inputs, accounts,
the events (stories) the sources were grouped into, claims, findings, summary.

Keys are written in a fixed order and nothing depends on time or environment, so the
same input gives byte-identical output. Article text is kept exact; characters that
could drive a terminal or confuse a reader even inside a JSON string (C0/C1 control
characters, bidirectional overrides, line and paragraph separators, lone surrogates
from undecodable file names) are written as ``\\uXXXX`` escapes, which any JSON
parser turns back into the same text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..records import Article, Claim, Finding, Report
from ..saved import SCHEMA, dumps
from ..text.dates import parse_published

if TYPE_CHECKING:
    from ..diff import Diff, Side

DIFF_SCHEMA = "reconcile/diff@1"


def claim_dict(c: Claim) -> dict:
    return c.to_dict()


def source_dicts(report: Report) -> list[dict]:
    """Each source with its display name (outlet when known) and its publication day
    as parsed (the anchor for relative dates; null when unknown)."""
    names = report.source_names()
    return [_source_dict(a, names) for a in report.articles]


def _source_dict(a: Article, names: dict[str, str]) -> dict:
    d = a.summary()
    day = parse_published(a.published)
    return {"id": d.pop("id"), "name": names[a.id], **d, "published_date": day.isoformat() if day else None}


def to_dict(report: Report) -> dict:
    return {
        "schema": SCHEMA,
        "model": report.model,
        "sources": source_dicts(report),
        "skipped": [s.to_dict() for s in report.skipped],
        "accounts": _accounts(report),
        "event": report.event.to_dict() if report.event is not None else None,
        "events": [e.to_dict() for e in report.events],
        "copies": [c.to_dict() for c in report.copies],
        "off_topic": list(report.off_topic),
        "people": [list(p) for p in report.people],
        "people_outcomes": dict(report.people_outcomes),
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [f.to_dict() for f in report.findings],
        "baseline": report.baseline,
        "summary": report.summary(),
    }


def _accounts(report: Report) -> list[dict]:
    """Each source's account, with the id of its event (null in a report without events)."""
    event_of = report.event_of()
    return [{**a.to_dict(), "event": event_of.get(a.source)} for a in report.accounts]


def render(report: Report) -> str:
    return dumps(to_dict(report))


def chunks(report: Report) -> Iterator[str]:
    """:func:`render`'s text in pieces, the same bytes once joined, without the whole
    report as one dict or one string in memory: the long lists (sources, accounts, events,
    people, claims, findings) are written one item at a time."""
    event_of = report.event_of()
    names = report.source_names()
    top: list[tuple[str, Any]] = [
        ("schema", SCHEMA),
        ("model", report.model),
        ("sources", _Lazy(_source_dict(a, names) for a in report.articles)),
        ("skipped", [s.to_dict() for s in report.skipped]),
        ("accounts", _Lazy({**a.to_dict(), "event": event_of.get(a.source)} for a in report.accounts)),
        ("event", report.event.to_dict() if report.event is not None else None),
        ("events", _Lazy(e.to_dict() for e in report.events)),
        ("copies", [c.to_dict() for c in report.copies]),
        ("off_topic", list(report.off_topic)),
        ("people", _Lazy(list(p) for p in report.people)),
        ("people_outcomes", dict(report.people_outcomes)),
        ("claims", _Lazy(claim_dict(c) for c in report.claims)),
        ("findings", _Lazy(f.to_dict() for f in report.findings)),
        ("baseline", report.baseline),
        ("summary", report.summary()),
    ]
    yield "{"
    for n, (key, value) in enumerate(top):
        head = ("," if n else "") + "\n  " + dumps(key, indent=None) + ": "
        if not isinstance(value, _Lazy):
            yield head + _nested(dumps(value, indent=None if value is None else 2).rstrip("\n"), 2)
            continue
        empty = True
        for item in value.items:
            yield (head + "[" if empty else ",") + "\n    " + _nested(dumps(item).rstrip("\n"), 4)
            empty = False
        yield head + "[]" if empty else "\n  ]"
    yield "\n}\n"


class _Lazy:
    """A list of :func:`chunks` written item by item."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def _nested(text: str, indent: int) -> str:
    """JSON text written at ``indent`` spaces: its lines after the first moved right (a
    newline inside a JSON string is always escaped, so every newline is the layout's)."""
    return text.replace("\n", "\n" + " " * indent)


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
