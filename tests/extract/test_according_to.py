"""The rules of `extract.according_to`: "according to X" and polls attribute the clause around them."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, indirect

ACCORDING_TO = [
    pytest.param(
        "In a Gallup poll released Monday, 50 percent of respondents chose the governor.",
        indirect("In", "a Gallup poll released Monday", "50 percent of respondents chose the governor"),
        id="in-a-poll",
    ),
    pytest.param(
        "The rebels have seized the airport, according to local residents.",
        indirect("according to", "local residents", "The rebels have seized the airport"),
        id="after",
    ),
    pytest.param(
        "According to the health ministry, 42 people died in the floods.",
        indirect("According to", "the health ministry", "42 people died in the floods"),
        id="before",
    ),
    pytest.param(
        "At least 12 people were killed in the explosion, according to the fire department.",
        indirect("according to", "the fire department", "At least 12 people were killed in the explosion"),
        id="after-institution",
    ),
    pytest.param(
        "The talks ended without agreement, according to a statement from the foreign ministry.",
        indirect("according to", "a statement from the foreign ministry", "The talks ended without agreement"),
        id="after-document",
    ),
    pytest.param(
        # the phrase modifies the clause before it; what follows is an aside, however long
        "The bank earned about $600 million last year, according to public filings, a huge sum for a firm with "
        "only 35 partners and a single office.",
        indirect("according to", "public filings", "The bank earned about $600 million last year"),
        id="after-clause-before-longer-aside",
    ),
    pytest.param(
        "The suspect, according to the police, fled on foot.",
        indirect("according to", "the police", "The suspect, according to the police, fled on foot",
                 parts=("The suspect", "fled on foot")),
        id="between-subject-and-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_only_a_poll_or_survey_opening_a_sentence_is_a_source(articles: Articles) -> None:
    text = "In 2012, the survey found little change. In the debate, the senator attacked the plan."
    assert [a.cue.text for a in articles[text].attributions if a.cue.text == "In"] == []
