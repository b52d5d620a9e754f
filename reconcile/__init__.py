"""reconcile: cross-check conflicting news reports.

Stages, one module each, each importing only the ones before it: records, data and
text (helpers that need no spaCy) <- ingest <- nlp <- extract <- accounts <- events
(facts) <- align <- compare <- pipeline <- report <- cli (tests/test_layering.py).
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
