"""Readers: which inputs are read, and how each is dispatched to its format's reader (`readers.formats`).

`read_paths` takes files, folders (walked recursively for every supported suffix) and http(s) URLs, and
yields an `Article` for every article read and a `ReadProblem` for every input or item that could not be
read, so that one bad file, record, line or feed entry never stops a run. Every problem is one line naming
the file / URL / item and what is wrong; no reader lets an exception escape.

Every reader has one call shape, `read_x(given: Input) -> Iterator[Article | ReadProblem]` (`readers.inputs`),
and the registry `readers.formats.FORMATS` maps each format to its reader and how it is recognised: by the
input string, by suffix, else by sniffing the content (`readers.sniff`).

| input | format / module | notes |
|---|---|---|
| `.txt` | `text` | decoding fallback; an optional header line (`header`) fills published/byline/outlet |
| `.html`, `.htm`, `.xhtml` | `html` | trafilatura text; metadata by `page_meta` and a module per field |
| `.rss`, `.atom`, `.xml` (a feed) | `feed` | each entry's page is fetched and read as HTML |
| `.warc`, `.warc.gz` | `warc` | HTML response records; corrupt records reported, the rest read |
| `.jsonl`, `.ndjson` | `jsonl` | one article per line (fields in `readers.jsonl`) |
| `http://`, `https://` | `url` | a page, a feed or plain text, by media type and content (`fetch` gets it) |

An HTML page that is no article (`page_kind`: a home page, a wiki entry, ...) is skipped with a warning.
`ReadOptions` holds every setting (size cap, timeouts, retries, robots.txt, user agent).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from sourcetrace.readers import formats
from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.fetch import Fetcher
from sourcetrace.readers.formats import format_of
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.options import ReadOptions, ReadProblem
from sourcetrace.types import Article

__all__ = ["ReadError", "ReadOptions", "ReadProblem", "format_of", "read_paths"]


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
            by_input = formats.recognised(raw)
            if by_input is not None:
                yield from _guard(str(raw), _read(by_input, Input(str(raw), options), get_fetcher))
                continue
            path = Path(raw)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and formats.walked(p))
                if not files:
                    yield ReadProblem(
                        str(path), f"folder holds no readable files ({', '.join(formats.FOLDER_SUFFIXES)})"
                    )
                for file in files:
                    yield from _guard(str(file), _read_file(file, options, get_fetcher))
            elif path.exists():
                yield from _guard(str(path), _read_file(path, options, get_fetcher))
            else:
                yield ReadProblem(str(path), "no such file or folder")
    finally:
        if fetcher is not None:
            fetcher.close()


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


def _guard(location: str, items: Iterator[Article | ReadProblem]) -> Iterator[Article | ReadProblem]:
    """Turn anything a reader did not foresee into a one-line problem instead of a traceback."""
    try:
        yield from items
    except Exception as error:  # the last line of defence: report it, never crash the run
        detail = " ".join(str(error).split())
        yield ReadProblem(location, f"unexpected error: {type(error).__name__}: {detail}"[:300])
