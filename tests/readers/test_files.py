"""Reading files: .txt, .html, .jsonl, folders and sniffing; every failure one line naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.readers import ReadOptions, ReadProblem, format_of, read_paths
from sourcetrace.types import Article

FIXTURES = Path(__file__).parent / "fixtures"


def read(*paths: str | Path, options: ReadOptions | None = None) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths(paths, options))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)])


# --- .txt -------------------------------------------------------------------------------------------------


def test_text_header_fixture() -> None:
    (article,), problems = read(FIXTURES / "header.txt")
    assert not problems
    fields = (article.published, article.byline, article.outlet)
    assert fields == ("2024-03-09", "Lois Lane", "The Daily Planet")
    assert article.text == (FIXTURES / "header.txt").read_text(encoding="utf-8")
    assert article.text[article.body_start :].startswith("The Senate")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b"  \n\n", "empty file"), (b"abc\x00\x01def", "binary file, not text")],
)
def test_text_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    articles, (problem,) = read(path)
    assert not articles
    assert str(problem) == f"{path}: {message}"


def test_text_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    articles, (problem,) = read(path, options=ReadOptions(max_bytes=1000))
    assert not articles and "too large" in problem.message


def test_text_cp1252_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("“Quoted,” she said — café.".encode("cp1252"))
    (article,), (problem,) = read(path)
    assert not problem.fatal and "not valid UTF-8" in problem.message
    assert article.text.startswith("“Quoted,”")


# --- .html ------------------------------------------------------------------------------------------------


def test_html_fixture() -> None:
    (article,), problems = read(FIXTURES / "article.html")
    assert not problems
    assert article.source_format == "html"
    assert article.title == "Senate passes spending bill after late-night vote"
    assert article.byline == "Lois Lane"
    assert article.outlet == "The Daily Planet"
    assert article.published == "2024-03-09T01:15:00-05:00"  # the time trafilatura drops, from the meta tag
    assert "WASHINGTON (AP) — The Senate passed" in article.text
    assert "Most read" not in article.text and "Log in" not in article.text
    assert "\n\n“We have done our job,”" in article.text  # paragraphs as in .txt articles


def test_html_without_article() -> None:
    articles, (problem,) = read(FIXTURES / "menu-only.html")
    assert not articles
    assert str(problem) == f"{FIXTURES / 'menu-only.html'}: no article text found in the page"


def test_html_meta_time_from_another_day_is_ignored(tmp_path: Path, make_page) -> None:
    page = make_page(published="2024-05-24T10:30:00Z").replace(
        '<meta property="article:published_time"', '<meta name="date" content="2024-05-20"><meta property="x"'
    )
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    (article,), _ = read(path)
    assert article.published == "2024-05-20"


# --- .jsonl -----------------------------------------------------------------------------------------------

JSONL_LINES = [
    json.dumps({"text": "First article text.", "title": "One", "byline": "Jane Doe", "outlet": "Planet",
                "published": "2024-05-24", "url": "https://example.org/1", "language": "de", "name": "one"}),
    "",
    "{not json",
    json.dumps({"title": "no text"}),
    json.dumps({"text": "Second article text.", "title": 5}),
    json.dumps(["a", "list"]),
    json.dumps({"text": "Third article text.", "extra": [1, 2]}),
]


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    articles, problems = read(path)
    assert [a.name for a in articles] == ["one", "batch.jsonl:7"]
    first = articles[0]
    assert (first.text, first.title, first.byline, first.outlet, first.published, first.url, first.language,
            first.source_format) == ("First article text.", "One", "Jane Doe", "Planet", "2024-05-24",
                                     "https://example.org/1", "de", "jsonl")
    assert [str(p) for p in problems] == [
        f"{path}:3: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:4: no 'text' field",
        f"{path}:5: 'title' must be a string, got int",
        f"{path}:6: expected a JSON object, got list",
    ]


# --- dispatch and folders ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", b"plain", "text"),
        ("a.htm", b"<html></html>", "html"),
        ("a.jsonl", b"{}", "jsonl"),
        ("a.warc.gz", b"\x1f\x8b", "warc"),
        ("a.rss", b"<rss></rss>", "feed"),
        ("feed.xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("other.xml", b'<?xml version="1.0"?><config/>', None),
        ("noext", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("noext2", b'{"text": "x"}\n', "jsonl"),
        ("noext3", b"WARC/1.0\r\n", "warc"),
        ("noext4", b"Just words.", "text"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00", None),
    ],
)
def test_format_of(tmp_path: Path, name: str, content: bytes, expected: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert format_of(path) == expected


def test_folder_walk_reads_every_format(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A text article.\n")
    (tmp_path / "sub" / "b.html").write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"text": "C."}) + "\n")
    (tmp_path / "notes.md").write_text("# not read")
    (tmp_path / "config.xml").write_text("<config/>")
    articles, problems = read(tmp_path)
    assert not problems
    assert sorted(a.source_format for a in articles) == ["html", "jsonl", "text"]


def test_empty_folder_and_missing_path(tmp_path: Path) -> None:
    articles, problems = read(tmp_path, tmp_path / "missing.txt")
    assert not articles
    assert str(problems[0]).startswith(f"{tmp_path}: folder holds no readable files")
    assert str(problems[1]) == f"{tmp_path / 'missing.txt'}: no such file or folder"


def test_unknown_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    _, (problem,) = read(path)
    assert "not a format sourcetrace reads" in problem.message


def test_unexpected_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcetrace.readers.html as html_reader

    def boom(*args: object, **kwargs: object) -> Article:
        raise RuntimeError("something odd\nwith a second line")

    monkeypatch.setattr(html_reader, "html_article", boom)
    path = tmp_path / "a.html"
    path.write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "b.txt").write_text("Still read.\n")
    articles, (problem,) = read(tmp_path)
    assert [a.name for a in articles] == ["b.txt"]
    assert problem.location == str(path)
    assert problem.message.startswith("unexpected error: RuntimeError: something odd")
    assert "\n" not in str(problem)


@pytest.mark.parametrize(("header", "published"), [
    ("date 2024-05-24T10:30 by Jane Doe", "2024-05-24"),
    ("date 2024-05-24T10:30Z by Jane Doe", "2024-05-24T10:30:00+00:00"),
    ("date 2024-05-24T10:30:00+0200", "2024-05-24T10:30:00+02:00"),
    ("Published: 24 May 2024 | By Jane Doe", "2024-05-24"),
])
def test_a_header_date_is_iso_8601_with_its_zone_or_the_day(header: str, published: str) -> None:
    from sourcetrace.readers.text import text_article

    article = text_article(f"{header}\n\nThe minister said the talks had failed.\n", "a.txt")
    assert article.published == published
