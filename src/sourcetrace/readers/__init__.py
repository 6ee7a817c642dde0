"""Readers: one module per input format, all yielding the same `Article` record.

`read_paths` takes files, folders (walked recursively for every supported suffix) and http(s) URLs, and
yields an `Article` for every article read and a `ReadProblem` for every input or item that could not be
read, so that one bad file, record, line or feed entry never stops a run. Every problem is one line naming
the file / URL / item and what is wrong; no reader lets an exception escape.

Formats, by suffix, else by sniffing the content:

| input | module | notes |
|---|---|---|
| `.txt` | `text` | decoding fallback; an optional header line (`header`) fills published/byline/outlet |
| `.html`, `.htm`, `.xhtml` | `html` | trafilatura; the extracted text is what offsets index |
| `.rss`, `.atom`, `.xml` (a feed) | `feed` | each entry's page is fetched and read as HTML |
| `.warc`, `.warc.gz` | `warc` | HTML response records; corrupt records reported, the rest read |
| `.jsonl`, `.ndjson` | `jsonl` | one article per line (fields in `readers.jsonl`) |
| `http://`, `https://` | `fetch` | a page, a feed or plain text, by media type and content |

`ReadOptions` holds every setting (size cap, timeouts, retries, robots.txt, user agent).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.feed import read_feed
from sourcetrace.readers.fetch import Fetcher, is_url
from sourcetrace.readers.html import read_html
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.jsonl import read_jsonl
from sourcetrace.readers.options import ReadOptions, ReadProblem
from sourcetrace.readers.sniff import LOOKS_LIKE, SNIFF_BYTES, looks_like_feed, sniff
from sourcetrace.readers.text import read_text
from sourcetrace.readers.warc import read_warc
from sourcetrace.types import Article

__all__ = ["ReadError", "ReadOptions", "ReadProblem", "format_of", "read_paths"]

#: Suffixes (lower case) and the format they name; `.xml` counts only when it holds a feed.
_SUFFIXES = {
    ".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".warc.gz": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
#: File suffixes read when a folder is walked.
_FOLDER_SUFFIXES = tuple(_SUFFIXES)


def format_of(path: Path) -> str | None:
    """The format of a file: by suffix, else by its first bytes; None when it is none we read."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    by_suffix = _SUFFIXES.get(path.suffix.lower())
    if by_suffix is not None and by_suffix != "feed":
        return by_suffix
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return by_suffix
    return sniff(head) if by_suffix is None else ("feed" if LOOKS_LIKE["feed"](head) else None)


def read_paths(
    paths: Iterable[str | Path], options: ReadOptions | None = None
) -> Iterator[Article | ReadProblem]:
    """Read files, folders (recursively) and URLs, yielding articles and problems in input order."""
    options = options or ReadOptions()
    fetcher: Fetcher | None = None

    def get_fetcher() -> Fetcher:
        nonlocal fetcher
        if fetcher is None:
            fetcher = Fetcher(options)
        return fetcher

    try:
        for raw in paths:
            if isinstance(raw, str) and is_url(raw):
                yield from _guard(raw, _read_url(raw, get_fetcher, options))
                continue
            path = Path(raw)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and _walkable(p))
                if not files:
                    yield ReadProblem(
                        str(path), f"folder holds no readable files ({', '.join(_FOLDER_SUFFIXES)})"
                    )
                for file in files:
                    yield from _guard(str(file), _read_file(file, get_fetcher, options))
            elif path.exists():
                yield from _guard(str(path), _read_file(path, get_fetcher, options))
            else:
                yield ReadProblem(str(path), "no such file or folder")
    finally:
        if fetcher is not None:
            fetcher.close()


def _walkable(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return True
    if path.suffix.lower() == ".xml":
        return format_of(path) == "feed"
    return path.suffix.lower() in _SUFFIXES


def _guard(location: str, items: Iterator[Article | ReadProblem]) -> Iterator[Article | ReadProblem]:
    """Turn anything a reader did not foresee into a one-line problem instead of a traceback."""
    try:
        yield from items
    except Exception as error:  # the last line of defence: report it, never crash the run
        detail = " ".join(str(error).split())
        yield ReadProblem(location, f"unexpected error: {type(error).__name__}: {detail}"[:300])


def _read_file(
    path: Path, get_fetcher: Callable[[], Fetcher], options: ReadOptions
) -> Iterator[Article | ReadProblem]:
    kind = format_of(path)
    given = Input(str(path), options, path=path)
    if kind == "text":
        yield from read_text(given)
    elif kind == "jsonl":
        yield from read_jsonl(given)
    elif kind == "warc":
        yield from read_warc(given)
    elif kind == "html":
        yield from read_html(given)
    elif kind == "feed":
        yield from read_feed(replace(given, fetcher=get_fetcher()))
    elif path.suffix.lower() == ".xml":
        yield ReadProblem(str(path), "an XML file that is not an RSS/Atom feed")
    else:
        yield ReadProblem(str(path), "not a format sourcetrace reads (binary or unknown)")


def _read_url(
    url: str, get_fetcher: Callable[[], Fetcher], options: ReadOptions
) -> Iterator[Article | ReadProblem]:
    fetcher = get_fetcher()
    try:
        page = fetcher.get(url)
    except ReadError as error:
        yield ReadProblem(url, str(error))
        return
    fetched = Input(url, options, content=page.content, url=page.url, charset=page.charset, fetcher=fetcher)
    if looks_like_feed(page.content, page.content_type):
        yield from read_feed(fetched)
    elif page.content_type == "text/plain":
        yield from read_text(fetched)
    elif "html" in page.content_type or sniff(page.content[:SNIFF_BYTES]) == "html":
        yield from read_html(fetched)
    else:
        yield ReadProblem(url, f"unsupported content type {page.content_type or '(none)'}")
