"""Which earlier person a pronoun or role noun refers back to: the nearest compatible speaker, else sentence
subject, else named person (sieve 5).

In a story with two sides the speakers alternate: a pronoun right after an unnamed spokesperson's statement
is that spokesperson, not the named person quoted before them (`unnamed_speaker`). The article's own
correspondent or reporter is a speaker of analysis, never the antecedent of another's quote by proximity
alone: they are passed over when another person fits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from sourcetrace.resolve import lexicon
from sourcetrace.resolve.referent import Referent

if TYPE_CHECKING:
    from sourcetrace.resolve.coref import Resolver

#: Sentences looked back for a pronoun's antecedent.
PRONOUN_WINDOW = 5


def nearest_person(
    resolver: Resolver, at: int, gender: str | None, exclude: set[str] | None = None, further: bool = True
) -> str | None:
    """Sieve 5: the nearest earlier compatible speaker, else sentence subject, else named person."""
    names = resolver.names
    current = names.sentence_index(at)
    first = max(current - PRONOUN_WINDOW + 1, 0)
    # only the speakers of the sentences looked back over: all of an article's, at every pronoun, cost time
    # in the square of its length
    window_start = names.sentences[first][0] if names.sentences else 0
    speakers = {}
    for memory in resolver.memory:
        actor = memory.referent.actor
        if actor is None or memory.start >= at or memory.start < window_start:
            continue
        # a person speaks through a document of theirs: "Part of the judge's statement reads ... He ..."
        authored = memory.referent.source_type == "document" and names.person(actor.name) is not None
        if memory.referent.source_type == "person" or authored:
            speakers[memory.start] = memory.referent
    fallback: str | None = None
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
                rank = 1 if _main_subject(resolver, mention.start, mention.sentence_initial) else 2
                candidates.append((rank, known is None, mention.start, name))
        candidates = [c for c in candidates if not exclude or c[3] not in exclude]
        if candidates and all(_passed_over(resolver, c) for c in candidates):
            fallback = fallback or min(candidates, key=_candidate_key)[3]
            continue  # the correspondent, the one spoken to: look further back for the one reported on
        if candidates:
            # speakers first; then, among other names, a known matching gender before an unknown one
            key = min(_candidate_key(c) for c in candidates)
            best = [c for c in candidates if _candidate_key(c) == key]
            rank = key[2]
            return max(best, key=lambda c: c[2])[3] if rank == 0 else min(best, key=lambda c: c[2])[3]
    if fallback is not None and further and current - PRONOUN_WINDOW >= 0:
        # only the correspondent or the one spoken to is near: the one reported on may be further back
        window_start = names.sentences[current - PRONOUN_WINDOW + 1][0]
        skipped = (exclude or set()) | {fallback}
        return nearest_person(resolver, window_start, gender, skipped, further=False) or fallback
    return fallback


def _passed_over(resolver: Resolver, candidate: tuple[int, bool, int, str]) -> bool:
    """A name that is no antecedent by proximity alone: a correspondent, or a person spoken to or acted on
    ("Speaking to Jo Fox of PBS, he said", "I asked Jo Fox")."""
    return _reporter(resolver, candidate[3]) or (candidate[0] > 0 and _is_object(resolver, candidate[2]))


def _name_token(resolver: Resolver, offset: int) -> Token | None:
    """The head token of the name starting at an offset, in its parsed segment."""
    segment = resolver.segment_at(offset, offset + 1)
    if segment is None:
        return None
    token = next((t for t in segment.doc if segment.start + t.idx == offset), None)
    while token is not None and token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _main_subject(resolver: Resolver, offset: int, initial: bool) -> bool:
    """Whether a name is the subject of its sentence's main clause (unparsed: whether it opens the
    sentence); a possessor or a subject of a clause inside another is less salient ("Fuelling speculation
    that Mnangagwa's plan ..., opposition leader Jo Fox returned, his spokesman said")."""
    token = _name_token(resolver, offset)
    if token is None:
        return initial
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj", "ccomp")


def _is_object(resolver: Resolver, offset: int) -> bool:
    token = _name_token(resolver, offset)
    if token is None:
        return False
    return token.dep_ in ("dobj", "dative", "iobj") or (
        token.dep_ == "pobj" and token.head.lower_ in ("to", "with")
    )


def _candidate_key(candidate: tuple[int, bool, int, str]) -> tuple[int, int, int]:
    """Speakers (rank 0) before other names; within each, a known matching gender before an unknown one."""
    rank, unknown = candidate[0], candidate[1]
    return (rank > 0, unknown, rank)


def _compatible(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def unnamed_speaker(resolver: Resolver, at: int, gender: str | None) -> Referent | None:
    """The unnamed individual (a spokesperson, an official) who is the nearest earlier compatible speaker,
    when no person of that gender is named between them and the pronoun; None when the nearest speaker is a
    named person (the ordinary sieve decides then)."""
    names = resolver.names
    current = names.sentence_index(at)
    for memory in reversed(resolver.memory):
        if memory.start >= at:
            continue
        if current - names.sentence_index(memory.start) > PRONOUN_WINDOW:
            return None
        if any(c.start <= memory.start < c.end for c in resolver.contents):
            continue  # quoted inside someone's words
        referent = memory.referent
        if referent.source_type == "person" and referent.actor is not None:
            if _reporter(resolver, referent.actor.name):
                continue
            if _compatible(names.gender(referent.actor.name) or referent.gender, gender):
                return None
            continue
        if referent.source_type != "anonymous_individual" or not _compatible(referent.gender, gender):
            continue
        # a pronoun resolved to them earlier ("he") counts as the phrase that introduced them
        phrases = [resolver.text[m.start : m.end] for m in resolver.memory if m.referent == referent]
        if not any(_speaks_for_a_side(p) for p in phrases):
            return None  # "one questioner", "her daughter": not a side's voice; the ordinary sieve decides
        return None if _named_between(resolver, max(memory.end, memory.start), at, gender) else referent
    return None


def _speaks_for_a_side(phrase: str) -> bool:
    """Whether an unnamed source speaks for a side: a spokesperson, an official, a representative."""
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    return bool(words & (lexicon.words("spokesperson_nouns") | lexicon.words("side_voice_nouns")))


def _named_between(resolver: Resolver, start: int, end: int, gender: str | None) -> bool:
    """Whether a person of a compatible gender is named as a sentence subject between two offsets, outside
    quotes: the pronoun may then be theirs."""
    names = resolver.names
    for mention in names.mentions_between(start, end):
        name = names.name_of(mention)
        if names.person(name) is None or resolver.inside_quote(mention.start) or not mention.sentence_initial:
            continue
        if _compatible(names.gender(name), gender):
            return True
    return False


def _reporter(resolver: Resolver, name: str) -> bool:
    """Whether the article presents a person as a correspondent or reporter (of an outlet)."""
    titles = resolver.title_of(name) or ""
    return any(w in lexicon.words("reporter_nouns") for w in re.findall(r"[a-z]+", titles.lower()))
