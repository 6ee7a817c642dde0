"""The options of a distributed run: how work is cut into partitions and where it runs (no Dask import)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.pipeline import ExtractOptions

#: Articles per partition by default: about 4 s of extraction on one core, so a lost worker costs little.
DEFAULT_ARTICLES = 32
#: Characters per partition by default (about 32 articles of 8,000 characters).
DEFAULT_CHARACTERS = 256_000


@dataclass(frozen=True)
class PartitionOptions:
    """How big a partition may grow: at most `articles` articles, and it is closed as soon as it holds
    `characters` characters or more (a single longer article is a partition of its own)."""

    articles: int = DEFAULT_ARTICLES
    characters: int = DEFAULT_CHARACTERS

    def __post_init__(self) -> None:
        if self.articles < 1 or self.characters < 1:
            raise ValueError("a partition holds at least one article and one character")


@dataclass(frozen=True)
class ClusterOptions:
    """Where extraction runs and how work is cut.

    `scheduler` is the address of an existing cluster (tcp://host:8786); without it a local cluster of
    `workers` processes is started, each allowed `memory_limit` (the nanny restarts a worker past 95% of
    it, the last line of defence against a leak). `in_flight` bounds the partitions submitted and not yet
    written, per worker, which bounds the driver's memory however long the input."""

    workers: int = 2
    scheduler: str | None = None
    memory_limit: str = "4GiB"
    dashboard: str | None = ":8787"
    in_flight: int = 3
    partition: PartitionOptions = field(default_factory=PartitionOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
