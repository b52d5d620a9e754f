"""Terminal escape sequences, control characters and bidirectional controls in text.

Article text is data: a file may carry ANSI colour codes, a terminal title sequence or
bidirectional overrides (pasted from a terminal, or written to attack one). The renderers
strip them from what they show (:func:`reconcile.describe.clean`); before parsing they are
blanked to spaces of the same length (:func:`blank`), so the words around them are read as
words and every offset into the file's text stays as it was.
"""

from __future__ import annotations

import re

#: ANSI CSI and OSC sequences whole, and other ESC pairs
SEQUENCES = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]"
#: the bidirectional marks, embeddings, overrides and isolates that reorder what a terminal shows
BIDI = "[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
#: the sequences, C0 and C1 controls but tab and line ends, and bidi controls: what :func:`blank`
#: blanks and what :func:`reconcile.describe.control_free` strips from text shown as laid out
CONTROLS = re.compile(rf"{SEQUENCES}|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|{BIDI}")


def _c1(ch: str) -> str:
    """A C1 control (U+0080-U+009F) as the character its byte is in Windows-1252, the text's
    likely encoding where such a code point survives decoding ('\\x92' -> '’'); a space where
    Windows-1252 has none."""
    try:
        return bytes([ord(ch)]).decode("cp1252")
    except UnicodeDecodeError:
        return " "


def _blank_one(m: re.Match[str]) -> str:
    s = m.group()
    if len(s) == 1 and "\x80" <= s <= "\x9f":
        return _c1(s)
    return " " * len(s)


def blank(text: str) -> str:
    """``text`` with every escape sequence, control character (not tab, line feed or carriage
    return) and bidirectional control replaced by spaces, one per character: the same length,
    the same offsets. '\\x1b[31mFour killed\\x1b[0m' -> '     Four killed    '. A C1 control
    is the Windows-1252 character of its byte (a curly quote, a dash) where there is one."""
    if not CONTROLS.search(text):
        return text
    return CONTROLS.sub(_blank_one, text)


#: one control character or bidi control, shown escaped by :func:`visible`
_ONE_CONTROL = re.compile(rf"[\x00-\x1f\x7f-\x9f]|{BIDI}")


def visible(name: str) -> str:
    """A file name with its control characters and bidi controls written out as escapes
    ('empty\\x1b]0;T\\x07.txt', 'two\\nlines.txt'), so a one-line message names the file a user
    can find, where stripping them named another ('empty]0;T.txt' or 'empty.txt')."""
    return _ONE_CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)
