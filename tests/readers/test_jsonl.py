"""JSON Lines: every line read in isolation (what the JSON decoder refuses costs that line alone), bounded
line reading, decoding per line, and lines yielded as they are read."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from sourcetrace.readers import ReadOptions, ReadProblem, read_paths
from sourcetrace.types import Article


def _line(text: str, **fields: str) -> bytes:
    return (json.dumps({"text": text, **fields}, ensure_ascii=False) + "\n").encode()


def read(path: Path, options: ReadOptions | None = None) -> tuple[list[Article], list[ReadProblem]]:
    items = list(read_paths([path], options))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadProblem)]


#: (a bad line, the start of its problem message, whether it is fatal for the line)
BAD_LINES = [
    (b'{"text": "a", "n": ' + b"7" * 5000 + b"}\n", "not valid JSON (Exceeds the limit", True),
    (b"[" * 100_000 + b"]" * 100_000 + b"\n", "not valid JSON (nested too deeply)", True),
    (b'{"text": "a", "deep": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
     "not valid JSON (nested too deeply)", True),
    (b'{"text": "half\n', "not valid JSON (Invalid control character", True),
    (b'{"title": "no text"}\n', "no 'text' field", True),
    (b"\xff\xfe\xfd\xfc not json at all\n", "not valid JSON", True),
]


@pytest.mark.parametrize(("bad", "message", "fatal"), BAD_LINES, ids=[
    "5000-digit-number", "100k-nested-arrays", "100k-nested-in-a-field", "truncated", "no-text", "garbage"])
def test_a_bad_line_costs_that_line_alone(tmp_path: Path, bad: bytes, message: str, fatal: bool) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_line("First story.") + bad + _line("Third story."))
    articles, problems = read(path)
    assert [a.text for a in articles] == ["First story.", "Third story."]
    fatal_problems = [p for p in problems if p.fatal]
    assert [p.location for p in fatal_problems] == [f"{path}:2"]
    assert fatal_problems[0].message.startswith(message), fatal_problems[0].message
    assert all("Traceback" not in str(p) and "unexpected error" not in p.message for p in problems)


def test_a_line_with_stray_bytes_stays_utf8_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_line("“Yes,” she said.")[:-3] + b' \x93"}\n' + _line("Next."))
    articles, (warning,) = read(path)
    assert [a.text for a in articles] == ["“Yes,” she said. \ufffd", "Next."]
    assert warning.location == f"{path}:1" and not warning.fatal
    assert "1 invalid UTF-8 byte sequence replaced" in warning.message


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_byte_order_mark_is_honoured(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes((_line("“One.”") + _line("Two.") + b"\n" + _line("Four.")).decode().encode(encoding))
    articles, problems = read(path)
    assert not problems
    assert [a.text for a in articles] == ["“One.”", "Two.", "Four."]
    assert [a.name for a in articles] == ["batch.jsonl:1", "batch.jsonl:2", "batch.jsonl:4"]


def test_an_over_long_line_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    long_line = _line("x" * 5000)
    path.write_bytes(_line("One.") + long_line + _line("Three.") + long_line[:-1])
    articles, problems = read(path, ReadOptions(max_bytes=1000))
    assert [a.text for a in articles] == ["One.", "Three."]
    too_long = "line longer than the 0.0 MB limit"
    assert [(p.location, p.message) for p in problems] == [(f"{path}:2", too_long), (f"{path}:4", too_long)]


def test_lines_are_yielded_as_they_are_read(tmp_path: Path) -> None:
    """The reader hands each article over before it reads the next line (the file grows meanwhile)."""
    path = tmp_path / "growing.jsonl"
    path.write_bytes(_line("First."))
    items = read_paths([path])
    first = next(items)
    assert isinstance(first, Article) and first.text == "First."
    with path.open("ab") as handle:
        handle.write(_line("Written after the first was read."))
    assert [a.text for a in items if isinstance(a, Article)] == ["Written after the first was read."]


def test_utf16_lines_keep_their_numbers_after_a_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    body = _line("One.").decode() + '{"text": 1}\n' + _line("Three.").decode()
    path.write_bytes(codecs.BOM_UTF16_LE + body.encode("utf-16-le"))
    articles, (problem,) = read(path)
    assert [a.name for a in articles] == ["batch.jsonl:1", "batch.jsonl:3"]
    assert (problem.location, problem.message) == (f"{path}:2", "'text' must be a non-empty string")
