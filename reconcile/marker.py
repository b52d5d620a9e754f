"""Files reconcile wrote: the marker line its reports carry, and how a later run tells
them from articles when they sit in an input folder.

Formats with a schema are told by it: the JSON report, diff and baseline
(``"schema": "reconcile/..."``), SARIF (``tool.driver.name`` is ``reconcile``). JSON
Lines have no header, so their records' shape tells them: findings, diff lines, saved
claims (``{"record": "source"|"skipped"}``) and claim lines. The other formats carry a
marker line: the text report, diff and claim list begin with ``reconcile VERSION
report|diff|claims``; Markdown begins with the same words in an HTML comment (hidden
where Markdown is rendered); the HTML page names reconcile in
``<meta name="generator">``; GitHub annotations are workflow commands titled
``reconcile: ...``. No spaCy, no renderer imported here: ingest reads this module.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, fields
from typing import Any

from . import __version__
from .records import Claim

KINDS = ("report", "diff", "claims")
_NOUN = {"report": "report", "diff": "diff", "claims": "claim list"}
_LINE = re.compile(r"(?:<!-- )?reconcile \d+\.\d+[\w.+-]* (report|diff|claims)(?: -->)?")
_GENERATOR = re.compile(r'<meta name="generator" content="reconcile \d')
_GITHUB = re.compile(r"::(?:error|warning|notice)\b[^\n]*\btitle=reconcile%3A")
#: the fields every claim has (its provenance, kind and text)
_CLAIM_KEYS = frozenset(f.name for f in fields(Claim) if f.default is MISSING and f.default_factory is MISSING)
_CLAIM_KINDS = ("quantity", "quote", "role", "person")
_FINDING_KEYS = frozenset(("id", "fingerprint", "status", "kind", "subject", "reason", "claims"))


def line(kind: str) -> str:
    """The marker line of a text output: ``reconcile 0.1.0 report``."""
    assert kind in KINDS
    return f"reconcile {__version__} {kind}"


def comment(kind: str) -> str:
    """The marker line of a Markdown output, as an HTML comment."""
    return f"<!-- {line(kind)} -->"


def _first_line(text: str) -> str:
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return re.split(r"\r\n|\r|\n", head, maxsplit=1)[0].strip()


def in_text(text: str) -> str | None:
    """What reconcile output ``text`` is (a .txt, .md or .html file), or None."""
    first = _first_line(text)
    m = _LINE.fullmatch(first)
    if m:
        fmt = "a Markdown" if first.startswith("<!--") else "a text"
        return f"{fmt} {_NOUN[m.group(1)]}"
    if _GITHUB.match(first):
        return "GitHub annotations"
    if _GENERATOR.search(text[:4096]):
        return "an HTML report"
    return None


def in_json(obj: Any) -> str | None:
    """What reconcile output a parsed .json file is, or None."""
    if isinstance(obj, dict):
        schema = obj.get("schema")
        if isinstance(schema, str) and schema.startswith("reconcile/"):
            return f"a JSON file (schema {schema})"
        runs = obj.get("runs")
        if "sarif" in str(obj.get("$schema", "")) and isinstance(runs, list) and any(
                isinstance(r, dict) and isinstance(r.get("tool"), dict)
                and isinstance(r["tool"].get("driver"), dict) and r["tool"]["driver"].get("name") == "reconcile"
                for r in runs):
            return "a SARIF report"
        return None
    if isinstance(obj, list) and obj and all(_is_claim(x) for x in obj):
        return "a claim list (JSON)"
    return None


def in_record(obj: Any) -> str | None:
    """What reconcile output a JSON Lines file is, from its first record, or None."""
    if not isinstance(obj, dict):
        return None
    if obj.get("record") in ("source", "skipped") and "path" in obj:
        return "saved claims (JSON Lines)"
    if _is_claim(obj):
        return "a claim list (JSON Lines)"
    if _FINDING_KEYS <= obj.keys():
        return "a findings list (JSON Lines)"
    if obj.get("change") in ("new", "changed", "gone") and isinstance(obj.get("finding"), dict):
        return "a diff (JSON Lines)"
    return None


def _is_claim(obj: Any) -> bool:
    return isinstance(obj, dict) and _CLAIM_KEYS <= obj.keys() and obj.get("kind") in _CLAIM_KINDS
