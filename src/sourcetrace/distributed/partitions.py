"""Partitions: the articles a reader yields, cut into numbered groups of bounded size.

A partition is the unit of work a worker takes, of retry when a worker dies, and of a shard on disk. It is
bounded both by its number of articles and by its characters, so that one long article does not make a
partition that takes minutes, and the cut is a function of the input stream alone: the same inputs give the
same partitions, which is what lets a run resume by partition number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sourcetrace.distributed.options import PartitionOptions
from sourcetrace.types import Article


@dataclass(frozen=True)
class Partition:
    """The `index`th partition of a run and its articles, in input order."""

    index: int
    articles: tuple[Article, ...]


def partitions(articles: Iterable[Article], options: PartitionOptions | None = None) -> Iterator[Partition]:
    """Cut `articles` into consecutive partitions, numbered from 0, streaming."""
    options = options or PartitionOptions()
    group: list[Article] = []
    characters = 0
    index = 0
    for article in articles:
        group.append(article)
        characters += len(article.text)
        if len(group) >= options.articles or characters >= options.characters:
            yield Partition(index, tuple(group))
            index, group, characters = index + 1, [], 0
    if group:
        yield Partition(index, tuple(group))
