"""Renderers: one module per output format, each taking a Report and returning text.

Renderers format; they never decide. Article text is data: the text renderer strips
control and escape characters and never lets rich parse markup from it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..records import Report
from . import html as html_report
from . import json as json_report
from . import text as text_report

RENDERERS: dict[str, Callable[..., str]] = {
    "text": text_report.render,
    "json": json_report.render,
    "html": html_report.render,
}

__all__ = ["RENDERERS", "Report"]
