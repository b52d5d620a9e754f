"""What reconcile saved, read back: the JSON report (beside the records it holds).

:func:`dumps` writes reconcile's JSON safe for a terminal; :func:`load` reads a saved
``reconcile/report@1`` report back into a :class:`~reconcile.records.Report` (the JSON
renderer, :mod:`reconcile.report.json`, writes it; ``reconcile diff`` reads it).
"""

from __future__ import annotations

import base64
import json
import os
import re
import zlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from .records import (STATUS_ORDER, Account, Article, Change, Claim, Copy, DateSpan, Event, Finding, Interval, Report,
                      Scope, Skipped, Story, UpdateSources)

SCHEMA = "reconcile/report@1"

# json.dumps(ensure_ascii=False) already escapes U+0000-U+001F; these it leaves raw.
_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def dumps(obj: Any, indent: int | None = 2, separators: tuple[str, str] | None = None) -> str:
    """JSON text safe to print on a terminal, one trailing newline (none for indent=None)."""
    text = _UNSAFE.sub(_escape, json.dumps(obj, ensure_ascii=False, indent=indent, separators=separators))
    return text + "\n" if indent is not None else text


def pack(values: Iterable[int], dtype: str, deflate: bool = False) -> str:
    """Integers as the base64 of their little-endian bytes (``dtype`` such as ``"<u8"``),
    zlib-deflated first with ``deflate`` (small counts, mostly 1): how saved claims carry
    an article's sketch and signature (hashes, counts)."""
    arr = values if isinstance(values, np.ndarray) else np.fromiter(values, dtype=np.uint64)
    raw = arr.astype(dtype, copy=False).tobytes()
    return base64.b64encode(zlib.compress(raw, 9) if deflate else raw).decode("ascii")


def unpack(text: str, dtype: str, deflate: bool = False) -> Any:
    """The numpy array :func:`pack` wrote (native byte order)."""
    raw = base64.b64decode(text, validate=True)
    return np.frombuffer(zlib.decompress(raw) if deflate else raw, dtype=dtype).astype(np.dtype(dtype).newbyteorder("="))


def is_saved_report(path: str | os.PathLike[str]) -> bool:
    """A .json file holding an object whose "schema" is a reconcile report (anything
    else, an article file among them, is read as articles)."""
    p = Path(path)
    if not (p.is_file() and p.suffix.lower() == ".json"):
        return False
    try:
        data = p.read_bytes()
    except OSError:
        return False
    if b'"reconcile/report@' in data[:4096]:
        return True  # reconcile's own layout; :func:`load` says what is wrong, if anything
    try:
        doc = json.loads(data)
    except ValueError:
        return False
    except RecursionError:  # too deep to tell: a report if it names the schema anywhere
        return b'"reconcile/report@' in data
    return isinstance(doc, dict) and str(doc.get("schema", "")).startswith("reconcile/report@")


def read(path: str | os.PathLike[str]) -> Report:
    """The saved JSON report in the file ``path`` (:func:`load`); :class:`NotAReport`
    when it cannot be read or is none."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise NotAReport("not a reconcile JSON report (not UTF-8 text)") from None
    except OSError as e:
        raise NotAReport(f"cannot read ({e.strerror or e})") from None
    return load(text)


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
                             where=a.get("where"), outlet_from=a.get("outlet_from"),
                             updated=a.get("updated") if isinstance(a.get("updated"), str) else None)
                     for a in d["sources"])
        claims = tuple(_claim(c) for c in d["claims"])
        findings = tuple(Finding(id=f["id"], fingerprint=f.get("fingerprint", ""), status=f["status"],
                                 kind=f["kind"], measure=f.get("measure"), subject=f["subject"],
                                 reason=f["reason"], claims=tuple(f["claims"]),
                                 confidence=float(f["confidence"]), update=_update(f.get("update")))
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
                        people=tuple(tuple(p) for p in d.get("people") or ()),
                        people_outcomes={str(k): str(v) for k, v in (d.get("people_outcomes") or {}).items()},
                        events=tuple(Story.from_dict(e) for e in d.get("events") or ()))
    except (KeyError, TypeError, ValueError) as e:
        raise NotAReport(f"malformed report ({type(e).__name__}: {e})") from None
    except RecursionError:
        raise NotAReport("malformed report (a value nested too deeply)") from None
    known, sources = {c.id for c in claims}, {a.id for a in arts}
    for f in findings:
        if f.status not in STATUS_ORDER or any(i not in known for i in f.claims):
            raise NotAReport(f"malformed report (finding {f.id} has an unknown status or claim)")
        if f.update is not None and any(s not in sources for s in (*f.update[0], *f.update[1])):
            raise NotAReport(f"malformed report (finding {f.id}'s update names an unknown source)")
    return report


def _update(u: Any) -> UpdateSources | None:
    """A finding's ``update`` ({"earlier": [ids], "later": [ids]} or null; absent in reports
    written before session 47) as :attr:`reconcile.records.Finding.update` holds it."""
    if u is None:
        return None
    return tuple(str(i) for i in u["earlier"]), tuple(str(i) for i in u["later"])


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
                                 bool(sc.get("time_inherited")), _date_span(sc.get("date"))),
                     unit=c.get("unit"), change=Change.from_dict(c.get("change")), stated=c.get("stated"))
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
