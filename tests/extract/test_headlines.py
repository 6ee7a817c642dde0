"""The rules of `extract.headlines`: headline colons ("Graham: ...") and transcript turns ("ROE: ...")."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, indirect

#: Headlines of the form "Name: claim" take the colon as cue (PolNeAR's convention).
HEADLINE_COLON = [
    pytest.param(
        "Graham: Trump's tax plan is a disaster for the middle class",
        indirect(":", "Graham", "Trump's tax plan is a disaster for the middle class"),
        id="name-colon-claim",
    ),
    pytest.param(
        "Ryan: Decision Not to Indict Defies Explanation\n\nThe speaker spoke on Tuesday.",
        indirect(":", "Ryan", "Decision Not to Indict Defies Explanation"),
        id="name-colon-headline-without-cue-word",
    ),
    pytest.param(
        # the parser ends a sentence at these colons
        "Cruz: Rival Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Another\n\nThe senator "
        "spoke on Tuesday.",
        indirect(":", "Cruz", "Rival Would Put Liberals On Court, ‘I Fear The Same Thing Is True’ for Another"),
        id="name-colon-sentence-cut-at-the-colon",
    ),
    pytest.param(
        "Ann Roe: And Then There Was the One\n\nThe writer spoke.",
        indirect(":", "Ann Roe", "And Then There Was the One"),
        id="full-name-colon-sentence-cut-at-the-colon",
    ),
    pytest.param(
        "NY Post: Mayor Is No Different Than Any Other Politician\n\nThe paper ran the column on Sunday.",
        indirect(":", "NY Post", "Mayor Is No Different Than Any Other Politician"),
        id="outlet-in-capitals-colon-claim",
    ),
    pytest.param(
        # in PolNeAR train, 8 of 9 headlines opened by "Poll:" or "Report:" are attributions
        "Poll: Governor and senator in dead heat in Ohio",
        indirect(":", "Poll", "Governor and senator in dead heat in Ohio"),
        id="poll-colon-verbless-claim",
    ),
    pytest.param(
        "Poll: Senator Burns Governor With First-Ever Statewide Lead\n\nThe survey was taken last week.",
        indirect(":", "Poll", "Senator Burns Governor With First-Ever Statewide Lead"),
        id="poll-colon-title-case-claim",
    ),
    pytest.param(
        # the tagger reads "Poll" here as an adjective
        "Poll: Governor and Senator in dead heat heading into first debate.",
        indirect(":", "Poll", "Governor and Senator in dead heat heading into first debate"),
        id="poll-colon-label-mistagged",
    ),
    # a lone cue word before the colon is still the headline's source ("Said X:" is not: see test_quotes)
    pytest.param(
        "Report: Walker to speak at the convention next week",
        indirect(":", "Report", "Walker to speak at the convention next week"),
        id="cue-word-colon",
    ),
    # a person's verbless claim, in headline style
    pytest.param(
        "Governor Ann Roe: No outside influence on the state probe\n\nThe governor spoke on Monday.",
        indirect(":", "Governor Ann Roe", "No outside influence on the state probe"),
        id="person-colon-verbless-claim",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_COLON)
def test_headline_colon(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A transcript: capitalised names that open several lines, each a turn of its speaker, quotation marks or not.
_TRANSCRIPT = (
    '"ROE: Let’s start with the debate. Will she be there tomorrow?\n\n'
    '"HALE: She will not be attending the debate. It was a joke, “a bad one,” and that is all.\n\n'
    '"ROE: Is that fair to the voters?\n\n'
    '"HALE: It is fair, and they know it.'
)


TRANSCRIPT = [
    pytest.param(
        _TRANSCRIPT,
        indirect(":", "ROE", "Let’s start with the debate. Will she be there tomorrow?"),
        id="first-turn",
    ),
    pytest.param(
        _TRANSCRIPT,
        Expected(":", "HALE", "She will not be attending the debate. It was a joke, “a bad one,” and that is all.",
                 "indirect", occurrence=1),
        id="turn-with-a-quote-inside",
    ),
    pytest.param(
        "ROE: Is that fair to the voters?\nHALE: It is fair, and they know it.\nROE: Thank you, governor.\n"
        "HALE: Thank you for having me on.",
        Expected(":", "HALE", "It is fair, and they know it.", "indirect", occurrence=1),
        id="turns-without-quotation-marks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT)
def test_transcript_turn(articles: Articles, text: str, expected: Expected) -> None:
    found = check(articles[text], expected)
    assert found.parent is None


#: Interview transcripts mark turns with "Q:" and "A:": not a headline's speaker.
INTERVIEW_TURNS = [
    "Q: But is this the moment to run for the Senate again?",
    "A: Look, what the voters want is a fighter.",
]


#: Title lines whose colon follows a rubric, or precedes a label with no verb: nobody is quoted.
HEADLINE_LABELS = [
    pytest.param("The Latest: Senator wins Minnesota caucuses", id="rubric-the-latest"),
    pytest.param("The Latest: Sanders wins Minnesota Democratic caucuses", id="rubric-the-latest-name-after"),
    pytest.param("Correction: The senator won the Ohio primary by 2,000 votes", id="rubric-correction"),
    pytest.param("Breaking: Governor signs the budget bill", id="rubric-breaking"),
    pytest.param("Wow: Anchor Just Said Something Unexpected About The Senator", id="rubric-interjection"),
    pytest.param("Contributing: Jane Roe and Sam Poe, Daily News", id="credit-line"),
    pytest.param("Governor Smith: 1,769", id="name-colon-figure"),
    # a capitalised label that opens one line only is a rubric, not a transcript's speaker
    pytest.param("The senator spoke.\n\nBOOM: Senator wins the Ohio primary by a mile", id="single-capitalised-rubric"),
    # a label counts as a turn where it opens a line, not in the middle of one
    pytest.param(
        "The banner over the stage read HALE: A NEW START for the county.\n\nHALE: We will rebuild the roads "
        "and the schools of this county.",
        id="capitalised-label-opening-one-line-only",
    ),
    pytest.param("Senator Tim Hale: Constitutional conservative or career politician?", id="question-about-a-person"),
    pytest.param("Ann Roe: Tim Hale, Sam Poe, Jo Lee, Ed Fox, Al Kim", id="person-colon-list-of-names"),
]


@pytest.mark.parametrize("text", [*INTERVIEW_TURNS, *HEADLINE_LABELS])
def test_colon_without_a_speaker_is_not_a_headline(articles: Articles, text: str) -> None:
    colons = [a for a in articles[text].attributions if a.cue.text == ":"]
    assert colons == []
