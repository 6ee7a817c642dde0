"""The sourcing profile of an article: how its claims are sourced, at a glance.

It counts the attributions `CountOptions` counts (statements, documents and declined comments by default: a
mental state credits no information to a source), and every attribution by its act."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from sourcetrace.types import Attribution, CountOptions, SourcingProfile

_NAMED = frozenset({"person", "organization"})
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def _title_case(paragraph: str) -> bool:
    """Whether most words of a paragraph are capitalised, as in a headline."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", paragraph) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def lede_bounds(text: str, body_start: int = 0) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(first sentence, first paragraph) of the body: the first paragraph that reads like prose (a header
    line, or a headline in title case or without closing punctuation, is skipped)."""
    start = body_start
    for block in _PARAGRAPH.split(text[body_start:]):
        at = text.find(block, start)
        start = at + len(block)
        stripped = block.strip()
        if not stripped or not re.search(r"[.!?…”\"’)]$", stripped) or len(stripped.split()) < 6:
            continue
        if _title_case(stripped):
            continue  # a headline
        first = re.search(r"[.!?][”\"’)]*(?=\s|$)", stripped)
        paragraph_start = at + len(block) - len(block.lstrip())
        sentence_end = paragraph_start + (first.end() if first else len(stripped))
        return (paragraph_start, sentence_end), (paragraph_start, paragraph_start + len(stripped))
    return None


def lede_types(attributions: Sequence[Attribution], text: str, body_start: int = 0) -> tuple[str, ...]:
    """Source types of the outermost attributions in the lede's first sentence, else its first paragraph."""
    bounds = lede_bounds(text, body_start)
    if bounds is None:
        return ()
    outer = [a for a in attributions if a.parent is None]
    for start, end in bounds:
        inside = [a for a in outer if start <= a.cue.start < end]
        if inside:
            return tuple(dict.fromkeys(a.source_type or "unknown" for a in inside))
    return ()


def build_profile(
    every: Sequence[Attribution], text: str, body_start: int = 0, counting: CountOptions | None = None
) -> SourcingProfile:
    """Counts by source type, named actors by attributions, declined comments, recipients and the lede, of
    the attributions `counting` counts; and of `every` one by act."""
    counted = counting or CountOptions()
    attributions = [a for a in every if counted.counts(a)]
    by_type = Counter(a.source_type or "unknown" for a in attributions)
    # coordinated sources count for each actor named
    actors = Counter(
        member.name
        for a in attributions
        if a.actor and a.source_type in _NAMED
        for member in (a.actor.members or (a.actor,))
    )
    declined = []
    for attribution in attributions:
        if attribution.kind == "no_comment":
            who = (
                attribution.actor.name
                if attribution.actor
                else (attribution.source.text if attribution.source else "(unnamed)")
            )
            if who not in declined:
                declined.append(who)
    recipients = tuple(dict.fromkeys(a.recipient for a in attributions if a.recipient))
    return SourcingProfile(
        attributions=len(attributions),
        by_source_type=dict(by_type.most_common()),
        named_actors=tuple(actors.most_common()),
        declined=tuple(declined),
        recipients=recipients,
        lede_rests_on=lede_types(attributions, text, body_start),
        by_act=dict(Counter(a.act for a in every).most_common()),
    )
