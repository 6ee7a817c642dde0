"""Plain-text articles (a .txt file or a fetched text/plain page): the text is the article, as decoded.

The bytes are refused when empty, binary or too large, and decoded as `readers.inputs.decode` says (a
server's declared charset first). Offsets index the decoded text exactly: nothing is normalised. A header
line at the top ("date 2024-05-24 by Jane Doe / Daily Planet") fills published / byline / outlet and sets
`body_start` (see `readers.header`).
"""

from __future__ import annotations

from collections.abc import Iterator

from sourcetrace.readers.dates import iso_published
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.header import parse_header
from sourcetrace.readers.inputs import Input, decode
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
    text, warnings = decode(raw, given.charset)
    if given.path is not None:  # a guessed charset is reported for files only, never for fetched pages
        for warning in warnings:
            yield ReadProblem(given.location, warning, fatal=False)
    yield text_article(text, name=given.name, url=given.url)


def text_article(text: str, name: str, url: str | None = None) -> Article:
    """An article from plain text, with the fields of its header line when it has one."""
    header = parse_header(text)
    if header is None:
        return Article(text=text, name=name, url=url, source_format="text")
    published = iso_published(header.published) or header.published
    return Article(text=text, name=name, url=url, source_format="text", published=published,
                   byline=header.byline, outlet=header.outlet, body_start=header.body_start)
