"""Partitions are bounded by articles and by characters, numbered in order, and a function of the input."""

from __future__ import annotations

import pytest

from sourcetrace.distributed.options import PartitionOptions
from sourcetrace.distributed.partitions import partitions
from sourcetrace.types import Article

CASES = [
    # (text lengths, options, expected lengths of each partition)
    ([10] * 5, PartitionOptions(articles=2), [2, 2, 1]),
    ([10] * 4, PartitionOptions(articles=2), [2, 2]),
    ([10, 10, 30, 5, 5], PartitionOptions(articles=10, characters=25), [3, 2]),
    ([100, 1, 1], PartitionOptions(articles=10, characters=50), [1, 2]),
    ([], PartitionOptions(), []),
]


@pytest.mark.parametrize(("lengths", "options", "expected"), CASES)
def test_partitions_are_bounded(lengths: list[int], options: PartitionOptions, expected: list[int]) -> None:
    articles = [Article(text="x" * length, name=str(n)) for n, length in enumerate(lengths)]
    parts = list(partitions(iter(articles), options))
    assert [len(p.articles) for p in parts] == expected
    assert [p.index for p in parts] == list(range(len(expected)))
    assert [a for p in parts for a in p.articles] == articles


def test_options_refuse_an_empty_partition() -> None:
    with pytest.raises(ValueError):
        PartitionOptions(articles=0)
