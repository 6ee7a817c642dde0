"""The rules of `extract.no_comment`: declined comment (issue 2), no content, the decliner as source."""

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check


def declined(cue: str, source: str) -> Expected:
    return Expected(cue, source, None, "no_comment", cue_exact=False)


NO_COMMENT = [
    pytest.param(
        "The company did not respond to requests for comment.",
        declined("respond", "The company"),
        id="did-not-respond-to-requests",
    ),
    pytest.param(
        "The company did not respond to requests for comment on Tuesday.",
        declined("respond", "The company"),
        id="did-not-respond-on-day",
    ),
    pytest.param(
        "Representatives for the singer did not respond to a request for comment.",
        declined("respond", "Representatives for the singer"),
        id="did-not-respond-to-a-request",
    ),
    pytest.param(
        "The White House did not immediately respond to a request for comment.",
        declined("respond", "The White House"),
        id="did-not-immediately-respond",
    ),
    pytest.param(
        "A spokeswoman for the airline declined to comment.",
        declined("declined", "A spokeswoman for the airline"),
        id="declined-to-comment",
    ),
    pytest.param(
        "The ministry declined to comment on the report.",
        declined("declined", "The ministry"),
        id="declined-to-comment-on",
    ),
    pytest.param(
        "A spokesman for the prosecutor's office declined to comment.",
        declined("declined", "A spokesman for the prosecutor's office"),
        id="spokesman-declined",
    ),
    pytest.param(
        "Mr. Okafor could not be reached for comment.",
        declined("reached", "Mr. Okafor"),
        id="could-not-be-reached",
    ),
    pytest.param(
        "The coach could not be reached for comment on Sunday.",
        declined("reached", "The coach"),
        id="could-not-be-reached-on-day",
    ),
    pytest.param(
        "The ministry refused to give any more details about the papers.",
        declined("refused", "The ministry"),
        id="refused-to-give-details",
    ),
    pytest.param(
        "The coach spoke briefly but declined to provide further information.",
        declined("declined", "The coach"),
        id="conjoined-decline-shares-the-subject",
    ),
    pytest.param(
        "The jets cost about $3 billion, although neither of the companies involved would reveal the price.",
        declined("would reveal", "neither of the companies involved"),
        id="neither-of-would-reveal",
    ),
    pytest.param(
        "None of the officials would comment on the report on Monday.",
        declined("would comment", "None of the officials"),
        id="none-of-would-comment",
    ),
    pytest.param(
        "Nobody at the ministry would say how many people had died.",
        declined("would say", "Nobody at the ministry"),
        id="nobody-would-say",
    ),
    pytest.param(
        "Neither Velmar nor Lorvan Industries would disclose the terms of the sale.",
        declined("would disclose", "Neither Velmar nor Lorvan Industries"),
        id="neither-nor-would-disclose",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_COMMENT)
def test_declined_comment(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A negated subject with "would say" or "will explain" that declines nothing: a claim no one would make, a
#: comparison, a record (which cannot decline).
NOT_DECLINED = [
    pytest.param("No one would say that Ana Ruiz is lazy, her coach said.", id="no-one-would-say-that"),
    pytest.param(
        "No one will explain the rules better than Ana Ruiz, the coach said.", id="no-one-will-explain-better"
    ),
    pytest.param("None of the reports would reveal the source of the leak.", id="none-of-the-reports"),
]


@pytest.mark.parametrize("text", NOT_DECLINED)
def test_a_negated_subject_declining_nothing_is_no_declined_comment(articles: Articles, text: str) -> None:
    found = [a for a in articles[text].attributions if a.kind == "no_comment"]
    assert not found, found
