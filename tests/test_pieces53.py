"""A person named in several pieces of a long article is one person claim (session 53; the
review of session 53: a 300 KB page showed one man three times in its people table, one row per
100,000-character piece)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from reconcile import nlp as N
from reconcile.cli import app

runner = CliRunner()

PARA = ("Dana Reyes, 22, died at the scene of the shooting on Elm Street, police said. Officers "
        "searched the block for hours and asked neighbors for video of the street.\n\n")


def test_one_person_per_name_across_pieces(tmp_path, monkeypatch):
    text = "Man killed on Elm Street\n\n" + PARA * 12
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(N, "PIECE_CHARS", 600)
    assert len(N.pieces(text, N.PIECE_CHARS)) >= 3
    r = runner.invoke(app, ["claims", str(tmp_path / "long.txt"), "--format", "jsonl", "--jobs", "1", "--no-cache"])
    assert r.exit_code == 0, r.output
    people = [c for c in map(json.loads, r.stdout.splitlines()) if c["kind"] == "person"]
    assert [(p["name"], p["age"], p["outcome"]) for p in people] == [("Dana Reyes", 22, "killed")]
