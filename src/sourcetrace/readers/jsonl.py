"""JSON Lines (.jsonl, .ndjson): which line is an article, from which fields, and which is a problem.

Each line is a JSON object with these fields (only `text` is required):

- `text` (string): the article text; offsets index it exactly as given.
- `title`, `byline`, `outlet` (strings): headline, author(s), publishing outlet.
- `published` (string): ISO 8601 date or datetime ("2024-05-24" or "2024-05-24T10:30:00Z").
- `url` (string): where the article was published.
- `language` (string): ISO 639-1 code; detected from the text when absent.
- `name` (string): a name for the article in reports; `FILE:LINE` when absent.

Blank lines are skipped. A line that is not a JSON object, lacks `text` or gives a field of the wrong type
is a problem reported as `FILE:LINE: ...`, and the following lines are still read. Unknown fields are
ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from sourcetrace.readers.dates import iso_published
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.inputs import Input, open_file
from sourcetrace.readers.language import language_code
from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["FIELDS", "article_from_record", "read_jsonl"]

#: The fields an article line may carry; all strings.
FIELDS = ("text", "title", "byline", "outlet", "published", "url", "language", "name")


def article_from_record(record: object, default_name: str) -> Article:
    """An article from one decoded JSON line; raises `ReadError` naming what is wrong."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("no 'text' field" if text is None else "'text' must be a non-empty string")
    values: dict[str, str | None] = {}
    for field in FIELDS[1:]:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise ReadError(f"'{field}' must be a string, got {type(value).__name__}")
        values[field] = value
    return Article(
        text=text,
        name=values["name"] or default_name,
        title=values["title"],
        byline=values["byline"],
        outlet=values["outlet"],
        published=iso_published(values["published"]) or values["published"],
        url=values["url"],
        language=language_code(values["language"]),
        source_format="jsonl",
    )


def read_jsonl(given: Input) -> Iterator[Article | ReadProblem]:
    """Articles from a JSONL file, and a problem for every bad line."""
    max_bytes = given.options.max_bytes
    try:
        handle = open_file(given.file())
    except ReadError as error:
        yield ReadProblem(given.location, str(error))
        return
    origin = str(given.file().resolve())
    with handle:
        for number, raw in enumerate(handle, start=1):
            location = f"{given.location}:{number}"
            if len(raw) > max_bytes:
                yield ReadProblem(location, f"line longer than the {max_bytes / 1e6:.1f} MB limit")
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield ReadProblem(location, "not valid UTF-8")
                continue
            except json.JSONDecodeError as error:
                yield ReadProblem(location, f"not valid JSON ({error.msg} at column {error.colno})")
                continue
            try:
                article = article_from_record(record, f"{given.name}:{number}")
                yield replace(article, origin=f"{origin}:{number}")
            except ReadError as error:
                yield ReadProblem(location, str(error))
