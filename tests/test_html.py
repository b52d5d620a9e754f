"""The HTML renderer without a browser: the text in each column is the article's text,
spans and anchors match claims, strings are escaped, the CSP hashes match, charts follow
publication dates; and --output for every format."""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import SEEDS
from reconcile.cli import app
from reconcile.records import Article, Claim, Finding, Interval, Report
from reconcile.report import RENDERERS
from reconcile.report import html as H

runner = CliRunner()


class Page(HTMLParser):
    """Collects per column the text and the claim spans (with their offsets in that text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.cols: list[dict] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self.metas: list[dict] = []
        self._script: dict | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._script, self._buf = {"tag": tag, **a}, []
            return
        if tag == "meta":
            self.metas.append(a)
            return
        if tag == "article" and "col" in a.get("class", ""):
            self.cols.append({"text": "", "spans": []})
        in_text = any(t == "div" and "text" in x.get("class", "") for t, x in self.stack)
        self.stack.append((tag, a))
        if in_text and tag == "span" and a.get("class") == "k":
            self.cols[-1]["spans"].append({"start": len(self.cols[-1]["text"]), "attrs": a})

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._script is not None:
            text = "".join(self._buf)
            (self.styles.append(text) if tag == "style" else self.scripts.append((self._script, text)))
            self._script = None
            return
        if self.stack:
            t, a = self.stack.pop()
            if t == "span" and a.get("class") == "k":
                self.cols[-1]["spans"][-1]["end"] = len(self.cols[-1]["text"])  # claim spans never nest

    def handle_data(self, data):
        if self._script is not None:
            self._buf.append(data)
            return
        if any(t == "div" and "text" in a.get("class", "") for t, a in self.stack):
            self.cols[-1]["text"] += data


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


def test_columns_hold_the_article_text_and_spans_match_claims(seeds_report):
    page = H.render(seeds_report)
    p = parse(page)
    assert [c["text"] for c in p.cols] == [a.text for a in seeds_report.articles]
    data = json.loads(next(t for a, t in p.scripts if a.get("type") == "application/json"))
    claims = seeds_report.claims
    assert len(data["claims"]) == len(claims)
    for col, art in zip(p.cols, seeds_report.articles):
        covered: dict[int, list[tuple[int, int]]] = {}
        for s in col["spans"]:
            for ci in map(int, s["attrs"]["data-c"].split()):
                covered.setdefault(ci, []).append((s["start"], s["end"]))
        for ci, c in enumerate(claims):
            if c.source != art.id:
                continue
            pieces = sorted(covered[ci])
            # the segments of a claim tile exactly its span
            assert pieces[0][0] == c.start and pieces[-1][1] == c.end
            assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
            assert art.text[c.start:c.end] == c.text
            assert data["claims"][ci]["src"] == [a.id for a in seeds_report.articles].index(c.source)
    # every claim has an anchor for the findings' links
    for ci in range(len(claims)):
        assert f'id="c{ci}"' in page


def test_findings_grouped_worst_first_with_every_sources_value(seeds_report):
    page = H.render(seeds_report, unique=True)
    order = [m.group(1) for m in re.finditer(r'<details class="grp" data-st="(\w+)"', page)]
    assert order == ["conflict", "differ", "agree", "unique"]
    # by default the claims only one source makes are counted, not listed
    default = H.render(seeds_report)
    assert [m.group(1) for m in re.finditer(r'<details class="grp" data-st="(\w+)"', default)] == order[:3]
    n = sum(f.status == "unique" for f in seeds_report.findings)
    assert f"{n} unique claims (one source only) not listed" in default
    conflict = next(f for f in seeds_report.findings if f.status == "conflict")
    li = page[page.index(f'data-f="{seeds_report.findings.index(conflict)}"'):]
    li = li[: li.index("</li></ul>")]
    assert "Sabrina Singh" in li and "Pat Ryder" in li and "confidence 0.88" in li
    assert html_lib.escape(conflict.reason) in li
    # header: counts and every source
    s = seeds_report.summary()
    assert f"{s['conflicts']} conflict<" in page and f"{s['differences']} differences<" in page
    for a in seeds_report.articles:
        assert html_lib.escape(a.path) in page and html_lib.escape(a.title) in page


def test_same_input_same_page(seeds_report):
    assert H.render(seeds_report) == H.render(seeds_report)


def test_csp_allows_exactly_the_inline_style_and_script(seeds_report):
    p = parse(H.render(seeds_report))
    csp = next(m["content"] for m in p.metas if m.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp

    def h(s):
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    (style,) = p.styles
    code = [t for a, t in p.scripts if "type" not in a]
    assert len(code) == 1
    assert f"style-src {h(style)}" in csp and f"script-src {h(code[0])}" in csp
    assert "http:" not in style + code[0] and "https:" not in style + code[0] and "url(" not in style


def test_script_json_cannot_close_its_element():
    nasty = {"t": "</script><script>alert(1)</script><!-- \u2028 </SCRIPT"}
    s = H.script_json(nasty)
    assert "<" not in s and "\u2028" not in s
    assert json.loads(s) == nasty


def _art(i, text, published=None, outlet=None):
    return Article(id=f"s{i}", path=f"in/s{i}.txt", text=text, title=f"t{i}", outlet=outlet, published=published)


def _qty(i, src, text, lo, hi, nominal, start=0):
    return Claim(id=f"{src}:q{i}", source=src, path=f"in/{src}.txt", kind="quantity", start=start,
                 end=start + len(text), text=text, sentence=text, line=1,
                 value=Interval(nominal, lo, hi), measure="killed", hedge=None if lo == hi else "about")


def _report(dates):
    arts = [_art(i, "x" * 20, published=d, outlet=f"Outlet {i}") for i, d in enumerate(dates)]
    claims = [_qty(0, "s0", "12", 12, 12, 12), _qty(0, "s1", "about 20", 15, 25, 20), _qty(0, "s2", "dozens", 12, 99, None)]
    f = Finding(id="f1", status="conflict", kind="quantity", measure="killed", subject="killed",
                reason="r", claims=tuple(c.id for c in claims), confidence=0.8)
    return Report(articles=tuple(arts), claims=tuple(claims), findings=(f,))


def _rows(svg: str) -> list[str]:
    return re.findall(r'<text class="lab"[^>]*>([^<]*)</text>', svg)


def test_chart_orders_sources_by_publication_date():
    rep = _report(["2024-03-02T10:00:00+02:00", "2024-03-01", "Sat, 02 Mar 2024 07:00:00 +0000"])
    ctx = H._context(rep)
    svg = H.chart(ctx, rep.findings[0])
    assert _rows(svg) == ["2. Outlet 1", "3. Outlet 2", "1. Outlet 0"]
    assert svg.count("<circle") == 1 and svg.count("<rect") == 2  # exact point; two ranges
    assert "by publication date" in svg
    # undated sources keep file order, after dated ones
    rep = _report([None, "2024-03-05", None])
    svg = H.chart(H._context(rep), rep.findings[0])
    assert _rows(svg) == ["2. Outlet 1", "1. Outlet 0", "3. Outlet 2"]
    assert "date unknown" in svg


def test_chart_open_interval_and_single_source():
    arts = (_art(0, "x" * 30), _art(1, "x" * 30))
    claims = (_qty(0, "s0", "more than 20", 21, None, 20), _qty(0, "s1", "8", 8, 8, 8))
    f = Finding(id="f", status="conflict", kind="quantity", measure="killed", subject="s", reason="r",
                claims=tuple(c.id for c in claims), confidence=0.9)
    rep = Report(articles=arts, claims=claims, findings=(f,))
    svg = H.chart(H._context(rep), f)
    assert "<path" in svg  # the arrow of the open end
    one = Finding(id="g", status="unique", kind="quantity", measure="killed", subject="s", reason="r",
                  claims=(claims[0].id,), confidence=0.9)
    assert H.chart(H._context(rep), one) == ""


def test_ticks_are_round_and_whole_for_counts():
    assert H.ticks(1.44, 9.56, whole=True) == [2, 4, 6, 8]
    assert H.ticks(4, 6, whole=True) == [4, 5, 6]
    assert H.ticks(0, 330, whole=True) == [0, 100, 200, 300]
    assert H.ticks(3.2, 3.8) == [3.2, 3.4, 3.6, 3.8]
    assert all(float(t).is_integer() for t in H.ticks(0, 2, whole=True))


def test_chart_draws_a_repeated_figure_once():
    arts = (_art(0, "x" * 30), _art(1, "x" * 30))
    claims = (_qty(0, "s0", "two", 2, 2, 2), _qty(1, "s0", "two", 2, 2, 2, start=10), _qty(0, "s1", "7", 7, 7, 7))
    f = Finding(id="f", status="conflict", kind="quantity", measure="injured", subject="s", reason="r",
                claims=tuple(c.id for c in claims), confidence=0.9)
    svg = H.chart(H._context(Report(articles=arts, claims=claims, findings=(f,))), f)
    assert svg.count("<circle") == 2 and _rows(svg)[0].endswith("\u00d72")


def test_published_at():
    assert H.published_at("2016-07-08").year == 2016
    assert H.published_at("2016-07-08T23:30:00-05:00").day == 9  # compared in UTC
    assert H.published_at("Fri, 08 Jul 2016 10:00:00 GMT").month == 7
    assert H.published_at("last Tuesday") is None and H.published_at(None) is None


@given(st.text(min_size=0, max_size=60),
       st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8),
       st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=3))
def test_segments_tile_the_text(text, spans, masked):
    art = Article(id="a", path="a.txt", text=text, masked=tuple(masked))
    claims = [(i, Claim(id=f"a:{i}", source="a", path="a.txt", kind="quote", start=s, end=e, text="",
                        sentence="", line=1)) for i, (s, e) in enumerate(spans)]
    segs = H._segments(art, claims)
    assert "".join(text[a:b] for a, b, _c, _m in segs) == text
    for a, b, cover, _m in segs:
        assert a < b
        expected = {i for i, c in claims if max(0, c.start) <= a and b <= min(len(text), c.end)}
        assert set(cover) == expected
        n = len(text)
        lengths = [min(n, max(0, claims[i][1].end)) - min(n, max(0, claims[i][1].start)) for i in cover]
        assert lengths == sorted(lengths)  # innermost first


def test_strings_are_escaped_everywhere():
    evil = "<script>x()</script><img src=x onerror=y()>\"'&"
    art = Article(id="a", path="in/<b>.txt", text=f"{evil} four people were killed", title=evil,
                  outlet=evil, published=evil, url="javascript:alert(1)")
    c = Claim(id="a:q1", source="a", path=art.path, kind="quantity", start=len(evil) + 1, end=len(evil) + 5,
              text="four", sentence=evil, line=1, value=Interval(4, 4, 4), measure="killed", noun=evil)
    f = Finding(id="f", status="unique", kind="quantity", measure=evil, subject=evil, reason=evil,
                claims=(c.id,), confidence=0.9)
    page = H.render(Report(articles=(art,), claims=(c,), findings=(f,), model=evil))
    assert page.count("<script") == 2 and "<img" not in page and "<b>" not in page
    assert 'href="javascript' not in page
    assert html_lib.escape(evil) in page


def test_html_is_a_check_format_and_output_writes_atomically(tmp_path):
    assert "html" in RENDERERS
    out = tmp_path / "report.html"
    before = sorted(p.name for p in SEEDS.iterdir())
    r = runner.invoke(app, ["check", str(SEEDS), "--format", "html", "--output", str(out)])
    assert r.exit_code == 1  # the seeds hold a conflict
    assert r.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert sorted(p.name for p in SEEDS.iterdir()) == before  # nothing written to the input
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


def test_output_for_every_format(tmp_path):
    for fmt, check in (("text", lambda s: "across 2 sources" in s.rstrip().splitlines()[-1]),
                       ("json", lambda s: json.loads(s)["summary"]["sources"] == 2)):
        out = tmp_path / f"r.{fmt}"
        r = runner.invoke(app, ["check", str(SEEDS), "-f", fmt, "-o", str(out), "--fail-on", "never"])
        assert r.exit_code == 0 and r.stdout == ""
        text = out.read_text(encoding="utf-8")
        assert check(text) and "\x1b" not in text
    seed = SEEDS / "000_ffed4cb87dcca2a3.txt"
    for fmt in ("jsonl", "json", "text"):
        out = tmp_path / f"claims.{fmt}"
        r = runner.invoke(app, ["claims", str(seed), "-f", fmt, "-o", str(out)])
        assert r.exit_code == 0 and r.stdout == ""
        direct = runner.invoke(app, ["claims", str(seed), "-f", fmt]).stdout
        assert out.read_text(encoding="utf-8") == direct
    # '-' is stdout
    r = runner.invoke(app, ["check", str(SEEDS), "-f", "json", "-o", "-", "--fail-on", "never"])
    assert json.loads(r.stdout)["summary"]["sources"] == 2


def test_output_replaces_whole_and_keeps_mode(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("old")
    out.chmod(0o640)
    r = runner.invoke(app, ["check", str(SEEDS), "-f", "json", "-o", str(out), "--fail-on", "never"])
    assert r.exit_code == 0
    assert json.loads(out.read_text())["schema"] == "reconcile/report@1"
    assert out.stat().st_mode & 0o777 == 0o640


def test_bad_output_fails_before_the_run(tmp_path):
    r = runner.invoke(app, ["check", str(SEEDS), "-o", str(tmp_path / "nope" / "r.html"), "-f", "html",
                            "--model", "no_such_model_xyz"])
    # the output problem is reported first, before any model is loaded
    assert r.exit_code == 2 and "no such folder" in r.stderr and "no_such_model_xyz" not in r.stderr
    r = runner.invoke(app, ["check", str(SEEDS), "-o", str(tmp_path)])
    assert r.exit_code == 2 and "is a folder" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_inside_the_input_folder_is_written_with_a_note(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Officials said four people were killed on Monday.\n")
    r = runner.invoke(app, ["check", str(src), "-f", "html", "-o", str(src / "report.html")])
    assert r.exit_code == 0
    assert (src / "report.html").exists()
    assert "inside the input folder" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_write_atomic_leaves_old_file_on_failure(tmp_path, monkeypatch):
    import os

    from reconcile import output as W

    out = tmp_path / "r.txt"
    out.write_text("old")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    try:
        W.write_atomic(out, "new")
    except W.OutputError as e:
        assert "No space left" in str(e) and str(out) in str(e)
    else:
        raise AssertionError("no error")
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["r.txt"]

