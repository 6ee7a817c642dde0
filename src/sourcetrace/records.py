"""The JSON form of extracted articles: the prediction format's document lines and the stored profile.

Each document line of `sourcetrace extract --format jsonl` (the prediction format of the PolNeAR scorer,
`../shared/eval/README.md`) is `article_json`; the store keeps `profile_json` as an article's profile. Plain
dicts of JSON values built from the records of `sourcetrace.types`, with no terminal dependency (the terminal
view is `sourcetrace.cli.view`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sourcetrace.types import Article, Attribution, SourcingProfile, Span

_ARTICLE_FIELDS = ("title", "byline", "outlet", "published", "url", "language", "source_format", "credits")


def span_json(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def attribution_json(attribution: Attribution) -> dict[str, Any]:
    """One attribution in the prediction format of `../shared/eval/README.md`, plus its act and the source
    fields."""
    return {
        "id": attribution.id,
        "kind": attribution.kind,
        "act": attribution.act,
        "source": span_json(attribution.source),
        "cue": span_json(attribution.cue),
        "content": span_json(attribution.content),
        "content_parts": [span_json(part) for part in attribution.content_parts],
        "parent": attribution.parent,
        "source_type": attribution.source_type,
        "actor": dataclasses.asdict(attribution.actor) if attribution.actor else None,
        "on_behalf_of": attribution.on_behalf_of,
        "recipient": attribution.recipient,
        "anonymous": dataclasses.asdict(attribution.anonymous) if attribution.anonymous else None,
    }


def profile_json(profile: SourcingProfile | None) -> dict[str, Any] | None:
    if profile is None:
        return None
    record = dataclasses.asdict(profile)
    record["named_actors"] = [{"name": name, "attributions": n} for name, n in profile.named_actors]
    record["anonymous"] = profile.anonymous
    total = profile.attributions or 1
    record["share_by_source_type"] = {k: round(n / total, 3) for k, n in profile.by_source_type.items()}
    return record


def article_json(article: Article) -> dict[str, Any]:
    """One document line: its name, metadata, attributions and sourcing profile; `not_extracted` says why an
    article was read but not extracted ("language de")."""
    metadata = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    metadata["credits"] = list(article.credits)
    record: dict[str, Any] = {"document": article.name}
    if article.skipped is not None:
        record["not_extracted"] = article.skipped
    return record | {
        "article": metadata,
        "attributions": [attribution_json(a) for a in article.attributions],
        "profile": profile_json(article.profile),
    }
