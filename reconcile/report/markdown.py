"""Markdown (GitHub-flavoured): a summary and tables, for a pull-request comment or
``$GITHUB_STEP_SUMMARY``.

Conflicts and differences get open tables; agreements and unique claims are folded
in ``<details>``. Article text is data: every cell is escaped (Markdown punctuation,
HTML, table pipes, line breaks), so an article cannot inject markup into the page.
Nothing depends on time or environment: the same report gives the same bytes. The
first line is an HTML comment, hidden where Markdown is rendered, that marks the file
as reconcile's (:mod:`reconcile.marker`): a later run passes over it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import marker
from ..records import STATUS_ORDER, Claim, Finding, Report
from .common import (HEADING, NOTE_WIDTH, REASON_WIDTH, Evidence, account_rows, by_id, clean, event_notes, diff_listed,
                     event_readings, event_rows, evidence, file_label, filtered_note, location, one_line, per_source, people_rows, side_counts,
                     source_names, toll_measures, wheres)
from .text import diff_summary_line, summary_line

if TYPE_CHECKING:
    from ..diff import Diff

#: ASCII punctuation that can start inline markup or HTML in a GFM table cell
#: (backslash-escaped); "@" and "#" too, so names and numbers in articles do not
#: become mentions or issue links.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~@#&])")
FOLDED = ("agree", "unique")


def escape(s: str | None, n: int = 300) -> str:
    """One line of Markdown-safe text (at most ``n`` characters before escaping)."""
    return _SPECIAL.sub(r"\\\1", one_line(s, n))


def _where(ev: Evidence, where: dict[str, str]) -> str:
    also = f", {ev.also_lines}" if ev.also else ""
    return escape(location(ev.claim, where.get(ev.claim.source)) + also, 200)


def _sources(f: Finding, claims: dict[str, Claim], names: dict[str, str], where: dict[str, str] | None = None) -> str:
    rows = []
    shown, more = per_source(evidence(f, claims))
    last = {ev.claim.source: i for i, ev in enumerate(shown)}
    for i, ev in enumerate(shown):
        name = escape(names.get(ev.claim.source, ev.claim.source), 60)
        said = "; ".join(f"**{escape(v, 60)}**" for v in ev.values)
        rows.append(f"{name}: {said} ({_where(ev, where or {})})")
        if ev.claim.source in more and last[ev.claim.source] == i:
            rows.append(f"{name}: {escape(more[ev.claim.source], 200)}")
    return "<br>".join(rows)


def _table(findings, claims, names, status_col: bool = False, where: dict[str, str] | None = None) -> list[str]:
    head = (["status"] if status_col else []) + ["kind", "subject", "what each source says", "why", "confidence", "id"]
    lines = ["| " + " | ".join(head) + " |",
             "| " + " | ".join("---:" if h == "confidence" else "---" for h in head) + " |"]
    for f in findings:
        cells = ([f.status] if status_col else []) + [
            f.kind, escape(f.subject, 90), _sources(f, claims, names, where), escape(f.reason, REASON_WIDTH),
            f"{f.confidence:.2f}", f"`{f.id}`"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _section(title: str, body: list[str], folded: bool) -> list[str]:
    if folded:
        return ["<details>", f"<summary>{title}</summary>", "", *body, "", "</details>", ""]
    return [f"### {title}", "", *body, ""]


def _accounts(report: Report) -> list[str]:
    """The account table: each source against the tolls of its account, then the event."""
    rows = account_rows(report)
    if not rows:
        return []
    measures = toll_measures(report)
    arts = {a.id: a for a in report.articles}
    files = {r.source: file_label(arts[r.source], r.name) for r in rows}
    extra = ["file"] if any(files.values()) else []  # a source named by its outlet: which file it is
    out = ["### Sources", "", "| source | " + " | ".join(measures + ["date", "title"] + extra + ["note"]) + " |",
           "| --- | " + " | ".join(["---"] * (len(measures) + 3 + len(extra))) + " |"]
    for r in rows:
        cells = [escape(r.name, 60)] + [escape(r.tolls[m] or "–", 40) for m in measures] + [
            escape(r.date, 30), escape(r.title, 90)] + [escape(files[r.source], 80) for _ in extra] + [
            escape(r.note, NOTE_WIDTH)]
        out.append("| " + " | ".join(cells) + " |")
    for label, ev in (event_readings(report) if len(rows) > 1 else []):
        cells = [f"**{escape(ev.get(m, '–'), 40)}**" for m in measures] + [""] * (3 + len(extra))  # date, title, file, note
        out.append(f"| **{label}** | " + " | ".join(cells) + " |")
    notes = event_notes(report)
    return out + ([""] + [f"_{escape(n)}_  " for n in notes] if notes else []) + [""]


def _events(report: Report) -> list[str]:
    """The events table, in a report of several: each event's sources, reading and why."""
    rows = event_rows(report)
    if not rows:
        return []
    out = [f"### Events ({len(rows)})", "", "| event | sources | tolls | why |", "| --- | --- | --- | --- |"]
    for r in rows:
        out.append(f"| {escape(r.id, 20)} | {escape(', '.join(r.sources), 300)} | {escape(r.tolls or '–', 80)} | "
                   f"{escape('; '.join(r.why[:3]) or '–', 400)} |")
    return out + [""]


def _people(report: Report) -> list[str]:
    """The people table: a row per victim or suspect, a column per source that names any."""
    rows = people_rows(report)
    if not rows:
        return []
    names = source_names(report)
    srcs = [a.id for a in report.articles if any(a.id in cells for _, cells in rows)]
    out = ["### People", "", "| person | " + " | ".join(escape(names.get(s, s), 40) for s in srcs) + " |",
           "| --- | " + " | ".join("---" for _ in srcs) + " |"]
    for label, cells in rows:
        out.append(f"| {escape(label, 60)} | " + " | ".join(escape(cells.get(s, "–"), 60) for s in srcs) + " |")
    return out + [""]


def render(report: Report, unique: bool = False) -> str:
    """The report as GitHub-flavoured Markdown; unique claims are listed only with ``unique``."""
    claims, names = by_id(report), source_names(report)
    out = [marker.comment("report"), "## reconcile", "", f"**{escape(summary_line(report, unique), 500)}**", ""]
    note = filtered_note(report)
    if note:
        out += [f"_{escape(note)}._", ""]
    out += _accounts(report)
    out += _events(report)
    out += _people(report)
    where = wheres(report)
    for status in STATUS_ORDER:
        fs = [f for f in report.findings if f.status == status]
        if fs and (unique or status != "unique"):
            out += _section(f"{HEADING[status]} ({len(fs)})", _table(fs, claims, names, where=where), status in FOLDED)
    if not report.findings:
        out += ["No findings.", ""]
    if report.skipped:
        out += [f"### Skipped ({len(report.skipped)})", ""]
        out += [f"- {escape(s.path, 200)}: {escape(s.reason, 200)}" for s in report.skipped]
        out += [""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_diff(d: Diff, unique: bool = False) -> str:
    """The diff as Markdown; claims only one source makes are counted, but listed only with ``unique``."""
    old_claims, new_claims = by_id(d.old.report), by_id(d.new.report)
    old_names, new_names = source_names(d.old.report), source_names(d.new.report)
    old_where, new_where = wheres(d.old.report), wheres(d.new.report)
    whole, (d, hidden) = d, diff_listed(d, unique)
    out = [marker.comment("diff"), "## reconcile diff", "", f"**{escape(diff_summary_line(whole, hidden), 500)}**", "",
           f"old: {escape(d.old.label, 200)} ({side_counts(d.old.report)}) · "
           f"new: {escape(d.new.label, 200)} ({side_counts(d.new.report)})", ""]
    if d.added:
        out += _section(f"New ({len(d.added)})", _table(d.added, new_claims, new_names, True, new_where), False)
    if d.changed:
        lines = ["| status | kind | subject | what changed | now | id |",
                 "| --- | --- | --- | --- | --- | --- |"]
        for ch in d.changed:
            status = ch.new.status if ch.old.status == ch.new.status else f"{ch.old.status} → {ch.new.status}"
            lines.append("| " + " | ".join([
                status, ch.new.kind, escape(ch.new.subject, 90),
                "<br>".join(escape(w, 200) for w in ch.what),
                _sources(ch.new, new_claims, new_names, new_where), f"`{ch.new.id}`"]) + " |")
        out += _section(f"Changed ({len(d.changed)})", lines, False)
    if d.gone:
        out += _section(f"Gone ({len(d.gone)})", _table(d.gone, old_claims, old_names, True, old_where), True)
    if not (d.added or d.changed or d.gone):
        out += ["No new, changed or gone findings.", ""]
    return "\n".join(out).rstrip("\n") + "\n"


__all__ = ["clean", "escape", "render", "render_diff"]
