"""Which URLs may be fetched: http(s) URLs whose host is a public address, in every spelling of the host.

A URL that comes from inside a document (a feed entry, a redirect) or from a user must not make sourcetrace
read a service that only the machine it runs on can reach (server-side request forgery). So a host is
resolved first and every address it resolves to must be public: loopback, private, link-local, multicast,
unspecified, reserved, shared (carrier-grade NAT), documentation and benchmarking ranges are refused, also
inside IPv6 (IPv4-mapped `::ffff:127.0.0.1`, 6to4, Teredo, NAT64). Numeric hosts are read the way the C
resolver and browsers read them (the WHATWG URL rules): `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`
and a percent-encoded `%31%32%37.0.0.1` are all 127.0.0.1.

`allow_private_hosts` (the operator's `--allow-private-hosts`) lets every address through except the cloud
metadata services (169.254.169.254, fd00:ec2::254, ...): no news is ever read from those.

`check_public_url` is the one call for callers that take URLs (the readers' fetcher, a web API's ingest
endpoint): it raises `UnsafeURL` with a one-line reason, or returns the vetted addresses. The fetcher checks
again when it connects (`readers.transport`) and connects to the address it checked, so a name that
resolves to a public address once and to a private one the next time (DNS rebinding) is refused too.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlsplit

from sourcetrace.readers.errors import ReadError, Unreachable

__all__ = [
    "IPAddress",
    "UnsafeURL",
    "address_problem",
    "check_public_url",
    "parse_ip",
    "resolve_host",
    "vet_host",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[IPAddress]]

SCHEMES = ("http", "https")
_ALLOW_HINT = "--allow-private-hosts allows it"

#: Named ranges, checked before the generic properties: the cloud metadata services first (refused even
#: when private hosts are allowed), then ranges Python's `ipaddress` calls global or names too vaguely.
METADATA_NETWORKS = tuple(ipaddress.ip_network(net) for net in (
    "169.254.169.254/32",  # AWS, GCP, Azure, OpenStack, DigitalOcean
    "169.254.170.2/32",  # AWS ECS task metadata
    "fd00:ec2::254/128",  # AWS IMDS over IPv6
    "100.100.100.200/32",  # Alibaba Cloud
    "192.0.0.192/32",  # Oracle Cloud
))
NAMED_NETWORKS = tuple((ipaddress.ip_network(net), label) for net, label in (
    ("0.0.0.0/8", "unspecified"),
    ("100.64.0.0/10", "shared (carrier-grade NAT)"),
    ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "documentation"),
    ("198.51.100.0/24", "documentation"),
    ("203.0.113.0/24", "documentation"),
    ("2001:db8::/32", "documentation"),
    ("198.18.0.0/15", "benchmarking"),
    ("255.255.255.255/32", "broadcast"),
    ("240.0.0.0/4", "reserved"),
    ("64:ff9b:1::/48", "private (NAT64)"),
))
#: The generic properties, in the order they name an address.
_PROPERTIES: tuple[tuple[str, str], ...] = (
    ("is_unspecified", "unspecified"),
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_site_local", "site-local"),
    ("is_private", "private"),
    ("is_reserved", "reserved"),
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
#: A host whose last label is a number is an IPv4 address, or no valid host at all (WHATWG URL standard).
_NUMERIC_LABEL = re.compile(r"^(?:[0-9]+|0[xX][0-9a-fA-F]*)$")


class UnsafeURL(ReadError):
    """A URL that is not fetched: not http(s), or its host is (or resolves to) an address that is not
    public."""


def check_public_url(url: str, allow_private_hosts: bool = False,
                     resolve: Resolver | None = None) -> tuple[IPAddress, ...]:
    """The addresses of `url`'s host, all of them allowed; raises `UnsafeURL` (one line) when the URL is not
    http(s), has no host, or its host is or resolves to an address that is not public (unless
    `allow_private_hosts`; cloud metadata addresses never). A host that does not resolve is `Unreachable`."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise UnsafeURL(f"refused: invalid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        given = scheme or "a URL without scheme"
        raise UnsafeURL(f"refused: only http and https URLs are fetched, not {given}")
    if not parts.hostname:
        raise UnsafeURL("refused: the URL names no host")
    default = 443 if scheme == "https" else 80
    return vet_host(parts.hostname, port or default, allow_private_hosts, resolve)


def vet_host(host: str, port: int, allow_private_hosts: bool = False,
             resolve: Resolver | None = None) -> tuple[IPAddress, ...]:
    """The addresses `host` resolves to, when every one is allowed; else `UnsafeURL` naming the first that is
    not (a host with one private address among public ones is refused: it is the one an attacker wants)."""
    literal = parse_ip(host)
    addresses = [literal] if literal is not None else (resolve or resolve_host)(host, port)
    for address in addresses:
        problem = address_problem(address)
        if problem is None:
            continue
        metadata = problem == "cloud metadata"
        if allow_private_hosts and not metadata:
            continue
        shown = host.strip("[]")
        spelled = f"{shown} is" if shown == str(address) else (
            f"{shown} is {address}," if parse_ip(host) is not None else f"{shown} resolves to {address},")
        hint = "never fetched" if metadata else _ALLOW_HINT
        raise UnsafeURL(f"refused: {spelled} {_article(problem)} {problem} address ({hint})")
    return tuple(addresses)


def resolve_host(host: str, port: int, timeout: float | None = None) -> list[IPAddress]:
    """The addresses of a host: a numeric host as it is spelled, a name through the system's resolver
    (`Unreachable` when it does not resolve, or not within `timeout` seconds)."""
    literal = parse_ip(host)
    if literal is not None:
        return [literal]
    name = host.rstrip(".") or host
    try:
        found = _getaddrinfo(name, port, timeout)
    except TimeoutError:
        raise Unreachable(f"cannot resolve host {host} (no answer within {timeout:g} s)") from None
    except (socket.gaierror, UnicodeError) as error:
        reason = error.strerror if isinstance(error, socket.gaierror) else str(error)
        lasting = not isinstance(error, socket.gaierror) or error.errno == socket.EAI_NONAME
        raise Unreachable(f"cannot resolve host {host} ({reason})", lasting) from None
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise Unreachable(f"cannot resolve host {host} (no address)", lasting=True)
    return addresses


def _getaddrinfo(name: str, port: int, timeout: float | None) -> list[Any]:
    """`socket.getaddrinfo`, given up after `timeout` seconds (the C resolver cannot be interrupted: a lookup
    that outlives it finishes in a daemon thread, unheard)."""
    if timeout is None:
        return socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    answer: list[Any] = []

    def lookup() -> None:
        try:
            answer.append(socket.getaddrinfo(name, port, type=socket.SOCK_STREAM))
        except Exception as error:  # handed to the caller below
            answer.append(error)

    thread = threading.Thread(target=lookup, name=f"resolve {name}", daemon=True)
    thread.start()
    thread.join(timeout)
    if not answer:
        raise TimeoutError(name)
    if isinstance(answer[0], Exception):
        raise answer[0]
    return list(answer[0])


def parse_ip(host: str) -> IPAddress | None:
    """The address a numeric host spells (IPv6 literal, dotted, decimal, hex, octal or short IPv4), or None
    for a name; raises `UnsafeURL` for a host that is numeric but no valid address (`999.1.1.1`, `08.1`)."""
    text = unquote(host.strip()).strip("[]")
    if ":" in text:
        try:
            return ipaddress.IPv6Address(text)  # a zone (fe80::1%eth0) is part of the address here
        except ValueError:
            raise UnsafeURL(f"refused: {host} is no valid IPv6 address") from None
    labels = text[:-1].split(".") if text.endswith(".") else text.split(".")
    if not labels or not _NUMERIC_LABEL.match(labels[-1]):
        return None
    value = _ipv4_number(labels)
    if value is None:
        raise UnsafeURL(f"refused: {host} is no valid IPv4 address")
    return ipaddress.IPv4Address(value)


def address_problem(address: IPAddress) -> str | None:
    """What makes an address non-public ("loopback", "private", "cloud metadata", ...), or None when it is a
    public address."""
    if any(address in network for network in METADATA_NETWORKS):
        return "cloud metadata"
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return address_problem(embedded)
    for network, label in NAMED_NETWORKS:
        if address.version == network.version and address in network:
            return label
    for attribute, label in _PROPERTIES:
        if getattr(address, attribute, False):
            return label
    return None if address.is_global else "non-public"


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and routes to (mapped, 6to4, Teredo client, NAT64)."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        server, client = address.teredo
        return client if address_problem(client) else server
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _ipv4_number(labels: list[str]) -> int | None:
    """The 32-bit value of 1 to 4 numeric labels (inet_aton: the last label fills the bytes left)."""
    if not 1 <= len(labels) <= 4:
        return None
    numbers = [_ipv4_label(label) for label in labels]
    if any(number is None for number in numbers):
        return None
    *leading, last = [number for number in numbers if number is not None]
    if any(number > 255 for number in leading) or last >= 256 ** (4 - len(leading)):
        return None
    value = 0
    for number in leading:
        value = value * 256 + number
    return value * 256 ** (4 - len(leading)) + last


def _ipv4_label(label: str) -> int | None:
    if label[:2].lower() == "0x":
        digits = label[2:]
        return int(digits, 16) if digits and all(c in "0123456789abcdefABCDEF" for c in digits) else (
            0 if not digits else None)
    if not label.isdigit() or not label.isascii():
        return None
    if len(label) > 1 and label.startswith("0"):
        return int(label, 8) if all(c in "01234567" for c in label) else None
    return int(label)


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"
