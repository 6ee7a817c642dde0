"""`published`, one way for every reader: ISO 8601 with the time zone when the source gives one, else the day.

`iso_published` normalises a date as a page or a file declares it: `2015-07-24T05:36:09+01:00` stays (`Z` and
`+0000` become `+00:00`, seconds are added when missing), a time without a zone (`2018-04-05T06:00`) becomes
the day alone, since the instant is unknown, and so does a bare day (`2019-09-24`, `24.09.2019`).

`page_published` picks the first publication of a page: the date the page's own metadata declares for its
article (schema.org `datePublished` of the main article, `article:published_time` and kin), else a date in
its fact box ("Date 10.06.2013"), else the day trafilatura found (`htmldate`: visible dates, the URL), else
the day in its URL.
A copyright year is never a date: trafilatura falls back to one ("© 2013" becomes 2013-01-01), so a guessed
1 January is dropped when the page states that year as its copyright.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from sourcetrace.readers.page_meta import PageMeta

__all__ = ["declared_published", "iso_published", "page_published", "url_day"]

#: Metas that declare an article's first publication, most specific first.
PUBLISHED_METAS = (
    "article:published_time", "article:published", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "dcterms.created", "dc.date.issued",
    "dcterms.issued", "sailthru.date", "parsely-pub-date", "date",
)
_ISO = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?$",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})$")
#: A day in a URL's path: /2014/12/18/, or with one section between year and month (/2013/middle_east/8/3/).
_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?:[a-z_-]+/)?(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)")
#: Zone abbreviations news pages write after a time, and their offsets: only those that name one zone (EST,
#: CST, IST and BST each name several: Sydney's EST is not New York's, so such a time keeps only its day).
ZONES = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00",
    "EEST": "+03:00", "MSK": "+03:00", "HKT": "+08:00", "SGT": "+08:00", "JST": "+09:00", "KST": "+09:00",
    "AEST": "+10:00", "AEDT": "+11:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00",
}
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_SPELLED_ZONE = re.compile(
    r"^(?P<stamp>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)\s*(?P<zone>[A-Za-z]{1,4})$"
)
_JAVA_DATE = re.compile(r"^[A-Za-z]{3} (?P<month>[A-Za-z]{3}) (?P<day>\d{1,2}) (?P<time>\d{2}:\d{2}:\d{2}) "
                        r"(?P<zone>[A-Za-z]{1,4}) (?P<year>\d{4})$")
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)\s*(?P<first>\d{4})(?:\s*[-–]\s*(?P<last>\d{4}))?", re.IGNORECASE
)


def iso_published(value: object) -> str | None:
    """An ISO 8601 datetime with its zone (`YYYY-MM-DDTHH:MM:SS±HH:MM`) or an ISO day; None if not a date.
    A zone written as an abbreviation (`2014-12-29 16:00:27 EST`, `Fri Mar 13 21:30:09 EST 2015`) is read
    from `ZONES`."""
    text = _with_zone_offset(str(value or "").strip()[:100])
    match = _ISO.match(text)
    if match is None:
        dotted = _DOTTED.match(text)
        if dotted is None:
            return None
        return _day(int(dotted["y"]), int(dotted["m"]), int(dotted["d"]))
    day = match["day"]
    try:
        date.fromisoformat(day)
    except ValueError:
        return None
    if not match["time"] or not match["zone"]:
        return day
    zone = match["zone"].upper()
    zone = "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
    clock = match["time"] if match["time"].count(":") == 2 else f"{match['time']}:00"
    try:
        return datetime.fromisoformat(f"{day}T{clock}{zone}").isoformat()
    except ValueError:
        return day


def _with_zone_offset(text: str) -> str:
    """`2014-12-29 16:00:27 EST` as `2014-12-29 16:00:27-05:00`; a Java date (`Fri Mar 13 21:30:09 EST 2015`)
    in ISO form; anything else as given."""
    java = _JAVA_DATE.match(text)
    if java is not None:
        month = _MONTHS.get(java["month"].lower())
        if month:
            text = f"{java['year']}-{month:02d}-{int(java['day']):02d} {java['time']} {java['zone']}"
    spelled = _SPELLED_ZONE.match(text)
    if spelled is not None:
        zone = spelled["zone"].upper()
        return f"{spelled['stamp']}{ZONES[zone]}" if zone in ZONES else spelled["stamp"][:10]
    return text


def page_published(meta: PageMeta, found_day: str | None, page_text: str = "") -> str | None:
    """The first publication of a page (see the module docstring); `found_day` is trafilatura's day."""
    declared = declared_published(meta)
    if declared is not None:
        return declared
    day = iso_published(found_day)
    if day is not None and day.endswith("-01-01") and _is_copyright_year(day[:4], meta, page_text):
        day = None
    return day or next((found for url in meta.urls if (found := url_day(url))), None)


def declared_published(meta: PageMeta) -> str | None:
    """The first publication the page declares: its main article's `datePublished`, a publication meta, a
    publication time marked up in its body, or the date of its fact box."""
    candidates: list[Any] = []
    if meta.article is not None:
        candidates.append(meta.article.get("datePublished"))
    candidates += [*meta.meta(*PUBLISHED_METAS), *meta.time_values, *meta.meta("itemprop:datepublished")]
    for value in candidates:
        found = iso_published(value)
        if found is not None:
            return _local_day(found, meta.url)
    for value in meta.date_labels():
        labelled = iso_published(value)
        if labelled is not None:
            return labelled
    return None


def url_day(url: str) -> str | None:
    """The day a URL's path carries, or None."""
    match = _URL_DAY.search(url)
    return _day(int(match["y"]), int(match["m"]), int(match["d"])) if match else None


def _local_day(declared: str, url: str | None) -> str:
    """A UTC instant in the small hours, on a page whose URL carries the day before, was published in the
    evening west of UTC: the page's own day (the URL's) is its publication day, and the offset is unknown."""
    if not declared.endswith("+00:00") or url is None:
        return declared
    local = url_day(url)
    instant = datetime.fromisoformat(declared)
    if local and instant.hour < 12 and (instant.date() - timedelta(days=1)).isoformat() == local:
        return local
    return declared


def _is_copyright_year(year: str, meta: PageMeta, page_text: str) -> bool:
    stated = [*meta.meta("copyright", "dcterms.rights", "rights"), page_text]
    return any(year in (match["first"], match["last"])
               for text in stated for match in _COPYRIGHT.finditer(text))


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
