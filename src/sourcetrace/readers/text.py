"""Plain-text articles (.txt).

The bytes are decoded as UTF-8; when that fails, charset-normalizer's best guess is used, and cp1252 when it
has none (cp1252 decodes nearly every byte, and news text that is not UTF-8 is most often Windows-1252).
Offsets index the decoded text exactly: nothing is normalised. A header line at the top ("date 2024-05-24 by
Jane Doe / Daily Planet") fills published / byline / outlet and sets `body_start` (see `readers.header`).
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.header import parse_header
from sourcetrace.types import Article

_SNIFF_BYTES = 8192


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Decode article bytes; the list holds a warning when the text was not UTF-8."""
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    guess = from_bytes(raw).best()
    encoding = guess.encoding if guess is not None else "cp1252"
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"
        text = raw.decode(encoding)
    return text, [f"not valid UTF-8; decoded as {encoding}"]


def check_bytes(raw: bytes, max_bytes: int) -> None:
    """Refuse input that is empty, binary or too large to be one article."""
    if len(raw) > max_bytes:
        raise ReadError(f"file too large ({len(raw) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")
    if not raw.strip():
        raise ReadError("empty file")
    if b"\x00" in raw[:_SNIFF_BYTES]:
        raise ReadError("binary file, not text")


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of one article file, refused (`ReadError`) as `check_bytes` says, or when unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)")
        raw = path.read_bytes()
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from error
    check_bytes(raw, max_bytes)
    return raw


def read_text_file(path: Path, max_bytes: int) -> tuple[Article, list[str]]:
    """Read one .txt article; returns the article and any warnings about its decoding."""
    text, warnings = decode(read_file_bytes(path, max_bytes))
    return text_article(text, name=path.name), warnings


def text_article(text: str, name: str, url: str | None = None) -> Article:
    """An article from plain text, with the fields of its header line when it has one."""
    header = parse_header(text)
    if header is None:
        return Article(text=text, name=name, url=url, source_format="text")
    return Article(text=text, name=name, url=url, source_format="text", published=header.published,
                   byline=header.byline, outlet=header.outlet, body_start=header.body_start)
