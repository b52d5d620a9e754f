"""reconcile: cross-check conflicting news reports.

Stages, one module each: ingest -> nlp -> extract -> align -> compare -> report.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
