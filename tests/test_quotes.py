"""Whether an offset is inside a quote (`sourcetrace.quotes.inside_quote`): one definition for the resolver
and the credits, on the marks and conventions of `find_quotes`."""

from __future__ import annotations

import pytest

from sourcetrace.quotes import inside_quote

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
