"""The title of a resolved person (`actor.title`): the roles the article gives them, no other words.

A title is a role: not an outlet's or a place's name run into the name after it, not a relation to someone
else ("rival"), not a party alone ("Democrat"), not the role of another person the article names, and not a
shorter title given again inside a longer one.
"""

from __future__ import annotations

import pytest

from sourcetrace.pipeline import extract


def _titles(text: str) -> dict[str, str | None]:
    """Each named person's title, as the sources that name them give it."""
    attributions = extract(text).attributions
    return {a.actor.name: a.actor.title for a in attributions if a.actor is not None and a.actor.name}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # an outlet's name before the name is no title, nor does it join the name
        (
            "Jo Fox visited the plant on Monday. In a March interview with the editorial board of the New "
            "York Ledger Fox said that the plan would fail. Fox also said it was too late.",
            "Jo Fox",
            None,
        ),
        # one word of a doer alone before a name is a title even when no role list holds it
        ("Podcaster Jo Fox said that the show would go on.", "Jo Fox", "Podcaster"),
    ],
)
def test_a_title_is_a_role(text: str, name: str, title: str | None) -> None:
    titles = _titles(text)
    assert name in titles
    assert titles[name] == title
