"""The registry and claims in the store: rebuilt at the end of ingest from the stored mentions, and the
questions the CLI and the web app ask of them, on both databases alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_synthetic import CORPUS, synthetic_extract

from sourcetrace.corpus.aliases import UserAlias
from sourcetrace.store import Store, open_store
from sourcetrace.store.claims import CorpusOptions, list_claims, rebuild_corpus, trace
from sourcetrace.store.ingest import ingest
from sourcetrace.store.registry import actor_report, list_actors, registry_is_stale, resolve_actor
from sourcetrace.types import Article

READY = "Putin said he is ready to call a ceasefire along the current battlefield lines."
RETELLINGS = [
    Article(
        name="wire.txt",
        outlet="Wire",
        published="2024-05-21",
        source_format="text",
        text=f"Russian sources say {READY}\n",
    ),
    Article(
        name="digest.txt", outlet="Digest", published="2024-05-23", source_format="text", text=f"{READY}\n"
    ),
]


@pytest.fixture
def corpus(database_url: str) -> Iterator[Store]:
    with open_store(database_url) as store:
        ingest(store, CORPUS + RETELLINGS, extract=synthetic_extract)
        yield store


def test_ingest_builds_the_registry(corpus: Store) -> None:
    with corpus.session() as session:
        found = {a.name: (a.kind, a.statements) for a in list_actors(session)}
        assert found == {
            "Vladimir Putin": ("person", 5),
            "Volodymyr Zelensky": ("person", 2),
            "Dmitry Peskov": ("person", 1),
        }
        assert not registry_is_stale(session)


def test_a_name_resolves_to_one_actor_with_its_statements_and_their_authority(corpus: Store) -> None:
    with corpus.session() as session:
        report = actor_report(session, "Putin")
    assert report.match.actor is not None and report.match.actor.actor.name == "Vladimir Putin"
    assert "uses of 'Putin'" in report.match.reason
    assert {a.alias for a in report.match.actor.aliases} >= {
        "Vladimir Putin",
        "Putin",
        "Russian President Vladimir Putin",
    }
    assert [(s.article.name, s.authority, s.reported_by) for s in report.statements] == [
        ("kremlin-2.txt", "on_record", None),
        ("wire.txt", "anonymous_sources", "Russian sources"),
        ("digest.txt", "on_record", None),
        ("kremlin-1.txt", "anonymous_sources", "Russian sources"),
        ("kremlin-1.txt", "spokesperson", "Kremlin spokesman Dmitry Peskov"),
        ("undated.txt", "on_record", None),
    ]
    with corpus.session() as session:
        assert resolve_actor(session, "Obama").actor is None
        assert resolve_actor(session, "Obama").reason == "unknown"


def test_claims_follow_the_retellings_and_flag_the_dropped_hedge(corpus: Store) -> None:
    with corpus.session() as session:
        claims = list_claims(session)
        traced = trace(session, "ready to call a ceasefire along")
        since = list_claims(session, since="2024-05-22")
        by_actor = list_claims(session, actor="Putin")
        hedged = list_claims(session, dropped_hedge=True)
    assert len(claims) == 1 and traced == claims == by_actor == hedged and since == []
    (claim,) = claims
    assert claim.actor == "Vladimir Putin" and claim.dropped_hedge
    assert [(s.article.name, s.authority, s.drops_hedge) for s in claim.steps] == [
        ("wire.txt", "anonymous_sources", False),
        ("digest.txt", "on_record", True),
    ]
    assert claim.outlets == ("Wire", "Digest")


def test_rebuilding_gives_the_same_registry_and_user_aliases_override(corpus: Store) -> None:
    with corpus.session() as session:
        before = list_actors(session)
        rebuild_corpus(session)
        assert list_actors(session) == before
        rebuild_corpus(session, CorpusOptions(aliases=(UserAlias("Dmitry Peskov", "Vladimir Putin"),)))
        assert {a.name: a.statements for a in list_actors(session)}["Vladimir Putin"] == 6


def test_a_store_without_a_registry_is_stale(database_url: str) -> None:
    with open_store(database_url) as store:
        ingest(store, CORPUS, extract=synthetic_extract, corpus=False)
        with store.session() as session:
            assert registry_is_stale(session) and list_actors(session) == []
            rebuild_corpus(session)
            assert not registry_is_stale(session) and list_actors(session)


def test_a_registry_the_database_refuses_leaves_the_articles_stored(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    import sourcetrace.store.claims

    def refuse(*_: object) -> None:
        raise OperationalError("DELETE FROM registry_actors", {}, Exception("deadlock detected"))

    monkeypatch.setattr(sourcetrace.store.claims, "rebuild_corpus", refuse)
    with open_store(database_url) as store:
        report = ingest(store, CORPUS, extract=synthetic_extract)
        assert report.ok and report.new == len(CORPUS)
        ((location, reason),) = [(w.location, w.reason) for w in report.warnings]
        assert location == "actor registry" and reason.startswith("not rebuilt (")
        assert "deadlock detected" in reason and reason.endswith("run `sourcetrace actors rebuild`")


def _said(name: str, actor: str, when: str, words: str) -> Article:
    """An article where `name` (the resolver's actor `actor`) said `words`, already extracted."""
    from sourcetrace.types import Actor, Attribution, Span

    text = f"{name} said {words}.\n"
    cue = text.index(" said") + 1
    attribution = Attribution(
        id="a1",
        kind="indirect",
        cue=Span.of(text, cue, cue + 4),
        source=Span.of(text, 0, len(name)),
        content=Span.of(text, cue + 5, len(text) - 2),
        source_type="person",
        actor=Actor(actor),
    )
    return Article(text=text, name=f"{actor}-{when}.txt", published=when, attributions=(attribution,))


def test_an_ambiguous_name_lists_the_candidates_with_their_counts(database_url: str) -> None:
    articles = [
        _said("Hillary Clinton", "Hillary Clinton", "2016-01-01", "the plan works"),
        _said("Clinton", "Clinton", "2016-01-02", "the plan will pass"),
        _said("Hillary Clinton", "Hillary Clinton", "2016-01-03", "the vote was close"),
        _said("Bill Clinton", "Bill Clinton", "2016-01-04", "the speech went well"),
        _said("Mr. Clinton", "Clinton", "2016-01-05", "the crowd was large"),
    ]
    with open_store(database_url) as store:
        ingest(store, articles, extract=lambda items: iter(items))
        with store.session() as session:
            match = resolve_actor(session, "Clinton")
            hillary = actor_report(session, "Hillary Clinton")
    assert match.actor is None and match.reason == "ambiguous"
    assert [(c.name, c.statements) for c in match.candidates] == [
        ("Clinton (surname alone)", 2),
        ("Hillary Clinton", 2),
        ("Bill Clinton", 1),
    ]
    assert hillary.match.actor is not None and hillary.match.reason == "canonical name"
    assert [s.content for s in hillary.statements] == ["the plan works", "the vote was close"]


def test_an_outlet_reporting_a_claim_relays_it(database_url: str) -> None:
    relayed = Article(
        name="agency.txt",
        outlet="Agency Watch",
        published="2024-05-22",
        source_format="text",
        text="Reuters said Putin is ready to call a ceasefire along the current battlefield lines.\n",
    )
    with open_store(database_url) as store:
        ingest(store, [*CORPUS, *RETELLINGS, relayed], extract=synthetic_extract)
        with store.session() as session:
            (claim,) = list_claims(session)
    assert [(s.article.name, s.authority, s.reported_by, s.drops_hedge) for s in claim.steps] == [
        ("wire.txt", "anonymous_sources", "Russian sources", False),
        ("agency.txt", "relayed", "Reuters", False),
        ("digest.txt", "on_record", None, True),
    ]
