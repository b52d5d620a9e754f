"""The fast attribute ruler and lemmatizer give exactly the model's annotations."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from reconcile import fastpath
from reconcile.models import find

TEXTS = [
    "Police said two people were killed and three others were wounded on Friday night.",
    "“We ain't gonna stop looking for him,” the sheriff's spokeswoman told reporters. Let's see.",
    "There's no word on the suspects, who were arrested at 4:30 a.m. and later released.",
    "The Pentagon's deputy press secretary, Sabrina Singh, said US troops had been attacked 66 times.",
    "Dozens of protesters gathered outside City Hall; they're demanding answers, she'd said.",
    "  \n\nI'm not sure   what's going on -- is it?  Gotta go!\n",
    "Y'all come back now, c'mon, there are two of them. Ain't it so? Nothin' else.",
]


@pytest.fixture(scope="module")
def raw():
    import spacy

    return spacy.load(find(None).load)


def test_same_annotations_as_the_models_components(raw):
    ruler, lem = raw.get_pipe("attribute_ruler"), raw.get_pipe("lemmatizer")
    fast_ruler, fast_lem = fastpath.FastAttributeRuler(ruler), fastpath.FastLemmatizer(lem)
    assert fast_ruler.single and fast_ruler.sequences  # both paths are exercised
    upto = raw.pipe_names[:raw.pipe_names.index("attribute_ruler")]
    with raw.select_pipes(enable=upto):
        docs = list(raw.pipe(TEXTS * 2))  # twice: the second pass comes from the memos
    seen, lemmas = 0, set()
    for doc in docs:
        a = Doc(raw.vocab).from_bytes(doc.to_bytes())
        b = Doc(raw.vocab).from_bytes(doc.to_bytes())
        lem(ruler(a))
        fast_lem(fast_ruler(b))
        for x, y in zip(a, b):
            assert (x.tag_, x.pos_, str(x.morph), x.lemma_, x.dep_) == \
                   (y.tag_, y.pos_, str(y.morph), y.lemma_, y.dep_), x.text
            seen += 1
        lemmas |= {t.lemma_ for t in b}
    assert seen > 150
    assert lemmas >= {"go", "be", "come"}  # 'gonna', 'ain't', "c'mon": rules of two tokens
    # the stand-in looks words up in sets; the model's lemmatizer keeps its lists
    assert isinstance(fast_lem.lemmatize.__self__.lookups.get_table("lemma_index").get("noun"), frozenset)
    assert isinstance(lem.lookups.get_table("lemma_index").get("noun"), list)


def test_reconcile_pipeline_uses_them(nlp):
    assert "reconcile_attribute_ruler" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert "reconcile_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    doc = nlp("Two men were shot dead, police said.")
    assert [t.lemma_ for t in doc][:4] == ["two", "man", "be", "shoot"]
    assert doc[3].pos_ == "VERB"


def test_rules_left_to_the_matcher(raw):
    """A rule the stand-in cannot test token by token (an operator) goes through the
    ruler's Matcher and merges with the others in the ruler's order."""
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(raw.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"MORPH": "Degree=Sup"}, index=-1)
    ruler.add([[{"TAG": "JJ"}]], {"POS": "ADJ", "LEMMA": "plain"})
    ruler.add([[{"LOWER": "the"}, {"TAG": "JJ"}]], {"MORPH": "Degree=Pos"}, index=1)
    fast = fastpath.FastAttributeRuler(ruler)
    assert fast.rest == 1 and len(fast.sequences) == 1
    with raw.select_pipes(enable=["tok2vec", "tagger"]):
        doc = raw("It was very very cold, and the old house stood by a tall tree.")
    a = Doc(raw.vocab).from_bytes(doc.to_bytes())
    b = Doc(raw.vocab).from_bytes(doc.to_bytes())
    ruler(a)
    fast(b)
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in a] == [(t.pos_, t.lemma_, str(t.morph)) for t in b]
    assert [t.lemma_ for t in b if t.tag_ == "JJ"] == ["plain", "plain", "plain"]
    assert [str(t.morph) for t in b if t.tag_ == "JJ"] == ["Degree=Sup", "Degree=Pos", ""]


def test_tokenizer_loaded_once_is_the_same(raw, nlp):
    """reconcile's tokenizer, read from the model's files with the run-on infixes in
    place before its special cases, equals the model's with the infixes set afterwards."""
    import spacy

    from reconcile import nlp as N

    other = spacy.load(find(None).load)
    N.keep_abbreviations(other)
    N.split_run_on_sentences(other)
    assert other.tokenizer.rules == nlp.tokenizer.rules
    text = "Police said.The man, 21, fled at 3 a.m. from Sgt. Lee's car in the U.S. Don't go.21-year-old"
    assert [(t.text, t.whitespace_) for t in other.make_doc(text)] == \
           [(t.text, t.whitespace_) for t in nlp.make_doc(text)]
    assert "The" in [t.text for t in nlp.make_doc(text)]


def test_memos_are_bounded(raw, monkeypatch):
    """Past MEMO_MAX keys both stand-ins empty their memos and refill them: the same
    annotations, and no more keys than one doc brings."""
    monkeypatch.setattr(fastpath, "MEMO_MAX", 10)
    ruler, lem = raw.get_pipe("attribute_ruler"), raw.get_pipe("lemmatizer")
    fast_ruler, fast_lem = fastpath.FastAttributeRuler(ruler), fastpath.FastLemmatizer(lem)
    upto = raw.pipe_names[:raw.pipe_names.index("attribute_ruler")]
    with raw.select_pipes(enable=upto):
        docs = list(raw.pipe(TEXTS * 2))
    for doc in docs:
        a = Doc(raw.vocab).from_bytes(doc.to_bytes())
        b = Doc(raw.vocab).from_bytes(doc.to_bytes())
        lem(ruler(a))
        fast_lem(fast_ruler(b))
        assert [(t.pos_, t.lemma_, str(t.morph)) for t in a] == [(t.pos_, t.lemma_, str(t.morph)) for t in b]
        assert len(fast_ruler.slots) <= 10 + len(b) and len(fast_lem.memo) <= 10 + len(b)
        assert len(fast_lem.indexed.cache) <= 10 + len(b)
