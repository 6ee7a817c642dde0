"""The corpus browser's questions (`store.browse`, the web app's pages) on both databases alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_synthetic import CORPUS, synthetic_extract

from sourcetrace.store import Store, browse, open_store
from sourcetrace.store.browse import Filters
from sourcetrace.store.ingest import ingest


@pytest.fixture
def corpus(database_url: str) -> Iterator[Store]:
    with open_store(database_url) as store:
        ingest(store, CORPUS, extract=synthetic_extract)
        yield store


def _id(store: Store, name: str) -> int:
    with store.session() as session:
        found = browse.article_list(session, per_page=100).articles
    return next(ref.id for ref in found if ref.name == name and ref.id is not None)


def test_overview_counts_and_series(corpus: Store) -> None:
    with corpus.session() as session:
        found = browse.overview(session)
    assert (found.articles, found.outlets) == (4, 2)
    assert found.attributions == 9
    assert [row.outlet for row in found.by_outlet] == ["(no outlet)", "Daily Courier", "World Tribune"]
    tribune = next(row for row in found.by_outlet if row.outlet == "World Tribune")
    assert {c.value: c.count for c in tribune.by_source_type} == {"person": 4, "anonymous_group": 1}
    assert [(m.month, m.attributions, m.anonymous) for m in found.anonymous_by_month] == [
        ("2024-05", 5, 1), ("2024-06", 2, 1)]
    assert found.top_actors[0].name == "Vladimir Putin" and found.top_actors[0].statements == 3
    assert found.outlet_names == ("Daily Courier", "World Tribune")


@pytest.mark.parametrize(("filters", "articles"), [
    (Filters(outlet="World Tribune"), 2), (Filters(since="2024-05-21"), 2), (Filters(until="2024-05"), 2),
    (Filters(since="2024-06-01", until="2024-06-02"), 1), (Filters(outlet="Nobody"), 0),
])
def test_overview_filters(corpus: Store, filters: Filters, articles: int) -> None:
    with corpus.session() as session:
        assert browse.overview(session, filters).articles == articles


def test_search_page_with_facets_and_paging(corpus: Store) -> None:
    with corpus.session() as session:
        everything = browse.search_page(session, "", per_page=3)
        assert (everything.total, len(everything.hits)) == (9, 3)
        facets = {f.name: {c.value: c.count for c in f.values} for f in everything.facets}
        assert facets["outlet"] == {"World Tribune": 5, "Daily Courier": 2}
        assert facets["kind"] == {"indirect": 9}
        last = browse.search_page(session, "", page=3, per_page=4)
        assert len(last.hits) == 1
        found = browse.search_page(session, "ceasefire", Filters(outlet="World Tribune"))
        assert [(h.article.name, h.attribution) for h in found.hits] == [
            ("kremlin-2.txt", "a1"), ("kremlin-1.txt", "a1"), ("kremlin-1.txt", "a2")]
        assert found.hits[0].article.id == _id(corpus, "kremlin-2.txt")
        typed = browse.search_page(session, "", Filters(source_type="anonymous_group"))
        assert {h.source for h in typed.hits} == {"Russian sources", "Senior officials", "Some sources"}
        assert browse.search_page(session, "ceasefire", Filters(since="2024-06")).total == 0


def test_stored_article_is_rebuilt_whole(corpus: Store) -> None:
    with corpus.session() as session:
        found = browse.stored_article(session, _id(corpus, "kremlin-1.txt"))
        assert found is not None
        assert found.article.text == CORPUS[0].text
        assert [a.id for a in found.article.attributions] == ["a1", "a2", "a3"]
        assert found.article.credits == ("Reuters",)
        assert browse.stored_article(session, 10**6) is None


def test_actor_list_and_page(corpus: Store) -> None:
    with corpus.session() as session:
        listed = browse.actor_list(session)
        assert [(a.name, a.statements) for a in listed.actors][:1] == [("Vladimir Putin", 3)]
        assert [a.name for a in browse.actor_list(session, "zel").actors] == ["Volodymyr Zelensky"]
        assert browse.actor_list(session, "%").actors == ()
        page = browse.actor_page(session, listed.actors[0].id)
        assert page is not None and page.name == "Vladimir Putin"
        assert "putin" in page.aliases
        assert {c.value: c.count for c in page.by_authority} == {
            "on_record": 2, "spokesperson": 1, "relayed": 0, "anonymous_sources": 1}
        assert [m.month for m in page.by_month] == ["2024-05", "undated"]
        assert {c.value for c in page.outlets} == {"World Tribune", "(no outlet)"}
        assert all(s.attribution for s in page.statements)
        assert browse.actor_page(session, 10**6) is None


def test_outlet_list_and_page(corpus: Store) -> None:
    with corpus.session() as session:
        rows = browse.outlet_list(session)
        tribune = next(row for row in rows if row.profile.outlet == "World Tribune")
        assert next(row for row in rows if row.profile.outlet is None).id is None
        assert tribune.id is not None
        page = browse.outlet_page(session, tribune.id)
        assert page is not None and page.profile.articles == 2
        assert [ref.name for ref in page.articles] == ["kremlin-1.txt", "kremlin-2.txt"]
        assert [(m.month, m.attributions) for m in page.trend] == [("2024-05", 5)]
        assert browse.outlet_page(session, 10**6) is None
