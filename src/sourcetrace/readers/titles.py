"""Headlines: a page's title without the site's name, section, author or date around it.

The headline is read from the main schema.org article's `headline`, else `og:title` / `twitter:title`, else
the `<title>` (a candidate that is only the site's name, "Yahoo News - Latest News & Headlines", is passed
over). Its affixes are cut: split at " | ", " - ", " — ", " :: ", the segments that name the site (its
outlet names, its host, "DW"), the byline, a date, and every segment after the site's name (a section:
"... - BBC中文网 - 两岸三地") are dropped; a leading site name goes too ("Python Insider: ...").
When the page's one main `<h1>` holds the same headline more fully (the headline before a byline segment,
or a longer form of a social-media title sharing most of its words), the `<h1>` is the headline.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sourcetrace.readers.outlet_names import name_like, names_host
from sourcetrace.readers.page_meta import PageMeta, clean, host_of

__all__ = ["page_title", "strip_site"]

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|«|»)\s+")
_LEADING_SITE = re.compile(r"^(?P<site>[^:|]{2,40}):\s+(?P<rest>.+)$")
_DATE_SEGMENT = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})$"
)


def page_title(meta: PageMeta, found_title: str | None, site: Sequence[str] = (),
               byline: str | None = None) -> str | None:
    """The headline of a page (see the module docstring)."""
    host = host_of(meta.url)
    site_keys = {_key(name) for name in site if name}
    candidates: list[str] = []
    if meta.article is not None and isinstance(meta.article.get("headline"), str):
        candidates.append(meta.article["headline"])
    candidates += meta.meta("og:title", "twitter:title")
    candidates += [value for value in (meta.title, found_title) if value]
    site_wide = {_key(name) for name in meta.meta("application-name", "og:site_name")}
    for candidate in candidates:
        if _key(candidate) in site_wide:
            continue  # the site's name and tagline, not this page's headline
        title = strip_site(clean(candidate)[:500], site, host, byline)
        if title and _key(title) not in site_keys and not _is_site_name(title, host):
            return _with_h1(title, meta)
    return None


def strip_site(title: str, site: Sequence[str] = (), host: str = "", byline: str | None = None) -> str:
    """A title without the segments that name the site, its sections after the site's name, a byline or a
    date ("Obama admits ... - BBC News", "Berlin confronts ... | DW | 19.01.2020")."""
    segments = _SEPARATOR.split(title)
    site_keys = {_key(name) for name in site if name}
    site_keys |= {_initials(name) for name in site if len(name.split()) > 1}
    author_keys = {_key(name) for name in re.split(r";|,| and ", byline or "") if name.strip()}

    def is_site(segment: str) -> bool:
        key = _key(segment)
        return key in site_keys or (bool(host) and _is_site_name(segment, host)) or key in author_keys \
            or bool(_DATE_SEGMENT.match(segment.strip()))

    while len(segments) > 1 and is_site(segments[0]):
        segments = segments[1:]
    for index in range(1, len(segments)):
        if is_site(segments[index]):
            segments = segments[:index]
            break
    kept = " - ".join(segments).strip()
    leading = _LEADING_SITE.match(kept)
    if leading and (_key(leading["site"]) in site_keys or (host and _is_site_name(leading["site"], host))):
        kept = leading["rest"]
    return kept


def _is_site_name(segment: str, host: str) -> bool:
    """A segment naming the site: a short name, naming the host ("DW", "CNNArabic.com")."""
    words = segment.split()
    if not words or len(words) > 5:
        return False
    name = re.sub(r"\.(?:com|org|net|co\.uk|fr|de)$", "", segment.strip(), flags=re.IGNORECASE)
    return name_like(name) and names_host(name, host)


def _with_h1(title: str, meta: PageMeta) -> str:
    """The page's main `<h1>` when it is a fuller form of the same headline."""
    if not meta.h1s:
        return title
    h1 = meta.h1s[0]
    if len(_key(h1)) < 8 or _key(h1) == _key(title):
        return title
    title_words, h1_words = set(_words(title)), set(_words(h1))
    if not title_words or not h1_words:
        return title
    if _key(title).startswith(_key(h1)) and len(_key(h1)) >= 8:
        return h1
    shared = len(title_words & h1_words) / len(title_words)
    return h1 if shared >= 0.6 and len(h1_words) >= len(title_words) else title


def _initials(name: str) -> str:
    """"dw" for "Deutsche Welle": a site often shortens its name so in titles."""
    return "".join(word[0] for word in _fold(name).split() if word not in ("the", "of", "and"))


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", _fold(text)) if len(w) > 2]


def _key(text: str) -> str:
    return re.sub(r"\W+", "", _fold(text).removeprefix("the "))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()
