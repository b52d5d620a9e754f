"""The claim cache's extractor version follows what the extractors read, not how the data
files document it: rewording an entry's example or its notes keeps the cache; a word
added to a list drops it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from reconcile import cache


def _version(monkeypatch, root: Path) -> str:
    monkeypatch.setattr(cache, "_package_root", lambda: root)
    cache.extractor_version.cache_clear()
    try:
        return cache.extractor_version()
    finally:
        cache.extractor_version.cache_clear()


def test_documentation_in_the_data_files_is_not_part_of_the_version(tmp_path, monkeypatch):
    root = tmp_path / "reconcile"
    shutil.copytree(Path(cache.__file__).resolve().parent, root, ignore=shutil.ignore_patterns("__pycache__"))
    f = root / "data" / "facts.json"
    before = _version(monkeypatch, root)
    d = json.loads(f.read_text(encoding="utf-8"))
    d["custody"]["constructions"][0]["example"] = "Deputies arrested a woman of 40 at her home."
    d["custody"]["_about"] = "Reworded."
    f.write_text(json.dumps(d, indent=1), encoding="utf-8")  # another layout too
    assert _version(monkeypatch, root) == before
    d["custody"]["negators"].append("hardly")
    f.write_text(json.dumps(d, indent=1), encoding="utf-8")
    assert _version(monkeypatch, root) != before
    (root / "extract" / "facts.py").write_text((root / "extract" / "facts.py").read_text() + "\n# x\n")
    d["custody"]["negators"].pop()
    f.write_text(json.dumps(d, indent=1), encoding="utf-8")
    assert _version(monkeypatch, root) != before  # code is hashed as written
