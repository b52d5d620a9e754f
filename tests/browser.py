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


def network_requests(driver) -> list[str]:
    """URLs of every request made since the last call (Chrome's performance log), the
    page's own navigation included.

    Requests made by the browser's own WebUI pages (a ``chrome://`` document: the new-tab
    page headless Chromium loads at start-up, whenever it gets to it) are left out; a
    page opened from disk cannot load those. Everything a page or any frame in it asks
    for, of any scheme (http, file, data, blob, javascript), is kept."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            p = msg["params"]
            if p.get("documentURL", "").startswith("chrome://"):
                continue
            urls.append(p["request"]["url"])
    return urls


def console(driver) -> list[dict]:
    """Console messages and uncaught errors since the last call."""
    return driver.get_log("browser")
