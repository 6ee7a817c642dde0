"""Coordinated sources are one attribution with every actor named: "A and B" / "A, B and C", each member
kept with their own title; a named source "and other" unnamed ones is not a coordination."""

from __future__ import annotations

import pytest
from resolving import Resolve

from sourcetrace.pipeline import extract
from sourcetrace.resolve.profile import build_profile
from sourcetrace.types import Actor, Attribution, Span

TEXT = (
    "Sens. Jon Harker (D-Mont.) and Dale Pruitt (R-La.) said the bank had misled its customers. "
    "Ann Morrow (D-Ore.), Sam Tillery (D-Ohio) and Rob Castell (D-N.J.) all said the fines were too low. "
    "According to the Ledger and NBC, the prince was angry. Mayor Jo Fenwick and the Lark administration "
    "said the plan was dead. The CIA and other intelligence agencies reportedly believe he ordered it. "
    "Ruth Amsel and other parents said the school had failed."
)


@pytest.mark.parametrize(
    ("source", "source_type", "name", "members"),
    [
        (
            "Sens. Jon Harker (D-Mont.) and Dale Pruitt (R-La.)",
            "person",
            "Jon Harker and Dale Pruitt",
            ("Jon Harker", "Dale Pruitt"),
        ),
        (
            "Ann Morrow (D-Ore.), Sam Tillery (D-Ohio) and Rob Castell (D-N.J.) all",
            "person",
            "Ann Morrow, Sam Tillery and Rob Castell",
            ("Ann Morrow", "Sam Tillery", "Rob Castell"),
        ),
        ("the Ledger and NBC", "organization", "Ledger and NBC", ("Ledger", "NBC")),
        (
            "Mayor Jo Fenwick and the Lark administration",
            "person",
            "Jo Fenwick and Lark administration",
            ("Jo Fenwick", "Lark administration"),
        ),
        ("The CIA and other intelligence agencies", "organization", "Central Intelligence Agency", ()),
        ("Ruth Amsel and other parents", "anonymous_group", None, ()),
    ],
)
def test_coordinated_sources(
    resolve: Resolve, source: str, source_type: str, name: str | None, members: tuple[str, ...]
) -> None:
    (attribution,) = resolve(TEXT, source)
    assert attribution.source_type == source_type
    assert (attribution.actor.name if attribution.actor else None) == name
    assert tuple(m.name for m in attribution.actor.members) == members if attribution.actor else not members


def test_each_member_keeps_their_title(resolve: Resolve) -> None:
    (attribution,) = resolve(TEXT, "Mayor Jo Fenwick and the Lark administration")
    assert attribution.actor is not None and attribution.actor.title is None
    assert attribution.actor.members[0] == Actor("Jo Fenwick", "Mayor")


def test_they_after_coordinated_persons_is_the_pair(resolve: Resolve) -> None:
    text = "Jon Harker and Dale Pruitt wrote to the bank on Monday. They said the fines were too low."
    pair, they = resolve(text, "Jon Harker and Dale Pruitt", "They")
    assert pair.actor is not None and they.actor == pair.actor


def test_the_profile_counts_each_member() -> None:
    text = "The Ledger and NBC said it. NBC said it again."
    pair = Actor("Ledger and NBC", None, (Actor("Ledger"), Actor("NBC")))
    attributions = [
        Attribution(
            "a1",
            "indirect",
            Span(19, 23, "said"),
            Span(0, 18, "The Ledger and NBC"),
            None,
            source_type="organization",
            actor=pair,
        ),
        Attribution(
            "a2",
            "indirect",
            Span(32, 36, "said"),
            Span(28, 31, "NBC"),
            None,
            source_type="organization",
            actor=Actor("NBC"),
        ),
    ]
    assert dict(build_profile(attributions, text).named_actors) == {"NBC": 2, "Ledger": 1}


@pytest.mark.parametrize(
    ("text", "name", "members"),
    [
        (  # the parser hangs the second institution inside the first one's "for" phrase
            "The Center for Biological Diversity and Center for Food Safety requested that the butterflies "
            "be protected.",
            "Center for Biological Diversity and Center for Food Safety",
            ("Center for Biological Diversity", "Center for Food Safety"),
        ),
        (
            "The Department of Health and Department of Education said the schools would reopen.",
            "Department of Health and Department of Education",
            ("Department of Health", "Department of Education"),
        ),
        (  # the parser hangs "Wales" on "Court": one name all the same
            "The High Court of England and Wales also ruled on the same day, finding that the matter was not "
            "for the courts.",
            "High Court of England and Wales",
            (),
        ),
        (
            "The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first quake "
            "occurred at 7:37 p.m.",
            "Philippine Institute of Volcanology and Seismology",
            (),
        ),
        (
            "The militant organisation, the Islamic State of Iraq and the Levant, claimed responsibility for "
            "the attacks.",
            "Islamic State of Iraq and the Levant",
            (),
        ),
        (  # each member is its own phrase, no "and" of the recogniser's entity of both
            "Right now, I am more supported by the University and the Chess Club rather than the Federation.",
            "University and Chess Club",
            ("University", "Chess Club"),
        ),
    ],
)
def test_and_inside_an_institutions_name(text: str, name: str, members: tuple[str, ...]) -> None:
    """ "and" inside an institution's "of/for" phrase joins two institutions only when the words after it
    name one of their own (its head noun repeated, its own article or phrase); else they end one name."""
    (attribution,) = extract(text).attributions
    assert attribution.source_type == "organization"
    assert attribution.actor is not None
    assert (attribution.actor.name, tuple(m.name for m in attribution.actor.members)) == (name, members)
