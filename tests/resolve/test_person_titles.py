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


#: A nominee named by a definite role noun only, then a spokeswoman of his, then the nominee again.
_NOMINEE = (
    "Tom Hale said on Monday that the debate was rigged. The Republican presidential nominee said that his "
    "microphone had been sabotaged.\n\n"
    "Spokeswoman Ann Lee said via email that the campaign would defend itself against the media.\n\n"
    "At Monday's debate, Jo Park cited remarks Hale had made as examples of the Republican nominee's "
    "disrespect for voters, her aides said."
)
#: A bare role noun before the one named later who holds it: it refers back.
_DIRECTOR = (
    "If there is one thing that Ava Moreno is passionate about, it is history.\n\n"
    'The director makes this clear in her new documentary "Roots." The film explores the past.\n\n'
    '"This narrative is everywhere," said Kim Osei, the executive director at the Harlow Media Trust. '
    "Moreno said that the film was worth making."
)
#: Roles of one party or rank that another party's or rank's holder must not take.
_PARTIES = (
    "Jo Park said on Monday that the debate was rigged. The Republican presidential nominee said that his "
    "microphone had been sabotaged.\n\n"
    "Tom Hale says too much is made of Park's tweets. The Republican vice presidential nominee said Friday "
    "in Dorn that the media were to blame.\n\n"
    "The Democratic presidential candidate said that she would respond. Libertarian presidential candidate "
    "Gary Fox said that the race was open."
)
#: A role noun that is no subject ("helped the donor"), and "neither" before a role noun.
_NEITHER = (
    "Democratic presidential nominee Ann Lee said on Monday that the plan would work.\n\n"
    "A spokeswoman for Ann Lee says neither the Democratic presidential nominee nor her campaign helped the "
    "donor. Campaign communications director Jo Ruiz said that the claim was false."
)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (_NOMINEE, "Ann Lee", "Spokeswoman"),
        (_NOMINEE, "Tom Hale", "Republican presidential nominee"),
        (_DIRECTOR, "Ava Moreno", "director"),
        (_DIRECTOR, "Kim Osei", "executive director at the Harlow Media Trust"),
        (_PARTIES, "Tom Hale", "Republican vice presidential nominee"),
        (_PARTIES, "Gary Fox", "Libertarian presidential candidate"),
        (_NEITHER, "Ann Lee", "Democratic presidential nominee"),
    ],
)
def test_a_role_noun_titles_whom_it_refers_to(text: str, name: str, title: str | None) -> None:
    """A definite role noun gives its title to the person whose titles, learnt from role nouns too, match
    it, of no other party or rank; a bare one refers back; one that is no subject guesses no one."""
    titles = _titles(text)
    assert name in titles
    assert titles[name] == title
