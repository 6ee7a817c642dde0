"""RSS and Atom feeds (feedparser), from a file or a URL: each entry's page is fetched and read as HTML, or
the entry's own text is read.

The entry's metadata fills what the page does not say: title, author (byline), the feed's title (outlet) and
the entry's date. An entry whose page cannot be fetched (404, timeout, robots.txt, a refused address) or holds
no article is read from the text the feed carries for it (`readers.fragment`: its content, else its summary)
when that has at least `ReadOptions.min_words` words, with a warning saying so; otherwise it is a problem
naming the feed, the entry's number and its link. With `ReadOptions.fetch_pages=False` (`--no-fetch`) no page
is fetched and every entry is read from the feed's text.

The entries of a host that failed too often in the run (`ReadOptions.host_failures`) are not tried: one line
per host says which entries were skipped and which were read from the feed's text instead.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from sourcetrace.readers.dates import iso_published
from sourcetrace.readers.errors import HostSkipped, NotAnArticle, ReadError
from sourcetrace.readers.fetch import Fetcher, is_url
from sourcetrace.readers.fragment import entry_text
from sourcetrace.readers.html import html_article
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadOptions, ReadProblem
from sourcetrace.types import Article

__all__ = ["read_feed"]


def read_feed(given: Input) -> Iterator[Article | ReadProblem]:
    """Articles from the entries of a feed file or fetched feed, and a problem for every entry not read."""
    location, options = given.location, given.options
    try:
        content = given.read_bytes()
        fetcher = given.need_fetcher() if options.fetch_pages else None
    except ReadError as error:
        yield ReadProblem(location, str(error))
        return
    parsed = feedparser.parse(content)
    entries = parsed.entries
    if not entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        yield ReadProblem(location, f"feed has no entries{reason}"[:200])
        return
    if options.max_feed_entries is not None:
        entries = entries[: options.max_feed_entries]
    feed = _Feed(location, options, fetcher, parsed.feed.get("title") or None)
    for number, entry in enumerate(entries, start=1):
        yield from _read_entry(feed, number, entry)
    for skips in feed.skipped.values():
        yield skips.problem(location)


@dataclass
class _HostSkips:
    """The entries of one host that were not tried, and those of them read from the feed's text."""

    error: HostSkipped
    skipped: list[int] = field(default_factory=list)
    from_text: list[int] = field(default_factory=list)

    def problem(self, location: str) -> ReadProblem:
        error = self.error
        count = len(self.skipped) + len(self.from_text)
        times = "once" if error.failures == 1 else f"{error.failures} times"
        message = (f"{count} {'entry' if count == 1 else 'entries'} on {error.host} not tried: it failed "
                   f"{times} in this run (last: {error.last})")
        if self.from_text:
            message += f"; read from the feed's own text: entries {_ranges(self.from_text)}"
        if self.skipped:
            message += f"; skipped: entries {_ranges(self.skipped)}"
        return ReadProblem(location, message, fatal=bool(self.skipped))


@dataclass
class _Feed:
    """What every entry of one feed shares."""

    location: str
    options: ReadOptions
    fetcher: Fetcher | None
    outlet: str | None
    skipped: dict[str, _HostSkips] = field(default_factory=dict)


def _read_entry(feed: _Feed, number: int, entry: Any) -> Iterator[Article | ReadProblem]:
    link = entry.get("link")
    if link and is_url(feed.location):
        link = urljoin(feed.location, link)  # a relative link is relative to the feed
    where = f"{feed.location} entry {number}" + (f" ({link})" if link else "")
    if feed.fetcher is None:
        own = _own_text_article(feed, entry, link or where)
        yield own if own is not None else ReadProblem(
            where, f"the entry carries fewer than {feed.options.min_words} words of text (pages not fetched)")
        return
    if not link:
        reason = "entry has no link"
    else:
        try:
            page = feed.fetcher.get(link)
            article = html_article(page.content, name=link, url=page.url, source_format="feed",
                                   min_words=feed.options.min_words, charset=page.charset,
                                   keep_non_articles=feed.options.keep_non_articles)
        except NotAnArticle as error:  # skipped, not failed: its own text is no article either
            yield ReadProblem(where, str(error), fatal=False)
            return
        except HostSkipped as error:
            own = _own_text_article(feed, entry, link)
            skips = feed.skipped.setdefault(error.host, _HostSkips(error))
            (skips.skipped if own is None else skips.from_text).append(number)
            if own is not None:
                yield own
            return
        except ReadError as error:
            reason = str(error)
        else:
            yield _with_entry_metadata(article, entry, feed.outlet)
            return
    own = _own_text_article(feed, entry, link or where)
    if own is None:
        yield ReadProblem(where, reason)
        return
    words = len(own.text.split())
    instead = f"{reason}; read the feed's own text for it instead ({words} words)"
    yield ReadProblem(where, instead, fatal=False)
    yield own


def _own_text_article(feed: _Feed, entry: Any, name: str) -> Article | None:
    """The article the entry's own text makes, or None when it has fewer than `min_words` words."""
    text = entry_text(entry)
    if len(text.split()) < feed.options.min_words:
        return None
    link = entry.get("link")
    url = urljoin(feed.location, link) if link and is_url(feed.location) else link
    return Article(text=text, name=name, title=entry.get("title") or None, byline=entry.get("author") or None,
                   outlet=feed.outlet, published=_entry_published(entry), url=url or None,
                   source_format="feed")


def _with_entry_metadata(article: Article, entry: Any, outlet: str | None) -> Article:
    # trafilatura names the site by its host when the page does not say; the feed's title is better.
    host = urlsplit(article.url or "").netloc
    named = article.outlet and article.outlet not in (host, host.split(":")[0])
    page_outlet = article.outlet if named else None
    return replace(
        article,
        title=article.title or entry.get("title") or None,
        byline=article.byline or entry.get("author") or None,
        outlet=page_outlet or outlet or article.outlet,
        published=article.published or _entry_published(entry),
    )


def _entry_published(entry: Any) -> str | None:
    parsed_time = entry.get("published_parsed") or entry.get("updated_parsed")
    return iso_published(time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed_time)) if parsed_time else None


def _ranges(numbers: list[int]) -> str:
    """Entry numbers as ranges: [1, 2, 3, 7] -> "1-3, 7"."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)
