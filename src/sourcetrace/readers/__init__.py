"""Readers: which inputs are read, and how each is dispatched to its format's reader (`readers.formats`).

`read_paths` takes files, folders (walked recursively for every supported suffix) and http(s) URLs, and
yields an `Article` for every article read and a `ReadProblem` for every input or item that could not be
read, so that one bad file, record, line or feed entry never stops a run. Every item passes
`readers.checks` on its way out: names made valid text, texts that are not language skipped, texts over the
character budget cut (`ReadOptions.max_chars`). A named pipe, socket or device is refused without being
opened. Every problem is one line naming
the file / URL / item and what is wrong; no reader lets an exception escape.

Every reader has one call shape, `read_x(given: Input) -> Iterator[Article | ReadProblem]` (`readers.inputs`),
and the registry `readers.formats.FORMATS` maps each format to its reader and how it is recognised: by the
input string, by suffix, else by sniffing the content (`readers.sniff`).

| input | format / module | notes |
|---|---|---|
| `.txt` | `text` | decoding fallback; an optional header line (`header`) fills published/byline/outlet |
| `.html`, `.htm`, `.xhtml` | `html` | trafilatura text; metadata by `page_meta` and a module per field |
| `.rss`, `.atom`, `.xml` (a feed) | `feed` | entry pages fetched and read as HTML, else the feed's text |
| `.warc`, `.warc.gz` | `warc` | HTML response records; corrupt records reported, the rest read |
| `.jsonl`, `.ndjson` | `jsonl` | one article per line (fields in `readers.jsonl`) |
| `http://`, `https://` | `url` | a page, a feed or plain text, by media type and content (`fetch` gets it) |

An HTML page that is no article (`page_kind`: a home page, a wiki entry, ...) is skipped with a warning.
Fetching reads public addresses only (`address.check_public_url` vets a URL, for any caller that takes URLs;
`transport` connects to what it vetted); `ReadOptions` holds every setting (size cap, timeouts, deadline,
retries, robots.txt, user agent, private hosts, whether feed pages are fetched).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from sourcetrace.readers import formats
from sourcetrace.readers.address import UnsafeURL, check_public_url
from sourcetrace.readers.checks import checked, text_name
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.fetch import Fetcher
from sourcetrace.readers.formats import format_of
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadOptions, ReadProblem
from sourcetrace.types import Article

_NOT_REGULAR = "not a regular file (a named pipe, socket or device): not opened"

__all__ = [
    "ReadError", "ReadOptions", "ReadProblem", "UnsafeURL", "check_public_url", "format_of", "read_paths",
]


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
            yield from _read_one(raw, options, get_fetcher)
    finally:
        if fetcher is not None:
            fetcher.close()


def _read_one(
    raw: str | Path, options: ReadOptions, get_fetcher: Callable[[], Fetcher]
) -> Iterator[Article | ReadProblem]:
    """What one input given on the command line holds: a URL, a file, or the files of a folder."""
    by_input = formats.recognised(raw)
    if by_input is not None:
        yield from _guard(str(raw), _read(by_input, Input(str(raw), options), get_fetcher), options.max_chars)
        return
    path = Path(raw)
    if path.is_dir():
        try:
            files = sorted(p for p in path.rglob("*") if p.is_file() and formats.walked(p))
        except OSError as error:  # a folder that cannot be listed
            yield ReadProblem(text_name(str(path)), f"folder cannot be read ({error.strerror or error})")
            return
        if not files:
            yield ReadProblem(text_name(str(path)),
                              f"folder holds no readable files ({', '.join(formats.FOLDER_SUFFIXES)})")
        for file in files:
            yield from _guard(str(file), _read_file(file, options, get_fetcher), options.max_chars)
    elif path.is_file():
        yield from _guard(str(path), _read_file(path, options, get_fetcher), options.max_chars)
    elif path.exists():  # a named pipe, socket or device: opening one may block forever, so it is not opened
        yield ReadProblem(text_name(str(path)), _NOT_REGULAR)
    else:
        yield ReadProblem(text_name(str(path)), "no such file or folder")


def _read_file(
    path: Path, options: ReadOptions, get_fetcher: Callable[[], Fetcher]
) -> Iterator[Article | ReadProblem]:
    name = formats.format_of(path)
    if name is None:
        yield ReadProblem(str(path), formats.refusal(path))
        return
    origin = str(path.resolve())
    for item in _read(name, Input(str(path), options, path=path), get_fetcher):
        # Where the article came from in full (the store's identity): the file, unless the reader named
        # the record inside it (a JSONL line, a WARC record).
        yield replace(item, origin=origin) if isinstance(item, Article) and item.origin is None else item


def _read(name: str, given: Input, get_fetcher: Callable[[], Fetcher]) -> Iterator[Article | ReadProblem]:
    """The one dispatch: the registry's reader for the format, given the run's fetcher when it fetches."""
    fmt = formats.BY_NAME[name]
    if fmt.fetches:
        given = replace(given, fetcher=get_fetcher())
    yield from fmt.read(given)


def _guard(location: str, items: Iterator[Article | ReadProblem],
           max_chars: int) -> Iterator[Article | ReadProblem]:
    """Every item of one input as `readers.checks` passes it, and anything a reader did not foresee as a
    one-line problem instead of a traceback."""
    try:
        for item in items:
            yield from checked(item, location, max_chars)
    except Exception as error:  # the last line of defence: report it, never crash the run
        detail = " ".join(str(error).split())
        yield ReadProblem(text_name(location), f"unexpected error: {type(error).__name__}: {detail}"[:300])
