"""Reading a stored actor name: person, organisation, body linked to a person, group, or nobody."""

from __future__ import annotations

import pytest

from sourcetrace.corpus.names import middles_agree, parse_name

# (name, resolver's type, kind, (given, middle, surname, suffix) or principal/acronym)
NAMES = [
    ("Donald J. Trump", "person", "person", ("donald", ("j",), "trump", None)),
    ("Donald Trump Jr.", "person", "person", ("donald", (), "trump", "jr")),
    ("Mr. Obama", "person", "person", (None, (), "obama", None)),
    ("Mme Roux", "person", "person", (None, (), "roux", None)),
    ("President Barack Obama", "person", "person", ("barack", (), "obama", None)),
    ("Hillary Rodham Clinton", "person", "person", ("hillary", ("rodham",), "clinton", None)),
    ("Obama administration", "organization", "administration", "Obama"),
    ("Donald Trump's campaign", "organization", "campaign", "Donald Trump"),
    ("the Trump campaign", "organization", "campaign", "Trump"),
    ("Clintons", "person", "family", "Clinton"),
    ("Trump family", "person", "family", "Trump"),
    ("FBI", "organization", "organization", "FBI"),
    ("F.B.I.", None, "organization", "FBI"),
    ("State Department", "organization", "organization", "SD"),
    ("Ted Cruz and John Kasich", "person", "group", ("Ted Cruz", "John Kasich")),
]


@pytest.mark.parametrize(("name", "source_type", "kind", "parts"), NAMES)
def test_names(name: str, source_type: str | None, kind: str, parts: object) -> None:
    parsed = parse_name(name, source_type)
    assert parsed is not None and parsed.kind == kind
    if kind == "person":
        assert (parsed.given, parsed.middle, parsed.surname, parsed.suffix) == parts
    elif kind == "organization":
        assert parsed.acronym == parts
    elif kind == "group":
        assert parsed.members == parts
    else:
        assert parsed.principal == parts


@pytest.mark.parametrize(
    "name", ["", "the campaign", "Campaign", "footage of Ted Cruz", "a review of the emails"]
)
def test_what_names_nobody(name: str) -> None:
    assert parse_name(name, "organization" if "review" in name else "person") is None


def test_gender_of_an_honorific() -> None:
    assert parse_name("Mrs. Clinton", "person").gender == "f"  # type: ignore[union-attr]
    assert parse_name("Mr. Clinton", "person").gender == "m"  # type: ignore[union-attr]
    assert parse_name("Mme Roux", "person").gender == "f"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("one", "other", "agree"),
    [
        ((), ("j",), True),
        (("j",), ("john",), True),
        (("j",), ("k",), False),
        (("a", "b"), ("a",), False),
    ],
)
def test_middle_names(one: tuple[str, ...], other: tuple[str, ...], agree: bool) -> None:
    assert middles_agree(one, other) is agree
