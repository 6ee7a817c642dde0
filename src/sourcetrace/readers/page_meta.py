"""What a page says about itself: its meta tags, schema.org objects, headings and marked-up byline, read once.

The metadata modules (`byline`, `outlet_names`, `titles`, `dates`, `page_kind`) each decide one field from
these signals; this module only collects them from the parsed page, so that each field's rules read the same
evidence. schema.org objects come from JSON-LD (parsed leniently: pages often ship JSON with comments,
trailing commas or raw line breaks) and from microdata (`itemtype`); `article` is the page's main creative
work (the first object of an article type), whose author, publisher, headline and date count for the page.
"""

from __future__ import annotations

import html as html_entities
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

__all__ = ["ARTICLE_TYPES", "PageMeta", "host_of", "page_meta"]

#: schema.org types of a news or blog article (and its subtypes).
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
    "report", "scholarlyarticle", "techarticle", "satiricalarticle",
})
#: Labels of a page's own fact box ("Author: Ben Knight", "Date: 10.06.2013"), lower case, colon stripped.
_AUTHOR_LABELS = frozenset({"author", "authors", "by", "written by", "autor", "autorin", "auteur", "autor/a"})
_DATE_LABELS = frozenset({"date", "published", "datum", "date de publication", "fecha", "data"})
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:by-?line|author|posted|contributor|credit)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class PageMeta:
    """The signals a page gives about itself, as written (entities decoded, white space collapsed).

    `metas` maps each lower-cased `name`/`property`/`itemprop` of a `<meta>` to its contents in page order
    (an `itemprop` in the body as `itemprop:NAME`);
    `url` is where the page was read from, else its canonical or `og:url` (`urls`: all of them, which
    differ on a syndicated copy); `objects` are the schema.org objects (JSON-LD, then microdata types as
    `{"@type": ...}`), `top_types` the
    (lower-case) types of the objects that stand for the page itself (not nested in another object; a
    `@graph`'s members count), `article` the main one of an article type; `byline_texts` the texts of elements
    marked up as a byline (class,
    `rel="author"`, `itemprop="author"`), in page order; `labelled` the page's fact box as (label, value)
    pairs; `time_values`
    the publication times marked up in the body (`<time pubdate>`, `itemprop="datePublished"`, and last
    the first `<time datetime>`); `link_share`
    the share of the body's visible characters that are link text (a home page or an index is mostly
    links)."""

    metas: dict[str, tuple[str, ...]] = field(default_factory=dict)
    objects: tuple[dict[str, Any], ...] = ()
    top_types: tuple[str, ...] = ()
    article: dict[str, Any] | None = None
    title: str | None = None
    h1s: tuple[str, ...] = ()
    url: str | None = None
    urls: tuple[str, ...] = ()
    byline_texts: tuple[str, ...] = ()
    labelled: tuple[tuple[str, str], ...] = ()
    generator: str | None = None
    time_values: tuple[str, ...] = ()
    link_share: float = 0.0

    def meta(self, *names: str) -> list[str]:
        """The non-empty contents of the named metas, in the order the names are given."""
        return [value for name in names for value in self.metas.get(name, ()) if value]

    def first(self, *names: str) -> str | None:
        found = self.meta(*names)
        return found[0] if found else None

    @property
    def types(self) -> list[str]:
        """The schema.org types the page declares, lower case, in page order."""
        return [t.lower() for obj in self.objects for t in _types(obj)]

    def author_labels(self) -> list[str]:
        return [value for label, value in self.labelled if label in _AUTHOR_LABELS]

    def date_labels(self) -> list[str]:
        return [value for label, value in self.labelled if label in _DATE_LABELS]


def clean(value: object) -> str:
    """A metadata value as text: entities decoded, control characters dropped, white space collapsed."""
    text = html_entities.unescape(str(value)) if value is not None else ""
    return " ".join(_CONTROL.sub(" ", text).split())


def host_of(url: str | None) -> str:
    """The host of a URL, lower case, without `www.` ("" when none)."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def page_meta(tree: Any, url: str | None = None) -> PageMeta:
    """Collect the signals of a parsed page (an lxml HTML tree); `url` is where it was read from, if known."""
    metas: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name")
        if not key and element.get("itemprop"):
            # microdata inside the body may belong to a widget (a sidebar's teasers): kept apart
            in_body = any(parent.tag == "body" for parent in element.iterancestors())
            key = ("itemprop:" if in_body else "") + element.get("itemprop")
        if key:
            metas.setdefault(key.strip().lower(), []).append(clean(element.get("content")))
    documents = [_lenient_json(script.text_content() or "")
                 for script in tree.xpath("//script[@type='application/ld+json']")]
    objects = [obj for document in documents for obj in _walk(document)]
    objects += [{"@type": str(t).split()[0]} for t in tree.xpath(
        "//*[@itemtype][not(ancestor-or-self::*[@itemprop='itemListElement'])]/@itemtype")]
    top = [obj for document in documents for obj in _top_level(document)]
    outermost = tree.xpath("//*[@itemtype][not(ancestor::*[@itemtype])]/@itemtype")
    top += [{"@type": str(t).split()[0]} for t in outermost]
    article = next((obj for obj in objects if ARTICLE_TYPES & {t.lower() for t in _types(obj)}), None)
    canonical = [clean(href) for href in tree.xpath("//link[@rel='canonical']/@href")]
    og_url = metas.get("og:url", [])
    urls = tuple(dict.fromkeys(u for u in [url, *canonical, *og_url] if u and u.startswith(("http://",
    "https://"))))
    titles = tree.xpath("//title")
    return PageMeta(
        metas={key: tuple(values) for key, values in metas.items()},
        objects=tuple(objects),
        top_types=tuple(t.lower() for obj in top for t in _types(obj)),
        article=article,
        title=clean(titles[0].text_content()) if titles else None,
        h1s=tuple(text for h1 in tree.iter("h1") if (text := clean(h1.text_content()))),
        url=urls[0] if urls else None,
        urls=urls,
        byline_texts=tuple(_byline_texts(tree)),
        labelled=tuple(_labelled(tree)),
        generator=next(iter(metas.get("generator", [])), None),
        time_values=tuple(clean(v) for v in tree.xpath(
            "//body//time[@pubdate]/@datetime | //body//*[@itemprop='datePublished']/@datetime"
            " | //body//*[@itemprop='datePublished' and not(self::meta)]/@content"
            " | //body//abbr[contains(concat(' ', @class, ' '), ' published ')]/@title"
            " | (//body//time[@datetime])[1]/@datetime")),
        link_share=_link_share(tree),
    )


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return [str(v).rsplit("/", 1)[-1] for v in values if isinstance(v, str)]


def _top_level(data: Any) -> Iterator[dict[str, Any]]:
    """The objects a JSON-LD document declares for the page: itself, a list's members, its `@graph`."""
    if isinstance(data, list):
        for item in data:
            yield from _top_level(item)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        if isinstance(data.get("@graph"), list):
            yield from _top_level(data["@graph"])


def _lenient_json(text: str) -> Any:
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
    for attempt in (text, _repaired(text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _repaired(text: str) -> str:
    """Common faults of hand-made JSON-LD: `//` comment lines, trailing commas, a `;` after the object."""
    text = re.sub(r"^\s*//.*$", "", text, flags=re.MULTILINE)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    return text.rstrip("; \n")


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document that has a type, outermost first (`@graph` lists included)."""
    if isinstance(data, dict):
        if "@type" in data:
            yield data
        for key, value in data.items():
            if isinstance(value, dict | list) and key != "itemListElement":  # a list's items are teasers
                yield from _walk(value)
    elif isinstance(data, list):
        for item in data:
            yield from _walk(item)


def _byline_texts(tree: Any) -> Iterator[str]:
    for element in tree.xpath("//body//*[@class or @rel or @itemprop]"):
        marker = " ".join(element.get(name) or "" for name in ("class", "rel", "itemprop"))
        if element.tag in ("script", "style", "img") or not _BYLINE_CLASS.search(marker):
            continue
        text = clean(element.text_content())
        if text and len(text) <= 200:
            yield text


def _labelled(tree: Any) -> Iterator[tuple[str, str]]:
    """(label, value) pairs of a fact box: an item whose first child is a bold or term label."""
    for label in tree.xpath("//body//li/*[1][self::strong or self::b] | //body//dt | //body//th"):
        key = clean(label.text_content()).rstrip(":").strip().lower()
        if key not in _AUTHOR_LABELS | _DATE_LABELS:
            continue
        if label.tag in ("dt", "th"):
            following = label.getnext()
            value = clean(following.text_content()) if following is not None else ""
        else:
            parent = label.getparent()
            value = clean(parent.text_content())[len(clean(label.text_content())):].strip(" :")
        if value and len(value) <= 120:
            yield key, value


def _link_share(tree: Any) -> float:
    """The share of the body's visible characters (white space aside) inside links; one pass over the page."""
    bodies = tree.xpath("//body")
    if not bodies:
        return 0.0
    body = bodies[0]
    hidden = sum(_chars(e.text_content()) for e in body.iter("script", "style", "noscript"))
    total = _chars(body.text_content()) - hidden
    outermost = (a for a in body.iter("a") if not any(p.tag == "a" for p in a.iterancestors()))
    linked = sum(_chars(a.text_content()) for a in outermost)
    return min(1.0, linked / total) if total > 0 else 0.0


def _chars(text: str) -> int:
    return len(text) - sum(text.count(space) for space in " \t\n\r\xa0")
