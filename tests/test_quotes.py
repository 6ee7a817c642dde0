"""The rules of `sourcetrace.quotes`: which quotation marks pair, and whether an offset is inside a quote
(`inside_quote`: one definition for the resolver and the credits), on the text, before parsing."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from sourcetrace.quotes import find_quotes, inside_quote

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



INSIDE_QUOTE = [
    # (text, the word whose first occurrence is the offset, whether it is inside a quote)
    pytest.param("He said “Smith was there” and left.", "Smith", True, id="curly"),
    pytest.param("He said “Smith was there” and left.", "left", False, id="curly-after-closed"),
    pytest.param('He said "Smith was there" and left.', "Smith", True, id="straight"),
    pytest.param('He said "Smith was there" and left.', "left", False, id="straight-after-closed"),
    pytest.param("He said ''Smith was there'' and left.", "Smith", True, id="two-apostrophe"),
    pytest.param("He said ''Smith was there'' and left.", "left", False, id="two-apostrophe-after-closed"),
    pytest.param("``Smith was there,'' Jones said.", "Smith", True, id="backticks-and-apostrophes"),
    pytest.param("``Smith was there,'' Jones said.", "Jones", False, id="backticks-after-closed"),
    pytest.param("Il a dit «Smith était là» et il est parti.", "Smith", True, id="guillemets"),
    pytest.param("Il a dit «Smith était là» et il est parti.", "parti", False, id="guillemets-after-closed"),
    pytest.param("“We will win,” Smith said.", "Smith", False, id="speaker-after-closed-quote"),
    pytest.param("He said “Jones and\nSmith left early.", "Smith", False, id="paragraph-break-resets"),
    pytest.param('He said "Jones and\nSmith left early.', "Smith", False, id="paragraph-resets-straight"),
    pytest.param("“Jones came first.\n“Then Smith came.", "Smith", True, id="quote-continued-next-paragraph"),
    pytest.param("”Fear. I am Smith,” he said.", "Smith", True, id="reversed-opening-mark"),
    pytest.param("Smith's aide didn't say.", "aide", False, id="apostrophes-are-not-quotes"),
    pytest.param("“Jones said,” he added. Then “Smith", "Smith", True, id="second-quote-unclosed"),
    pytest.param("“Jones", "“", False, id="the-opening-mark-itself"),
]


@pytest.mark.parametrize(("text", "word", "inside"), INSIDE_QUOTE)
def test_inside_quote(text: str, word: str, inside: bool) -> None:
    assert inside_quote(text, text.index(word)) is inside
