"""Each attribution's act in the store: the migration that adds it, stored and read back, and the outlet and
actor questions counting mental states only on request. On SQLite and PostgreSQL alike."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy import inspect

from sourcetrace.store import Store, open_store, queries, rebuild
from sourcetrace.store.dump import canonical_dump
from sourcetrace.store.ingest import ingest
from sourcetrace.store.migrate import downgrade, upgrade
from sourcetrace.types import Act, Actor, Anonymity, Article, Attribution, CountOptions, Span

_ATTRIBUTIONS = sa.table(
    "attributions",
    *(sa.column(name) for name in ("id", "article_id", "position", "local_id", "kind", "cue_start", "cue_end",
                                   "cue_text", "source_type", "anonymous")),
    sa.column("content_parts", sa.JSON),
)
_ARTICLES = sa.table(
    "articles",
    *(sa.column(name) for name in ("id", "content_hash", "key", "name", "source_format", "body_start", "text",
                                   "stored_at")),
)


def test_the_migration_gives_stored_rows_the_act_their_fields_tell(fresh_database_url: str) -> None:
    with open_store(fresh_database_url) as store:
        downgrade(store.engine, "0001")
        assert "act" not in {c["name"] for c in inspect(store.engine).get_columns("attributions")}
        with store.engine.begin() as connection:
            connection.execute(_ARTICLES.insert(), [dict(
                id=1, content_hash="0" * 64, key="k", name="n", source_format="text", body_start=0,
                text="The court declined to comment.", stored_at=datetime.now(UTC),
            )])
            row = dict(
                article_id=1, cue_start=0, cue_end=3, cue_text="The", anonymous=False, content_parts=[]
            )
            connection.execute(_ATTRIBUTIONS.insert(), [
                dict(row, id=1, position=0, local_id="a1", kind="indirect", source_type="person"),
                dict(row, id=2, position=1, local_id="a2", kind="indirect", source_type="document"),
                dict(row, id=3, position=2, local_id="a3", kind="no_comment", source_type="organization"),
                dict(row, id=4, position=3, local_id="a4", kind="direct", source_type=None),
            ])
        upgrade(store.engine)
        with store.engine.connect() as connection:
            acts = connection.execute(sa.text("SELECT local_id, act FROM attributions ORDER BY id")).all()
        assert [tuple(a) for a in acts] == [
            ("a1", "statement"), ("a2", "document"), ("a3", "no_comment"), ("a4", "statement")
        ]
        downgrade(store.engine, "0001")
        assert "act" not in {c["name"] for c in inspect(store.engine).get_columns("attributions")}
        upgrade(store.engine)


PLANET = "date 2024-03-01 by Staff / Daily Planet\nLena Ostrova said the bridge would reopen. She hopes the "
PLANET += "ferry returns. Officials believe the repairs will fail."
STAR = "date 2024-03-02 by Staff / Evening Star\nOfficials said the bridge would reopen."


def _attribution(text: str, ident: str, source: str, cue: str, act: Act, **fields: object) -> Attribution:
    at = text.index(cue)
    start = text.index(source)
    return Attribution(
        ident, "indirect", Span.of(text, at, at + len(cue)), Span.of(text, start, start + len(source)),
        Span.of(text, at + len(cue) + 1, text.index(".", at)), act=act, **fields,  # type: ignore[arg-type]
    )


def _extracted(article: Article) -> Article:
    """What extraction gives the two articles: a statement and two mental states in the Planet, one
    statement in the Star."""
    text = article.text
    ostrova = {"source_type": "person", "actor": Actor("Lena Ostrova")}
    officials = {"source_type": "anonymous_group", "anonymous": Anonymity()}
    if "Planet" in text:
        found = [
            _attribution(text, "a1", "Lena Ostrova", "said", "statement", **ostrova),
            _attribution(text, "a2", "She", "hopes", "mental", **ostrova),
            _attribution(text, "a3", "Officials", "believe", "mental", **officials),
        ]
    else:
        found = [_attribution(text, "a1", "Officials", "said", "statement", **officials)]
    return dataclasses.replace(article, attributions=tuple(found))


def _extract(articles: Iterable[Article]) -> Iterator[Article]:
    return (_extracted(article) for article in articles)


@pytest.fixture
def corpus(database_url: str) -> Iterator[Store]:
    with open_store(database_url) as store:
        articles = [
            Article(text=PLANET, name="planet.txt", outlet="Daily Planet", published="2024-03-01"),
            Article(text=STAR, name="star.txt", outlet="Evening Star", published="2024-03-02"),
        ]
        ingest(store, articles, extract=_extract)
        yield store


def test_the_act_is_stored_and_read_back(corpus: Store) -> None:
    with corpus.session() as session:
        planet = next(a for a in rebuild.iter_articles(session) if a.name == "planet.txt")
        assert [a.act for a in planet.attributions] == ["statement", "mental", "mental"]
        records = [r for r in rebuild.attribution_records(session) if r.document == "planet.txt"]
        assert [r.act for r in records] == ["statement", "mental", "mental"]
        assert sorted(row[4] for row in canonical_dump(session)["attributions"]) == [
            "mental", "mental", "statement", "statement"
        ]
        assert [hit.act for hit in queries.search(session, "bridge")] == ["statement", "statement"]
        assert [hit.act for hit in queries.search(session, "ferry")] == ["mental"]  # search finds every act


def test_outlets_count_mental_states_only_on_request(corpus: Store) -> None:
    with corpus.session() as session:
        default = {p.outlet: p for p in queries.outlet_profiles(session)}
        included = {
            p.outlet: p for p in queries.outlet_profiles(session, counting=CountOptions(include_mental=True))
        }
    planet, star = default["Daily Planet"], default["Evening Star"]
    assert (planet.articles, planet.attributions, planet.anonymous) == (1, 1, 0)
    assert planet.top_actors == (("Lena Ostrova", 1),)
    assert (star.articles, star.attributions, star.anonymous) == (1, 1, 1)
    planet = included["Daily Planet"]
    assert (planet.articles, planet.attributions, planet.anonymous) == (1, 3, 1)
    assert planet.top_actors == (("Lena Ostrova", 2),)
    assert included["Evening Star"] == star


def test_actor_statements_count_mental_states_only_on_request(corpus: Store) -> None:
    with corpus.session() as session:
        default = queries.actor_statements(session, "Ostrova")
        included = queries.actor_statements(session, "Ostrova", CountOptions(include_mental=True))
    assert [(s.cue, s.act) for s in default.statements] == [("said", "statement")]
    assert [(s.cue, s.act) for s in included.statements] == [("said", "statement"), ("hopes", "mental")]
