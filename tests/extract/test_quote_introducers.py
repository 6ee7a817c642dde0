"""The rules of `extract.quote_introducers`: speakers before a quote, by a colon or in the sentence before."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, direct

SPEAKER_BEFORE = [
    # the inverted opener: the tagger takes the capitalised verb for part of a name
    pytest.param(
        "Experts doubt the plan. Said Ellis: “I don’t get the sense she’s the least bit interested in reform.”",
        direct("Said", "Ellis", "“I don’t get the sense she’s the least bit interested in reform.”"),
        id="Said-X-colon",
    ),
    pytest.param(
        'Said Dana Cole, "The thought that an error of mine made a difference is awful."',
        direct("Said", "Dana Cole", '"The thought that an error of mine made a difference is awful."'),
        id="Said-X-comma",
    ),
    pytest.param(
        "The board met twice. Added the chairman, “We will not back down on this one.”",
        direct("Added", "the chairman", "“We will not back down on this one.”"),
        id="Added-the-X-comma",
    ),
    # where the quote is from, then a colon (the cue)
    pytest.param(
        "Not all web panels are equal. From the report: “Samples with longer field periods were more accurate.”",
        direct(":", "the report", "“Samples with longer field periods were more accurate.”"),
        id="From-X-colon",
    ),
    pytest.param(
        "More from Ann Roe and Sam Poe: “Data collected by our firm confirms that both issues were in play.”",
        direct(":", "Ann Roe and Sam Poe", "“Data collected by our firm confirms that both issues were in play.”"),
        id="More-from-X-colon",
    ),
    pytest.param(
        "Senator Alan Brooks said: “This bill will cost taxpayers billions of dollars.”",
        direct("said", "Senator Alan Brooks", "“This bill will cost taxpayers billions of dollars.”"),
        id="X-said-colon",
    ),
    pytest.param(
        "Police Commissioner Dana Walsh said on Friday: “We have arrested three men in connection with the attack.”",
        direct("said", "Police Commissioner Dana Walsh",
               "“We have arrested three men in connection with the attack.”"),
        id="X-said-on-day-colon",
    ),
    pytest.param(
        "The ferry company said in a statement: “All sailings are cancelled until further notice.”",
        Expected("said", "The ferry company", "“All sailings are cancelled until further notice.”", "direct",
                 cue_exact=False),
        id="said-in-a-statement-colon",
    ),
    pytest.param(
        'Carlos Mendes, the opposition leader, said: "The vote was rigged from the start."',
        direct("said", "Carlos Mendes, the opposition leader,", '"The vote was rigged from the start."'),
        id="straight-X-said-colon",
    ),
    pytest.param(
        "Martha Greene, the company's founder, said: ''We have no plans to leave the city.''",
        direct("said", "Martha Greene, the company's founder,", "''We have no plans to leave the city.''"),
        id="two-apostrophes-X-said-colon",
    ),
    pytest.param(
        "Dr. Helen Osei said: “The results surprised us.”",
        direct("said", "Dr. Helen Osei", "“The results surprised us.”"),
        id="title-Dr-X-said-colon",
    ),
    pytest.param(
        # the parser hangs the subject on the fronted phrase, as an apposition to "the Observer"
        "In a statement to the Observer, her senior policy adviser, Jo Roe, said: “The governor believes that "
        "cooperation is essential, and that it is strongest when the region is united.”",
        direct("said", "her senior policy adviser, Jo Roe,", "“The governor believes that cooperation is essential, "
               "and that it is strongest when the region is united.”"),
        id="subject-taken-for-an-apposition-in-a-fronted-phrase",
    ),
    pytest.param(
        "“Look at what you did,” the mayor said. Her rival responded, “We fixed the roads you left broken.”",
        direct("responded", "Her rival", "“We fixed the roads you left broken.”"),
        id="second-speaker-takes-next-quote",
    ),
    pytest.param(
        "“Look at what you did,” the mayor said. Her rival responded, “We fixed the roads you left broken.”",
        direct("said", "the mayor", "“Look at what you did,”"),
        id="first-speaker-keeps-own-quote",
    ),
    pytest.param(
        "The vote was close. As Tom Ridge, a former secretary, put it: “The barbarians are no longer at the "
        "gate. They are inside.”",
        direct("put", "Tom Ridge, a former secretary,",
               "“The barbarians are no longer at the gate. They are inside.”"),
        id="as-X-put-it-colon",
    ),
    pytest.param(
        'Few were convinced. As one analyst puts it, "Senate Republicans are unmoved, and activists are '
        'uninspired."',
        direct("puts", "one analyst", '"Senate Republicans are unmoved, and activists are uninspired."'),
        id="as-X-puts-it-comma",
    ),
    pytest.param(
        "The senator won an endorsement from Mike Lee, who declared in the debate spin room, “I’m sending the "
        "signal that it’s time to unite.”",
        direct("declared", "who", "“I’m sending the signal that it’s time to unite.”"),
        id="verb-where-said-comma-quote",
    ),
    pytest.param(
        # a passive after a quote that ends its sentence is not the quote's cue, however the parser splits
        "The senator won an endorsement from Mike Lee, who declared in the debate spin room, “I’m sending the "
        "signal that it’s time to unite.” The senator was also endorsed the day before by a former rival.",
        direct("declared", "who", "“I’m sending the signal that it’s time to unite.”"),
        id="passive-in-next-sentence-is-not-the-speaker",
    ),
    pytest.param(
        # the parser links "furrowed" to "looked" as a bare dependent: the series shares the subject
        "When I asked the senator if he would endorse her, he looked straight into the camera, furrowed his "
        'brow and said, "I\'m going to endorse YOU!"',
        direct("said", "he", '"I\'m going to endorse YOU!"'),
        id="series-of-verbs-and-said",
    ),
    pytest.param(
        # a clause closed by a colon right before the quote introduces it, though its verb is not one of saying
        'In Turkey on Monday, the first five questioners ranged from skeptical to hostile: "Is it time for your '
        'strategy to change?"',
        Expected("ranged", "the first five questioners", '"Is it time for your strategy to change?"', "direct",
                 cue_exact=False),
        id="clause-closed-by-a-colon",
    ),
    pytest.param(
        # ... also when the parser hangs that clause under a verb of the quote
        'But back on home soil, he returned to his familiar lines: "It\'s called America First! ... There will be '
        'no amnesty!"',
        Expected("returned", "he", '"It\'s called America First! ... There will be no amnesty!"', "direct",
                 cue_exact=False),
        id="colon-clause-under-a-verb-of-the-quote",
    ),
    pytest.param(
        # a person named right before the colon, who is not the clause's subject, speaks; the colon is the cue
        "The timing of the surge doesn’t surprise Republican pollster Dana Shaw: “Historically, lesser-known "
        "candidates have seen the biggest boost in their national support.”",
        direct(":", "Republican pollster Dana Shaw", "“Historically, lesser-known candidates have seen the "
               "biggest boost in their national support.”"),
        id="name-colon-after-a-clause",
    ),
    pytest.param(
        "Turnout has been important for these contests - Philip Bump: “Two weeks ago, the South was his "
        "strongest territory. Now it is the Northeast.”",
        direct(":", "Philip Bump", "“Two weeks ago, the South was his strongest territory. Now it is the "
               "Northeast.”"),
        id="name-colon-after-a-dash",
    ),
    pytest.param(
        "After the governor criticized her husband during a debate, Jo Roe shot back, “I suppose I could have "
        "stayed home, but I chose to fulfil my profession.”",
        Expected("shot", "Jo Roe", "“I suppose I could have stayed home, but I chose to fulfil my profession.”",
                 "direct", cue_exact=False),
        id="any-intransitive-verb-comma",
    ),
    pytest.param(
        "The crowd fell silent, and the senator interjected, “Ladies and gentlemen, our next speaker.”",
        Expected("interjected", "the senator", "“Ladies and gentlemen, our next speaker.”", "direct"),
        id="unlisted-verb-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_BEFORE)
def test_speaker_before_the_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


SPEAKER_IN_SENTENCE_BEFORE = [
    pytest.param(
        "The mayor said. “We are rebuilding every bridge in the county.”",
        direct("said", "The mayor", "“We are rebuilding every bridge in the county.”"),
        id="X-said-period",
    ),
    pytest.param(
        "The fire chief said. “The building could collapse at any moment.”",
        direct("said", "The fire chief", "“The building could collapse at any moment.”"),
        id="X-said-period-2",
    ),
    pytest.param(
        'The union leader said. "Our members will not accept a pay cut."',
        direct("said", "The union leader", '"Our members will not accept a pay cut."'),
        id="straight-X-said-period",
    ),
    pytest.param(
        "The ambassador said. “Our country will not be intimidated. We will defend our borders. We always have.”",
        direct("said", "The ambassador",
               "“Our country will not be intimidated. We will defend our borders. We always have.”"),
        id="X-said-period-several-sentences",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_IN_SENTENCE_BEFORE)
def test_speaker_in_the_sentence_before(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: A verb with a content of its own before a quote: in the quote's paragraph it introduces the quote; a quote
#: paragraph after it goes on with what it reports (mixed), the verb's own content kept.
OWN_CONTENT_BEFORE = [
    pytest.param(
        "Opposition leader Tom Fry called the election a sham.\n\n“This was stolen from the people.”",
        Expected("called", "Opposition leader Tom Fry",
                 "the election a sham.\n\n“This was stolen from the people.”", "mixed",
                 parts=("the election a sham", "“This was stolen from the people.”")),
        id="quote-paragraph-goes-on",
    ),
    pytest.param(
        "Senator Ann Cole criticized the decision on Twitter. “It shows a lack of understanding of the region.”",
        direct("criticized", "Senator Ann Cole", "“It shows a lack of understanding of the region.”"),
        id="same-paragraph-introduces",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CONTENT_BEFORE)
def test_a_verb_with_its_own_content_before_a_quote(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)
