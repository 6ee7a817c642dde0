"""The search syntax: parsed once, compiled to FTS5 and to tsquery, and answered alike by SQLite and
PostgreSQL on one corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_synthetic import synthetic_extract

from sourcetrace.store import Store, open_store, queries
from sourcetrace.store.ingest import ingest
from sourcetrace.store.search import SearchSyntaxError, parse, to_fts5, to_tsquery
from sourcetrace.types import Article

PARSED = [
    ("trump OR clinton", '(("trump" OR "clinton"))', "(('trump') | ('clinton'))"),
    ("deal trump OR clinton", '(("deal") AND ("trump" OR "clinton"))',
     "(('deal')) & (('trump') | ('clinton'))"),
    ('"frozen war" -peace', '(("frozen war")) NOT ("peace")', "(('frozen' <-> 'war')) & !(('peace'))"),
    ("NOT ukraine talks", '(("talks")) NOT ("ukraine")', "!(('ukraine')) & (('talks'))"),
    ("Talks AND the ceasefire", '(("talks") AND ("ceasefire"))', "(('talks')) & (('ceasefire'))"),
    ('"unbalanced quote', '(("unbalanced quote"))', "(('unbalanced' <-> 'quote'))"),
    ('"the talks on the ceasefire of"', '(("talks on the ceasefire"))',
     "(('talks' <-> 'on' <-> 'the' <-> 'ceasefire'))"),
    ("trump or clinton", '(("trump") AND ("clinton"))', "(('trump')) & (('clinton'))"),  # 'or' is a word
]


@pytest.mark.parametrize(("query", "fts5", "tsquery"), PARSED)
def test_one_syntax_compiled_for_both_backends(query: str, fts5: str, tsquery: str) -> None:
    parsed = parse(query)
    assert (to_fts5(parsed), to_tsquery(parsed)) == (fts5, tsquery)


@pytest.mark.parametrize("query", ["", "the or", "don't", "NOT trump", "-", '""', "*", "AND OR NOT ("])
def test_searches_with_nothing_that_must_match_are_empty(query: str) -> None:
    assert parse(query).empty


def test_searches_too_long_to_run_are_refused() -> None:
    with pytest.raises(SearchSyntaxError, match="at most 32 words"):
        parse(" ".join(f"word{i}" for i in range(20_000))[:1999])
    with pytest.raises(SearchSyntaxError, match="at most 2,000 characters"):
        parse("word " * 20_000)


TEXTS = [
    "Reporters said Trump would build the wall.",
    "Aides said Clinton found the plan reckless.",
    "Aides said Trump and Clinton would debate on Monday.",
    "Officials said the ceasefire talks would resume.",
    "Reporters said talks on the ceasefires had stalled.",
    "Voters said neither Trump nor Clinton had a plan for ceasefires.",
    "Sanders said the frozen war must end.",
    "Analysts said the war was frozen in place.",
    "Diplomats said peace talks on a frozen war were planned.",
    "Putin said nothing new. Peskov said the deal was dead.",
]
QUERIES = [
    "trump OR clinton", "trump clinton", "trump -clinton", "trump NOT clinton", '"frozen war"', "war frozen",
    "ceasefire", '"ceasefire talks"', "talks OR war -frozen", "the", "plans", "planned", '"talks on the"',
    "deal OR plan OR wall", "NOT trump", "Trump OR", "OR clinton", "dead -nothing",
]


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, module_postgres_url: str) -> Iterator[tuple[Store, Store]]:
    """The same corpus in SQLite and in PostgreSQL."""
    corpus = [Article(text=body + "\n", name=f"a{i}.txt") for i, body in enumerate(TEXTS)]
    sqlite_path: Path = tmp_path_factory.mktemp("both") / "corpus.db"
    with open_store(sqlite_path) as lite, open_store(module_postgres_url) as postgres:
        for store in (lite, postgres):
            ingest(store, corpus, extract=synthetic_extract)
        yield lite, postgres


def _found(store: Store, query: str) -> list[tuple[str, str]]:
    with store.session() as session:
        return sorted((h.article.name, h.attribution) for h in queries.search(session, query, limit=1000))


@pytest.mark.parametrize("query", QUERIES)
def test_both_backends_answer_alike(both: tuple[Store, Store], query: str) -> None:
    lite, postgres = both
    assert _found(lite, query) == _found(postgres, query)


def test_what_the_operators_find(both: tuple[Store, Store]) -> None:
    lite, _ = both

    def names(query: str) -> set[str]:
        return {name for name, _ in _found(lite, query)}

    assert names("trump OR clinton") == {"a0.txt", "a1.txt", "a2.txt", "a5.txt"}
    assert names("trump clinton") == {"a2.txt", "a5.txt"}
    assert names("trump -clinton") == names("trump NOT clinton") == {"a0.txt"}
    assert names('"frozen war"') == {"a6.txt", "a8.txt"}
    assert names("war frozen") == {"a6.txt", "a7.txt", "a8.txt"}
    assert names("ceasefire") == {"a3.txt", "a4.txt", "a5.txt"}
    assert names("NOT trump") == names("the") == set()
