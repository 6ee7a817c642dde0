"""What the first bytes of an input say it is: one content test per format, tried in a fixed order.

`sniff` names the format of a file without a suffix we know (and of a fetched page, to tell HTML); the
registry (`readers.formats`) also asks `LOOKS_LIKE[format]` to confirm a suffix that other files share (a
`.xml` file is read only when it holds a feed). Bytes after a UTF-16/32 byte-order mark are looked at as
UTF-8 (`readable_head`), so that such a file is told by its content like any other.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable

from sourcetrace.readers.decoding import bom_of

__all__ = ["LOOKS_LIKE", "SNIFF_BYTES", "looks_like_feed", "readable_head", "sniff"]

#: How many bytes of a file are read to sniff it.
SNIFF_BYTES = 4096

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")


def looks_like_feed(content: bytes, content_type: str = "") -> bool:
    """Whether bytes are an RSS/Atom/RDF feed: its root element, found in the first 2 KB (never when the
    server called them HTML)."""
    if content_type and content_type not in _FEED_TYPES and "html" in content_type:
        return False
    return bool(_FEED_ROOT.search(content[:2048]))


def looks_like_warc(head: bytes) -> bool:
    """Whether bytes begin a web archive: a `WARC/` version line, plain or in a gzip member."""
    return head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and b"WARC/" in _gunzip_head(head))


def looks_like_html(head: bytes) -> bool:
    """Whether bytes begin an HTML page: a doctype or an `<html` tag in the first 512 bytes."""
    start = _start(head)
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


def looks_like_jsonl(head: bytes) -> bool:
    """Whether bytes begin JSON Lines: a JSON object first."""
    return _start(head).startswith(b"{")


def looks_like_text(head: bytes) -> bool:
    """Whether bytes can be plain text: no NUL byte."""
    return b"\x00" not in head


#: The content test of each format, in the order `sniff` tries them (the first that holds names the format).
LOOKS_LIKE: dict[str, Callable[[bytes], bool]] = {
    "warc": looks_like_warc,
    "feed": looks_like_feed,
    "html": looks_like_html,
    "jsonl": looks_like_jsonl,
    "text": looks_like_text,
}


def readable_head(head: bytes) -> bytes:
    """The first bytes of an input as the content tests read them: after a byte-order mark, as UTF-8."""
    marked = bom_of(head)
    if marked is None:
        return head
    codec, length = marked
    return head[length:].decode(codec, errors="ignore").encode("utf-8")


def sniff(head: bytes) -> str | None:
    """The format the first bytes of an input say it is, or None (binary)."""
    head = readable_head(head)
    return next((name for name, looks_like in LOOKS_LIKE.items() if looks_like(head)), None)


def _start(head: bytes) -> bytes:
    return head.lstrip()[:512].lower()


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(31).decompress(head, 256)
    except zlib.error:
        return b""
