"""Page signals from a small HTML snippet, for the metadata tests: the snippet sits in a page with a site's
navigation around it (twelve links), as real pages have."""

from __future__ import annotations

from lxml import html as lxml_html

from sourcetrace.readers.page_meta import PageMeta, page_meta

NAV = "<nav>" + " ".join(f'<a href="/s{i}">Section number {i}</a>' for i in range(12)) + "</nav>"


def page_signals(head: str, body: str = "", url: str | None = None) -> PageMeta:
    page = f"<html><head>{head}</head><body>{NAV}{body}<p>{'Some text of the page. ' * 4}</p></body></html>"
    return page_meta(lxml_html.fromstring(page), url)
