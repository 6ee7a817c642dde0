"""Headings, labels and event nouns are never sources: a title-case heading makes no person's name, an
event is typed unknown with no actor, and a word the parser took for a person with nothing else to say so
is no antecedent."""

from __future__ import annotations

import pytest
from resolving import Resolve, SourceRef

HEADING = (
    "Outage Hits Photo App Worldwide\n\n"
    "Many users reported login failures on Tuesday.\n\n"
    "Users Urged To Remain Cautious During Outage\n\n"
    "Some users said their feeds failed to refresh."
)
EVENTS = (
    "Two people died in the clashes on Sunday. The bloodshed raised fears of a wider war. The surge in "
    "complaints suggested the outage was global. The incident highlights how fragile the network is."
)
LABEL = (
    "Protesters carried placards asking the government to revoke the clause invoked by Brexit. "
    "The mayor of London, Sadiq Rahman, tweeted that the march was huge."
)


@pytest.mark.parametrize(
    ("text", "source", "source_type", "actor"),
    [
        (HEADING, "Many users", "anonymous_group", None),
        (HEADING, "Some users", "anonymous_group", None),
        (EVENTS, "The bloodshed", "unknown", None),
        (EVENTS, "The surge in complaints", "unknown", None),
        (EVENTS, "The incident", "unknown", None),
        (LABEL, "The mayor of London, Sadiq Rahman", "person", "Sadiq Rahman"),
    ],
)
def test_not_a_source(
    resolve: Resolve, text: str, source: SourceRef, source_type: str, actor: str | None
) -> None:
    (attribution,) = resolve(text, source)
    assert attribution.source_type == source_type
    assert (attribution.actor.name if attribution.actor else None) == actor
