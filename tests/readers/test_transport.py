"""The fetcher's network layer: it connects to the address it vetted when it connects, not to whatever a
name resolved to when it was checked (DNS rebinding), and it bounds every read by the page's deadline."""

from __future__ import annotations

import time

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
