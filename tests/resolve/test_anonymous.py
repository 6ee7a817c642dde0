"""Unnamed sources: how many, on whose side, and the reporter's stated reason or credential."""

from __future__ import annotations

import pytest
from resolving import Resolve

CASES = [
    (
        "In the poll, 26 percent of Democrats said the party had lost its way.",
        "26 percent of Democrats",
        "anonymous_group",
        None,
        "Democratic Party",
        None,
    ),
    ("Several said the vote would be delayed.", "Several", "anonymous_group", None, None, None),
    (
        "Three people familiar with the matter said the deal could collapse.",
        "Three people familiar with the matter",
        "anonymous_group",
        3,
        None,
        "familiar with the matter",
    ),
    (
        "A senior European diplomat, who spoke on condition of anonymity because he was not authorized to "
        "discuss the talks, said the deal was close.",
        "A senior European diplomat, who spoke on condition of anonymity because he was not authorized to "
        "discuss the talks,",
        "anonymous_individual",
        1,
        "European",
        "who spoke on condition of anonymity",
    ),
    (
        "Speaking on condition of anonymity, two officials said the talks had stalled.",
        "two officials",
        "anonymous_group",
        2,
        None,
        "Speaking on condition of anonymity",
    ),
    (
        "Based on their review of the documents, four of the analysts said the figures were wrong.",
        "four of the analysts",
        "anonymous_group",
        4,
        None,
        "Based on their review of the documents",
    ),
    (
        "More than 20 former employees said the company ignored the warnings.",
        "More than 20 former employees",
        "anonymous_group",
        None,
        None,
        None,
    ),
    (
        "Several officials said the plan would be announced on Friday.",
        "Several officials",
        "anonymous_group",
        None,
        None,
        None,
    ),
    ("Sources said the plan would be announced on Friday.", "Sources", "anonymous_group", None, None, None),
    (
        "Democratic aides said the vote would be close.",
        "Democratic aides",
        "anonymous_group",
        None,
        "Democratic Party",
        None,
    ),
    (
        "A Pentagon official with knowledge of the operation said it had succeeded.",
        "A Pentagon official with knowledge of the operation",
        "anonymous_individual",
        1,
        "Pentagon",
        "with knowledge of the operation",
    ),
    # critics, opponents, rivals: whom they oppose is not their side
    (
        "Governor Lena Strahl cut the forest budget. Her critics blame her for the fires.",
        "Her critics",
        "anonymous_group",
        None,
        None,
        None,
    ),
    (
        "Strahl opponents said the cuts would cost lives.",
        "Strahl opponents",
        "anonymous_group",
        None,
        None,
        None,
    ),
    (
        "Detractors of Lena Strahl said the cuts would cost lives.",
        "Detractors of Lena Strahl",
        "anonymous_group",
        None,
        None,
        None,
    ),
    (
        "Lena Strahl spoke first. His rivals in the party said she was wrong.",
        "His rivals in the party",
        "anonymous_group",
        None,
        None,
        None,
    ),
    # a possessor that is no target is still the side
    (
        "Lena Strahl spoke first. Her supporters said the cuts were needed.",
        "Her supporters",
        "anonymous_group",
        None,
        "Lena Strahl",
        None,
    ),
    # an institution's name goes on after its "of" (not into another name joined by "and")
    (
        "Researchers at the Norland Institute of Technology said the bridge was unsafe.",
        "Researchers at the Norland Institute of Technology",
        "anonymous_group",
        None,
        "Norland Institute of Technology",
        None,
    ),
    (
        "Two officials from the Ministry of Foreign Affairs said the talks had failed.",
        "Two officials from the Ministry of Foreign Affairs",
        "anonymous_group",
        2,
        "Ministry of Foreign Affairs",
        None,
    ),
    (
        "Scientists from the University of Bristol and UC Davis said the lake was drying.",
        "Scientists from the University of Bristol and UC Davis",
        "anonymous_group",
        None,
        "University of Bristol",
        None,
    ),
]


@pytest.mark.parametrize(("text", "source", "source_type", "count", "affiliation", "justification"), CASES)
def test_anonymous(
    resolve: Resolve,
    text: str,
    source: str,
    source_type: str,
    count: int | None,
    affiliation: str | None,
    justification: str | None,
) -> None:
    (attribution,) = resolve(text, source)
    assert attribution.source_type == source_type
    assert attribution.actor is None
    assert attribution.anonymous is not None
    assert attribution.anonymous.count == count
    assert attribution.anonymous.affiliation == affiliation
    if justification is None:
        assert attribution.anonymous.justification is None
    else:
        assert attribution.anonymous.justification is not None
        assert attribution.anonymous.justification.startswith(justification)


def test_justification_from_an_interview_sentence(resolve: Resolve) -> None:
    text = (
        "The company routinely ignored safety warnings, according to former workers. The newspaper "
        "interviewed more than 30 former workers and managers. They said the plant was unsafe."
    )
    (attribution,) = resolve(text, "former workers")
    assert attribution.anonymous is not None
    assert (
        attribution.anonymous.justification
        == "The newspaper interviewed more than 30 former workers and managers"
    )
