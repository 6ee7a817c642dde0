"""The cue classifier's view of a token's context (`sourcetrace.extract.classifier`)."""

from __future__ import annotations

import pytest

from sourcetrace.extract.facts import DocFacts
from sourcetrace.nlp import load_model

INSIDE_QUOTE = [
    pytest.param("He said “we will win” and left.", ["we", "will", "win", "”"], id="curly"),
    pytest.param('He said "we will win" and left.', ["we", "will", "win", '"'], id="straight-toggles"),
    pytest.param("“We won,” he said. “Again.”", ["We", "won", ",", "”", "Again", ".", "”"], id="two-quotes"),
    pytest.param("“We won\nhe said it", ["We", "won", "\n"], id="line-break-closes"),
    pytest.param("He said nothing.", [], id="no-quote"),
]


@pytest.mark.parametrize(("text", "inside"), INSIDE_QUOTE)
def test_inside_quote(text: str, inside: list[str]) -> None:
    doc = load_model()(text)
    facts = DocFacts(doc)
    assert [token.text for token in doc if facts.inside_quote(token.i)] == inside
