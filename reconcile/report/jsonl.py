"""JSON Lines: one finding a line, each standing on its own (its claims written out
in full, with path, line and offsets), for ``jq``, log shippers and streaming readers.

For ``check`` a line is a finding (the same keys as in the JSON report, with
``claims`` expanded); for ``diff`` a line is ``{"change": "new"|"changed"|"gone",
"finding": {...}}``, changed ones also with ``"was"`` (the old finding) and
``"changes"``. Nothing else is printed: no header, no summary, no skipped inputs
(stderr names them as they are met; the other machine formats list them). Characters
that could drive a terminal are ``\\uXXXX`` escapes, as in the JSON report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Report
from .common import by_id
from .json import dumps, finding_record

if TYPE_CHECKING:
    from ..diff import Diff


def _line(obj: dict) -> str:
    return dumps(obj, indent=None, separators=(",", ":")) + "\n"


def render(report: Report) -> str:
    claims = by_id(report)
    return "".join(_line(finding_record(f, claims)) for f in report.findings)


def render_diff(d: Diff) -> str:
    old, new = by_id(d.old.report), by_id(d.new.report)
    out = [_line({"change": "new", "finding": finding_record(f, new)}) for f in d.added]
    out += [_line({"change": "changed", "finding": finding_record(c.new, new),
                   "was": finding_record(c.old, old), "changes": list(c.what)}) for c in d.changed]
    out += [_line({"change": "gone", "finding": finding_record(f, old)}) for f in d.gone]
    return "".join(out)
