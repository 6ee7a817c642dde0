"""The rules of `extract.noun_cues`: noun and stance cues, and other cues that are not verbs of saying."""

# ruff: noqa: E501  (news sentences and their expected spans read best unbroken, one per line)

from __future__ import annotations

import pytest

from .conftest import Articles
from .helpers import Expected, check, indirect

NON_SPEECH_CUES = [
    pytest.param(
        # a preposition's object may be a clause ("what he sees as ...": a view, which the model scores below
        # its threshold)
        "The mayor has complained about what he sees as unfair coverage of the strike.",
        indirect("has complained about", "The mayor", "what he sees as unfair coverage of the strike"),
        id="complained-about-what-X-sees-as",
    ),
    pytest.param(
        "His claim that the vote was rigged was false.",
        indirect("claim", "His", "that the vote was rigged"),
        id="noun-claim-that",
    ),
    pytest.param(
        "The senator's criticism of the trade deal angered the White House.",
        indirect("criticism of", "The senator's", "the trade deal"),
        id="noun-criticism-of",
    ),
    pytest.param(
        "Senator Moss is confident that the bill will pass.",
        indirect("is confident", "Senator Moss", "that the bill will pass"),
        id="predicate-adjective-that",
    ),
    pytest.param(
        "The senator called for a ban on assault weapons in December after the shooting in Orlando.",
        indirect("called for", "The senator", "a ban on assault weapons in December after the shooting in Orlando"),
        id="called-for-object-and-what-follows",
    ),
    pytest.param(
        # "for" parsed as the mark of an infinitive clause with its own subject
        "The governor called for all candidates to lay out the cost of their plans.",
        indirect("called for", "The governor", "all candidates to lay out the cost of their plans"),
        id="called-for-X-to-do",
    ),
    pytest.param(
        "He could not resist a swipe at the senator, who he dubbed “the little senator.”",
        Expected("dubbed", "he", "“the little senator.”", "direct"),
        id="relative-object-and-its-predicate",
    ),
    pytest.param(
        # the parser hangs the object under its predicate ("statements" the subject of "childish")
        "Stuart Stevens, a veteran strategist, called the senator's statements and actions on Sunday "
        '"childish."',
        Expected("called", "Stuart Stevens, a veteran strategist,",
                 'the senator\'s statements and actions on Sunday "childish."', "mixed", content_exact=False),
        id="called-object-predicate",
    ),
    pytest.param(
        "Analysts predicted that inflation would fall below 3 percent by the autumn.",
        indirect("predicted", "Analysts", "that inflation would fall below 3 percent by the autumn"),
        id="predicted-that",
    ),
    pytest.param(
        "Economists predicted a sharp recession next year.",
        indirect("predicted", "Economists", "a sharp recession next year"),
        id="predicted-object",
    ),
    pytest.param(
        "The general vowed to retake the city within a week.",
        indirect("vowed", "The general", "to retake the city within a week"),
        id="vowed-to",
    ),
    pytest.param(
        "The governor vowed to veto any tax increase.",
        indirect("vowed", "The governor", "to veto any tax increase"),
        id="vowed-to-2",
    ),
    pytest.param(
        "The central bank warned that prices could rise further.",
        indirect("warned", "The central bank", "that prices could rise further"),
        id="warned-that",
    ),
    pytest.param(
        "Scientists warned the glacier could collapse within a decade.",
        indirect("warned", "Scientists", "the glacier could collapse within a decade"),
        id="warned-bare",
    ),
    pytest.param(
        "Officials understood that the deal would be signed in March.",
        indirect("understood", "Officials", "that the deal would be signed in March"),
        id="understood-that",
    ),
    pytest.param(
        "Officials believe the fire was started deliberately.",
        indirect("believe", "Officials", "the fire was started deliberately"),
        id="believe",
    ),
    pytest.param(
        "Residents expressed frustration about the slow pace of the repairs.",
        indirect("expressed", "Residents", "the slow pace of the repairs", cue_exact=False, content_exact=False),
        id="expressed-frustration-about",
    ),
    pytest.param(
        "The judge was of the view that the law had been broken.",
        indirect("was of the view", "The judge", "that the law had been broken", cue_exact=False),
        id="was-of-the-view-that",
    ),
    pytest.param(
        "The health minister was of the view that the lockdown should be lifted.",
        indirect("was of the view", "The health minister", "that the lockdown should be lifted", cue_exact=False),
        id="was-of-the-view-that-2",
    ),
    pytest.param(
        "Most economists are of the opinion that interest rates will rise next year.",
        indirect("are of the opinion", "Most economists", "that interest rates will rise next year",
                 cue_exact=False),
        id="are-of-the-opinion-that",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NON_SPEECH_CUES)
def test_cue_that_is_not_a_verb_of_saying(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)


#: An adverb of hearsay passes on the clause it modifies, with no source (PolNeAR's cue is the adverb, the
#: Wikinews gold's source type unknown); a verb of saying or of thought with a clause stays the cue.
HEARSAY = [
    pytest.param(
        "Apple is reportedly considering a bid for the film studio.",
        indirect("reportedly", None, "Apple is reportedly considering a bid for the film studio",
                 parts=("Apple is", "considering a bid for the film studio")),
        id="reportedly-considering",
    ),
    pytest.param(
        "The man allegedly threatened a neighbour with a knife.",
        indirect("allegedly", None, "The man allegedly threatened a neighbour with a knife",
                 parts=("The man", "threatened a neighbour with a knife")),
        id="allegedly-threatened-an-object",
    ),
    pytest.param(
        "The company purportedly paid the officials in cash.",
        indirect("purportedly", None, "The company purportedly paid the officials in cash",
                 parts=("The company", "paid the officials in cash")),
        id="purportedly",
    ),
    pytest.param(
        "The engineer was reputedly responsible for most of the design.",
        indirect("reputedly", None, "The engineer was reputedly responsible for most of the design",
                 parts=("The engineer was", "responsible for most of the design")),
        id="reputedly-responsible",
    ),
    pytest.param(
        "Allegedly, his sister pleaded with him to see a doctor.",
        indirect("Allegedly", None, "his sister pleaded with him to see a doctor"),
        id="allegedly-opening-the-sentence",
    ),
    pytest.param(
        "Firefighters sent thirty engines; crews reportedly had control of the blaze by 8am.",
        indirect("reportedly", None, "crews reportedly had control of the blaze by 8am",
                 parts=("crews", "had control of the blaze by 8am")),
        id="reportedly-after-a-semicolon",
    ),
    pytest.param(
        "A crowd surrounded and allegedly threatened the senator as he left the hall.",
        indirect("allegedly", None, "threatened the senator as he left the hall"),
        id="allegedly-on-a-joined-verb",
    ),
    pytest.param(
        "The police shot him after he allegedly brandished a pistol at officers.",
        indirect("allegedly", None, "he allegedly brandished a pistol at officers",
                 parts=("he", "brandished a pistol at officers")),
        id="allegedly-in-an-adverbial-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEARSAY)
def test_hearsay_adverb(articles: Articles, text: str, expected: Expected) -> None:
    check(articles[text], expected)
