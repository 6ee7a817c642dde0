"""The actor registry: tables of name sets (as the resolver stores them, one article each unless said) and the
registry expected of them: who is one actor, under which canonical name, and who stays apart."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sourcetrace.corpus.aliases import UserAlias
from sourcetrace.corpus.registry import (
    REASON_ACRONYM,
    REASON_PERIOD,
    REASON_SAME_ARTICLE,
    REASON_TITLE,
    REASON_USER,
    REASON_VARIANT,
    Mention,
    Registry,
    build_registry,
)


@dataclass(frozen=True)
class M:
    """A mention in a table: the resolver's actor name, the words written, the article, date, title, type."""

    name: str
    source: str | None = None
    article: int = 0
    date: str | None = "2016-06-01"
    title: str | None = None
    source_type: str = "person"


def registry(
    rows: list[M], aliases: list[UserAlias] | None = None, texts: dict[int, str] | None = None
) -> Registry:
    mentions = [
        Mention(key, row.article, row.name, row.source or row.name, row.title, row.source_type, row.date)
        for key, row in enumerate(rows)
    ]
    return build_registry(mentions, aliases or (), (texts or {}).get)


def grouped(found: Registry, rows: list[M]) -> dict[str, set[str]]:
    """Canonical name → the written names (name, else source) of the rows assigned to it."""
    groups: dict[str, set[str]] = {}
    for key, row in enumerate(rows):
        if key in found.assignment:
            groups.setdefault(found.assignment[key], set()).add(row.source or row.name)
    return groups


def links(found: Registry, name: str) -> set[tuple[str, str]]:
    actor = found.actor(name)
    assert actor is not None, name
    return {(link.relation, link.other) for link in actor.links}


# (name, rows, expected groups: canonical name -> written names)
TABLES = [
    (
        "the Trump family: the candidate's variants merge, his children and wife stay apart",
        [
            M("Donald Trump", article=1),
            M("Donald J. Trump", article=2),
            M("Donald Trump", "Mr. Trump", article=1),
            M("Trump", article=1),
            M("Ivanka Trump", article=3),
            M("Melania Trump", article=4),
            M("Donald Trump Jr.", article=5),
            M("Trump", "Ms. Trump", article=3),
        ],
        {
            "Donald Trump": {"Donald Trump", "Donald J. Trump", "Mr. Trump", "Trump"},
            "Ivanka Trump": {"Ivanka Trump", "Ms. Trump"},
            "Melania Trump": {"Melania Trump"},
            "Donald Trump Jr.": {"Donald Trump Jr."},
        },
    ),
    (
        "the two Clintons: middle names agree, honorifics tell them apart, a bare surname stays ambiguous",
        [
            M("Hillary Clinton", "Mrs. Clinton", article=1),
            M("Hillary Rodham Clinton", article=2),
            M("Bill Clinton", "Mr. Clinton", article=3),
            M("Clinton", "Mrs. Clinton", article=4),
            M("Clinton", "Mr. Clinton", article=5),
            M("Clinton", article=6),
        ],
        {
            "Hillary Clinton": {"Mrs. Clinton", "Hillary Rodham Clinton"},
            "Bill Clinton": {"Mr. Clinton"},
            "Clinton (surname alone)": {"Clinton"},
        },
    ),
    (
        "Obama, Mr Obama and the Obama administration: one person, his administration linked",
        [
            M("Barack Obama", article=1),
            M("Obama", article=2),
            M("Mr Obama", article=3),
            M("Obama administration", article=4, source_type="organization"),
        ],
        {
            "Barack Obama": {"Barack Obama", "Obama", "Mr Obama"},
            "Obama administration": {"Obama administration"},
        },
    ),
    (
        "acronyms: an acronym joins the one organisation with its initials, or the one the table expands",
        [
            M("Federal Bureau of Investigation", source_type="organization", article=1),
            M("FBI", source_type="organization", article=2),
            M("Associated Press", source_type="organization", article=3),
            M("AP", source_type="organization", article=4),
            M("National Rifle Association", source_type="organization", article=5),
            M("National Restaurant Association", source_type="organization", article=6),
            M("NRA", source_type="organization", article=7),
        ],
        {
            "Federal Bureau of Investigation": {"Federal Bureau of Investigation", "FBI"},
            "Associated Press": {"Associated Press", "AP"},
            "National Rifle Association": {"National Rifle Association"},
            "National Restaurant Association": {"National Restaurant Association"},
            "NRA": {"NRA"},  # two organisations have these initials: kept apart
        },
    ),
    (
        "two John Smiths years apart under different titles, and one who keeps his title",
        [
            M("John Smith", "coach John Smith", date="2009-03-01", title="coach", article=1),
            M("John Smith", date="2009-04-01", title="coach", article=2),
            M("John Smith", "Sen. John Smith", date="2016-05-01", title="Senator", article=3),
            M("Mary Jones", date="2009-01-01", title="mayor", article=4),
            M("Mary Jones", date="2016-01-01", title="mayor", article=5),
        ],
        {
            "John Smith (2009)": {"coach John Smith", "John Smith"},
            "John Smith (2016)": {"Sen. John Smith"},
            "Mary Jones": {"Mary Jones"},
        },
    ),
    (
        "a surname alone joins the one bearer in the period, not one from another period",
        [
            M("Ann Lee", date="2016-01-10", article=1),
            M("Lee", date="2016-03-01", article=2),
            M("Tom Lee", date="2005-01-01", article=3),
            M("Lee", date="2005-02-01", article=4),
            M("Lee", date="2010-07-01", article=5),
        ],
        {
            "Ann Lee": {"Ann Lee", "Lee"},
            "Tom Lee": {"Tom Lee", "Lee"},
            "Lee (surname alone)": {"Lee"},
        },
    ),
    (
        "a nickname is its given name; an ambiguous one and a suffix keep persons apart",
        [
            M("Ed Rendell", article=1),
            M("Edward G. Rendell", article=2),
            M("Jen Palmieri", article=3),
            M("Jennifer Palmieri", article=4),
            M("Ted Cruz", article=5),
            M("Rafael Edward Cruz", article=6),
            M("Joe Biden", article=7),
            M("Joseph R. Biden Jr.", article=8),
        ],
        {
            "Ed Rendell": {"Ed Rendell", "Edward G. Rendell"},
            "Jen Palmieri": {"Jen Palmieri", "Jennifer Palmieri"},
            "Ted Cruz": {"Ted Cruz"},
            "Rafael Edward Cruz": {"Rafael Edward Cruz"},
            "Joe Biden": {"Joe Biden"},
            "Joseph R. Biden Jr.": {"Joseph R. Biden Jr."},
        },
    ),
    (
        "coordinated sources are a group, not a person, and descriptions name nobody",
        [
            M("Ted Cruz", article=1),
            M("Ted Cruz and John Kasich", article=2),
            M("John Kasich", article=3),
            M("footage of Ted Cruz", article=4),
            M("Campaign", "the campaign", article=5),
        ],
        {
            "Ted Cruz": {"Ted Cruz"},
            "John Kasich": {"John Kasich"},
            "Ted Cruz and John Kasich": {"Ted Cruz and John Kasich"},
        },
    ),
]


def _table(title: str) -> list[M]:
    return next(rows for name, rows, _ in TABLES if title in name)


@pytest.mark.parametrize(("rows", "expected"), [t[1:] for t in TABLES], ids=[t[0] for t in TABLES])
def test_name_sets_make_the_expected_registry(rows: list[M], expected: dict[str, set[str]]) -> None:
    assert grouped(registry(rows), rows) == expected


def test_kinds_and_links() -> None:
    rows = [
        *_table("Obama"),
        M("Trump campaign", article=1, source_type="organization"),
        M("Donald Trump", article=1),
        M("Clintons", article=9),
    ]
    found = registry(rows)
    kinds = {a.name: a.kind for a in found.actors}
    assert kinds["Barack Obama"] == "person"
    assert kinds["Obama administration"] == "administration"
    assert kinds["Trump campaign"] == "campaign"
    assert kinds["Clintons"] == "family"
    assert ("belongs to", "Barack Obama") in links(found, "Obama administration")
    assert ("administration", "Obama administration") in links(found, "Barack Obama")
    assert ("belongs to", "Donald Trump") in links(found, "Trump campaign")
    clintons = registry([*_table("Clintons"), M("Clintons", article=9, source_type="person")])
    assert {("member", "Hillary Clinton"), ("member", "Bill Clinton")} <= links(clintons, "Clintons")
    group = registry(_table("coordinated"))
    assert links(group, "Ted Cruz and John Kasich") == {("member", "Ted Cruz"), ("member", "John Kasich")}
    assert {a.name: a.kind for a in group.actors}["Ted Cruz and John Kasich"] == "group"


def test_every_merge_says_why() -> None:
    rows = [
        M("Donald Trump", article=1),
        M("Donald J. Trump", article=2),
        M("Trump", article=1),
        M("Barack Obama", title="President", article=3),
        M("Michelle Obama", title="first lady", article=4),
        M("Obama", "President Obama", title="President", article=5),
        M("Ann Lee", article=6),
        M("Lee", article=7),
        M("Federal Bureau of Investigation", source_type="organization", article=8),
        M("FBI", source_type="organization", article=9),
    ]
    found = registry(rows)

    def reason(actor: str, alias: str) -> str:
        entry = found.actor(actor)
        assert entry is not None
        return next(a.reason for a in entry.aliases if a.name == alias)

    assert reason("Donald Trump", "Donald J. Trump") == REASON_VARIANT
    assert reason("Donald Trump", "Trump") == REASON_SAME_ARTICLE
    assert reason("Barack Obama", "Obama") == REASON_TITLE  # written "President Obama"
    assert reason("Ann Lee", "Lee") == REASON_PERIOD
    assert reason("Federal Bureau of Investigation", "FBI") == REASON_ACRONYM


def test_a_surname_joins_the_full_name_the_article_text_gives() -> None:
    rows = [M("Eric Trump", article=1), M("Donald Trump", article=2), M("Trump", article=3)]
    texts = {3: "The company's executive vice president, Eric Trump, spoke on Monday. Trump said sales rose."}
    assert grouped(registry(rows, texts=texts), rows)["Eric Trump"] == {"Eric Trump", "Trump"}
    assert "Trump (surname alone)" in grouped(registry(rows), rows)


def test_titles_with_their_dates() -> None:
    rows = [
        M("Ann Lee", date="2015-02-01", title="Governor", article=1),
        M("Ann Lee", date="2016-03-01", title="Senator", article=2),
        M("Ann Lee", date="2016-05-01", title="Senator; senator", article=3),
    ]
    actor = registry(rows).actor("Ann Lee")
    assert (
        actor is not None
        and actor.mentions == 3
        and (actor.first, actor.last) == ("2015-02-01", "2016-05-01")
    )
    assert [(t.title, t.first, t.last, t.count) for t in actor.titles] == [
        ("Senator", "2016-03-01", "2016-05-01", 2),
        ("Governor", "2015-02-01", "2015-02-01", 1),
    ]


def test_the_user_alias_file_overrides_the_rules() -> None:
    rows = [
        M("Donald Trump", article=1),
        M("Donald J. Trump", article=2),
        M("The Donald", article=3),
        M("Trump", article=1),
    ]
    merged = registry(rows, [UserAlias("The Donald", "Donald Trump")])
    assert grouped(merged, rows) == {
        "Donald Trump": {"Donald Trump", "Donald J. Trump", "The Donald", "Trump"}
    }
    actor = merged.actor("Donald Trump")
    assert actor is not None and {a.name: a.reason for a in actor.aliases}["The Donald"] == REASON_USER

    split = registry(rows, [UserAlias("Donald J. Trump", "Donald J. Trump")])
    assert grouped(split, rows) == {
        "Donald Trump": {"Donald Trump", "Trump"},
        "Donald J. Trump": {"Donald J. Trump"},
        "Donald": {"The Donald"},  # a nickname is no surname: without the alias row it joins nobody
    }
    renamed = registry(
        rows,
        [UserAlias("Donald Trump", "Donald John Trump"), UserAlias("Donald J. Trump", "Donald John Trump")],
    )
    assert grouped(renamed, rows)["Donald John Trump"] == {"Donald Trump", "Donald J. Trump"}


def test_the_registry_depends_on_the_mentions_not_their_order() -> None:
    rows = _table("Trump family") + _table("Clintons") + _table("Obama")
    forward = registry(rows)
    backward_rows = list(reversed(rows))
    backward = registry(backward_rows)
    assert grouped(forward, rows) == grouped(backward, backward_rows)
    assert [a.name for a in forward.actors] == [a.name for a in backward.actors]
