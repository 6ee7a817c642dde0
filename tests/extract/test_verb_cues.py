"""The rules of `extract.verb_cues`: verb cues with their content readings and source."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles

#: An inverted verb after a quote whose subject the parser took for its object: that noun phrase is the
#: source, never also the content.
SOURCE_TAKEN_FOR_OBJECT = [
    pytest.param(
        "“This is fantastic!” beamed Jo Roe of Dayton, Ohio, who had come early to find a seat near the stage.",
        id="beamed-X-after-a-quote",
    ),
]


@pytest.mark.parametrize("text", SOURCE_TAKEN_FOR_OBJECT)
def test_source_is_not_also_the_content(articles: Articles, text: str) -> None:
    article = articles[text]
    assert [
        a.cue.text for a in article.attributions if a.source and a.content and a.content.start == a.source.start
    ] == []
