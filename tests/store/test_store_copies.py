"""Copies in the store: syndicated texts and shared long quotes link articles into clusters whose origin is
the first published, however and in whatever order they were ingested."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from store_synthetic import synthetic_extract

from sourcetrace.store import copies, models, open_store
from sourcetrace.store.dump import canonical_dump
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article

WIRE = (
    "WASHINGTON (AP) — The Senate passed the spending bill late on Thursday after a week of talks between "
    "the two parties, sending the measure to the House, where its fate remained uncertain. Senate leaders "
    "said the bill would keep the government open through September and add money for disaster relief in the "
    "states hit by the spring floods. Several members said they expected a close vote next week.\n"
)
QUOTE = "“We will not leave the families who lost everything in these floods to fend for themselves,”"
ARTICLES = [
    Article(text=WIRE, name="wire.txt", outlet="Associated Press", published="2024-03-01"),
    Article(text=WIRE.replace("late on Thursday", "on Thursday night") + "Reporting by staff.\n",
            name="reprint.txt", outlet="Daily Courier", published="2024-03-02"),
    Article(text=f"{QUOTE} the senator said in a statement. The vote is set for Tuesday.\n",
            name="quote-1.txt", outlet="Capitol Report", published="2024-03-05"),
    Article(text=f"Flood victims rallied outside the Capitol. {QUOTE} the senator said.\n",
            name="quote-2.txt", outlet="Evening Star", published="2024-03-04"),
    Article(text="The city council met on Monday to discuss parking. Nothing was decided.\n",
            name="unrelated.txt", outlet="Town Crier", published="2024-03-03"),
]


def test_copies_and_shared_quotes_make_clusters(database_url: str) -> None:
    with open_store(database_url) as store:
        ingest(store, ARTICLES, extract=synthetic_extract)
        with store.session() as session:
            clusters = copies.copy_clusters(session)
    assert [(c.method, c.origin.name, [a.name for a in c.copies]) for c in clusters] == [
        ("text", "wire.txt", ["reprint.txt"]),
        ("quote", "quote-2.txt", ["quote-1.txt"]),  # the first published is the origin, not the first stored
    ]
    assert clusters[0].links == (("wire.txt", "reprint.txt", "text"),)


def test_clusters_do_not_depend_on_ingest_order_or_runs(database_url: str, tmp_path: object) -> None:
    with open_store(database_url) as one_run:
        ingest(one_run, ARTICLES, extract=synthetic_extract)
        with one_run.session() as session:
            expected = canonical_dump(session)
    with open_store(tmp_path / "reversed.db") as many_runs:  # type: ignore[operator]
        for article in reversed(ARTICLES):
            ingest(many_runs, [article], extract=synthetic_extract)
        with many_runs.session() as session:
            assert canonical_dump(session)["copy_clusters"] == expected["copy_clusters"]


def test_an_updated_article_is_relinked(database_url: str) -> None:
    with open_store(database_url) as store:
        ingest(store, ARTICLES, extract=synthetic_extract)
        rewritten = dataclasses.replace(ARTICLES[1], text="A different story altogether about trains.\n")
        report = ingest(store, [rewritten], extract=synthetic_extract)
        assert report.updated == 1
        with store.session() as session:
            clusters = copies.copy_clusters(session)
            signatures = session.scalars(select(models.CopySignature.article_id)).all()
    assert [c.origin.name for c in clusters] == ["quote-2.txt"]
    assert len(signatures) == len(ARTICLES)


def test_copy_detection_can_be_turned_off(database_url: str) -> None:
    with open_store(database_url) as store:
        ingest(store, ARTICLES, extract=synthetic_extract, copies=False)
        with store.session() as session:
            assert copies.copy_clusters(session) == []
            assert session.scalars(select(models.CopySignature)).all() == []
