"""The terminal report: the sources first (by outlet when known, with title and
date), then findings grouped by status, worst first, with every source's value and the
exact excerpt at ``file:line``; a summary line last.

Built from rich ``Text`` objects (never markup strings), so "[bold red]" in an article
prints literally; escape sequences, control characters and bidirectional overrides are
removed first, from article text, metadata and file names alike.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from ..records import STATUS_ORDER, Claim, Finding, Report
from .common import HEADING, by_id, clean, filtered_note, one_line, plural, side_counts, source_names, value

if TYPE_CHECKING:
    from ..diff import Diff

#: at most this many sources are listed in the header (the JSON report has them all)
MAX_SOURCES_SHOWN = 30
STYLE = {"conflict": "bold red", "differ": "bold yellow", "agree": "bold green", "unique": "bold cyan"}
LABEL = {"conflict": "CONFLICT", "differ": "DIFFER", "agree": "AGREE", "unique": "UNIQUE"}
_one_line = one_line  # the name cli.py uses

__all__ = ["clean", "plural", "render", "render_diff", "summary_line"]


def summary_line(report: Report) -> str:
    s = report.summary()
    line = (f"{plural(s['conflicts'], 'conflict', 'conflicts')}, "
            f"{plural(s['differences'], 'difference', 'differences')}, "
            f"{plural(s['agreements'], 'agreement', 'agreements')}, "
            f"{plural(s['unique'], 'unique claim', 'unique claims')} "
            f"across {plural(s['sources'], 'source', 'sources')}")
    extra = [f"{s['skipped']} skipped"] if s["skipped"] else []
    if filtered_note(report):
        extra.append(filtered_note(report))
    return line + (f" ({'; '.join(extra)})" if extra else "")


def _console(buf: io.StringIO, color: bool, width: int) -> Console:
    return Console(file=buf, force_terminal=color, no_color=not color, width=width,
                   highlight=False, emoji=False, markup=False, soft_wrap=True)


def _finding(con: Console, f: Finding, claims: dict[str, Claim], names: dict[str, str],
             label: str | None = None) -> None:
    head = Text()
    if label:
        head.append(f"{label:<8}", style="bold")
    head.append(f"{LABEL[f.status]:<8}", style=STYLE[f.status])
    head.append(f" {f.kind:<8} ")
    head.append(one_line(f.subject, 80), style="bold")
    head.append(f"  confidence {f.confidence:.2f}", style="dim")
    con.print(head)
    con.print(Text("  " + one_line(f.reason, 200)))
    for cid in f.claims:
        c = claims.get(cid)
        if c is None:
            continue
        row = Text("    ")
        row.append(f"{clean(c.path)}:{c.line}", style="blue")
        row.append(f"  {names.get(c.source, c.source)}: ")
        row.append(one_line(value(c), 40), style="bold")
        con.print(row)
        excerpt = c.sentence if c.kind != "quote" else f"“{c.text}”"
        con.print(Text("      " + one_line(excerpt, 110), style="dim"))


def _sources(con: Console, report: Report, names: dict[str, str]) -> None:
    """'Sources (3)' and one line each: name, “title”, date, file."""
    arts = report.articles
    con.print(Text(f"Sources ({len(arts)})", style="bold underline"))
    for a in arts[:MAX_SOURCES_SHOWN]:
        row = Text("  ")
        row.append(one_line(names.get(a.id, a.id), 40), style="bold")
        if a.title:
            row.append(f"  “{one_line(a.title, 70)}”")
        if a.published:
            row.append(f"  {one_line(a.published, 30)}", style="dim")
        base = clean(a.path).rsplit("/", 1)[-1]
        where = f"({clean(a.where)})" if a.where else ""
        file = where if names.get(a.id, "").startswith(base) else f"{base} {where}".strip()
        if file:
            row.append(f"  {file}", style="blue")
        con.print(row)
    if len(arts) > MAX_SOURCES_SHOWN:
        con.print(Text(f"  … and {len(arts) - MAX_SOURCES_SHOWN} more (all of them in --format json)", style="dim"))
    con.print()


def render(report: Report, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    con = _console(buf, color, width)
    claims = by_id(report)
    names = source_names(report)
    _sources(con, report, names)
    for status in STATUS_ORDER:
        fs = [f for f in report.findings if f.status == status]
        if not fs:
            continue
        con.print(Text(f"{HEADING[status]} ({len(fs)})", style="bold underline"))
        for f in fs:
            _finding(con, f, claims, names)
        con.print()
    for s in report.skipped:
        con.print(Text(f"skipped {clean(s.path)}: {clean(s.reason)}", style="dim"))
    con.print(Text(summary_line(report), style="bold"))
    return buf.getvalue()


def diff_summary_line(d: Diff) -> str:
    s = d.summary()
    line = (f"{s['new']} new, {s['changed']} changed, {s['gone']} gone, "
            f"{s['unchanged']} unchanged")
    if s["ignored"]:
        line += f" ({plural(s['ignored'], 'finding', 'findings')} ignored by the configuration)"
    return line


def render_diff(d: Diff, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    con = _console(buf, color, width)
    old_claims, new_claims = by_id(d.old.report), by_id(d.new.report)
    old_names, new_names = source_names(d.old.report), source_names(d.new.report)
    con.print(Text(f"old: {clean(d.old.label)} ({side_counts(d.old.report)})"
                   f"   new: {clean(d.new.label)} ({side_counts(d.new.report)})", style="dim"))
    con.print()
    if d.added:
        con.print(Text(f"New ({len(d.added)})", style="bold underline"))
        for f in d.added:
            _finding(con, f, new_claims, new_names, "NEW")
        con.print()
    if d.changed:
        con.print(Text(f"Changed ({len(d.changed)})", style="bold underline"))
        for ch in d.changed:
            _finding(con, ch.new, new_claims, new_names, "CHANGED")
            for w in ch.what:
                con.print(Text("  * " + one_line(w, 200), style="bold"))
        con.print()
    if d.gone:
        con.print(Text(f"Gone ({len(d.gone)})", style="bold underline"))
        for f in d.gone:
            _finding(con, f, old_claims, old_names, "GONE")
        con.print()
    con.print(Text(diff_summary_line(d), style="bold"))
    return buf.getvalue()
