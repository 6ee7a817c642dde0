"""Verb and predicate-adjective cues: each content reading with its source, as candidates."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace.extract.content import content_options
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.relation import Candidate, Relation, make_candidate
from sourcetrace.extract.source import own_clause_start, source_of
from sourcetrace.extract.syntax import char_range, cue_span
from sourcetrace.parse import Segment


def predicate_candidates(
    context: RuleContext, segment: Segment, sentence: SpacySpan, cue: Token
) -> list[Candidate]:
    """A verb, auxiliary or predicate adjective with each content the parse offers it."""
    facts = context.facts(cue.doc)
    options = content_options(sentence, cue, context.scorer, facts)
    if not options:
        return []
    source, absolute_with = source_of(context, segment, cue)
    if source is not None:
        # "“…!” beamed X": the noun phrase the parser took for an object is the source, not what was said
        options = [
            option
            for option in options
            if not any(first.i > cue.i and segment.char_start(first) == source[0] for first, _ in option[0])
        ]
        if not options:
            return []
    clause_start = own_clause_start(segment, cue, context.scorer)
    cue_start, cue_stop = cue_span(segment, cue)
    candidates = []
    for parts, content_type, cue_end in options:
        cue_range = (cue_start, segment.char_end(cue_end) if cue_end is not None else cue_stop)
        content = tuple(char_range(segment, first, last) for first, last in parts)
        raising = content_type == "raising"  # no source, whatever the subject
        relation = Relation(
            cue_range,
            None if raising else source,
            content,
            absolute_with=None if raising else absolute_with,
            clause_start=None if raising else clause_start,
        )
        candidates.append(make_candidate(facts, cue, relation, content_type, parts))
    return candidates
