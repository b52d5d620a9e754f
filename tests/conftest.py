"""One English pipeline per test session (loading it takes a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never read or fill the user's claim cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def nlp():
    from reconcile import nlp as N

    return N.load()


@pytest.fixture(scope="session")
def seeds_report():
    from reconcile.pipeline import reconcile

    return reconcile([SEEDS])


def quantities_of(nlp, text):
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["value"], q["measure"]) for q in doc._.quantities]
