"""The registry and its one dispatch: each input is recognised as its format and given to its reader.

Every reader is given one `Input`; an input of no format we read is one problem line naming it, and no reader
is called.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from sourcetrace.readers import ReadOptions, ReadProblem, format_of, formats, read_paths, url
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.sniff import LOOKS_LIKE
from sourcetrace.types import Article

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
ATOM = b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>'
HTML = b"<!DOCTYPE html><html><body><p>x</p></body></html>"
WARC = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n"

Call = tuple[str, str, bool, bool]  # format, location, given a path, given a fetcher


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Call]:
    """Every reader of the registry replaced by one that records how it was called and reads nothing."""
    seen: list[Call] = []

    def recorder(name: str):  # type: ignore[no-untyped-def]
        def read(given: Input) -> Iterator[Article | ReadProblem]:
            seen.append((name, given.location, given.path is not None, given.fetcher is not None))
            yield from ()

        return read

    for fmt in formats.FORMATS:
        monkeypatch.setitem(formats.BY_NAME, fmt.name, replace(fmt, read=recorder(fmt.name)))
    return seen


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", b"Plain words.", "text"),
        ("A.TXT", b"Plain words.", "text"),
        ("a.html", HTML, "html"),
        ("a.htm", HTML, "html"),
        ("a.xhtml", HTML, "html"),
        ("a.jsonl", b'{"text": "x"}\n', "jsonl"),
        ("a.ndjson", b'{"text": "x"}\n', "jsonl"),
        ("a.warc", WARC, "warc"),
        ("a.warc.gz", gzip.compress(WARC), "warc"),
        ("a.rss", FEED, "feed"),
        ("a.atom", ATOM, "feed"),
        ("feed.xml", FEED, "feed"),
        ("a.txt.html", HTML, "html"),  # the last suffix counts
        ("sniffed-html", HTML, "html"),
        ("sniffed-jsonl", b'{"text": "x"}\n', "jsonl"),
        ("sniffed-warc", WARC, "warc"),
        ("sniffed-warc-gz", gzip.compress(WARC), "warc"),
        ("sniffed-feed", FEED, "feed"),
        ("sniffed-text", b"Just words.\n", "text"),
        ("notes.md", b"# Words\n", "text"),  # a suffix we do not know: sniffed
    ],
)
def test_each_file_is_given_to_its_formats_reader(
    tmp_path: Path, calls: list[Call], name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert format_of(path) == expected
    assert list(read_paths([path])) == []
    fetches = formats.BY_NAME[expected].fetches
    assert calls == [(expected, str(path), True, fetches)]
    assert fetches == (expected == "feed")


@pytest.mark.parametrize("given", ["http://example.invalid/a", "https://example.invalid/feed.xml"])
def test_a_url_is_given_to_the_url_reader(calls: list[Call], given: str) -> None:
    assert list(read_paths([given])) == []
    assert calls == [("url", given, False, True)]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00", "not a format sourcetrace reads (binary or unknown)"),
        ("no-suffix", b"\x00\x01\x02", "not a format sourcetrace reads (binary or unknown)"),
        ("config.xml", b'<?xml version="1.0"?><config/>', "an XML file that is not an RSS/Atom feed"),
        ("a.rss", b"not a feed", "not a format sourcetrace reads (binary or unknown)"),
        ("a.atom", b"", "not a format sourcetrace reads (binary or unknown)"),
        ("missing.txt", None, "no such file or folder"),
    ],
)
def test_an_input_of_no_format_is_one_problem_line(
    tmp_path: Path, calls: list[Call], name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    (problem,) = read_paths([path])
    assert isinstance(problem, ReadProblem) and problem.fatal
    assert str(problem) == f"{path}: {message}"
    assert calls == []


def test_a_folder_walk_skips_what_is_not_ours(tmp_path: Path, calls: list[Call]) -> None:
    (tmp_path / "config.xml").write_bytes(b"<config/>")  # shares a feed suffix, holds no feed: skipped
    (tmp_path / "notes.md").write_bytes(b"# notes")  # a suffix we do not read: skipped
    (tmp_path / "odd.rss").write_bytes(b"not a feed")  # a feed suffix: walked, then refused
    (tmp_path / "feed.xml").write_bytes(FEED)
    (tmp_path / "a.warc.gz").write_bytes(gzip.compress(WARC))
    problems = list(read_paths([tmp_path]))
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'odd.rss'}: not a format sourcetrace reads (binary or unknown)"
    ]
    assert [(c[0], Path(c[1]).name) for c in calls] == [("warc", "a.warc.gz"), ("feed", "feed.xml")]


def test_an_empty_folder_names_the_suffixes_read(tmp_path: Path) -> None:
    (problem,) = read_paths([tmp_path])
    assert str(problem) == (
        f"{tmp_path}: folder holds no readable files "
        "(.txt, .html, .htm, .xhtml, .jsonl, .ndjson, .warc, .warc.gz, .rss, .atom, .xml)"
    )


def test_a_reader_that_fails_unforeseen_costs_its_input_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(given: Input) -> Iterator[Article | ReadProblem]:
        raise ValueError("odd\nthing")
        yield  # a generator, like every reader

    monkeypatch.setitem(formats.BY_NAME, "jsonl", replace(formats.BY_NAME["jsonl"], read=broken))
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    (tmp_path / "b.txt").write_text("Still read.\n")
    problem, article = read_paths([tmp_path])
    assert str(problem) == f"{tmp_path / 'a.jsonl'}: unexpected error: ValueError: odd thing"
    assert isinstance(article, Article) and article.name == "b.txt"


def test_the_registry_is_consistent() -> None:
    names = [fmt.name for fmt in formats.FORMATS]
    assert names == ["text", "html", "jsonl", "warc", "feed", "url"]
    assert set(LOOKS_LIKE) == set(names) - {"url"}  # every file format can be sniffed
    suffixes = [suffix for fmt in formats.FORMATS for suffix in fmt.suffixes]
    assert len(suffixes) == len(set(suffixes)) and all(s == s.lower() for s in suffixes)
    assert [fmt.name for fmt in formats.FORMATS if fmt.recognises is not None] == ["url"]


# --- a fetched page is given to the reader its media type, else its content, calls for ---------------------


#: The local test server is on 127.0.0.1, a private address the fetcher refuses unless allowed.
LOCAL = ReadOptions(allow_private_hosts=True)


@pytest.fixture
def page_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None, str | None, bool]]:
    seen: list[tuple[str, str | None, str | None, bool]] = []

    def recorder(name: str):  # type: ignore[no-untyped-def]
        def read(given: Input) -> Iterator[Article | ReadProblem]:
            assert given.content is not None and given.path is None
            seen.append((name, given.url, given.charset, given.fetcher is not None))
            yield from ()

        return read

    for name in ("feed", "text", "html"):
        monkeypatch.setattr(url, f"read_{name}", recorder(name))
    return seen


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=utf-8", HTML, ("html", "utf-8")),
        ("application/xhtml+xml", HTML, ("html", None)),
        ("text/plain; charset=latin-1", b"Plain words.", ("text", "latin-1")),
        ("application/rss+xml", FEED, ("feed", None)),
        ("text/xml", ATOM, ("feed", None)),
        ("application/octet-stream", FEED, ("feed", None)),  # sniffed
        ("application/octet-stream", HTML, ("html", None)),  # sniffed
        ("text/html", FEED, ("html", None)),  # the server said HTML
    ],
)
def test_a_fetched_page_is_given_to_its_reader(
    http_server, page_calls: list, content_type: str, body: bytes, expected: tuple[str, str | None]
) -> None:
    address = http_server.route("/page", body, content_type=content_type)
    assert list(read_paths([address], LOCAL)) == []
    assert page_calls == [(expected[0], address, expected[1], True)]


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        ("application/octet-stream", b"\x89PNG\x00\x00", "unsupported content type application/octet-stream"),
        ("application/warc", WARC + b"<html>", "unsupported content type application/warc"),
        ("", b"Plain words.", "unsupported content type (none)"),
    ],
)
def test_a_fetched_page_of_no_format_is_one_problem_line(
    http_server, page_calls: list, content_type: str, body: bytes, message: str
) -> None:
    address = http_server.route("/page", body, content_type=content_type)
    (problem,) = read_paths([address], LOCAL)
    assert str(problem) == f"{address}: {message}"
    assert page_calls == []
