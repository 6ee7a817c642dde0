"""What runs on a worker: the extractor each worker process loads once (a Dask worker plugin), and the task
that extracts one partition with it.

The model and the cue classifier are loaded when the worker starts (`ExtractorPlugin.setup`), not by the
first partition, so that a worker's start-up is paid once and shows in the start time rather than in the
first task. Each partition is extracted inside a spaCy memory zone (`Language.memory_zone`): the strings and
lexemes its texts add to the vocabulary are freed when it ends, so a worker's memory stays flat however many
partitions it extracts (nothing spaCy made leaves the zone: results are plain `sourcetrace.types` records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from distributed import WorkerPlugin, get_worker
from distributed.worker import Worker

from sourcetrace.nlp import ModelNotFound, load_model
from sourcetrace.pipeline import ExtractOptions, extract_articles
from sourcetrace.types import Article

PLUGIN_NAME = "sourcetrace-extractor"
#: Errors that stop a run rather than fail one article (the same as the serial CLI's).
FATAL: tuple[type[Exception], ...] = (ModelNotFound,)


@dataclass(frozen=True)
class ExtractFailure:
    """An article whose extraction raised: the error's first line, as the serial path reports it."""

    reason: str


Extracted = Article | ExtractFailure


def reason_of(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class Extractor:
    """The model and classifier of one process, loaded once, and how a partition is extracted with them."""

    def __init__(self, options: ExtractOptions) -> None:
        self.options = options
        self.nlp = load_model()
        options.scorer()  # loaded and cached now, not by the first partition

    def extract(self, articles: Sequence[Article]) -> list[Extracted]:
        """The articles extracted, in order; one whose extraction raises fails alone (as in serial ingest,
        the partition is tried whole, then article by article)."""
        with self.nlp.memory_zone():
            try:
                return list(extract_articles(articles, options=self.options))
            except FATAL:
                raise
            except Exception:
                return [self._one(article) for article in articles]

    def _one(self, article: Article) -> Extracted:
        try:
            return next(iter(extract_articles([article], options=self.options)))
        except FATAL:
            raise
        except Exception as error:
            return ExtractFailure(reason_of(error))


class ExtractorPlugin(WorkerPlugin):
    """Loads the `Extractor` once per worker process, when the worker starts (or joins the cluster later)."""

    name = PLUGIN_NAME

    def __init__(self, options: ExtractOptions) -> None:
        self.options = options
        self.extractor: Extractor | None = None

    def setup(self, worker: Worker) -> None:
        self.extractor = Extractor(self.options)


def worker_extractor() -> Extractor:
    """The extractor of the worker this task runs on (loaded here if the plugin has not run yet)."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, ExtractorPlugin):
        raise RuntimeError("the sourcetrace worker plugin is not registered on this worker")
    if plugin.extractor is None:
        plugin.setup(get_worker())
    assert plugin.extractor is not None
    return plugin.extractor


def extract_partition(articles: Sequence[Article]) -> list[Extracted]:
    """The task: one partition's articles extracted on this worker, in order."""
    return worker_extractor().extract(articles)
