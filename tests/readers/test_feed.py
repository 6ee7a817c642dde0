"""Feeds: entries read from the feed's own text (`fetch_pages=False`, or when a page cannot be fetched),
addresses refused inside feeds, and a host that keeps failing skipped with one line."""

from __future__ import annotations

import socket
from pathlib import Path

from sourcetrace.readers import ReadOptions, ReadProblem, read_paths
from sourcetrace.types import Article

BODY = ("The council voted on Tuesday to approve the budget, the mayor said. " * 4).strip()

ITEM = """<item><title>{title}</title><link>{link}</link><author>desk@example.org (Desk)</author>
<pubDate>Fri, 24 May 2024 10:30:00 GMT</pubDate><description>{summary}</description>{content}</item>"""


def feed_file(tmp_path: Path, items: list[dict[str, str]]) -> Path:
    body = "".join(ITEM.format(title=item.get("title", "Entry"), link=item["link"],
                               summary=item.get("summary", "Short."),
                               content=(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
                                        if "content" in item else ""))
                   for item in items)
    path = tmp_path / "feed.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Planet Wire'
                    f"</title><link>http://x/</link><description>d</description>{body}</channel></rss>",
                    encoding="utf-8")
    return path


def read(path: Path, **options: object) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths([path], ReadOptions(retries=0, **options)))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)]


def test_no_fetch_reads_the_feeds_own_text(tmp_path: Path, http_server) -> None:
    feed = feed_file(tmp_path, [
        {"link": http_server.url("/1"), "title": "Budget passes", "content": f"<p>{BODY}</p><p>More.</p>"},
        {"link": http_server.url("/2"), "summary": BODY},
        {"link": http_server.url("/3"), "summary": "Too short to be an article."},
    ])
    articles, problems = read(feed, fetch_pages=False)
    assert [a.text for a in articles] == [f"{BODY}\n\nMore.\n", f"{BODY}\n"]
    first = articles[0]
    assert (first.title, first.byline, first.outlet, first.published, first.url, first.source_format) == (
        "Budget passes", "desk@example.org (Desk)", "Planet Wire", "2024-05-24T10:30:00+00:00",
        http_server.url("/1"), "feed")
    assert [str(p) for p in problems] == [
        f"{feed} entry 3 ({http_server.url('/3')}): the entry carries fewer than 20 words of text "
        "(pages not fetched)"]
    assert http_server.requests == []  # nothing fetched


def test_a_page_that_cannot_be_fetched_falls_back_to_the_feeds_text(tmp_path: Path, http_server) -> None:
    feed = feed_file(tmp_path, [
        {"link": http_server.url("/gone"), "summary": BODY},
        {"link": http_server.url("/gone-too")},
    ])
    articles, problems = read(feed, allow_private_hosts=True)
    assert [a.text for a in articles] == [f"{BODY}\n"]
    assert [(str(p), p.fatal) for p in problems] == [
        (f"{feed} entry 1 ({http_server.url('/gone')}): HTTP 404 Not Found; read the feed's own text for it "
         "instead (48 words)", False),
        (f"{feed} entry 2 ({http_server.url('/gone-too')}): HTTP 404 Not Found", True),
    ]


def test_entries_on_the_local_machine_are_refused(tmp_path: Path, http_server, make_page) -> None:
    http_server.route("/admin", make_page())
    port = http_server.port
    links = [f"http://127.0.0.1:{port}/admin", f"http://0x7f000001:{port}/admin", f"http://[::1]:{port}/a"]
    feed = feed_file(tmp_path, [{"link": link} for link in links])
    articles, problems = read(feed)
    assert not articles and http_server.requests == []
    assert [p.message.split(",")[0] for p in problems] == [
        "refused: 127.0.0.1 is a loopback address (--allow-private-hosts allows it)",
        "refused: 0x7f000001 is 127.0.0.1",
        "refused: ::1 is a loopback address (--allow-private-hosts allows it)"]
    assert len(problems) == len(links)  # each failure once


def test_a_host_that_keeps_failing_is_skipped_with_one_line(tmp_path: Path) -> None:
    items = [{"link": f"http://127.0.0.1:9/{n}"} for n in range(1, 7)]
    items[3]["summary"] = BODY  # entry 4: read from the feed's text
    feed = feed_file(tmp_path, items)
    articles, problems = read(feed, allow_private_hosts=True, host_failures=2)
    assert [a.url for a in articles] == ["http://127.0.0.1:9/4"]
    assert [p.location for p in problems] == [f"{feed} entry 1 (http://127.0.0.1:9/1)",
                                              f"{feed} entry 2 (http://127.0.0.1:9/2)", str(feed)]
    assert problems[0].message.startswith("connection failed (ConnectError: ")
    last = problems[-1]
    assert last.fatal and last.message.startswith(
        "4 entries on 127.0.0.1:9 not tried: it failed 2 times in this run (last: connection failed")
    assert last.message.endswith("; read from the feed's own text: entries 4; skipped: entries 3, 5-6")


def test_a_name_that_does_not_exist_is_asked_once(tmp_path: Path, monkeypatch) -> None:
    lookups: list[str] = []

    def getaddrinfo(host: str, *args: object, **kwargs: object) -> list:
        lookups.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    feed = feed_file(tmp_path, [{"link": f"https://wire.example/{n}"} for n in range(1, 5)])
    articles, problems = read(feed)
    assert not articles and lookups == ["wire.example"]
    assert [str(p) for p in problems] == [
        f"{feed} entry 1 (https://wire.example/1): cannot resolve host wire.example "
        "(Name or service not known)",
        f"{feed}: 3 entries on wire.example not tried: it failed once in this run (last: cannot resolve host "
        "wire.example (Name or service not known)); skipped: entries 2-4",
    ]
