"""The rules of `extract.content_around`: contents before or around the cue (postposed, asides, relatives)."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, direct, indirect

POSTPOSED = [
    pytest.param(
        "The central bank will raise interest rates again in June, officials say.",
        indirect("say", "officials", "The central bank will raise interest rates again in June"),
        id="officials-say",
    ),
    pytest.param(
        "The strike will continue through the weekend, union leaders said.",
        indirect("said", "union leaders", "The strike will continue through the weekend"),
        id="leaders-said",
    ),
    pytest.param(
        "The factory will close in July, two people familiar with the plans said.",
        indirect("said", "two people familiar with the plans", "The factory will close in July"),
        id="people-familiar-said",
    ),
    pytest.param(
        "Inflation is likely to ease next year, economists say.",
        indirect("say", "economists", "Inflation is likely to ease next year"),
        id="economists-say",
    ),
    pytest.param(
        "LAGOS, Nigeria (AP) — The strike will continue through the weekend, union leaders said.",
        indirect("said", "union leaders", "The strike will continue through the weekend"),
        id="after-agency-dateline",
    ),
    pytest.param(
        "PORT ELLIS — The storm destroyed more than 200 homes, local officials said.",
        indirect("said", "local officials", "The storm destroyed more than 200 homes"),
        id="after-city-dateline",
    ),
    pytest.param(
        "PORT ELLIS — The storm destroyed more than 200 homes, local officials said on Sunday, and the governor "
        "warned of more rain.",
        indirect("said", "local officials", "The storm destroyed more than 200 homes"),
        id="after-city-dateline-mid-sentence",
    ),
    pytest.param(
        "It would likely take two to three weeks to convene the committee for a special meeting, he said, and "
        "intense wrangling could be paralyzing.",
        indirect("said", "he", "It would likely take two to three weeks to convene the committee for a special "
                 "meeting"),
        id="aside-closed-by-and-a-new-clause",
    ),
    pytest.param(
        "Those who take on heavy debt struggle, even with a good job, he said.",
        indirect("said", "he", "Those who take on heavy debt struggle, even with a good job"),
        id="clause-the-parser-made-a-fragment-of",
    ),
    pytest.param(
        "Sorry, the senator said.",
        indirect("said", "the senator", "Sorry"),
        id="one-word-fragment",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSTPOSED)
def test_postposed_source(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A fragment before the verb that is only a connective or an opening adverbial is no content.
#: A verb of saying inverted after a whole clause, its speaker after it (the parser makes the speaker its
#: object).
INVERTED = [
    pytest.param(
        "At least 22 people died in the attack, reported officials, with 25 others injured.",
        indirect("reported", "officials", "At least 22 people died in the attack"),
        id="second-verb-of-the-clause",
    ),
    pytest.param(
        "On Saturday morning, a gunman shot five people at a grocery store in the border city of Laredo, Texas, with the death toll rising to three on Monday, reported officials, with two others injured.",
        indirect("reported", "officials", "On Saturday morning, a gunman shot five people at a grocery store in the border city of Laredo, Texas, with the death toll rising to three on Monday"),
        id="root-after-a-clause",
    ),
]


#: A verb of saying and its speaker set off between a subject and its predicate, as wire copy writes them:
#: the speaker is the noun phrase after the verb, the content the sentence around the aside.
INVERTED_ASIDE = [
    pytest.param(
        "Institutional recipients, said Dana Marsh, are required to exhibit the donated prints every ten years.",
        indirect("said", "Dana Marsh", "Institutional recipients, said Dana Marsh, are required to exhibit the donated prints every ten years",
                 parts=("Institutional recipients", "are required to exhibit the donated prints every ten years")),
        id="name-after-said",
    ),
    pytest.param(
        "The economy, said Kevin Orton, is in worse shape than it was a year ago.",
        indirect("said", "Kevin Orton", "The economy, said Kevin Orton, is in worse shape than it was a year ago",
                 parts=("The economy", "is in worse shape than it was a year ago")),
        id="copular-predicate",
    ),
    pytest.param(
        "Local farmers, said the minister, will receive compensation by June.",
        indirect("said", "the minister", "Local farmers, said the minister, will receive compensation by June",
                 parts=("Local farmers", "will receive compensation by June")),
        id="common-noun-speaker",
    ),
    pytest.param(
        "Meanwhile, said the minister, talks will resume on Monday.",
        indirect("said", "the minister", "talks will resume on Monday"),
        id="connective-before-is-not-said",
    ),
    pytest.param(
        "And the senator, said Jo Roe, who remains his friend, does not forgive or forget.",
        indirect("said", "Jo Roe", "the senator, said Jo Roe, who remains his friend, does not forgive or forget",
                 parts=("the senator", "does not forgive or forget")),
        id="speaker-with-a-relative-clause",
    ),
    pytest.param(
        "Because warmer water is more buoyant, says the study, it rises above cooler water.",
        indirect("says", "the study", "Because warmer water is more buoyant, says the study, it rises above cooler water",
                 parts=("Because warmer water is more buoyant", "it rises above cooler water")),
        id="after-a-subordinate-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_ASIDE)
def test_inverted_speaker_in_an_aside(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


NOT_AN_INVERTED_ASIDE = [
    pytest.param(
        "His nonprofit group, called the Harbour Legacy Fund, will still own the property until it repays the loan.",
        "the Harbour Legacy Fund", id="naming-verb",
    ),
    pytest.param(
        'Jo Roe, also on Twitter, defended his decision, "If they do anything I consider off limits, I will act."',
        "his decision", id="no-predicate-after-the-object",
    ),
    pytest.param(
        "The tentative deal, announced Friday, would last four years and must be approved by union members.",
        "Friday", id="participle-and-a-day",
    ),
    pytest.param(
        "The prisoners, told the news, cheered loudly.", "the news", id="participle-of-telling-and-what-was-told",
    ),
    pytest.param("Taxes, said Jo Roe,", "Jo Roe", id="aside-ending-the-text"),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED)
def test_inverted_speaker_after_a_clause(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


def test_object_with_a_clause_is_no_inverted_speaker(articles: Articles) -> None:
    """ "X has been targeting Y since Z, at the debate, cited harsh comments X had made": the object holds a
    verb, so it is what was cited, not who cited."""
    text = "Jo Roe has been targeting the mayor since the senator, at Monday's debate, cited harsh comments Roe had made about the mayor after she lost."
    cited = next(a for a in articles[text].attributions if a.cue.text == "cited")
    assert cited.source is not None and cited.source.text == "Jo Roe"


NOT_A_FRAGMENT = [
    pytest.param("Then, she apologized.", id="adverb-alone"),
    pytest.param("On Thursday, they announced.", id="opening-adverbial"),
]


@pytest.mark.parametrize("text", NOT_A_FRAGMENT)
def test_connective_before_the_cue_is_no_content(articles: Articles, text: str) -> None:
    assert articles[text].attributions == ()


#: A subject-and-cue aside inside its content, which comes in two parts around it.
ASIDE = [
    pytest.param(
        # a subject that a relative word ends is part of what was said ("To which" alone is a link)
        "The plan calls for an independent review. All of which, he said, would help ensure confidence in the "
        "process.",
        indirect("said", "he", "All of which, he said, would help ensure confidence in the process",
                 parts=("All of which", "would help ensure confidence in the process")),
        id="aside-after-a-relative-subject",
    ),
    pytest.param(
        "Japanese officials said the man showed symptoms similar to the infection and was suspected to have it; "
        "his death, they reported, was officially described as viral pneumonia.",
        indirect("reported", "they", "his death, they reported, was officially described as viral pneumonia",
                 parts=("his death", "was officially described as viral pneumonia")),
        id="aside-after-a-semicolon",
    ),
    pytest.param(
        "The campaign, he says, is different this time.",
        indirect("says", "he", "The campaign, he says, is different this time",
                 parts=("The campaign", "is different this time")),
        id="aside-between-commas",
    ),
    pytest.param(
        # the parser hangs "said" from the clause after it, with the opening phrase inside the aside
        "In the early 1990s, Ms. Roe said, when she was earning $24,000 a year, a boss invited her to lunch.",
        indirect("said", "Ms. Roe",
                 "In the early 1990s, Ms. Roe said, when she was earning $24,000 a year, a boss invited her to lunch",
                 parts=("In the early 1990s", "when she was earning $24,000 a year, a boss invited her to lunch")),
        id="aside-after-opening-phrase",
    ),
    pytest.param(
        "But as one senator noted, those voters will give the challenger a second look if he starts winning.",
        indirect("noted", "one senator", "those voters will give the challenger a second look if he starts winning"),
        id="as-X-noted-before-the-clause",
    ),
    pytest.param(
        "As the newspaper reported, the governor would then need to win 55 percent of the remaining votes.",
        indirect("reported", "the newspaper", "the governor would then need to win 55 percent of the remaining votes"),
        id="as-X-reported-at-sentence-start",
    ),
    pytest.param(
        # the parser takes the aside for the relative clause, with "which" as its object
        "The army would also guard the captured fighters, which, the statement said, neighbouring countries have "
        "refused to take back.",
        indirect("said", "the statement",
                 "which, the statement said, neighbouring countries have refused to take back",
                 parts=("which", "neighbouring countries have refused to take back")),
        id="aside-after-a-relative-pronoun",
    ),
    pytest.param(
        # the pronoun is the subject of the clause after the aside, not the object of the cue
        "They mapped areas of open water called polynyas, which, they observed, occurred in the same places every year.",
        indirect("observed", "they", "which, they observed, occurred in the same places every year",
                 parts=("which", "occurred in the same places every year")),
        id="aside-after-a-relative-pronoun-subject",
    ),
    pytest.param(
        # the object of a verb of telling is whom it told, no action
        "The plan, he told reporters, is dead.",
        indirect("told", "he", "The plan, he told reporters, is dead", parts=("The plan", "is dead")),
        id="aside-with-whom-it-told",
    ),
    pytest.param(
        # so is the object of a verb of promising or writing to someone
        "The tax, the mayor promised voters, will be cut next year.",
        indirect("promised", "the mayor", "The tax, the mayor promised voters, will be cut next year",
                 parts=("The tax", "will be cut next year")),
        id="aside-with-whom-it-promised",
    ),
    pytest.param(
        "The plan, he wrote his supporters, is dead.",
        indirect("wrote", "he", "The plan, he wrote his supporters, is dead", parts=("The plan", "is dead")),
        id="aside-with-whom-it-wrote-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDE)
def test_aside_inside_its_content(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A quotation after a subject-and-cue aside: an adverbial opening the sentence before the aside says where,
#: when or to whom it was said (or links it to what came before), and is the reporter's, not the quote's.
QUOTE_AFTER_A_SCENE = [
    pytest.param(
        'At the rally on Friday, she said, "We will win this election and we will change the law."',
        direct("said", "she", '"We will win this election and we will change the law."'),
        id="place-and-day-before-aside",
    ),
    pytest.param(
        'In a message to staff, he wrote, "I will leave with great satisfaction in what we have accomplished."',
        direct("wrote", "he", '"I will leave with great satisfaction in what we have accomplished."'),
        id="in-a-message-before-aside",
    ),
    pytest.param(
        'However, she added, "there are no locked doors in the accommodation spaces."',
        direct("added", "she", '"there are no locked doors in the accommodation spaces."'),
        id="connective-before-aside",
    ),
    pytest.param(
        'Of the public consultation, he said, "In the end I will have one vote like every other citizen."',
        direct("said", "he", '"In the end I will have one vote like every other citizen."'),
        id="topic-phrase-before-aside",
    ),
    pytest.param(
        'To fiscal conservatives, the candidate says, "Be bold and vote for us this time."',
        direct("says", "the candidate", '"Be bold and vote for us this time."'),
        id="addressees-before-aside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_AFTER_A_SCENE)
def test_scene_before_a_quote_is_not_quoted(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A clause set off with a subject and a noun object is an action, not an aside inside what was said.
ACTION_SET_OFF = [
    pytest.param(
        "Yesterday, as the senator praised the bill, the markets, already nervous, fell sharply.",
        "praised", id="as-clause-with-an-object",
    ),
    pytest.param(
        "On Monday, as the governor signed the budget, the unions, angry at the cuts, called a strike.",
        "signed", id="object-then-a-whole-clause",
    ),
]


@pytest.mark.parametrize(("text", "cue"), ACTION_SET_OFF)
def test_action_set_off_is_no_aside(articles: Articles, text: str, cue: str) -> None:
    assert not any(len(a.content_parts) == 2 for a in articles[text].attributions if a.cue.text == cue)


#: A passive's agent the parser hung at the end of the verb's complement ("as a loner by X") is the source,
#: and no part of the content.
STRAY_AGENT = [
    pytest.param(
        "The attacker, who was described as a loner by his neighbours, was arrested on Friday.",
        indirect("was described as", "his neighbours", "a loner"),
        id="relative-passive",
    ),
    pytest.param(
        'The attacker, who was described as "obsessed with knives" by the police, was shot dead by officers.',
        direct("was described as", "the police", '"obsessed with knives"'),
        id="quoted-complement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRAY_AGENT)
def test_agent_hung_on_the_complement(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A "by" phrase that ends a passive's complement but is not its agent: a time, or the agent of a verb inside.
NOT_A_STRAY_AGENT = [
    pytest.param(
        "The department was ordered to make four releases this month, concluding the disclosure process by Feb. 29.",
        "Feb. 29", id="time",
    ),
    pytest.param(
        "She must be seen as a credible leader for middle-class voters exasperated by the gridlocked government.",
        "the gridlocked government", id="agent-of-a-participle-inside",
    ),
    pytest.param(
        "The shooting was described as the deadliest attack by a lone gunman in the country's history.",
        "a lone gunman in the country's history", id="agent-of-an-event-noun",
    ),
    pytest.param(
        "The vote was described as a victory by the standards of the party.",
        "the standards of the party", id="measure",
    ),
]


@pytest.mark.parametrize(("text", "object_"), NOT_AN_INVERTED_ASIDE + NOT_A_STRAY_AGENT)
def test_a_phrase_near_the_cue_is_no_speaker(articles: Articles, text: str, object_: str) -> None:
    """What an inverted aside or a stray agent would take for the speaker, where neither is one."""
    assert all(a.source is None or a.source.text != object_ for a in articles[text].attributions)


#: The cue's object stands before it: a relative pronoun, or the subject of a passive.
OBJECT_BEFORE_CUE = [
    pytest.param(
        "The network faced allegations of bias, which the chairman denies.",
        indirect("denies", "the chairman", "which"),
        id="relative-pronoun-object",
    ),
    pytest.param(
        "The deal, which was first reported by the Financial Times, is worth $2 billion.",
        indirect("was first reported", "the Financial Times", "which"),
        id="relative-passive-with-agent",
    ),
    pytest.param(
        "The plan was hotly criticized by the unions.",
        indirect("was hotly criticized", "the unions", "The plan"),
        id="passive-subject-with-agent",
    ),
    pytest.param(
        # the raising reading ("Sanders ... the winner ...") and the object's are near equally probable
        "Sanders was declared the winner in New Hampshire.",
        indirect("was declared", None, "the winner in New Hampshire", content_exact=False),
        id="passive-with-predicate-noun",
    ),
    pytest.param(
        # no relative pronoun: the noun phrase the clause modifies, with the noun's own modifiers
        "Young voters are exactly the sort of demographic change the party warned about in its 2013 report.",
        indirect("warned", "the party", "the sort of demographic change the party warned about in its "
                 "2013 report", parts=("the sort of demographic change", "about in its 2013 report")),
        id="relative-without-pronoun-noun-with-modifiers",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_BEFORE_CUE)
def test_object_before_the_cue(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)
