"""`ReadOptions` (how inputs are read and fetched) and `ReadProblem` (an input that could not be read)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

try:
    _VERSION = version("sourcetrace")
except PackageNotFoundError:  # running from a source tree that is not installed
    _VERSION = "0"

__all__ = ["ReadOptions", "ReadProblem"]


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read, in one place rather than as keyword lists on every reader.

    `max_bytes` caps one input: a file, a fetched page, a WARC record, a JSONL line (news articles are far
    below it). Fetching: `connect_timeout` seconds to connect, `timeout` seconds per read; `retries` more
    attempts after a read timeout, a broken connection, 429 or 5xx (not after a failed connection), waiting
    `backoff * 2**attempt` seconds (or the server's Retry-After, up to `max_backoff`); everything for one
    page (robots.txt, redirects, retries, the body) within `page_deadline` seconds; at most `max_redirects`
    redirects. After `host_failures` pages of one host could not be fetched (no connection, timeouts), its
    other pages are not tried. `robots` honours robots.txt for `user_agent`. Only public addresses are
    fetched unless `allow_private_hosts` (`readers.address`). `max_feed_entries` caps the entries read from
    one feed (None: all); `fetch_pages=False` reads feed entries from the feed's own text instead of their
    pages. `min_words`: an HTML page (or a feed entry's text) with less text holds no article. `max_chars` is
    the character budget of one article: a longer text is cut there, with a warning (`readers.checks`).
    `html_seconds`: the CPU-time budget of finding the article in one HTML page (None: no limit).
    `keep_non_articles` reads a page that says it is no article (a home page, a wiki entry; see
    `readers.page_kind`) as one instead of skipping it (`--force`).
    """

    max_bytes: int = 10 * 1024 * 1024
    connect_timeout: float = 5.0
    timeout: float = 20.0
    page_deadline: float = 30.0
    max_redirects: int = 5
    host_failures: int = 3
    allow_private_hosts: bool = False
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    robots: bool = True
    user_agent: str = f"sourcetrace/{_VERSION} (news attribution research; +https://pypi.org/project/sourcetrace/)"
    max_feed_entries: int | None = None
    fetch_pages: bool = True
    min_words: int = 20
    max_chars: int = 100_000
    html_seconds: float | None = 60.0
    keep_non_articles: bool = False


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, or was read with a caveat (`fatal=False`)."""

    location: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.location}: {' '.join(self.message.splitlines())}"
