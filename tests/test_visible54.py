"""A skipped file whose name holds control characters is named with them written out as escapes
(session 54; the review of session 53: 'empty<ESC>]0;T<BEL>.txt' was shown as 'empty.txt', a
file the user cannot find), and nothing reaches the terminal as an escape sequence."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from reconcile.text.controls import CONTROLS, visible


def test_a_skipped_name_shows_its_controls_escaped(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "empty\x1b]0;T\x07.txt").write_text("")
    (d / "two\nlines.txt").write_text("")
    (d / "a.txt").write_text("Two men were wounded in a shooting on Elm Street on Friday, police said.\n")
    err = subprocess.run([sys.executable, "-P", "-m", "reconcile", "check", str(d), "--no-cache"],
                         capture_output=True, text=True).stderr
    assert "empty\\x1b]0;T\\x07.txt: skipped: empty file" in err, err
    assert "two\\nlines.txt: skipped: empty file" in err, err
    assert "\x1b" not in err and "\x07" not in err


@given(st.text())
def test_visible_leaves_no_control_and_keeps_the_rest(s):
    v = visible(s)
    assert not CONTROLS.search(v.replace("\t", "").replace("\n", "").replace("\r", ""))
    assert "\n" not in v and "\r" not in v and "\t" not in v
    if not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in s) and not CONTROLS.search(s):
        assert v == s
