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
    below it). Fetching: `timeout` seconds per request, `retries` more attempts after a timeout, a connection
    error, 429 or 5xx, waiting `backoff * 2**attempt` seconds (or the server's Retry-After, up to
    `max_backoff`); `robots` honours robots.txt for `user_agent`. `max_feed_entries` caps the entries read
    from one feed (None: all). `min_words`: an HTML page with less text holds no article.
    `keep_non_articles` reads a page that says it is no article (a home page, a wiki entry; see
    `readers.page_kind`) as one instead of skipping it (`--force`).
    """

    max_bytes: int = 10 * 1024 * 1024
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    robots: bool = True
    user_agent: str = f"sourcetrace/{_VERSION} (news attribution research; +https://pypi.org/project/sourcetrace/)"
    max_feed_entries: int | None = None
    min_words: int = 20
    keep_non_articles: bool = False


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, or was read with a caveat (`fatal=False`)."""

    location: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.location}: {' '.join(self.message.splitlines())}"
