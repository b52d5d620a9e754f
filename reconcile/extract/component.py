"""The spaCy component of a reader of this package: ``doc._.<attr>`` set to the reader's
list of dicts (quantities, quotes, roles, persons, facts; reconcile_measures has its own,
which also gives tokens an attribute)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

Read = Callable[[Doc], list[dict]]


def _extension(attr: str) -> None:
    if not Doc.has_extension(attr):
        Doc.set_extension(attr, default=None)


class Reader:
    """Sets ``doc._.<attr>`` to ``read(doc)``."""

    def __init__(self, attr: str, read: Read) -> None:
        _extension(attr)
        self.attr, self.read = attr, read

    def __call__(self, doc: Doc) -> Doc:
        setattr(doc._, self.attr, self.read(doc))
        return doc


def register(factory: str, attr: str, read: Read, requires: list[str]) -> Callable[[Language, str], Reader]:
    """Registers the component ``factory`` (``Language.factory``), which sets ``doc._.<attr>``
    to ``read(doc)``, and the extension ``attr``; returns the factory, which the module keeps
    under the name pyproject.toml's ``spacy_factories`` entry point gives. The readers pass
    ``lambda doc: reader(doc)``, so that the reader is looked up when the component runs (a
    test may replace it)."""
    _extension(attr)

    def make(nlp: Language, name: str) -> Reader:
        return Reader(attr, read)

    Language.factory(factory, requires=requires, assigns=[f"doc._.{attr}"], func=make)
    return make
