"""Which URLs may be fetched: every spelling of a host, read as an address and judged public or not, without
the network (names are resolved by a stand-in for the system's resolver)."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from sourcetrace.readers.address import (
    UnsafeURL,
    address_problem,
    check_public_url,
    parse_ip,
    resolve_host,
)
from sourcetrace.readers.errors import Unreachable

#: (host as written in a URL, the address it spells)
SPELLINGS = [
    ("127.0.0.1", "127.0.0.1"),
    ("2130706433", "127.0.0.1"),
    ("0x7f000001", "127.0.0.1"),
    ("0X7F000001", "127.0.0.1"),
    ("0177.0.0.1", "127.0.0.1"),
    ("0177.0000.0000.0001", "127.0.0.1"),
    ("0x7f.0.0.1", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"),
    ("127.1", "127.0.0.1"),
    ("127.0.1", "127.0.0.1"),
    ("127.0.0.1.", "127.0.0.1"),
    ("%31%32%37.0.0.1", "127.0.0.1"),
    ("0", "0.0.0.0"),
    ("0x0", "0.0.0.0"),
    ("0xa9fea9fe", "169.254.169.254"),
    ("2852039166", "169.254.169.254"),
    ("0251.0376.0251.0376", "169.254.169.254"),
    ("10.1", "10.0.0.1"),
    ("8.8.8.8", "8.8.8.8"),
    ("134744072", "8.8.8.8"),
    ("::1", "::1"),
    ("[::1]", "::1"),
    ("::ffff:127.0.0.1", "::ffff:7f00:1"),
    ("::ffff:7f00:1", "::ffff:7f00:1"),
    ("fd00:ec2::254", "fd00:ec2::254"),
    ("2606:4700::1111", "2606:4700::1111"),
]


@pytest.mark.parametrize(("host", "address"), SPELLINGS, ids=[host for host, _ in SPELLINGS])
def test_every_spelling_of_a_numeric_host(host: str, address: str) -> None:
    assert parse_ip(host) == ipaddress.ip_address(address)


@pytest.mark.parametrize("host", ["news.example.org", "localhost", "0x.example", "127.0.0.1.nip.io",
                                  "1.2.3.4.example"])
def test_names_are_not_addresses(host: str) -> None:
    assert parse_ip(host) is None


@pytest.mark.parametrize("host", ["256.0.0.1", "1.2.3.4.5", "08.0.0.1", "4294967296", "1.16777216",
                                  "1..1", "::ffff::1::"])
def test_numeric_hosts_that_are_no_address_are_refused(host: str) -> None:
    with pytest.raises(UnsafeURL, match="no valid"):
        parse_ip(host)


#: (address, what makes it non-public, None when it is public)
ADDRESSES = [
    ("8.8.8.8", None),
    ("93.184.216.34", None),
    ("2606:4700::1111", None),
    ("2a00:1450:4001:80b::200e", None),
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("::1", "loopback"),
    ("10.0.0.1", "private"),
    ("172.16.5.4", "private"),
    ("192.168.1.1", "private"),
    ("fc00::1", "private"),
    ("fd12:3456::1", "private"),
    ("169.254.1.1", "link-local"),
    ("fe80::1", "link-local"),
    ("fe80::1%eth0", "link-local"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"),
    ("0.1.2.3", "unspecified"),
    ("::", "unspecified"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "broadcast"),
    ("192.0.0.8", "reserved"),
    ("100.64.0.1", "shared (carrier-grade NAT)"),
    ("192.0.2.1", "documentation"),
    ("2001:db8::1", "documentation"),
    ("198.18.0.1", "benchmarking"),
    ("fec0::1", "site-local"),
    ("169.254.169.254", "cloud metadata"),
    ("169.254.170.2", "cloud metadata"),
    ("fd00:ec2::254", "cloud metadata"),
    ("100.100.100.200", "cloud metadata"),
    ("192.0.0.192", "cloud metadata"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "cloud metadata"),
    ("::ffff:8.8.8.8", None),
    ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
    ("2002:0808:0808::1", None),  # 6to4 of 8.8.8.8
    ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
    ("64:ff9b::808:808", None),  # NAT64 of 8.8.8.8
    ("64:ff9b:1::1", "private (NAT64)"),
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"),  # Teredo, client 127.0.0.1
]


@pytest.mark.parametrize(("address", "problem"), ADDRESSES, ids=[a for a, _ in ADDRESSES])
def test_what_makes_an_address_non_public(address: str, problem: str | None) -> None:
    assert address_problem(ipaddress.ip_address(address)) == problem


def _resolver(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list:
        return [ipaddress.ip_address(a) for a in table[host]]
    return resolve


#: (URL, allow_private_hosts, the start of the refusal, None when it is allowed). Names resolve by NAMES.
NAMES = {
    "news.example": ["93.184.216.34"],
    "intranet.example": ["10.1.2.3"],
    "sneaky.example": ["93.184.216.34", "127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "v6.example": ["2606:4700::1111"],
}
URLS = [
    ("http://news.example/a", False, None),
    ("https://news.example:8443/a?b=c", False, None),
    ("http://v6.example/", False, None),
    ("http://8.8.8.8/", False, None),
    ("http://[2606:4700::1111]/", False, None),
    ("http://127.0.0.1/", False,
     "refused: 127.0.0.1 is a loopback address (--allow-private-hosts allows it)"),
    ("http://127.0.0.1/", True, None),
    ("http://0x7f000001:8080/", False, "refused: 0x7f000001 is 127.0.0.1, a loopback address"),
    ("http://2130706433/", False, "refused: 2130706433 is 127.0.0.1, a loopback address"),
    ("http://0177.0.0.1/", False, "refused: 0177.0.0.1 is 127.0.0.1, a loopback address"),
    ("http://127.1/", False, "refused: 127.1 is 127.0.0.1, a loopback address"),
    ("http://[::1]/", False, "refused: ::1 is a loopback address"),
    ("http://[::ffff:127.0.0.1]/", False, "refused: ::ffff:127.0.0.1 is ::ffff:7f00:1, a loopback address"),
    ("http://[::ffff:7f00:1]/", False, "refused: ::ffff:7f00:1 is a loopback address"),
    ("http://[fe80::1%25eth0]/", False, "refused: fe80::1%25eth0 is fe80::1%eth0, a link-local address"),
    ("http://0/", False, "refused: 0 is 0.0.0.0, an unspecified address"),
    ("http://169.254.169.254/latest/meta-data/", False,
     "refused: 169.254.169.254 is a cloud metadata address (never fetched)"),
    ("http://169.254.169.254/latest/meta-data/", True,
     "refused: 169.254.169.254 is a cloud metadata address (never fetched)"),
    ("http://[fd00:ec2::254]/", True, "refused: fd00:ec2::254 is a cloud metadata address (never fetched)"),
    ("http://metadata.example/", True, "refused: metadata.example resolves to 169.254.169.254, a cloud"),
    ("http://intranet.example/", False, "refused: intranet.example resolves to 10.1.2.3, a private address"),
    ("http://intranet.example/", True, None),
    ("http://sneaky.example/", False, "refused: sneaky.example resolves to 127.0.0.1, a loopback address"),
    ("http://user:pass@0x7f000001/", False, "refused: 0x7f000001 is 127.0.0.1, a loopback address"),
    ("http://256.1.1.1/", False, "refused: 256.1.1.1 is no valid IPv4 address"),
    ("ftp://news.example/a", False, "refused: only http and https URLs are fetched, not ftp"),
    ("file:///etc/passwd", True, "refused: only http and https URLs are fetched, not file"),
    ("gopher://127.0.0.1:6379/_", True, "refused: only http and https URLs are fetched, not gopher"),
    ("news.example/a", False, "refused: only http and https URLs are fetched, not a URL without scheme"),
    ("http:///a", False, "refused: the URL names no host"),
    ("http://news.example:99999/", False, "refused: invalid URL"),
]


@pytest.mark.parametrize(("url", "allow", "refusal"), URLS,
                         ids=[f"{url}{' allowed' if allow else ''}" for url, allow, _ in URLS])
def test_check_public_url(url: str, allow: bool, refusal: str | None) -> None:
    resolve = _resolver(NAMES)
    if refusal is None:
        assert check_public_url(url, allow_private_hosts=allow, resolve=resolve)
        return
    with pytest.raises(UnsafeURL) as raised:
        check_public_url(url, allow_private_hosts=allow, resolve=resolve)
    assert str(raised.value).startswith(refusal), str(raised.value)
    assert "\n" not in str(raised.value)


def test_names_are_resolved_by_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {"localhost": [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80)),
                             (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", 80, 0, 0))]}

    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answers[host]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    assert resolve_host("localhost", 80) == [ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1")]
    assert resolve_host("0x7f000001", 80) == [ipaddress.ip_address("127.0.0.1")]  # no lookup for numbers
    with pytest.raises(UnsafeURL, match=r"^refused: localhost resolves to 127\.0\.0\.1, a loopback address"):
        check_public_url("http://localhost:8000/admin")
    unresolved = r"^cannot resolve host nowhere\.invalid \(Name or service not known\)$"
    with pytest.raises(Unreachable, match=unresolved):
        check_public_url("https://nowhere.invalid/a")
