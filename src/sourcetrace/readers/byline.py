"""Bylines: the persons an article is credited to, from the page's author metadata, as names.

The page's author metadata is read in order of trust, and the first source that names a person wins: the
main schema.org article's `author`, the author metas (`author`, `article:author`, `dc.creator`, `byl`, ...),
the page's fact box ("Author: Ben Knight"), the author trafilatura found, and the elements the page marks up
as its byline. Each credit is split into names ("A, B and C, CNN"; "A (avec B et C)"), stripped of "By",
handles, dates and roles, and kept only when it is a name: page furniture ("Username", "Staff" alone), photo
credits ("Photo by ..."), addresses and URLs never are. When no person is credited, a desk or an agency is
("Our Foreign Staff", "Reuters"), unless it is the outlet itself ("BBC News" on the BBC). Names are merged
regardless of case ("Jeffrey Gettleman; JEFFREY GETTLEMAN"), keeping the form not written in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from sourcetrace import data
from sourcetrace.readers.page_meta import PageMeta, clean

__all__ = ["clean_byline", "credit_names", "is_person_name", "page_byline"]

#: Metas that name an article's author, most trusted first.
AUTHOR_METAS = (
    "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "byl",
    "sailthru.author",
    "parsely-author", "dcsext.author", "cse_author", "analyticsattributes.author", "citation_author",
)
_LEAD_IN = re.compile(
    r"^(?:(?:posted|written|reported|story|text|words|edited)\s+by|by|von|par|por|author|autor|auteur)\b"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_PHOTO = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video|graphics?|foto|bild|credit)\b"
    r"|\b(?:getty images|ap photo|afp photo|shutterstock|istock)\b",
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\s(?:[-–—|·•]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|updated\b"
    r"|published\b|posted\b)",
    re.IGNORECASE,
)
_HANDLE_OR_URL = re.compile(r"@\w+|\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+|\(\s*www\.[^)]*\)|\S+\.(?:com|org|net)\b")
_PARENTHESES = re.compile(r"\(([^)]*)\)")
#: A credit longer than this is cut before it is read (bounds the cost of a page's odd metadata).
_MAX_CREDIT_CHARS = 300
_PROFILE_PATH = re.compile(r"^https?://[^/]+/(?:[\w-]+/)*(?:author|authors|by|profile|people|staff|journalist)/"
                           r"([a-z]+(?:[-_][a-z]+){1,3})/?$")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[^\W\d_]\.)$")


@cache
def _words(name: str) -> frozenset[str]:
    return data.words("readers", name)


@cache
def _agencies() -> frozenset[str]:
    names: set[str] = set()
    for line in data.lines("agencies.tsv"):
        canonical, kind, aliases, *_ = [*line.split("\t"), ""]
        if kind == "agency":
            names |= {canonical.lower(), *(alias.lower() for alias in aliases.split("|") if alias)}
    return frozenset(names)


def page_byline(meta: PageMeta, found_author: str | None, outlets: Sequence[str] = ()) -> str | None:
    """The byline of a page: its credited persons joined by "; " (or a desk or agency), or None. The page's
    structured metadata (schema.org, metas, fact box) is read first; the elements that look like a byline
    (trafilatura's author, then the page's marked-up bylines, one at a time: a sidebar's bylines follow the
    article's) only when it credits no one, or to complete its list of persons."""
    credited = clean_byline(_structured_sources(meta), outlets)
    for text in [found_author, *meta.byline_texts, *_profile_names(meta)]:
        if credited is not None:
            break
        credited = clean_byline([[text]], outlets) if text else None
    if credited is None or not all(is_person_name(name) for name in credited.split("; ")):
        return credited  # a desk or an agency: a sidebar's bylines must not replace it
    return clean_byline([credited.split("; "), *([text] for text in meta.byline_texts)], outlets)


def clean_byline(sources: Iterable[Sequence[str]], outlets: Sequence[str] = ()) -> str | None:
    """The persons of the first source that names one, else the first desk or agency credited that is not
    the outlet (`outlets`: the page's names for itself); "; "-joined, merged regardless of case. A later
    source that credits the same persons and more completes the list ("Martin Untersinger" in one, "Martin
    Untersinger (avec Damien Leloup et Morgane Tual)" in the next)."""
    outlet_keys = {_key(name) for name in outlets if name}
    desk: list[str] = []
    persons: list[str] = []
    for source in sources:
        found = [name for raw in source for name in credit_names(raw) if _key(name) not in outlet_keys]
        named = [name for name in found if is_person_name(name)]
        if not persons:
            persons = named
        elif {_key(n) for n in persons} < {_key(n) for n in named}:
            persons += named
        if not desk:
            desk = [name for name in found if _is_desk_or_agency(name)][:1]
    return "; ".join(_merged(persons or desk)) or None


def credit_names(raw: str) -> list[str]:
    """The names one credit holds: "By Dana A. Ford, Tom Watkins and Jo Li, CNN" gives the three names and
    "CNN"; "Martin Untersinger (avec Damien Leloup et Morgane Tual)" gives the three names."""
    text = clean(raw)[:_MAX_CREDIT_CHARS]
    if not text or _PHOTO.search(text):
        return []
    text = _HANDLE_OR_URL.sub(" ", text)
    text = _PARENTHESES.sub(_parenthesis, text)
    by = re.search(r"(?:^|\s)(?:by|von|par|por)\s+(?=\S)", text, re.IGNORECASE)
    if by is not None and by.start() > 0 and not _LEAD_IN.match(text):
        text = text[by.end():]  # "2/26/2015 7:11 AM PST BY TMZ STAFF"
    text = _LEAD_IN.sub("", text.strip())
    cut = _CUT.search(f" {text}")
    if cut is not None:
        text = text[: max(0, cut.start() - 1)]
    joiners = "|".join(re.escape(word) for word in sorted(_words("byline_joiners"), key=len, reverse=True))
    parts = re.split(rf"\s*[,;/&+]\s*|\s+(?:{joiners})\s+", text, flags=re.IGNORECASE)
    names = []
    leading_joiner = re.compile(rf"^(?:{joiners})\s+", re.IGNORECASE)
    for part in parts:
        name = leading_joiner.sub("", _LEAD_IN.sub("", part.strip(" .:-–—|")).strip(" .:-–—|"))
        if name and name.lower() not in _words("byline_ui_words"):
            names.append(_cased(" ".join(name.split())))
    return names


def _parenthesis(match: re.Match[str]) -> str:
    """A parenthesis that adds names ("(avec B et C)", "(with B)") is a list of them; any other is dropped."""
    inner = match.group(1).strip()
    first = inner.split()[0].lower() if inner.split() else ""
    return f", {inner[len(first):]}" if first in _words("byline_joiners") else " "


def is_person_name(name: str) -> bool:
    """A personal name: two to five words, each capitalised or a name particle, none a desk word, no
    digits, no acronym beside other words."""
    words = name.split()
    if not 2 <= len(words) <= 5 or any(char.isdigit() for char in name):
        return False
    particles = _words("name_particles")
    desk = _words("byline_desk_words")
    capitals = [w for w in words if w.isupper() and len(w.strip(".")) > 1 and "." not in w]
    if capitals and len(capitals) < len(words):
        return False  # an acronym beside a name's words: "ACLU Speech", not a person
    for word in words:
        if word.lower().strip(".") in desk or not _NAME_WORD.match(word):
            return False
        if not (word[0].isupper() or word.lower() in particles):
            return False
    return len(words[-1].strip(".")) > 1 and any(len(w.strip(".")) > 1 for w in words[:-1])


def _is_desk_or_agency(name: str) -> bool:
    words = [w.lower().strip(".") for w in name.split()]
    if not 1 <= len(words) <= 6 or any(char.isdigit() for char in name):
        return False
    return name.lower() in _agencies() or bool(set(words[1:]) & _words("byline_desk_words"))


def _structured_sources(meta: PageMeta) -> Iterator[Sequence[str]]:
    if meta.article is not None:
        yield list(_schema_authors(meta.article.get("author")))
    for name in (*AUTHOR_METAS, "itemprop:author"):
        yield [value for value in meta.meta(name) if not value.startswith(("http://", "https://", "/"))]
    yield meta.author_labels()


def _profile_names(meta: PageMeta) -> Iterator[str]:
    """Names spelled in author-page addresses (`article:author` http://example.com/author/keith-j-kelly/):
    the last resort when the page names its author nowhere else."""
    for url in meta.meta("article:author", "author"):
        match = _PROFILE_PATH.search(url[:300])
        if match:
            yield " ".join(part.capitalize() for part in re.split(r"[-_]", match.group(1)) if part)


def _schema_authors(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _schema_authors(item)
    elif isinstance(value, dict) and isinstance(value.get("name"), str):
        yield value["name"]


def _merged(names: Iterable[str]) -> list[str]:
    """Names merged regardless of case and spacing, in first-seen order, keeping a form not in capitals."""
    kept: dict[str, str] = {}
    for name in names:
        key = _key(name)
        if key not in kept or (kept[key].isupper() and not name.isupper()):
            kept[key] = name
    return list(kept.values())


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower().removeprefix("the "))


def _cased(name: str) -> str:
    """A name written in capitals in normal case ("JEFFREY GETTLEMAN"); acronyms of up to 3 letters stay."""
    if not name.isupper():
        return name
    return " ".join(word if len(word) <= 3 else word.capitalize() for word in name.split())
