"""The people reader's whole-doc loops that read a few words only: the tokens they take
from the doc's columns are those a loop over every token would test (sentences written
for these tests, the real English pipeline)."""

from __future__ import annotations

from reconcile.extract.people import PRONOUN_GENDER
from reconcile.extract.persons.unnamed import _described_person, _may_describe
from reconcile.extract.persons.names import _proper_nouns, _with_lower

TEXT = ("Lena Voss, 41, and her son, Tobi, were hurt when a man fired at their car on Brook Lane. "
        "She said they had driven home from a bakery. Both, 41 and 17, were treated. "
        "Police detained a 15-year-old boy; he was first reported as a 14-year-old. "
        "The 22-year-old gunman and another person ran off. OLD MILL ROAD CLOSED\n\n"
        "They were later charged, police said. Ms. Voss thanked the neighbors.")


def test_with_lower_takes_the_tokens_a_whole_doc_loop_would(nlp):
    doc = nlp(TEXT)
    for words in (PRONOUN_GENDER, ("they",), ("old",), ("both", "all", "ages", "aged", "olds"), ("initially",)):
        assert [t.i for t in _with_lower(doc, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in _with_lower(doc, ("they",))]  # the text has 'they' and 'They'


def test_proper_nouns_are_every_propn(nlp):
    doc = nlp(TEXT)
    got = [t.i for t in _proper_nouns(doc)]
    assert got == [t.i for t in doc if t.pos_ == "PROPN"] and got


def test_may_describe_keeps_every_token_described_person_takes(nlp):
    doc = nlp(TEXT)
    kept = set(_may_describe(doc))
    described = {t.i for t in doc if t.tag_ not in ("NNS", "NNPS") and _described_person(doc, t) is not None}
    assert described and described <= kept
    assert len(kept) < sum(1 for t in doc if t.pos_ == "NOUN")  # it leaves out nouns that are no person
