"""Text from articles and configs made safe for a terminal.

An article can hold ANSI escape sequences (which recolour, retitle or clear the
reader's terminal), other control characters, and bidirectional overrides (which
make a line read otherwise than it is). None of these reaches a terminal from a
quote, a name or an error message: they are removed, and line breaks become spaces.
"""

from __future__ import annotations

import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \\), other two-character escapes, and their
# 8-bit forms (U+009B CSI, U+009D OSC).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\u2028\u2029]+")


def printable(text: str) -> str:
    """``text`` with escape sequences and control characters removed, on one line."""
    return _CONTROLS.sub("", _ESCAPES.sub("", _BREAKS.sub(" ", text)))
