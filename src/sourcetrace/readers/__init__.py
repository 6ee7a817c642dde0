"""Readers: one module per input format, all yielding the same `Article` record.

`read_paths` walks files and folders and yields an `Article` for every article read and a `ReadProblem` for
every input that could not be read, so that one bad file never stops a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.text import read_text_file
from sourcetrace.types import Article

__all__ = ["ReadError", "ReadOptions", "ReadProblem", "read_paths"]

#: File suffixes read when a folder is walked.
_FOLDER_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read. `max_bytes` caps a single file (news articles are far below it)."""

    max_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, or was read with a caveat (`fatal=False`)."""

    location: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def read_paths(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Article | ReadProblem]:
    """Read files and folders (recursively), yielding articles and problems in input order."""
    options = options or ReadOptions()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _FOLDER_SUFFIXES)
            if not files:
                yield ReadProblem(str(path), f"folder holds no readable files ({', '.join(_FOLDER_SUFFIXES)})")
            for file in files:
                yield from _read_file(file, options)
        elif path.exists():
            yield from _read_file(path, options)
        else:
            yield ReadProblem(str(path), "no such file or folder")


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    try:
        article, warnings = read_text_file(path, max_bytes=options.max_bytes)
    except ReadError as error:
        yield ReadProblem(str(path), str(error))
        return
    for warning in warnings:
        yield ReadProblem(str(path), warning, fatal=False)
    yield article
