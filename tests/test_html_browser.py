"""The HTML report in a real headless Chromium (Debian's chromium + chromium-driver):
it loads from disk with no console error and no network request, selecting a finding
marks its spans in every column, and markup in articles runs nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import browser
from conftest import SEEDS
from reconcile.cli import app

pytestmark = pytest.mark.skipif(browser.unavailable() is not None, reason=f"no browser: {browser.unavailable()}")

runner = CliRunner()
#: seconds to wait for the page's script to finish (an upper bound, not a timing)
READY_WAIT = 120


@pytest.fixture(scope="module")
def driver():
    d = browser.chromium()
    yield d
    browser.quit(d)


def _render(folder: Path, out: Path) -> Path:
    r = runner.invoke(app, ["check", str(folder), "--format", "html", "--output", str(out), "--fail-on", "never",
                            "--unique"])
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("page") / "seeds.html"
    _render(SEEDS, out)
    r = runner.invoke(app, ["check", str(SEEDS), "--format", "json", "--fail-on", "never"])
    return out, json.loads(r.stdout)


def _open(driver, page: Path) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    url = page.resolve().as_uri()
    # a page left by the test before (same file, maybe with a #fragment) is replaced by a
    # real navigation, and the report is ready when its script says so: polled, never
    # timed, so a loaded machine only makes it slower
    driver.get("about:blank")
    browser.network_requests(driver)  # drop what earlier tests left in the logs
    browser.console(driver)
    driver.get(url)
    WebDriverWait(driver, READY_WAIT).until(
        lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "1")
    return url


def _no_alert(driver):
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018


def test_seeds_page_loads_offline_without_errors(driver, seeds_page):
    page, _ = seeds_page
    url = _open(driver, page)
    assert url.startswith("file://")
    # exercise it a little, so lazy errors would show too
    driver.find_elements("css selector", "#findings .fbtn")[0].click()
    driver.find_elements("css selector", "#cols .k")[0].click()
    requests = browser.network_requests(driver)
    assert requests == [url], f"the page fetched something: {requests}"
    errors = [m for m in browser.console(driver) if m["level"] in ("SEVERE", "WARNING")]
    assert errors == []
    assert driver.execute_script("return document.querySelectorAll('#cols .col').length") == 2


def _marked_text(driver) -> dict[str, str]:
    """Text of the spans marked as selected, per column (source number)."""
    return driver.execute_script("""
        var out = {};
        document.querySelectorAll('#cols .col').forEach(function (col) {
          var t = Array.prototype.map.call(col.querySelectorAll('.k.sel'), function (s) { return s.textContent; }).join('');
          out[col.getAttribute('data-s')] = t;
        });
        return out;""")


def _in_view(driver) -> list[bool]:
    """Per column holding marked spans: is the first one scrolled into the column's view?"""
    return driver.execute_script("""
        return Array.prototype.filter.call(document.querySelectorAll('#cols .col'), function (c) {
          return c.querySelector('.k.sel'); }).map(function (col) {
          var box = col.querySelector('.text').getBoundingClientRect();
          var r = col.querySelector('.k.sel').getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left - 1 && r.right <= box.right + 1;
        });""")


def test_selecting_the_quote_conflict_marks_the_quote_in_both_columns(driver, seeds_page):
    page, report = seeds_page
    _open(driver, page)
    conflict = next(f for f in report["findings"] if f["status"] == "conflict" and f["kind"] == "quote")
    claims = {c["id"]: c for c in report["claims"]}
    quotes = [claims[cid] for cid in conflict["claims"]]
    assert len({q["source"] for q in quotes}) == 2
    assert _marked_text(driver) == {"0": "", "1": ""}

    item = driver.find_element("css selector", '#findings li.f[data-st="conflict"]')
    assert "Sabrina Singh" in item.text and "Pat Ryder" in item.text
    item.find_element("css selector", ".fbtn").click()

    marked = _marked_text(driver)
    order = [s["id"] for s in report["sources"]]
    for q in quotes:
        assert marked[str(order.index(q["source"]))] == q["text"]
    assert all(_in_view(driver)) and len(_in_view(driver)) == 2
    assert item.find_element("css selector", ".fbtn").get_attribute("aria-pressed") == "true"
    detail = driver.find_element("css selector", "#detail-body").text
    assert "Sabrina Singh" in detail and "Pat Ryder" in detail

    # selecting it again clears the marks
    item.find_element("css selector", ".fbtn").click()
    assert _marked_text(driver) == {"0": "", "1": ""}


def test_selecting_a_span_shows_its_claim(driver, seeds_page):
    page, report = seeds_page
    _open(driver, page)
    eight = next(c for c in report["claims"] if c["kind"] == "quantity" and c["text"] == "eight")
    span = driver.execute_script(
        "return Array.prototype.find.call(document.querySelectorAll('#cols .k'),"
        " function (s) { return s.textContent === 'eight'; });")
    span.click()
    detail = driver.find_element("css selector", "#detail-body").text
    assert "Words\neight\nValue\neight (8)" in detail  # the words are read back from the spans
    assert "injured" in detail
    assert f"characters {eight['start']}–{eight['end']}" in detail
    assert f"{eight['path']}:{eight['line']}" in detail
    # the innermost claim is first; the quote around it is shown as well
    cards = driver.find_elements("css selector", "#detail-body .card")
    assert len(cards) == 2 and "quote" in cards[1].text.lower()


def test_keyboard_and_filters(driver, seeds_page):
    page, report = seeds_page
    _open(driver, page)
    from selenium.webdriver.common.action_chains import ActionChains

    keys = ActionChains(driver)
    keys.send_keys("j").perform()
    first = report["findings"][0]
    assert first["status"] == "conflict"
    assert driver.execute_script("return document.body.getAttribute('data-selected')") == "0"
    keys.send_keys("j").perform()
    assert driver.execute_script("return document.body.getAttribute('data-selected')") == "1"
    keys.send_keys("n").perform()  # the finding's first span becomes the current one
    assert driver.execute_script("return document.querySelectorAll('#cols .k.cur').length") > 0
    ActionChains(driver).send_keys("\ue00c").perform()  # Escape
    assert driver.execute_script("return document.querySelectorAll('#cols .k.sel').length") == 0

    visible = "return Array.prototype.filter.call(document.querySelectorAll('#findings li.f'), function (l) { return !l.hidden; }).length"
    total = len(report["findings"])
    assert driver.execute_script(visible) == total
    keys.send_keys("1").perform()  # hide conflicts
    n_conflict = sum(f["status"] == "conflict" for f in report["findings"])
    assert driver.execute_script(visible) == total - n_conflict
    driver.find_element("css selector", '#filters input[value="quote"]').click()
    n_left = sum(f["status"] != "conflict" and f["kind"] != "quote" for f in report["findings"])
    assert driver.execute_script(visible) == n_left
    # spans of hidden findings lose their highlight
    assert driver.execute_script(
        "return document.querySelectorAll('#cols .k[data-st=conflict]').length") == 0
    keys.send_keys("1").perform()
    driver.find_element("css selector", '#filters input[value="quote"]').click()
    assert driver.execute_script(visible) == total
    keys.send_keys("5").perform()  # the fifth status, unique claims, has its key too
    n_unique = sum(f["status"] == "unique" for f in report["findings"])
    assert n_unique and driver.execute_script(visible) == total - n_unique
    keys.send_keys("5").perform()
    assert driver.execute_script(visible) == total


PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned='img'; alert(1)\">",
    "<a href=\"javascript:window.__pwned='link'\">click here</a>",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "\"><script>window.__pwned='attr'</script>",
    "</script><script>window.__pwned='json'</script><!--",
    "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>",
]


@pytest.mark.model
def test_markup_in_articles_runs_nothing(driver, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = " ".join(PAYLOADS)
    (src / "a.txt").write_text(
        f"Attack on market {PAYLOADS[0]}\n\n"
        f"“Five people were killed {body} in the attack,” police chief John Smith said on Monday.\n"
        f"The mayor said three people were injured. {PAYLOADS[1]} {PAYLOADS[2]}\n", encoding="utf-8")
    (src / "b.json").write_text(json.dumps({
        "title": f"Market attack {PAYLOADS[4]}", "outlet": PAYLOADS[1], "url": "javascript:window.__pwned='url'",
        "published": PAYLOADS[5],
        "text": f"“Seven people were killed {body} in the attack,” police chief Jane Smith said on Monday. "
                f"Officials said four people were injured {PAYLOADS[3]}.",
    }), encoding="utf-8")
    page = _render(src, tmp_path / "report.html")
    url = _open(driver, page)
    _no_alert(driver)

    def pwned():
        return driver.execute_script("return typeof window.__pwned === 'undefined' ? null : String(window.__pwned)")

    assert pwned() is None
    # nothing from the articles became an element: only the page's own scripts, no images or frames
    counts = driver.execute_script("""return {
        scripts: document.scripts.length, img: document.images.length,
        iframes: document.querySelectorAll('iframe').length,
        js_links: document.querySelectorAll('a[href^="javascript"], [onerror], [onload]').length};""")
    assert counts == {"scripts": 2, "img": 0, "iframes": 0, "js_links": 0}
    # ... they show as text, in the columns and the header
    cols = driver.find_element("css selector", "#cols").text
    for p in PAYLOADS:
        assert p in cols
    assert PAYLOADS[4] in driver.find_element("css selector", "#top").text
    # open every finding and every span: the details panel writes the text too
    for b in driver.find_elements("css selector", "#findings .fbtn"):
        b.click()
    for s in driver.find_elements("css selector", "#cols .k[tabindex]"):
        driver.execute_script("arguments[0].click()", s)
    assert "<img src=x" in driver.find_element("css selector", "#detail-body").text
    _no_alert(driver)
    assert pwned() is None
    assert browser.network_requests(driver) == [url]
    assert [m for m in browser.console(driver) if m["level"] == "SEVERE"] == []


@pytest.mark.model
def test_page_without_findings_loads_cleanly(driver, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Nothing to count here\n\nThe weather was mild and the market was quiet.\n",
                               encoding="utf-8")
    url = _open(driver, _render(src, tmp_path / "r.html"))
    assert "No claims were found" in driver.find_element("css selector", "#findings").text
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys("jn").perform()  # keys with nothing to select do nothing
    assert browser.network_requests(driver) == [url]
    assert [m for m in browser.console(driver) if m["level"] in ("SEVERE", "WARNING")] == []
