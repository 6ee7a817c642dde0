"""Whether a page is an article, from its own signals, and if not, what it is and why we think so.

sourcetrace reads news articles; a home page, a wiki entry, a video page, a forum or a product page gives
garbage "attributions". The page says what it is, in this order of trust:
1. software and address: a MediaWiki page (`generator`) is a wiki entry; a page at its site's root (`/`) is a
   home page;
2. its declared type: a schema.org article type (`NewsArticle`, `BlogPosting`, ...) makes it an article; a
   page type that is not one (`QAPage`, `DiscussionForumPosting`, `CollectionPage`, `VideoObject`, ...;
   `data/readers/page_types.tsv`), or an `og:type` such as `video` or `product`, makes it that kind of page;
3. its structure: a page most of whose text is links (`MAX_LINK_SHARE`) and that credits no author is an
   index;
4. the evidence of an article: `og:type` article, a byline, a declared publication date, a date or a year in
   its URL, a first `<h1>` that is the page's title (a headline; a portal's first heading is a menu's). A page
   with fewer than `MIN_ARTICLE_SIGNALS` of these (a city's information page, a product test,
   a marketing page) is not taken as an article, unless it is a bare document, without the links of a
   site's navigation around its text (`MIN_FURNITURE_LINK_SHARE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from sourcetrace import data
from sourcetrace.readers.page_meta import ARTICLE_TYPES, PageMeta

__all__ = ["MAX_LINK_SHARE", "MIN_ARTICLE_SIGNALS", "PageKind", "page_kind"]

#: A page whose visible text is more than this share links, with no author, is an index of links.
MAX_LINK_SHARE = 0.75
#: How many signals of an article a page without a declared type needs.
MIN_ARTICLE_SIGNALS = 2
#: A page whose text is less than this share links has no site furniture around it (a saved article, a
#: bare document): it is not asked for signals of an article.
MIN_FURNITURE_LINK_SHARE = 0.15
#: Page types that only wrap a page's main entity (an article page declares them too).
_WRAPPERS = frozenset({"webpage", "website", "itempage", "imageobject", "organization", "person"})
_URL_DATE = re.compile(r"/(?:19|20)\d{2}(?:/|[-_]\d{2}(?:/|$)|$)")


@dataclass(frozen=True)
class PageKind:
    """What a page is: `kind` ("article", "home page", "wiki page", ...) and the signals that say so."""

    kind: str
    reason: str

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


@cache
def _page_types() -> dict[str, str]:
    return {key.lower(): values[0] for key, values in data.table("readers", "page_types").items() if values}


def page_kind(meta: PageMeta, byline: str | None = None, declared_date: bool = False,
              title: str | None = None) -> PageKind:
    """What a page is (see the module docstring); `byline`, `declared_date` and `title` (the headline, site
    name removed) are what its metadata gave."""
    generator = (meta.generator or "").strip()
    if generator.lower().startswith("mediawiki"):
        return PageKind("wiki page", f"generator {generator.split()[0]}")
    if meta.url is not None and urlsplit(meta.url).path.strip("/") in ("", "index.html", "index.php"):
        return PageKind("home page", f"address {meta.url}")
    declared = _declared_kind(meta)
    if declared is not None:
        return declared
    if byline is None and meta.link_share > MAX_LINK_SHARE:
        return PageKind("index page", f"{meta.link_share:.0%} of its text is links and no author is credited")
    signals = _article_signals(meta, byline, declared_date, title)
    if len(signals) >= MIN_ARTICLE_SIGNALS or meta.link_share < MIN_FURNITURE_LINK_SHARE:
        return PageKind("article", ", ".join(signals) or "a bare document")
    found = f"only {', '.join(signals)}" if signals else "none"
    return PageKind("page without article signals", f"found {found}")


def _declared_kind(meta: PageMeta) -> PageKind | None:
    if ARTICLE_TYPES & set(meta.types):
        return PageKind("article", "schema.org " + next(t for t in meta.types if t in ARTICLE_TYPES))
    for schema_type in meta.top_types:
        if schema_type not in _WRAPPERS and schema_type in _page_types():
            return PageKind(_page_types()[schema_type], f"schema.org {schema_type}")
    og_type = (meta.first("og:type") or "").lower()
    kind = _page_types().get(og_type)
    if kind is not None and kind not in ("article", "website"):
        return PageKind(kind, f"og:type {og_type}")
    return None


def _article_signals(meta: PageMeta, byline: str | None, declared_date: bool, title: str | None) -> list[str]:
    signals = []
    heading = _headline_key(meta.h1s[0]) if meta.h1s else ""
    if title and len(heading) >= 8 and _headline_key(title).startswith(heading):
        signals.append("its heading is its title")
    if _page_types().get((meta.first("og:type") or "").lower()) == "article":
        signals.append("og:type article")
    if byline:
        signals.append("a byline")
    if declared_date:
        signals.append("a publication date")
    if any(_URL_DATE.search(urlsplit(url).path) for url in meta.urls):
        signals.append("a date in its address")
    return signals


def _headline_key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())
