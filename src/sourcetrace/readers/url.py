"""What a URL is read as: a feed, plain text or an HTML page, by the fetched media type, else its bytes.

Any other content is one problem naming the URL; so is a page that cannot be fetched (`readers.fetch`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.feed import read_feed
from sourcetrace.readers.fetch import Fetched
from sourcetrace.readers.html import read_html
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadProblem
from sourcetrace.readers.sniff import SNIFF_BYTES, looks_like_feed, readable_head, sniff
from sourcetrace.readers.text import read_text
from sourcetrace.types import Article

__all__ = ["read_url"]


def read_url(given: Input) -> Iterator[Article | ReadProblem]:
    """The articles of the page at a URL (`given.location`), read by the reader its content calls for."""
    url = given.location
    try:
        page = given.need_fetcher().get(url)
    except ReadError as error:
        yield ReadProblem(url, str(error))
        return
    reader = _reader_for(page)
    if reader is None:
        yield ReadProblem(url, f"unsupported content type {page.content_type or '(none)'}")
        return
    yield from reader(replace(given, content=page.content, url=page.url, charset=page.charset))


def _reader_for(page: Fetched) -> Callable[[Input], Iterator[Article | ReadProblem]] | None:
    if looks_like_feed(readable_head(page.content[:SNIFF_BYTES]), page.content_type):
        return read_feed
    if page.content_type == "text/plain":
        return read_text
    if "html" in page.content_type or sniff(page.content[:SNIFF_BYTES]) == "html":
        return read_html
    return None
