"""The terminal report: findings grouped by status, worst first, with every source's
value and the exact excerpt at ``file:line``; a summary line last.

Built from rich ``Text`` objects (never markup strings), so "[bold red]" in an article
prints literally; control characters and escape sequences are removed first.
"""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.text import Text

from ..records import STATUS_ORDER, Claim, Report

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
STYLE = {"conflict": "bold red", "differ": "bold yellow", "agree": "bold green", "unique": "bold cyan"}
LABEL = {"conflict": "CONFLICT", "differ": "DIFFER", "agree": "AGREE", "unique": "UNIQUE"}
HEADING = {"conflict": "Conflicts", "differ": "Differences", "agree": "Agreements", "unique": "Unique claims"}


def clean(s: str | None) -> str:
    """Text safe for a terminal: no escape sequences or control characters."""
    return _CONTROL.sub("", (s or "").replace("\t", " "))


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
        line += f" ({plural(s['skipped'], 'file', 'files')} skipped)"
    return line


def _value(c: Claim) -> str:
    if c.kind == "quantity":
        v = c.value.describe() if c.value else "?"
        words = clean(c.text.strip())
        return words if words == v else f"{words} ({v})"
    if c.kind == "quote":
        return clean(c.speaker) or "speaker unknown"
    return clean(c.title) or ""


def render(report: Report, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    con = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                  highlight=False, emoji=False, markup=False, soft_wrap=True)
    claims = {c.id: c for c in report.claims}
    names = {a.id: clean(a.outlet) or a.path.rsplit("/", 1)[-1] for a in report.articles}
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
