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


def news_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    """A folder ``news`` under ``tmp_path`` holding ``files`` (name -> text)."""
    d = tmp_path / "news"
    d.mkdir()
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def check_json(folder: Path, *args: str) -> dict:
    """``reconcile check FOLDER --format json --no-cache`` through the CLI, parsed."""
    import json

    from typer.testing import CliRunner

    from reconcile.cli import app

    r = CliRunner().invoke(app, ["check", str(folder), "--format", "json", "--no-cache", *args])
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.stdout)
