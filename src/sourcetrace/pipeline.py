"""The extraction pipeline: article -> candidate segments -> parse -> attributions -> resolved -> credits.

It sits above the stages it chains (`parse`, `extract`, `resolve`, `provenance.credits`) and is the one
that loads the model (`nlp.load_model`), handing it to the stages that parse. `extract` handles one text;
`extract_many` streams many through one `nlp.pipe`, in batches of articles so that memory stays flat however
long the stream; `extract_articles` does the same for the articles readers yield, keeping their metadata.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.language import Language

from sourcetrace.extract.attributions import find_attributions
from sourcetrace.extract.classifier import CueScorer, load_scorer
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.prefilter import is_candidate_sentence
from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment, candidate_stretches, parse_stretches
from sourcetrace.provenance.credits import credited
from sourcetrace.quotes import find_quotes
from sourcetrace.readers.language import detect_language
from sourcetrace.resolve import resolve_article
from sourcetrace.types import Article, CountOptions

#: Articles parsed per `nlp.pipe` stream; bounds memory for endless inputs.
_ARTICLES_PER_BATCH = 32
#: The languages extraction reads (its rules, cue lexicon and model are English).
LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class ExtractOptions:
    """How extraction trades precision for recall.

    `threshold` is the probability the cue classifier needs to accept a reading. None keeps the packaged
    model's, placed by `make cues` where relation F1 is best on a cross-validation over PolNeAR train (0.41
    today: relation P 0.786, R 0.678, F1 0.728). A higher one trades recall for precision, a lower one the
    other way; `make cues` prints the whole curve of precision, recall and F1.

    `counting` says which attributions the sourcing profile counts (statements, documents and declined
    comments by default; `CountOptions(include_mental=True)` counts mental states too); every attribution is
    extracted and returned whatever it says.

    Extraction reads English (`LANGUAGES`): an article in another language (detected when the reader did not
    say, `readers.language`) is returned with its language, no attributions and `skipped` saying why, unless
    `any_language` (`--force`)."""

    threshold: float | None = None
    counting: CountOptions = field(default_factory=CountOptions)
    any_language: bool = False

    def scorer(self) -> CueScorer:
        packaged = load_scorer()
        return packaged if self.threshold is None else replace(packaged, threshold=self.threshold)


def parse_articles(nlp: Language, articles: Sequence[Article]) -> list[list[Segment]]:
    """What extraction parses of each article: the stretches the pre-parse filter keeps, in one `nlp.pipe`
    stream (the cue model's cross-validation parses train through this too, to measure what ships)."""
    stretches = [candidate_stretches(a.text, is_candidate_sentence, a.body_start) for a in articles]
    return parse_stretches(nlp, [a.text for a in articles], stretches, lower_words=load_lexicon().forms)


def extract(text: str, options: ExtractOptions | None = None) -> Article:
    """Extract the attributions of one article text; spans index `text` exactly as given."""
    return next(extract_articles([Article(text=text)], options=options))


def extract_many(
    texts: Iterable[str], batch_size: int = _ARTICLES_PER_BATCH, options: ExtractOptions | None = None
) -> Iterator[Article]:
    """Extract the attributions of many texts, streaming, in input order."""
    return extract_articles((Article(text=text) for text in texts), batch_size, options)


def extract_articles(
    articles: Iterable[Article], batch_size: int = _ARTICLES_PER_BATCH, options: ExtractOptions | None = None
) -> Iterator[Article]:
    """Extract attributions for articles as readers yield them, keeping their metadata."""
    nlp = load_model()
    options = options or ExtractOptions()
    scorer = options.scorer()
    iterator = iter(articles)
    while batch := [_with_language(a, options) for a in itertools.islice(iterator, batch_size)]:
        read = [index for index, article in enumerate(batch) if article.skipped is None]
        articles_read = [batch[index] for index in read]
        quotes = [find_quotes(a.text, a.body_start) for a in articles_read]
        segments = parse_articles(nlp, articles_read)
        for index, article_quotes, article_segments in zip(read, quotes, segments, strict=True):
            article = batch[index]
            found = find_attributions(article.text, article_segments, article_quotes, scorer)
            resolved, profile = resolve_article(
                article.text, article_segments, found, article.body_start, nlp=nlp, counting=options.counting
            )
            batch[index] = credited(replace(article, attributions=tuple(resolved), profile=profile))
        yield from batch


def _with_language(article: Article, options: ExtractOptions) -> Article:
    """The article with its language (detected when unknown) and, when extraction does not read it, why."""
    language = article.language or detect_language(article.text)
    skipped = None
    if language is not None and language not in LANGUAGES and not options.any_language:
        skipped = f"language {language}"
    return replace(article, language=language, skipped=skipped)
