"""The terminal view of an extracted article (rich): colours, nesting and the profile's one-line summary.

It shows what `CountOptions` counts (no mental state by default: "we want to thank" credits nothing to a
source) and says how many it left out. Used only by the CLI; the JSON form is `sourcetrace.records`, which
keeps every attribution.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from sourcetrace.cli.printable import printable
from sourcetrace.types import Article, Attribution, CountOptions, SourcingProfile

_SOURCE_STYLE, _CUE_STYLE, _CONTENT_STYLE = "bold cyan", "bold magenta", "green"


def _styled(text: str, style: str) -> Text:
    return Text(printable(" ".join(text.split())), style=style)


def shown_tree(
    attributions: tuple[Attribution, ...], counting: CountOptions
) -> dict[str | None, list[Attribution]]:
    """The attributions `counting` counts, by the id of the shown attribution they nest in (None: top
    level); one nested in a left-out attribution moves up to the nearest shown one."""
    by_id = {a.id: a for a in attributions}

    def shown_parent(attribution: Attribution) -> str | None:
        parent = by_id.get(attribution.parent) if attribution.parent else None
        seen = set()
        while parent is not None and not counting.counts(parent) and parent.id not in seen:
            seen.add(parent.id)
            parent = by_id.get(parent.parent) if parent.parent else None
        return parent.id if parent is not None and counting.counts(parent) else None

    children: dict[str | None, list[Attribution]] = {}
    for attribution in attributions:
        if counting.counts(attribution):
            children.setdefault(shown_parent(attribution), []).append(attribution)
    return children


def render_article(console: Console, article: Article, counting: CountOptions | None = None) -> None:
    """Per article: each attribution `counting` counts with source, cue and content in their colours,
    nested ones indented."""
    counting = counting or CountOptions()
    header = Text(printable(article.name or "(text)"), style="bold underline")
    if article.title:
        header.append(f"  {printable(article.title)}", style="bold")
    console.print(header)
    if article.skipped is not None:
        console.print(Text(f"  skipped: {article.skipped}", style="dim italic"))
        return
    children = shown_tree(article.attributions, counting)

    def show(attribution: Attribution, depth: int) -> None:
        line = Text("  " * (depth + 1))
        label = attribution.kind if attribution.act in ("statement", attribution.kind) else (
            f"{attribution.kind}, {attribution.act}"
        )
        line.append(f"[{label}] ", style="dim")
        line.append_text(
            _styled(attribution.source.text, _SOURCE_STYLE)
            if attribution.source
            else Text("(no source)", style="dim italic")
        )
        if attribution.source_type:
            line.append(f" <{attribution.source_type}", style="dim")
            if attribution.actor:
                line.append(f": {printable(attribution.actor.name)}", style="dim")
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
    """One line: what the lede rests on, how much of the article is anonymous, and how many mental states
    the counts leave out."""
    words = (_LEDE_WORDS.get(t, t.replace("_", " ")) for t in profile.lede_rests_on)
    lede = ", ".join(words) or "no attribution"
    line = f"lede rests on: {lede}; {profile.anonymous} of {profile.attributions} attributions anonymous"
    left_out = sum(profile.by_act.values()) - profile.attributions
    if left_out > 0:
        line += f" ({left_out} mental state{'s' if left_out > 1 else ''} not counted: --include-mental)"
    return line
