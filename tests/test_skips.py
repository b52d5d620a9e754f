"""The readers' shortcuts past tokens they cannot use find what the plain passes find
(docs/speed.md): every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.attrs import ORTH

from reconcile.extract import persons, quantities, scope, victims

TEXT = (
    "Photo: Lena Marsh / The Valley Courier\n\n"
    "Two men were shot and one of them, Omar Tate, 31, died at the scene on Sunday, police said. "
    "Tate's brother, Ravi Tate, was not hurt and did not see the gunman, who has not been caught. "
    "The couple who live next door said they heard four or five shots and a dozen cars leaving. "
    "Marsh said the 2,000 residents of the block want more lights. Officers found about 12 casings. "
    "(Dee Hollis | The Valley Courier) Hollis said the street has not seen a killing since 2019."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_word_verdicts_kept_across_docs_are_the_fresh_ones(nlp, doc, monkeypatch):
    """_may_be_person and _may_start_member give the same lists from an empty memo and
    from one another doc filled; the memo is emptied past its bound."""
    other = nlp("Both victims, a woman and her son, were taken to the hospital by their neighbours.")
    victims._MAY_MEMO.clear()
    fresh = (victims._may_be_person(doc), victims._may_start_member(doc))
    for d in (other, doc):
        d.user_data.clear()
    victims._may_be_person(other), victims._may_start_member(other)
    assert (victims._may_be_person(doc), victims._may_start_member(doc)) == fresh
    monkeypatch.setattr(victims, "_MAY_MEMO_MAX", 5)
    doc.user_data.clear()
    victims._may_be_person(doc)
    victims._may_be_person(nlp("Three people were hurt."))
    assert all(len(m) <= 5 + len(doc) for m in victims._MAY_MEMO.values())


def test_number_mask_rules_out_only_what_is_num_token_does(doc):
    may = quantities._may_be_num(doc)
    assert [t.i for t in doc if quantities._is_num_token(t) and not may[t.i]] == []
    assert sum(may) < len(doc) / 4


def test_negated_verbs_from_the_columns(doc):
    for sent in doc.sents:
        plain = {g.i for t in sent if t.dep_ != "ROOT" and t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ == "neg" for c in t.children) for g in t.subtree}
        verbs = scope._negated_verbs(doc)
        assert {g.i for i in range(sent.start, sent.end) if i in verbs for g in doc[i].subtree} == plain
    assert scope._negated_verbs(doc)


def test_credits_and_names_met_again_as_the_whole_doc_passes_find_them(doc):
    runs = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    m = persons._credit_matcher(doc.vocab)
    starts = {s for k, s, _ in m(doc) if doc.vocab.strings[k] == "after"}
    ends = {e for k, _, e in m(doc) if doc.vocab.strings[k] == "before"}
    whole = {s for s, e in runs if e in starts or s in ends}
    assert persons._credited(doc, runs) == whole and whole
    assert sum(e - s for s, e in persons._credit_windows(runs, len(doc))) < len(doc) / 2
    texts = {"Tate", "Marsh", "Hollis"}
    assert [t.i for t in persons._with_text(doc, doc.to_array(ORTH), texts)] == [t.i for t in doc if t.text in texts]
