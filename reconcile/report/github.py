"""GitHub Actions workflow commands: an annotation per conflict (``::error``), per
difference (``::warning``) and per self-contradiction (``::warning`` titled
``reconcile: self-contradiction``), at the file and line of the finding's first claim,
then a plain summary line.

    ::error file=seeds/a.txt,line=3,endLine=3,col=5,endColumn=12,title=reconcile%3A conflict ...::message

Escaping follows the runner (actions/toolkit ``command.ts``): in the message ``%``,
CR and LF become ``%25``, ``%0D``, ``%0A``; in property values ``:`` and ``,`` also
become ``%3A`` and ``%2C``. Control characters are dropped, so article text can never
start a command of its own. Agreements and unique claims are not annotated. Line and
columns are given for .txt and .md inputs (whose text is the file); findings in HTML
and JSON inputs are annotated on the file as a whole. Each skipped input is a
``::warning`` on its file (and line, for one bad JSON Lines line); a diff annotates the
new side's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Claim, Finding, Report, Skipped
from .common import (PROBLEMS, REASON_WIDTH, Columns, by_id, claims_of, clean, evidence, has_lines, one_line, per_source,
                     source_names)
from .text import diff_summary_line, summary_line

if TYPE_CHECKING:
    from ..diff import Diff

COMMAND = {"conflict": "error", "differ": "warning", "inconsistent": "warning"}
#: what the title calls each status ('reconcile: self-contradiction (quantity) killed · A')
TITLE = {"conflict": "conflict", "differ": "differ", "inconsistent": "self-contradiction"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _props(c: Claim, columns: Columns, title: str) -> str:
    props = [("file", c.path.replace("\\", "/"))]
    if has_lines(c):
        span = columns.span(c)
        if span:
            sl, sc, el, ec = span
            props += [("line", str(sl)), ("endLine", str(el))]
            if sl == el:
                props += [("col", str(sc)), ("endColumn", str(ec))]
        else:
            props.append(("line", str(c.line)))
    props.append(("title", title))
    return ",".join(f"{k}={escape_property(clean(v))}" for k, v in props)


def command(f: Finding, claims: dict[str, Claim], names: dict[str, str], columns: Columns,
            prefix: str = "", extra: tuple[str, ...] = ()) -> str | None:
    """The workflow command for one finding (None for agreements and unique claims)."""
    if f.status not in PROBLEMS:
        return None
    cs = claims_of(f, claims)
    if not cs:
        return None
    title = f"reconcile: {prefix}{TITLE[f.status]} ({f.kind}) {one_line(f.subject, 80)}"
    lines = [one_line(f.reason, REASON_WIDTH)]
    lines += [one_line(w, 200) for w in extra]
    # the text report's evidence rows: a source's values on one line merged ('No arrests (0); No
    # arrests have been made'), at most three lines a source, the rest named by their lines (look60)
    rows, more = per_source(evidence(f, claims))
    last = {ev.claim.source: i for i, ev in enumerate(rows)}
    for i, ev in enumerate(rows):
        c, name = ev.claim, one_line(names.get(ev.claim.source, ev.claim.source), 60)
        also = f", {ev.also_lines}" if ev.also_lines else ""
        lines.append(f"{name}: {one_line('; '.join(ev.values), 120)} ({columns.location(c)}{also})")
        if c.source in more and last[c.source] == i:
            lines.append(f"{name}: {more[c.source]}")
    lines.append(f"fingerprint {f.fingerprint or f.id}")
    message = "\n".join(lines)
    return f"::{COMMAND[f.status]} {_props(cs[0], columns, title)}::{escape_data(message)}"


def skipped_command(s: Skipped) -> str:
    """A ``::warning`` naming a skipped input and why."""
    props = [("file", s.path.replace("\\", "/"))]
    if s.line:
        props.append(("line", str(s.line)))
    props.append(("title", "reconcile: skipped input"))
    attrs = ",".join(f"{k}={escape_property(clean(v))}" for k, v in props)
    return f"::warning {attrs}::{escape_data(one_line(s.reason, 300))}"


def render(report: Report) -> str:
    claims, names, columns = by_id(report), source_names(report), Columns(report)
    out = [cmd for f in report.findings if (cmd := command(f, claims, names, columns))]
    out += [skipped_command(s) for s in report.skipped]
    out.append(summary_line(report))
    return "\n".join(out) + "\n"


def render_diff(d: Diff) -> str:
    claims, names, columns = by_id(d.new.report), source_names(d.new.report), Columns(d.new.report)
    out = [cmd for f in d.added if (cmd := command(f, claims, names, columns, "new "))]
    out += [cmd for c in d.changed
            if (cmd := command(c.new, claims, names, columns, "changed ", c.what))]
    out += [skipped_command(s) for s in d.new.report.skipped]
    out.append(diff_summary_line(d))
    return "\n".join(out) + "\n"
