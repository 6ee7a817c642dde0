"""Fixtures of the extraction tests: `articles[text]` is the article extracted from `text`.

The texts are extracted in one `extract_many` batch (the model loads once): every text that a selected test
asking for `articles` is parametrized with as `text`, whatever module it is in. A table file therefore needs
no fixture code of its own: parametrize its tests with a `text` argument and ask for `articles`. A text no
test is parametrized with (one written in a test's body) is extracted when it is first looked up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

import sourcetrace
from sourcetrace.types import Article


class Articles:
    """Text -> extracted article, each text extracted once."""

    def __init__(self) -> None:
        self._found: dict[str, Article] = {}

    def extract(self, texts: Iterable[str]) -> None:
        """Extract, in one `extract_many` batch, the texts not yet extracted."""
        missing = list(dict.fromkeys(text for text in texts if text not in self._found))
        for text, article in zip(missing, sourcetrace.extract_many(missing), strict=True):
            assert article.text == text
            self._found[text] = article

    def __getitem__(self, text: str) -> Article:
        if text not in self._found:
            self.extract([text])
        return self._found[text]


def _parametrized_texts(items: Sequence[pytest.Item]) -> list[str]:
    """The `text` parameter of every item that asks for `articles`, in order."""
    texts = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None or "articles" not in getattr(item, "fixturenames", ()):
            continue
        text = callspec.params.get("text")
        if isinstance(text, str):
            texts.append(text)
    return texts


@pytest.fixture(scope="session")
def articles(request: pytest.FixtureRequest) -> Articles:
    """The extracted articles, the texts of the session's selected tests already in."""
    found = Articles()
    found.extract(_parametrized_texts(request.session.items))
    return found
