"""The questions across the corpus, answered by the query layer on both databases alike."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from store_synthetic import CORPUS, synthetic_extract

from sourcetrace.store import InvalidQuery, Store, open_store, queries, rebuild
from sourcetrace.store.ingest import ingest


@pytest.fixture
def corpus(database_url: str) -> Iterator[Store]:
    with open_store(database_url) as store:
        ingest(store, CORPUS, extract=synthetic_extract)
        yield store


def test_search_finds_contents_stemmed_and_in_date_order(corpus: Store) -> None:
    with corpus.session() as session:
        hits = queries.search(session, "ceasefire")
        assert [(h.article.name, h.attribution) for h in hits] == [
            ("kremlin-2.txt", "a1"),  # "ceasefires", 2024-05-20
            ("kremlin-1.txt", "a1"),  # 2024-05-24, the outer attribution ...
            ("kremlin-1.txt", "a2"),  # ... and the nested one
        ]
        first = hits[0]
        assert (first.source, first.source_type, first.actor) == (
            "Russian President Vladimir Putin", "person", "Vladimir Putin")
        assert (first.article.outlet, first.article.published) == ("World Tribune", "2024-05-20")
        assert first.content == "the talks on the ceasefires would go on"


def test_search_words_and_phrases(corpus: Store) -> None:
    with corpus.session() as session:
        assert [h.article.name for h in queries.search(session, "frozen war")] == ["kyiv-1.txt"]
        assert [h.article.name for h in queries.search(session, '"war frozen"')] == []
        assert [h.article.name for h in queries.search(session, '"frozen war"')] == ["kyiv-1.txt"]
        assert queries.search(session, "zeppelin") == []
        assert len(queries.search(session, "talks", limit=1)) == 1


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT (", "-", "", "*", "don't", "NEAR(a b)"])
def test_search_never_fails_on_odd_input(corpus: Store, query: str) -> None:
    with corpus.session() as session:
        queries.search(session, query)


def test_actor_resolves_aliases(corpus: Store) -> None:
    with corpus.session() as session:
        assert queries.match_actors(session, "Putin") == ["Vladimir Putin"]
        assert queries.match_actors(session, "vladimir  PUTIN") == ["Vladimir Putin"]
        assert queries.match_actors(session, "Zelensky") == ["Volodymyr Zelensky"]
        assert queries.match_actors(session, "Obama") == []


def test_actor_statements_in_date_order_with_their_authority(corpus: Store) -> None:
    with corpus.session() as session:
        found = queries.actor_statements(session, "Putin")
    assert found.actors == ("Vladimir Putin",)
    assert [(s.article.name, s.authority, s.reported_by, s.content) for s in found.statements] == [
        ("kremlin-2.txt", "on_record", None, "the talks on the ceasefires would go on"),
        ("kremlin-1.txt", "anonymous_sources", "Russian sources", "he is ready to call a ceasefire"),
        ("kremlin-1.txt", "spokesperson", "Kremlin spokesman Dmitry Peskov", "Russia was open to dialogue"),
        ("undated.txt", "on_record", None, "nothing new about grain exports"),
    ]
    assert {s.actor for s in found.statements} == {"Vladimir Putin"}


def test_actor_finds_unresolved_sources_by_name(database_url: str) -> None:
    """Before the resolver names an actor, a source that ends with the name counts; one that only
    mentions it ("Putin spokesman Dmitry Peskov") does not."""
    from dataclasses import replace

    from store_synthetic import extract_one

    from sourcetrace.types import Article

    def unresolved(articles: object) -> Iterator[Article]:
        for article in synthetic_extract(articles):  # type: ignore[arg-type]
            yield replace(article, attributions=tuple(
                replace(a, actor=None, on_behalf_of=None, source_type=None, anonymous=None)
                for a in article.attributions))

    text = "Russian sources say Putin said he is ready. Putin spokesman Dmitry Peskov said talks go on.\n"
    assert len(extract_one(Article(text=text)).attributions) == 3
    with open_store(database_url) as store:
        ingest(store, [Article(text=text, name="x.txt")], extract=unresolved)
        with store.session() as session:
            found = queries.actor_statements(session, "Putin")
    assert [(s.authority, s.reported_by, s.content) for s in found.statements] == [
        ("anonymous_sources", "Russian sources", "he is ready"),
    ]


def test_outlet_profiles(corpus: Store) -> None:
    with corpus.session() as session:
        profiles = {p.outlet: p for p in queries.outlet_profiles(session)}
    assert set(profiles) == {"World Tribune", "Daily Courier", None}
    tribune = profiles["World Tribune"]
    assert (tribune.articles, tribune.attributions, tribune.anonymous) == (2, 5, 1)
    assert tribune.share_anonymous == pytest.approx(0.2)
    assert tribune.top_actors[0] == ("Vladimir Putin", 2)
    assert tribune.credited_agencies == (("Reuters", 1),)
    courier = profiles["Daily Courier"]
    assert (courier.anonymous, courier.credited_agencies) == (1, (("Associated Press", 1),))


def test_counts_and_records(corpus: Store) -> None:
    with corpus.session() as session:
        expected = rebuild.CorpusCounts(articles=4, attributions=9, outlets=2, actors=3)
        assert rebuild.counts(session) == expected
        records = list(rebuild.attribution_records(session))
    assert len(records) == 9
    assert records[0].document == "kremlin-2.txt"  # date order, undated last
    assert records[-1].document == "undated.txt"
    nested = next(r for r in records if r.parent)
    assert (nested.document, nested.attribution, nested.parent) == ("kremlin-1.txt", "a2", "a1")


@pytest.mark.parametrize(("limit", "message"), [
    (99999999999999999999, "between 1 and 100,000 (got 99999999999999999999)"),
    (-1, "between 1 and 100,000 (got -1)"),
    (0, "between 1 and 100,000 (got 0)"),
    (100_001, "between 1 and 100,000"),
])
def test_limits_out_of_range_are_refused_in_a_sentence(corpus: Store, limit: int, message: str) -> None:
    with corpus.session() as session, pytest.raises(InvalidQuery, match=re.escape(message)):
        queries.search(session, "ceasefire", limit=limit)


def test_limits_in_range_are_taken(corpus: Store) -> None:
    with corpus.session() as session:
        assert len(queries.search(session, "ceasefire", limit=100_000)) == 3
        assert len(queries.search(session, "ceasefire", limit=1)) == 1


def test_names_and_searches_too_long_are_refused_in_a_sentence(corpus: Store) -> None:
    with corpus.session() as session:
        with pytest.raises(InvalidQuery, match="an actor name holds at most 300 characters"):
            queries.actor_statements(session, "Putin" * 12_000)
        with pytest.raises(InvalidQuery, match="an actor name holds at most 300"):
            list(queries.iter_actor_statements(session, "a" * 60_000))
        with pytest.raises(InvalidQuery, match="a search holds at most"):
            queries.search(session, " ".join(["ceasefire"] * 20_000))
        with pytest.raises(InvalidQuery, match="a search holds at most 32 words"):
            queries.search(session, " ".join(f"w{i}" for i in range(40)))


def test_actor_statements_stream(corpus: Store) -> None:
    with corpus.session() as session:
        streamed = queries.iter_actor_statements(session, "Putin")
        assert isinstance(streamed, Iterator)
        assert next(streamed).article.name == "kremlin-2.txt"
        assert len([next(streamed), *streamed]) == 3
