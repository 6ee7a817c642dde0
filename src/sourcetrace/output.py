"""Output: the JSON prediction format of the PolNeAR scorer, and the readable terminal view."""

from __future__ import annotations

import dataclasses
from typing import Any

from rich.console import Console
from rich.text import Text

from sourcetrace.types import Article, Attribution, SourcingProfile, Span

_SOURCE_STYLE, _CUE_STYLE, _CONTENT_STYLE = "bold cyan", "bold magenta", "green"
_ARTICLE_FIELDS = ("title", "byline", "outlet", "published", "url", "language", "source_format", "credits")


def span_json(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def attribution_json(attribution: Attribution) -> dict[str, Any]:
    """One attribution in the prediction format of `../shared/eval/README.md`, plus the source fields."""
    return {
        "id": attribution.id,
        "kind": attribution.kind,
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
    """One document line: its name, metadata, attributions and sourcing profile."""
    metadata = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    metadata["credits"] = list(article.credits)
    return {
        "document": article.name,
        "article": metadata,
        "attributions": [attribution_json(a) for a in article.attributions],
        "profile": profile_json(article.profile),
    }


def _styled(text: str, style: str) -> Text:
    return Text(" ".join(text.split()), style=style)


def render_article(console: Console, article: Article) -> None:
    """Per article: each attribution with source, cue and content in their colours, nested ones indented."""
    header = Text(article.name or "(text)", style="bold underline")
    if article.title:
        header.append(f"  {article.title}", style="bold")
    console.print(header)
    children: dict[str | None, list[Attribution]] = {}
    for attribution in article.attributions:
        children.setdefault(attribution.parent, []).append(attribution)

    def show(attribution: Attribution, depth: int) -> None:
        line = Text("  " * (depth + 1))
        line.append(f"[{attribution.kind}] ", style="dim")
        line.append_text(
            _styled(attribution.source.text, _SOURCE_STYLE)
            if attribution.source
            else Text("(no source)", style="dim italic")
        )
        if attribution.source_type:
            line.append(f" <{attribution.source_type}", style="dim")
            if attribution.actor:
                line.append(f": {attribution.actor.name}", style="dim")
            line.append(">", style="dim")
        line.append(" ")
        line.append_text(_styled(attribution.cue.text, _CUE_STYLE))
        if attribution.content:
            line.append(" ")
            parts = attribution.content_parts or (attribution.content,)
            line.append_text(_styled(" … ".join(p.text for p in parts), _CONTENT_STYLE))
        console.print(line)
        for child in children.get(attribution.id, []):
            show(child, depth + 1)

    for attribution in children.get(None, []):
        show(attribution, 0)
    if article.profile is not None:
        console.print(Text("  " + profile_summary(article.profile), style="italic"))
    console.print()


_LEDE_WORDS = {
    "anonymous_group": "anonymous sources",
    "anonymous_individual": "an anonymous source",
    "person": "named people",
    "organization": "organizations",
    "document": "documents",
}


def profile_summary(profile: SourcingProfile) -> str:
    """One line: what the lede rests on and how much of the article is anonymous."""
    words = (_LEDE_WORDS.get(t, t.replace("_", " ")) for t in profile.lede_rests_on)
    lede = ", ".join(words) or "no attribution"
    return f"lede rests on: {lede}; {profile.anonymous} of {profile.attributions} attributions anonymous"
