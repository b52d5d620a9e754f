"""Helpers for tests that write a folder of articles of their own and read the JSON report
of `reconcile check` on it, or the facts the fact reader finds in one sentence."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from reconcile.cli import app

runner = CliRunner()


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    """tmp_path/news holding each of ``files`` (name -> text)."""
    d = tmp_path / "news"
    d.mkdir(parents=True)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def report(folder: Path) -> dict:
    """The JSON report of `reconcile check FOLDER --no-cache` (exit 0 or 1)."""
    r = runner.invoke(app, ["check", str(folder), "--format", "json", "--no-cache"])
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.stdout)


def facts(nlp, attr: str, text: str) -> list[tuple[str, str]]:
    """(moment, words) of each fact of ``attr`` the fact reader finds in ``text``."""
    doc = nlp(text)
    return [(f["moment"], text[f["start"]:f["end"]]) for f in doc._.facts if f["attr"] == attr]
