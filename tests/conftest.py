"""One English pipeline per test session (loading it takes a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test starts with an empty claim cache of its own (never the user's), so a
    test that patches an extractor is not answered from another test's results."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


@pytest.fixture(scope="session")
def nlp():
    from reconcile import extract

    return extract.load()


@pytest.fixture(scope="session")
def seeds_report():
    from reconcile.pipeline import reconcile

    return reconcile([SEEDS])


def quantities_of(nlp, text):
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["value"], q["measure"]) for q in doc._.quantities]
