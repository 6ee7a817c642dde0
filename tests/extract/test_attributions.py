# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)
"""Indirect, mixed, nested, document / institution and no-source attributions (issue 2, "What it must find").

Indirect content includes the complementiser "that" and the infinitive "to" and drops the sentence's final
period; mixed content is indirect speech with quoted words inside (the marks stay in the content).
"""

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check

MIXED = [
    pytest.param(
        # the verb of the next sentence has an object of its own: it does not take the quote
        "Addressing the party's annual gala, the governor said the South has “treated me so well.” He touted "
        "his victories in various states.",
        Expected("said", "the governor", "the South has “treated me so well.”", "mixed"),
        id="next-sentence-verb-with-its-own-object",
    ),
    pytest.param(
        # a participle that qualifies a noun after the quote is not its speaker
        "He says no one in the race is “on pace to get 1,237 delegates,” the number needed to secure the "
        "nomination.",
        Expected("says", "He", "no one in the race is “on pace to get 1,237 delegates,” the number needed to "
                 "secure the nomination", "mixed"),
        id="participle-after-the-quote-qualifies-a-noun",
    ),
    pytest.param(
        # the quote ends the speaker's own clause: the speaker after it does not take the quote alone
        "Teachers who connect online with the association are “very, very pro-union,” Kilfoyle said.",
        Expected("said", "Kilfoyle",
                 "Teachers who connect online with the association are “very, very pro-union,”", "mixed"),
        id="clause-ending-in-a-quote-before-X-said",
    ),
    pytest.param(
        'The talks were "a waste of time," the minister said on Twitter. "Nothing was agreed, and nothing will '
        'be."',
        Expected("said", "the minister", 'The talks were "a waste of time," the minister said on Twitter. '
                 '"Nothing was agreed, and nothing will be."', "mixed",
                 parts=('The talks were "a waste of time,"', '"Nothing was agreed, and nothing will be."')),
        id="mixed-goes-on-into-the-next-quote",
    ),
    pytest.param(
        'The senator said the plan was "a disaster for working families" and would never pass.',
        Expected("said", "The senator", 'the plan was "a disaster for working families" and would never pass',
                 "mixed"),
        id="quoted-phrase-inside",
    ),
    pytest.param(
        "The minister said the plan would “destroy thousands of jobs” in the north.",
        Expected("said", "The minister", "the plan would “destroy thousands of jobs” in the north", "mixed"),
        id="curly-quoted-phrase-inside",
    ),
    pytest.param(
        'The senator said the bill was "a gift to the banks."',
        Expected("said", "The senator", 'the bill was "a gift to the banks."', "mixed"),
        id="quoted-phrase-at-end",
    ),
    pytest.param(
        'The ambassador said the talks were "constructive" and that both sides would meet again.',
        Expected("said", "The ambassador", 'the talks were "constructive" and that both sides would meet again',
                 "mixed"),
        id="quoted-word",
    ),
    pytest.param(
        "The governor praised the volunteers, telling reporters they were “the best of this state.”",
        Expected("praised", "The governor", "the volunteers", "indirect"),
        id="sibling-participle-takes-its-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


