"""How a URL is fetched, safely and politely: public addresses only, redirects followed one by one,
robots.txt, timeouts and a deadline per page, a size cap, a User-Agent, retries with back-off, and a budget of
failures per host.

httpx does the requests over `readers.transport`, which connects only to addresses it has vetted
(`readers.address`) and bounds every read by the page's deadline. Redirects are followed here, not by httpx:
each target is checked like the first URL (http(s) only, a public address, robots.txt), so a redirect can
lead neither into a private network nor into a path robots.txt disallows, and there are at most
`ReadOptions.max_redirects` of them.

A host that cannot be reached (its name does not resolve, no connection, no complete answer in time) is not
asked again and again: after `ReadOptions.host_failures` such failures its other pages are `HostSkipped`
(after the first, when its name does not exist).
A failed connection is not retried (the next page of the host is the retry); a read timeout, a broken
connection, 429 and 5xx are, within the page's deadline.

One `Fetcher` per run holds the connection pool, the robots.txt cache and the failures per host; use it as
a context manager, from one thread (the page deadline is the fetcher's). Every failure is a `ReadError`
with a one-line message ("HTTP 404 Not Found", "timed out (20 s) after 3 attempts", "disallowed by
robots.txt", "refused: localhost resolves to 127.0.0.1, a loopback address (...)", "larger than the 10.0 MB
limit"), never an httpx exception.
"""

from __future__ import annotations

import copy
import re
import time
from collections import Counter
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from sourcetrace.readers.address import IPAddress, check_public_url, resolve_host
from sourcetrace.readers.errors import HostSkipped, ReadError, Unreachable
from sourcetrace.readers.options import ReadOptions
from sourcetrace.readers.transport import VettingTransport

__all__ = ["Fetched", "Fetcher", "is_url"]

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


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
        self._failures: Counter[str] = Counter()  # what counts against the budget
        self._attempts: Counter[str] = Counter()  # how many pages of the host failed
        self._last_failure: dict[str, str] = {}
        self._deadline = 0.0
        self._host = ""  # the host (and port) asked last, which a failure counts against
        self._transport = VettingTransport(self.options.allow_private_hosts)
        self._client = httpx.Client(
            transport=self._transport,
            timeout=httpx.Timeout(self.options.timeout, connect=self.options.connect_timeout),
            headers={"User-Agent": self.options.user_agent},
            follow_redirects=False,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Fetched:
        """Fetch `url` (following redirects, honouring robots.txt) within the page deadline; raises
        `ReadError` with the reason when it cannot (`HostSkipped` when its host failed too often)."""
        self._deadline = time.monotonic() + self.options.page_deadline
        self._transport.deadline = self._deadline
        try:
            return self._follow(url, robots=self.options.robots)
        except Unreachable as error:
            self._failures[self._host] += max(self.options.host_failures, 1) if error.lasting else 1
            self._attempts[self._host] += 1
            self._last_failure[self._host] = str(error)
            raise
        finally:
            self._transport.deadline = None

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch `url`: a robots.txt that is missing (or any answer
        but 401/403) allows; one that cannot be reached raises, as the page would fail too."""
        parts = urlsplit(url)
        root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if root not in self._robots:
            self._robots[root] = self._load_robots(root + "/robots.txt")
        robots = self._robots[root]
        return robots is None or robots.can_fetch(self.options.user_agent, url)

    def _follow(self, url: str, robots: bool) -> Fetched:
        """The resource at `url`, after at most `max_redirects` redirects, each checked like `url`."""
        for hop in range(self.options.max_redirects + 1):
            try:
                answer = self._get_checked(url, robots)
            except ReadError as error:
                if hop:
                    raise _prefixed(error, f"redirected to {url}: ") from None
                raise
            if isinstance(answer, Fetched):
                return answer
            url = answer
        raise ReadError(f"more than {self.options.max_redirects} redirects (the last to {url})")

    def _get_checked(self, url: str, robots: bool) -> Fetched | str:
        self._host = _host(url)
        self._check_budget(self._host)
        check_public_url(url, self.options.allow_private_hosts, self._resolve)
        if robots and not self.allowed(url):
            raise ReadError("disallowed by robots.txt")
        return self._get_retrying(url)

    def _resolve(self, host: str, port: int) -> list[IPAddress]:
        """A host's addresses, looked up within the connect timeout and the page's deadline."""
        left = max(self._deadline - time.monotonic(), 0.001)
        return resolve_host(host, port, min(self.options.connect_timeout, left))

    def _check_budget(self, host: str) -> None:
        failures = self._failures[host]
        if failures >= max(self.options.host_failures, 1):
            raise HostSkipped(host, self._attempts[host], self._last_failure.get(host, "?"))

    def _load_robots(self, url: str) -> RobotFileParser | None:
        parser = RobotFileParser(url)
        try:
            fetched = self._follow(url, robots=False)
        except (Unreachable, HostSkipped):
            raise  # the page would fail too; nothing is cached, so the host's next page asks again
        except ReadError as error:
            if str(error).startswith(("HTTP 401", "HTTP 403")):
                parser.disallow_all = True  # type: ignore[attr-defined]
                return parser
            return None  # no robots.txt (404), or an unusable one: nothing is disallowed
        parser.parse(fetched.content.decode("utf-8", errors="replace").splitlines())
        return parser

    def _get_retrying(self, url: str) -> Fetched | str:
        options = self.options
        attempts = options.retries + 1
        for attempt in range(attempts):
            try:
                return self._get_once(url)
            except _Retryable as error:
                wait = error.retry_after if error.retry_after is not None else options.backoff * 2**attempt
                wait = min(wait, options.max_backoff)
                if attempt == attempts - 1 or time.monotonic() + wait >= self._deadline:
                    raise error.final(attempt + 1) from None
                self._sleep(wait)  # type: ignore[operator]
        raise AssertionError("unreachable")

    def _get_once(self, url: str) -> Fetched | str:
        """One request: the resource, or the absolute URL a redirect points to."""
        try:
            with self._client.stream("GET", url) as response:
                return self._answer(response)
        except httpx.TimeoutException as error:
            if time.monotonic() >= self._deadline:
                raise Unreachable(f"no complete answer within {self.options.page_deadline:g} s "
                                        "(the limit per page)") from None
            if isinstance(error, httpx.ConnectTimeout):
                waited = self.options.connect_timeout
                raise Unreachable(f"connection timed out ({waited:g} s)") from None
            raise _Retryable(f"timed out ({self.options.timeout:g} s)", None, unreachable=True) from None
        except httpx.ConnectError as error:
            raise Unreachable(f"connection failed ({type(error).__name__}: {error})") from None
        except httpx.TransportError as error:
            message = f"connection failed ({type(error).__name__}: {error})"
            raise _Retryable(message, None, unreachable=True) from None
        except httpx.InvalidURL as error:
            raise ReadError(f"invalid URL ({error})") from None

    def _answer(self, response: httpx.Response) -> Fetched | str:
        status = response.status_code
        if status in _REDIRECT_STATUS:
            location = response.headers.get("location", "").strip()
            if not location:
                raise ReadError(f"{_status(response)} without a Location")
            return urljoin(str(response.url), location)
        if status in _RETRY_STATUS:
            raise _Retryable(_status(response), _retry_after(response))
        if status >= 400:
            raise ReadError(_status(response))
        limit = self.options.max_bytes
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
        declared_charset = charset.group(1) if charset else None
        return Fetched(str(response.url), content_type, b"".join(chunks), declared_charset)


class _Retryable(Exception):
    """A failure worth another attempt; `unreachable` when it is the host's (a timeout, a broken
    connection), so that the last attempt's failure counts against it."""

    def __init__(self, message: str, retry_after: float | None, unreachable: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.unreachable = unreachable

    def final(self, attempts: int) -> ReadError:
        message = f"{self}{f' after {attempts} attempts' if attempts > 1 else ''}"
        return Unreachable(message) if self.unreachable else ReadError(message)


def _host(url: str) -> str:
    """The host of a URL as failures are counted: its name, and its port when the URL gives one."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return (parts.hostname or "") + (f":{port}" if port else "")


def _prefixed(error: ReadError, prefix: str) -> ReadError:
    """The same error (same type, same host) with its message prefixed."""
    prefixed = copy.copy(error)
    prefixed.args = (prefix + str(error),)
    return prefixed


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    return f"larger than the {limit / 1e6:.1f} MB limit ({'over ' if at_least else ''}{size / 1e6:.1f} MB)"
