"""The rules of `extract.headlines`: headline colons ("Graham: ...") and transcript turns ("ROE: ...")."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, describe_all, direct, find, indirect, locate

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


#: An interview as Wikinews prints it: capitalised names as labels, an answer of several paragraphs, answers
#: that open with "Yes." (a sentence of its own), and the article's text again after the last turn.
_INTERVIEW = (
    "Three experts answered our questions.\n\n"
    "Newsdesk: Will the storm lose strength over land?\n\n"
    "Morvan: Yes, all storms are driven by warm water. Over land the storm begins to dissipate.\n\n"
    "Tellis: Yes. All storms weaken once they make landfall. However, they can remain dangerous.\n\n"
    "Newsdesk: Is the government prepared?\n\n"
    "Morvan: I have not followed that closely. This occurs for two reasons:\n\n"
    "The roads are poor;\n\n"
    "The warnings came late.\n\n"
    "Tellis: I cannot say. The reports were encouraging.\n\n"
    "The storm reached the coast on Sunday, officials said."
)

TRANSCRIPT += [
    pytest.param(
        _INTERVIEW,
        Expected(":", "Morvan", "Yes, all storms are driven by warm water. Over land the storm begins to dissipate.",
                 "indirect", occurrence=1),
        id="capitalised-label-whole-answer",
    ),
    pytest.param(
        _INTERVIEW,
        Expected(":", "Tellis", "Yes. All storms weaken once they make landfall. However, they can remain dangerous.",
                 "indirect", occurrence=2),
        id="answer-opening-with-yes",
    ),
    pytest.param(
        _INTERVIEW,
        Expected(":", "Tellis", "I cannot say. The reports were encouraging.", "indirect", occurrence=6),
        id="last-turn-keeps-to-its-line",
    ),
    pytest.param(
        "Newsdesk: Who taught you?\n\nMorvan: My father did. He used to play in high school. So he would just "
        "play in the house and I remember he used to play with my mom. That is how I learned.\n\nNewsdesk: What "
        "do your parents do?\n\nMorvan: Both are doctors.",
        Expected(":", "Morvan", "My father did. He used to play in high school. So he would just play in the house "
                 "and I remember he used to play with my mom. That is how I learned.", "indirect", occurrence=1),
        id="answer-with-a-report-of-its-own-stays-whole",
    ),
    # a label with a middle initial written without its period is a speaker like any: the answer is whole
    pytest.param(
        "Sam T Poe: Where did you grow up?\n\nAna J Lind: In a small town by the sea. We moved when I was ten."
        "\n\nSam T Poe: What comes next?\n\nAna J Lind: A second season.",
        Expected(":", "Ana J Lind", "In a small town by the sea. We moved when I was ten.", "indirect", occurrence=1),
        id="label-with-a-middle-initial",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT)
def test_transcript_turn(articles: Articles, text: str, expected: Expected) -> None:
    found = check(articles[text], expected)
    assert found.parent is None


def test_an_answer_of_several_paragraphs_is_one_turn(articles: Articles) -> None:
    """Its paragraphs are the content's parts; the next speaker's label ends it."""
    found = find(articles[_INTERVIEW], Expected(":", "Morvan", None, "indirect", occurrence=4))
    assert [p.text for p in found.content_parts] == [
        "I have not followed that closely. This occurs for two reasons:",
        "The roads are poor;",
        "The warnings came late.",
    ]


def test_a_quotation_inside_a_turn_keeps_its_own_speaker(articles: Articles) -> None:
    """The turn is its label's; the words it quotes are another attribution, nested in it."""
    text = (
        "Newsdesk: How did the crowd react?\n\n"
        "Morvan: They loved it. A woman came up and she said, “Thank you, thank you for the song.”\n\n"
        "Newsdesk: And the critics?\n\n"
        "Morvan: They were kinder than I expected."
    )
    inner = check(articles[text], direct("said", "she", "“Thank you, thank you for the song.”"))
    turn = find(articles[text], Expected(":", "Morvan", None, "indirect", occurrence=1))
    assert inner.parent == turn.id


def test_separators_are_no_part_of_a_turn_and_a_bracketed_opening_goes_on(articles: Articles) -> None:
    text = (
        "Newsdesk: Did the crowd like it?\n\nMorvan: They loved it.\n\n* * *\n\n(Laughs) Yes, they did.\n\n"
        "Newsdesk: And the critics?\n\nMorvan: They were kinder than I expected."
    )
    found = find(articles[text], Expected(":", "Morvan", None, "indirect", occurrence=1))
    assert [p.text for p in found.content_parts] == ["They loved it.", "(Laughs) Yes, they did."]


def test_a_stage_direction_ends_a_turn(articles: Articles) -> None:
    text = (
        '"HALE: We will rebuild the roads and the schools.\n\n"And we will do it this year.\n\n'
        '"(CROSSTALK.)\n\n"We will not wait.\n\n"ROE: Thank you.\n\n"HALE: Thank you for having me on.'
    )
    found = find(articles[text], Expected(":", "HALE", None, "indirect"))
    assert [p.text for p in found.content_parts] == [
        "We will rebuild the roads and the schools.",
        "And we will do it this year.",
    ]


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
    # capitalised labels that repeat with no question asked are a listing, not an interview
    pytest.param(
        "House\n\nRepublicans: 222 seats\n\nDemocrats: 213 seats\n\nSenate\n\nRepublicans: 49 seats\n\n"
        "Democrats: 51 seats",
        id="listing-by-label",
    ),
    # a capitalised label that repeats is a rubric when no other label repeats: no exchange
    pytest.param(
        "The council met on Monday.\n\nNote: The vote was postponed.\n\nThe mayor left early.\n\n"
        "Note: The minutes are online.",
        id="repeated-capitalised-rubric",
    ),
]


@pytest.mark.parametrize("text", [*INTERVIEW_TURNS, *HEADLINE_LABELS])
def test_colon_without_a_speaker_is_not_a_headline(articles: Articles, text: str) -> None:
    colons = [a for a in articles[text].attributions if a.cue.text == ":"]
    assert colons == []


#: An interview the article holds itself (its lines unquoted, announced as no transcript): the asking label is
#: the reporter, whose questions assert nothing and whose words are the article's own (the Wikinews guidelines:
#: the reporter's narration is no attribution); what the reporter credits to others, and the answers, stay.
_OWN_INTERVIEW = (
    "The scientist spoke to us about her study.\n\n"
    "Newsdesk: I would like to ask you about the study. Why did you choose the island?\n\n"
    "Dana Reyes: The birds nest there every spring. We counted them for six years.\n\n"
    "Newsdesk: Your report mentioned the samples were small; how did you cope with that?\n\n"
    "Dana Reyes: We pooled them with data from two other colonies.\n\n"
    "Newsdesk: Tell us about the next season. Do you think the colony will grow?\n\n"
    "Dana Reyes: I expect it to grow, if the winter is mild."
)

#: (text, cue, occurrence): no attribution has this cue.
REPORTERS_OWN_WORDS = [
    pytest.param(_OWN_INTERVIEW, ":", 0, id="reporters-question-turn"),
    pytest.param(_OWN_INTERVIEW, ":", 2, id="reporters-premise-and-question-turn"),
    pytest.param(_OWN_INTERVIEW, "would like", 0, id="reporters-first-person"),
    pytest.param(_OWN_INTERVIEW, "Tell", 0, id="reporters-request"),  # a guard: main finds none either
    pytest.param(
        "Sam T Poe: Where did you grow up?\n\nAna J Lind: By the sea.\n\nSam T Poe: What comes next?\n\n"
        "Ana J Lind: A second season.",
        ":", 0, id="reporter-labelled-with-a-middle-initial",
    ),
    pytest.param(
        "Newsdesk: Where did you grow up?\n\nAna Lind: In a small town by the sea.\n\n"
        "Newsdesk: In what states should voters expect to see your name on the ballot?\n\n"
        "Ana Lind: In twelve states, and more by October.",
        "expect", 0, id="reporters-wh-question-with-a-third-party-subject",
    ),
]


@pytest.mark.parametrize(("text", "cue", "occurrence"), REPORTERS_OWN_WORDS)
def test_the_reporters_own_words_in_the_articles_interview(
    articles: Articles, text: str, cue: str, occurrence: int
) -> None:
    start, end = locate(text, cue, occurrence)
    found = [a for a in articles[text].attributions if a.cue.start < end and start < a.cue.end]
    assert found == [], describe_all(articles[text])


KEPT_IN_AN_INTERVIEW = [
    pytest.param(
        _OWN_INTERVIEW,
        Expected(":", "Dana Reyes", "The birds nest there every spring. We counted them for six years.", "indirect",
                 occurrence=1),
        id="answer-turn-stays",
    ),
    pytest.param(
        _OWN_INTERVIEW, indirect("mentioned", "Your report", "the samples were small"), id="premise-credits-a-document"
    ),
    # a transcript the article reprints, announced or quoted: the host is reported like any speaker (PolNeAR)
    pytest.param(
        "The governor spoke on Sunday. Partial transcript as follows:\n\nROE: Is that fair to the voters?\n\n"
        "HALE: It is fair, and they know it.\n\nROE: Will you run again?\n\nHALE: I have not decided.",
        indirect(":", "ROE", "Is that fair to the voters?", occurrence=1),
        id="announced-transcript-host-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_IN_AN_INTERVIEW)
def test_what_stays_in_an_interview(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)
