"""How heavy and how fast is the HTML report for a real 10-article event?

Copies one gva-dev incident (default 597756, ten articles on one shooting) to a temporary
folder outside the repository, runs the pipeline, renders ``--format html`` and measures:

- the page's size, the article text inside it, and the rest (data, style, script, charts);
- the load time in headless Chromium opened from disk (file://): navigation start to the
  load event, and to the page's own script having wired everything (``reconcile-ready``),
  median and worst of several fresh loads.

With ``--metadata`` the articles are written as JSON with their title, outlet (the URL's
host) and publication date from gold.json, so the charts order sources by date.
Eval text is read from ../shared/eval and never copied into the repository.

    .venv/bin/python bench/html_page.py [--incident 597756] [--runs 7] [--metadata]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402  (tests/browser.py: Debian chromium + chromedriver)

from reconcile.pipeline import reconcile  # noqa: E402
from reconcile.report import html as html_report  # noqa: E402


def copy_incident(src: Path, dest: Path, metadata: bool) -> int:
    gold = json.loads((src / "gold.json").read_text(encoding="utf-8"))
    docs = {d["file"]: d for d in gold.get("documents", [])}
    n = 0
    for f in sorted(src.glob("*.txt")):
        if not metadata:
            shutil.copyfile(f, dest / f.name)
        else:
            d = docs.get(f.name, {})
            host = urlsplit(d.get("original_url") or "").hostname or None
            (dest / (f.stem + ".json")).write_text(json.dumps({
                "title": d.get("title"), "outlet": host.removeprefix("www.") if host else None,
                "published": d.get("dct"), "url": d.get("original_url"),
                "text": f.read_text(encoding="utf-8"),
            }), encoding="utf-8")
        n += 1
    return n


def sizes(page: str, report) -> dict[str, int]:
    total = len(page.encode("utf-8"))
    text = sum(len(a.text.encode("utf-8")) for a in report.articles)
    data = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S).group(1)
    css = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    js = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    svg = sum(len(m.encode()) for m in re.findall(r"<svg.*?</svg>", page, re.S))
    return {"page": total, "article_text": text, "beyond_text": total - text,
            "json_data": len(data.encode()), "css_js": len(css.encode()) + len(js.encode()), "svg": svg}


def load_times(page: Path, runs: int) -> list[dict[str, float]]:
    why = browser.unavailable()
    if why:
        raise SystemExit(f"no browser: {why}")
    d = browser.chromium()
    try:
        url = page.resolve().as_uri()
        browser.network_requests(d)  # the browser's own start-up page, before ours
        out = []
        for _ in range(runs):
            d.get("about:blank")
            d.get(url)
            t = d.execute_script("""
                var n = performance.getEntriesByType('navigation')[0];
                var r = performance.getEntriesByName('reconcile-ready')[0];
                return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd, ready: r ? r.startTime : null};""")
            out.append(t)
        requests = [u for u in browser.network_requests(d) if u not in (url, "about:blank")]
        if requests:
            raise SystemExit(f"the page fetched something: {requests}")
        return out
    finally:
        browser.quit(d)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "gva-dev")
    ap.add_argument("--incident", default="597756")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--metadata", action="store_true", help="articles as JSON with title, outlet, date")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (printed)")
    args = ap.parse_args()

    src = args.eval / args.incident
    if not src.is_dir():
        raise SystemExit(f"{src}: no such incident folder")
    tmp = Path(tempfile.mkdtemp(prefix="reconcile-html-bench-"))
    if tmp.resolve().is_relative_to(ROOT):
        raise SystemExit("refusing to copy eval text inside the repository")
    try:
        articles = tmp / "articles"
        articles.mkdir()
        n = copy_incident(src, articles, args.metadata)
        t0 = time.perf_counter()
        report = reconcile([articles])
        t1 = time.perf_counter()
        page = html_report.render(report)
        t2 = time.perf_counter()
        out = tmp / "report.html"  # beside the input folder, not inside it
        out.write_text(page, encoding="utf-8")
        s = sizes(page, report)
        times = load_times(out, args.runs)
        loads = [t["load"] for t in times]
        ready = [t["ready"] for t in times if t["ready"] is not None]
        summ = report.summary()
        print(f"incident {args.incident}: {n} articles{' (JSON with metadata)' if args.metadata else ''}, "
              f"{summ['claims']} claims, {len(report.findings)} findings "
              f"({summ['conflicts']} conflicts, {summ['differences']} differences, {summ['agreements']} agreements, "
              f"{summ['unique']} unique)")
        print(f"pipeline {t1 - t0:.1f} s (model load included), render {1000 * (t2 - t1):.0f} ms")
        print(f"page {s['page']:,} B = article text {s['article_text']:,} B + {s['beyond_text']:,} B beyond it "
              f"(JSON data {s['json_data']:,}, CSS+JS {s['css_js']:,}, SVG charts {s['svg']:,})")
        print(f"load in headless Chromium from file://, {args.runs} fresh loads: "
              f"load event median {statistics.median(loads):.0f} ms (worst {max(loads):.0f} ms); "
              f"script ready median {statistics.median(ready):.0f} ms (worst {max(ready):.0f} ms)")
        ok = max(loads) < 1000 and s["beyond_text"] < 1_000_000
        print("targets (load < 1 s, < 1 MB beyond the text):", "met" if ok else "NOT met")
        if args.keep:
            print(f"kept {tmp}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
