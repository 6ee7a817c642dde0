"""How a URL is fetched, politely: timeouts, a size cap, a User-Agent, robots.txt, retries with back-off.

httpx does the requests; the User-Agent names sourcetrace, and back-off is exponential.

One `Fetcher` per run holds the connection pool and a robots.txt cache per host; use it as a context manager.
Every failure is a `ReadError` with a one-line message ("HTTP 404 Not Found", "timed out after 3 attempts",
"disallowed by robots.txt", "larger than the 10.0 MB limit"), never an httpx exception.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.options import ReadOptions

__all__ = ["Fetched", "Fetcher", "is_url"]

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def is_url(value: str) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return value.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: the final URL (after redirects), its media type, its bytes and the charset the
    server declared (None when it declared none)."""

    url: str
    content_type: str
    content: bytes
    charset: str | None = None


class Fetcher:
    """Fetches URLs under one `ReadOptions`; `sleep` is replaceable for tests."""

    def __init__(self, options: ReadOptions | None = None, sleep: object = time.sleep) -> None:
        self.options = options or ReadOptions()
        self._sleep = sleep
        self._robots: dict[str, RobotFileParser | None] = {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.options.timeout),
            headers={"User-Agent": self.options.user_agent},
            follow_redirects=True,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Fetched:
        """Fetch `url`, honouring robots.txt; raises `ReadError` with the reason when it cannot."""
        if self.options.robots and not self.allowed(url):
            raise ReadError("disallowed by robots.txt")
        return self._get(url)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch `url` (a missing or unreadable robots.txt allows)."""
        parts = urlsplit(url)
        root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if root not in self._robots:
            self._robots[root] = self._load_robots(root + "/robots.txt")
        robots = self._robots[root]
        return robots is None or robots.can_fetch(self.options.user_agent, url)

    def _load_robots(self, url: str) -> RobotFileParser | None:
        parser = RobotFileParser(url)
        try:
            fetched = self._get(url)
        except ReadError as error:
            if str(error).startswith(("HTTP 401", "HTTP 403")):
                parser.disallow_all = True  # type: ignore[attr-defined]
                return parser
            return None  # no robots.txt (404), or none reachable: nothing is disallowed
        parser.parse(fetched.content.decode("utf-8", errors="replace").splitlines())
        return parser

    def _get(self, url: str) -> Fetched:
        options = self.options
        attempts = options.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                return self._get_once(url)
            except _Retryable as error:
                if last:
                    suffix = f" after {attempts} attempts" if attempts > 1 else ""
                    raise ReadError(f"{error}{suffix}") from None
                wait = error.retry_after if error.retry_after is not None else options.backoff * 2**attempt
                self._sleep(min(wait, options.max_backoff))  # type: ignore[operator]
        raise AssertionError("unreachable")

    def _get_once(self, url: str) -> Fetched:
        limit = self.options.max_bytes
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code in _RETRY_STATUS:
                    raise _Retryable(_status(response), _retry_after(response))
                if response.status_code >= 400:
                    raise ReadError(_status(response))
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise ReadError(_too_large(int(declared), limit))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise ReadError(_too_large(size, limit, at_least=True))
                    chunks.append(chunk)
                header = response.headers.get("content-type", "")
                content_type = header.split(";")[0].strip().lower()
                charset = re.search(r"charset=[\"']?([\w.:-]+)", header, re.IGNORECASE)
                return Fetched(str(response.url), content_type, b"".join(chunks),
                               charset.group(1) if charset else None)
        except httpx.TimeoutException:
            raise _Retryable(f"timed out ({self.options.timeout:g} s)", None) from None
        except httpx.TransportError as error:
            raise _Retryable(f"connection failed ({type(error).__name__}: {error})", None) from None
        except httpx.InvalidURL as error:
            raise ReadError(f"invalid URL ({error})") from None


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    return f"larger than the {limit / 1e6:.1f} MB limit ({'over ' if at_least else ''}{size / 1e6:.1f} MB)"
