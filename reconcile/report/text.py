"""The terminal report: the sources first (by outlet when known, with title and
date), then findings grouped by status, worst first, with every source's value and the
exact excerpt at ``file:line``; a summary line last.

Built from rich ``Text`` objects (never markup strings), so "[bold red]" in an article
prints literally; escape sequences, control characters and bidirectional overrides are
removed first, from article text, metadata and file names alike.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.text import Text

from .. import marker
from ..facts import fact_text
from ..records import STATUS_ORDER, Article, Claim, Finding, Report
from .common import (HEADING, NOTE_WIDTH, REASON_WIDTH, account_rows, by_id, clean, event_notes, diff_listed, event_readings,
                     event_rows, evidence, file_label, filtered_note, location, per_source, one_line, people_rows, person_text, plural,
                     side_counts, source_names, toll_measures, wheres)

if TYPE_CHECKING:
    from ..diff import Diff

#: at most this many sources are listed in the header (the JSON report has them all)
MAX_SOURCES_SHOWN = 30
STYLE = {"conflict": "bold red", "differ": "bold yellow", "inconsistent": "bold magenta", "agree": "bold green",
         "unique": "bold cyan"}
LABEL = {"conflict": "CONFLICT", "differ": "DIFFER", "inconsistent": "SELF", "agree": "AGREE", "unique": "UNIQUE"}

__all__ = ["clean", "plural", "render", "render_diff", "summary_line"]


def summary_line(report: Report, unique: bool = True) -> str:
    s = report.summary()
    line = (f"{plural(s['conflicts'], 'conflict', 'conflicts')}, "
            f"{plural(s['differences'], 'difference', 'differences')}, "
            f"{plural(s['agreements'], 'agreement', 'agreements')}, "
            f"{plural(s['unique'], 'unique claim', 'unique claims')} "
            f"across {plural(s['sources'], 'source', 'sources')}")
    extra = [f"{s['skipped']} skipped"] if s["skipped"] else []
    if s["inconsistencies"]:
        extra.append(plural(s["inconsistencies"], "source contradicts itself", "self-contradictions"))
    if s["copies"]:
        extra.append(plural(s["copies"], "copy", "copies"))
    if s["off_topic"]:
        extra.append(f"{s['off_topic']} off-topic")
    if not unique and s["unique"]:
        extra.append("unique claims not listed: --unique lists them")
    if filtered_note(report):
        extra.append(filtered_note(report))
    return line + (f" ({'; '.join(extra)})" if extra else "")


def _console(buf: io.StringIO, color: bool, width: int) -> Console:
    return Console(file=buf, force_terminal=color, no_color=not color, width=width,
                   highlight=False, emoji=False, markup=False, soft_wrap=True)


def _finding(con: Console, f: Finding, claims: dict[str, Claim], names: dict[str, str],
             label: str | None = None, event: str | None = None, where: dict[str, str] | None = None) -> None:
    head = Text()
    if label:
        head.append(f"{label:<8}", style="bold")
    head.append(f"{LABEL[f.status]:<8}", style=STYLE[f.status])
    head.append(f" {f.kind:<8} ")
    head.append(one_line(f.subject, 80), style="bold")
    head.append(f"  confidence {f.confidence:.2f}", style="dim")
    if event:
        head.append(f"  event {event}", style="dim")
    con.print(head)
    for line in textwrap.wrap(one_line(f.reason, REASON_WIDTH), max(40, con.width - 2), break_on_hyphens=False):
        con.print(Text("  " + line))  # whole, wrapped: a difference's second side is its point
    rows, more = per_source(evidence(f, claims))
    last = {ev.claim.source: i for i, ev in enumerate(rows)}
    for i, ev in enumerate(rows):
        c = ev.claim
        row = Text("    ")
        row.append(location(c, (where or {}).get(c.source)), style="blue")
        if ev.also:
            row.append(f" ({ev.also_lines})", style="blue")
        row.append(f"  {names.get(c.source, c.source)}: ")
        row.append("; ".join(one_line(v, 40) for v in ev.values), style="bold")
        con.print(row)
        con.print(Text("      " + one_line(ev.excerpt, 110), style="dim"))
        if c.source in more and last[c.source] == i:
            con.print(Text(f"    {names.get(c.source, c.source)}: {more.pop(c.source)}", style="dim"))


def _accounts(con: Console, report: Report) -> None:
    """'Sources (3)': each source's name, date and title against the tolls of its
    account, copies and off-topic sources marked, then the event's reading."""
    rows = account_rows(report)
    arts = {a.id: a for a in report.articles}
    measures = toll_measures(report)
    _heading(con, "Sources", len(rows))
    if not rows:
        con.print()
        return
    width = min(40, max(len(one_line(r.name, 40)) for r in rows))
    readings = event_readings(report) if len(rows) > 1 else []
    width = max([width] + [len(label) for label, _ev in readings])
    cells = {m: max([len(m)] + [len(r.tolls[m]) for r in rows] + [len(ev.get(m, "")) for _l, ev in readings])
             for m in measures}
    if measures:
        head = Text("  " + " " * width)
        for m in measures:
            head.append(f"  {m:<{cells[m]}}", style="bold")
        con.print(head)
    for r in rows[:MAX_SOURCES_SHOWN]:
        row = Text("  ")
        row.append(f"{one_line(r.name, 40):<{width}}", style="bold")
        for m in measures:
            row.append(f"  {r.tolls[m] or '–':<{cells[m]}}")
        if r.title:
            row.append(f"  “{one_line(r.title, 60)}”")
        if r.date:
            row.append(f"  {one_line(r.date, 30)}", style="dim")
        file = file_label(arts[r.source], r.name)
        if file:
            row.append(f"  {file}", style="blue")
        if r.note:
            row.append(f"  [{one_line(r.note, NOTE_WIDTH)}]", style="yellow")
        con.print(row)
    if len(rows) > MAX_SOURCES_SHOWN:
        con.print(Text(f"  … and {len(rows) - MAX_SOURCES_SHOWN} more (all of them in --format json)", style="dim"))
    for label, ev in readings:
        row = Text("  ")
        row.append(f"{label:<{width}}", style="bold")
        for m in measures:
            row.append(f"  {ev.get(m, '–'):<{cells[m]}}", style="bold")
        con.print(row)
    for note in event_notes(report):
        con.print(Text("  " + note, style="dim"))
    con.print()


#: at most this many people are listed (the JSON report has them all)
MAX_PEOPLE_SHOWN = 20


def _people(con: Console, report: Report) -> None:
    """'People (4)': each victim or suspect, and what each source says of them."""
    rows = people_rows(report)
    if not rows:
        return
    names = source_names(report)
    _heading(con, "People", len(rows))
    for label, cells in rows[:MAX_PEOPLE_SHOWN]:
        con.print(Text("  " + one_line(label, 60), style="bold"))
        for src, cell in cells.items():
            row = Text("    ")
            row.append(f"{one_line(names.get(src, src), 40)}: ", style="dim")
            row.append(one_line(cell, 100))
            con.print(row)
    if len(rows) > MAX_PEOPLE_SHOWN:
        con.print(Text(f"  … and {len(rows) - MAX_PEOPLE_SHOWN} more (all of them in --format json)", style="dim"))
    con.print()


def _events(con: Console, report: Report) -> None:
    """'Events (2)', with several: each event's sources, its reading and why its sources
    were put together (the strongest links: similarity, shared names, place)."""
    rows = event_rows(report)
    if not rows:
        return
    _heading(con, "Events", len(rows))
    for r in rows[:MAX_SOURCES_SHOWN]:
        srcs = ", ".join(one_line(n, 30) for n in r.sources[:6])
        more = f" and {len(r.sources) - 6} more" if len(r.sources) > 6 else ""
        row = Text(f"  {r.id}  ", style="bold")
        row.append(f"{plural(len(r.sources), 'source', 'sources')}: {srcs}{more}")
        if r.tolls:
            row.append(f"  ({r.tolls})", style="dim")
        con.print(row)
        for w in r.why[:3]:
            con.print(Text("      " + one_line(w, 150), style="dim"))
    if len(rows) > MAX_SOURCES_SHOWN:
        con.print(Text(f"  … and {len(rows) - MAX_SOURCES_SHOWN} more (all of them in --format json)", style="dim"))
    con.print()


def _event_of(f: Finding, claims: dict[str, Claim], event_of: dict[str, str]) -> str | None:
    """The id of the event a finding belongs to (its claims' sources'), in a report of several."""
    c = next((claims[i] for i in f.claims if i in claims), None)
    return event_of.get(c.source) if c is not None else None


def _heading(con: Console, title: str, n: int) -> None:
    con.print(Text(f"{title} ({n})", style="bold underline"))


def _section(con: Console, title: str, items: list, show: Callable[[Any], None]) -> None:
    """A heading with the number of ``items``, each item shown, a blank line; nothing when
    there are none."""
    if items:
        _heading(con, title, len(items))
        for x in items:
            show(x)
        con.print()


def render(report: Report, color: bool = False, width: int = 100, unique: bool = False) -> str:
    """The report as text; UNIQUE claims are counted but listed only with ``unique``."""
    buf = io.StringIO()
    con = _console(buf, color, width)
    claims = by_id(report)
    names = source_names(report)
    event_of = report.event_of() if len(report.events) > 1 else {}
    where = wheres(report)
    con.print(Text(marker.line("report"), style="dim"))  # tells a later run this is no article
    _accounts(con, report)
    _events(con, report)
    _people(con, report)
    for status in STATUS_ORDER:
        fs = [f for f in report.findings if f.status == status]
        if not fs or (status == "unique" and not unique):
            continue
        _section(con, HEADING[status], fs,
                 lambda f: _finding(con, f, claims, names, event=_event_of(f, claims, event_of), where=where))
    # skipped inputs: each has had its line on stderr as it was met; the last line counts them
    con.print(Text(summary_line(report, unique), style="bold"))
    return buf.getvalue()


def diff_summary_line(d: Diff, hidden: int = 0) -> str:
    """'2 new, 1 changed, 0 gone, 20 unchanged', and what was not listed (``hidden``
    unique claims: :func:`.common.diff_listed`)."""
    s = d.summary()
    line = (f"{s['new']} new, {s['changed']} changed, {s['gone']} gone, "
            f"{s['unchanged']} unchanged")
    extra = [f"{plural(s['ignored'], 'finding', 'findings')} ignored by the configuration"] if s["ignored"] else []
    if hidden:
        extra.append(f"{plural(hidden, 'unique claim', 'unique claims')} among them not listed: --unique lists them")
    return line + (f" ({'; '.join(extra)})" if extra else "")


def render_diff(d: Diff, color: bool = False, width: int = 100, unique: bool = False) -> str:
    """The diff as text; claims only one source makes are counted, but listed only with ``unique``."""
    buf = io.StringIO()
    con = _console(buf, color, width)
    whole, (d, hidden) = d, diff_listed(d, unique)
    old_claims, new_claims = by_id(d.old.report), by_id(d.new.report)
    old_names, new_names = source_names(d.old.report), source_names(d.new.report)
    old_where, new_where = wheres(d.old.report), wheres(d.new.report)
    con.print(Text(marker.line("diff"), style="dim"))
    con.print(Text(f"old: {clean(d.old.label)} ({side_counts(d.old.report)})"
                   f"   new: {clean(d.new.label)} ({side_counts(d.new.report)})", style="dim"))
    con.print()

    def changed(ch) -> None:
        _finding(con, ch.new, new_claims, new_names, "CHANGED", where=new_where)
        for w in ch.what:
            con.print(Text("  * " + one_line(w, 200), style="bold"))

    _section(con, "New", d.added, lambda f: _finding(con, f, new_claims, new_names, "NEW", where=new_where))
    _section(con, "Changed", d.changed, changed)
    _section(con, "Gone", d.gone, lambda f: _finding(con, f, old_claims, old_names, "GONE", where=old_where))
    con.print(Text(diff_summary_line(whole, hidden), style="bold"))
    return buf.getvalue()


#: how the claim listing names a fact's measure where its JSON name would mislead: a
#: ``town`` fact is any place name the recogniser tags, a country or state among them
SHOWN_MEASURE = {"town": "place"}


def render_claims(art: Article, cs: list[Claim]) -> str:
    """``reconcile claims --format text`` for one article: its path, then a line per claim;
    claims of one line that read alike ('place = Ohio' twice) are one line, counted
    ('(2 mentions)'; the JSON formats keep each mention with its offsets)."""
    where = f" ({clean(art.where)})" if art.where else ""
    head = f"{clean(art.path)}{where}  ({plural(len(cs), 'claim', 'claims')})"
    mentions: dict[str, int] = {}
    for c in cs:
        row = f"  {c.line:>4}  {c.kind:<8} {_claim_words(c)}"
        mentions[row] = mentions.get(row, 0) + 1
    lines = [row + (f"  ({n} mentions)" if n > 1 else "") for row, n in mentions.items()]
    return "\n".join([head, *lines]) + "\n"


def _claim_words(c: Claim) -> str:
    """What the claim listing says of one claim after its line and kind."""
    if c.kind == "quantity":
        sc = c.scope
        when = None
        if sc and sc.time:
            when = sc.time + (f" = {sc.date.iso()}" if sc.date else "")
        extra = " · ".join(x for x in (sc.place if sc else None, when) if x)
        what = f"{c.measure or 'figure'} = {c.value.describe()}  [{clean(c.text)}]"
        if c.noun:
            what += f" of {clean(c.noun)}"
        if extra:
            what += f"  ({clean(extra)})"
    elif c.kind == "quote":  # an indirect quote is the outlet's words: no quotation marks
        said = f"“{one_line(c.text, 90)}”" if c.direct is not False else f"{one_line(c.text, 90)} (indirect)"
        what = f"{clean(c.speaker) or '(speaker unknown)'} {clean(c.cue) or ''}: {said}"
    elif c.kind == "person":
        what = clean(person_text(c))
    elif c.kind == "fact":
        what = SHOWN_MEASURE.get(c.measure, c.measure) + (f" of {clean(c.group)}" if c.group else "")
        what += (f" ({clean(c.cue)})" if c.cue else "")
        what += f" = {clean(fact_text(c))}"  # a place has neither group nor cue: 'place = Brookfield'
    else:
        what = f"{clean(c.person)}: {clean(c.title)}"
    return what
