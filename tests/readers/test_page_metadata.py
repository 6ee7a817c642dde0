"""Page metadata, one table per module: (html snippet, expected field)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from sourcetrace.readers.byline import clean_byline, page_byline
from sourcetrace.readers.dates import iso_published, page_published
from sourcetrace.readers.language import detect_language
from sourcetrace.readers.outlet_names import page_outlet
from sourcetrace.readers.page_kind import page_kind
from sourcetrace.readers.page_meta import page_meta
from sourcetrace.readers.titles import page_title

NAV = "<nav>" + " ".join(f'<a href="/s{i}">Section number {i}</a>' for i in range(12)) + "</nav>"


def _meta(head: str, body: str = "", url: str | None = None):
    page = f"<html><head>{head}</head><body>{NAV}{body}<p>{'Some text of the page. ' * 4}</p></body></html>"
    return page_meta(lxml_html.fromstring(page), url)


@pytest.mark.parametrize(("head", "body", "found", "expected"), [
    ('<meta name="author" content="Jeffrey Gettleman"><meta name="byl" content="By JEFFREY GETTLEMAN">',
     "", None, "Jeffrey Gettleman"),
    ("", '<span class="username">Username</span><span class="pb-byline">By Erin Cunningham</span>',
     "Username", "Erin Cunningham"),
    ("", '<div class="field-authors">Photo by: The Associated Press</div><div class="author">April Bernard</div>',
     "Photo by The Associated Press", "April Bernard"),
    ('<meta name="author" content="Dana A. Ford, James Corey, and Tom Watkins, CNN">'
     '<meta property="og:site_name" content="CNN">', "", None, "Dana A. Ford; James Corey; Tom Watkins"),
    ('<meta name="author" content="Deutsche Welle (www.dw.com)"><meta property="og:site_name" content="Deutsche Welle">',
     "<ul><li><strong>Author</strong> Ben Knight</li></ul>", None, "Ben Knight"),
    ('<meta name="dcsext.author" content="Our Foreign Staff">',
     '<div class="byline">Telegraph View</div>', None, "Our Foreign Staff"),
    ("", '<h5 class="article-posted-date">2/26/2015 7:11 AM PST BY TMZ STAFF</h5>', None, "TMZ Staff"),
    ('<meta property="og:article:author" content="BBC News"><meta property="og:site_name" content="BBC News">',
     "", None, None),
    ("", '<span itemprop="author">Martin Untersinger (avec Damien Leloup et Morgane Tual)</span>',
     "Martin Untersinger", "Martin Untersinger; Damien Leloup; Morgane Tual"),
    ('<meta name="author" content="By Staff">', "", None, None),
])
def test_byline(head: str, body: str, found: str | None, expected: str | None) -> None:
    meta = _meta(head, body, "https://news.example.org/2020/01/02/story")
    outlets = meta.meta("og:site_name")
    assert page_byline(meta, found, outlets) == expected


@pytest.mark.parametrize(("names", "expected"), [
    (["Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"],
     "Daniel Kahn Gillmor"),
    (["Kulu Media News Desk"], "Kulu Media News Desk"),
    (["Letters to the Editor"], None),
    (["Reuters"], "Reuters"),
    (["SPIEGEL ONLINE, Hamburg, Germany"], None),
])
def test_clean_byline(names: list[str], expected: str | None) -> None:
    assert clean_byline([names], ["Spiegel Online"]) == expected


@pytest.mark.parametrize(("head", "url", "found", "expected"), [
    ('<meta property="og:site_name" content="Letters to the Editor"><title>A letter | Dallas Morning News</title>',
     "http://lettersblog.dallasmorningnews.example/2014/12/a.html", None, "Dallas Morning News"),
    ('<meta property="og:site_name" content="http://www.tmz.example"><meta name="application-name" content="TMZ.COM">',
     "http://www.tmz.example/2015/02/26/a/", None, "TMZ"),
    ('<meta property="og:site_name" content="U.S."><script type="application/ld+json">{"@type": "NewsArticle",'
     ' "publisher": {"@type": "Organization", "name": "Wire Example"}}</script>',
     "https://www.wireexample.com/article/x", None, "Wire Example"),
    ('<meta name="application-name" content="Daily Example - Latest News &amp; Headlines">',
     "https://news.dailyexample.com/a.html", None, "Daily Example"),
    ('<meta property="og:site_name" content="NYTimes">', "https://www.nytimes.com/2017/01/13/a.html", None,
     "The New York Times"),
    ("<title>Release notes: Python 3.6.0</title>", "http://blog.python.org/2016/12/a.html", "blog.python.org",
     None),
    ('<meta name="author" content="SPIEGEL ONLINE, Hamburg, Germany"><meta property="og:site_name" '
     'content="SPIEGEL ONLINE, Hamburg, Germany">', "https://www.spiegelexample.de/a.html", None,
     "SPIEGEL ONLINE"),
])
def test_outlet(head: str, url: str, found: str | None, expected: str | None) -> None:
    assert page_outlet(_meta(head, url=url), found) == expected


@pytest.mark.parametrize(("head", "h1", "site", "byline", "expected"), [
    ("<title>Obama admits gun laws frustrate him - BBC News</title>", "", ["BBC News"], None,
     "Obama admits gun laws frustrate him"),
    ('<meta property="og:title" content="Berlin confronts its past | DW | 19.01.2020">', "",
     ["Deutsche Welle"], None, "Berlin confronts its past"),
    ('<meta property="og:title" content="Whales strand on the coast | Eleanor Roy">', "", ["The Guardian"],
     "Eleanor Roy", "Whales strand on the coast"),
    ('<meta property="og:title" content="Yahoo News - Latest News &amp; Headlines"><meta name="application-name"'
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


@pytest.mark.parametrize(("value", "expected"), [
    ("2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"),
    ("2020-01-19T12:25:36Z", "2020-01-19T12:25:36+00:00"),
    ("2017-11-16T14:15+0000", "2017-11-16T14:15:00+00:00"),
    ("2018-04-05T06:00", "2018-04-05"),
    ("2019-09-24", "2019-09-24"),
    ("10.06.2013", "2013-06-10"),
    ("Fri Mar 13 21:30:09 EST 2015", None),
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
    ("", "<footer>© 2013 Example</footer>", "http://x.example/2013/middle_east/8/3/a/index.html", "2013-01-01",
     "2013-08-03"),
    ("", "<ul><li><strong>Date</strong> 10.06.2013</li></ul>", None, "2019-08-01", "2013-06-10"),
    ("", '<time datetime="2016-12-01T23:29:49Z">December 2, 2016</time>', None, "2016-12-02",
     "2016-12-01T23:29:49+00:00"),
    ("", '<div><meta itemprop="datePublished" content="2014-11-20T16:00:49Z"></div>'
     '<time pubdate datetime="2014-12-29T16:00-05:00">x</time>', None, None, "2014-12-29T16:00:00-05:00"),
])
def test_published(head: str, body: str, url: str | None, found_day: str | None, expected: str | None) -> None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert page_published(_meta(head, body, url), found_day, page) == expected


@pytest.mark.parametrize(("text", "declared", "expected"), [
    ("Russian President Vladimir Putin is ready to call a ceasefire, sources said on Friday.", None, "en"),
    ("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, sagte die Ministerin in Berlin.", "en",
     "de"),
    ("El ministro dijo que el gobierno estaba dispuesto a negociar con la oposición la semana próxima.", "en",
     "es"),
    ("O presidente disse que o governo vai apresentar um novo plano econômico na próxima semana.", None, "pt"),
    ("香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。", None, "zh"),
    ("12 34", "fr", "fr"),
    ("", None, None),
])
def test_language(text: str, declared: str | None, expected: str | None) -> None:
    assert detect_language(text, declared) == expected


@pytest.mark.parametrize(("head", "body", "url", "byline", "dated", "expected"), [
    ('<meta name="generator" content="MediaWiki 1.35.0">', "<h1>t-SNE</h1>", "https://wiki.example/wiki/T",
     None, True, "wiki page"),
    ("", "<h1>Top stories</h1>", "http://edition.news.example/", None, False, "home page"),
    ('<meta property="og:type" content="video">', "<h1>Video of the day</h1>", "http://n.example/video/1/x",
     None, True, "video page"),
    ('<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": "Question"}}</script>',
     "<h1>How do I sort a list?</h1>", "https://qa.example/questions/1/x", "Jane Doe", True,
     "question-and-answer page"),
    ('<meta property="og:type" content="website">', "<h1>Make it your own</h1>", "https://m.example/firefox/",
     None, False, "page"),
    ('<meta property="og:type" content="article">', "<h1>18 seats tested</h1>", "https://c.example/tests/seats/",
     None, False, "page"),
    ('<meta property="og:type" content="article">', "<h1>Rebels take depots</h1>",
     "http://ar.example/2013/middle_east/8/3/syria/index.html", None, False, "article"),
    ('<meta property="og:type" content="website">', "<h1>Space ship breaks up over Siberia</h1>",
     "https://news.example/russia-space-ship.html", "Nataliya Vasilyeva", True, "article"),
    ('<script type="application/ld+json">{"@type": "BlogPosting"}</script>', "", "https://b.example/x", None,
     False, "article"),
])
def test_page_kind(head: str, body: str, url: str, byline: str | None, dated: bool, expected: str) -> None:
    meta = _meta(head, body, url)
    title = meta.h1s[0] if meta.h1s and expected == "article" else None
    assert page_kind(meta, byline, dated, title).kind == expected


def test_bare_document_is_an_article() -> None:
    page = "<html><body><article><p>" + "The council voted on Tuesday. " * 10 + "</p></article></body></html>"
    assert page_kind(page_meta(lxml_html.fromstring(page))).is_article
