"""An article's text cut into runs for highlighting: each run is a stretch of text and the attributions whose
source, cue or content covers it.

The runs tile the text exactly (their texts joined are the article text), so the page can show every
character once, escaped, and mark each run by role: the shown role is the most specific one covering it
(cue over source over content), and every covering attribution is kept per role, so nested attributions
stay visible and a test can read back each span from the page.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sourcetrace.types import Article, Attribution, Span

ROLES = ("cue", "source", "content")


@dataclass(frozen=True)
class Run:
    """A stretch of the text with the ids of the attributions covering it, per role (`ROLES`)."""

    text: str
    cue: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    content: tuple[str, ...] = ()

    @property
    def role(self) -> str | None:
        """The role shown: the most specific one covering the run."""
        return next((role for role in ROLES if getattr(self, role)), None)

    @property
    def target(self) -> str | None:
        """The attribution a click on the run opens: the innermost one of the shown role."""
        role = self.role
        return getattr(self, role)[-1] if role else None


def _spans(attribution: Attribution) -> list[tuple[str, Span]]:
    spans = [("cue", attribution.cue)]
    if attribution.source is not None:
        spans.append(("source", attribution.source))
    if attribution.content_parts:
        spans.extend(("content", part) for part in attribution.content_parts)
    elif attribution.content is not None:
        spans.append(("content", attribution.content))
    return spans


def runs(article: Article) -> list[Run]:
    """The article text as runs; within a role, outer attributions come before the ones they hold."""
    text = article.text
    depth = _depths(article.attributions)
    marked: list[tuple[str, str, int, int]] = []
    for attribution in sorted(article.attributions, key=lambda a: depth[a.id]):
        for role, span in _spans(attribution):
            start, end = max(0, span.start), min(len(text), span.end)
            if start < end:
                marked.append((attribution.id, role, start, end))
    cuts = sorted({0, len(text), *(s for _, _, s, _ in marked), *(e for _, _, _, e in marked)})
    found = []
    for start, end in itertools.pairwise(cuts):
        covering: dict[str, list[str]] = {role: [] for role in ROLES}
        for ident, role, s, e in marked:
            if s <= start and end <= e and ident not in covering[role]:
                covering[role].append(ident)
        found.append(Run(text[start:end], *(tuple(covering[role]) for role in ROLES)))
    return found


def _depths(attributions: tuple[Attribution, ...]) -> dict[str, int]:
    """How deep each attribution is nested (0: no parent)."""
    parents = {a.id: a.parent for a in attributions}
    depths = {}
    for ident in parents:
        seen, parent = 0, parents[ident]
        while parent is not None and seen < len(parents):
            seen, parent = seen + 1, parents.get(parent)
        depths[ident] = seen
    return depths
