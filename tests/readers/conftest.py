"""A local HTTP server on 127.0.0.1 for the URL and feed readers: tests declare routes, the server answers.

`http_server.route(path, body, status=200, content_type="text/html", delay=0, length=True, headers={})`
adds an answer; `http_server.url(path)` is its address; `http_server.requests` logs (path, user agent).
Routes can also be a list of answers given in turn (the last one repeats), to test retries.
"""

from __future__ import annotations

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
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

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
