"""Header lines of .txt articles: parsed into fields, the text and its offsets untouched."""

from __future__ import annotations

import pytest

from paths import SEED_TEXT
from sourcetrace.readers import ReadProblem, read_paths
from sourcetrace.readers.header import parse_date, parse_header

HEADERS = [
    # (first line, published, byline, outlet)
    ("date 2024-05-24 by Jane Doe / Daily Planet May 24, 2024", "2024-05-24", "Jane Doe", "Daily Planet"),
    (" date 2021-01-02 by Desk Staff | Some Outlet", "2021-01-02", "Desk Staff", "Some Outlet"),
    ("Published: 24 May 2024 | By Jane Doe", "2024-05-24", "Jane Doe", None),
    ("By Jane Doe — The Daily Planet", None, "Jane Doe", "The Daily Planet"),
    ("By Jane Doe and John Smith", None, "Jane Doe and John Smith", None),
    ("Sept. 26, 2016 by Jane Doe / AP", "2016-09-26", "Jane Doe", "AP"),
    ("Posted on May 3rd, 2020", "2020-05-03", None, None),
    ("2024-05-24T10:00:00Z by Jane Doe", "2024-05-24T10:00:00Z", "Jane Doe", None),
    ("Updated: Jan. 5, 2023 · Source: Daily Planet", "2023-01-05", None, "Daily Planet"),
]

NOT_HEADERS = [
    "Russian strongman Vladimir Putin said he is ready to call a ceasefire.",
    "By the numbers: why the ceasefire matters",
    "date 2024-13-45 by Jane Doe",  # no such date
    "From the desk of the editor",
    "Published in haste, the report said nothing new.",
    "by Jane Doe said the minister on Friday, “we are ready.”",
]


@pytest.mark.parametrize(("line", "published", "byline", "outlet"), HEADERS)
def test_header_fields(line: str, published: str | None, byline: str | None, outlet: str | None) -> None:
    text = f"{line}\n\nThe body of the article begins here.\n"
    header = parse_header(text)
    assert header is not None
    assert (header.published, header.byline, header.outlet) == (published, byline, outlet)
    assert text[header.body_start :].startswith("The body")


@pytest.mark.parametrize("line", NOT_HEADERS)
def test_prose_is_not_a_header(line: str) -> None:
    assert parse_header(f"{line}\n\nMore text follows.\n") is None


def test_single_line_text_has_no_header() -> None:
    assert parse_header("date 2024-05-24 by Jane Doe") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-05-24", "2024-05-24"), ("May 24, 2024", "2024-05-24"), ("24 May 2024", "2024-05-24"),
     ("Sept. 26, 2016", "2016-09-26"), ("February 30, 2024", None), ("2024-05-24 10:30", "2024-05-24T10:30")],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.skipif(not SEED_TEXT.exists(), reason="shared seed not present")
def test_seed_header_keeps_text_and_offsets() -> None:
    items = list(read_paths([SEED_TEXT]))
    assert not [item for item in items if isinstance(item, ReadProblem)]
    article = items[-1]
    assert not isinstance(article, ReadProblem)
    assert article.text == SEED_TEXT.read_text(encoding="utf-8")  # nothing stripped, nothing shifted
    assert article.published == "2024-05-24"
    assert article.byline == "WorldTribune Staff"
    assert article.outlet == "247 Real News"
    assert article.text[article.body_start :].startswith("Russian strongman Vladimir Putin")
    assert article.text[: article.body_start].strip().startswith("date 2024-05-24")
