"""HTML pages (.html files, fetched pages, feed entries, WARC records): the article trafilatura finds.

trafilatura finds the article body and its metadata (title, author, date, site name). Its text keeps one
paragraph per line; we join paragraphs with a blank line, as in our .txt articles, and that extracted text is
what `Article.text` holds and what offsets index (the store keeps it, not the page).

trafilatura reduces dates to the day; the publication time is read from the page's own metadata
(`article:published_time`, `og:published_time`, `datePublished`, `<time datetime>`) when that agrees with
trafilatura's day or trafilatura found none. A page with no article text is a `ReadError`; so is one whose
text is shorter than `ReadOptions.min_words` (a menu or a cookie notice is not an article), and so is one
trafilatura takes longer than `ReadOptions.html_seconds` over (`readers.budget`; the size is capped by
`ReadOptions.max_bytes` before, the text by `ReadOptions.max_chars` after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcetrace.readers.budget import HTML_SECONDS, OverBudget, time_budget
from sourcetrace.readers.byline import page_byline
from sourcetrace.readers.dates import declared_published, page_published
from sourcetrace.readers.errors import NotAnArticle, ReadError
from sourcetrace.readers.inputs import Input, decode
from sourcetrace.readers.language import detect_language
from sourcetrace.readers.options import ReadProblem
from sourcetrace.readers.outlet_names import page_outlet, site_names
from sourcetrace.readers.page_kind import page_kind
from sourcetrace.readers.page_meta import page_meta
from sourcetrace.readers.titles import page_title
from sourcetrace.types import Article

__all__ = ["html_article", "word_count"]

#: A word of a language written with spaces, or one character of a script written without them (CJK).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_WORD = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


def word_count(text: str) -> int:
    """Words of a text; in Chinese, Japanese and Korean, written without spaces, each character counts."""
    return len(_WORD.findall(text))


def read_html(given: Input) -> Iterator[Article | ReadProblem]:
    """The article of an HTML file or fetched page, or the problem saying why it holds none."""
    try:
        article = html_article(given.read_bytes(), name=given.name, url=given.url,
                               min_words=given.options.min_words, charset=given.charset,
                               keep_non_articles=given.options.keep_non_articles,
                               seconds=given.options.html_seconds)
    except NotAnArticle as skipped:
        yield ReadProblem(given.location, str(skipped), fatal=False)
        return
    except ReadError as error:
        yield ReadProblem(given.location, str(error))
        return
    yield article


def html_article(content: bytes | str, name: str, url: str | None = None, source_format: str = "html",
                 min_words: int = 20, charset: str | None = None, keep_non_articles: bool = False,
                 seconds: float | None = HTML_SECONDS) -> Article:
    """One article from an HTML page; raises `ReadError` when the page holds no article text (fewer than
    `min_words` words: trafilatura falls back to whatever text a page has, menus included), or when
    trafilatura takes more than `seconds` of CPU (None: no limit), and `NotAnArticle` when the page says it
    is no article (`readers.page_kind`) unless `keep_non_articles`. `charset` is the encoding a server
    declared for the bytes."""
    import trafilatura
    from lxml import html as lxml_html

    if isinstance(content, bytes):
        content = _decode(content, charset)
    if not content.strip():
        raise ReadError("empty page")
    try:
        tree = lxml_html.fromstring(content)
    except (ValueError, lxml_html.etree.ParserError) as error:
        raise ReadError(f"not parseable as HTML ({error})") from None
    meta = page_meta(tree, url)
    try:
        with time_budget(seconds):
            document = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                                   include_tables=False)
    except OverBudget:
        spent = f"{seconds:g} s of CPU"
        raise ReadError(f"HTML extraction stopped after {spent} (the budget of a page)") from None
    except Exception as error:  # a malformed page must cost one item, not the rest of a feed or archive
        raise ReadError(f"HTML extraction failed ({type(error).__name__}: {error})"[:200]) from None
    body = getattr(document, "text", None) if document is not None else None
    found = {key: getattr(document, key, None) for key in ("title", "author", "sitename", "date")}
    outlet = page_outlet(meta, found["sitename"])
    site = [name for name in [outlet, *site_names(meta, found["sitename"])] if name]
    byline = page_byline(meta, found["author"], site)
    declared = declared_published(meta)
    title = page_title(meta, found["title"], site, byline)
    kind = page_kind(meta, byline, declared is not None, title)
    if not body or word_count(body) < min_words:
        raise ReadError("no article text found in the page")
    if not kind.is_article and not keep_non_articles:
        raise NotAnArticle(f"skipped: not an article ({kind.kind}: {kind.reason}); --force reads it")
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    text = "\n\n".join(paragraphs) + "\n"
    return Article(
        text=text,
        name=name,
        title=title,
        byline=byline,
        outlet=outlet,
        published=declared or page_published(meta, found["date"], content),
        url=url or meta.url or getattr(document, "url", None),
        language=detect_language(text, tree.get("lang")),
        source_format=source_format,
    )


def _decode(raw: bytes, charset: str | None = None) -> str:
    """Decode page bytes: the charset the server or else the page declares, else UTF-8, else a guess."""
    head = raw[:4096].decode("ascii", errors="ignore")
    declared = re.search(r"""charset=["']?([\w-]+)""", head, re.IGNORECASE)
    return decode(raw, charset, declared.group(1) if declared else None)[0]
