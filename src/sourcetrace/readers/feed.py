"""RSS and Atom feeds (feedparser), from a file or a URL: each entry's page is fetched and read as HTML.

The entry's metadata fills what the page does not say: title, author (byline), the feed's title (outlet) and
the entry's date. An entry whose page cannot be fetched (404, timeout, robots.txt) or holds no article is a
problem naming the feed, the entry's number and its link, and the other entries are still read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from sourcetrace.readers.dates import iso_published
from sourcetrace.readers.errors import NotAnArticle, ReadError
from sourcetrace.readers.fetch import is_url
from sourcetrace.readers.html import html_article
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["read_feed"]


def read_feed(given: Input) -> Iterator[Article | ReadProblem]:
    """Articles from the entries of a feed file or fetched feed, and a problem for every entry not read."""
    location, options = given.location, given.options
    try:
        content = given.read_bytes()
    except ReadError as error:
        yield ReadProblem(location, str(error))
        return
    fetcher = given.need_fetcher()
    parsed = feedparser.parse(content)
    entries = parsed.entries
    if not entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        yield ReadProblem(location, f"feed has no entries{reason}"[:200])
        return
    outlet = parsed.feed.get("title") or None
    if options.max_feed_entries is not None:
        entries = entries[: options.max_feed_entries]
    for number, entry in enumerate(entries, start=1):
        link = entry.get("link")
        if link and is_url(location):
            link = urljoin(location, link)  # a relative link is relative to the feed
        where = f"{location} entry {number}" + (f" ({link})" if link else "")
        if not link:
            yield ReadProblem(where, "entry has no link")
            continue
        try:
            page = fetcher.get(link)
            article = html_article(page.content, name=link, url=page.url, source_format="feed",
                                   min_words=options.min_words, charset=page.charset,
                                   keep_non_articles=options.keep_non_articles)
        except ReadError as error:
            yield ReadProblem(where, str(error), fatal=not isinstance(error, NotAnArticle))
            continue
        yield _with_entry_metadata(article, entry, outlet)


def _with_entry_metadata(article: Article, entry: Any, outlet: str | None) -> Article:
    published = article.published
    if not published:
        parsed_time = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed_time:
            published = iso_published(time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed_time))
    # trafilatura names the site by its host when the page does not say; the feed's title is better.
    host = urlsplit(article.url or "").netloc
    named = article.outlet and article.outlet not in (host, host.split(":")[0])
    page_outlet = article.outlet if named else None
    return replace(
        article,
        title=article.title or entry.get("title") or None,
        byline=article.byline or entry.get("author") or None,
        outlet=page_outlet or outlet or article.outlet,
        published=published,
    )
