"""What a visitor or a client submits, read into articles by the readers: a pasted text, a URL (fetched
under the readers' rules), or an uploaded file in any format the readers take.

Every failure is a `Refused` with the HTTP status to answer and one line: 413 for a text or file over the
readers' size cap, 422 for what cannot be read.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sourcetrace.readers import ReadError, ReadOptions, ReadProblem, check_public_url, read_paths
from sourcetrace.readers.fetch import is_url
from sourcetrace.types import Article

#: The metadata a client may give with a text.
METADATA = ("name", "title", "byline", "outlet", "published", "url", "language")


class Refused(Exception):
    """A submission that is not taken: `status` and a one-line `message`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class Read:
    """What a submission gave: its articles, and the problems of the items that could not be read."""

    articles: tuple[Article, ...]
    problems: tuple[ReadProblem, ...]


def _checked_size(size: int, what: str, options: ReadOptions) -> None:
    if size > options.max_bytes:
        raise Refused(413, f"{what} is larger than the {options.max_bytes / 1024 / 1024:.1f} MB limit")


def from_text(text: str, options: ReadOptions, **metadata: str | None) -> Read:
    """A pasted or posted text as one article (its metadata as given)."""
    _checked_size(len(text.encode("utf-8")), "the text", options)
    if not text.strip():
        raise Refused(422, "the text is empty")
    given = {key: value for key, value in metadata.items() if key in METADATA and value}
    # A text with no name or URL is named by its content: the store takes a stored article with the same
    # name (or URL) and another text for a new version of it, so a shared default name would replace.
    given.setdefault("name", "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    return Read((Article(text=text, source_format="text", **given),), ())  # type: ignore[arg-type]


def _read(inputs: list[str], options: ReadOptions) -> Read:
    articles, problems = [], []
    for item in read_paths(inputs, options):
        if isinstance(item, Article):
            articles.append(item)
        else:
            problems.append(item)
    if not articles:
        reason = "; ".join(problem.message for problem in problems) or "no article found"
        status = 413 if "limit" in reason and "larger" in reason else 422
        raise Refused(status, reason)
    return Read(tuple(articles), tuple(problems))


def from_url(url: str, options: ReadOptions) -> Read:
    """The article at an http(s) URL, fetched by the readers (timeouts, size cap, robots.txt)."""
    url = url.strip()
    if not is_url(url) or len(url) > 2000 or re.search(r"\s", url):
        raise Refused(422, "give an http:// or https:// URL")
    try:  # a URL from the web is fetched only from a public address, as a feed entry is
        check_public_url(url, allow_private_hosts=options.allow_private_hosts)
    except ReadError as refused:
        raise Refused(422, str(refused)) from refused
    return _read([url], options)


def _safe_suffix(filename: str) -> str:
    """The upload's suffixes (".warc.gz"), letters and digits only: the only part of its name used."""
    suffixes = "".join(Path(filename).suffixes[-2:]).lower()
    return suffixes if re.fullmatch(r"(\.[a-z0-9]{1,8}){0,2}", suffixes) else ""


def from_upload(filename: str, content: bytes, options: ReadOptions) -> Read:
    """An uploaded file read as the readers read a file of its suffix (or by its content)."""
    _checked_size(len(content), "the upload", options)
    with tempfile.TemporaryDirectory(prefix="sourcetrace-upload-") as folder:
        path = Path(folder) / f"upload{_safe_suffix(filename) or '.txt'}"
        path.write_bytes(content)
        found = _read([str(path)], options)
    shown = Path(filename).name[:200] or "upload"
    renamed = tuple(
        article if article.name != str(path) and not article.name.startswith(str(path))
        else _renamed(article, shown + article.name[len(str(path)):])
        for article in found.articles
    )
    return Read(renamed, found.problems)


def _renamed(article: Article, name: str) -> Article:
    return replace(article, name=name)

