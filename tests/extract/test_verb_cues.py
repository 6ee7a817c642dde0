"""The rules of `extract.verb_cues`: verb cues with their content readings and source."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, indirect

#: An inverted verb after a quote whose subject the parser took for its object: that noun phrase is the
#: source, never also the content.
SOURCE_TAKEN_FOR_OBJECT = [
    pytest.param(
        "“This is fantastic!” beamed Jo Roe of Dayton, Ohio, who had come early to find a seat near the stage.",
        id="beamed-X-after-a-quote",
    ),
]


@pytest.mark.parametrize("text", SOURCE_TAKEN_FOR_OBJECT)
def test_source_is_not_also_the_content(articles: Articles, text: str) -> None:
    article = articles[text]
    assert [
        a.cue.text for a in article.attributions if a.source and a.content and a.content.start == a.source.start
    ] == []


#: British spellings of verbs of saying are read as the American ones PolNeAR trained the lexicon on.
BRITISH_SPELLINGS = [
    pytest.param(
        'The president also characterised the deaths as "crushing".',
        Expected("also characterised", "The president", 'the deaths as "crushing"', "mixed"),
        id="characterised",
    ),
    pytest.param(
        "The opposition leader emphasised that the vote would go ahead.",
        indirect("emphasised", "The opposition leader", "that the vote would go ahead"),
        id="emphasised",
    ),
    pytest.param(
        "The minister apologised for the comment.",
        indirect("apologised for", "The minister", "the comment"),
        id="apologised-for",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRITISH_SPELLINGS)
def test_british_spelling(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A verb of saying after a long subject, which the parser reads as an adjective of the next clause's subject.
MISREAD_AS_MODIFIER = [
    pytest.param(
        "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights who had "
        "investigated the case, cautioned justice does not come swiftly.",
        indirect("cautioned", "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for "
                 "Human Rights who had investigated the case,", "justice does not come swiftly"),
        id="two-subjects",
    ),
    pytest.param(
        "Jo Roe, a lawyer for the family of the victim who had followed the trial, cautioned justice does not "
        "come swiftly.",
        indirect("cautioned", "Jo Roe, a lawyer for the family of the victim who had followed the trial,",
                 "justice does not come swiftly"),
        id="clause-subject-as-apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_AS_MODIFIER)
def test_verb_misread_as_modifier(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_true_adjective_after_comma_is_no_cue(articles: Articles) -> None:
    """ "The group, alleged militants, attacked ...": the adjective's phrase is closed by a comma."""
    assert not any(a.cue.text == "alleged" for a in articles["The group, alleged militants, attacked the convoy."].attributions)


#: The clause's subject the parser took for the cue's object, leaving the clause without one: part of what
#: was said (not whom it was told: a person, or an object before "that").
SUBJECT_TAKEN_FOR_OBJECT = [
    pytest.param(
        'County sheriff Jo Roe told the Ledger even one percent of the users attending "would be more '
        'overwhelming than we can handle".',
        Expected("told", "County sheriff Jo Roe",
                 'even one percent of the users attending "would be more overwhelming than we can handle"',
                 "mixed"),
        id="subject-of-a-quoted-clause",
    ),
    pytest.param(
        "The mayor told reporters that the bridge would reopen in May.",
        indirect("told", "The mayor", "that the bridge would reopen in May"),
        id="addressee-before-that",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_TAKEN_FOR_OBJECT)
def test_subject_taken_for_an_object(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)
