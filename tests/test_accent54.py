"""Names with accented letters are names ('José Álvarez, 30, was wounded', 'Sgt. Lena Márkovitz'),
and a name written with and without its accents is one name, not a spelling difference (session
54; the review of session 53 found accented names read as no person)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import findings_of, persons_by_name, report_of
from reconcile.extract.persons.matchers import _NAME_WORD
from reconcile.text.names import fold_marks


@pytest.mark.parametrize("text, name", [
    ("José Álvarez, 30, was wounded in the leg, police said.", "José Álvarez"),
    ("Marlow Police Sgt. Lena Márkovitz said officers arrived within minutes.", "Lena Márkovitz"),
    ("Zoë Brandt, 19, died at the scene.", "Zoë Brandt"),
])
def test_an_accented_name_is_a_person(nlp, text, name):
    assert name in persons_by_name(nlp, text)


A = "Man wounded in Marlow\n\nMARLOW — José Álvarez, 30, was wounded in the leg on Elm Street on Friday, police said.\n"
B = "Marlow shooting\n\nMARLOW — Jose Alvarez, 30, was shot in the leg on Elm Street on Friday night, police said.\n"


def test_a_name_with_and_without_its_accents_is_one_name(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A, "b.txt": B})
    assert not [f for f in findings_of(rep, kind="person") if f["measure"] == "name"]
    assert len(rep["people"]) == 1, rep["people"]


@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Mn")), min_size=1, max_size=12))
def test_fold_marks_leaves_no_combining_mark(s):
    import unicodedata
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", fold_marks(s)))


def test_name_word_needs_a_capital_letter_first():
    assert _NAME_WORD.match("Núñez") and _NAME_WORD.match("O'Neil") and not _NAME_WORD.match("núñez")
    assert not _NAME_WORD.match("3rd") and not _NAME_WORD.match("")
