"""The browser tests' request filter (tests/browser.py): the browser's own pages never
count as the report's requests, and everything a page asks for does. Synthetic
performance-log entries, so this runs without a browser."""

from __future__ import annotations

import json

import browser


def _sent(url: str, document: str) -> dict:
    msg = {"message": {"method": "Network.requestWillBeSent",
                       "params": {"documentURL": document, "request": {"url": url}}}}
    return {"message": json.dumps(msg)}


PAGE = "file:///tmp/report.html"


def test_the_new_tab_page_and_its_frames_are_not_the_pages_requests():
    entries = [
        _sent("chrome://new-tab-page/", "chrome://new-tab-page/"),
        _sent("chrome-untrusted://new-tab-page/one-google-bar?paramsencoded=", "chrome://new-tab-page/"),
        _sent("chrome-untrusted://new-tab-page/one-google-bar?paramsencoded=",
              "chrome-untrusted://new-tab-page/one-google-bar?paramsencoded="),
        _sent("https://www.example.org/async/newtab_ogb", "chrome-untrusted://new-tab-page/x"),
        _sent(PAGE, PAGE),
    ]
    assert browser.page_requests(entries) == [PAGE]


def test_whatever_a_page_asks_for_is_kept():
    entries = [
        _sent(PAGE, PAGE),
        _sent("https://cdn.example.org/x.js", PAGE),
        _sent("data:image/png;base64,AAAA", PAGE),
        _sent("file:///etc/passwd", "file:///tmp/frame.html"),
        {"message": json.dumps({"message": {"method": "Network.responseReceived", "params": {}}})},
    ]
    assert browser.page_requests(entries) == [PAGE, "https://cdn.example.org/x.js",
                                              "data:image/png;base64,AAAA", "file:///etc/passwd"]
