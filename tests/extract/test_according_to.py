"""The rules of `extract.according_to`: "according to X", polls and stances attribute the clause around them."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, indirect

ACCORDING_TO = [
    pytest.param(
        "Per the decree signed by the archbishop, priests are expected to notify the diocese.",
        indirect("Per", "the decree signed by the archbishop", "priests are expected to notify the diocese"),
        id="per-opening-the-sentence",
    ),
    pytest.param(
        "Per numbers reported by the agency, 415,000 priests are subject to the rule.",
        indirect("Per", "numbers reported by the agency", "415,000 priests are subject to the rule"),
        id="per-numbers-reported",
    ),
    pytest.param(
        # a semicolon ends the clause the phrase attributes, on either side of it
        "The region has the most cases in the country, according to the university's data; at least 5,000 "
        "deaths as of Monday, with the number rising by 100 a day according to the health ministry.",
        indirect("according to", "the university's data", "The region has the most cases in the country"),
        id="before-a-semicolon",
    ),
    pytest.param(
        "The region has the most cases in the country, according to the university's data; at least 5,000 "
        "deaths as of Monday, with the number rising by 100 a day according to the health ministry.",
        indirect("according to", "the health ministry",
                 "at least 5,000 deaths as of Monday, with the number rising by 100 a day", occurrence=1),
        id="after-a-semicolon",
    ),
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
        # a coordinated clause with a speaker of its own is still inside what the phrase after it attributes
        "Last year 3 million people visited the fair and this year the town expects about 5 million visitors "
        "according to the fair's website.",
        indirect("according to", "the fair's website",
                 "Last year 3 million people visited the fair and this year the town expects about 5 million visitors"),
        id="after-coordinated-clause-with-own-speaker",
    ),
    pytest.param(
        # the parser takes the clause for an apposition of the source, its verb for a relative clause's
        "According to U.S. Attorney Jo Roe, the letter if written by the suspect could strengthen the government's case.",
        indirect("According to", "U.S. Attorney Jo Roe",
                 "the letter if written by the suspect could strengthen the government's case"),
        id="before-clause-taken-for-apposition",
    ),
    pytest.param(
        # the parser takes the source for the clause's subject, "to" left without an object
        "According to Samoa Observer editor Keni Lesa, the anti-vaccine movement was able to spread its message.",
        indirect("According to", "Samoa Observer editor Keni Lesa", "the anti-vaccine movement was able to spread its message"),
        id="before-source-taken-for-subject",
    ),
    pytest.param(
        "According to Jo Roe, the mayor who was elected in 2010, the city will grow.",
        indirect("According to", "Jo Roe, the mayor who was elected in 2010", "the city will grow"),
        id="before-apposition-with-relative-clause",
    ),
    pytest.param(
        # an aside inside the predicate: what the parser hangs on the source after its comma is attributed
        "The militia is the main fighting force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK.",
        indirect("according to", "Turkey",
                 "The militia is the main fighting force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK",
                 parts=("The militia is the main fighting force of the SDF, largely Kurdish and", "supportive of the PKK")),
        id="aside-inside-the-predicate",
    ),
    pytest.param(
        "When the training is tailored to the veteran, it can work, according to Jo Roe, head of the centre for "
        "veterans studies at the university, and other scientists.",
        indirect("according to", "Jo Roe, head of the centre for veterans studies at the university, and other scientists",
                 "When the training is tailored to the veteran, it can work"),
        id="after-a-source-with-apposition-and-conjunct",
    ),
    pytest.param(
        # a name in apposition stays in the source, whatever follows
        "According to the town's first selectman, Ivo Brandt, there were ten passengers and three crew members aboard the aircraft.",
        indirect("According to", "the town's first selectman, Ivo Brandt",
                 "there were ten passengers and three crew members aboard the aircraft"),
        id="before-a-name-in-apposition-then-there-were",
    ),
    pytest.param(
        "The suspect, according to the police, fled on foot.",
        indirect("according to", "the police", "The suspect, according to the police, fled on foot",
                 parts=("The suspect", "fled on foot")),
        id="between-subject-and-verb",
    ),
    pytest.param(
        # the phrase ends the subordinate clause that opens the sentence: that clause is what it attributes
        "While only 10–15% of people within the fandom own a fursuit according to a 2011 study, event "
        "organizers reported this year 908 of the 2240 attendees brought at least one elaborate outfit.",
        indirect("according to", "a 2011 study", "only 10–15% of people within the fandom own a fursuit"),
        id="ending-an-opening-subordinate-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_only_a_poll_or_survey_opening_a_sentence_is_a_source(articles: Articles) -> None:
    text = "In 2012, the survey found little change. In the debate, the senator attacked the plan."
    assert [a.cue.text for a in articles[text].attributions if a.cue.text == "In"] == []


#: A phrase of stance opening the sentence: its holder is the source, the clause after it the content.
STANCE = [
    pytest.param(
        "The surgeon said the exam was hard. In his view, the new centres are on a par with those abroad.",
        indirect("In his view", "his", "the new centres are on a par with those abroad"),
        id="in-his-view",
    ),
    pytest.param(
        "From her view, this is a problem across the whole country.",
        indirect("From her view", "her", "this is a problem across the whole country"),
        id="from-her-view",
    ),
    pytest.param(
        "But in her opinion, the treaty will not survive the winter.",
        indirect("in her opinion", "her", "the treaty will not survive the winter"),
        id="after-a-conjunction",
    ),
    pytest.param(
        "In the opinion of the court, the law is void.",
        indirect("In the opinion of", "the court", "the law is void"),
        id="opinion-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STANCE)
def test_a_phrase_of_stance(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize("text", ["In my view, nothing.", "In his view of the harbour, the towers rise."])
def test_no_stance_without_a_clause_or_with_a_view_of_something(articles: Articles, text: str) -> None:
    assert not [a for a in articles[text].attributions if a.cue.text.lower().startswith(("in ", "from "))]


#: "per" inside a clause is a rate or "as per", not a source.
NOT_PER = [
    pytest.param("Prices rose 3 per cent per year in the region, per the agency.", id="rates"),
    pytest.param("Per capita income rose by a third in the decade.", id="per-capita"),
]


@pytest.mark.parametrize("text", NOT_PER)
def test_per_is_a_source_only_opening_a_sentence(articles: Articles, text: str) -> None:
    assert [a.cue.text for a in articles[text].attributions] == []
