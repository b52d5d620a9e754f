"""A page title's site suffix (session 29, title42): the outlet's name a scraped title carries
after its last separator ('... - KXYZ TV Marlow News, Weather and Sports') is kept out of the
claims with the separator (reconcile.text.sites, reconcile.extract.claims): no figure, noun or
person is read from it, the title's own words stay and the headline's parse is the same. Sentences of our own, about invented shootings and stations."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import news_folder
from reconcile.cli import app
from reconcile.text.sites import site_suffix

BODY = "\n\nDeputies said the boy was found in a shed on Alder Road on Friday. A neighbour, 40, was arrested.\n"


@pytest.mark.parametrize("title, site", [
    ("Charges filed in shooting death of Marlow te - KXYZ TV Marlow Elm Valley News, Weather and Sports",
     "KXYZ TV Marlow Elm Valley News, Weather and Sports"),
    ("Two hurt in Alder Road shooting - WQRT Channel 6 - Marlow, Ohio", "WQRT Channel 6 - Marlow, Ohio"),
    ("Boy, 12, wounded at lake cabin | Marlow Gazette", "Marlow Gazette"),
    ("Teen shot near Birch Mall - marlowtoday.com | Elm Valley |", "marlowtoday.com | Elm Valley |"),
    ("Man held after Oak Street gunfire - Elm Valley News-Courier", "Elm Valley News-Courier"),
])
def test_the_site_after_the_title_is_masked(title, site):
    s, e = site_suffix(title + BODY)  # the separator before the site goes with it
    assert e == len(title) and title[s:e].lstrip(" -|\u2013\u2014") == site and title[:s] == title[:s].rstrip()


@pytest.mark.parametrize("title", [
    "Two dead after Alder Road shooting - police say gunman fled",  # the title goes on after the dash
    "Shooting at Birch Mall - Dana Whitlow",  # a name, no site's word
    "Killed - Evan Rusk (Marlow County, OH)",  # a name and a place
    "WQRT News - Two hurt in Alder Road shooting",  # the site before the title: not a suffix
    "Marlow News: Man Shot On Oak Street - Wounded Man Dies Today",  # the last segment tells a death
    "Deputies said a boy was wounded in Elm Valley - WQRT News.",  # a sentence, not a headline
])
def test_no_site_is_masked_where_the_words_are_the_title(title):
    assert site_suffix(title + BODY) is None


def test_a_place_only_before_the_site_is_the_title():
    title = "MORNING NEWS \u2013 RALLY! \u2013 * HOPE FOR DANA! \u2013 5 @ QRT News"
    s, e = site_suffix(title + BODY)
    assert title[s:e] == " \u2013 5 @ QRT News"


def _claims(tmp_path, text: str) -> list[dict]:
    d = news_folder(tmp_path, {"a.txt": text})
    r = CliRunner().invoke(app, ["claims", str(d), "--format", "jsonl", "--no-cache"])
    assert r.exit_code == 0, r.output
    return [json.loads(x) for x in r.stdout.splitlines() if x.strip()]


def test_no_figure_or_person_is_read_from_the_site(tmp_path):
    title = "Charges filed in shooting death of Marlow te - KXYZ TV Marlow Elm Valley News, Weather and Sports"
    claims = _claims(tmp_path, title + BODY)
    cut = title.index(" - KXYZ")
    assert not any(c["start"] < len(title) and c["end"] > cut for c in claims)
    for c in claims:
        if c["line"] == 1:
            assert "KXYZ" not in c["sentence"] and "News" not in (c.get("noun") or "")
            assert c["sentence"].startswith("Charges filed")  # the title's own words are kept
            assert c["sentence"].endswith("Marlow te")  # no dash left hanging


def test_a_figure_reaching_into_the_site_keeps_the_titles_words(tmp_path):
    title = "Neighbours mourn slain Marlow High student - KXYZ News 12 Marlow, Ohio News Weather & Sports"
    claims = [c for c in _claims(tmp_path, title + BODY) if c["line"] == 1 and c["kind"] == "quantity"]
    cut = title.index(" - KXYZ")
    assert all(c["end"] <= cut and "KXYZ" not in (c["noun"] or "") for c in claims)
