"""Header lines: a first line of a .txt article that says when, by whom and where it was published.

Plain-text articles saved from the web often start with a line of metadata rather than prose:

    date 2024-05-24 by Jane Doe / Daily Planet May 24, 2024
    Published: 24 May 2024 | By Jane Doe
    By Jane Doe — The Daily Planet

The grammar: the first non-blank line, short and followed by the body, made only of fields, each a keyword and
a value (`date|published|posted|updated|on [:] DATE`, `by [:] NAME [/ | — OUTLET]`,
`source|outlet|from [:] OUTLET`) or a bare DATE (ISO `2024-05-24[THH:MM[:SS][zone]]`, `May 24, 2024`,
`24 May 2024`, `Sept. 26, 2016`), separated by spaces or `|`, `·`, `;`. A line with anything else in it is
prose, not a header. At least one keyword must be present.

`parse_header(text)` returns a `Header` with the fields and `body_start`, the offset of the first character of
the body. The text itself is never changed: the header stays in `Article.text` and extraction starts at
`body_start`, so that every offset still indexes the text exactly as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Header", "parse_date", "parse_header"]

_MAX_HEADER_CHARS = 300

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DATE = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d))"
    rf"|(?P<mdy>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)"
    rf"|(?P<dmy>\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b)",
    re.IGNORECASE,
)
_KEYWORD = re.compile(
    r"(?:^|(?<=[\s|·;]))(?P<key>date|published(?: on)?|posted(?: on)?|updated(?: on)?|by|source|outlet|from)"
    r"\b[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_SEPARATORS = " \t|·;,"
_OUTLET_SPLIT = re.compile(r"\s+(?:/|\||—|–|-)\s+")


@dataclass(frozen=True)
class Header:
    """What a header line says. `published` is an ISO date or datetime; `body_start` indexes the text."""

    body_start: int
    published: str | None = None
    byline: str | None = None
    outlet: str | None = None


def parse_date(value: str) -> str | None:
    """An ISO date (or datetime, when a time is given) from one of the date shapes above; None if invalid."""
    match = _DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        if match.group("iso"):
            iso = match.group("iso").replace(" ", "T")
            date.fromisoformat(iso[:10])
            return iso
        words = re.findall(r"[A-Za-z]+|\d+", match.group(0))
        numbers = [int(w) for w in words if w.isdigit()]
        month_word = next(w for w in words if not w.isdigit() and w.lower() not in ("st", "nd", "rd", "th"))
        month = _MONTHS[month_word.lower()[:3]]
        day, year = numbers[0], numbers[-1]
        return date(year, month, day).isoformat()
    except (ValueError, KeyError, StopIteration):
        return None


def parse_header(text: str) -> Header | None:
    """The header line at the top of `text`, or None when the text starts with prose."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return None  # a one-line text has no body to follow a header
    line = text[start:end]
    if not line.strip() or len(line) > _MAX_HEADER_CHARS:
        return None
    body_start = end + (len(text[end:]) - len(text[end:].lstrip()))
    if body_start >= len(text):
        return None
    fields = _fields(line)
    if fields is None:
        return None
    published, byline, outlet = fields
    return Header(body_start=body_start, published=published, byline=byline, outlet=outlet)


def _fields(line: str) -> tuple[str | None, str | None, str | None] | None:
    keywords = [k for k in _KEYWORD.finditer(line) if _field_boundary(line, k.start())]
    if not keywords:
        return None
    leading = line[: keywords[0].start()]
    if leading.strip(_SEPARATORS) and not _only_dates(leading):
        return None
    byline: str | None = None
    outlet: str | None = None
    published = _first_date(leading)
    for index, keyword in enumerate(keywords):
        value_end = keywords[index + 1].start() if index + 1 < len(keywords) else len(line)
        value = line[keyword.end() : value_end]
        key = keyword.group("key").lower().split()[0]
        found = _first_date(value)
        rest = _DATE.sub(" ", value).strip(_SEPARATORS)
        if key in ("date", "published", "posted", "updated"):
            if found is None or rest:
                return None
            published = published or found
        elif key == "by":
            if not rest or not _name_like(rest):
                return None
            published = published or found
            parts = _OUTLET_SPLIT.split(rest, maxsplit=1)
            byline = parts[0].strip(_SEPARATORS)
            if len(parts) > 1:
                outlet = parts[1].strip(_SEPARATORS) or None
        else:  # source / outlet / from
            if not rest or not _name_like(rest):
                return None
            published = published or found
            outlet = rest
    if published is None and byline is None:
        return None
    return published, byline, outlet


def _field_boundary(line: str, index: int) -> bool:
    """A keyword opens a field only at the line start, after a separator or after a date ("Some Outlet" is
    a name, not the keyword "outlet")."""
    before = line[:index].rstrip()
    if not before or before[-1] in "|·;,—–/":
        return True
    return any(match.end() == len(before) for match in _DATE.finditer(before))


def _only_dates(value: str) -> bool:
    return bool(_DATE.search(value)) and not _DATE.sub(" ", value).strip(_SEPARATORS)


def _first_date(value: str) -> str | None:
    for match in _DATE.finditer(value):
        parsed = parse_date(match.group(0))
        if parsed:
            return parsed
    return None


def _name_like(value: str) -> bool:
    """A byline or outlet: a few words, mostly capitalised, not a sentence ("By the numbers: ..." is a
    title)."""
    words = value.split()
    if not 0 < len(words) <= 12 or re.search(r"[.!?:][\"”’]?\s+\w|[“”\"]", value):
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    return bool(words[0][:1].isupper() or words[0][:1].isdigit()) and capitalised * 2 >= len(words)
