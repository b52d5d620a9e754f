"""Headless Chromium through chromedriver (selenium), for the HTML report's tests and
bench/html_page.py. Uses Debian's ``chromium`` and ``chromium-driver`` packages, which
``make browser-deps`` installs; nothing is downloaded (no Selenium Manager)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile

CHROMIUM = os.environ.get("RECONCILE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("RECONCILE_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"


def unavailable() -> str | None:
    """Why the browser cannot be used here, or None when it can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (make install installs it from requirements/lock.txt)"
    for what, path in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return (f"{what} not found at {path}: run `make browser-deps` (Debian packages chromium "
                    f"and chromium-driver)")
    return None


def chromium(width: int = 1400, height: int = 900):
    """A headless Chromium that records console messages and network events."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="reconcile-chromium-")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", f"--user-data-dir={profile}",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--metrics-recording-only"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    opts.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
    driver = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
    driver.profile_dir = profile
    return driver


def quit(driver) -> None:
    try:
        driver.quit()
    finally:
        shutil.rmtree(getattr(driver, "profile_dir", ""), ignore_errors=True)


#: schemes of the browser's own pages and resources: a page opened from disk can load
#: none of them, and the browser's WebUI pages (the new-tab page headless Chromium may
#: load at start-up, whenever it gets to it, and the frames inside it) request them
BROWSER_SCHEMES = ("chrome:", "chrome-untrusted:", "chrome-search:", "chrome-extension:",
                   "devtools:", "edge:")


def _browser_own(url: str) -> bool:
    return url.lower().startswith(BROWSER_SCHEMES)


def page_requests(entries: list[dict]) -> list[str]:
    """URLs of the requests in performance-log ``entries`` that a page made, in order.

    Requests made by the browser's own pages (a document or a URL of a browser scheme,
    see :data:`BROWSER_SCHEMES`) are left out. Everything a page or any frame in it asks
    for, of any other scheme (http, file, data, blob, javascript), is kept."""
    urls = []
    for entry in entries:
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") != "Network.requestWillBeSent":
            continue
        p = msg["params"]
        url = p["request"]["url"]
        if _browser_own(p.get("documentURL", "")) or _browser_own(url):
            continue
        urls.append(url)
    return urls


def network_requests(driver) -> list[str]:
    """URLs of every request a page made since the last call (Chrome's performance
    log), the page's own navigation included: see :func:`page_requests`."""
    return page_requests(driver.get_log("performance"))


def console(driver) -> list[dict]:
    """Console messages and uncaught errors since the last call."""
    return driver.get_log("browser")
