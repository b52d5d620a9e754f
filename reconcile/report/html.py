"""The HTML report: one self-contained page to read the sources side by side.

Everything is inline (CSS and JS from ``assets/``, charts as SVG), nothing is fetched,
and the page works opened from disk. A Content-Security-Policy ``<meta>`` allows only
the page's own style and script, by hash: even markup that slipped through could not
load or run anything.

Article text is data. Every string from an article (text, title, outlet, quotes,
names) is written with :func:`html.escape`; the data the script needs is JSON inside
``<script type="application/json">`` with every ``<`` written as ``\\u003c``, and the
script puts strings on the page with ``textContent`` only. Offsets are resolved here, in
Python (code points), so the script never slices article text. As in the other
formats, control characters, escape sequences and bidirectional overrides are removed
(:func:`reconcile.report.common.clean`) from file names, metadata and claims, in the
page and in its data; the article text shown in the columns loses the same
characters but keeps its tabs and line ends.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from importlib import resources
from urllib.parse import urlsplit

from .. import __version__
from ..describe import value as value_text
from ..records import STATUS_ORDER, Article, Claim, Finding, Interval, Report
from .common import (account_rows, clean, control_free, event_notes, event_readings, evidence, headline_of, location,
                     people_rows, shown_date, toll_measures, wheres)
from .text import plural

# Okabe & Ito (2008) colour-blind-safe palette; the stylesheet holds the same values.
# Status is never told by colour alone: each has an icon, a label and its own underline.
STATUS_META = {
    "conflict": {"heading": "Conflicts", "label": "Conflict", "icon": "\u2715", "one": "conflict", "many": "conflicts"},
    "differ": {"heading": "Differences", "label": "Differ", "icon": "\u2260", "one": "difference", "many": "differences"},
    "inconsistent": {"heading": "Sources that contradict themselves", "label": "Self", "icon": "\u21c4",
                     "one": "self-contradiction", "many": "self-contradictions"},
    "agree": {"heading": "Agreements", "label": "Agree", "icon": "\u2713", "one": "agreement", "many": "agreements"},
    "unique": {"heading": "Unique claims", "label": "Unique", "icon": "\u25c6", "one": "unique claim", "many": "unique claims"},
}
COLOUR = {"conflict": "#D55E00", "differ": "#E69F00", "inconsistent": "#CC79A7", "agree": "#009E73",
          "unique": "#56B4E9"}
#: the kinds of finding the filters list, in this order; a kind not listed here that a report
#: holds is listed after them (a filter for every finding)
KINDS = ("quantity", "person", "quote", "role", "fact", "name")


def esc(s: object) -> str:
    """Text for HTML content or a quoted attribute value, cleaned as the text report
    cleans it (:func:`clean`): no control or escape characters, no bidirectional overrides."""
    return html.escape(clean("" if s is None else str(s)), quote=True)


def esc_text(s: str) -> str:
    """A piece of article text for a column: as :func:`esc`, but tabs and line ends
    (CR included, which HTML reads as a line end) are kept as they are."""
    return html.escape(control_free(s), quote=True)


def _cleaned(data: object) -> object:
    """``data`` with every string value cleaned (:func:`clean`); keys are reconcile's own."""
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, dict):
        return {k: _cleaned(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [_cleaned(v) for v in data]
    return data


def script_json(data: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no
    ``<!--``, no raw U+2028/U+2029."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return s.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


# ------------------------------------------------------------------ helpers

def published_at(s: str | None) -> datetime | None:
    """A comparable (naive UTC) datetime from an ISO 8601 or RFC 2822 date, else None."""
    if not s:
        return None
    s = s.strip()
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        try:
            d = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    if d.tzinfo is not None:
        d = d.astimezone(timezone.utc).replace(tzinfo=None)
    return d


def _short(s: str, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"


def _fmt_num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class _Ctx:
    report: Report
    names: dict[str, str]
    src_index: dict[str, int]
    claim_index: dict[str, int]
    finding_of: dict[str, int]  # claim id -> finding index
    order: dict[str, tuple]  # source id -> sort key by publication date
    where: dict[str, str] = field(default_factory=dict)  # source id -> its record in its file ('item 3')


def _context(report: Report) -> _Ctx:
    finding_of: dict[str, int] = {}
    for i, f in enumerate(report.findings):
        for cid in f.claims:
            finding_of.setdefault(cid, i)
    src_index = {a.id: i for i, a in enumerate(report.articles)}
    order = {}
    for a in report.articles:
        when = published_at(a.published)
        order[a.id] = (when is None, when or datetime.min, src_index[a.id])
    return _Ctx(report, report.source_names(), src_index,  # the names the findings' reasons use
                {c.id: i for i, c in enumerate(report.claims)}, finding_of, order, wheres(report))


# ------------------------------------------------------------------ article text

def _segments(art: Article, claims: list[tuple[int, Claim]]) -> list[tuple[int, int, list[int], bool]]:
    """Cut the text at every claim and furniture boundary: (start, end, covering claim
    indexes innermost first, masked)."""
    n = len(art.text)
    cuts = {0, n}
    spans = []
    for i, c in claims:
        s, e = max(0, min(c.start, n)), max(0, min(c.end, n))
        if e > s:
            spans.append((s, e, i))
            cuts.update((s, e))
    for s, e in art.masked:
        s, e = max(0, min(s, n)), max(0, min(e, n))
        if e > s:
            cuts.update((s, e))
    cuts_sorted = sorted(cuts)
    starts: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for s, e, i in spans:
        starts[s].append((s, e, i))
    masked_starts = defaultdict(int)
    masked_ends = defaultdict(int)
    for s, e in art.masked:
        s, e = max(0, min(s, n)), max(0, min(e, n))
        if e > s:
            masked_starts[s] += 1
            masked_ends[e] += 1
    active: list[tuple[int, int, int]] = []
    in_mask = 0
    out = []
    for a, b in zip(cuts_sorted, cuts_sorted[1:]):
        active = [t for t in active if t[1] > a]
        active.extend(starts.get(a, ()))
        in_mask += masked_starts.get(a, 0) - masked_ends.get(a, 0)
        cover = [i for _s, _e, i in sorted(active, key=lambda t: (t[1] - t[0], t[0], t[2]))]
        out.append((a, b, cover, in_mask > 0))
    return out


def _article_html(ctx: _Ctx, art: Article, claims: list[tuple[int, Claim]]) -> str:
    status = ctx.report.findings
    first_seg: set[int] = set()
    parts = []
    for a, b, cover, masked in _segments(art, claims):
        text = esc_text(art.text[a:b])
        if cover:
            # the innermost claim with a finding colours the words (report.js does the same
            # under the filters): a name inside an agreeing enumeration is not left bare
            fi = next((f for i in cover if (f := ctx.finding_of.get(ctx.report.claims[i].id)) is not None), None)
            st = status[fi].status if fi is not None else "none"
            attrs = f'class="k" data-st="{st}" data-c="{" ".join(map(str, cover))}"'
            starting = [i for i in cover if i not in first_seg and ctx.report.claims[i].start <= a]
            if starting:
                first_seg.update(starting)
                attrs += f' id="c{starting[0]}" tabindex="0" role="button"'
                # other claims starting here still get an anchor for the findings' links
                parts.extend(f'<span id="c{i}"></span>' for i in starting[1:])
            parts.append(f"<span {attrs}>{text}</span>")
        elif masked:
            parts.append(f'<span class="furn" title="page furniture: no claims are read here">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


def _date_cell(published: str | None, updated: str | None = None) -> str:
    """The sources table's cell of a publication date: the day it was read as
    (:func:`shown_date`), with the date as the metadata wrote it in a title attribute where
    that is written otherwise, and the page's last update there too where it states one
    ('2025-03-15T08:00-04:00; updated 2025-03-15T19:10-04:00')."""
    if not published:
        return "<td><i>unknown</i></td>"
    shown, written = shown_date(published), clean(published)
    if updated:
        written = f"{written}; updated {clean(updated)}"
    title = f' title="{esc(written)}"' if shown != written else ""
    return f"<td{title}>{esc(shown)}</td>"


def _column(ctx: _Ctx, idx: int, art: Article, claims: list[tuple[int, Claim]]) -> str:
    date = esc(shown_date(art.published)) if art.published else "date unknown"
    title = f'<h2 class="title">{esc(art.title)}</h2>' if art.title else ""
    return (
        f'<article class="col" data-s="{idx}" aria-label="{esc(ctx.names[art.id])}">'
        f'<header class="colhead"><p class="outlet"><span class="num">{idx + 1}</span> {esc(ctx.names[art.id])}</p>'
        f'{title}<p class="meta">{date} · <span class="file">{esc(art.path)}</span> · '
        f'{plural(len(claims), "claim", "claims")}</p></header>'
        f'<div class="text" tabindex="-1">{_article_html(ctx, art, claims)}</div></article>'
    )


# ------------------------------------------------------------------ charts

def ticks(dlo: float, dhi: float, whole: bool = False) -> list[float]:
    """Round tick values (steps of 1, 2 or 5 times a power of ten) between dlo and dhi,
    about four of them; whole numbers only for counts."""
    span = dhi - dlo
    if span <= 0:
        return [dlo]
    mag = 10 ** math.floor(math.log10(span))
    best: tuple[float, float] | None = None
    for k in (mag / 100, mag / 10, mag, mag * 10):
        for m in (1, 2, 5):
            step = m * k
            if whole and step < 1:
                continue
            n = math.floor(dhi / step + 1e-9) - math.ceil(dlo / step - 1e-9) + 1
            score = (abs(n - 4), -step)
            if best is None or score < best[0]:
                best = (score, step)
    step = best[1] if best else 1.0
    first = math.ceil(dlo / step - 1e-9)
    last = math.floor(dhi / step + 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


def chart(ctx: _Ctx, f: Finding) -> str:
    """An inline SVG of each source's interval for a figure several sources report:
    ranges as bars, exact figures as dots, rows by publication date when known."""
    rows = [ctx.report.claims[ctx.claim_index[cid]] for cid in f.claims if cid in ctx.claim_index]
    rows = [c for c in rows if c.kind == "quantity" and c.value is not None]
    if len({c.source for c in rows}) < 2:
        return ""
    finite = [x for c in rows for x in (c.value.low, c.value.high, c.value.nominal) if x is not None]
    if not finite:
        return ""
    rows.sort(key=lambda c: (ctx.order.get(c.source, (True, datetime.min, 0)), c.start))
    # one row per source and value: a figure repeated in one article is drawn once, "×n"
    times: dict[tuple, int] = defaultdict(int)
    for c in rows:
        times[(c.source, c.value)] += 1
    seen: set[tuple] = set()
    rows = [c for c in rows if not ((c.source, c.value) in seen or seen.add((c.source, c.value)))]
    dlo, dhi = _chart_domain(rows, finite)
    marks = ticks(dlo, dhi, whole=all(float(v).is_integer() for v in finite))
    W, LABEL, RIGHT, ROW, TOP = 380, 170, 14, 28, 4
    plot_w = W - LABEL - RIGHT
    H = TOP + ROW * len(rows) + 24

    def x(v: float) -> float:
        return round(LABEL + (v - dlo) / (dhi - dlo) * plot_w, 1)

    colour = COLOUR.get(f.status, "#555")
    dated = [ctx.order[c.source][0] is False for c in rows]
    parts = [
        f'<svg class="chart" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" '
        f'aria-label="{esc(_chart_label(ctx, f, rows))}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tv in marks:
        tx = x(tv)
        parts.append(f'<line class="grid" x1="{tx}" y1="{TOP}" x2="{tx}" y2="{H - 20}"/>'
                     f'<text class="tick" x="{tx}" y="{H - 6}" text-anchor="middle">{esc(_fmt_num(tv))}</text>')
    for r, c in enumerate(rows):
        y = TOP + r * ROW + ROW / 2
        si = ctx.src_index.get(c.source, -1)
        when = ctx.report.articles[si].published if si >= 0 else None
        label = f"{si + 1}. {_short(ctx.names.get(c.source, c.source), 18)}"
        n = times[(c.source, c.value)]
        if n > 1:
            label = f"{si + 1}. {_short(ctx.names.get(c.source, c.source), 14)} \u00d7{n}"
        tip = f"{ctx.names.get(c.source, c.source)}: {value_text(c)}" + (f" (hedge: {c.hedge})" if c.hedge else "") + \
              (f", published {when}" if when else "")
        parts.append(f'<g class="row" data-c="{ctx.claim_index[c.id]}"><title>{esc(tip)}</title>'
                     f'<text class="lab" x="{LABEL - 8}" y="{y - 1}" text-anchor="end">{esc(label)}</text>'
                     f'<text class="date" x="{LABEL - 8}" y="{y + 10}" text-anchor="end">'
                     f'{esc(_short(when, 25)) if when else "date unknown"}</text>')
        parts.extend(_chart_mark(c.value, y, x, colour, (dlo, dhi), (LABEL, W - RIGHT)))
        parts.append("</g>")
    parts.append(f'<line class="axis" x1="{LABEL}" y1="{H - 20}" x2="{W - RIGHT}" y2="{H - 20}"/></svg>')
    if all(dated):
        order_note = "top to bottom by publication date"
    elif any(dated):
        order_note = "dated sources first, by publication date; then undated ones"
    else:
        order_note = "publication dates unknown: sources in file order"
    parts.append(f'<p class="legend">Bars: ranges (vague or hedged; a tick marks the figure written, '
                 f'an arrow an open end) · dots: exact figures · {order_note}.</p>')
    return "".join(parts)


def _chart_domain(rows: list[Claim], finite: list[float]) -> tuple[float, float]:
    """The chart's value axis: the figures' range padded by 8% (from 0 for counts that
    cannot go below it), and a quarter more on a side where a figure is open ('more
    than 5'), for its arrow."""
    lo, hi = min(finite), max(finite)
    open_hi = any(c.value.high is None for c in rows)
    open_lo = any(c.value.low is None for c in rows)
    span = hi - lo
    pad = span * 0.08 if span else max(1.0, abs(hi) * 0.1)
    dlo, dhi = lo - pad, hi + pad + (span * 0.25 + pad if open_hi else 0)
    if lo >= 0:
        dlo = max(0.0, dlo)
    if open_lo:
        dlo -= span * 0.25 + pad
    return dlo, dhi


def _chart_mark(v: Interval, y: float, x: Callable[[float], float], colour: str,
                domain: tuple[float, float], plot: tuple[float, float]) -> list[str]:
    """The SVG of one figure on its row: a dot for an exact figure; a bar for a range, with
    an arrow at an open end (drawn to the plot's edge) and a tick at the figure written."""
    dlo, dhi = domain
    if v.is_point:
        return [f'<circle cx="{x(v.low)}" cy="{y}" r="4.5" fill="{colour}" stroke="#000" stroke-width="1"/>']
    a = x(v.low) if v.low is not None else plot[0]
    b = x(v.high) if v.high is not None else plot[1]
    out = [f'<rect x="{a}" y="{y - 4}" width="{max(b - a, 2)}" height="8" rx="2" fill="{colour}" '
           f'fill-opacity="0.55" stroke="#000" stroke-width="1"/>']
    if v.high is None:
        out.append(f'<path d="M{b} {y} l-6 -5 v10 z" fill="#000"/>')
    if v.low is None:
        out.append(f'<path d="M{a} {y} l6 -5 v10 z" fill="#000"/>')
    if v.nominal is not None and dlo <= v.nominal <= dhi:
        nx = x(v.nominal)
        out.append(f'<line x1="{nx}" y1="{y - 7}" x2="{nx}" y2="{y + 7}" stroke="#000" stroke-width="2"/>')
    return out


def _chart_label(ctx: _Ctx, f: Finding, rows: list[Claim]) -> str:
    return f"{f.measure or 'figure'}: " + "; ".join(
        f"{ctx.names.get(c.source, c.source)} {value_text(c)}" for c in rows)


# ------------------------------------------------------------------ findings

def _badge(status: str) -> str:
    m = STATUS_META.get(status)
    if m is None:
        return '<span class="badge" data-st="none">no finding</span>'
    return (f'<span class="badge" data-st="{status}"><span class="ic" aria-hidden="true">{m["icon"]}</span> '
            f'{m["label"]}</span>')


def _finding_html(ctx: _Ctx, i: int, f: Finding) -> str:
    rows = []
    shown = {cid: ctx.report.claims[ci] for cid in f.claims if (ci := ctx.claim_index.get(cid)) is not None}
    for ev in evidence(f, shown):
        c = ev.claim
        ci = ctx.claim_index[c.id]
        # the words: a direct quotation's own (when there are wordings to compare), else the
        # sentence (an indirect quotation's is the outlet's words that report it)
        direct = c.kind == "quote" and c.direct is not False
        excerpt = "" if direct and len(f.claims) == 1 else _short(ev.excerpt, 100 + 2 * direct)
        hedge = f' · hedge “{esc(c.hedge)}”' if c.kind == "quantity" and c.hedge else ""
        also = f" ({ev.also_lines})" if ev.also else ""
        where = location(c, ctx.where.get(c.source), os.path.basename(c.path)) + also
        rows.append(
            f'<li><a class="jump" href="#c{ci}" data-c="{ci}"><span class="src">{esc(ctx.names.get(c.source, c.source))}</span>'
            f' <span class="val">{esc("; ".join(ev.values))}</span></a>'
            f'<span class="where">{esc(where)}{hedge}</span>'
            + (f'<span class="ex">{esc(excerpt)}</span>' if excerpt else "") + "</li>")
    measure = f' <span class="measure">{esc(f.measure)}</span>' if f.measure else ""
    return (
        f'<li class="f" data-f="{i}" data-st="{f.status}" data-kind="{esc(f.kind)}">'
        f'<button type="button" class="fbtn" aria-pressed="false">{_badge(f.status)} '
        f'<span class="kind">{esc(f.kind)}</span>{measure} <span class="subj">{esc(f.subject)}</span></button>'
        f'<p class="reason"><span class="why">{esc(f.reason)}</span> <span class="conf">confidence {f.confidence:.2f}</span></p>'
        f'<ul class="vals">{"".join(rows)}</ul>{chart(ctx, f)}</li>'
    )


def _findings_html(ctx: _Ctx) -> str:
    out = []
    by_status: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(ctx.report.findings):
        by_status[f.status].append(i)
    for st in STATUS_ORDER:
        idx = by_status.get(st, [])
        if not idx:
            continue
        m = STATUS_META[st]
        items = "".join(_finding_html(ctx, i, ctx.report.findings[i]) for i in idx)
        out.append(
            f'<details class="grp" data-st="{st}" open><summary><span class="badge" data-st="{st}">'
            f'<span class="ic" aria-hidden="true">{m["icon"]}</span> {m["heading"]}</span> '
            f'<span class="count" data-total="{len(idx)}">{len(idx)}</span></summary><ol>{items}</ol></details>')
    if not out:
        out.append('<p class="empty">No claims were found in these articles.</p>')
    return "".join(out)


# ------------------------------------------------------------------ page

def _outlet_from(a: Article) -> str:
    """Where an outlet read from the article's own lines was found, after its name."""
    return f' <span class="from">(from its {esc(a.outlet_from)})</span>' if a.outlet and a.outlet_from else ""


def _header(ctx: _Ctx, claims_per_source: dict[str, int], unlisted: int = 0) -> str:
    rep = ctx.report
    hidden = (f'<p class="gen">{plural(unlisted, "unique claim", "unique claims")} (one source only) '
              f'not listed: <code>--unique</code> lists them.</p>' if unlisted else "")
    s = rep.summary()
    counts = {"conflict": s["conflicts"], "differ": s["differences"], "inconsistent": s["inconsistencies"],
              "agree": s["agreements"], "unique": s["unique"] + unlisted}
    badges = " ".join(
        f'<span class="badge" data-st="{st}"><span class="ic" aria-hidden="true">{STATUS_META[st]["icon"]}</span> '
        f'{plural(counts[st], STATUS_META[st]["one"], STATUS_META[st]["many"])}</span>'
        for st in STATUS_ORDER)
    measures = toll_measures(rep)
    accounts = {r.source: r for r in account_rows(rep)}
    rows = []
    for i, a in enumerate(rep.articles):
        acc = accounts.get(a.id)
        tolls = "".join(f'<td class="toll">{esc(acc.tolls[m]) if acc and acc.tolls[m] else "–"}</td>' for m in measures)
        note = f'<td class="note">{esc(acc.note) if acc else ""}</td>'
        url = a.url or ""
        if urlsplit(url).scheme in ("http", "https"):
            link = f' <a class="url" href="{esc(url)}" rel="noopener noreferrer nofollow">source</a>'
        else:
            link = f' <span class="url">{esc(url)}</span>' if url else ""
        rows.append(
            f'<tr><td class="num">{i + 1}</td><td>{esc(a.outlet) if a.outlet else "<i>unknown</i>"}{_outlet_from(a)}</td>'
            f'<td>{esc(headline_of(a)) if a.title else "<i>no title</i>"}{link}</td>'
            f'{_date_cell(a.published, a.updated)}'
            f'<td class="file">{esc(a.path)}</td><td class="n">{claims_per_source.get(a.id, 0)}</td>{tolls}{note}</tr>')
    for label, ev in (event_readings(rep) if len(rep.articles) > 1 else []):
        name = "The event, across sources" if label == "event" else f"Event {label.split()[-1]}, across its sources"
        rows.append(f'<tr class="event"><td></td><td colspan="5"><b>{esc(name)}</b></td>'
                    + "".join(f'<td class="toll"><b>{esc(ev.get(m, "–"))}</b></td>' for m in measures)
                    + f'<td class="note">{esc(" ".join(event_notes(rep)))}</td></tr>')
    skipped = ""
    if rep.skipped:
        items = "".join(f"<li><span class=\"file\">{esc(k.path)}</span>: {esc(k.reason)}</li>" for k in rep.skipped)
        skipped = f'<details class="skipped"><summary>{plural(len(rep.skipped), "file", "files")} skipped</summary><ul>{items}</ul></details>'
    return (
        f'<header id="top"><h1>reconcile <span class="sub">{plural(s["sources"], "source", "sources")}, '
        f'{plural(s["claims"], "claim", "claims")}</span></h1>'
        f'<p class="counts">{badges}</p>'
        f'<table class="sources"><thead><tr><th>#</th><th>Outlet</th><th>Title</th><th>Published</th>'
        f'<th>File</th><th>Claims</th>{"".join(f"<th>{esc(m)}</th>" for m in measures)}<th>Note</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>{_people_html(rep)}{skipped}{hidden}'
        f'<p class="gen">Made by reconcile {esc(__version__)} with {esc(rep.model or "no model")}. '
        f'Every figure, quote and title is shown where each source wrote it.</p></header>'
    )


def _people_html(rep: Report) -> str:
    """The people table: a row per victim or suspect, a column per source that names any."""
    rows = people_rows(rep)
    if not rows:
        return ""
    names = rep.source_names()
    srcs = [a.id for a in rep.articles if any(a.id in cells for _, cells in rows)]
    head = "".join(f"<th>{esc(names.get(s, s))}</th>" for s in srcs)
    body = "".join(f"<tr><td><b>{esc(label)}</b></td>" + "".join(f"<td>{esc(cells.get(s, '–'))}</td>" for s in srcs)
                   + "</tr>" for label, cells in rows)
    return f'<table class="sources people"><thead><tr><th>Person</th>{head}</tr></thead><tbody>{body}</tbody></table>'


def _status_filter(status: str, listed: int, unlisted: int) -> str:
    """One status's checkbox with the number of findings it shows; unique claims the page
    does not list (no --unique) are counted as the header counts them, the box disabled."""
    box, n = "checked", str(listed)
    if status == "unique" and unlisted:
        box, n = "checked disabled", f"{unlisted} not listed (--unique lists them)"
    return (f'<label><input type="checkbox" name="status" value="{status}" {box}> '
            f'<span class="badge" data-st="{status}"><span class="ic" aria-hidden="true">{STATUS_META[status]["icon"]}'
            f'</span> {STATUS_META[status]["label"]}</span> <span class="n">{n}</span></label>')


def _filters(ctx: _Ctx, unlisted: int = 0) -> str:
    by_status = defaultdict(int)
    by_kind = defaultdict(int)
    for f in ctx.report.findings:
        by_status[f.status] += 1
        by_kind[f.kind] += 1
    st = "".join(_status_filter(s, by_status[s], unlisted) for s in STATUS_ORDER)
    kd = "".join(
        f'<label><input type="checkbox" name="kind" value="{k}" checked> {k} <span class="n">{by_kind[k]}</span></label>'
        for k in (*KINDS, *sorted(set(by_kind) - set(KINDS))))
    return (
        f'<form id="filters" aria-label="Filters"><fieldset><legend>Status</legend>{st}</fieldset>'
        f'<fieldset><legend>Kind</legend>{kd}</fieldset></form>'
        '<p class="keys" id="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous finding · <kbd>n</kbd>/<kbd>p</kbd> '
        'next/previous span of the finding · <kbd>Enter</kbd> open · <kbd>1</kbd>–<kbd>5</kbd> toggle a status · '
        '<kbd>a</kbd> unfold all columns · <kbd>Esc</kbd> clear</p>'
    )


def _data(ctx: _Ctx) -> dict:
    """What the script needs beyond the page itself, compact: empty fields are left out,
    sentences are stored once, and a claim's words and a finding's reason are read from
    the page (the spans, the findings list), not repeated here."""
    rep = ctx.report
    sentences: dict[str, int] = {}
    claims = []
    for c in rep.claims:
        d = {"src": ctx.src_index.get(c.source, -1), "f": ctx.finding_of.get(c.id, -1), "kind": c.kind,
             "start": c.start, "end": c.end, "line": c.line,
             "s": sentences.setdefault(c.sentence, len(sentences)), "value": value_text(c)}
        if c.kind == "quantity":
            v, sc = c.value, c.scope
            d.update(interval=[v.low, v.high, v.nominal] if v else None, hedge=c.hedge, measure=c.measure,
                     noun=c.noun, group=c.group, place=sc.place if sc else None, time=sc.time if sc else None,
                     place_inherited=bool(sc and sc.place_inherited), time_inherited=bool(sc and sc.time_inherited))
        elif c.kind == "quote":
            d.update(speaker=c.speaker, cue=c.cue, direct=c.direct)
        elif c.kind == "person":
            d.update(name=c.name, age=c.age, gender=c.gender, role=c.role, outcome=c.outcome, condition=c.condition)
        elif c.kind == "fact":
            d.update(measure=c.measure, hedge=c.hedge, noun=c.noun, group=c.group)
        else:
            d.update(person=c.person, title=c.title)
        claims.append({k: v for k, v in d.items() if v is not None and v is not False and v != ""})
    return {
        "sources": [{"name": ctx.names[a.id], "path": a.path, "published": a.published} for a in rep.articles],
        "sentences": list(sentences),
        "claims": claims,
        "findings": [{"status": f.status, "kind": f.kind, "confidence": round(f.confidence, 2),
                      "claims": [ctx.claim_index[c] for c in f.claims if c in ctx.claim_index]}
                     for f in rep.findings],
        "labels": {s: {"label": m["label"], "icon": m["icon"]} for s, m in STATUS_META.items()},
    }


def render(report: Report, unique: bool = False) -> str:
    """The page; unique claims are counted but listed only with ``unique``."""
    unlisted = 0
    if not unique:
        kept = tuple(f for f in report.findings if f.status != "unique")
        unlisted = len(report.findings) - len(kept)
        report = replace(report, findings=kept)
    ctx = _context(report)
    per_source: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for i, c in enumerate(report.claims):
        per_source[c.source].append((i, c))
    css, js = _asset("report.css"), _asset("report.js")
    csp = ("default-src 'none'; base-uri 'none'; form-action 'none'; img-src 'none'; "
           f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}")
    cols = "".join(_column(ctx, i, a, per_source.get(a.id, [])) for i, a in enumerate(report.articles))
    counts = {k: len(v) for k, v in per_source.items()}
    if len(report.articles) == 1:
        title = "reconcile: " + (report.articles[0].title or "report")
    else:
        title = f"reconcile: {plural(len(report.articles), 'source', 'sources')} compared"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="reconcile {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>{css}</style></head>"
        f'<body>{_header(ctx, counts, unlisted)}'
        f'<div id="app"><aside id="side" aria-label="Findings">{_filters(ctx, unlisted)}'
        f'<nav id="findings" aria-label="Findings by status">{_findings_html(ctx)}</nav>'
        '<section id="detail" aria-live="polite" aria-label="Selected claim"><h2>Claim details</h2>'
        '<div id="detail-body"><p class="hint">Select a finding to mark its spans in every column, '
        'or a highlighted span to see its claim.</p></div></section></aside>'
        f'<main id="cols" aria-label="Articles side by side">{cols}</main></div>'
        f'<script type="application/json" id="reconcile-data">{script_json(_cleaned(_data(ctx)))}</script>'
        f"<script>{js}</script></body></html>\n"
    )
