"""How the bytes of an article become text: byte-order marks, declared charsets, UTF-8, and a guess last.

The order, first that applies wins:

1. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) names the encoding; the mark is not part of the
   text.
2. Text that is valid UTF-8 is UTF-8, whatever a server or page declares (valid UTF-8 with multi-byte
   characters is practically never text in another charset, and servers often declare ISO-8859-1 wrongly).
3. Text that is mostly valid UTF-8 (more valid multi-byte characters than invalid sequences) stays UTF-8: a
   few stray bytes become U+FFFD and are counted in the warning, instead of the whole text being guessed as
   another charset (where one stray byte turned every “ into тАЬ).
4. A declared charset (the server's first, then the document's own: `<?xml encoding?>`, `<meta charset>`)
   that decodes the bytes without error. ISO-8859-1 and ASCII are read as Windows-1252, as browsers do.
5. Otherwise charset-normalizer's best guess, else Windows-1252, with a warning saying it was a guess.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["BOMS", "Decoded", "bom_of", "declared_charset", "decode", "strip_lone_surrogates"]

#: Byte-order marks and their codecs; the UTF-32 ones first (UTF-32 LE's mark begins with UTF-16 LE's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Labels read as another encoding, as browsers do (the WHATWG Encoding Standard).
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}
#: How many bytes at the top of a document are searched for a declared charset.
_DECLARATION_BYTES = 4096
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes: the codec used, and a warning when it was guessed or bytes were replaced."""

    text: str
    encoding: str
    warning: str | None = None


def bom_of(raw: bytes) -> tuple[str, int] | None:
    """The codec a byte-order mark at the start of `raw` names, and the mark's length; None without one."""
    for mark, codec in BOMS:
        if raw.startswith(mark):
            return codec, len(mark)
    return None


def declared_charset(raw: bytes) -> str | None:
    """The charset a document declares in its first bytes: an XML declaration's encoding, else an HTML
    `<meta charset>` or `<meta http-equiv content="...; charset=">`; None when it declares none."""
    head = raw[:_DECLARATION_BYTES]
    found = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def decode(raw: bytes, *declared: str | None) -> Decoded:
    """Decode article bytes in the order the module docstring gives; `declared` charsets in order of
    authority (the server's, then the document's)."""
    marked = bom_of(raw)
    if marked is not None:
        codec, length = marked
        return _replacing(raw[length:], codec, "")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = _replacing(raw, "utf-8", "not valid UTF-8: ")
    if _mostly_valid(lenient.text, raw):
        return lenient
    for charset in declared:
        declared_codec = _codec(charset)
        if declared_codec is None or declared_codec == "utf-8":
            continue
        try:
            return Decoded(raw.decode(declared_codec), declared_codec)
        except UnicodeDecodeError:
            pass
    return _guessed(raw)


def strip_lone_surrogates(text: str) -> tuple[str, int]:
    """`text` with every lone surrogate (which no encoding can write) replaced by U+FFFD, and their count.

    JSON's `\\ud800` escapes give them; a pair of escapes for one character is joined by the JSON decoder,
    so whatever surrogate is left in a `str` is a lone one."""
    return _LONE_SURROGATE.subn(_REPLACEMENT, text)


def _codec(charset: str | None) -> str | None:
    """The Python codec of a charset label, or None for no label or one Python does not know."""
    if not charset:
        return None
    label = charset.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name == "utf-8-sig" else name


def _replacing(raw: bytes, codec: str, prefix: str) -> Decoded:
    """Decode with invalid sequences replaced by U+FFFD, counted in the warning (none when there are none)."""
    text = raw.decode(codec, errors="replace")
    replaced = text.count(_REPLACEMENT) - _count_encoded_replacements(raw, codec)
    if replaced <= 0:
        return Decoded(text, codec)
    sequences = "sequence" if replaced == 1 else "sequences"
    warning = f"{prefix}{replaced} invalid {_label(codec)} byte {sequences} replaced by U+FFFD"
    return Decoded(text, codec, warning)


def _count_encoded_replacements(raw: bytes, codec: str) -> int:
    """How many U+FFFD the bytes hold as such (a text may quote the replacement character itself)."""
    return raw.count(_REPLACEMENT.encode(codec))


def _mostly_valid(text: str, raw: bytes) -> bool:
    """Whether leniently decoded UTF-8 has more valid multi-byte characters than replaced sequences."""
    replaced = text.count(_REPLACEMENT) - raw.count(_REPLACEMENT.encode("utf-8"))
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - replaced > replaced


def _guessed(raw: bytes) -> Decoded:
    """charset-normalizer's best guess, else Windows-1252 (news text that is not UTF-8 most often is), else
    Latin-1, which decodes any byte."""
    from charset_normalizer import from_bytes

    guess = from_bytes(raw).best()
    encoding = guess.encoding if guess is not None else "cp1252"
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"
        text = raw.decode(encoding)
    return Decoded(text, encoding, f"not valid UTF-8; decoded as {encoding} (a guess)")


def _label(codec: str) -> str:
    return codec.upper().replace("-LE", " LE").replace("-BE", " BE")
