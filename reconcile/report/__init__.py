"""Renderers: one module per output format, each taking a Report and returning text.

Renderers format; they never decide. Article text is data: the text renderer strips
control and escape characters and never lets rich parse markup from it; the Markdown
and GitHub renderers escape it by their formats' rules.

``RENDERERS`` serve ``reconcile check``; ``DIFF_RENDERERS`` serve ``reconcile diff``
(the same formats but html, over a :class:`reconcile.diff.Diff`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..records import Report
from . import html as html_report
from . import github as github_report
from . import json as json_report
from . import jsonl as jsonl_report
from . import markdown as markdown_report
from . import sarif as sarif_report
from . import text as text_report

RENDERERS: dict[str, Callable[..., str]] = {
    "text": text_report.render,
    "json": json_report.render,
    "jsonl": jsonl_report.render,
    "markdown": markdown_report.render,
    "github": github_report.render,
    "sarif": sarif_report.render,
    "html": html_report.render,
}

#: formats that can also be written in pieces (the same text once joined), so that a large
#: folder's report is never one string in memory
STREAMING: dict[str, Callable[[Report], Iterable[str]]] = {
    "json": json_report.chunks,
}

DIFF_RENDERERS: dict[str, Callable[..., str]] = {
    "text": text_report.render_diff,
    "json": json_report.render_diff,
    "jsonl": jsonl_report.render_diff,
    "markdown": markdown_report.render_diff,
    "github": github_report.render_diff,
    "sarif": sarif_report.render_diff,
}

__all__ = ["DIFF_RENDERERS", "RENDERERS", "STREAMING", "Report"]
