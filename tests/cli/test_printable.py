"""The one escaping of names and text for the terminal (`cli.printable`)."""

from __future__ import annotations

import os

import pytest

from sourcetrace.cli.printable import printable


@pytest.mark.parametrize(("text", "expected"), [
    ("plain name.txt", "plain name.txt"),
    ("new\nline.txt", "new\\nline.txt"),
    ("tab\there\rback", "tab\\there\\rback"),
    ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
    ("bell\x07 del\x7f c1\x9b", "bell\\x07 del\\x7f c1\\x9b"),
    (os.fsdecode(b"bad\xffname.txt"), "bad\\xffname.txt"),
    ("line\u2028separator", "line\\u2028separator"),
    ("[bold red]markup[/]", "[bold red]markup[/]"),  # printed as Text, never read as markup
    ("“Quoted”, accents: é ü ñ, 中文", "“Quoted”, accents: é ü ñ, 中文"),
])
def test_printable(text: str, expected: str) -> None:
    assert printable(text) == expected
    printable(text).encode("utf-8")
