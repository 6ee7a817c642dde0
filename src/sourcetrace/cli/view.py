"""The terminal view of an extracted article (rich): colours, nesting and the profile's one-line summary.

Used only by the CLI; the JSON form is `sourcetrace.records`.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from sourcetrace.types import Article, Attribution, SourcingProfile

_SOURCE_STYLE, _CUE_STYLE, _CONTENT_STYLE = "bold cyan", "bold magenta", "green"


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
