"""One item of an input read in isolation: whatever goes wrong with it becomes one problem naming it.

A JSONL line, a WARC record or a feed entry is read by a function that may fail in ways no reader foresees (a
JSON number of 5000 digits, arrays nested 100,000 deep, an HTTP client error, a parser's bug). `isolated`
runs it and turns any failure into a `ReadProblem` for that item alone, so the items after it are still
read: an exception that escaped a reader's generator would end it, and with it the rest of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sourcetrace.readers.errors import ReadError
from sourcetrace.readers.options import ReadProblem
from sourcetrace.types import Article

__all__ = ["isolated", "unforeseen"]

Item = Article | ReadProblem


def isolated(location: str, read: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    """The items `read` gives for one input item; a `ReadError` or any other failure while reading it is
    one problem at `location` (after the items it gave before failing)."""
    try:
        yield from read()
    except ReadError as error:
        yield ReadProblem(location, str(error))
    except RecursionError:
        yield ReadProblem(location, "nested too deeply to read")
    except Exception as error:  # isolation: one item's failure must not end its input
        yield unforeseen(location, error)


def unforeseen(location: str, error: BaseException) -> ReadProblem:
    """The one-line problem for an error no reader foresaw."""
    detail = " ".join(str(error).split())
    return ReadProblem(location, f"unexpected error: {type(error).__name__}: {detail}"[:300])
