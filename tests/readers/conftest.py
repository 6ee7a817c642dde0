"""A local HTTP server on 127.0.0.1 for the URL and feed readers: tests declare routes, the server answers.

`http_server.route(path, body, status=200, content_type="text/html", delay=0, length=True, headers={},
drip=0, drip_headers=False)` adds an answer; `http_server.url(path)` is its address; `http_server.requests`
logs (path, user agent). Routes can also be a list of answers given in turn (the last one repeats), to test
retries. `drip` sends the body one byte every `drip` seconds (the headers too with `drip_headers`).

The server is on 127.0.0.1, which the fetcher refuses unless private hosts are allowed. `public_name` gives
it a public face instead: a name that resolves to a public address, which connections reach the local
server through, so that tests can see what the fetcher does with a public page that points elsewhere.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Answer:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    length: bool = True
    headers: dict[str, str] = field(default_factory=dict)
    drip: float = 0.0
    drip_headers: bool = False


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, list[Answer]] = {}
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append((self.path, self.headers.get("User-Agent", "")))
                    answers = server.routes.get(self.path)
                    answer = answers.pop(0) if answers and len(answers) > 1 else (answers or [None])[0]
                if answer is None:
                    answer = Answer(b"not found", status=404, content_type="text/plain")
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    if answer.length:
                        self.send_header("Content-Length", str(len(answer.body)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    if answer.drip:
                        self._drip(answer)
                        return
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _drip(self, answer: Answer) -> None:
                self._headers_buffer.append(b"\r\n")  # type: ignore[attr-defined]
                head = b"".join(self._headers_buffer)  # type: ignore[attr-defined]
                self._headers_buffer = []  # type: ignore[attr-defined]
                if not answer.drip_headers:
                    self.wfile.write(head)
                    head = b""
                for byte in head + answer.body:
                    time.sleep(answer.drip)
                    self.wfile.write(bytes([byte]))

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def route(self, path: str, body: bytes | str, **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = [Answer(data, **kwargs)]
        return self.url(path)

    def sequence(self, path: str, answers: list[Answer]) -> str:
        self.routes[path] = list(answers)
        return self.url(path)

    def reset(self) -> None:
        self.routes.clear()
        self.requests.clear()


@pytest.fixture(scope="session")
def _local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def http_server(_local_server: LocalServer) -> Iterator[LocalServer]:
    """The local server with no routes (every path 404s, robots.txt included, which allows everything)."""
    _local_server.reset()
    yield _local_server
    _local_server.reset()


#: The public address `public_name` resolves to (example.com's; nothing is ever sent there).
PUBLIC_ADDRESS = "93.184.216.34"


class PublicName:
    """`news.example` resolving to a public address (or, after `rebind`, to others), with every connection
    to that public address going to the local server."""

    name = "news.example"

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.lookups = 0
        self._rebound_after: int | None = None
        self._rebound: list[str] = []

    def url(self, path: str) -> str:
        return f"http://{self.name}:{self.server.port}{path}"

    def rebind(self, after: int, *answers: str) -> None:
        """Resolve the name to `answers` once it has been looked up `after` times (DNS rebinding)."""
        self._rebound_after, self._rebound = after, list(answers)

    @property
    def answers(self) -> list[str]:
        rebound = self._rebound_after is not None and self.lookups > self._rebound_after
        return self._rebound if rebound else [PUBLIC_ADDRESS]


@pytest.fixture
def public_name(http_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> PublicName:
    """The local server under a public name (`public_name.url(path)`), private hosts still refused."""
    public = PublicName(http_server)
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection

    def getaddrinfo(host: str, port: object, *args: object, **kwargs: object) -> list:
        if host != public.name:
            return real_getaddrinfo(host, port, *args, **kwargs)  # type: ignore[arg-type]
        public.lookups += 1
        found = []
        for answer in public.answers:
            family = socket.AF_INET6 if ipaddress.ip_address(answer).version == 6 else socket.AF_INET
            found.append((family, socket.SOCK_STREAM, 6, "", (answer, port)))
        return found

    def create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        if address[0] == PUBLIC_ADDRESS:
            address = ("127.0.0.1", address[1])
        return real_connect(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return public


@pytest.fixture
def make_page() -> object:
    """`make_page(**fields)`: the HTML of a small news page (see `article_html`)."""
    return article_html


def article_html(title: str = "Putin ready for ceasefire, sources say", body: str | None = None,
                 published: str = "2024-05-24T10:30:00+00:00", author: str = "Jane Doe",
                 site: str = "Daily Planet") -> str:
    """A small news page trafilatura reads as an article."""
    body = body or (
        "<p>Russian President Vladimir Putin is ready to call a ceasefire in Ukraine, sources familiar with "
        "discussions in his entourage told Reuters on Friday, provided the current lines are recognised.</p>"
        "<p>“Putin can fight for as long as it takes, but Putin is also ready for a ceasefire to freeze the "
        "war,” said one of the insiders, a senior Russian source who has worked with him.</p>"
        "<p>Kremlin spokesman Dmitry Peskov said Russia was open to dialogue to achieve its goals.</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{published}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>© {site}</footer></body></html>"""
