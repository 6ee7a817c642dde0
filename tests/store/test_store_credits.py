"""Credits are stored from the evidence the article carries (found once, by the pipeline); an article that
carries none (an extraction step of the caller's own) is looked at when stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from sourcetrace.store import Store, models, open_store
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article, Credit, Span

TEXT = "WASHINGTON (AP) — The Senate voted on Friday.\n\nKyodo News contributed.\n"


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with open_store(database_url, lock_timeout=0.3) as opened:
        yield opened


def _credit_rows(store: Store) -> list[tuple[str, int, str, str | None, int | None, int | None]]:
    with store.session() as session:
        query = select(models.Credit).order_by(models.Credit.article_id, models.Credit.position)
        rows = session.scalars(query)
        return [(c.article.name, c.position, c.agency, c.evidence, c.evidence_start, c.evidence_end)
                for c in rows]


def test_the_evidence_the_article_carries_is_stored(store: Store) -> None:
    start = TEXT.index("Kyodo")
    carried = Credit("Kyodo News", "credit_line", Span.of(TEXT, start, start + len("Kyodo News")))
    article = Article(text=TEXT, name="carried.txt", credits=("Kyodo News",), credit_evidence=(carried,))
    ingest(store, [article], extract=lambda items: iter(items))
    # Not the dateline's Associated Press, which looking at the text again would find.
    assert _credit_rows(store) == [("carried.txt", 0, "Kyodo News", "credit_line", start, start + 10)]


def test_an_article_that_carries_no_evidence_is_looked_at_when_stored(store: Store) -> None:
    ingest(store, [Article(text=TEXT, name="bare.txt")], extract=lambda items: iter(items))
    ap, kyodo = TEXT.index("AP"), TEXT.index("Kyodo")
    assert _credit_rows(store) == [
        ("bare.txt", 0, "Associated Press", "dateline", ap, ap + 2),
        ("bare.txt", 1, "Kyodo News", "credit_line", kyodo, kyodo + 10),
    ]
