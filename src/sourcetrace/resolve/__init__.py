"""Who is speaking: source types, canonical actors, anonymity details and the article's sourcing profile.

`resolve_article` fills, for every attribution, `source_type`, `actor`, `on_behalf_of`, `recipient` and
`anonymous`, resolving names, role nouns and pronouns to the article's actors with the deterministic sieves
of `sourcetrace.resolve.coref` (after Muzny et al. 2017), decides each one's `act` (`sourcetrace.resolve.act`:
it needs the source type), and profiles the article's sourcing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language

from sourcetrace.parse import Segment
from sourcetrace.resolve import principals
from sourcetrace.resolve.act import assign_acts
from sourcetrace.resolve.coref import Resolver
from sourcetrace.resolve.profile import build_profile
from sourcetrace.resolve.recipient import recipient
from sourcetrace.resolve.referent import Referent
from sourcetrace.types import (
    ANONYMOUS_SOURCE_TYPES,
    Actor,
    Anonymity,
    Attribution,
    CountOptions,
    SourcingProfile,
    Span,
)

__all__ = ["resolve_article"]

_SINGULAR_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
_FIRST_PERSON = _SINGULAR_FIRST_PERSON | {"we", "us", "our", "ourselves"}


def _with_titles(actor: Actor, resolver: Resolver) -> Actor:
    """A person with all the titles the article gives them (each member of coordinated persons)."""
    if actor.members:
        return replace(actor, members=tuple(_with_titles(m, resolver) for m in actor.members))
    return Actor(actor.name, resolver.title_of(actor.name))


def _apply(
    attribution: Attribution, referent: Referent | None, told: str | None, resolver: Resolver
) -> Attribution:
    if referent is None:  # no source at all ("it was reported that ..."): its type is unknown
        return replace(attribution, source_type="unknown", recipient=told)
    if referent.source_type == "person" and referent.actor is not None:
        referent = replace(referent, actor=_with_titles(referent.actor, resolver))
    anonymous = referent.anonymous if referent.source_type in ANONYMOUS_SOURCE_TYPES else None
    on_behalf_of = referent.on_behalf_of
    if on_behalf_of is None and referent.actor is not None:
        on_behalf_of = principals.office_holder(resolver, referent.actor.name)
    return replace(
        attribution,
        source_type=referent.source_type,
        actor=None if referent.source_type in ANONYMOUS_SOURCE_TYPES else referent.actor,
        on_behalf_of=on_behalf_of,
        anonymous=anonymous,
        recipient=told,
    )


def _speaker(
    quoted: Attribution, attributions: Sequence[Attribution], cache: dict[tuple[int, int], Referent]
) -> Referent:
    """A first-person source ("I said", "we believe") inside a quote is its speaker: the source of the
    attribution whose content holds it ("we" of a person is a group on that person's side)."""
    assert quoted.source is not None
    at = quoted.source.start
    holders = [
        a
        for a in attributions
        if a.source is not None
        and a.content is not None
        and a.content.start <= at < a.content.end
        and a.source != quoted.source
    ]
    holders.sort(key=lambda a: a.content.end - a.content.start if a.content else 0)
    for holder in holders:
        assert holder.source is not None
        referent = cache.get((holder.source.start, holder.source.end))
        if referent is None or referent.source_type == "unknown":
            continue
        if quoted.source.text.lower() in _SINGULAR_FIRST_PERSON or referent.source_type != "person":
            return referent
        side = referent.actor.name if referent.actor else None
        return Referent("anonymous_group", anonymous=Anonymity(affiliation=side), plural=True)
    return Referent("unknown")


def resolve_article(
    text: str,
    segments: Sequence[Segment],
    attributions: Sequence[Attribution],
    body_start: int = 0,
    *,
    nlp: Language,
    counting: CountOptions | None = None,
) -> tuple[list[Attribution], SourcingProfile | None]:
    """Characterise every attribution's source and act, in text order, and profile the article (counting
    what `counting` says).

    `nlp` is the pipeline `segments` were parsed with, for a source outside every segment (rare)."""
    resolver = Resolver(text, segments, nlp)
    skip_base: list[Span] = [a.content for a in attributions if a.content is not None]
    resolver.contents = skip_base
    # every source but the one resolved is skipped when looking back for an antecedent
    sources = sorted({(a.source.start, a.source.end) for a in attributions if a.source is not None})
    source_spans = [Span(s, e, "") for s, e in sources]
    cache: dict[tuple[int, int], Referent] = {}
    order = sorted(
        (a for a in attributions if a.source is not None),
        key=lambda a: (a.source.start, a.source.end),  # type: ignore[union-attr]
    )
    first_person: list[Attribution] = []
    for attribution in order:
        source = attribution.source
        assert source is not None
        key = (source.start, source.end)
        if key in cache:
            continue
        if source.text.lower() in _FIRST_PERSON:
            first_person.append(attribution)
            continue
        others = [span for span in source_spans if (span.start, span.end) != key]
        cache[key] = resolver.resolve(source.start, source.end, skip_base + others)
        resolver.remember_setting(source.start, max(attribution.cue.end, source.end), cache[key])
    for attribution in first_person:
        assert attribution.source is not None
        cache[(attribution.source.start, attribution.source.end)] = _speaker(attribution, attributions, cache)
    resolver.learn_role_titles()
    resolved = []
    for attribution in attributions:
        referent = (
            cache.get((attribution.source.start, attribution.source.end)) if attribution.source else None
        )
        segment = resolver.segment_at(attribution.cue.start, attribution.cue.end)
        told = recipient(segment, attribution.cue, attribution.source)
        told = resolver.person_or_phrase(told, attribution.cue.start)
        resolved.append(_apply(attribution, referent, told, resolver))
    resolved = assign_acts(resolved, resolver.segment_at)
    return resolved, build_profile(resolved, text, body_start, counting)
