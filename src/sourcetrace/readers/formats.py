"""Which reader reads an input: the registry of formats, each with its reader and how an input is recognised.

A format is recognised from the input string itself (a URL), else by a file's suffix, else by its first
bytes (`readers.sniff`); a suffix that other programs' files share too (`.xml`) counts only when the first
bytes agree. The order of `FORMATS` is the order suffixes are listed in messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sourcetrace.readers.feed import read_feed
from sourcetrace.readers.fetch import is_url
from sourcetrace.readers.html import read_html
from sourcetrace.readers.inputs import Input
from sourcetrace.readers.jsonl import read_jsonl
from sourcetrace.readers.options import ReadProblem
from sourcetrace.readers.sniff import LOOKS_LIKE, SNIFF_BYTES, readable_head, sniff
from sourcetrace.readers.text import read_text
from sourcetrace.readers.url import read_url
from sourcetrace.readers.warc import read_warc
from sourcetrace.types import Article

__all__ = ["BY_NAME", "FOLDER_SUFFIXES", "FORMATS", "Format", "Reader", "format_of", "recognised", "refusal",
           "walked"]

#: The one call shape of every reader.
Reader = Callable[[Input], Iterator[Article | ReadProblem]]


@dataclass(frozen=True)
class Format:
    """One input format: its reader, and how an input is recognised as it.

    `suffixes` (lower case) name a file of the format; with `confirm_by_content`, only when its first bytes
    agree too (`sniff.LOOKS_LIKE[name]`). `recognises` tells an input string of the format before any file
    is looked at (a URL). `fetches`: its reader needs the run's `Fetcher`.
    """

    name: str
    read: Reader
    suffixes: tuple[str, ...] = ()
    confirm_by_content: bool = False
    recognises: Callable[[str], bool] | None = None
    fetches: bool = False


FORMATS: tuple[Format, ...] = (
    Format("text", read_text, suffixes=(".txt",)),
    Format("html", read_html, suffixes=(".html", ".htm", ".xhtml")),
    Format("jsonl", read_jsonl, suffixes=(".jsonl", ".ndjson")),
    Format("warc", read_warc, suffixes=(".warc", ".warc.gz")),
    Format("feed", read_feed, suffixes=(".rss", ".atom", ".xml"), confirm_by_content=True, fetches=True),
    Format("url", read_url, recognises=is_url, fetches=True),
)
BY_NAME: dict[str, Format] = {fmt.name: fmt for fmt in FORMATS}
#: File suffixes read when a folder is walked.
FOLDER_SUFFIXES: tuple[str, ...] = tuple(suffix for fmt in FORMATS for suffix in fmt.suffixes)
#: Suffixes other programs' files share: a folder walk skips such a file unless its first bytes are ours, and
#: one named on its own is refused with this message.
SHARED_SUFFIXES: dict[str, str] = {".xml": "an XML file that is not an RSS/Atom feed"}
NOT_READ = "not a format sourcetrace reads (binary or unknown)"


def recognised(given: str | Path) -> str | None:
    """The format an input string is by itself (a URL), or None: then it names a file or folder."""
    if not isinstance(given, str):
        return None
    return next((fmt.name for fmt in FORMATS if fmt.recognises is not None and fmt.recognises(given)), None)


def format_of(path: Path) -> str | None:
    """The format of a file: by suffix, else by its first bytes; None when it is none we read."""
    by_suffix = _by_suffix(path)
    if by_suffix is not None and not by_suffix.confirm_by_content:
        return by_suffix.name
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return by_suffix.name if by_suffix is not None else None
    if by_suffix is None:
        return sniff(head)
    return by_suffix.name if LOOKS_LIKE[by_suffix.name](readable_head(head)) else None


def walked(path: Path) -> bool:
    """Whether a folder walk reads a file: a suffix we read, confirmed by content when others share it."""
    by_suffix = _by_suffix(path)
    if by_suffix is None:
        return False
    return path.suffix.lower() not in SHARED_SUFFIXES or format_of(path) == by_suffix.name


def refusal(path: Path) -> str:
    """Why a file of no format we read is not read."""
    return SHARED_SUFFIXES.get(path.suffix.lower(), NOT_READ)


def _by_suffix(path: Path) -> Format | None:
    """The format a file's suffix names (a two-part suffix, `.warc.gz`, is matched on the end of the name)."""
    name, last = path.name.lower(), path.suffix.lower()
    for fmt in FORMATS:
        if any(last == end or (end.count(".") > 1 and name.endswith(end)) for end in fmt.suffixes):
            return fmt
    return None
