"""Plain-text articles (a .txt file or a fetched text/plain page): the text is the article, as decoded.

The bytes are refused when empty, binary or too large, and decoded as `readers.decoding` says (a byte-order
mark, UTF-8, a server's declared charset, a guess last). Offsets index the decoded text exactly: nothing is
normalised. A header line at the top ("date 2024-05-24 by Jane Doe / Daily Planet") fills published /
byline / outlet and sets `body_start` (see `readers.header`).
"""

from __future__ import annotations

from collections.abc import Iterator

from sourcetrace.readers.dates import iso_published
from sourcetrace.readers.decoding import decode
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.header import parse_header
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["read_text", "text_article"]


def read_text(given: Input) -> Iterator[Article | ReadProblem]:
    """The article of a text file or page, after a non-fatal problem when a file's charset was guessed."""
    try:
        raw = given.read_bytes(check_fetched=True)
    except ReadError as error:
        yield ReadProblem(given.location, str(error))
        return
    decoded = decode(raw, given.charset)
    if not decoded.text.strip():
        yield ReadProblem(given.location, "empty file")
        return
    if decoded.warning and given.path is not None:  # reported for files only, never for fetched pages
        yield ReadProblem(given.location, decoded.warning, fatal=False)
    yield text_article(decoded.text, name=given.name, url=given.url)


def text_article(text: str, name: str, url: str | None = None) -> Article:
    """An article from plain text, with the fields of its header line when it has one."""
    header = parse_header(text)
    if header is None:
        return Article(text=text, name=name, url=url, source_format="text")
    published = iso_published(header.published) or header.published
    return Article(text=text, name=name, url=url, source_format="text", published=published,
                   byline=header.byline, outlet=header.outlet, body_start=header.body_start)
