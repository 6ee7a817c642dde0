"""What every reader is given (one `Input`) and the open / check / decode steps they share, written once.

Every reader has the same shape, `read_x(given: Input) -> Iterator[Article | ReadProblem]`. An `Input` is a
file (`path`) or bytes already fetched (`content`, with the final `url` and the `charset` the server
declared), with the `ReadOptions` and, for the formats that fetch, the run's `Fetcher`.

The bytes of an article are refused, as a `ReadError` with a one-line reason, when they are too large
(`ReadOptions.max_bytes`), empty or binary (a NUL byte near the start, unless a UTF-16/32 byte-order mark
says why). Decoding is `readers.decoding`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sourcetrace.readers.decoding import bom_of
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.fetch import Fetcher
from sourcetrace.readers.options import ReadOptions

__all__ = ["Input", "check_bytes", "open_file", "read_file_bytes"]

_BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Input:
    """One input to read: a file (`path`) or fetched bytes (`content`); `location` names it in problems."""

    location: str
    options: ReadOptions
    path: Path | None = None
    content: bytes | None = None
    url: str | None = None
    charset: str | None = None
    fetcher: Fetcher | None = None

    @property
    def name(self) -> str:
        """The article's name in reports: a file's name, else the location (a URL)."""
        return self.path.name if self.path is not None else self.location

    def file(self) -> Path:
        """The file to read, for the readers that read only files (JSONL lines, WARC records)."""
        if self.path is None:
            raise ReadError("this format is read from files only")
        return self.path

    def need_fetcher(self) -> Fetcher:
        """The run's fetcher, for the readers that fetch (the dispatcher gives one to those formats)."""
        if self.fetcher is None:
            raise ReadError("this format needs a fetcher")
        return self.fetcher

    def read_bytes(self, check_fetched: bool = False) -> bytes:
        """The input's bytes: a file's, refused as `read_file_bytes` says; fetched content as it came (the
        fetcher capped its size), refused as `check_bytes` says only when `check_fetched`."""
        if self.content is None:
            return read_file_bytes(self.file(), self.options.max_bytes)
        if check_fetched:
            check_bytes(self.content, self.options.max_bytes)
        return self.content


def open_file(path: Path) -> BinaryIO:
    """A file opened for reading bytes; raises `ReadError` with the system's reason when it cannot be."""
    try:
        return path.open("rb")
    except OSError as error:
        raise ReadError(_reason(error)) from error


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of one article file, refused (`ReadError`) as `check_bytes` says, or when unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(_too_large(size, max_bytes))
        raw = path.read_bytes()
    except OSError as error:
        raise ReadError(_reason(error)) from error
    check_bytes(raw, max_bytes)
    return raw


def check_bytes(raw: bytes, max_bytes: int) -> None:
    """Refuse input that is empty, binary or too large to be one article."""
    if len(raw) > max_bytes:
        raise ReadError(_too_large(len(raw), max_bytes))
    if not raw.strip():
        raise ReadError("empty file")
    marked = bom_of(raw)
    wide = marked is not None and marked[0] != "utf-8"  # UTF-16/32 text is full of NUL bytes
    if not wide and b"\x00" in raw[:_BINARY_SNIFF_BYTES]:
        raise ReadError("binary file, not text")


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)"
