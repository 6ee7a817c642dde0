"""The fetcher's network layer: it connects only to addresses it has just vetted, and within a deadline.

An httpx transport whose network backend resolves the host itself, checks every address
(`readers.address.vet_host`) and connects to the vetted address, so that what was checked is what is
connected to (a DNS answer that changes between a check and the connection cannot slip a private address
in). The host name still goes in the Host header and the TLS server name, as httpcore sets them from the URL.

Every read, write and connect is also bounded by the deadline of the page being fetched (`deadline`, a
`time.monotonic()` value the fetcher sets per page): a server that drips one byte every few seconds, in its
headers or its body, never holds a page longer than the deadline, although no single read times out.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from sourcetrace.readers.address import resolve_host, vet_host

__all__ = ["DEADLINE_PASSED", "VettingTransport"]

#: The message of the timeout raised when a page's deadline passes (the fetcher words it for the report).
DEADLINE_PASSED = "deadline passed"


class VettingTransport(httpx.HTTPTransport):
    """An httpx transport (no proxy) that connects only to allowed addresses, within `deadline`."""

    def __init__(self, allow_private_hosts: bool = False) -> None:
        super().__init__(trust_env=False)
        self.backend = _VettingBackend(allow_private_hosts)
        # httpx builds its httpcore pool with the default backend; ours replaces it (httpx is pinned).
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                             network_backend=self.backend)

    @property
    def deadline(self) -> float | None:
        return self.backend.deadline

    @deadline.setter
    def deadline(self, value: float | None) -> None:
        self.backend.deadline = value


class _VettingBackend(httpcore.SyncBackend):
    def __init__(self, allow_private_hosts: bool) -> None:
        self.allow_private_hosts = allow_private_hosts
        self.deadline: float | None = None

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, self.deadline)
        addresses = vet_host(host, port, self.allow_private_hosts,
                             lambda name, number: resolve_host(name, number, timeout))
        error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(str(address), port, _bounded(timeout, self.deadline),
                                             local_address, socket_options)
            except httpcore.ConnectError as failed:  # the next address of the host may answer
                error = failed
                continue
            return _DeadlineStream(stream, self)
        raise error or httpcore.ConnectError(f"no address for {host}")


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the backend's deadline."""

    def __init__(self, stream: httpcore.NetworkStream, backend: _VettingBackend) -> None:
        self._stream = stream
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        bounded = self._timeout(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded), self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)

    def _timeout(self, timeout: float | None, kind: type[Exception]) -> float | None:
        deadline = self._backend.deadline
        if deadline is not None and time.monotonic() >= deadline:
            raise kind(DEADLINE_PASSED)
        return _bounded(timeout, deadline)


def _bounded(timeout: float | None, deadline: float | None) -> float | None:
    """`timeout`, shortened to what is left before `deadline`."""
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), 0.001)
    return left if timeout is None else min(timeout, left)

