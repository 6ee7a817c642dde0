"""JSON Lines (.jsonl, .ndjson): which line is an article, from which fields, and which is a problem.

Each line is a JSON object with these fields (only `text` is required):

- `text` (string): the article text; offsets index it exactly as given.
- `title`, `byline`, `outlet` (strings): headline, author(s), publishing outlet.
- `published` (string): ISO 8601 date or datetime ("2024-05-24" or "2024-05-24T10:30:00Z").
- `url` (string): where the article was published.
- `language` (string): ISO 639-1 code; detected from the text when absent.
- `name` (string): a name for the article in reports; `FILE:LINE` when absent.

Blank lines are skipped. The file is read line by line (memory does not grow with its size), and every line
is read in isolation (`readers.items`): a line that is not a JSON object, lacks `text`, gives a field of the
wrong type, is longer than `ReadOptions.max_bytes`, or holds what the JSON decoder refuses (a number of
thousands of digits, arrays nested beyond its depth) is a problem reported as `FILE:LINE: ...`, and the
following lines are still read. Unknown fields are ignored.

Each line is decoded as `readers.decoding` says: a byte-order mark (UTF-8 on the first line, or UTF-16/32
for the whole file), UTF-8 with a few bad bytes replaced (a warning counts them), else a guess. A text
holding lone surrogates (`"\\ud800"`) is refused by `readers.checks` on its way out.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from typing import BinaryIO

from sourcetrace.readers.dates import iso_published
from sourcetrace.readers.decoding import bom_of, decode
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.inputs import Input, open_file
from sourcetrace.readers.items import isolated
from sourcetrace.readers.language import language_code
from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["FIELDS", "article_from_record", "read_jsonl"]

#: The fields an article line may carry; all strings.
FIELDS = ("text", "title", "byline", "outlet", "published", "url", "language", "name")
_SKIP_CHUNK = 1 << 20
_WIDE_CODECS = {"utf-16-le": "utf-16", "utf-16-be": "utf-16", "utf-32-le": "utf-32", "utf-32-be": "utf-32"}


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
    """Articles from a JSONL file as its lines are read, and a problem for every bad line."""
    max_bytes = given.options.max_bytes
    try:
        handle = open_file(given.file())
    except ReadError as error:
        yield ReadProblem(given.location, str(error))
        return
    origin = str(given.file().resolve())
    with handle:
        for number, line in _lines(handle, max_bytes):
            location = f"{given.location}:{number}"
            if line is None:
                yield ReadProblem(location, f"line longer than the {max_bytes / 1e6:.1f} MB limit")
            elif line.strip():
                yield from isolated(location, partial(_line_items, line, location, f"{given.name}:{number}",
                                                      f"{origin}:{number}"))


def _line_items(line: bytes | str, location: str, default_name: str,
                origin: str) -> Iterator[Article | ReadProblem]:
    """The article of one line, after a warning for each thing replaced in decoding it."""
    if isinstance(line, bytes):
        decoded = decode(line)
        if decoded.warning:
            yield ReadProblem(location, decoded.warning, fatal=False)
        line = decoded.text
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except ValueError as error:  # e.g. an integer of more digits than Python converts
        raise ReadError(f"not valid JSON ({' '.join(str(error).split()[:12])})") from None
    except RecursionError:
        raise ReadError("not valid JSON (nested too deeply)") from None
    yield replace(article_from_record(record, default_name), origin=origin)


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | str | None]]:
    """The lines of a file with their numbers, each read with a bounded buffer: a line longer than
    `max_bytes` is skipped to its end and given as None. After a UTF-16/32 byte-order mark the lines are
    text, decoded from that encoding."""
    peek = getattr(handle, "peek", None)  # look without consuming: the file may be a pipe, which cannot seek
    marked = bom_of(peek(4)[:4]) if peek is not None else None
    if marked is not None and marked[0] != "utf-8":
        codec = _WIDE_CODECS[marked[0]]  # the codec that reads the mark and drops it
        text = io.TextIOWrapper(handle, encoding=codec, errors="replace", newline="\n")
        yield from _text_lines(text, max_bytes)
        return
    number = 0
    while line := handle.readline(max_bytes + 1):
        number += 1
        if len(line.rstrip(b"\r\n")) > max_bytes:
            if not line.endswith(b"\n"):
                _skip_line(handle)
            yield number, None
        else:
            yield number, line


def _text_lines(handle: io.TextIOWrapper, max_chars: int) -> Iterator[tuple[int, str | None]]:
    number = 0
    while line := handle.readline(max_chars + 1):
        number += 1
        if len(line.rstrip("\r\n")) > max_chars:
            while not line.endswith("\n") and (line := handle.readline(_SKIP_CHUNK)):
                pass
            yield number, None
        else:
            yield number, line


def _skip_line(handle: BinaryIO) -> None:
    while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
        pass
