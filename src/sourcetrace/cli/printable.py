"""The one escaping of text for the terminal: every name, message and article span the CLI prints.

A file name can hold a newline, an ANSI escape sequence or bytes that are not UTF-8, and an article's text
can hold control characters: printed raw, they rewrite or restyle the screen, or fail to encode. `printable`
writes each control character as an escape (`\\n`, `\\x1b`) and each undecodable byte as `\\xff`. Rich markup
(`[bold]`) is not interpreted either way: the CLI prints names and text as `rich.text.Text` or with
`markup=False`, never as markup.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

#: Control characters (C0, DEL, C1), line and paragraph separators, and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if character in _NAMED:
        return _NAMED[character]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as Python keeps it in a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character and undecodable byte written as an escape."""
    return _UNPRINTABLE.sub(_escape, text)
