"""Decoding article bytes: byte-order marks, UTF-8 with stray bytes, declared charsets, a guess last; and the
files and pages that were refused or mangled before."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sourcetrace.readers import ReadProblem, read_paths
from sourcetrace.readers.decoding import declared_charset, decode, strip_lone_surrogates
from sourcetrace.types import Article

QUOTED = "“We are ready,” the minister said. “Not yet,” she said. “Soon,” he said. Café crème."

#: (bytes, declared charsets, expected text, expected codec, a phrase of the warning or None)
DECODING = [
    (QUOTED.encode(), (), QUOTED, "utf-8", None),
    (QUOTED.encode() + b" \x93", (), QUOTED + " \ufffd", "utf-8",
     "1 invalid UTF-8 byte sequence replaced by U+FFFD"),
    (b"\xff" + QUOTED.encode() + b"\x80 \xc3", (), "\ufffd" + QUOTED + "\ufffd \ufffd", "utf-8",
     "3 invalid UTF-8 byte sequences replaced"),
    (codecs.BOM_UTF8 + QUOTED.encode(), (), QUOTED, "utf-8", None),
    (codecs.BOM_UTF16_LE + QUOTED.encode("utf-16-le"), (), QUOTED, "utf-16-le", None),
    (codecs.BOM_UTF16_BE + QUOTED.encode("utf-16-be"), (), QUOTED, "utf-16-be", None),
    (codecs.BOM_UTF32_LE + QUOTED.encode("utf-32-le"), (), QUOTED, "utf-32-le", None),
    (codecs.BOM_UTF32_BE + QUOTED.encode("utf-32-be"), (), QUOTED, "utf-32-be", None),
    (codecs.BOM_UTF16_LE + QUOTED.encode("utf-16-le") + b"\x00", (), QUOTED + "\ufffd", "utf-16-le",
     "1 invalid UTF-16 LE byte sequence"),
    # A BOM outranks what the page or server declares.
    (codecs.BOM_UTF16_LE + QUOTED.encode("utf-16-le"), ("iso-8859-1",), QUOTED, "utf-16-le", None),
    # Valid UTF-8 outranks a declared single-byte charset (servers declare ISO-8859-1 by default).
    (QUOTED.encode(), ("iso-8859-1",), QUOTED, "utf-8", None),
    # ISO-8859-1 is read as Windows-1252, as browsers do (0x93/0x94 are quotation marks there).
    ("“Le conseil a voté”".encode("cp1252"), ("ISO-8859-1",), "“Le conseil a voté”", "cp1252", None),
    ("Совет принял бюджет".encode("cp1251"), ("windows-1251",), "Совет принял бюджет", "cp1251", None),
    ("Совет принял бюджет".encode("cp1251"), (None, "no-such-charset", "windows-1251"), "Совет принял бюджет",
     "cp1251", None),
    # A text quoting U+FFFD itself is not reported as replaced.
    ("a \ufffd b “c”".encode(), (), "a \ufffd b “c”", "utf-8", None),
    ("a \ufffd b “c”".encode() + b"\x93", (), "a \ufffd b “c”\ufffd", "utf-8",
     "1 invalid UTF-8 byte sequence"),
]


@pytest.mark.parametrize(("raw", "declared", "text", "codec", "warning"), DECODING)
def test_decode(raw: bytes, declared: tuple[str | None, ...], text: str, codec: str,
                warning: str | None) -> None:
    decoded = decode(raw, *declared)
    assert (decoded.text, decoded.encoding) == (text, codec)
    if warning is None:
        assert decoded.warning is None
    else:
        assert decoded.warning is not None and warning in decoded.warning


@pytest.mark.parametrize("raw", [
    QUOTED.encode("cp1252"),  # no valid multi-byte character at all: not UTF-8
    "Señor Peña’s “view”: café, naïve, jalapeño.".encode("cp1252") + "“ok”".encode(),  # more bad than good
])
def test_text_that_is_not_mostly_utf8_is_guessed(raw: bytes) -> None:
    decoded = decode(raw)  # which charset is charset-normalizer's call; that it is guessed is ours
    assert decoded.encoding != "utf-8"
    assert decoded.warning is not None and "decoded as" in decoded.warning and "guess" in decoded.warning


@pytest.mark.parametrize(("head", "charset"), [
    (b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<html>', "ISO-8859-1"),
    (b"<?xml version='1.0' encoding='windows-1251' ?><rss>", "windows-1251"),
    (b'<!DOCTYPE html><html><head><meta charset="utf-8">', "utf-8"),
    (b"<html><head><meta charset=koi8-r>", "koi8-r"),
    (b'<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "Shift_JIS"),
    (b"<html><body>no declaration; charset=utf-8 in prose is not one</body>", None),
    (b"<?xml version=\"1.0\"?><html>", None),
])
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(head) == charset


@pytest.mark.parametrize(("text", "clean", "count"), [
    ("fine", "fine", 0),
    ("lone \ud800 high", "lone \ufffd high", 1),
    ("\udfff low and \ud83d", "\ufffd low and \ufffd", 2),
    ("paired 😀", "paired 😀", 0),
])
def test_strip_lone_surrogates(text: str, clean: str, count: int) -> None:
    assert strip_lone_surrogates(text) == (clean, count)


# --- through the readers: what was refused or mangled before ---------------------------------------------


def read(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths([path]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)]


def test_a_stray_byte_keeps_a_utf8_file_utf8(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(QUOTED.encode() + b"\n\x93\n")
    (article,), (warning,) = read(path)
    assert article.text == QUOTED + "\n\ufffd\n"  # not “ read as тАЬ
    assert not warning.fatal and "1 invalid UTF-8 byte sequence replaced" in warning.message


@pytest.mark.parametrize("bom", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_text_file_with_a_bom_is_read(tmp_path: Path, bom: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(QUOTED.encode(bom))  # Python's utf-16/utf-32/utf-8-sig codecs write the BOM
    (article,), problems = read(path)
    assert not problems
    assert article.text == QUOTED


@pytest.mark.parametrize("suffix", [".html", ""])
def test_an_html_page_with_a_utf16_bom_is_read(tmp_path: Path, make_page, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(make_page(title="Ceasefire talks resume").encode("utf-16"))
    (article,), problems = read(path)
    assert not problems
    assert article.title == "Ceasefire talks resume" and "“Putin can fight" in article.text


def test_an_html_page_with_an_xml_declaration_is_read_in_its_encoding(tmp_path: Path, make_page) -> None:
    page = make_page(title="Le conseil a voté").replace('<meta charset="utf-8">', "")
    page = page.replace("<p>Russian", "<p>« Le budget est voté », a déclaré le maire. Russian")
    path = tmp_path / "page.xhtml"
    path.write_bytes(b'<?xml version="1.0" encoding="ISO-8859-1"?>\n' + page.encode("cp1252"))
    (article,), problems = read(path)
    assert not problems
    assert article.title == "Le conseil a voté"
    assert "« Le budget est voté », a déclaré le maire." in article.text


def test_an_html_page_declaring_its_charset_in_a_meta_tag(tmp_path: Path, make_page) -> None:
    page = make_page(title="Совет принял бюджет")
    page = page.replace('<meta charset="utf-8">', '<meta charset="windows-1251">')
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    (article,), problems = read(path)
    assert not problems
    assert article.title == "Совет принял бюджет"
