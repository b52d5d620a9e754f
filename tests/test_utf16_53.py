"""UTF-16 text saved without a byte-order mark is read, not skipped as binary (session 53; the
review of session 53: such a file was 'binary file (contains NUL bytes)')."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from reconcile.ingest import InputError, decode

TEXT = "Two hurt in Elm Street shooting\n\nTwo men were wounded on Elm Street, police said.\n"


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_unmarked_utf16_is_read(enc):
    assert decode(TEXT.encode(enc)) == TEXT


def test_binary_data_is_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF), min_size=2, max_size=200))
def test_latin_text_in_unmarked_utf16_reads_back(s):
    assert decode(s.encode("utf-16-le")) == s
