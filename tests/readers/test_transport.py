"""The fetcher's network layer: it connects to the address it vetted when it connects, not to whatever a
name resolved to when it was checked (DNS rebinding), and it bounds every read by the page's deadline."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from pathlib import Path

import httpx
import pytest

from sourcetrace.readers import ReadOptions
from sourcetrace.readers.address import UnsafeURL
from sourcetrace.readers.fetch import Fetcher
from sourcetrace.readers.transport import VettingTransport


def test_a_name_rebound_to_a_private_address_after_the_check_is_refused(http_server, public_name) -> None:
    http_server.route("/page", "words", content_type="text/plain")
    public_name.rebind(1, "127.0.0.1")  # public when checked, loopback when connected to
    with Fetcher(ReadOptions(retries=0, robots=False)) as fetcher, pytest.raises(UnsafeURL) as raised:
        fetcher.get(public_name.url("/page"))
    assert str(raised.value) == ("refused: news.example resolves to 127.0.0.1, a loopback address "
                                 "(--allow-private-hosts allows it)")
    assert public_name.lookups == 2 and http_server.requests == []


def test_the_connection_goes_to_the_vetted_address_with_the_name_in_the_host_header(
        http_server, public_name) -> None:
    http_server.route("/page", "words", content_type="text/plain")
    with Fetcher(ReadOptions(retries=0, robots=False)) as fetcher:
        assert fetcher.get(public_name.url("/page")).content == b"words"
    assert public_name.lookups == 2  # the check, then the connection (to the address it resolved to)


FIXTURES = Path(__file__).parent / "fixtures"


def test_https_goes_to_the_vetted_address_with_the_name_for_tls(public_name, monkeypatch) -> None:
    """The certificate is checked for the name (news.example), the name goes in SNI and Host, and the
    connection goes to the address the name was vetted as."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(FIXTURES / "news-example.pem", FIXTURES / "news-example.key")
    seen: list[object] = []
    context.sni_callback = lambda _socket, name, _context: seen.append(name)  # type: ignore[assignment]
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        connection, _ = listener.accept()
        with context.wrap_socket(connection, server_side=True) as tls:
            seen.append(tls.recv(4096).split(b"\r\n")[1].decode())
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(FIXTURES / "news-example.pem"))  # trust the test certificate
    with Fetcher(ReadOptions(retries=0, robots=False)) as fetcher:
        fetched = fetcher.get(f"https://news.example:{port}/page")
    thread.join(5)
    listener.close()
    assert fetched.content == b"ok" and fetched.url == f"https://news.example:{port}/page"
    assert seen == ["news.example", f"Host: news.example:{port}"]


def test_the_transport_checks_without_the_fetcher(http_server) -> None:
    http_server.route("/page", "words", content_type="text/plain")
    with httpx.Client(transport=VettingTransport()) as client, pytest.raises(UnsafeURL):
        client.get(http_server.url("/page"))
    with httpx.Client(transport=VettingTransport(allow_private_hosts=True)) as client:
        assert client.get(http_server.url("/page")).text == "words"
    assert [path for path, _ in http_server.requests] == ["/page"]


def test_the_deadline_bounds_a_read_that_never_times_out(http_server) -> None:
    http_server.route("/drip", "x" * 200, content_type="text/plain", drip=0.1)
    transport = VettingTransport(allow_private_hosts=True)
    transport.deadline = time.monotonic() + 0.5
    with httpx.Client(transport=transport, timeout=5.0) as client, pytest.raises(httpx.TimeoutException):
        client.get(http_server.url("/drip"))
