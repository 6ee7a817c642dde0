"""An article is identified by where it came from in full, and versioned by its text: same-named files in
different folders are different articles, a new version replaces only the same source, and stores made
before (revision 0002, keyed by base name) are migrated without losing an article."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from store_synthetic import CORPUS, synthetic_extract

from sourcetrace.readers import read_paths
from sourcetrace.store import Store, models, open_store
from sourcetrace.store.ingest import IngestReport, ingest
from sourcetrace.store.migrate import current_revision, head_revision, upgrade
from sourcetrace.store.write import article_key
from sourcetrace.types import Article


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with open_store(database_url) as opened:
        yield opened


def _ingest(store: Store, *paths: Path) -> IngestReport:
    return ingest(store, read_paths(paths), extract=synthetic_extract)


def _rows(store: Store) -> list[tuple[str, str, str]]:
    """(key, name, text) of every stored article, sorted."""
    with store.session() as session:
        rows = session.execute(select(models.Article.key, models.Article.name, models.Article.text))
        return sorted(tuple(row) for row in rows)


def _write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_same_named_files_in_two_folders_are_two_articles(store: Store, tmp_path: Path) -> None:
    _write(tmp_path / "dupA" / "story.txt", "Putin said the talks would go on.\n")
    _write(tmp_path / "dupB" / "story.txt", "Zelensky said the talks were over.\n")
    report = _ingest(store, tmp_path / "dupA", tmp_path / "dupB")
    assert (report.new, report.updated) == (2, 0)
    rows = _rows(store)
    assert [key for key, _, _ in rows] == [
        str((tmp_path / "dupA" / "story.txt").resolve()), str((tmp_path / "dupB" / "story.txt").resolve())]
    assert {name for _, name, _ in rows} == {"story.txt"}
    from sourcetrace.store import queries

    with store.session() as session:  # results say which of the two each is
        hits = queries.search(session, "talks")
    assert sorted(Path(h.article.origin or "").parent.name for h in hits) == ["dupA", "dupB"]


def test_a_second_days_file_of_the_same_name_keeps_the_first(store: Store, tmp_path: Path) -> None:
    day1 = _write(tmp_path / "day1" / "latest.jsonl", "\n".join(json.dumps({"text": t}) for t in (
        "Putin said the grain deal was dead.", "Zelensky said the front held.")) + "\n")
    day2 = _write(tmp_path / "day2" / "latest.jsonl",
                  json.dumps({"text": "Peskov said talks resumed."}) + "\n")
    _ingest(store, day1)
    report = _ingest(store, day2)
    assert (report.new, report.updated) == (1, 0)
    keys = [key for key, _, _ in _rows(store)]
    assert keys == sorted([f"{day1.resolve()}:1", f"{day1.resolve()}:2", f"{day2.resolve()}:1"])


def test_a_new_version_replaces_only_the_same_source(store: Store, tmp_path: Path) -> None:
    story = _write(tmp_path / "a" / "story.txt", "Putin said the talks would go on.\n")
    _write(tmp_path / "b" / "story.txt", "Putin said the talks would go on.\n")  # same text, other source
    assert _ingest(store, tmp_path / "a", tmp_path / "b").new == 2
    _write(story, "Putin said the talks were over.\n")
    report = _ingest(store, tmp_path / "a", tmp_path / "b")
    assert (report.new, report.unchanged, report.updated) == (0, 1, 1)
    texts = {Path(key).parent.name: body for key, _, body in _rows(store)}
    assert texts == {"a": "Putin said the talks were over.\n", "b": "Putin said the talks would go on.\n"}


def test_keys_say_where_an_article_came_from() -> None:
    article = Article(text="x", name="story.txt")
    assert article_key(dataclasses.replace(article, url="https://e.org/a", origin="/tmp/story.txt")) == (
        "https://e.org/a")
    assert article_key(dataclasses.replace(article, origin="/tmp/a/story.txt")) == "/tmp/a/story.txt"
    assert article_key(article) == "text:story.txt"
    assert article_key(Article(text="x")).startswith("sha256:")
    assert article_key(Article(text="x")) != article_key(Article(text="y"))


def test_texts_without_any_name_are_kept_apart(store: Store) -> None:
    report = ingest(store, [Article(text="Putin said yes."), Article(text="Putin said no.")],
                    extract=synthetic_extract)
    assert report.new == 2 and len(_rows(store)) == 2


# --- Migration from revision 0002 -----------------------------------------------------------------------


def _old_article(connection: object, ident: int, key: str, name: str, body: str) -> None:
    connection.execute(  # type: ignore[attr-defined]
        text("INSERT INTO articles (id, content_hash, key, name, source_format, body_start, text, stored_at) "
             "VALUES (:id, :hash, :key, :name, 'text', 0, :body, :at)"),
        dict(id=ident, hash=f"{ident:064x}", key=key, name=name, body=body, at=datetime.now(UTC)),
    )
    connection.execute(  # type: ignore[attr-defined]
        text("INSERT INTO attributions (article_id, position, local_id, kind, act, cue_start, cue_end, "
             "cue_text, content_parts, anonymous, content_text) "
             "VALUES (:id, 0, 'a1', 'indirect', 'statement', 0, 4, 'said', '[]', :no, :body)"),
        dict(id=ident, body=body, no=False),
    )


def test_migration_keeps_every_article(fresh_database_url: str, tmp_path: Path) -> None:
    """A store at revision 0002 with articles (two of them sharing a key, which 0002 allowed) is upgraded:
    every article and attribution is still there, keys are unique, search still finds them, and reading the
    same file again adopts its old row instead of storing it twice."""
    story = _write(tmp_path / "folder" / "story.txt", "Putin said the deal was dead.\n")
    with open_store(fresh_database_url, migrate=False) as store:
        upgrade(store.engine, "0002")
        with store.engine.begin() as connection:
            _old_article(connection, 1, "text:story.txt", "story.txt", story.read_text(encoding="utf-8"))
            _old_article(connection, 2, "text:other.txt", "other.txt", "Zelensky said the front held.\n")
            _old_article(connection, 3, "text:other.txt", "other.txt", "Peskov said talks resumed.\n")
            _old_article(connection, 4, "https://e.org/x", "x", "Reuters said the ceasefire held.\n")
        # The hash of row 1 must be its text's for the adoption below.
        from sourcetrace.store.write import content_hash

        with store.engine.begin() as connection:
            connection.execute(text("UPDATE articles SET content_hash = :h WHERE id = 1"),
                               {"h": content_hash(story.read_text(encoding="utf-8"))})
    with open_store(fresh_database_url) as store:
        assert current_revision(store.engine) == head_revision()
        with store.session() as session:
            keys = {i: k for i, k in session.execute(select(models.Article.id, models.Article.key))}
            attributions = session.scalar(select(func.count()).select_from(models.Attribution))
        assert keys == {1: "text:story.txt", 2: "text:other.txt", 3: "text:other.txt#3", 4: "https://e.org/x"}
        assert attributions == 4
        from sourcetrace.store import queries

        with store.session() as session:
            assert {h.article.name for h in queries.search(session, "ceasefire")} == {"x"}
        report = _ingest(store, story)
        assert (report.new, report.unchanged) == (0, 1)
        with store.session() as session:
            key = session.scalar(select(models.Article.key).where(models.Article.id == 1))
            assert key == str(story.resolve())
            assert session.scalar(select(func.count()).select_from(models.Article)) == 4


def test_synthetic_corpus_still_round_trips(store: Store) -> None:
    assert ingest(store, CORPUS, extract=synthetic_extract).new == len(CORPUS)
    assert ingest(store, CORPUS, extract=synthetic_extract).unchanged == len(CORPUS)
