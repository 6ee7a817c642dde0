"""Ingest: store what the caller's extraction step makes of a reader's articles, each in one transaction.

The extraction step is the caller's (`sourcetrace.pipeline.extract_articles` for the CLI): storage imports
nothing above it. The run is idempotent and crash-safe. An article whose text is stored already is skipped
before extraction (so resuming a killed run only extracts what is missing); every other article is stored
with all its attributions in one transaction, so a kill at any point leaves only whole articles behind.
Items that cannot be read, extracted or stored are reported one by one and the run goes on. A database that
is locked or full stops the run with a `StoreError` (one line), after rolling back the article being stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, Protocol

from sqlalchemy.exc import SQLAlchemyError

from sourcetrace.store import models
from sourcetrace.store.copies import CopyTracker
from sourcetrace.store.database import DatabaseLocked, Store, StoreError
from sourcetrace.store.write import adopt, article_key, content_hash, save_article, stored_version
from sourcetrace.types import Article

if TYPE_CHECKING:
    from sourcetrace.provenance.copies import CopyOptions

#: The extraction step: the articles given, extracted, in order (`sourcetrace.pipeline.extract_articles`).
Extractor = Callable[[Iterable[Article]], Iterator[Article]]
Status = Literal["new", "unchanged", "updated", "failed", "warning"]
#: Called once per item as it is settled: its status, where it came from, and a reason for failures.
ProgressCallback = Callable[[Status, str, str], None]

#: Articles extracted together (one `nlp.pipe` stream); also how many are lost to a kill at worst.
BATCH_SIZE = 16


class Unread(Protocol):
    """An input the reader made no article of (`sourcetrace.readers.ReadProblem`): where, why, and whether
    it is lost (`fatal`) or was read with a caveat."""

    @property
    def location(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def fatal(self) -> bool: ...


@dataclass(frozen=True)
class Failure:
    """An item that could not be ingested, and why."""

    location: str
    reason: str


@dataclass
class IngestReport:
    """What an ingest run did; `failed` lists every item that was not stored, with its reason."""

    run_id: int
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def _location(article: Article) -> str:
    return article.url or article.name or "(text)"


class _Run:
    """One ingest run's state: the report and the batch waiting for extraction."""

    def __init__(self, store: Store, extract: Extractor, fatal: tuple[type[Exception], ...],
                 progress: ProgressCallback | None, inputs: Sequence[str], copies: CopyTracker | None,
                 replace: bool) -> None:
        self.store, self.extract, self.progress, self.copies = store, extract, progress, copies
        self.fatal, self.replace = fatal, replace
        self.seen: set[str] = set()  # versions taken in this run (so `replace` stores a repeated one once)
        with store.writing() as session:
            run = models.IngestRun(started_at=datetime.now(UTC), inputs=list(inputs), new=0, unchanged=0,
                                   updated=0, failed=0)
            session.add(run)
            session.flush()
            self.report = IngestReport(run_id=run.id)
        self.pending: list[tuple[Article, bool]] = []

    def settle(self, status: Status, location: str, reason: str = "") -> None:
        report = self.report
        if status in ("failed", "warning"):
            (report.failed if status == "failed" else report.warnings).append(Failure(location, reason))
        else:
            setattr(report, status, getattr(report, status) + 1)
        if self.progress is not None:
            self.progress(status, location, reason)

    def take(self, item: Article | Unread) -> None:
        if not isinstance(item, Article):
            self.settle("failed" if item.fatal else "warning", item.location, item.message)
            return
        if self.replace:
            version = f"{article_key(item)}\n{content_hash(item.text)}"
            stored, replace_it = version in self.seen, version not in self.seen
            self.seen.add(version)
        else:
            stored, replace_it = self._stored(item), False
        if stored:
            self.settle("unchanged", _location(item))
            return
        self.pending.append((item, replace_it))
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def _stored(self, item: Article) -> bool:
        """Whether this version of this source is stored already; a row stored under its old key is given
        the full one."""
        with self.store.session() as session:
            found = stored_version(session, item)
        if found is None or found.content_hash != content_hash(item.text):
            return False
        if found.key != article_key(item):
            with self.store.writing() as session:
                adopt(session, found, item)
        return True

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        replacing = {id(article): replace for article, replace in batch}
        for article, result in self._extracted([article for article, _ in batch]):
            if isinstance(result, Exception):
                self.settle("failed", _location(article), f"extraction failed: {_reason(result)}")
                continue
            try:
                with self.store.writing() as session:
                    saved = save_article(session, result, self.report.run_id, replace=replacing[id(article)])
                    if saved.article_id is not None and self.copies is not None:
                        self.copies.add(session, saved.article_id, result, saved.replaced)
            except (StoreError, SQLAlchemyError) as error:
                if self.copies is not None:
                    self.copies.rolled_back()
                if isinstance(error, StoreError):
                    raise
                self.settle("failed", _location(article), f"not stored: {_reason(error)}")
                continue
            self.settle(saved.outcome, _location(article))

    def _extracted(self, batch: list[Article]) -> Iterator[tuple[Article, Article | Exception]]:
        """The batch extracted in one stream; if that fails, article by article, so one bad text fails
        alone."""
        try:
            results = list(self.extract(batch))
        except self.fatal:
            raise
        except Exception:
            for article in batch:
                try:
                    yield article, next(iter(self.extract([article])))
                except self.fatal:
                    raise
                except Exception as error:
                    yield article, error
            return
        yield from zip(batch, results, strict=True)

    def finish(self) -> None:
        self.flush()
        if self.copies is not None:
            with self.store.writing() as session:
                self.copies.rebuild_clusters(session)
        self.record()

    def record(self, finished: bool = True) -> None:
        """Write the run's counts and failures (best effort when the database is failing)."""
        report = self.report
        with self.store.writing() as session:
            run = session.get(models.IngestRun, report.run_id)
            if run is None:
                return
            run.new, run.unchanged, run.updated = report.new, report.unchanged, report.updated
            run.failed = len(report.failed)
            run.failures = [models.IngestFailure(location=f.location, reason=f.reason) for f in report.failed]
            if finished:
                run.finished_at = datetime.now(UTC)


def _reason(error: BaseException) -> str:
    if isinstance(error, SQLAlchemyError):
        original = getattr(error, "orig", None) or error
        text = str(original).strip().splitlines()
        return text[0] if text else "the database refused it without saying why"
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def ingest(
    store: Store,
    items: Iterable[Article | Unread],
    *,
    extract: Extractor,
    fatal: tuple[type[Exception], ...] = (),
    inputs: Sequence[str] = (),
    progress: ProgressCallback | None = None,
    copies: CopyOptions | Literal[False] | None = None,
    replace: bool = False,
) -> IngestReport:
    """Extract with `extract` and store every article of `items` (a reader's output); returns the run's
    report.

    An article whose extraction raises fails alone, unless the error is one of `fatal` (the caller's: e.g.
    no model installed), which stops the run.

    With `replace`, articles already stored are extracted and stored again ("updated"), for a newer
    extraction; otherwise they are skipped before extraction ("unchanged"). Each stored article is linked
    to the stored articles it copies or quotes (`copies`: the options, None for the defaults, False to skip
    copy detection), and the copy clusters are rebuilt at the end.
    Raises `StoreError` when the database is locked or full: the article being stored is rolled back,
    everything stored before it stays.
    """
    tracker = None if copies is False else CopyTracker(copies)
    run = _Run(store, extract, fatal, progress, inputs, tracker, replace)
    try:
        for item in items:
            run.take(item)
        run.finish()
    except StoreError as error:
        if not isinstance(error, DatabaseLocked):
            with contextlib.suppress(StoreError, SQLAlchemyError):
                run.record(finished=False)
        raise
    return run.report

