"""The terminal report: the sources first (by outlet when known, with title and
date), then findings grouped by status, worst first, with every source's value and the
exact excerpt at ``file:line``; a summary line last.

Built from rich ``Text`` objects (never markup strings), so "[bold red]" in an article
prints literally; escape sequences, control characters and bidirectional overrides are
removed first, from article text, metadata and file names alike.
"""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.text import Text

from ..records import STATUS_ORDER, Claim, Report

# ANSI CSI and OSC sequences whole, other ESC pairs, C0/C1 controls (not \n), and the
# bidirectional embeddings, overrides and isolates that reorder what a terminal shows.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
                      "|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes of a file name
#: at most this many sources are listed in the header (the JSON report has them all)
MAX_SOURCES_SHOWN = 30
STYLE = {"conflict": "bold red", "differ": "bold yellow", "agree": "bold green", "unique": "bold cyan"}
LABEL = {"conflict": "CONFLICT", "differ": "DIFFER", "agree": "AGREE", "unique": "UNIQUE"}
HEADING = {"conflict": "Conflicts", "differ": "Differences", "agree": "Agreements", "unique": "Unique claims"}


def clean(s: str | None) -> str:
    """Text safe for a terminal: no escape sequences, control characters or
    bidirectional overrides; line separators become line ends."""
    s = (s or "").replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", s))


def _one_line(s: str, n: int = 110) -> str:
    s = " ".join(clean(s).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_line(report: Report) -> str:
    s = report.summary()
    line = (f"{plural(s['conflicts'], 'conflict', 'conflicts')}, "
            f"{plural(s['differences'], 'difference', 'differences')}, "
            f"{plural(s['agreements'], 'agreement', 'agreements')}, "
            f"{plural(s['unique'], 'unique claim', 'unique claims')} "
            f"across {plural(s['sources'], 'source', 'sources')}")
    if s["skipped"]:
        line += f" ({s['skipped']} skipped)"
    return line


def _value(c: Claim) -> str:
    if c.kind == "quantity":
        v = c.value.describe() if c.value else "?"
        words = clean(c.text.strip())
        return words if words == v else f"{words} ({v})"
    if c.kind == "quote":
        return clean(c.speaker) or "speaker unknown"
    return clean(c.title) or ""


def _sources(con: Console, report: Report, names: dict[str, str]) -> None:
    """'Sources (3)' and one line each: name, “title”, date, file."""
    arts = report.articles
    con.print(Text(f"Sources ({len(arts)})", style="bold underline"))
    for a in arts[:MAX_SOURCES_SHOWN]:
        row = Text("  ")
        row.append(_one_line(names.get(a.id, a.id), 40), style="bold")
        if a.title:
            row.append(f"  “{_one_line(a.title, 70)}”")
        if a.published:
            row.append(f"  {_one_line(a.published, 30)}", style="dim")
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
    con = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                  highlight=False, emoji=False, markup=False, soft_wrap=True)
    claims = {c.id: c for c in report.claims}
    names = {k: clean(v) for k, v in report.source_names().items()}
    _sources(con, report, names)
    for status in STATUS_ORDER:
        fs = [f for f in report.findings if f.status == status]
        if not fs:
            continue
        con.print(Text(f"{HEADING[status]} ({len(fs)})", style="bold underline"))
        for f in fs:
            head = Text()
            head.append(f"{LABEL[status]:<8}", style=STYLE[status])
            head.append(f" {f.kind:<8} ")
            head.append(_one_line(f.subject, 80), style="bold")
            head.append(f"  confidence {f.confidence:.2f}", style="dim")
            con.print(head)
            con.print(Text("  " + _one_line(f.reason, 200)))
            for cid in f.claims:
                c = claims[cid]
                row = Text("    ")
                row.append(f"{clean(c.path)}:{c.line}", style="blue")
                row.append(f"  {names.get(c.source, c.source)}: ")
                row.append(_one_line(_value(c), 40), style="bold")
                con.print(row)
                excerpt = c.sentence if c.kind != "quote" else f"“{c.text}”"
                con.print(Text("      " + _one_line(excerpt, 110), style="dim"))
        con.print()
    for s in report.skipped:
        con.print(Text(f"skipped {clean(s.path)}: {clean(s.reason)}", style="dim"))
    con.print(Text(summary_line(report), style="bold"))
    return buf.getvalue()
