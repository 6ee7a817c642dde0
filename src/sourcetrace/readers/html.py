"""HTML pages (.html files, fetched pages, feed entries, WARC records): the article trafilatura finds.

trafilatura finds the article body and its metadata (title, author, date, site name). Its text keeps one
paragraph per line; we join paragraphs with a blank line, as in our .txt articles, and that extracted text is
what `Article.text` holds and what offsets index (the store keeps it, not the page).

trafilatura reduces dates to the day; the publication time is read from the page's own metadata
(`article:published_time`, `og:published_time`, `datePublished`, `<time datetime>`) when that agrees with
trafilatura's day or trafilatura found none. A page with no article text is a `ReadError`; so is one whose
text is shorter than `ReadOptions.min_words` (a menu or a cookie notice is not an article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sourcetrace.readers.decoding import declared_charset, decode
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["html_article", "published_time", "read_html"]

_TIME_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@property='og:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//time[@pubdate]/@datetime",
)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def published_time(tree: Any) -> str | None:
    """The publication datetime a page declares in its metadata (ISO 8601 with a time), or None."""
    for path in _TIME_META:
        for value in tree.xpath(path):
            value = str(value).strip()
            if _DATETIME.match(value):
                return value.replace(" ", "T", 1)
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        match = _JSON_LD_DATE.search(str(script))
        if match and _DATETIME.match(match.group(1)):
            return match.group(1).replace(" ", "T", 1)
    return None


def read_html(given: Input) -> Iterator[Article | ReadProblem]:
    """The article of an HTML file or fetched page, or the problem saying why it holds none."""
    try:
        article = html_article(given.read_bytes(), name=given.name, url=given.url,
                               min_words=given.options.min_words, charset=given.charset)
    except ReadError as error:
        yield ReadProblem(given.location, str(error))
        return
    yield article


def html_article(content: bytes | str, name: str, url: str | None = None, source_format: str = "html",
                 min_words: int = 20, charset: str | None = None) -> Article:
    """One article from an HTML page; raises `ReadError` when the page holds no article text (fewer than
    `min_words` words: trafilatura falls back to whatever text a page has, menus included). `charset` is
    the encoding a server declared for the bytes."""
    import trafilatura
    from lxml import html as lxml_html

    if isinstance(content, bytes):
        content = _decode(content, charset)
    if not content.strip():
        raise ReadError("empty page")
    try:
        tree = lxml_html.fromstring(_without_xml_declaration(content))
    except (ValueError, lxml_html.etree.ParserError) as error:
        raise ReadError(f"not parseable as HTML ({error})") from None
    try:
        document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                               include_tables=False)
    except Exception as error:  # a malformed page must cost one item, not the rest of a feed or archive
        raise ReadError(f"HTML extraction failed ({type(error).__name__}: {error})"[:200]) from None
    body = getattr(document, "text", None) if document is not None else None
    if not body or len(body.split()) < min_words:
        raise ReadError("no article text found in the page")
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    text = "\n\n".join(paragraphs) + "\n"
    day = getattr(document, "date", None)
    exact = published_time(tree)
    published = exact if exact and (day is None or exact.startswith(day)) else day
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    return Article(
        text=text,
        name=name,
        title=getattr(document, "title", None),
        byline=getattr(document, "author", None),
        outlet=getattr(document, "sitename", None) or None,
        published=published,
        url=url or getattr(document, "url", None),
        language=language or "en",
        source_format=source_format,
    )


def _decode(raw: bytes, charset: str | None = None) -> str:
    """Decode page bytes as `readers.decoding` says: the charset the server declared, then the page's own
    (`<?xml encoding?>`, `<meta charset>`)."""
    return decode(raw, charset, declared_charset(raw)).text


def _without_xml_declaration(page: str) -> str:
    """The page without a leading `<?xml ...?>` declaration: lxml refuses a decoded string that declares an
    encoding (the bytes were decoded already, by the charset it names)."""
    stripped = page.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<?xml"):
        end = stripped.find("?>")
        return stripped[end + 2 :] if end >= 0 else stripped
    return page
