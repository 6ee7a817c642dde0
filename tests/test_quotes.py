"""The rules of `sourcetrace.quotes`: which quotation marks pair, on the text, before parsing."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from sourcetrace.quotes import find_quotes

QUOTE_MARKS = [
    pytest.param("“We won,” she said.", ["“We won,”"], id="curly"),
    pytest.param('"We won," she said.', ['"We won,"'], id="straight"),
    pytest.param("''We won,'' she said.", ["''We won,''"], id="two-apostrophes"),
    pytest.param(
        "“We won the first round.\n\n“Now the hard part starts.”",
        ["“We won the first round.\n\n“Now the hard part starts.”"],
        id="continued-paragraph",
    ),
    # the opening mark was lost: the closing one at the paragraph's end must not open an empty quote that a
    # speaker before it would carry into the next paragraph
    pytest.param(
        "It is not true, he said. I am not sure why they say it.''\n\nHis mother refused to teach him the language.",
        [],
        id="stray-closing-mark-at-paragraph-end",
    ),
    pytest.param('He said it was "done."\n\nThe vote is on Friday.', ['"done."'], id="closed-before-break"),
    # a closing mark cannot close anything at a paragraph's start: there it is an opening mark typed wrong
    pytest.param(
        "Readers wrote in.\n\n”Fear. I am afraid of what comes next.” ― Ann Lee",
        ["”Fear. I am afraid of what comes next.”"],
        id="reversed-opening-mark",
    ),
    pytest.param(
        "“We won the first round.\n”Now the hard part starts.”",
        ["“We won the first round.", "”Now the hard part starts.”"],
        id="reversed-opening-mark-after-open-quote",
    ),
    pytest.param("He called it “done.”\n” 12 more to go", ["“done.”"], id="closing-mark-then-space"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_MARKS)
def test_quote_marks_pair(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected
