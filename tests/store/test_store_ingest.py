"""Ingest into the store: idempotent, one transaction per article, bad items reported, locked or full
databases stopped with one clear error."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select, text
from store_synthetic import CORPUS, extract_one, synthetic_extract

from sourcetrace.readers import ReadProblem
from sourcetrace.records import article_json
from sourcetrace.store import DatabaseLocked, DiskFull, Store, models, open_store, queries, rebuild
from sourcetrace.store.dump import canonical_dump
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article, Attribution, Span


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with open_store(database_url, lock_timeout=0.3) as opened:
        yield opened


def _count(store: Store, model: type[models.Base]) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _stored(store: Store) -> list[Article]:
    with store.session() as session:
        return list(rebuild.iter_articles(session))


def test_articles_round_trip(store: Store) -> None:
    report = ingest(store, CORPUS, extract=synthetic_extract)
    assert (report.new, report.unchanged, report.updated, report.failed) == (4, 0, 0, [])
    expected = {a.name: article_json(extract_one(a)) for a in CORPUS}
    stored = {a.name: article_json(a) for a in _stored(store)}
    assert stored.keys() == expected.keys()
    for name, record in stored.items():
        want = expected[name]
        assert record["attributions"] == want["attributions"]
        assert record["profile"] == want["profile"]
        assert {k: v for k, v in record["article"].items() if k != "credits"} == {
            k: v for k, v in want["article"].items() if k != "credits"}
    # Spans index the stored text exactly.
    for article in _stored(store):
        for attribution in article.attributions:
            for span in (attribution.source, attribution.cue, attribution.content):
                assert span is None or article.text[span.start:span.end] == span.text


def test_credits_are_stored_with_their_evidence(store: Store) -> None:
    ingest(store, CORPUS, extract=synthetic_extract)
    credits = {a.name: a.credits for a in _stored(store)}
    assert credits["kremlin-1.txt"] == ("Reuters",)
    assert credits["kyiv-1.txt"] == ("Associated Press",)
    with store.session() as session:
        evidence = {(c.article.name, c.agency): c.evidence for c in session.scalars(select(models.Credit))}
    assert evidence["kremlin-1.txt", "Reuters"] == "dateline"
    assert evidence["undated.txt", "Reuters"] == "recipient"  # "Some sources told Reuters"


def test_reingesting_adds_nothing(store: Store) -> None:
    ingest(store, CORPUS, extract=synthetic_extract)
    with store.session() as session:
        before = canonical_dump(session)
    calls: list[str] = []

    def counting_extract(articles: Any) -> Iterator[Article]:
        for article in synthetic_extract(articles):
            calls.append(article.name)
            yield article

    report = ingest(store, CORPUS, extract=counting_extract)
    assert (report.new, report.unchanged, report.updated) == (0, 4, 0)
    assert calls == []  # stored texts are not even extracted again
    with store.session() as session:
        assert canonical_dump(session) == before
        runs = session.scalars(select(models.IngestRun).order_by(models.IngestRun.id)).all()
    assert [(r.new, r.unchanged, r.finished_at is not None) for r in runs] == [(4, 0, True), (0, 4, True)]


def test_a_changed_text_updates_its_article(store: Store) -> None:
    ingest(store, CORPUS, extract=synthetic_extract)
    changed = dataclasses.replace(CORPUS[1], text=CORPUS[1].text.replace("ceasefires", "truce plans"))
    report = ingest(store, [changed], extract=synthetic_extract)
    assert (report.new, report.updated) == (0, 1)
    assert _count(store, models.Article) == 4
    with store.session() as session:
        assert not any(h.article.name == "kremlin-2.txt" for h in queries.search(session, "ceasefires"))
        assert [h.article.name for h in queries.search(session, "truce")] == ["kremlin-2.txt"]


def test_bad_items_are_reported_and_the_run_goes_on(store: Store) -> None:
    broken = Article(text="Putin said EXPLODE now.", name="broken.txt")
    duplicate_ids = extract_one(CORPUS[2])
    duplicate_ids = dataclasses.replace(
        duplicate_ids, attributions=tuple(dataclasses.replace(a, id="a1") for a in duplicate_ids.attributions)
    )

    def extract(articles: Any) -> Iterator[Article]:
        for article in synthetic_extract(articles):
            yield duplicate_ids if article.name == "kyiv-1.txt" else article

    items = [ReadProblem("feed.xml#3", "HTTP 404"), CORPUS[0], broken, CORPUS[2],
             ReadProblem("latin1.txt", "not valid UTF-8", fatal=False), CORPUS[3]]
    report = ingest(store, items, extract=extract)
    assert report.new == 2
    assert [f.location for f in report.failed] == ["feed.xml#3", "broken.txt", "kyiv-1.txt"]
    assert "the parser choked" in report.failed[1].reason
    assert report.failed[2].reason.startswith("not stored:")
    assert [w.location for w in report.warnings] == ["latin1.txt"]
    # The article whose attributions could not be stored left nothing behind.
    with store.session() as session:
        names = set(session.scalars(select(models.Article.name)))
        failures = session.scalars(select(models.IngestFailure.location)).all()
    assert names == {"kremlin-1.txt", "undated.txt"}
    assert sorted(failures) == sorted(["feed.xml#3", "broken.txt", "kyiv-1.txt"])
    assert _count(store, models.Attribution) == 3 + 2


def _hold_write_lock(store: Store) -> Any:
    """A second connection holding a write transaction, as another ingest would."""
    engine = create_engine(store.url, isolation_level="AUTOCOMMIT")
    connection = engine.connect()
    if store.dialect == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        connection.exec_driver_sql("INSERT INTO outlets (name) VALUES ('lock holder')")
    else:
        connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("LOCK TABLE articles IN EXCLUSIVE MODE")
    return engine, connection


def test_a_locked_database_stops_with_a_clear_error_and_rolls_back(store: Store) -> None:
    ingest(store, CORPUS[:1], extract=synthetic_extract)
    engine, connection = _hold_write_lock(store)
    try:
        with pytest.raises(DatabaseLocked, match="locked"):
            ingest(store, CORPUS[1:], extract=synthetic_extract)
    finally:
        connection.exec_driver_sql("ROLLBACK")
        connection.close()
        engine.dispose()
    assert {a.name for a in _stored(store)} == {"kremlin-1.txt"}
    assert _count(store, models.Attribution) == 3
    report = ingest(store, CORPUS, extract=synthetic_extract)  # once the lock is gone, the rest goes in
    assert (report.new, report.unchanged) == (3, 1)


def test_a_full_disk_stops_with_a_clear_error_and_rolls_back(tmp_path: Any) -> None:
    """SQLite only: a full disk is simulated by capping the file's size (`max_page_count`); PostgreSQL's
    disk-full error (SQLSTATE 53100) maps to the same `DiskFull` (see `classify_error`)."""
    store = open_store(tmp_path / "full.db")
    ingest(store, CORPUS[:1], extract=synthetic_extract)
    with store.session() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar_one()

    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    store.engine.dispose()
    big = Article(text="Putin said " + "the war would go on and on " * 4000 + ".", name="big.txt")
    with pytest.raises(DiskFull, match="disk is full"):
        ingest(store, [CORPUS[1], big], extract=synthetic_extract)
    event.remove(store.engine, "connect", _cap)
    store.engine.dispose()
    assert {a.name for a in _stored(store)} <= {"kremlin-1.txt", "kremlin-2.txt"}
    with store.session() as session:
        assert session.scalar(select(models.Article.id).where(models.Article.name == "big.txt")) is None
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    store.close()


def test_stores_holding_the_same_corpus_dump_equal(database_url: str, tmp_path: Any) -> None:
    with open_store(database_url) as first, open_store(tmp_path / "other.db") as second:
        ingest(first, CORPUS, extract=synthetic_extract)
        for article in reversed(CORPUS):
            ingest(second, [article], extract=synthetic_extract)
        with first.session() as a, second.session() as b:
            assert canonical_dump(a) == canonical_dump(b)


def test_attribution_spans_survive_unicode_and_nesting(store: Store) -> None:
    text_ = "« Тест » — “Putin said the ‘grain deal’ is dead,” Russian sources say.\n"
    article = Article(text=text_, name="unicode.txt", attributions=(
        Attribution(id="a1", kind="direct", cue=Span.of(text_, 59, 62), source=Span.of(text_, 44, 59),
                    content=Span.of(text_, 12, 42)),
        Attribution(id="a2", kind="indirect", cue=Span.of(text_, 19, 23), source=Span.of(text_, 13, 18),
                    content=Span.of(text_, 24, 40), parent="a1"),
    ))
    ingest(store, [article], extract=lambda items: iter(items))
    [stored] = _stored(store)
    assert stored.attributions == article.attributions


def test_replace_extracts_stored_articles_again(store: Store) -> None:
    ingest(store, CORPUS, extract=synthetic_extract)

    def better(articles: Any) -> Iterator[Article]:  # a newer extraction: one more attribution each
        for article in synthetic_extract(articles):
            extra = Attribution(id="x1", kind="no_comment", cue=Span.of(article.text, 0, 5), source=None,
                                content=None)
            yield dataclasses.replace(article, attributions=(*article.attributions, extra))

    report = ingest(store, [*CORPUS, CORPUS[0]], extract=better, replace=True)
    assert (report.new, report.unchanged, report.updated) == (0, 1, 4)
    assert _count(store, models.Article) == 4
    assert _count(store, models.Attribution) == 9 + 4


def test_a_slow_readers_articles_are_stored_as_they_come(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that takes its time (a feed fetching its entries) has each article stored soon after it is
    read, not when a batch fills or the reader ends: a kill during the next fetch keeps it."""
    import time

    from sourcetrace.store import ingest as ingest_module

    monkeypatch.setattr(ingest_module, "BATCH_WAIT", 0.05, raising=False)
    stored_before: list[int] = []

    def slow_reader() -> Iterator[Article]:
        for n, article in enumerate(CORPUS[:4]):
            stored_before.append(_count(store, models.Article))
            time.sleep(0.1)  # fetching the entry's page
            yield dataclasses.replace(article, name=f"slow-{n}")

    report = ingest(store, slow_reader(), extract=synthetic_extract, copies=False)
    assert report.new == 4
    assert stored_before == [0, 1, 2, 3]  # each stored before the reader went on to the next

