"""URLs and feeds against a local HTTP server on 127.0.0.1: pages, 404, timeouts, robots.txt, size cap,
retries with back-off, the User-Agent, and RSS/Atom feeds whose entries are fetched."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from sourcetrace.readers import ReadOptions, ReadProblem, read_paths
from sourcetrace.readers.errors import HostSkipped, ReadError
from sourcetrace.readers.fetch import Fetcher
from sourcetrace.types import Article

#: No retries and a generous timeout: a loaded machine must not turn a quick answer into a timeout.
FAST = ReadOptions(timeout=10.0, retries=0, backoff=0.01, allow_private_hosts=True)
#: For the timeout tests: slow endpoints sleep `SLOW` seconds, well past the timeout.
SHORT = ReadOptions(timeout=1.0, retries=0, backoff=0.01, allow_private_hosts=True)
SLOW = 4.0


def local(**fields: object) -> ReadOptions:
    """Options for the local test server on 127.0.0.1: private hosts allowed."""
    return ReadOptions(allow_private_hosts=True, **fields)  # type: ignore[arg-type]


def read(*inputs: str | Path, options: ReadOptions = FAST) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths(inputs, options))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)])


def test_url_page(http_server, make_page) -> None:
    url = http_server.route("/news/one", make_page())
    (article,), problems = read(url)
    assert not problems
    assert article.url == url and article.name == url
    assert article.title == "Putin ready for ceasefire, sources say"
    assert article.outlet == "Daily Planet" and article.byline == "Jane Doe"
    assert article.published == "2024-05-24T10:30:00+00:00"
    user_agents = {agent for path, agent in http_server.requests}
    assert all(agent.startswith("sourcetrace/") for agent in user_agents)


def test_url_plain_text_with_header(http_server) -> None:
    text = "date 2024-05-24 by Jane Doe\n\nBody text here.\n"
    url = http_server.route("/a.txt", text, content_type="text/plain")
    (article,), _ = read(url)
    assert article.published == "2024-05-24" and article.text.startswith("date")
    assert article.text[article.body_start :] == "Body text here.\n"


def test_url_charset_from_the_server(http_server) -> None:
    page = ("<html><body><article><p>" + "Le conseil a voté le budget mardi, a déclaré le maire. " * 5
            + "</p></article></body></html>")
    url = http_server.route("/fr", page.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    (article,), _ = read(url)
    assert "a voté le budget" in article.text


@pytest.mark.parametrize(
    ("route", "options", "message"),
    [
        ({"status": 404}, FAST, "HTTP 404 Not Found"),
        ({"status": 410}, FAST, "HTTP 410 Gone"),
        ({"delay": SLOW}, SHORT, "timed out (1 s)"),
        ({"status": 503}, local(retries=2, backoff=0.01),
         "HTTP 503 Service Unavailable after 3 attempts"),
        ({}, local(max_bytes=2000, retries=0), "larger than the 0.0 MB limit"),
        ({"length": False}, local(max_bytes=2000, retries=0), "larger than the 0.0 MB limit (over"),
        ({"content_type": "application/pdf"}, FAST, "unsupported content type application/pdf"),
    ],
    ids=["404", "410", "timeout", "503-retried", "oversize-declared", "oversize-streamed", "pdf"],
)
def test_url_failures(http_server, make_page, route: dict, options: ReadOptions, message: str) -> None:
    pdf = route.get("content_type") == "application/pdf"
    body = "%PDF-1.4\n%binary\n" if pdf else make_page() + "<!--" + "x" * 5000 + "-->"
    url = http_server.route("/page", body, **route)
    articles, (problem,) = read(url, options=options)
    assert not articles
    assert problem.location == url
    assert problem.message.startswith(message), problem.message


def test_unreachable_host() -> None:
    articles, (problem,) = read("http://127.0.0.1:9/nothing", options=FAST)
    assert not articles and problem.message.startswith("connection failed")


def test_robots_txt_disallow(http_server, make_page) -> None:
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    allowed = http_server.route("/public/a", make_page())
    blocked = http_server.route("/private/b", make_page())
    articles, problems = read(allowed, blocked)
    assert [a.url for a in articles] == [allowed]
    assert [str(p) for p in problems] == [f"{blocked}: disallowed by robots.txt"]
    assert "/private/b" not in [path for path, _ in http_server.requests]
    assert [path for path, _ in http_server.requests].count("/robots.txt") == 1  # cached per host


def test_robots_txt_rules_for_our_user_agent(http_server, make_page) -> None:
    http_server.route("/robots.txt", "User-agent: sourcetrace\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
                      content_type="text/plain")
    url = http_server.route("/news/a", make_page())
    articles, (problem,) = read(url)
    assert not articles and problem.message == "disallowed by robots.txt"


def test_robots_txt_can_be_ignored(http_server, make_page) -> None:
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain")
    url = http_server.route("/private/b", make_page())
    articles, problems = read(url, options=local(robots=False, retries=0))
    assert len(articles) == 1 and not problems


def test_retries_then_success_through_read_paths(http_server, make_page) -> None:
    url = http_server.route("/flaky", make_page())
    ok = http_server.routes["/flaky"][0]
    http_server.routes["/flaky"] = [replace(ok, status=503), replace(ok, delay=SLOW), ok]
    articles, problems = read(url, options=local(timeout=2.0, retries=2, backoff=0.01))
    assert len(articles) == 1 and not problems
    assert [path for path, _ in http_server.requests].count("/flaky") == 3


def test_fetcher_backs_off_exponentially(http_server, make_page) -> None:
    http_server.route("/flaky", make_page())
    ok = http_server.routes["/flaky"][0]
    http_server.routes["/flaky"] = [replace(ok, status=503), replace(ok, status=429), ok]
    waits: list[float] = []
    with Fetcher(local(retries=3, backoff=0.5, robots=False), sleep=waits.append) as fetcher:
        fetched = fetcher.get(http_server.url("/flaky"))
    assert fetched.content.startswith(b"<!DOCTYPE html>")
    assert waits == [0.5, 1.0]


def test_fetcher_honours_retry_after(http_server, make_page) -> None:
    http_server.route("/busy", make_page())
    ok = http_server.routes["/busy"][0]
    http_server.routes["/busy"] = [replace(ok, status=429, headers={"Retry-After": "7"}), ok]
    waits: list[float] = []
    with Fetcher(local(retries=1, robots=False, max_backoff=5), sleep=waits.append) as fetcher:
        fetcher.get(http_server.url("/busy"))
    assert waits == [5]  # Retry-After, capped by max_backoff


def test_fetcher_does_not_retry_client_errors(http_server) -> None:
    waits: list[float] = []
    with Fetcher(local(retries=3, robots=False), sleep=waits.append) as fetcher, \
            pytest.raises(ReadError, match="HTTP 404"):
        fetcher.get(http_server.url("/missing"))
    assert waits == []


# --- feeds ------------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Planet Wire</title><link>{base}</link><description>News</description>
<item><title>Entry one</title><link>{base}/news/1</link><pubDate>Fri, 24 May 2024 10:30:00 GMT</pubDate>
<author>desk@example.org (Desk)</author></item>
<item><title>Entry two (gone)</title><link>{base}/news/404</link></item>
<item><title>Entry three</title><link>{base}/news/3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Planet</title><id>urn:x</id>
<updated>2024-05-24T00:00:00Z</updated>
<entry><title>Atom one</title><id>urn:1</id><link href="{base}/atom/1"/>
<updated>2024-05-25T08:00:00Z</updated>
<author><name>Jane Atom</name></author></entry>
</feed>"""


def _base(http_server) -> str:
    return http_server.url("").rstrip("/")


def test_rss_file_entries_fetched_and_404_reported(tmp_path: Path, http_server, make_page) -> None:
    base = _base(http_server)
    http_server.route("/news/1", make_page(title="Entry one page"))
    http_server.route("/news/3", make_page(title="Entry three page", published="2024-05-26T09:00:00Z"))
    feed = tmp_path / "planet.rss"
    feed.write_text(RSS.format(base=base), encoding="utf-8")
    articles, problems = read(feed)
    assert [a.url for a in articles] == [f"{base}/news/1", f"{base}/news/3"]
    assert all(a.source_format == "feed" for a in articles)
    assert [str(p) for p in problems] == [f"{feed} entry 2 ({base}/news/404): HTTP 404 Not Found"]


def test_atom_feed_from_url_fills_missing_metadata(http_server) -> None:
    base = _base(http_server)
    page = ("<html><body><article><p>" + "The council voted on Tuesday to approve the budget. " * 5
            + "</p></article></body></html>")
    http_server.route("/atom/1", page)
    url = http_server.route("/feed.atom", ATOM.format(base=base), content_type="application/atom+xml")
    (article,), problems = read(url)
    assert not problems
    assert (article.title, article.byline, article.outlet, article.published) == (
        "Atom one", "Jane Atom", "Atom Planet", "2024-05-25T08:00:00+00:00")


def test_feed_entry_timeout_does_not_stop_the_feed(tmp_path: Path, http_server, make_page) -> None:
    base = _base(http_server)
    http_server.route("/news/1", make_page(), delay=SLOW)
    http_server.route("/news/3", make_page())
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS.format(base=base), encoding="utf-8")
    articles, problems = read(feed, options=local(timeout=2.0, retries=0))
    assert [a.url for a in articles] == [f"{base}/news/3"]
    assert [p.message for p in problems] == ["timed out (2 s)", "HTTP 404 Not Found"]


def test_feed_without_entries(tmp_path: Path) -> None:
    feed = tmp_path / "empty.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    articles, (problem,) = read(feed)
    assert not articles and problem.message.startswith("feed has no entries")


def test_feed_relative_links_and_entry_cap(http_server, make_page) -> None:
    http_server.route("/news/1", make_page())
    rss = RSS.format(base="").replace("<link></link>", "<link>/</link>")
    url = http_server.route("/rss", rss, content_type="application/rss+xml")
    articles, problems = read(url, options=local(retries=0, max_feed_entries=1))
    assert [a.url for a in articles] == [http_server.url("/news/1")]
    assert not problems


# --- safety: public addresses only, redirects checked one by one -----------------------------------------

#: The default options (private hosts refused), without retries.
PUBLIC_ONLY = ReadOptions(timeout=10.0, retries=0, backoff=0.01)


@pytest.mark.parametrize("host", ["127.0.0.1", "0x7f000001", "2130706433", "0177.0.0.1", "127.1",
                                  "[::ffff:127.0.0.1]"])
def test_a_url_on_the_local_machine_is_refused_in_every_spelling(http_server, make_page, host: str) -> None:
    http_server.route("/secret", make_page())
    url = f"http://{host}:{http_server.port}/secret"
    articles, (problem,) = read(url, options=PUBLIC_ONLY)
    assert not articles
    assert problem.message.startswith(f"refused: {host.strip('[]')} is "), problem.message
    assert "loopback address (--allow-private-hosts allows it)" in problem.message
    assert http_server.requests == []  # nothing was sent, robots.txt included


def test_a_redirect_into_the_local_machine_is_refused(http_server, public_name, make_page) -> None:
    http_server.route("/secret", make_page())
    inside = f"http://0x7f000001:{http_server.port}/secret"
    http_server.route("/moved", "", status=302, headers={"Location": inside})
    articles, (problem,) = read(public_name.url("/moved"), options=PUBLIC_ONLY)
    assert not articles
    assert problem.message == (f"redirected to {inside}: refused: 0x7f000001 is 127.0.0.1, a loopback "
                               "address (--allow-private-hosts allows it)")
    assert [path for path, _ in http_server.requests] == ["/robots.txt", "/moved"]


def test_a_public_page_and_its_redirects_are_read(http_server, public_name, make_page) -> None:
    http_server.route("/news/final", make_page())
    http_server.route("/a", "", status=301, headers={"Location": "/b"})
    http_server.route("/b", "", status=307, headers={"Location": public_name.url("/news/final")})
    (article,), problems = read(public_name.url("/a"), options=PUBLIC_ONLY)
    assert not problems
    assert article.url == public_name.url("/news/final")
    assert [path for path, _ in http_server.requests] == ["/robots.txt", "/a", "/b", "/news/final"]


def test_redirects_are_bounded(http_server) -> None:
    for hop in range(4):
        http_server.route(f"/hop{hop}", "", status=302, headers={"Location": f"/hop{hop + 1}"})
    _, (problem,) = read(http_server.url("/hop0"), options=local(retries=0, max_redirects=2))
    assert problem.message == f"more than 2 redirects (the last to {http_server.url('/hop3')})"
    assert "/hop3" not in [path for path, _ in http_server.requests]


def test_a_redirect_into_a_path_robots_txt_disallows_is_not_followed(http_server, make_page) -> None:
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    http_server.route("/private/b", make_page())
    http_server.route("/public/a", "", status=302, headers={"Location": "/private/b"})
    articles, (problem,) = read(http_server.url("/public/a"))
    assert not articles
    assert problem.message == f"redirected to {http_server.url('/private/b')}: disallowed by robots.txt"
    assert "/private/b" not in [path for path, _ in http_server.requests]


def test_robots_txt_of_the_redirect_target_host_is_read(http_server, public_name, make_page) -> None:
    http_server.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    http_server.route("/private/b", make_page())
    http_server.route("/go", "", status=302, headers={"Location": public_name.url("/private/b")})
    _, (problem,) = read(http_server.url("/go"))  # from 127.0.0.1 (allowed) to news.example
    assert problem.message.endswith("disallowed by robots.txt")
    assert [path for path, _ in http_server.requests] == ["/robots.txt", "/go", "/robots.txt"]


@pytest.mark.parametrize("location", ["file:///etc/passwd", "gopher://news.example/", "ftp://x/y"])
def test_a_redirect_to_another_scheme_is_refused(http_server, location: str) -> None:
    http_server.route("/go", "", status=302, headers={"Location": location})
    _, (problem,) = read(http_server.url("/go"))
    assert problem.message.startswith(f"redirected to {location}: refused: only http and https URLs")


# --- timeouts, the deadline per page, failures per host ----------------------------------------------------


@pytest.mark.parametrize("drip_headers", [False, True], ids=["body", "headers"])
def test_a_dripping_server_is_cut_at_the_page_deadline(http_server, make_page, drip_headers: bool) -> None:
    # one byte every 0.2 s never trips the 5 s read timeout; the page would take minutes
    http_server.route("/drip", make_page(), drip=0.2, drip_headers=drip_headers)
    options = local(timeout=5.0, retries=2, backoff=0.01, page_deadline=1.0, robots=False)
    articles, (problem,) = read(http_server.url("/drip"), options=options)
    assert not articles
    assert problem.message == "no complete answer within 1 s (the limit per page)"


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A port whose connections never complete: its listener's queue is full, so new SYNs are dropped."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.1)
    yield port
    for sock in [*fillers, listener]:
        sock.close()


def test_a_connection_that_never_completes_times_out_quickly_once(unanswered_port: int) -> None:
    waits: list[float] = []
    with Fetcher(local(retries=3, connect_timeout=0.5, robots=False), sleep=waits.append) as fetcher, \
            pytest.raises(ReadError) as raised:
        fetcher.get(f"http://127.0.0.1:{unanswered_port}/page")
    assert str(raised.value) == "connection timed out (0.5 s)" and waits == []


def test_a_name_lookup_that_hangs_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def getaddrinfo(host: str, *args: object, **kwargs: object) -> list:
        if host == "slow.example":
            time.sleep(3)  # a resolver that does not answer (it stops, unheard, in its own thread)
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    with Fetcher(ReadOptions(retries=0, connect_timeout=0.3)) as fetcher, pytest.raises(ReadError) as raised:
        fetcher.get("https://slow.example/page")
    assert str(raised.value) == "cannot resolve host slow.example (no answer within 0.3 s)"


def test_a_refused_connection_is_not_retried() -> None:
    waits: list[float] = []
    with Fetcher(local(retries=3), sleep=waits.append) as fetcher, pytest.raises(ReadError) as raised:
        fetcher.get("http://127.0.0.1:9/nothing")
    assert str(raised.value).startswith("connection failed (ConnectError: ")
    assert "attempts" not in str(raised.value) and waits == []


def test_a_host_that_keeps_failing_is_skipped(http_server) -> None:
    with Fetcher(local(retries=0, host_failures=2)) as fetcher:
        for page in ("/a", "/b"):
            with pytest.raises(ReadError, match=r"^connection failed"):
                fetcher.get(f"http://127.0.0.1:9{page}")
        with pytest.raises(HostSkipped) as raised:
            fetcher.get("http://127.0.0.1:9/c")
        assert str(raised.value).startswith(
            "not tried: 127.0.0.1:9 failed 2 times in this run (last: connection failed (ConnectError: ")
        http_server.route("/ok", "fine", content_type="text/plain")
        assert fetcher.get(http_server.url("/ok")).content == b"fine"  # another port: not skipped
