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


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a relation to someone the title does not name, and a party alone, are no titles
        (
            "Jo Park said on Monday that the debate was rigged. Rival Ann Lee mocked the complaint, saying "
            "that the microphone was fine. At the debate, Democrat Ann Lee said that it was too late.",
            "Ann Lee",
            None,
        ),
        (
            "At the debate, Republican Tom Hale said that taxes would fall. In 2008 then-rival Tom Hale had "
            "said that he would win.",
            "Tom Hale",
            None,
        ),
        # a title another one holds is given once, the longer one
        (
            "Jo Fox, Brisk Bank's chief executive, said that the company was sound. Fox, the chief "
            "executive, said that it would grow.",
            "Jo Fox",
            "Brisk Bank's chief executive",
        ),
        (
            "Foreign Minister Ana Ruiz said that the talks would go on. The Dorn foreign minister said that "
            "the border would stay open.",
            "Ana Ruiz",
            "Dorn foreign minister",
        ),
        # a rank below a role is another role: both are kept
        (
            "Vice President Ana Ruiz said that the talks would go on. Ruiz, the president of the Dorn "
            "Trust, said that the fund would pay.",
            "Ana Ruiz",
            "Vice President; president of the Dorn Trust",
        ),
    ],
)
def test_a_title_says_a_role_once(text: str, name: str, title: str | None) -> None:
    titles = _titles(text)
    assert name in titles
    assert titles[name] == title

