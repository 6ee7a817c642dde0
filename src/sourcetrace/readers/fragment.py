"""The text a feed entry carries itself (its content, else its summary), as plain paragraphs.

Feeds often carry an article's full text (`content:encoded`, Atom `<content>`) or a summary, as an HTML
fragment that feedparser has already sanitised. It is what is read when pages are not fetched (`--no-fetch`)
or cannot be. The fragment becomes text the way `readers.html` makes a page's text: one paragraph per
block, paragraphs joined with a blank line.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["entry_text", "fragment_text"]

_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "dd", "dt",
           "figcaption", "section", "article", "ul", "ol", "table")
_BLANK_LINE = re.compile(r"\n\s*\n")
_WHITESPACE = re.compile(r"\s+")


def entry_text(entry: Any) -> str:
    """The longest text a feedparser entry carries (one of its contents, or its summary); "" when none."""
    candidates = [(part.get("value") or "", part.get("type") or "") for part in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    texts = [fragment_text(value) if "html" in kind else _paragraphs(value) for value, kind in candidates]
    return max(texts, key=len, default="")


def fragment_text(markup: str) -> str:
    """The paragraphs of an HTML fragment, joined with a blank line ("" when it holds no text)."""
    from lxml import etree
    from lxml import html as lxml_html

    if not markup.strip():
        return ""
    try:
        tree = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, etree.ParserError):
        return _paragraphs(markup)
    for element in list(tree.iter("script", "style", "noscript")):
        element.drop_tree()
    for element in tree.iter():  # line breaks in the markup are spaces, as a browser shows them
        element.text = _WHITESPACE.sub(" ", element.text) if element.text else element.text
        element.tail = _WHITESPACE.sub(" ", element.tail) if element.tail else element.tail
    for element in tree.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in tree.iter(*_BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    return _paragraphs(tree.text_content())


def _paragraphs(text: str) -> str:
    paragraphs = [" ".join(block.split()) for block in _BLANK_LINE.split(text)]
    kept = [paragraph for paragraph in paragraphs if paragraph]
    return "\n\n".join(kept) + "\n" if kept else ""
