"""`readers.dates`: a table of (html snippet or value, expected field)."""

from __future__ import annotations

import pytest
from page_snippets import page_signals as _meta

from sourcetrace.readers.dates import iso_published, page_published


@pytest.mark.parametrize(("value", "expected"), [
    ("2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"),
    ("2020-01-19T12:25:36Z", "2020-01-19T12:25:36+00:00"),
    ("2017-11-16T14:15+0000", "2017-11-16T14:15:00+00:00"),
    ("2018-04-05T06:00", "2018-04-05"),
    ("2019-09-24", "2019-09-24"),
    ("10.06.2013", "2013-06-10"),
    ("Fri Mar 13 21:30:09 EST 2015", "2015-03-13"),
    ("Tue Jul 02 10:00:00 PDT 2019", "2019-07-02T10:00:00-07:00"),
    ("2014-12-29 16:00:27 CET", "2014-12-29T16:00:27+01:00"),
    ("2014-12-29 16:00:27 EST", "2014-12-29"),
    ("2014-12-29 16:00 GMT", "2014-12-29T16:00:00+00:00"),
    ("2019-02-30", None),
])
def test_iso_published(value: str, expected: str | None) -> None:
    assert iso_published(value) == expected


@pytest.mark.parametrize(("head", "body", "url", "found_day", "expected"), [
    ('<meta property="article:published_time" content="2020-01-19T12:25:36Z">', "", None, "2020-01-20",
     "2020-01-19T12:25:36+00:00"),
    ('<meta property="article:published_time" content="2014-12-19T04:38:49+00:00">', "",
     "http://post.example/2014/12/18/story/", "2014-12-18", "2014-12-18"),
    ('<meta name="copyright" content="© 2013 Example News">', "", None, "2013-01-01", None),
    ("", "<footer>© 2013 Example</footer>", "http://x.example/2013/middle_east/8/3/a/index.html",
     "2013-01-01",
     "2013-08-03"),
    ("", "<ul><li><strong>Date</strong> 10.06.2013</li></ul>", None, "2019-08-01", "2013-06-10"),
    ("", '<time datetime="2016-12-01T23:29:49Z">December 2, 2016</time>', None, "2016-12-02",
     "2016-12-01T23:29:49+00:00"),
    ("", '<div><meta itemprop="datePublished" content="2014-11-20T16:00:49Z"></div>'
     '<time pubdate datetime="2014-12-29T16:00-05:00">x</time>', None, None, "2014-12-29T16:00:00-05:00"),
])
def test_published(head: str, body: str, url: str | None, found_day: str | None,
                   expected: str | None) -> None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert page_published(_meta(head, body, url), found_day, page) == expected
