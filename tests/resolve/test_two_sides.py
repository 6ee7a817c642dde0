"""Speakers in stories with two sides: a pronoun after an unnamed spokesperson's statement is that
spokesperson, not the last named person; a person mentioned as an object, as the reporter or as the subject
of analysis is never the speaker by proximity alone. Each story alternates a side and its opponent's
spokesperson, in a different layout."""

from __future__ import annotations

import pytest
from resolving import Resolve, SourceRef

# verb after the quote, a paragraph per side
PARAGRAPHS = (
    "Union leader John Roe said the strike would go ahead on Monday. “Our members have waited long "
    "enough,” he said.\n\n"
    "A spokesperson for the Employers' Association said the offer was fair. “We have offered more than any "
    "other employer in the sector,” he said.\n\n"
    "“The association is not listening,” he said."
)
# speaker named after the quote, the opponent's spokesman answering in the next paragraph
QUOTE_FIRST = (
    "“We will not back down,” said union leader Tom Hale.\n\n"
    "“The offer is fair and final,” said a spokesman for the Northfield Employers' Federation. “We have met "
    "every reasonable demand,” he added.\n\n"
    "Hale said the union would ballot its members. He said the vote would come next week."
)
# a company spokeswoman after the mayor, continuing in a paragraph of her own
SPOKESWOMAN = (
    "Mayor Ann Cole said the closure would devastate the town.\n\n"
    "A Brandt Steel spokeswoman said the plant had lost money for six years.\n\n"
    "“We looked at every option,” she said."
)
# two sides in one paragraph, the unnamed official last
ONE_PARAGRAPH = (
    "Opposition leader Peter Amadi said the vote had been rigged, but an election commission official said "
    "the count was fair. He said observers had watched every polling station."
)
# the named side answers last: the pronoun is theirs again
ANSWER = (
    "A spokesman for the ministry said the plan was lawful. Opposition leader Peter Amadi rejected that. "
    "He said the ministry had ignored the courts."
)
# a person mentioned as an object is not the speaker
OBJECT = (
    "Governor Mark Ellis met Paul Green, the union's lawyer, on Friday. He said the meeting had gone well."
)
# the one spoken to is not the speaker
SPOKEN_TO = (
    "Crown Prince Khalid bin Faris accepted responsibility but did not say he had ordered it. Speaking to "
    "Martin Grove of PBS, he said it had happened under his watch."
)
# the reporter's own "I" and the broadcaster's correspondent are not the speaker of the next quote
REPORTER = (
    "President Carl Lee spoke to reporters at the White House. When I asked him about the talks, he said "
    "they were going well."
)
CORRESPONDENT = (
    "President Carl Lee said the talks were going well.\n\n"
    "The BBC's correspondent Jon Sale says the president sounded more cautious than before.\n\n"
    "“We are close to a deal,” he said."
)

# the broadcaster's editor writes an analysis in the first person; "he" is still the president
ANALYSIS = (
    "President Carl Lee spoke to the BBC. Mr Lee said the talks had stalled, but the BBC's North America "
    "editor Jon Sale said the president did not sound very confident. He admitted that politics in this "
    "town left few options.\n\n"
    "Analysis: Jon Sale, BBC News, Washington\n\n"
    "Nine months ago, the president seemed like a spent force. But the man sat before me today was relaxed. "
    "The only body swerve the president performed was when I asked him about the deal. There was a "
    "flicker across the president's face before his smile returned and he proceeded to talk about the vote."
)

CASES: list[tuple[str, tuple[SourceRef, ...], str, str | None, str | None]] = [
    (
        PARAGRAPHS,
        ("Union leader John Roe", "he", "A spokesperson for the Employers' Association", ("he", 1)),
        "anonymous_individual",
        None,
        "Employers' Association",
    ),
    (
        PARAGRAPHS,
        (
            "Union leader John Roe",
            "he",
            "A spokesperson for the Employers' Association",
            ("he", 1),
            ("he", 2),
        ),
        "anonymous_individual",
        None,
        "Employers' Association",
    ),
    (
        QUOTE_FIRST,
        ("union leader Tom Hale", "a spokesman for the Northfield Employers' Federation", "he"),
        "anonymous_individual",
        None,
        "Northfield Employers' Federation",
    ),
    (
        QUOTE_FIRST,
        ("union leader Tom Hale", "a spokesman for the Northfield Employers' Federation", "he", "Hale", "He"),
        "person",
        "Tom Hale",
        None,
    ),
    (
        SPOKESWOMAN,
        ("Mayor Ann Cole", "A Brandt Steel spokeswoman", "she"),
        "anonymous_individual",
        None,
        "Brandt Steel",
    ),
    (
        ONE_PARAGRAPH,
        ("Opposition leader Peter Amadi", "an election commission official", "He"),
        "anonymous_individual",
        None,
        None,
    ),
    (
        ANSWER,
        ("A spokesman for the ministry", "Opposition leader Peter Amadi", "He"),
        "person",
        "Peter Amadi",
        None,
    ),
    (OBJECT, ("He",), "person", "Mark Ellis", None),
    (SPOKEN_TO, ("Crown Prince Khalid bin Faris", ("he", 1)), "person", "Khalid bin Faris", None),
    (REPORTER, (("he", 0),), "person", "Carl Lee", None),
    (ANALYSIS, ("Mr Lee", "He", "he"), "person", "Carl Lee", None),
    (
        CORRESPONDENT,
        ("President Carl Lee", "The BBC's correspondent Jon Sale", "he"),
        "person",
        "Carl Lee",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sources", "source_type", "actor", "on_behalf_of"), CASES)
def test_the_speaker_of_a_pronoun(
    resolve: Resolve,
    text: str,
    sources: tuple[SourceRef, ...],
    source_type: str,
    actor: str | None,
    on_behalf_of: str | None,
) -> None:
    last = resolve(text, *sources)[-1]
    assert last.source_type == source_type
    assert (last.actor.name if last.actor else None) == actor
    assert last.on_behalf_of == on_behalf_of
