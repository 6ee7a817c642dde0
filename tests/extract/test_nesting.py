"""The rules of `extract.nesting`: one reading per cue, contents cut at a sibling's clause, parents."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, direct, indirect

#: (text, outer, inner): the inner attribution's parent is the outer one.
NESTED = [
    pytest.param(
        "Opposition sources say the president said he would resign before the summer.",
        indirect("say", "Opposition sources", "the president said he would resign before the summer"),
        indirect("said", "the president", "he would resign before the summer"),
        id="sources-say-X-said",
    ),
    pytest.param(
        "Two officials said the general told them he was ready to resign.",
        indirect("said", "Two officials", "the general told them he was ready to resign"),
        indirect("told", "the general", "he was ready to resign"),
        id="officials-said-X-told-them",
    ),
    pytest.param(
        "Diplomatic sources said the foreign minister had told his counterpart that the embassy would close.",
        indirect("said", "Diplomatic sources",
                 "the foreign minister had told his counterpart that the embassy would close"),
        indirect("had told", "the foreign minister", "that the embassy would close"),
        id="sources-said-X-had-told-that",
    ),
    pytest.param(
        "The newspaper reported that the mayor had said the deal was dead.",
        indirect("reported", "The newspaper", "that the mayor had said the deal was dead"),
        indirect("had said", "the mayor", "the deal was dead"),
        id="newspaper-reported-X-had-said",
    ),
    pytest.param(
        "Officials say the governor has told aides he will not run again.",
        indirect("say", "Officials", "the governor has told aides he will not run again"),
        indirect("has told", "the governor", "he will not run again"),
        id="officials-say-X-has-told-aides",
    ),
    pytest.param(
        "The union has protested against what it calls a rushed vote on the contract.",
        indirect("has protested against", "The union", "what it calls a rushed vote on the contract"),
        indirect("calls", "it", "a rushed vote on the contract"),
        id="protested-against-what-X-calls",
    ),
    pytest.param(
        # a noun-phrase content that is itself an attribution holds it (not so a relative clause inside one)
        "The senator laid out her proposals to expand rural broadband.",
        indirect("laid out", "The senator", "her proposals to expand rural broadband"),
        indirect("proposals", "her", "to expand rural broadband"),
        id="laid-out-her-proposals-to",
    ),
    pytest.param(
        # what a cue inside a quote reports ends with the quote, not with the speaker's "she said" (a verb of
        # speech: "I think ..." in a quote is the speaker's words, test_actions.py)
        "“I told them you’ll hear that from the president,” she said. “And part of what I have been arguing "
        "is that we have to do a better job on the ground.”",
        Expected("said", "she", "“I told them you’ll hear that from the president,” she said. “And part of "
                 "what I have been arguing is that we have to do a better job on the ground.”", "direct",
                 parts=("“I told them you’ll hear that from the president,”", "“And part of what I have been "
                        "arguing is that we have to do a better job on the ground.”")),
        indirect("told", "I", "you’ll hear that from the president"),
        id="cue-inside-a-quote-reports-up-to-its-end",
    ),
]


@pytest.mark.parametrize(("text", "outer", "inner"), NESTED)
def test_nested_attribution(articles: Articles, text: str, outer: Expected, inner: Expected) -> None:
    article = articles[text]
    found_outer = check(article, outer)
    found_inner = check(article, inner)
    assert found_outer.parent is None
    assert found_inner.parent == found_outer.id
    assert found_outer.content is not None and found_inner.content is not None
    assert found_outer.content.start <= found_inner.cue.start and found_inner.content.end <= found_outer.content.end


# A second speaker's clause coordinated with, or set against, the first content: the parser often hangs it
# inside that content, but it is an attribution of its own, and the first content ends where it starts.
COORDINATED = [
    pytest.param(
        "Party leaders say that neither candidate can win the nomination on pledged delegates alone, and they "
        "say that would leave the decision to the superdelegates.",
        indirect("say", "Party leaders", "that neither candidate can win the nomination on pledged delegates alone"),
        Expected("say", "they", "that would leave the decision to the superdelegates", "indirect", occurrence=1),
        id="and-they-say",
    ),
    pytest.param(
        "One survey says China has the most billionaires, while another says the United States has twice as many.",
        indirect("says", "One survey", "China has the most billionaires"),
        Expected("says", "another", "the United States has twice as many", "indirect", occurrence=1),
        id="while-another-says",
    ),
    pytest.param(
        "Most voters said they wanted a nominee from outside politics, but six in 10 said they would back the "
        "party's choice.",
        indirect("said", "Most voters", "they wanted a nominee from outside politics"),
        Expected("said", "six in 10", "they would back the party's choice", "indirect", occurrence=1),
        id="but-six-in-10-said",
    ),
    pytest.param(
        "Most voters said they were very worried about the direction of the economy, and more than 4 in 10 "
        "said the businessman would be best at handling it.",
        indirect("said", "Most voters", "they were very worried about the direction of the economy"),
        Expected("said", "more than 4 in 10", "the businessman would be best at handling it", "indirect",
                 occurrence=1),
        id="and-4-in-10-said-hung-as-a-second-complement",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), COORDINATED)
def test_coordinated_speaker(articles: Articles, text: str, first: Expected, second: Expected) -> None:
    article = articles[text]
    assert check(article, first).parent is None
    assert check(article, second).parent is None


# ... but a second complement of the same cue, or a clause without a verb of saying, stays in the content.
JOINED = [
    pytest.param(
        # a clause after a closed quotation is the reporter's, even when the parser joins it to the cue
        'The health minister said "We could not save him," and the city flag flies at half-mast.',
        direct("said", "The health minister", '"We could not save him,"'),
        id="quote-closed-before-and-clause",
    ),
    pytest.param(
        "The senator noted that the odds of such an attack were very low, and that voters should worry more "
        "about heart disease.",
        indirect("noted", "The senator", "that the odds of such an attack were very low, and that voters should "
                 "worry more about heart disease"),
        id="and-that",
    ),
    pytest.param(
        "She said the town prides itself on its mix of people, and residents see that as its strength.",
        indirect("said", "She", "the town prides itself on its mix of people, and residents see that as its "
                 "strength"),
        id="and-residents-see",
    ),
]


CUT_AT_A_SIBLING = [
    pytest.param(
        # the sibling's clause cut away, only quoted words are left: the first content is direct
        'The minister said, "As far as I know, this would be the first case of its kind", adding, "For us, '
        'this man is a terrorist".',
        direct("said", "The minister", '"As far as I know, this would be the first case of its kind"'),
        id="said-quote-adding-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUT_AT_A_SIBLING)
def test_content_cut_at_a_sibling_keeps_its_kind_right(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_clause_stays_in_the_content(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_one_reading_per_cue_span(articles: Articles) -> None:
    """ "has expressed support for": the verb's reading or the noun's, never both."""
    text = "She has expressed support for the plan to raise taxes on the wealthy."
    found = articles[text].attributions
    assert len(found) == 1
    assert found[0].cue.text == "has expressed"


def test_noun_phrase_content_nests_nothing(articles: Articles) -> None:
    """A passive subject is a noun phrase: a relative clause inside it is an attribution of its own, not one
    nested in the passive's content (as PolNeAR annotates it)."""
    text = "The deal, which the minister said would create jobs, was first reported by the Financial Times."
    article = articles[text]
    reported = check(article, indirect("was first reported", "the Financial Times",
                                       "The deal, which the minister said would create jobs"))
    said = check(article, indirect("said", "the minister", "which the minister said would create jobs",
                                   parts=("which", "would create jobs")))
    assert reported.parent is None and said.parent is None
