"""WARC / WARC.gz archives, written with warcio in the test; corrupt and truncated archives."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sourcetrace.readers import ReadProblem, read_paths
from sourcetrace.types import Article


def _record(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK",
            content_type: str = "text/html; charset=utf-8") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)


def _archive(pages: list[tuple[str, bytes, str, str]], gzipped: bool) -> list[bytes]:
    """The archive's records, each as its own bytes (one gzip member each when gzipped)."""
    chunks = []
    for url, body, status, content_type in pages:
        buffer = BytesIO()
        _record(WARCWriter(buffer, gzip=gzipped), url, body, status, content_type)
        chunks.append(buffer.getvalue())
    return chunks


@pytest.fixture
def pages(make_page) -> list[tuple[str, bytes, str, str]]:
    return [
        ("https://example.org/one", make_page(title="First story about the ceasefire").encode(), "200 OK",
         "text/html; charset=utf-8"),
        ("https://example.org/logo.png", b"\x89PNG....", "200 OK", "image/png"),
        ("https://example.org/gone", b"<html>gone</html>", "404 Not Found", "text/html"),
        ("https://example.org/two", make_page(title="Second story about the talks").encode(), "200 OK",
         "text/html"),
    ]


def read(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths([path]))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)])


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_reads_html_responses(tmp_path: Path, pages: list, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(b"".join(_archive(pages, gzipped)))
    articles, problems = read(path)
    assert not problems
    assert [a.url for a in articles] == ["https://example.org/one", "https://example.org/two"]
    assert articles[0].title == "First story about the ceasefire"
    assert articles[0].source_format == "warc"
    assert articles[0].published == "2024-05-24T10:30:00+00:00"


def test_corrupt_gzip_member_is_reported_and_the_rest_read(tmp_path: Path, pages: list) -> None:
    chunks = _archive(pages, gzipped=True)
    broken = bytearray(chunks[0])
    broken[40:80] = b"\x00" * 40  # corrupt the deflate stream of the first record
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(broken) + b"".join(chunks[1:]))
    articles, problems = read(path)
    assert [a.url for a in articles] == ["https://example.org/two"]
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{path}@0: corrupt WARC record")


@pytest.mark.parametrize("gzipped", [True, False])
def test_corrupt_middle_record_reported_once(tmp_path: Path, pages: list, gzipped: bool) -> None:
    chunks = _archive(pages, gzipped=gzipped)
    broken = bytearray(chunks[1])
    if gzipped:
        broken[40:80] = b"\x00" * 40
    else:
        broken[:8] = b"GARBAGE!"  # no longer a WARC record header
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(chunks[0] + bytes(broken) + b"".join(chunks[2:]))
    articles, problems = read(path)
    assert [a.url for a in articles] == ["https://example.org/one", "https://example.org/two"]
    assert [p.location for p in problems] == [f"{path}@{len(chunks[0])}"]


def test_truncated_archive_keeps_what_came_before(tmp_path: Path, pages: list) -> None:
    data = b"".join(_archive(pages, gzipped=True))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 200])
    articles, problems = read(path)
    assert [a.url for a in articles] == ["https://example.org/one"]
    assert len(problems) == 1 and "truncated WARC record" in problems[0].message
    assert problems[0].location.endswith("https://example.org/two")


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive at all\n" * 10))
    articles, problems = read(path)
    assert not articles
    assert len(problems) == 1 and problems[0].location.startswith(str(path))


def test_record_without_article_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "menu.warc"
    path.write_bytes(b"".join(_archive(
        [("https://example.org/menu", b"<html><body><nav>Home</nav></body></html>", "200 OK", "text/html")],
        gzipped=False)))
    articles, (problem,) = read(path)
    assert not articles
    assert not problem.fatal
    assert str(problem) == f"{path}@0 https://example.org/menu: no article text found in the page"


def test_extraction_crash_costs_one_record(
    tmp_path: Path, pages: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    real = trafilatura.bare_extraction

    def flaky(tree, **kwargs):  # type: ignore[no-untyped-def]
        if "First story" in tree.text_content():
            raise RuntimeError("boom")
        return real(tree, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", flaky)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(_archive(pages, gzipped=True)))
    articles, problems = read(path)
    assert [a.url for a in articles] == ["https://example.org/two"]
    assert [p.message for p in problems] == ["HTML extraction failed (RuntimeError: boom)"]


def test_whole_gzip_archive_stops_with_warcios_advice(tmp_path: Path) -> None:
    """A .warc.gz compressed as one gzip member (warcio's `example-bad.warc.gz.bad`): one line that keeps
    warcio's advice, then the next input, never the same corrupt record again and again."""
    from itertools import islice

    from corpus.generate import whole_gzip_warc

    archive = tmp_path / "whole.warc.gz"
    archive.write_bytes(whole_gzip_warc(records=3))
    good = tmp_path / "good.txt"
    good.write_text("The minister said the border would reopen on Monday.\n", encoding="utf-8")
    items = list(islice(read_paths([archive, good]), 20))
    problems = [item for item in items if isinstance(item, ReadProblem)]
    assert [p.location for p in problems] == [str(archive)]
    assert "warcio recompress" in problems[0].message
    assert isinstance(items[-1], Article) and items[-1].name == "good.txt"
