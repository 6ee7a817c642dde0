"""Fixtures of the extraction tests: texts are extracted once per session, in one `extract_many` batch per
module (the model loads once)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

import sourcetrace
from sourcetrace.types import Article

ExtractAll = Callable[[Iterable[str]], dict[str, Article]]


@pytest.fixture(scope="session")
def extract_all() -> ExtractAll:
    """`extract_all(texts)`: text -> extracted article; texts not yet seen go through one `extract_many`."""
    cache: dict[str, Article] = {}

    def run(texts: Iterable[str]) -> dict[str, Article]:
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        for text, article in zip(missing, sourcetrace.extract_many(missing), strict=True):
            assert article.text == text
            cache[text] = article
        return cache

    return run
