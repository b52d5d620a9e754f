"""Escape sequences and control characters inside an article are blanked before parsing, not
only when shown (session 53; the review of session 52: colour codes around 'Four killed' and
a bidi isolate around a word made the account read two dead, and a page of another shooting
was no longer told off-topic)."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from conftest import account_toll, people_names, report_of
from reconcile.text.controls import blank

ESC = "\x1b"
CLEAN = ("Four killed in Elmtown house shooting\n\n"
         "ELMTOWN, Jan. 4, 2015 (Elmtown Courier) - Four people were killed inside and one critically wounded "
         "when a gunman opened fire in a home early Sunday, police said.\n\n"
         "Police identified two of the victims as 21-year-old Dana Reyes and 58-year-old Leo Marsh.\n")
DIRTY = (f"{ESC}[31mFour killed{ESC}[0m in Elmtown house shooting {ESC}]0;PWNED\x07 {ESC}[2J\n\n"
         f"ELMTOWN, Jan. 4, 2015 (Elmtown Courier) - Four people {ESC}[1;32mwere killed{ESC}[0m "
         "\u2066inside\u2069 and one critically wounded "
         "when a gunman opened fire in a home early Sunday, police said.\n\n"
         f"Police identified two of the victims as 21-year-old Dana {ESC}[5mReyes{ESC}[0m and 58-year-old Leo Marsh.\n")


def test_blank_keeps_length_and_words():
    out = blank(DIRTY)
    assert len(out) == len(DIRTY) and ESC not in out and "\u2066" not in out
    assert out.split() == [w for w in out.split()]  # words only, no control left inside
    assert " ".join(out.split()).startswith("Four killed in Elmtown house shooting")
    assert [m.start() for m in re.finditer("\n", out)] == [m.start() for m in re.finditer("\n", DIRTY)]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_blank_is_same_length_and_control_free(s):
    out = blank(s)
    assert len(out) == len(s)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", out)
    # what is not a control character stays where it was
    assert all(a == b or b == " " or "\x80" <= a <= "\x9f" for a, b in zip(s, out))


def test_c1_controls_are_their_windows_1252_characters():
    """Text whose Windows-1252 quotes survived decoding as C1 code points reads its quotes."""
    assert blank("\x93Nine people were killed,\x94 he said. It wasn\x92t \x81 over.") == \
        "“Nine people were killed,” he said. It wasn’t   over."


def test_coloured_article_reads_as_the_clean_one(tmp_path):
    clean = report_of(tmp_path / "clean", {"a.txt": CLEAN})
    dirty = report_of(tmp_path / "dirty", {"a.txt": DIRTY})
    assert account_toll(clean, "killed")["nominal"] == 4
    assert account_toll(dirty, "killed") == account_toll(clean, "killed")
    assert account_toll(dirty, "injured") == account_toll(clean, "injured")
    assert "Leo Marsh" in people_names(dirty)  # a name with a sequence inside it is two words apart: not read


def test_offsets_stay_in_the_files_text(tmp_path):
    """A claim's offsets and line point into the file as written, escapes and all."""
    rep = report_of(tmp_path, {"a.txt": DIRTY})
    four = [c for c in rep["claims"] if c["kind"] == "quantity" and c["text"] == "Four"]
    assert four and all(DIRTY[c["start"]:c["end"]] == "Four" for c in four)
    assert ESC not in " ".join(c.get("sentence") or "" for c in rep["claims"])
