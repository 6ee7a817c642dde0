"""The rules of `extract.no_comment`: declined comment (issue 2), no content, the decliner as source."""

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, describe_all


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
    # a refusal to disclose by a named or unnamed source (`declined_to_disclose`), and the phrasings of
    # data/no_comment.txt it led to
    pytest.param(
        "Ms. Okoro would not confirm the council's account.",
        declined("would not confirm", "Ms. Okoro"),
        id="would-not-confirm-an-account",
    ),
    pytest.param(
        "During the debate, the senator would not say whether he supported the plan.",
        declined("would not say", "the senator"),
        id="would-not-say-whether",
    ),
    pytest.param(
        "The spokesman would not comment on the report.",
        declined("would not comment", "The spokesman"),
        id="would-not-comment",
    ),
    pytest.param(
        "The official wouldn't say.",
        declined("wouldn't say", "The official"),
        id="would-not-say-alone",
    ),
    pytest.param(
        "Neither Arlen nor Voss would provide reporters with an image of the wound.",
        declined("would provide", "Neither Arlen nor Voss"),
        id="neither-nor-would-provide-an-image",
    ),
    pytest.param(
        "Neither company made any official statement about the outage.",
        declined("made any official statement", "Neither company"),
        id="neither-made-any-statement",
    ),
    pytest.param(
        "The company made no statement about the delays.",
        declined("made no statement", "The company"),
        id="made-no-statement",
    ),
    pytest.param(
        "The ministry did not say why the talks had stalled.",
        declined("did not say", "The ministry"),
        id="did-not-say-why",
    ),
    pytest.param(
        "The firm confirmed that the pilot had left, but did not say whether he was forced out.",
        declined("did not say", "The firm"),
        id="conjoined-did-not-say-whether",
    ),
    pytest.param(
        "As of Tuesday the company had not confirmed what work the crew was doing.",
        declined("had not confirmed", "the company"),
        id="had-not-confirmed-what",
    ),
    pytest.param(
        "The company did not confirm the report.",
        declined("did not confirm", "The company"),
        id="did-not-confirm-a-report",
    ),
    pytest.param(
        "Arvex did not release any specific information about the crash.",
        declined("did not release any specific information", "Arvex"),
        id="did-not-release-information",
    ),
    pytest.param(
        "A campaign aide declined to say whether she was still on the payroll.",
        declined("declined to say", "A campaign aide"),
        id="declined-to-say-whether",
    ),
    pytest.param(
        "Both candidates refused to answer whether they would back the plan.",
        declined("refused to answer", "Both candidates"),
        id="refused-to-answer",
    ),
    pytest.param(
        "The two men were contacted for this story but have not responded to inquiries.",
        declined("have not responded", "The two men"),
        id="have-not-responded",
    ),
    pytest.param(
        "He has not commented on whether he will run.",
        declined("has not commented", "He"),
        id="has-not-commented",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_COMMENT)
def test_declined_comment(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: No declined comment: a deed refused, a hedge, a person confirmed or named, what a statement left out or a
#: thing that does not answer; text and the cue that is no declined comment.
NOT_DECLINED = [
    pytest.param("She would not attend the meeting.", "attend", id="would-not-attend"),
    pytest.param("The candidate would not release his tax returns.", "release", id="a-record-withheld"),
    pytest.param("I wouldn't say it's a failure.", "say", id="would-not-say-a-clause-is-a-hedge"),
    pytest.param("The Senate had not confirmed him.", "confirmed", id="a-person-confirmed"),
    pytest.param("Voters who did not confirm their status were removed.", "confirm", id="a-status-confirmed"),
    pytest.param(
        "The mayor did not identify a location in his remarks.", "identify", id="did-not-identify-a-location"
    ),
    pytest.param("The prince admitted it but did not say he ordered it.", "say", id="did-not-say-a-claim"),
    pytest.param(
        "None of them gave the president the answer that he wanted.", "gave", id="gave-not-the-answer-wanted"
    ),
    pytest.param(
        "Overall, this does not give a good public image for the candidates.", "give", id="a-public-image"
    ),
    pytest.param(
        "If it were a commercial project I would never have named it that.", "named", id="a-name-supposed"
    ),
    pytest.param("The video does not answer whether he had a gun.", "answer", id="a-video-does-not-answer"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_DECLINED)
def test_no_declined_comment(articles: Articles, text: str, cue: str) -> None:
    start = text.index(cue)
    article = articles[text]
    found = [a for a in article.attributions if a.kind == "no_comment" and a.cue.start <= start < a.cue.end]
    assert found == [], describe_all(article)


def test_a_decline_reported_nests_in_the_statement(articles: Articles) -> None:
    """ "said he would not comment further": the declined comment sits inside what was said."""
    article = articles["The governor said he would not comment further."]
    outer = check(article, Expected("said", "The governor", "he would not comment further", "indirect"))
    inner = check(article, declined("would not comment", "he"))
    assert inner.parent == outer.id, describe_all(article)


def test_the_question_left_open_is_nobody_s_claim(articles: Articles) -> None:
    """ "would not say whether he supported the plan": no one is reported to support it (nor to have decided
    anything in "did not say whether he decided to leave")."""
    for text, inside in [
        ("The senator would not say whether he supported the plan.", "supported"),
        ("The firm did not say whether he decided to leave or was forced out.", "decided"),
    ]:
        article = articles[text]
        start = text.index(inside)
        inner = [a for a in article.attributions if a.cue.start <= start < a.cue.end]
        assert inner == [], describe_all(article)


#: A negated subject with "would say" or "will explain" that declines nothing: a claim no one would make, a
#: comparison, a record (which cannot decline).
NEGATED_NOT_DECLINED = [
    pytest.param("No one would say that Ana Ruiz is lazy, her coach said.", id="no-one-would-say-that"),
    pytest.param(
        "No one will explain the rules better than Ana Ruiz, the coach said.", id="no-one-will-explain-better"
    ),
    pytest.param("None of the reports would reveal the source of the leak.", id="none-of-the-reports"),
]


@pytest.mark.parametrize("text", NEGATED_NOT_DECLINED)
def test_a_negated_subject_declining_nothing_is_no_declined_comment(articles: Articles, text: str) -> None:
    found = [a for a in articles[text].attributions if a.kind == "no_comment"]
    assert not found, found
