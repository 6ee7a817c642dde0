"""Which earlier person a pronoun or role noun refers back to: the nearest compatible speaker, else sentence
subject, else named person (sieve 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver

#: Sentences looked back for a pronoun's antecedent.
PRONOUN_WINDOW = 5


def nearest_person(
    resolver: Resolver, at: int, gender: str | None, exclude: set[str] | None = None
) -> str | None:
    """Sieve 5: the nearest earlier compatible speaker, else sentence subject, else named person."""
    names = resolver.names
    current = names.sentence_index(at)
    speakers = {}
    for memory in resolver.memory:
        if memory.referent.source_type == "person" and memory.referent.actor and memory.start < at:
            speakers[memory.start] = memory.referent
    for index in range(current, max(current - PRONOUN_WINDOW, -1), -1):
        start, end = names.sentences[index] if names.sentences else (0, len(resolver.text))
        end = min(end, at)
        candidates: list[tuple[int, bool, int, str]] = []
        for offset, referent in speakers.items():
            known = names.gender(referent.actor.name) if referent.actor else None
            if start <= offset < end and referent.actor and _compatible(known, gender):
                # a speaker quoted inside another's words is no more salient than a subject
                nested = any(c.start <= offset < c.end for c in resolver.contents)
                unknown = known is None and gender is not None
                candidates.append((1 if nested else 0, unknown, offset, referent.actor.name))
        for mention in names.mentions_between(start, end):
            name = names.name_of(mention)
            if names.person(name) is None or resolver.inside_quote(mention.start):
                continue
            known = names.gender(name)
            if _compatible(known, gender):
                candidates.append((1 if mention.sentence_initial else 2, known is None, mention.start, name))
        candidates = [c for c in candidates if not exclude or c[3] not in exclude]
        if candidates:
            # speakers first; then, among other names, a known matching gender before an unknown one
            key = min(_candidate_key(c) for c in candidates)
            best = [c for c in candidates if _candidate_key(c) == key]
            rank = key[2]
            return max(best, key=lambda c: c[2])[3] if rank == 0 else min(best, key=lambda c: c[2])[3]
    return None


def _candidate_key(candidate: tuple[int, bool, int, str]) -> tuple[int, int, int]:
    """Speakers (rank 0) before other names; within each, a known matching gender before an unknown one."""
    rank, unknown = candidate[0], candidate[1]
    return (rank > 0, unknown, rank)


def _compatible(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted
