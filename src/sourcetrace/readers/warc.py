"""WARC and WARC.gz web archives (warcio): every HTML response record is read as a page.

Only `response` records with HTTP status 200 and an HTML media type are articles; others are skipped
silently (an archive of a site holds images, scripts and redirects). A record whose page holds no article is
a non-fatal problem naming the record's URL.

A corrupt record or gzip member does not end the run: the error is reported with its byte offset, and reading
resumes at the next record found after it (the next gzip member in a .warc.gz, the next `WARC/` version line
in a plain .warc). A truncated archive reports the truncated record (warcio reads it without complaint, so
the bytes still owed by the record's Content-Length are checked) and keeps what was read before it.
"""

from __future__ import annotations

import contextlib
import io
import mmap
import zlib
from collections.abc import Generator, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.html import html_article
from sourcetrace.readers.inputs import Input, open_file
from sourcetrace.readers.options import ReadOptions, ReadProblem
from sourcetrace.types import Article

__all__ = ["read_warc"]

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: warcio's advice for a .warc.gz compressed as one gzip member, which no reader can seek in.
_NOT_CHUNKED = ("not a record-per-member WARC.gz (the whole archive is one gzip member): run `warcio "
                "recompress FILE FIXED.warc.gz` and read the fixed file")
_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, IndexError, KeyError)


def read_warc(given: Input) -> Iterator[Article | ReadProblem]:
    """Articles from the HTML responses of a WARC file, with a problem for every bad record."""
    options = given.options
    try:
        path = given.file()
        handle = open_file(path)
    except ReadError as error:
        yield ReadProblem(given.location, str(error))
        return
    with handle:
        if path.stat().st_size == 0:
            yield ReadProblem(given.location, "empty file")
            return
        gzipped = handle.read(2) == _GZIP_MAGIC[:2]
        magic = _GZIP_MAGIC if gzipped else _WARC_MAGIC
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start: int | None = 0
            while start is not None:
                start = yield from _read_from(path, handle, data, start, magic, options)


def _read_from(path: Path, handle: Any, data: mmap.mmap, start: int, magic: bytes,
               options: ReadOptions) -> Generator[Article | ReadProblem, None, int | None]:
    """Read records from byte `start`; on an error, report it and return where to resume (None: done)."""
    if not _starts_with_warc(data, start, magic == _GZIP_MAGIC):
        yield ReadProblem(f"{path}@{start}", "corrupt WARC record (no WARC/1.x header)")
        return _next_magic(data, magic, start)
    handle.seek(start)
    records = ArchiveIterator(handle)  # it knows the offset and length of the record last read
    next_start = start  # where the record being read begins: reported if it is corrupt
    warnings = io.StringIO()  # warcio writes its warnings to stderr; keep them out of the user's terminal
    try:
        while True:
            with contextlib.redirect_stderr(warnings):
                record = next(records, None)
                if record is None:
                    return None
                content = _html_content(record, options)  # before the offset: asking for it reads the record
                offset = start + records.get_record_offset()
                length = records.get_record_length()
            next_start = offset + length if magic == _GZIP_MAGIC else _skip_newlines(data, offset + length)
            if content is not None:
                yield _record_article(path, record, content, offset, options)
    except _ERRORS as error:
        if "recompress" in str(error):  # warcio: one gzip member holds several records; no offset is known
            yield ReadProblem(str(path), _NOT_CHUNKED)
            return None
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        reason = "".join(c if " " <= c <= "~" else "?" for c in reason)[:100]
        if reason.count("?") > 8:  # warcio quotes the undecodable bytes it met
            reason = "undecodable data: a damaged gzip member or record"
        # never before where this call began (warcio's offsets in a damaged archive can be negative): the
        # search resumes strictly after it, so a reader that cannot move on stops instead of looping
        next_start = max(next_start, start)
        yield ReadProblem(f"{path}@{next_start}", f"corrupt WARC record ({reason})")
        return _next_magic(data, magic, next_start)


def _starts_with_warc(data: mmap.mmap, start: int, gzipped: bool) -> bool:
    head = data[start : start + 1024]
    if gzipped:
        try:
            head = zlib.decompressobj(31).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _next_magic(data: mmap.mmap, magic: bytes, after: int) -> int | None:
    following = data.find(magic, after + 1)
    return None if following < 0 else following


def _skip_newlines(data: mmap.mmap, at: int) -> int:
    while at < len(data) and data[at : at + 1] in (b"\r", b"\n"):
        at += 1
    return at


def _html_content(record: Any, options: ReadOptions) -> bytes | None:
    """The page of an HTML response record with status 200 (up to the size cap plus one byte), else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    media_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media_type not in _HTML_TYPES:
        return None
    content: bytes = record.content_stream().read(options.max_bytes + 1)
    return content


def _record_article(path: Path, record: Any, content: bytes, offset: int,
                    options: ReadOptions) -> Article | ReadProblem:
    url = record.rec_headers.get_header("WARC-Target-URI")
    location = f"{path}@{offset} {url}" if url else f"{path}@{offset}"
    if len(content) > options.max_bytes:
        return ReadProblem(location, f"record larger than the {options.max_bytes / 1e6:.1f} MB limit")
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:  # the archive ended inside this record
        return ReadProblem(location, f"truncated WARC record ({missing} bytes missing)")
    try:
        article = html_article(content, name=url or f"{path.name}@{offset}", url=url, source_format="warc",
                               min_words=options.min_words, keep_non_articles=options.keep_non_articles,
                               seconds=options.html_seconds)
    except ReadError as error:
        return ReadProblem(location, str(error), fatal=False)
    return replace(article, origin=f"{path.resolve()}@{offset}")
