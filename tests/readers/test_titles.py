"""`readers.titles`: a table of (html snippet or value, expected field)."""

from __future__ import annotations

import pytest
from page_snippets import page_signals as _meta

from sourcetrace.readers.titles import page_title


@pytest.mark.parametrize(("head", "h1", "site", "byline", "expected"), [
    ("<title>Obama admits gun laws frustrate him - BBC News</title>", "", ["BBC News"], None,
     "Obama admits gun laws frustrate him"),
    ('<meta property="og:title" content="Berlin confronts its past | DW | 19.01.2020">', "",
     ["Deutsche Welle"], None, "Berlin confronts its past"),
    ('<meta property="og:title" content="Whales strand on the coast | Eleanor Roy">', "", ["The Guardian"],
     "Eleanor Roy", "Whales strand on the coast"),
    ('<meta property="og:title" content="Yahoo News - Latest News &amp; Headlines">'
     '<meta name="application-name"'
     ' content="Yahoo News - Latest News &amp; Headlines"><title>Russia: Space ship breaks up</title>', "",
     ["Yahoo News"], None, "Russia: Space ship breaks up"),
    ("<title>Python Insider: Python 3.6.0 is now available!</title>", "", ["Python Insider"], None,
     "Python 3.6.0 is now available!"),
    ('<meta property="og:title" content="Lam should study Tsai’s playbook">', "<h1>Tsai’s playbook should be "
     "essential reading for Lam, who should study it</h1>", [], None,
     "Tsai’s playbook should be essential reading for Lam, who should study it"),
    ("<title>Zugverkehr: Im ICE nach Barcelona | ZEIT ONLINE</title>", "", ["ZEIT ONLINE"], None,
     "Zugverkehr: Im ICE nach Barcelona"),
])
def test_title(head: str, h1: str, site: list[str], byline: str | None, expected: str) -> None:
    meta = _meta(head, h1, "https://www.site.example/a")
    assert page_title(meta, None, site, byline) == expected
