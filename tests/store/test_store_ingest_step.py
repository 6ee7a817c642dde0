"""Ingest is handed its extraction step: an error the caller names fatal stops the run, others fail one
article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from store_synthetic import CORPUS, synthetic_extract

from sourcetrace.store import open_store
from sourcetrace.store.ingest import Extractor, ingest
from sourcetrace.types import Article


class NoModel(RuntimeError):
    """Stands in for `sourcetrace.nlp.ModelNotFound`, which the CLI names fatal."""


def _failing(error: Exception) -> Extractor:
    def extract(articles: Iterable[Article]) -> Iterator[Article]:
        for article in synthetic_extract(articles):
            if article.name == "kremlin-2.txt":
                raise error
            yield article

    return extract


def test_an_error_named_fatal_stops_the_run(database_url: str) -> None:
    with open_store(database_url) as store, pytest.raises(NoModel):
        ingest(store, CORPUS, extract=_failing(NoModel("no model")), fatal=(NoModel,))


def test_other_errors_fail_their_article_alone(database_url: str) -> None:
    with open_store(database_url) as store:
        report = ingest(store, CORPUS, extract=_failing(NoModel("no model")))
    assert report.new == 3
    assert [f.location for f in report.failed] == ["kremlin-2.txt"]
