"""Outlet names: who published a page, as a name ("The New York Times"), never a URL or a section.

A known domain (`data/readers/outlets.tsv`, matched on the page's host and, for sites with language
services, a path prefix) is named as the table says, so that every page of a site is counted under one name
whatever section or edition its metadata names ("NYTimes", "SPIEGEL ONLINE, Hamburg, Germany", "DW.COM").
Otherwise the page's publisher metadata names it: the main article's schema.org `publisher`, the site's
schema.org organisation, `og:site_name`, `application-name`, `dc.publisher`, the name trafilatura found, and
the site's name around the `<title>` ("Python Insider: ...", "... | Dallas Morning News"). Each candidate is
tidied (a tagline after " - " or " | ", a place after a comma, "(www.dw.com)", a ".com" suffix dropped) and
taken only if it names the page's host: a section ("Letters to the Editor", "U.S.") or a URL never is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from urllib.parse import urlsplit

from sourcetrace import data
from sourcetrace.readers.page_meta import PageMeta, clean, host_of

__all__ = ["known_outlet", "name_like", "names_host", "page_outlet", "site_names", "tidy_outlet"]

_SEGMENTS = re.compile(r"\s+[|–—:·»«-]+\s+|:\s+")
_COMMERCIAL_SUFFIX = re.compile(r"(?<=\w)\.(?:com|net|co\.uk|co|fr|de|es|it|com\.\w\w|co\.\w\w)$",
                                re.IGNORECASE)
_WEAK_WORDS = frozenset({"the", "news", "online", "daily", "com", "www", "of", "and", "for", "de", "la",
                         "le"})
#: Second-level labels under a country's domain (co.uk, com.au): the site's own label comes before them.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic"})
_ORGANISATION_TYPES = frozenset({"newsmediaorganization", "organization", "corporation"})


@cache
def _table() -> dict[str, str]:
    return {key.lower(): values[0] for key, values in data.table("readers", "outlets").items() if values}


def known_outlet(url: str | None) -> str | None:
    """The table's name for the site of `url` (host and subdomains; the longest path prefix), or None."""
    host = host_of(url)
    if not host:
        return None
    path = urlsplit(url if url and "//" in url else f"//{url}").path.lower()
    labels = host.split(".")
    best: tuple[int, str] | None = None
    for start in range(len(labels) - 1):
        domain = ".".join(labels[start:])
        for key, name in _table().items():
            base, _, prefix = key.partition("/")
            if base != domain or (prefix and not (path + "/").startswith(f"/{prefix}/")):
                continue
            rank = len(domain) * 100 + len(prefix)
            if best is None or rank > best[0]:
                best = (rank, name)
    return best[1] if best else None


def page_outlet(meta: PageMeta, found_sitename: str | None = None) -> str | None:
    """The outlet of a page: the table's name for its domain, else the first publisher name that names its
    host (any, when the host is unknown)."""
    known = next((name for url in meta.urls if (name := known_outlet(url))), None)
    if known is not None:
        return known
    hosts = [host for url in meta.urls if _named(host := host_of(url))]
    for candidate in _candidates(meta, found_sitename):
        for name in _tidied_options(candidate):
            if not hosts or any(names_host(name, host) for host in hosts):
                return name
    return None


def site_names(meta: PageMeta, found_sitename: str | None = None) -> list[str]:
    """Every name the page gives itself (for telling the site's name from a headline or a byline)."""
    hosts = [host for url in meta.urls if _named(host := host_of(url))]
    names = [name for candidate in _candidates(meta, found_sitename) for name in _tidied_options(candidate)
             if not hosts or any(names_host(name, host) for host in hosts)]
    known = [name for url in meta.urls if (name := known_outlet(url))]
    return [*known, *names]


def tidy_outlet(value: str) -> str | None:
    """A publisher name as a name: a URL or a machine domain is none; "(www.dw.com)", a place after a comma
    and a commercial domain suffix are dropped ("SPIEGEL ONLINE, Hamburg, Germany", "Salon.com")."""
    text = clean(value)[:200]
    text = re.sub(r"\(\s*(?:https?://)?www\.[^)]*\)", "", text).strip()
    if not text or "://" in text or text.lower().startswith("www."):
        return None
    text = _COMMERCIAL_SUFFIX.sub("", text.split(",")[0].strip())
    if not text or (text == text.lower() and "." in text):
        return None  # "blog.python.org": a host, not a name
    return text


def names_host(name: str, host: str) -> bool:
    """Whether a name is the name of the site at `host`, read on its registered domain (a subdomain may be a
    section's: letterstotheeditorblog.dallasnews.com): a word of it in the domain ("Fox News Latino",
    foxnews.com), the domain in it ("CNNArabic", cnn.com), its initials ("Deutsche Welle", dw.com), or all
    of it ("HeraldSun")."""
    domain = _registered_label(_ascii(host)).replace("-", "")
    words = [w for w in re.findall(r"[a-z0-9]+", _ascii(name)) if w]
    if not words or not domain:
        return False
    compact = "".join(words)
    if compact in domain or (len(domain) >= 3 and domain in compact):
        return True
    if any(len(w) >= 3 and w not in _WEAK_WORDS and w in domain for w in words):
        return True
    initials = "".join(w[0] for w in words if w not in {"of", "and", "the", "for"})
    return len(initials) >= 2 and domain.startswith(initials)


def _registered_label(host: str) -> str:
    """The label a site registered: `dallasnews` of letters.dallasnews.com, `bbc` of www.bbc.co.uk."""
    labels = host.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def _candidates(meta: PageMeta, found_sitename: str | None) -> Iterator[str]:
    if meta.article is not None:
        publisher = meta.article.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            yield publisher["name"]
    for obj in meta.objects:
        types = obj.get("@type")
        type_names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
        if type_names & _ORGANISATION_TYPES and isinstance(obj.get("name"), str):
            yield obj["name"]
    yield from meta.meta("og:site_name", "application-name", "dc.publisher", "publisher", "twitter:app:name")
    if found_sitename:
        yield found_sitename
    if meta.title:
        segments = _SEGMENTS.split(meta.title)
        if len(segments) > 1:
            yield from (segment for segment in (segments[-1], segments[0]) if name_like(segment))


def name_like(text: str) -> bool:
    """A site's name in a title is a few capitalised words ("Dallas Morning News"), not a headline."""
    words = text.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or (not w[:1].isalnum() and w[1:2].isupper())
                                       or w.lower() in _WEAK_WORDS for w in words)


def _tidied_options(candidate: str) -> Iterator[str]:
    """A candidate tidied, then, if it carries a tagline ("Yahoo News - Latest News & Headlines"), each of
    its parts."""
    tidied = tidy_outlet(candidate)
    if tidied is None:
        return
    parts = [tidy_outlet(part) for part in _SEGMENTS.split(tidied)]
    options = [part for part in parts if part]
    if len(options) > 1:
        yield from options
    else:
        yield tidied


def _named(host: str) -> bool:
    """A host with a domain name (not an address, not `localhost`): one a site's name can be checked on."""
    return "." in host and not re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
