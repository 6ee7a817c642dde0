"""The text a feed entry carries: HTML fragments as paragraphs, the longest of content and summary."""

from __future__ import annotations

import feedparser
import pytest

from sourcetrace.readers.fragment import entry_text, fragment_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One.</p><p>Two <b>bold</b> words.</p>", "One.\n\nTwo bold words.\n"),
        ("Plain words, no tags.", "Plain words, no tags.\n"),
        ("Line one<br>line two<br/><div>Block</div>tail", "Line one line two\n\nBlock\n\ntail\n"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb\n"),
        ("<p>Kept</p><script>var x = 1;</script><style>p {}</style>", "Kept\n"),
        ("<p>  spaced \n\n  out  </p>", "spaced out\n"),
        ("", ""),
        ("<p> </p>", ""),
        ("<p>&amp; &lt;tag&gt; “quoted”</p>", "& <tag> “quoted”\n"),
    ],
)
def test_fragment_text(markup: str, text: str) -> None:
    assert fragment_text(markup) == text


RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>t</title>
<item><title>both</title><link>http://x/1</link><description>Short summary.</description>
<content:encoded><![CDATA[<p>The full text.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>summary only</title><link>http://x/2</link>
<description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; summary.&lt;/p&gt;</description></item>
<item><title>nothing</title><link>http://x/3</link></item>
</channel></rss>"""


def test_entry_text_prefers_the_longest_text() -> None:
    entries = feedparser.parse(RSS.encode()).entries
    assert [entry_text(entry) for entry in entries] == [
        "The full text.\n\nSecond paragraph.\n", "Escaped HTML summary.\n", ""]
